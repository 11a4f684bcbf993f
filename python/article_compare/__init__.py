"""article-compare from Python: the engine's segment, diff and compare, and the corpus tools.

Reports are plain Python objects (dicts and lists) shaped like the report the command line's
``--json`` writes (schema/report.schema.json); offsets count UTF-8 bytes. Options take the
JavaScript names: ``compare(articles, {"matchThreshold": 0.6})``.

``signatures(text)`` is the document-level MinHash signature (128 unsigned 32-bit values) that
the browser (``signatures`` of the wasm module) and ``article-compare stories`` compute too; its
rules are frozen (src/stories/signature.rs). Stories link each article to its nearest candidate
by meaning (``vectors``, ``nearest_links``) and join the links (``components``). ``article_compare.arrow`` has the record-batch
forms for Spark's ``mapInArrow``.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Mapping, Sequence, Tuple, Union

from . import _native
from ._native import BANDS, DIM, NEAREST, PERMUTATIONS, ROWS, SEED, __version__

__all__ = [
    "BANDS",
    "DIM",
    "NEAREST",
    "PERMUTATIONS",
    "ROWS",
    "SEED",
    "band_keys",
    "compare",
    "components",
    "diff",
    "group",
    "nearest_links",
    "segment",
    "signatures",
    "similarity",
    "summarize_story",
    "vectors",
]

ArticleLike = Union[str, Tuple[str, str], Mapping[str, str]]


def _options(options: Mapping[str, Any] | None) -> str | None:
    return None if options is None else json.dumps(dict(options))


def _article(a: ArticleLike, position: int) -> Tuple[str, str]:
    """``{"name", "text"}``, ``(name, text)`` or a bare text (named by its position, from 1)."""
    if isinstance(a, str):
        return (f"article {position}", a)
    if isinstance(a, Mapping):
        return (str(a["name"]), str(a["text"]))
    name, text = a
    return (str(name), str(text))


def segment(text: str, options: Mapping[str, Any] | None = None, name: str = "text") -> dict:
    """The sentences of ``text``: ``{name, length, paragraphs, sentences: [...]}``."""
    return json.loads(_native.segment(text, name, _options(options)))


def diff(a: ArticleLike, b: ArticleLike, options: Mapping[str, Any] | None = None) -> dict:
    """The pairwise diff of an old and a new article: ``{a, b, ops, stats, fallbacks, …}``."""
    return json.loads(_native.diff(_article(a, 1), _article(b, 2), _options(options)))


def compare(articles: Sequence[ArticleLike], options: Mapping[str, Any] | None = None) -> dict:
    """The n-way report of two or more articles: ``{articles, matches, clusters, unique, …}``."""
    pairs = [_article(a, i + 1) for i, a in enumerate(articles)]
    return json.loads(_native.compare(pairs, _options(options)))


def summarize_story(
    story: int, articles: Sequence[ArticleLike], options: Mapping[str, Any] | None = None
) -> dict:
    """One story's report in counts: ``{story, files, sources, sentences, shared, …}``."""
    pairs = [_article(a, i + 1) for i, a in enumerate(articles)]
    return json.loads(_native.summarize_story(story, pairs, _options(options)))


def signatures(text: str | Iterable[str]) -> list:
    """The MinHash signature of a text (a list of 128 ints), or a list of them for many texts."""
    if isinstance(text, str):
        return _native.signatures([text])[0]
    return _native.signatures(list(text))


def band_keys(signature: Sequence[int]) -> list:
    """The signature's 64 LSH band keys (signed 64-bit ints); none for a text without words."""
    return _native.band_keys(list(signature))


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """The share of agreeing values: the estimated Jaccard similarity of the two texts."""
    return _native.similarity(list(a), list(b))


def vectors(texts: Iterable[str]) -> list:
    """The meaning vector of each text (``DIM`` floats, unit length; the engine's embedding
    table mean-pooled over the whole text)."""
    return _native.vectors(list(texts))


def nearest_links(n: int, scored: Iterable[Tuple[int, int, float]]) -> list:
    """Each document's link to its nearest candidate by cosine, ``(document, nearest)``, kept
    when the cosine is at least ``NEAREST`` (ties go to the lower index)."""
    return _native.nearest_links(n, list(scored))


def components(n: int, links: Iterable[Tuple[int, int]]) -> list:
    """The stories of ``0..n`` joined by ``links``, each sorted, in the order of their first."""
    return _native.components(n, list(links))


def group(texts: Sequence[str]) -> list:
    """The story number of each text, grouped on one machine as ``article-compare stories``
    groups a folder (banding, the nearest candidate by meaning, components); texts in the
    order their numbers follow."""
    return _native.group(list(texts))
