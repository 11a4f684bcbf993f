"""The truth of a folder of stories laid out as BASIL is (DIR/STORY/OUTLET.txt: one folder per
story), and the pair F1 of a grouping against it."""

from __future__ import annotations

import itertools
import os


def read_folder(root: str):
    """Every ``*.txt`` below ``root`` as (paths from root, sorted; texts), as the job lists them."""
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith((".", "_"))]
        for name in filenames:
            if name.endswith(".txt") and not name.startswith((".", "_")):
                files.append(os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/"))
    files.sort()
    texts = []
    for f in files:
        with open(os.path.join(root, f), encoding="utf-8") as fh:
            texts.append(fh.read())
    return files, texts


def pair_f1(story, truth):
    """(F1, precision, recall) over pairs of documents: a pair is predicted when both are in one
    story of ``story``, true when both are in one story of ``truth``."""
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(story)), 2):
        p, t = story[i] == story[j], truth[i] == truth[j]
        tp += p and t
        fp += p and not t
        fn += t and not p
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall
