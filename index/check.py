"""Does the FAISS index agree with SQLite? Counts, id sets and model; ``repair`` reconciles them."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field

from index.embed import DIM, MODEL_NAME
from index.errors import ModelMismatch


@dataclass
class CheckReport:
    ok: bool
    chunks: int
    vectors: int
    missing: int  # chunk ids without a vector
    stale: int  # vectors without a chunk
    model: str | None
    dim: int | None
    problems: list[str] = field(default_factory=list)
    repaired: dict = field(default_factory=dict)
    integrity: str = "ok"

    def to_dict(self) -> dict:
        return asdict(self)


def check(home: str | os.PathLike | None = None, repair: bool = False, lock_wait: float = 0) -> CheckReport:
    """Compare the chunks table with the FAISS index; with ``repair``, fix it under the ingest lock."""
    from index.paths import faiss_path, home_dir, lock_path
    from index import store
    from index.vectors import VectorIndex

    home = home_dir(home)
    if repair:
        from index.pipeline import IngestLock, _Vectors, reconcile

        with IngestLock(lock_path(home), wait=lock_wait):
            db = store.open_store(home)
            store.mark_crashed_runs(db)
            meta = VectorIndex.read_meta(faiss_path(home))
            if meta and (meta.get("model") != MODEL_NAME or int(meta.get("dim", 0)) != DIM):
                for p in (faiss_path(home), VectorIndex.meta_path(faiss_path(home))):
                    p.unlink(missing_ok=True)  # built by another model: rebuild from the chunks
            repaired = reconcile(db, _Vectors(home))
            db.close()
        report = check(home)
        report.repaired = repaired
        return report

    db = store.open_store(home)
    problems: list[str] = []
    integrity = db.conn.execute("pragma quick_check").fetchone()[0]
    if integrity != "ok":
        problems.append(f"SQLite integrity check: {integrity}")
    want = store.chunk_ids(db)
    db.close()
    meta = VectorIndex.read_meta(faiss_path(home))
    have: set[int] = set()
    try:
        have = VectorIndex.open(faiss_path(home)).ids()
    except ModelMismatch as exc:
        problems.append(str(exc))
    if want and meta is None:
        problems.append("no FAISS index metadata although chunks exist")
    if meta is not None and int(meta.get("count", -1)) != len(have):
        problems.append(f"FAISS metadata says {meta.get('count')} vectors, the index holds {len(have)}")
    missing, stale = want - have, have - want
    if missing:
        problems.append(f"{len(missing)} chunks have no vector")
    if stale:
        problems.append(f"{len(stale)} vectors belong to no chunk")
    return CheckReport(
        ok=not problems, chunks=len(want), vectors=len(have), missing=len(missing), stale=len(stale),
        model=(meta or {}).get("model"), dim=(meta or {}).get("dim"), problems=problems, integrity=integrity,
    )
