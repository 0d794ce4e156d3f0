"""Every SQL write of govkb. A document's rows go in one transaction; chunk ids are never reused.

Writes use the sqlite-utils ``Database``'s connection directly inside ``with db.conn:`` so that a
document (pages, chunks, entities, obligations, paths) commits or rolls back as one: sqlite-utils'
own insert helpers commit on their own, which would split that transaction.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

import sqlite_utils

from index.chunks import Chunk
from index.schema import open_db
from ingest.model import Document


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def open_store(home: str | os.PathLike | None = None) -> sqlite_utils.Database:
    """The migrated govkb database of ``home`` (WAL mode)."""
    from index.paths import db_path

    return open_db(str(db_path(home)))


# ---- runs ---------------------------------------------------------------------------------------


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def mark_crashed_runs(db: sqlite_utils.Database, holding_lock: bool = True) -> list[int]:
    """Runs left ``running`` by a process that is gone (or, under the lock, by anyone else): ``crashed``."""
    ids = [
        r["id"] for r in db.query("select id, pid from ingest_runs where status = 'running'")
        if (holding_lock and r["pid"] != os.getpid()) or not _pid_alive(r["pid"])
    ]
    if ids:
        with db.conn:
            db.conn.executemany(
                "update ingest_runs set status = 'crashed', finished_at = coalesce(finished_at, ?) where id = ?",
                [(now(), i) for i in ids],
            )
    return ids


def start_run(db: sqlite_utils.Database) -> int:
    with db.conn:
        cur = db.conn.execute(
            "insert into ingest_runs (started_at, status, pid, added, updated, unchanged, failed)"
            " values (?, 'running', ?, 0, 0, 0, 0)",
            (now(), os.getpid()),
        )
    return int(cur.lastrowid)


def finish_run(db: sqlite_utils.Database, run_id: int, added: int, updated: int, unchanged: int, failed: int) -> str:
    status = "partial" if failed else "ok"
    with db.conn:
        db.conn.execute(
            "update ingest_runs set finished_at = ?, status = ?, added = ?, updated = ?, unchanged = ?, failed = ?"
            " where id = ?",
            (now(), status, added, updated, unchanged, failed, run_id),
        )
    return status


def record_error(db: sqlite_utils.Database, run_id: int, path: str, kind: str, reason: str,
                 sha256: str | None = None) -> None:
    """One failed file of a run."""
    with db.conn:
        db.conn.execute(
            "insert into ingest_errors (run_id, path, sha256, kind, reason, at) values (?, ?, ?, ?, ?, ?)",
            (run_id, path, sha256, kind, reason, now()),
        )


# ---- paths and documents ------------------------------------------------------------------------


def path_row(db: sqlite_utils.Database, path: str) -> dict | None:
    rows = list(db.query(
        "select p.*, d.id as doc_exists from paths p left join documents d on d.id = p.document_id where p.path = ?",
        [path],
    ))
    return rows[0] if rows else None


def document_by_sha(db: sqlite_utils.Database, sha256: str) -> dict | None:
    rows = list(db.query("select * from documents where sha256 = ?", [sha256]))
    return rows[0] if rows else None


def _delete_if_orphan(db: sqlite_utils.Database, document_id: int | None) -> list[int]:
    """Delete a document no path points at any more; return its chunk ids (for the vector index)."""
    if document_id is None:
        return []
    conn = db.conn
    if conn.execute("select 1 from paths where document_id = ? limit 1", (document_id,)).fetchone():
        return []
    chunk_ids = [r[0] for r in conn.execute("select id from chunks where document_id = ?", (document_id,))]
    for table in ("entities", "obligations", "chunks", "pages"):
        conn.execute(f"delete from {table} where document_id = ?", (document_id,))
    conn.execute("delete from documents where id = ?", (document_id,))
    return chunk_ids


def _set_path(db: sqlite_utils.Database, path: str, document_id: int, sha256: str, size: int, mtime: float) -> None:
    db.conn.execute(
        "insert into paths (path, document_id, sha256, size, mtime, seen_at) values (?, ?, ?, ?, ?, ?)"
        " on conflict(path) do update set document_id = excluded.document_id, sha256 = excluded.sha256,"
        " size = excluded.size, mtime = excluded.mtime, seen_at = excluded.seen_at",
        (path, document_id, sha256, size, mtime, now()),
    )


def link_path(db: sqlite_utils.Database, path: str, document_id: int, sha256: str, size: int,
              mtime: float) -> list[int]:
    """Point ``path`` at an existing document (same bytes); drop the document it pointed at if orphaned."""
    with db.conn:
        old = db.conn.execute("select document_id from paths where path = ?", (path,)).fetchone()
        _set_path(db, path, document_id, sha256, size, mtime)
        if old and old[0] != document_id:
            return _delete_if_orphan(db, old[0])
    return []


def _next_chunk_id(db: sqlite_utils.Database) -> int:
    """Chunk ids only grow (kept in index_meta), so a FAISS id never names two different texts."""
    row = db.conn.execute("select value from index_meta where key = 'next_chunk_id'").fetchone()
    top = db.conn.execute("select coalesce(max(id), 0) + 1 from chunks").fetchone()[0]
    return max(int(row[0]) if row else 1, int(top))


def replace_document(
    db: sqlite_utils.Database,
    doc: Document,
    chunks: list[Chunk],
    path: str,
    size: int,
    mtime: float,
    run_id: int,
    extraction=None,
    issuer: str | None = None,
) -> tuple[int, list[int], list[int]]:
    """Write one new document (its pages, chunks, entities, obligations) and point ``path`` at it.

    All in one transaction. Returns (document id, its new chunk ids, chunk ids of a document it
    replaced and that is now gone).
    """
    conn = db.conn
    meta = doc.meta
    words = len(doc.text.split())
    with conn:
        old = conn.execute("select document_id from paths where path = ?", (path,)).fetchone()
        cur = conn.execute(
            "insert into documents (sha256, path, source, doc_type, number, date, issuer, title, pages, words,"
            " size, ingested_at, run_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.sha256, path, doc.source, meta.doc_type, meta.number, meta.date, issuer or meta.issuer,
             meta.title, len(doc.pages), words, size, now(), run_id),
        )
        doc_id = int(cur.lastrowid)
        conn.executemany(
            "insert into pages (document_id, number, text, has_text_layer) values (?, ?, ?, ?)",
            [(doc_id, p.number, p.text, int(p.has_text_layer)) for p in doc.pages],
        )
        first = _next_chunk_id(db)
        ids = list(range(first, first + len(chunks)))
        conn.executemany(
            "insert into chunks (id, document_id, seq, kind, page, clause, text, start, end)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(i, doc_id, c.seq, c.kind, c.page, c.clause, c.text, c.start, c.end) for i, c in zip(ids, chunks)],
        )
        conn.execute(
            "insert into index_meta (key, value) values ('next_chunk_id', ?)"
            " on conflict(key) do update set value = excluded.value",
            (str(first + len(chunks)),),
        )
        if extraction is not None:
            _write_extraction(db, doc_id, doc, chunks, ids, extraction)
        _set_path(db, path, doc_id, doc.sha256, size, mtime)
        gone = _delete_if_orphan(db, old[0]) if old and old[0] != doc_id else []
    return doc_id, ids, gone


def chunk_for_offset(chunks: list[Chunk], ids: list[int], offset: int) -> int | None:
    """The chunk id whose span holds ``offset`` (the last one starting at or before it)."""
    best = None
    for c, i in zip(chunks, ids):
        if c.start <= offset:
            if offset < c.end or best is None:
                best = i
            if offset < c.end:
                return i
    return best


def _obligation_chunk(doc: Document, chunks: list[Chunk], ids: list[int], ob) -> int | None:
    at = doc.text.find(ob.text[:80]) if ob.text else -1
    if at >= 0:
        return chunk_for_offset(chunks, ids, at)
    for c, i in zip(chunks, ids):
        if ob.clause and c.clause == ob.clause:
            return i
    for c, i in zip(chunks, ids):
        if c.page == ob.page:
            return i
    return None


def _write_extraction(db, doc_id: int, doc: Document, chunks: list[Chunk], ids: list[int], extraction) -> None:
    by_id = {i: c for c, i in zip(chunks, ids)}
    rows = []
    for e in extraction.entities:
        cid = chunk_for_offset(chunks, ids, e.start)
        clause = by_id[cid].clause if cid in by_id else None
        rows.append((doc_id, cid, e.label, e.text, e.normalized, e.page, clause, e.start, e.end))
    db.conn.executemany(
        "insert into entities (document_id, chunk_id, label, text, normalized, page, clause, start, end)"
        " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.conn.executemany(
        "insert into obligations (document_id, chunk_id, seq, actor, actors, action, deadline, deadline_text,"
        " recurrence, towns, clause, page, text) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (doc_id, _obligation_chunk(doc, chunks, ids, o), seq, o.actor, json.dumps(o.actors), o.action,
             o.deadline, o.deadline_text, o.recurrence, json.dumps(o.towns), o.clause, o.page, o.text)
            for seq, o in enumerate(extraction.obligations)
        ],
    )


def touch_path(db: sqlite_utils.Database, path: str, size: int, mtime: float) -> None:
    """Remember a path's size and mtime so the next run skips hashing it."""
    with db.conn:
        db.conn.execute("update paths set size = ?, mtime = ?, seen_at = ? where path = ?", (size, mtime, now(), path))


def set_meta(db: sqlite_utils.Database, values: dict[str, str]) -> None:
    with db.conn:
        db.conn.executemany(
            "insert into index_meta (key, value) values (?, ?) on conflict(key) do update set value = excluded.value",
            list(values.items()),
        )


def chunk_texts(db: sqlite_utils.Database, ids: Iterable[int]) -> dict[int, str]:
    ids = list(ids)
    out: dict[int, str] = {}
    for s in range(0, len(ids), 500):
        part = ids[s : s + 500]
        q = "select id, text from chunks where id in (%s)" % ",".join("?" * len(part))
        out.update({r[0]: r[1] for r in db.conn.execute(q, part)})
    return out


def chunk_ids(db: sqlite_utils.Database) -> set[int]:
    return {r[0] for r in db.conn.execute("select id from chunks")}


def db_file(home: str | os.PathLike | None = None) -> Path:
    from index.paths import db_path

    return db_path(home)
