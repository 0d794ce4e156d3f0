"""The FAISS index of chunk vectors: ids are ``chunks.id``; model, dim and count stored beside it.

Flat inner product (exact) below ``HNSW_THRESHOLD`` vectors, HNSW above; both wrapped in
``IndexIDMap2`` so vectors can be added and removed by chunk id. ``save()`` is atomic (temp file,
fsync, ``os.replace``) and writes ``<path>.meta.json`` the same way, after the index.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterable

import numpy as np

from index.embed import DIM, MODEL_NAME
from index.errors import ModelMismatch

HNSW_THRESHOLD = 100_000
HNSW_M = 32


def _faiss():
    import faiss

    return faiss


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:  # pragma: no cover - some filesystems refuse directory fsync
        pass


def _new_index(dim: int, kind: str):
    faiss = _faiss()
    if kind == "hnsw":
        inner = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        inner.hnsw.efConstruction = 80
        inner.hnsw.efSearch = 64
    else:
        inner = faiss.IndexFlatIP(dim)
    return faiss.IndexIDMap2(inner)


class VectorIndex:
    """Chunk vectors by chunk id, with the model that built them."""

    def __init__(self, path: Path, index, model: str, dim: int, kind: str) -> None:
        self.path = Path(path)
        self.index = index
        self.model = model
        self.dim = dim
        self.kind = kind

    @staticmethod
    def meta_path(path: str | os.PathLike) -> Path:
        return Path(str(path) + ".meta.json")

    @classmethod
    def read_meta(cls, path: str | os.PathLike) -> dict | None:
        """The stored metadata (model, dim, count, kind), or None if there is no index yet."""
        meta = cls.meta_path(path)
        if not meta.exists():
            return None
        return json.loads(meta.read_text())

    @classmethod
    def open(cls, path: str | os.PathLike, model: str = MODEL_NAME, dim: int = DIM) -> "VectorIndex":
        """Open the index at ``path`` (empty if missing); refuse one built by another model or dim."""
        path = Path(path)
        meta = cls.read_meta(path)
        if meta is not None and (meta.get("model") != model or int(meta.get("dim", -1)) != dim):
            raise ModelMismatch(
                f"{path} was built with {meta.get('model')} (dim {meta.get('dim')}), not {model} (dim {dim}); "
                "re-ingest into a new home or delete the index and run `govkb check --repair`"
            )
        if path.exists():
            faiss = _faiss()
            index = faiss.read_index(str(path))
            if index.d != dim:
                raise ModelMismatch(f"{path} holds {index.d}-dimensional vectors, expected {dim}")
            kind = (meta or {}).get("kind") or "flat"
            return cls(path, index, model, dim, kind)
        return cls(path, _new_index(dim, "flat"), model, dim, "flat")

    def __len__(self) -> int:
        return int(self.index.ntotal)

    def ids(self) -> set[int]:
        """The chunk ids held."""
        if self.index.ntotal == 0:
            return set()
        faiss = _faiss()
        return set(int(i) for i in faiss.vector_to_array(self.index.id_map))

    def _maybe_grow(self, extra: int) -> None:
        """Move to HNSW once the index passes the threshold (rebuilt from the stored vectors)."""
        if self.kind == "hnsw" or len(self) + extra < HNSW_THRESHOLD:
            return
        faiss = _faiss()
        ids = faiss.vector_to_array(self.index.id_map).astype(np.int64)
        vecs = self.index.index.reconstruct_n(0, len(self)) if len(self) else np.zeros((0, self.dim), "float32")
        self.index = _new_index(self.dim, "hnsw")
        self.kind = "hnsw"
        if len(ids):
            self.index.add_with_ids(vecs, ids)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Add vectors under chunk ids (ids already present are replaced)."""
        ids = np.asarray(ids, dtype=np.int64).reshape(-1)
        vectors = np.ascontiguousarray(vectors, dtype=np.float32).reshape(len(ids), self.dim)
        if not len(ids):
            return
        if self.index.ntotal:
            held = _faiss().vector_to_array(self.index.id_map)
            present = ids[np.isin(ids, held)]
            if len(present):
                self.remove(present.tolist())
        self._maybe_grow(len(ids))
        self.index.add_with_ids(vectors, ids)

    def remove(self, ids: Iterable[int]) -> None:
        """Drop the vectors of these chunk ids (unknown ids are ignored)."""
        ids = np.asarray(sorted(int(i) for i in ids), dtype=np.int64)
        if not len(ids) or self.index.ntotal == 0:
            return
        if self.kind == "hnsw":
            # HNSW cannot remove in place: rebuild from what is kept.
            faiss = _faiss()
            all_ids = faiss.vector_to_array(self.index.id_map).astype(np.int64)
            keep = ~np.isin(all_ids, ids)
            vecs = self.index.index.reconstruct_n(0, len(all_ids))[keep]
            kind = "hnsw" if keep.sum() >= HNSW_THRESHOLD else "flat"
            self.index = _new_index(self.dim, kind)
            self.kind = kind
            if keep.any():
                self.index.add_with_ids(np.ascontiguousarray(vecs), all_ids[keep])
            return
        self.index.remove_ids(_faiss().IDSelectorArray(len(ids), _faiss().swig_ptr(ids)))

    def vectors(self, ids: Iterable[int]) -> np.ndarray:
        """The stored vectors of these chunk ids, in order."""
        return np.stack([self.index.reconstruct(int(i)) for i in ids]) if ids else np.zeros((0, self.dim), "float32")

    def search(self, queries: np.ndarray, k: int) -> list[list[tuple[int, float]]]:
        """For each query vector, up to ``k`` (chunk id, inner-product score), best first."""
        queries = np.ascontiguousarray(queries, dtype=np.float32).reshape(-1, self.dim)
        if self.index.ntotal == 0 or k <= 0:
            return [[] for _ in range(len(queries))]
        scores, ids = self.index.search(queries, min(k, int(self.index.ntotal)))
        return [
            [(int(i), float(s)) for i, s in zip(id_row, score_row) if i != -1]
            for id_row, score_row in zip(ids, scores)
        ]

    def save(self) -> None:
        """Write the index and its metadata atomically (temp file, fsync, rename)."""
        faiss = _faiss()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = faiss.serialize_index(self.index).tobytes()
        _atomic_write(self.path, data)
        meta = {"model": self.model, "dim": self.dim, "count": len(self), "kind": self.kind}
        _atomic_write(self.meta_path(self.path), json.dumps(meta).encode())
