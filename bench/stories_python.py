"""Signatures per second on one core through the Python package: the list form and the
record-batch form the Spark job uses (sign_batches: signatures, band keys and meaning vectors).
Run: .venv/bin/python bench/stories_python.py (after make test-python built the package)."""

import os
import sys
import time

import pyarrow as pa

import article_compare as ac
from article_compare import arrow as ac_arrow

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "python", "tests"))
from truth import read_folder  # noqa: E402

files, texts = read_folder(os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "basil"))
batch = pa.RecordBatch.from_pydict({"file": files, "text": texts})


def best(f, rounds=10):
    f()
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


sig = best(lambda: ac.signatures(texts))
arrow = best(lambda: list(ac_arrow.sign_batches(iter([batch]))))
print(f"signatures(list of {len(texts)}): {sig * 1e3:.1f} ms, {len(texts) / sig:.0f} articles/s")
print(f"sign_batches (signature, bands, vector): {arrow * 1e3:.1f} ms, {len(texts) / arrow:.0f} articles/s")
