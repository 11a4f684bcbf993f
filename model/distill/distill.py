"""Distil all-MiniLM-L6-v2 into a static token table (the Model2Vec method), fine-tune it on news
text, quantise it, and write model/embed.bin, model/reference_vectors.tsv and MODEL.md's scores.

    python3 model/distill/distill.py [--reuse-teacher]

Steps: the teacher embeds every vocabulary token ([CLS] tok [SEP], mean-pooled) and the in-domain
sentences; PCA fitted on the sentence vectors maps both to `--dim`; each token row is weighted
a / (a + p(token)) with p from token counts over the same text; the table is then fine-tuned so
that the mean of a sentence's rows points where the teacher's (projected) sentence vector points;
the rows are then whitened (a linear map fitted on the table's own sentence vectors); last, rows
are quantised per row (int4 or int8 with a float16 scale). Seeds are fixed, so a run
gives the same bytes on the same machine. `--reuse-teacher` takes the teacher vectors left in
model/.cache by an earlier run (for trying settings; `make model` recomputes them).
"""

import argparse
import gzip
import hashlib
import json
import struct
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp

import data
import eval as ev
import reference
import teacher

MODEL = Path(__file__).resolve().parents[1]
CACHE = MODEL / ".cache"
START = time.time()


def log(msg):
    print(f"[{time.time() - START:6.1f}s] {msg}", flush=True)


def cached(name, inputs, reuse, compute):
    """compute(), saved under a name that carries a hash of its inputs; with `reuse` an earlier
    result for the same inputs is loaded instead."""
    digest = hashlib.sha1("\n".join(map(str, inputs)).encode("utf-8")).hexdigest()[:12]
    path = CACHE / f"{name}-{digest}.npy"
    if reuse and path.exists():
        return np.load(path)
    out = compute()
    np.save(path, out)
    return out


def windows(sentences, seed):
    """One run of 4-12 consecutive words from each sentence of 8 words or more: short,
    headline-like inputs with their own teacher vectors (they help the held-out headlines)."""
    rng = np.random.default_rng(seed)
    out = []
    for s in sentences:
        w = s.split()
        if len(w) < 8:
            continue
        n = min(int(rng.integers(4, 13)), len(w))
        start = int(rng.integers(0, len(w) - n + 1))
        out.append(" ".join(w[start : start + n]))
    return data.dedup(out)


def mean_matrix(id_lists, vocab_len):
    """Sparse (sentences x vocab) matrix whose product with the table is the mean of the rows."""
    rows, cols, vals = [], [], []
    for r, ids in enumerate(id_lists):
        rows.extend([r] * len(ids))
        cols.extend(ids)
        vals.extend([1.0 / len(ids)] * len(ids))
    return sp.csr_matrix((vals, (rows, cols)), shape=(len(id_lists), vocab_len), dtype=np.float32)


def unit(x):
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def fit_pca(sentence_vectors, dim):
    """The top `dim` principal directions (384 x dim) of the teacher's sentence vectors. The
    projection itself is not centred: centring cost the teacher 0.003 Pearson on the headlines."""
    centred = sentence_vectors - sentence_vectors.mean(0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    return vt[:dim].T.astype(np.float32)


def sif_weights(id_lists, vocab_len, a):
    """a / (a + p(token)) with p from the token counts of the in-domain text (unseen: 1)."""
    counts = np.bincount(np.concatenate([np.asarray(i, np.int64) for i in id_lists]), minlength=vocab_len)
    return (a / (a + counts / counts.sum())).astype(np.float32), counts


def finetune(table, matrix, targets, weights, args, held=None):
    """Adam on 1 - cos(mean of rows, teacher vector), per example weighted. The gradient is
    written out: pooling is linear (P = M E), so dL/dE = M^T dL/dP."""
    rng = np.random.default_rng(args.seed)
    e = table.copy()
    m1 = np.zeros_like(e)
    m2 = np.zeros_like(e)
    b1, b2, step = 0.9, 0.999, 0
    frozen = args.special
    n = matrix.shape[0]
    for epoch in range(args.epochs):
        order = rng.permutation(n)
        total = 0.0
        for start in range(0, n, args.batch):
            idx = order[start : start + args.batch]
            mb = matrix[idx]
            p = mb @ e
            norm = np.maximum(np.linalg.norm(p, axis=1, keepdims=True), 1e-9)
            ph = p / norm
            y = targets[idx]
            cos = (ph * y).sum(1, keepdims=True)
            total += float(((1 - cos[:, 0]) * weights[idx]).sum())
            grad_p = -(y - cos * ph) / norm * (weights[idx, None] / len(idx))
            g = np.asarray(mb.T @ grad_p)
            step += 1
            m1 = b1 * m1 + (1 - b1) * g
            m2 = b2 * m2 + (1 - b2) * g * g
            e -= args.lr * (m1 / (1 - b1**step)) / (np.sqrt(m2 / (1 - b2**step)) + 1e-8)
            e[frozen] = 0
        msg = f"epoch {epoch + 1}/{args.epochs}: loss {total / weights.sum():.4f}"
        if held is not None:
            msg += f", held-out cosine to the teacher {held(e):.4f}"
        log(msg)
    return e


def whiten(table, id_lists, special):
    """Rotate the rows onto the principal axes of the table's own sentence vectors (the given
    news sentences) and divide each axis by its standard deviation. Pooling is linear, so this
    whitens every sentence vector and stays baked into the rows (the runtime is unchanged).
    Like BERT-whitening: it evens out the few axes that dominate every cosine."""
    pooled = reference.pool(table, [ids for ids in id_lists if ids])
    values, vectors = np.linalg.eigh(np.cov((pooled - pooled.mean(0)).T))
    order = np.argsort(-values)
    out = (table @ (vectors[:, order] / np.sqrt(values[order]))).astype(np.float32)
    out[special] = 0
    return out


def quantize(table, bits):
    """Symmetric per-row: q = round(v / scale), scale = maxabs / qmax stored as float16."""
    qmax = 7 if bits == 4 else 127
    scale = (np.abs(table).max(1) / qmax).astype(np.float16)
    s = scale.astype(np.float32)[:, None]
    q = np.where(s > 0, np.rint(table / np.where(s > 0, s, 1)), 0)
    return scale, np.clip(q, -qmax, qmax).astype(np.int8)


def write_embed_bin(path, vocab, scale, q, bits):
    n, dim = q.shape
    words = "\n".join(vocab).encode("utf-8")
    if bits == 4:
        nib = (q.astype(np.int16) & 0x0F).astype(np.uint8)
        rows = (nib[:, 0::2] | (nib[:, 1::2] << 4)).astype(np.uint8)
    else:
        rows = q
    with open(path, "wb") as f:
        f.write(reference.MAGIC + struct.pack("<4I", dim, n, bits, len(words)) + words)
        f.write(scale.astype("<f2").tobytes())
        f.write(rows.tobytes())


TRICKY = [
    "Café Müller",
    "12月10日 北京",
    "“Curly quotes” and ‘single ones’ — with a dash…",
    "Emoji 😀 and 👍🏽 thumbs",
    "A" + "b" * 149 + " end",
    "",
    "naïve façade in Ångström",
    "İstanbul, Straße, ΣΑΣ",
    "zero\u200bwidth, soft\u00adhyphen and a\ufffdreplacement",
    "no\u00a0break and ideographic\u3000space",
    "don't U.S.A. $1,000.50 #tag @me 10% (a) [b] {c}",
    "unaffable unbelievableness",
    "[CLS] [SEP] [UNK] [MASK] [unused0]",
    "ﬁ ligature Ⅻ ½ ㎏",
]


def reference_sentences():
    """Tricky inputs first, then the sample articles' sentences, then BASIL's: 200 in all."""
    out = list(TRICKY)
    for s in data.article_sentences() + data.basil_sentences():
        if len(out) == 200:
            break
        if "\t" not in s and s not in out:
            out.append(s)
    return out


def write_reference_vectors(path):
    """sentence<TAB>ids (specials dropped)<TAB>vector (6 decimals), as reference.py reads
    embed.bin: what the runtime must reproduce."""
    tab = reference.load(str(MODEL / "embed.bin"))
    sentences = reference_sentences()
    vecs = tab.embed(sentences)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for s, ids, v in zip(sentences, tab.ids(sentences), vecs):
            f.write(s + "\t" + " ".join(map(str, ids)) + "\t" + " ".join(f"{x:.6f}" for x in v) + "\n")


def write_scores(results, settings, sizes):
    """Rewrites the part of MODEL.md between its score markers."""
    md = MODEL / "MODEL.md"
    text = md.read_text(encoding="utf-8")
    begin, end = "<!-- scores:begin (make model writes this) -->", "<!-- scores:end -->"
    (n13, l13), (n14, l14) = ev.counts()[0][2013], ev.counts()[0][2014]
    body = "\n".join(
        [
            begin,
            f"Settings: {settings}.",
            "",
            f"`model/embed.bin`: {sizes[0]:,} bytes, {sizes[1]:,} gzipped (level 9, Python's gzip module).",
            "",
            f"Pairs: STS 2013 {n13} ({l13} with Jaccard < 0.25), STS 2014 {n14} ({l14}), MRPC train"
            f" {ev.counts()[1]}. STS 2014 is held out of everything the table learns from;"
            " STS 2013 and MRPC sentences (not their scores or labels) are in the fine-tuning text.",
            "",
            ev.markdown(results),
            end,
        ]
    )
    a, b = text.index(begin), text.index(end) + len(end)
    md.write_text(text[:a] + body + text[b:], encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dim", type=int, default=256)
    ap.add_argument("--bits", type=int, default=4, choices=(4, 8))
    ap.add_argument("--sif-a", type=float, default=1e-3)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--token-weight", type=float, default=0.3, help="weight of the one-token examples")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--reuse-teacher", action="store_true")
    ap.add_argument("--no-eval", action="store_true")
    args = ap.parse_args(argv)
    CACHE.mkdir(exist_ok=True)

    model_dir = teacher.fetch(CACHE)
    t = teacher.Teacher(model_dir)
    vocab_map = json.loads((model_dir / "tokenizer.json").read_text(encoding="utf-8"))["model"]["vocab"]
    vocab = sorted(vocab_map, key=vocab_map.get)
    assert [vocab_map[w] for w in vocab] == list(range(len(vocab)))
    n_vocab = len(vocab)
    tab = reference.Table(vocab, np.zeros((n_vocab, 1), np.float32))
    args.special = tab.special
    log(f"teacher loaded, {n_vocab} tokens")

    tok_vecs = cached(
        "tokens", vocab, args.reuse_teacher, lambda: t.pooled([[101, i, 102] for i in range(n_vocab)], 512, False)
    )
    log("teacher: every vocabulary token")
    train = data.training_sentences()
    held = data.heldout_sentences()
    wins = windows(train, args.seed)
    s_train = cached("train", train, args.reuse_teacher, lambda: t.embed(train))
    s_held = cached("held", held, args.reuse_teacher, lambda: t.embed(held))
    s_wins = cached("windows", wins, args.reuse_teacher, lambda: t.embed(wins))
    log(f"teacher: {len(train)} sentences, {len(wins)} windows, {len(held)} held-out sentences")

    w_pca = fit_pca(s_train, args.dim)
    ids_train, ids_wins, ids_held = tab.ids(train), tab.ids(wins), tab.ids(held)
    weights, counts = sif_weights(ids_train, n_vocab, args.sif_a)
    table0 = ((tok_vecs @ w_pca) * weights[:, None]).astype(np.float32)
    table0[args.special] = 0

    # Examples: sentences, windows, and each token alone pointing at its own projected vector
    # (keeps rows the text never shows near the teacher and in scale with the tuned ones).
    ex_ids = ids_train + ids_wins
    ex_y = np.vstack([s_train, s_wins]) @ w_pca
    keep = [i for i, ids in enumerate(ex_ids) if ids]
    tokens = np.flatnonzero(~args.special)
    matrix = sp.vstack(
        [
            mean_matrix([ex_ids[i] for i in keep], n_vocab),
            sp.csr_matrix((np.ones(len(tokens), np.float32), (np.arange(len(tokens)), tokens)), (len(tokens), n_vocab)),
        ]
    ).tocsr()
    targets = unit(np.vstack([ex_y[keep], tok_vecs[tokens] @ w_pca])).astype(np.float32)
    ex_w = np.r_[np.ones(len(keep)), np.full(len(tokens), args.token_weight)].astype(np.float32)
    held_m = mean_matrix([i if i else [0] for i in ids_held], n_vocab)
    held_y = unit(s_held @ w_pca)

    def held_cos(e):
        return float((unit(held_m @ e) * held_y).sum(1).mean())

    log(f"fine-tuning on {matrix.shape[0]} examples; before: held-out cosine {held_cos(table0):.4f}")
    tuned = finetune(table0, matrix, targets, ex_w, args, held_cos)
    table = whiten(tuned, ids_train, args.special)
    log("whitened")
    np.save(CACHE / "table_float.npy", table)

    scale, q = quantize(table, args.bits)
    out = MODEL / "embed.bin"
    write_embed_bin(out, vocab, scale, q, args.bits)
    reference.load.cache_clear()
    raw = out.read_bytes()
    sizes = (len(raw), len(gzip.compress(raw, 9)))
    log(f"wrote {out}: {sizes[0]:,} bytes, {sizes[1]:,} gzipped")
    write_reference_vectors(MODEL / "reference_vectors.tsv")
    log("wrote reference_vectors.tsv")
    if args.no_eval:
        return 0

    lookup = {s: v for s, v in zip(train + held, np.vstack([s_train, s_held]))}

    def teacher_embed(sentences):
        missing = [s for s in sentences if s not in lookup]
        if missing:
            lookup.update(zip(missing, t.embed(missing)))
        return np.stack([lookup[s] for s in sentences])

    scorers = {
        "word-set Jaccard": ev.jaccard_scorer,
        "teacher (all-MiniLM-L6-v2, 384 floats)": ev.cosine_scorer(teacher_embed),
        "table: distilled, weighted (float)": ev.cosine_scorer(reference.Table(vocab, table0).embed),
        "table: + fine-tuned (float)": ev.cosine_scorer(reference.Table(vocab, tuned).embed),
        "table: + whitened (float)": ev.cosine_scorer(reference.Table(vocab, table).embed),
        f"table: + int{args.bits} (embed.bin)": ev.cosine_scorer(reference.embed),
    }
    results = ev.evaluate(scorers)
    print(ev.markdown(results))
    settings = (
        f"dim {args.dim}, int{args.bits}, SIF a = {args.sif_a:g}, {args.epochs} epochs, Adam lr {args.lr:g},"
        f" batch {args.batch}, one-token examples weighted {args.token_weight:g}, seed {args.seed};"
        f" {len(train)} sentences + {len(wins)} windows; {int((counts > 0).sum())} distinct tokens seen"
    )
    write_scores(results, settings, sizes)
    log("wrote MODEL.md scores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
