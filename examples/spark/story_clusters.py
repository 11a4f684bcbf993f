"""A folder of articles grouped into stories, and each story compared, with Spark.

    spark-submit --master 'local[2]' examples/spark/story_clusters.py --input DIR --output FILE.jsonl

Every ``*.txt`` file below DIR is an article, named by its path from DIR (``2016-8385a996/fox.txt``).
The steps, and where each runs:

1. executors: each article's MinHash signature, LSH band keys and meaning vector
   (``article_compare.arrow.sign_batches`` through ``mapInArrow``);
2. Spark: candidate pairs, the articles that share a band key (a join on the key);
3. executors: the meaning cosine of each candidate pair (``score_batches``);
4. Spark: each article's nearest candidate (highest cosine, the first file on a tie), kept at
   ``article_compare.NEAREST`` or more (a window per article);
5. driver: the links joined into stories, connected components numbered in the order of their
   first file (``article_compare.components``, the engine's union-find);
6. executors: each story compared (``story_batches``: ``compare`` on its articles).

FILE gets one JSON line per article, ``{"file": …, "story": …}`` in file order, then one per
story with its report's summary, in story order: the lines ``article-compare stories DIR
--format json`` writes for the same folder. The package (``pip install .``) must be importable
on the executors. Local mode reaches no network: the UI is off and the driver binds to
localhost.
"""

from __future__ import annotations

import argparse
import json
import time

import article_compare
from article_compare import arrow as ac_arrow
from pyspark.sql import SparkSession
from pyspark.sql import Window
from pyspark.sql import functions as F


def session(master: str | None) -> SparkSession:
    builder = SparkSession.builder.appName("article-compare stories")
    if master:
        builder = builder.master(master)
    if (master or "").startswith("local"):
        # One machine: the driver listens on loopback only (a cluster's must be reachable).
        builder = builder.config("spark.driver.bindAddress", "127.0.0.1").config(
            "spark.driver.host", "localhost"
        )
    spark = (
        builder.config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("WARN")
    return spark


def qualified(spark: SparkSession, path: str) -> str:
    """``path`` as Spark's file sources spell the paths under it (``file:/…``, ``hdfs://…/``)."""
    jvm = spark.sparkContext._jvm
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    return fs.makeQualified(hpath).toString().rstrip("/") + "/"


def stories(spark: SparkSession, input_dir: str):
    """(article lines, story lines, counts): the job's whole answer, collected on the driver."""
    base = qualified(spark, input_dir)
    raw = (
        spark.read.format("binaryFile")
        .option("pathGlobFilter", "*.txt")
        .option("recursiveFileLookup", "true")
        .load(input_dir)
        .select(F.expr(f"substring(path, {len(base) + 1})").alias("file"), "content")
    )
    signed = raw.mapInArrow(
        lambda it: ac_arrow.sign_batches(it, text_column="content"), ac_arrow.SIGNED
    ).persist()

    keys = signed.select("file", F.explode("bands").alias("key"))
    candidates = (
        keys.alias("x")
        .join(keys.alias("y"), "key")
        .where(F.col("x.file") < F.col("y.file"))
        .select(F.col("x.file").alias("a"), F.col("y.file").alias("b"))
        .distinct()
    )
    vecs = signed.select("file", "vector")
    pairs = candidates.join(vecs.withColumnsRenamed({"file": "a", "vector": "vec_a"}), "a").join(
        vecs.withColumnsRenamed({"file": "b", "vector": "vec_b"}), "b"
    )
    scored = pairs.select("a", "b", "vec_a", "vec_b").mapInArrow(
        ac_arrow.score_batches, ac_arrow.SCORED
    )
    both = scored.select(
        F.col("a").alias("doc"), F.col("b").alias("other"), "cosine"
    ).unionByName(scored.select(F.col("b").alias("doc"), F.col("a").alias("other"), "cosine"))
    first = Window.partitionBy("doc").orderBy(F.desc("cosine"), F.asc("other"))
    links = (
        both.withColumn("rank", F.row_number().over(first))
        .where((F.col("rank") == 1) & (F.col("cosine") >= F.lit(article_compare.NEAREST)))
        .select(F.col("doc").alias("a"), F.col("other").alias("b"))
    )

    files = sorted(r.file for r in signed.select("file").collect())
    index = {f: i for i, f in enumerate(files)}
    edges = [(index[r.a], index[r.b]) for r in links.select("a", "b").collect()]
    groups = article_compare.components(len(files), edges)
    story_of = [0] * len(files)
    for s, members in enumerate(groups):
        for d in members:
            story_of[d] = s

    assigned = spark.createDataFrame(
        list(zip(files, story_of)), "file string, story bigint"
    )
    summaries = (
        signed.select("file", "text")
        .join(assigned, "file")
        .repartition("story")
        .sortWithinPartitions("story", "file")
        .select("story", "file", "text")
        .mapInArrow(ac_arrow.story_batches, ac_arrow.SUMMARIES)
        .collect()
    )
    article_lines = [
        json.dumps({"file": f, "story": s}, ensure_ascii=False, separators=(",", ":"))
        for f, s in zip(files, story_of)
    ]
    story_lines = [r.summary for r in sorted(summaries, key=lambda r: r.story)]
    counts = {
        "articles": len(files),
        "candidates": candidates.count(),
        "links": len(edges),
        "stories": len(groups),
    }
    signed.unpersist()
    return article_lines, story_lines, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", required=True, help="the folder of *.txt articles")
    parser.add_argument("--output", required=True, help="the JSON-lines file to write")
    parser.add_argument(
        "--master", default=None, help="Spark master when not given to spark-submit"
    )
    args = parser.parse_args()
    started = time.monotonic()
    spark = session(args.master)
    try:
        article_lines, story_lines, counts = stories(spark, args.input)
    finally:
        spark.stop()
    with open(args.output, "w", encoding="utf-8") as out:
        for line in article_lines + story_lines:
            out.write(line + "\n")
    counts["seconds"] = round(time.monotonic() - started, 1)
    print("story_clusters: " + json.dumps(counts))


if __name__ == "__main__":
    main()
