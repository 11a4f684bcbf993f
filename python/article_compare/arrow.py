"""Record-batch forms of the corpus tools, for Spark's ``DataFrame.mapInArrow``.

Each function takes an iterator of ``pyarrow.RecordBatch`` and yields batches; the work per row
(signatures, band keys, meaning vectors, cosines, a story's comparison) runs in Rust with the GIL released,
and only the Arrow handling is Python. Signatures travel as 512-byte binary values (128
little-endian ``u32``), meaning vectors as binary values of ``DIM`` little-endian ``f32``, band
keys as ``list<int64>``: Spark has no unsigned types.

The Spark schemas they produce are in ``SIGNED``, ``SCORED`` and ``SUMMARIES``.
"""

from __future__ import annotations

import json
from typing import Any, Iterator, Mapping

import pyarrow as pa

from . import _native

#: ``sign_batches``' output, as a Spark DDL schema.
SIGNED = "file string, text string, signature binary, vector binary, bands array<bigint>"
#: ``score_batches``' output.
SCORED = "a string, b string, cosine float"
#: ``story_batches``' output: the story's summary as one JSON line.
SUMMARIES = "story bigint, summary string"

_SIGNATURE_BYTES = _native.PERMUTATIONS * 4
_VECTOR_BYTES = _native.DIM * 4


def _texts(column: pa.Array) -> list:
    """A text column as Python strings; a binary column (Spark's ``binaryFile`` content) is
    read as UTF-8, strictly."""
    if pa.types.is_binary(column.type) or pa.types.is_large_binary(column.type):
        column = column.cast(pa.string())
    return column.to_pylist()


def _binary(data: bytes, n: int, width: int) -> pa.Array:
    offsets = pa.py_buffer(bytes(memoryview(_offsets(n, width))))
    return pa.Array.from_buffers(pa.binary(), n, [None, offsets, pa.py_buffer(data)])


def _offsets(n: int, width: int):
    import array

    return array.array("i", range(0, (n + 1) * width, width))


def sign_batches(
    batches: Iterator[pa.RecordBatch], text_column: str = "text", id_column: str = "file"
) -> Iterator[pa.RecordBatch]:
    """Adds each row's signature, meaning vector and band keys:
    ``file, text, signature, vector, bands``."""
    import array

    for batch in batches:
        texts = _texts(batch.column(text_column))
        sigs, keys, counts, vecs = _native.sign_batch(texts)
        n = len(texts)
        offsets = array.array("i", [0])
        for c in counts:
            offsets.append(offsets[-1] + c)
        bands = pa.ListArray.from_arrays(
            pa.array(offsets, pa.int32()),
            pa.Array.from_buffers(pa.int64(), len(keys) // 8, [None, pa.py_buffer(keys)]),
        )
        yield pa.RecordBatch.from_arrays(
            [
                batch.column(id_column).cast(pa.string()),
                pa.array(texts, pa.string()),
                _binary(sigs, n, _SIGNATURE_BYTES),
                _binary(vecs, n, _VECTOR_BYTES),
                bands,
            ],
            names=["file", "text", "signature", "vector", "bands"],
        )


def score_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Candidate pairs ``a, b, vec_a, vec_b`` to their meaning cosines: ``a, b, cosine``."""
    for batch in batches:
        va = b"".join(batch.column("vec_a").to_pylist())
        vb = b"".join(batch.column("vec_b").to_pylist())
        cos = pa.array(_native.cosines(va, vb), pa.float32())
        yield pa.RecordBatch.from_arrays(
            [batch.column("a"), batch.column("b"), cos], names=["a", "b", "cosine"]
        )


def story_batches(
    batches: Iterator[pa.RecordBatch], options: Mapping[str, Any] | None = None
) -> Iterator[pa.RecordBatch]:
    """Rows ``story, file, text``, each story's rows together and in file order (as
    ``repartition("story").sortWithinPartitions("story", "file")`` leaves them), to one
    summary per story: ``story, summary`` (the summary as one JSON line)."""
    options_json = None if options is None else json.dumps(dict(options))
    story, articles = None, []
    out_story, out_summary = [], []

    def flush():
        if articles:
            out_story.append(story)
            out_summary.append(_native.summarize_story(story, articles, options_json))

    for batch in batches:
        stories = batch.column("story").to_pylist()
        files = batch.column("file").to_pylist()
        texts = _texts(batch.column("text"))
        for s, f, t in zip(stories, files, texts):
            if s != story:
                flush()
                story, articles = s, []
            articles.append((f, t))
        if out_story:
            yield _summaries(out_story, out_summary)
            out_story, out_summary = [], []
    flush()
    if out_story:
        yield _summaries(out_story, out_summary)


def _summaries(stories: list, summaries: list) -> pa.RecordBatch:
    return pa.RecordBatch.from_arrays(
        [pa.array(stories, pa.int64()), pa.array(summaries, pa.string())],
        names=["story", "summary"],
    )
