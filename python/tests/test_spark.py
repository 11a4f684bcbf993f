"""The Spark job in local mode on BASIL: the stories are BASIL's folders (pair F1), and its
output is `article-compare stories --format json`'s, line for line."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import BASIL, CLI, ROOT
from truth import pair_f1

pytest.importorskip("pyspark", reason="scripts/setup.sh spark installs PySpark")


def test_story_clusters_job_on_basil(tmp_path):
    out = tmp_path / "stories.jsonl"
    venv_bin = os.path.dirname(sys.executable)
    spark_submit = shutil.which("spark-submit", path=venv_bin + os.pathsep + os.environ["PATH"])
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, SPARK_LOCAL_IP="127.0.0.1")
    job = os.path.join(ROOT, "examples", "spark", "story_clusters.py")
    run = subprocess.run(
        [spark_submit, "--master", "local[2]", job, "--input", BASIL, "--output", str(out)],
        env=env, capture_output=True, text=True, timeout=1800,
    )
    assert run.returncode == 0, run.stderr[-4000:]
    lines = out.read_text(encoding="utf-8").splitlines()
    articles = [json.loads(l) for l in lines if json.loads(l).get("file") is not None]
    assert len(articles) == 300
    story = [a["story"] for a in articles]
    f1, precision, recall = pair_f1(story, [a["file"].split("/")[0] for a in articles])
    assert f1 >= 0.95, (f1, precision, recall)
    cli = subprocess.run([CLI, "stories", "--format", "json", BASIL], check=True, capture_output=True, text=True)
    assert lines == cli.stdout.splitlines()
