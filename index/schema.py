"""The database schema: numbered migrations, applied in order every time the database is opened.

Add a migration by appending a function ``mNNN_name(db)`` to ``MIGRATIONS``; never edit one that
has shipped. No ``CREATE TABLE`` lives anywhere else.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

import sqlite_utils


def m001_documents(db: sqlite_utils.Database) -> None:
    db["documents"].create(
        {
            "id": int,
            "sha256": str,  # of the file's bytes; one row per distinct content
            "path": str,  # the path it was first ingested from (absolute)
            "source": str,  # file name, as shown to analysts
            "doc_type": str,  # resolution | order | instruction | minutes | other
            "number": str,
            "date": str,  # ISO
            "issuer": str,  # canonical body name
            "title": str,
            "pages": int,
            "words": int,
            "size": int,
            "ingested_at": str,
            "run_id": int,
        },
        pk="id",
        not_null={"sha256", "path", "source"},
    )
    db["documents"].create_index(["sha256"], unique=True)
    # Every path a document's bytes were seen under; a path maps to exactly one current document.
    db["paths"].create(
        {"path": str, "document_id": int, "sha256": str, "size": int, "mtime": float, "seen_at": str},
        pk="path",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["paths"].create_index(["document_id"])
    db["pages"].create(
        {"document_id": int, "number": int, "text": str, "has_text_layer": int},
        pk=("document_id", "number"),
        foreign_keys=[("document_id", "documents", "id")],
    )
    # Chunks are the document's own units (clause, table row with its header, paragraph), long
    # ones split at sentence boundaries. Their ids are the FAISS ids.
    db["chunks"].create(
        {
            "id": int,
            "document_id": int,
            "seq": int,  # order within the document
            "kind": str,  # clause | paragraph | heading | title | table_row
            "page": int,
            "clause": str,
            "text": str,
            "start": int,  # offsets into the document text
            "end": int,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["chunks"].create_index(["document_id"])
    db["ingest_runs"].create(
        {
            "id": int,
            "started_at": str,
            "finished_at": str,
            "status": str,  # running | ok | partial | crashed
            "pid": int,
            "added": int,
            "updated": int,
            "unchanged": int,
            "failed": int,
        },
        pk="id",
    )
    db["ingest_errors"].create(
        {"id": int, "run_id": int, "path": str, "sha256": str, "kind": str, "reason": str, "at": str},
        pk="id",
    )
    db["ingest_errors"].create_index(["path"])


def m002_entities_obligations(db: sqlite_utils.Database) -> None:
    db["entities"].create(
        {
            "id": int,
            "document_id": int,
            "chunk_id": int,
            "label": str,
            "text": str,
            "normalized": str,
            "page": int,
            "clause": str,
            "start": int,
            "end": int,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["entities"].create_index(["document_id"])
    db["entities"].create_index(["label", "normalized"])
    db["obligations"].create(
        {
            "id": int,
            "document_id": int,
            "chunk_id": int,
            "seq": int,
            "actor": str,
            "actors": str,  # JSON list
            "action": str,
            "deadline": str,  # ISO first due date
            "deadline_text": str,
            "recurrence": str,
            "towns": str,  # JSON list
            "clause": str,
            "page": int,
            "text": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["obligations"].create_index(["document_id"])
    db["obligations"].create_index(["deadline"])
    db["obligations"].create_index(["actor"])


def m003_chunks_fts(db: sqlite_utils.Database) -> None:
    # External-content FTS5 kept in sync by triggers, so every chunk write updates it in the same
    # transaction.
    db["chunks"].enable_fts(["text"], fts_version="FTS5", tokenize="porter unicode61", create_triggers=True)


def m004_vector_state(db: sqlite_utils.Database) -> None:
    # Key/value facts about the FAISS index that the database expects: model, dim, count, generation.
    db["index_meta"].create({"key": str, "value": str}, pk="key")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    m001_documents,
    m002_entities_obligations,
    m003_chunks_fts,
    m004_vector_state,
]


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply every migration not yet applied; return the names applied now."""
    if "_migrations" not in db.table_names():
        db["_migrations"].create({"name": str, "applied_at": str}, pk="name")
    done = {row["name"] for row in db["_migrations"].rows}
    applied = []
    for fn in MIGRATIONS:
        if fn.__name__ in done:
            continue
        with db.conn:
            fn(db)
            db["_migrations"].insert(
                {"name": fn.__name__, "applied_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
            )
        applied.append(fn.__name__)
    return applied


def open_db(path: str) -> sqlite_utils.Database:
    """Open (creating if needed) the database at ``path``, in WAL mode, migrated to the latest schema."""
    db = sqlite_utils.Database(path)
    db.conn.execute("PRAGMA busy_timeout = 30000")
    db.enable_wal()
    db.conn.execute("PRAGMA foreign_keys = ON")
    db.conn.execute("PRAGMA synchronous = NORMAL")
    migrate(db)
    return db
