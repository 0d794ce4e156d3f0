"""Synthetic knowledge bases for latency and scale runs: chunk rows sampled from corpus sentences, random unit vectors.

Rows go straight into a database opened with ``index.schema.open_db`` (so FTS triggers fill the index);
vectors go through ``index.vectors.VectorIndex`` (flat below its HNSW threshold, HNSW above).
Dense scores over random vectors are meaningless; these bases measure time, disk and memory only.
"""

from __future__ import annotations

import random
import re
import time
from pathlib import Path
from typing import Iterator

import numpy as np

REPO = Path(__file__).resolve().parent.parent
DOCS_PER_KB = 1000
DOC_TYPES = ["resolution", "order", "instruction", "minutes", "other"]
ISSUERS = [
    "Government of the Russian Federation",
    "Ministry of Economic Development of the Russian Federation",
    "Monotowns Development Fund",
    "Government of Kemerovo Oblast",
    "Government of Sverdlovsk Oblast",
]


def corpus_sentences() -> list[str]:
    """Every sentence of the corpus sources (front matter dropped), as a pool to sample chunk text from."""
    sentences: list[str] = []
    for path in sorted((REPO / "corpus" / "sources").glob("*.md")):
        body = re.sub(r"^---\n.*?\n---\n", "", path.read_text(encoding="utf-8"), flags=re.S)
        for para in re.split(r"\n\s*\n", body):
            para = " ".join(para.split())
            if len(para.split()) < 4 or para.startswith("|") or "<<<" in para:
                continue
            sentences.extend(s for s in re.split(r"(?<=[.;])\s+", para) if len(s.split()) >= 4)
    return sentences


def _chunk_rows(n: int, start_id: int, rng: random.Random, pool: list[str]) -> Iterator[dict]:
    for i in range(start_id, start_id + n):
        text = " ".join(rng.choice(pool) for _ in range(rng.randint(1, 4)))
        yield {"id": i, "document_id": 1 + i % DOCS_PER_KB, "seq": i // DOCS_PER_KB, "kind": "clause",
               "page": 1 + (i // DOCS_PER_KB) % 5, "clause": str(1 + (i // DOCS_PER_KB) % 20),
               "text": text, "start": 0, "end": len(text)}


def random_unit_vectors(n: int, dim: int, rng: np.random.Generator) -> np.ndarray:
    vectors = rng.standard_normal((n, dim), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors


def build_kb(home: Path, n_chunks: int, batch: int = 50_000, seed: int = 7,
             budget_s: float | None = None, log=print) -> dict:
    """Fill ``home`` with ``n_chunks`` synthetic chunks (in batches; stop early once ``budget_s`` is spent).

    Returns what was built: chunks, seconds for rows and for vectors, and whether the budget cut it short.
    """
    from index.embed import DIM, MODEL_NAME
    from index.schema import open_db
    from index.store import set_meta
    from index.vectors import VectorIndex

    home.mkdir(parents=True, exist_ok=True)
    db = open_db(str(home / "govkb.db"))
    rng = random.Random(seed)
    nprng = np.random.default_rng(seed)
    with db.conn:
        db["documents"].insert_all(
            ({"id": d, "sha256": f"synthetic-{d}", "path": f"/synthetic/{d}.pdf", "source": f"synthetic-{d}.pdf",
              "doc_type": DOC_TYPES[d % len(DOC_TYPES)], "number": str(d), "date": f"{2015 + d % 5}-0{1 + d % 9}-15",
              "issuer": ISSUERS[d % len(ISSUERS)], "title": f"Synthetic document {d}", "pages": 5, "words": 0,
              "size": 0, "ingested_at": "2020-01-01T00:00:00", "run_id": 0} for d in range(1, DOCS_PER_KB + 1)),
            batch_size=1000)
    pool = corpus_sentences()
    index = VectorIndex.open(home / "vectors.faiss", model=MODEL_NAME, dim=DIM)
    if n_chunks >= 100_000 and index.kind == "flat":
        index._maybe_grow(n_chunks)  # start as HNSW: what VectorIndex would hold at this size anyway
    start = time.perf_counter()
    rows_s = vectors_s = 0.0
    done, cut = 0, False
    while done < n_chunks:
        size = min(batch, n_chunks - done)
        t0 = time.perf_counter()
        with db.conn:
            db["chunks"].insert_all(_chunk_rows(size, done + 1, rng, pool), batch_size=5000)
        t1 = time.perf_counter()
        index.add(np.arange(done + 1, done + 1 + size, dtype=np.int64), random_unit_vectors(size, DIM, nprng))
        t2 = time.perf_counter()
        rows_s += t1 - t0
        vectors_s += t2 - t1
        done += size
        log(f"  {done:,} chunks: rows {rows_s:.0f}s, vectors ({index.kind}) {vectors_s:.0f}s")
        if budget_s is not None and time.perf_counter() - start > budget_s and done < n_chunks:
            cut = True
            break
    t0 = time.perf_counter()
    index.save()
    set_meta(db, {"model": MODEL_NAME, "dim": str(DIM), "count": str(len(index))})
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {"chunks": done, "kind": index.kind, "rows_s": round(rows_s, 1), "vectors_s": round(vectors_s, 1),
            "save_s": round(time.perf_counter() - t0, 1), "cut_by_budget": cut}


def questions() -> list[str]:
    """The corpus questions, in file order."""
    import json

    out = []
    for path in sorted((REPO / "corpus" / "questions").glob("*.jsonl")):
        out += [json.loads(line)["q"] for line in path.read_text().splitlines() if line.strip()]
    return out


def percentile(values: list[float], p: float) -> float:
    return float(np.percentile(np.asarray(values), p))
