"""run_ingest: idempotent, replaces changed files, dedupes identical bytes, survives bad input and
crashes between the SQLite commit and the FAISS save, and gives the same result with workers."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index.check import check
from index.errors import LockBusy
from index.pipeline import IngestLock, run_ingest
from index.vectors import VectorIndex
from tests.conftest import REPO

SMALL = ["order-2015-2388-r-mundybash.pdf", "order-tatarstan-2017-03-22-695-r.pdf", "letter-med-2015-08-14.pdf"]


class CountingEncoder:
    """Wraps the real encoder and counts the texts it embeds."""

    def __init__(self, inner):
        self.inner, self.texts = inner, 0
        self.name, self.dim = inner.name, inner.dim

    def encode(self, texts, batch_size=32):
        self.texts += len(texts)
        return self.inner.encode(texts, batch_size=batch_size)


@pytest.fixture
def small_corpus(tmp_path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for i, name in enumerate(SMALL):
        shutil.copy(REPO / "corpus" / "pdfs" / name, folder / ("sub" if i == 2 else "") / name)
    return folder


@pytest.fixture(scope="session")
def bad_files(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("bad")
    subprocess.run([sys.executable, str(REPO / "corpus" / "build.py"), "--bad", str(folder)], check=True,
                   capture_output=True)
    return sorted(folder.iterdir())


def snapshot(home: Path) -> dict:
    """What a run leaves, without ids, timestamps or paths: for comparing two homes."""
    conn = sqlite3.connect(home / "govkb.db")
    q = {
        "documents": "select sha256, source, doc_type, number, date, issuer, title, pages, words from documents order by sha256",
        "chunks": "select d.sha256, c.seq, c.kind, c.page, c.clause, c.text, c.start, c.end from chunks c "
                  "join documents d on d.id = c.document_id order by d.sha256, c.seq",
        "obligations": "select d.sha256, o.seq, o.actor, o.action, o.deadline, o.clause, o.page, o.text, "
                       "(select seq from chunks where id = o.chunk_id) from obligations o "
                       "join documents d on d.id = o.document_id order by d.sha256, o.seq",
        "entities": "select d.sha256, e.label, e.normalized, e.start, (select seq from chunks where id = e.chunk_id) "
                    "from entities e join documents d on d.id = e.document_id order by d.sha256, e.start, e.label",
        "paths": "select p.path, d.sha256 from paths p join documents d on d.id = p.document_id order by p.path",
    }
    out = {k: conn.execute(v).fetchall() for k, v in q.items()}
    conn.close()
    return out


def test_ingest_twice_adds_nothing_the_second_time(small_corpus, govkb_home, doc_encoder):
    enc = CountingEncoder(doc_encoder)
    first = run_ingest([small_corpus], home=govkb_home, workers=1, encoder=enc)
    assert len(first.added) == 3 and not first.failed and first.status == "ok"
    assert first.chunks > 0 and enc.texts == first.chunks
    assert check(govkb_home).ok
    before = snapshot(govkb_home)
    assert before["obligations"], "extraction results are stored"
    second = run_ingest([small_corpus], home=govkb_home, workers=1, encoder=enc)
    assert (second.added, second.updated, len(second.unchanged)) == ([], [], 3)
    assert enc.texts == first.chunks  # nothing embedded again
    assert snapshot(govkb_home) == before


def test_changed_bytes_replace_the_document_and_identical_bytes_are_not_duplicated(tmp_path, govkb_home, doc_encoder):
    a = tmp_path / "a.txt"
    a.write_text("1. The Ministry of Finance shall submit a report by 1 March 2016.\n\n2. Old clause about Yurga.")
    run_ingest([a], home=govkb_home, workers=1, encoder=doc_encoder)
    old_ids = VectorIndex.open(govkb_home / "vectors.faiss").ids()
    a.write_text("1. The Ministry of Finance shall submit a report by 1 April 2016.\n\n2. New clause about Yurga.")
    os.utime(a, (1, 1))
    s = run_ingest([a], home=govkb_home, workers=1, encoder=doc_encoder)
    assert s.updated == [str(a.resolve())] and not s.added
    snap = snapshot(govkb_home)
    assert len(snap["documents"]) == 1
    assert any("1 April 2016" in c[5] for c in snap["chunks"]) and not any("Old clause" in c[5] for c in snap["chunks"])
    new_ids = VectorIndex.open(govkb_home / "vectors.faiss").ids()
    assert new_ids and not (new_ids & old_ids), "chunk ids are never reused, old vectors are gone"
    assert check(govkb_home).ok

    b = tmp_path / "copy" / "b.txt"
    b.parent.mkdir()
    shutil.copy(a, b)
    s = run_ingest([a, b], home=govkb_home, workers=1, encoder=doc_encoder)
    assert s.unchanged == [str(a.resolve()), str(b.resolve())] and not s.added
    snap = snapshot(govkb_home)
    assert len(snap["documents"]) == 1 and len(snap["paths"]) == 2


def test_bad_files_are_named_recorded_and_the_good_ones_ingested(small_corpus, bad_files, govkb_home, doc_encoder):
    s = run_ingest([*bad_files, small_corpus / SMALL[0]], home=govkb_home, workers=1, encoder=doc_encoder)
    assert s.status == "partial"
    assert len(s.added) == 1
    assert sorted(f["path"] for f in s.failed) == sorted(str(p) for p in bad_files)
    reasons = {Path(f["path"]).name: f["reason"].lower() for f in s.failed}
    assert "empty" in reasons["empty.pdf"] and "encrypt" in reasons["encrypted.pdf"]
    assert "text layer" in reasons["scanned.pdf"] or "scan" in reasons["scanned.pdf"]
    assert all("\n" not in r and r for r in reasons.values())
    conn = sqlite3.connect(govkb_home / "govkb.db")
    assert conn.execute("select count(*) from ingest_errors where run_id = ?", (s.run_id,)).fetchone()[0] == 5


def test_a_crash_between_commit_and_faiss_save_is_repaired(small_corpus, govkb_home, doc_encoder):
    run_ingest([small_corpus], home=govkb_home, workers=1, encoder=doc_encoder)
    index = VectorIndex.open(govkb_home / "vectors.faiss")
    dropped = sorted(index.ids())[:3]
    index.remove(dropped)  # as if the process died before saving the last document's vectors
    index.add(np.array([10**9]), np.ones((1, 384), dtype=np.float32) / np.sqrt(384))  # and a stale one
    index.save()
    report = check(govkb_home)
    assert not report.ok and report.missing == 3 and report.stale == 1
    fixed = check(govkb_home, repair=True)
    assert fixed.ok and fixed.repaired == {"embedded": 3, "dropped": 1}
    # an ingest run repairs as well
    (govkb_home / "vectors.faiss").unlink()
    s = run_ingest([small_corpus], home=govkb_home, workers=1, encoder=doc_encoder)
    assert s.repaired["embedded"] > 0 and check(govkb_home).ok


def test_runs_left_running_by_a_dead_process_become_crashed(small_corpus, govkb_home, doc_encoder):
    from index.store import open_store

    db = open_store(govkb_home)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    db.conn.execute("insert into ingest_runs (started_at, status, pid) values ('2026-01-01', 'running', ?)",
                    (int(dead.stdout),))
    db.conn.commit()
    s = run_ingest([small_corpus / SMALL[0]], home=govkb_home, workers=1, encoder=doc_encoder)
    assert s.crashed_runs == [1]
    assert db.conn.execute("select status from ingest_runs where id = 1").fetchone()[0] == "crashed"


def test_a_second_ingest_gives_up_after_wait(small_corpus, govkb_home):
    with IngestLock(govkb_home / "ingest.lock"):
        with pytest.raises(LockBusy, match=rf"another ingest is running \(pid {os.getpid()}\)"):
            run_ingest([small_corpus], home=govkb_home, lock_wait=0.3)


@pytest.mark.slow
def test_workers_give_the_same_result_as_one(small_corpus, tmp_path, doc_encoder):
    one, two = tmp_path / "one", tmp_path / "two"
    a = run_ingest([small_corpus], home=one, workers=1, encoder=doc_encoder)
    b = run_ingest([small_corpus], home=two, workers=2, encoder=doc_encoder)
    assert len(a.added) == len(b.added) == 3
    assert snapshot(one)["documents"] and snapshot(one) == snapshot(two)
