"""Reads model/embed.bin exactly as the runtime will, and embeds sentences with it.

The format (little-endian):
    b"ACE1", u32 dim, u32 vocab_len, u32 bits (4 or 8), u32 vocab_bytes,
    vocab_bytes of UTF-8: the tokens in id order joined by "\\n",
    vocab_len x u16: per-row scale (IEEE float16),
    vocab_len rows: bits=4: dim/2 bytes, signed nibbles, the low nibble the even column;
                    bits=8: dim bytes of i8.  Value = scale * q.
A sentence vector: BERT uncased tokenisation (the vocabulary's own WordPiece, no truncation),
special tokens dropped, the mean of the rows, L2-normalised (the zero vector if nothing is left).
"""

import struct
from functools import lru_cache
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer, normalizers, pre_tokenizers
from tokenizers.models import WordPiece

EMBED_BIN = Path(__file__).resolve().parents[1] / "embed.bin"
MAGIC = b"ACE1"


def is_special(token: str) -> bool:
    """[PAD] [UNK] [CLS] [SEP] [MASK] [unusedN]: the only bracketed tokens of the vocabulary."""
    return len(token) > 2 and token.startswith("[") and token.endswith("]")


def bert_tokenizer(vocab) -> Tokenizer:
    """The tokenizer of tokenizer.json, rebuilt from the vocabulary alone (padding and
    truncation off): clean text, CJK spaced, lower-case with accents stripped, split on
    whitespace and punctuation, greedy WordPiece with "##", words over 100 chars -> [UNK]."""
    tok = Tokenizer(
        WordPiece({t: i for i, t in enumerate(vocab)}, unk_token="[UNK]", max_input_chars_per_word=100)
    )
    tok.normalizer = normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=True, strip_accents=None, lowercase=True
    )
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    return tok


def read(path=EMBED_BIN):
    """(vocab, float32 table vocab_len x dim, bits) from an embed.bin."""
    buf = Path(path).read_bytes()
    if buf[:4] != MAGIC:
        raise ValueError(f"{path} does not start with {MAGIC!r}")
    dim, n, bits, vocab_bytes = struct.unpack_from("<4I", buf, 4)
    off = 20
    vocab = buf[off : off + vocab_bytes].decode("utf-8").split("\n")
    off += vocab_bytes
    if len(vocab) != n:
        raise ValueError(f"{path} names {len(vocab)} tokens; the header says {n}")
    scale = np.frombuffer(buf, "<f2", n, off).astype(np.float32)
    off += 2 * n
    if bits == 4:
        raw = np.frombuffer(buf, np.uint8, n * dim // 2, off).reshape(n, dim // 2)
        q = np.empty((n, dim), np.int8)
        lo = (raw & 0x0F).astype(np.int8)
        hi = (raw >> 4).astype(np.int8)
        q[:, 0::2] = np.where(lo > 7, lo - 16, lo)
        q[:, 1::2] = np.where(hi > 7, hi - 16, hi)
        off += n * dim // 2
    elif bits == 8:
        q = np.frombuffer(buf, np.int8, n * dim, off).reshape(n, dim)
        off += n * dim
    else:
        raise ValueError(f"{path} has {bits} bits per value; 4 or 8 are known")
    if off != len(buf):
        raise ValueError(f"{path} is {len(buf)} bytes; the header accounts for {off}")
    return vocab, scale[:, None] * q.astype(np.float32), bits


class Table:
    """A vocabulary and its rows: embeds as the runtime does."""

    def __init__(self, vocab, table):
        self.tok = bert_tokenizer(vocab)
        self.table = table
        self.special = np.array([is_special(t) for t in vocab])

    def ids(self, sentences):
        """Word-piece ids per sentence, specials ([UNK] included) dropped."""
        encs = self.tok.encode_batch(list(sentences), add_special_tokens=False)
        return [[i for i in enc.ids if not self.special[i]] for enc in encs]

    def embed(self, sentences) -> np.ndarray:
        return pool(self.table, self.ids(sentences))


def pool(table, id_lists):
    """Mean of the rows, L2-normalised; the zero vector where no word piece is left."""
    out = np.zeros((len(id_lists), table.shape[1]), np.float32)
    for r, ids in enumerate(id_lists):
        if ids:
            out[r] = table[ids].mean(0)
    norm = np.linalg.norm(out, axis=1, keepdims=True)
    return np.divide(out, norm, out=np.zeros_like(out), where=norm > 0)


@lru_cache(maxsize=2)
def load(path=EMBED_BIN) -> Table:
    vocab, table, _ = read(path)
    return Table(vocab, table)


def embed(sentences, path=EMBED_BIN) -> np.ndarray:
    """Unit sentence vectors (len(sentences) x dim) from embed.bin."""
    return load(str(path)).embed(sentences)
