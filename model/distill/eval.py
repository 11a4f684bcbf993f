"""Scores of sentence-similarity methods on the eval data, and the table that MODEL.md shows.

STS headlines 2013 and 2014 (Pearson of the cosine against the gold score; each year, both
together, and the pairs whose word sets overlap little, Jaccard < 0.25, where word overlap cannot
carry the score) and MRPC train (ROC AUC and the F1 at the best threshold: reported, never tuned
to). Run alone it scores word-set Jaccard, the teacher, the float table (if distill.py left one in
the cache) and model/embed.bin.
"""

import re
import sys
from pathlib import Path

import numpy as np

import data

LOW_OVERLAP = 0.25
_WORD = re.compile(r"\w+")


def words(s):
    return set(_WORD.findall(s.lower()))


def jaccard(a, b):
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def pearson(x, y):
    return float(np.corrcoef(np.asarray(x, float), np.asarray(y, float))[0, 1])


def roc_auc(scores, labels):
    """Probability that a random positive outranks a random negative (ties count half)."""
    s = np.asarray(scores, float)
    y = np.asarray(labels, bool)
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s))
    sorted_s = s[order]
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and sorted_s[j + 1] == sorted_s[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos, neg = y.sum(), (~y).sum()
    return float((ranks[y].sum() - pos * (pos + 1) / 2) / (pos * neg))


def best_f1(scores, labels):
    """The best F1 of "paraphrase" over every threshold (an upper bound: the threshold is fit)."""
    s = np.asarray(scores, float)
    y = np.asarray(labels, bool)
    order = np.argsort(-s, kind="mergesort")
    ys = y[order]
    tp = np.cumsum(ys)
    fp = np.cumsum(~ys)
    fn = ys.sum() - tp
    f1 = 2 * tp / (2 * tp + fp + fn)
    # Only cut between distinct scores.
    last = np.r_[s[order][1:] != s[order][:-1], True]
    return float(f1[last].max())


def cosine_scorer(embed):
    """Pair scores from an embed(sentences) -> unit vectors function (zero vectors score 0)."""

    def score(pairs):
        a = embed([p[1] for p in pairs])
        b = embed([p[2] for p in pairs])
        return (a * b).sum(1)

    return score


def jaccard_scorer(pairs):
    return np.array([jaccard(a, b) for _, a, b in pairs])


def evaluate(scorers):
    """{method: {metric: value}} for scorers {name: score(pairs) -> np.ndarray}."""
    sets = {2013: data.sts(2013), 2014: data.sts(2014)}
    sets["both"] = sets[2013] + sets[2014]
    mrpc = data.mrpc()
    out = {}
    for name, score in scorers.items():
        row = {}
        for key, pairs in sets.items():
            s = score(pairs)
            gold = [p[0] for p in pairs]
            low = np.array([jaccard(a, b) < LOW_OVERLAP for _, a, b in pairs])
            row[f"sts {key}"] = pearson(s, gold)
            row[f"sts {key} low"] = pearson(s[low], np.asarray(gold)[low])
        s = score(mrpc)
        labels = [p[0] for p in mrpc]
        row["mrpc auc"] = roc_auc(s, labels)
        row["mrpc f1"] = best_f1(s, labels)
        out[name] = row
    return out


COLUMNS = [
    ("sts 2013", "STS 2013"),
    ("sts 2014", "STS 2014"),
    ("sts both", "STS both"),
    ("sts 2013 low", "2013 J<.25"),
    ("sts 2014 low", "2014 J<.25"),
    ("sts both low", "both J<.25"),
    ("mrpc auc", "MRPC AUC"),
    ("mrpc f1", "MRPC best F1"),
]


def counts():
    sets = {2013: data.sts(2013), 2014: data.sts(2014)}
    low = {k: sum(jaccard(a, b) < LOW_OVERLAP for _, a, b in v) for k, v in sets.items()}
    return {k: (len(v), low[k]) for k, v in sets.items()}, len(data.mrpc())


def markdown(results):
    head = "| method | " + " | ".join(c[1] for c in COLUMNS) + " |"
    rule = "| --- |" + " ---: |" * len(COLUMNS)
    rows = [f"| {name} | " + " | ".join(f"{r[k]:.3f}" for k, _ in COLUMNS) + " |" for name, r in results.items()]
    return "\n".join([head, rule, *rows])


def main():
    import reference
    import teacher

    here = Path(__file__).resolve().parent
    model = here.parent
    t = teacher.Teacher(teacher.fetch(model / ".cache"))
    scorers = {"word-set Jaccard": jaccard_scorer, "teacher (all-MiniLM-L6-v2)": cosine_scorer(t.embed)}
    float_table = model / ".cache" / "table_float.npy"
    if float_table.exists():
        vocab, _, _ = reference.read()
        table = reference.Table(vocab, np.load(float_table))
        scorers["float table (the one distill.py quantised)"] = cosine_scorer(table.embed)
    scorers["embed.bin"] = cosine_scorer(reference.embed)
    print(markdown(evaluate(scorers)))


if __name__ == "__main__":
    sys.exit(main())
