"""VectorIndex: ids are chunk ids, saves atomically with its model, refuses another model, grows to HNSW."""

from __future__ import annotations

import numpy as np
import pytest

from index import vectors as vectors_mod
from index.errors import ModelMismatch
from index.vectors import VectorIndex


def unit(n: int, seed: int = 0) -> np.ndarray:
    x = np.random.default_rng(seed).normal(size=(n, 384)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_add_remove_search_save_reopen(tmp_path):
    path = tmp_path / "v.faiss"
    index = VectorIndex.open(path)
    assert len(index) == 0 and index.search(unit(1), 3) == [[]]
    x = unit(20)
    index.add(np.arange(100, 120), x)
    index.remove([100, 101, 999])
    index.add(np.array([102]), x[5:6])  # re-adding an id replaces its vector
    index.save()
    assert not list(tmp_path.glob(".*.tmp")), "no temp file left behind"
    again = VectorIndex.open(path)
    assert again.ids() == set(range(102, 120)) and len(again) == 18
    assert again.search(x[5:6], 2)[0][0][0] in (102, 105)
    assert again.search(x[7:8], 1)[0][0][0] == 107
    assert VectorIndex.read_meta(path) == {"model": "all-MiniLM-L6-v2", "dim": 384, "count": 18, "kind": "flat"}


def test_refuses_another_model_or_dimension(tmp_path):
    path = tmp_path / "v.faiss"
    index = VectorIndex.open(path)
    index.add(np.array([1]), unit(1))
    index.save()
    with pytest.raises(ModelMismatch, match="all-MiniLM-L6-v2"):
        VectorIndex.open(path, model="other-model")
    with pytest.raises(ModelMismatch):
        VectorIndex.open(path, dim=768)


def test_flat_below_the_threshold_hnsw_above_and_back(tmp_path, monkeypatch):
    monkeypatch.setattr(vectors_mod, "HNSW_THRESHOLD", 50)
    index = VectorIndex.open(tmp_path / "v.faiss")
    x = unit(60, seed=1)
    index.add(np.arange(1, 41), x[:40])
    assert index.kind == "flat"
    index.add(np.arange(41, 61), x[40:])
    assert index.kind == "hnsw" and index.ids() == set(range(1, 61))
    assert index.search(x[10:11], 1)[0][0][0] == 11
    index.save()
    assert VectorIndex.open(tmp_path / "v.faiss").kind == "hnsw"
    index.remove(range(1, 21))
    assert index.kind == "flat" and index.ids() == set(range(21, 61))
