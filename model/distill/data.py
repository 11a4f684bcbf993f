"""The in-domain text: news sentences for PCA, token counts and fine-tuning, and the scored pairs.

All of it comes from ../shared (read-only): BASIL articles, the five sample articles, MRPC train,
the STS headlines of 2013 and 2014. Order is fixed (sorted paths) so runs are reproducible.
"""

import csv
import re
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")
EVAL = SHARED / "eval"

# A sentence ends at . ! ? (maybe followed by a closing quote or bracket) before a space and an
# upper-case letter, a digit or an opening quote. Rough, but these sentences only feed the
# teacher; nothing downstream depends on exact boundaries.
_SENT_END = re.compile(r"(?<=[.!?])([\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9])")


# Titles and initials that end in a period without ending the sentence ("Sen. Jim DeMint").
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr|No|Vol|vs|Inc|Corp|Co|Ltd"
    r"|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)|\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z])\.$"
)


def split_sentences(paragraph: str):
    out, start = [], 0
    text = paragraph.strip()
    for m in _SENT_END.finditer(text):
        end = m.start() + len(m.group(1))
        if _ABBREV.search(text[start : m.start()]):
            continue
        out.append(text[start:end])
        start = m.end()
    out.append(text[start:])
    return [s.strip() for s in out if s.strip()]


def _lines(path: Path):
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def basil_sentences():
    out = []
    for path in sorted(EVAL.glob("basil/*/*.txt")):
        for para in _lines(path):
            out.extend(split_sentences(para))
    return out


def article_sentences():
    out = []
    for path in sorted((SHARED / "articles").glob("*.txt")):
        for para in _lines(path):
            out.extend(split_sentences(para))
    return out


def sts(year: int):
    """(score, s1, s2) for the scored pairs (an empty score is skipped)."""
    out = []
    with open(EVAL / f"sts_headlines_{year}.tsv", encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) == 3 and row[0].strip():
                out.append((float(row[0]), row[1], row[2]))
    return out


def mrpc():
    """(label, s1, s2) of MRPC train, with `<QUOTE>` back to a double quote."""
    out = []
    with open(EVAL / "mrpc_train.tsv", encoding="utf-8-sig") as f:
        rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)
        for row in rows:
            label, _, _, s1, s2 = row
            out.append((int(label), s1.replace("<QUOTE>", '"'), s2.replace("<QUOTE>", '"')))
    return out


def pair_sentences(pairs):
    return [s for _, a, b in pairs for s in (a, b)]


def dedup(sentences):
    seen, out = set(), []
    for s in sentences:
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def training_sentences():
    """Everything but the held-out STS 2014 file."""
    return dedup(basil_sentences() + article_sentences() + pair_sentences(mrpc()) + pair_sentences(sts(2013)))


def heldout_sentences():
    return dedup(pair_sentences(sts(2014)))
