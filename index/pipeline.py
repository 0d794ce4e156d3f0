"""What cron runs: ingest files and folders into SQLite + FAISS, incrementally and crash-safely.

- One ingest at a time: ``fcntl.flock`` on ``GOVKB_HOME/ingest.lock`` (bounded wait, then LockBusy).
- Unchanged files cost a ``stat`` (path + size + mtime), else a sha256; nothing is parsed twice.
- Workers (spawn) parse and extract; this process is the only writer: it chunks, embeds and writes
  each document in one SQLite transaction, then updates FAISS, saved atomically after the commit.
- On open, runs left ``running`` by a dead process become ``crashed`` and FAISS is reconciled with
  the chunks table (missing vectors embedded, stale ones dropped).
"""

from __future__ import annotations

import collections
import fcntl
import multiprocessing
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import numpy as np

from index import store
from index.chunks import chunk_document
from index.errors import LockBusy
from ingest.errors import IngestError, UnsupportedFile

SUFFIXES = (".pdf", ".txt")
SAVE_EVERY_S = 5.0  # FAISS is saved at most this often during a run, and always at its end
EMBED_BATCH = 32  # measured: 32 -> 33-36 s, 128 -> 43 s, 512 -> 66 s for the same 3,743 length-sorted chunks
EMBED_FLUSH = 4096  # chunks queued across documents before one encode call (a crash loses none: reconcile)

Progress = Callable[[int, int, str], None]  # (files done, files total, current file)


@dataclass
class IngestSummary:
    run_id: int
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)  # {"path", "reason"}
    status: str = "ok"
    crashed_runs: list[int] = field(default_factory=list)  # earlier runs found dead and marked
    repaired: dict = field(default_factory=dict)  # {"embedded": n, "dropped": n} when FAISS was behind
    documents: int = 0
    chunks: int = 0
    pages: int = 0
    words: int = 0
    seconds: dict = field(default_factory=dict)  # parse, extract, embed, write, total

    def to_dict(self) -> dict:
        return asdict(self)


# ---- lock ---------------------------------------------------------------------------------------


class IngestLock:
    """An exclusive flock on the home's ingest.lock, holding our pid for the message others see."""

    def __init__(self, path: Path, wait: float = 0.0) -> None:
        self.path, self.wait, self.fd = Path(path), wait, None

    def __enter__(self) -> "IngestLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + max(self.wait, 0.0)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _read_pid(fd)
                    os.close(fd)
                    who = f" (pid {holder})" if holder else ""
                    raise LockBusy(
                        f"another ingest is running{who}; waited {self.wait:g}s for {self.path} (use --wait SECONDS)",
                        holder,
                    ) from None
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self.fd = fd
        return self

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


def _read_pid(fd: int) -> int | None:
    try:
        return int(os.pread(fd, 32, 0).decode().strip() or 0) or None
    except (OSError, ValueError):
        return None


# ---- files --------------------------------------------------------------------------------------


def collect_files(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[dict]]:
    """Files to ingest (folders recursively, .pdf/.txt only), sorted; and the named paths that fail."""
    files: list[Path] = []
    bad: list[dict] = []
    for p in paths:
        path = Path(p).expanduser()
        if path.is_dir():
            files.extend(f for f in sorted(path.rglob("*")) if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                files.append(path)
            else:
                bad.append({"path": str(path), "reason": f"unsupported file type {path.suffix or '(none)'!r}: "
                            "only .pdf and .txt are ingested", "kind": UnsupportedFile.__name__})
        else:
            bad.append({"path": str(path), "reason": "no such file or folder", "kind": "FileNotFoundError"})
    seen, unique = set(), []
    for f in files:
        key = str(f.resolve())
        if key not in seen:
            seen.add(key)
            unique.append(f.resolve())
    return unique, bad


# ---- workers ------------------------------------------------------------------------------------

_NLP = None


def _extractor():
    """extract.pipeline if it is installed (it arrives later than ingest), else None."""
    try:
        from extract import pipeline
    except ImportError:
        return None
    return pipeline if hasattr(pipeline, "extract_document") else None


def _init_worker(with_extract: bool) -> None:
    global _NLP
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    ex = _extractor() if with_extract else None
    _NLP = ex.load_nlp() if ex is not None else None


def process_file(path: str) -> dict:
    """Parse (and extract) one file; never raises for an expected failure."""
    from ingest.parse import parse_file

    t0 = time.perf_counter()
    try:
        doc = parse_file(path)
    except IngestError as exc:
        return {"path": path, "error": str(exc), "kind": type(exc).__name__}
    except Exception as exc:  # a parser bug must not sink the batch: name it, keep going
        return {"path": path, "error": f"could not parse ({type(exc).__name__}: {exc})".splitlines()[0],
                "kind": type(exc).__name__}
    t1 = time.perf_counter()
    extraction = None
    ex = _extractor() if _NLP is not None else None
    if ex is not None:
        try:
            extraction = ex.extract_document(doc, nlp=_NLP)
        except Exception as exc:  # keep the document; record why its facts are missing
            doc.warnings.append(f"extraction failed: {type(exc).__name__}: {exc}")
    t2 = time.perf_counter()
    return {"path": path, "doc": doc, "extraction": extraction, "parse_s": t1 - t0, "extract_s": t2 - t1}


def _results(paths: list[str], workers: int, with_extract: bool) -> Iterator[dict]:
    """Results in input order, at most ``2 * workers`` in flight (memory stays bounded)."""
    if workers <= 1 or len(paths) <= 1:
        if with_extract and _NLP is None:
            _init_worker(True)
        for p in paths:
            yield process_file(p)
        return
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(with_extract,)) as pool:
        pending: collections.deque = collections.deque()
        it = iter(paths)
        for p in it:
            pending.append(pool.apply_async(process_file, (p,)))
            if len(pending) >= 2 * workers:
                break
        while pending:
            result = pending.popleft().get()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(pool.apply_async(process_file, (nxt,)))
            yield result


# ---- the writer ---------------------------------------------------------------------------------


class _Vectors:
    """The FAISS index plus the encoder, loaded only when something must be embedded."""

    def __init__(self, home: Path, encoder=None) -> None:
        from index.paths import faiss_path
        from index.vectors import VectorIndex

        self.index = VectorIndex.open(faiss_path(home))
        self._encoder = encoder
        self.dirty = False
        self.last_save = time.monotonic()
        self.pending_ids: list[int] = []
        self.pending_texts: list[str] = []
        self._loading = None  # a thread loading the encoder while the workers start on the files

    def preload(self) -> None:
        """Start loading the model in the background: it takes seconds of mostly one core, which the
        first documents' parsing and extraction in the worker processes would otherwise wait for."""
        if self._encoder is None and self._loading is None:
            import threading

            self._loading = threading.Thread(target=self._load, name="govkb-load-encoder", daemon=True)
            self._loading.start()

    def _load(self) -> None:
        from index.embed import load_doc_encoder

        try:
            self._encoder = load_doc_encoder()
        except Exception as exc:  # raised again where the encoder is first needed
            self._encoder = exc

    @property
    def encoder(self):
        if self._loading is not None:
            self._loading.join()
            self._loading = None
        if self._encoder is None:
            self._load()
        if isinstance(self._encoder, Exception):
            err, self._encoder = self._encoder, None
            raise err
        return self._encoder

    def add(self, ids: list[int], texts: list[str]) -> None:
        """Queue chunks for embedding; they are embedded in large batches (less padding, fewer calls)."""
        self.pending_ids.extend(ids)
        self.pending_texts.extend(texts)
        if len(self.pending_ids) >= EMBED_FLUSH:
            self.flush()

    def flush(self) -> None:
        if self.pending_ids:
            vectors = self.encoder.encode(self.pending_texts, batch_size=EMBED_BATCH)
            self.index.add(np.asarray(self.pending_ids, dtype=np.int64), vectors)
            self.pending_ids, self.pending_texts = [], []
            self.dirty = True

    def remove(self, ids: list[int]) -> None:
        if ids:
            self.flush()
            self.index.remove(ids)
            self.dirty = True

    def save(self, force: bool = False) -> None:
        if force:
            self.flush()
        if self.dirty and (force or time.monotonic() - self.last_save >= SAVE_EVERY_S):
            self.index.save()
            self.dirty = False
            self.last_save = time.monotonic()


def reconcile(db, vectors: _Vectors) -> dict:
    """Make FAISS hold exactly the chunks table's ids: embed the missing, drop the stale."""
    have = vectors.index.ids()
    want = store.chunk_ids(db)
    stale = sorted(have - want)
    missing = sorted(want - have)
    vectors.remove(stale)
    texts = store.chunk_texts(db, missing)
    for s in range(0, len(missing), 512):
        part = missing[s : s + 512]
        vectors.add(part, [texts[i] for i in part])
    vectors.flush()
    if stale or missing or not vectors.index.path.exists():
        vectors.dirty = True
        vectors.save(force=True)
    return {"embedded": len(missing), "dropped": len(stale)} if (stale or missing) else {}


def run_ingest(
    paths: Iterable[str | os.PathLike],
    home: str | os.PathLike | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    lock_wait: float = 0,
    encoder=None,
    extract: bool = True,
) -> IngestSummary:
    """Ingest files and folders into ``home``; raises LockBusy if another ingest holds the lock."""
    from index.paths import home_dir, lock_path

    t_start = time.perf_counter()
    home = home_dir(home)
    files, bad = collect_files(paths)
    workers = max(1, workers if workers is not None else (os.cpu_count() or 1))
    with IngestLock(lock_path(home), wait=lock_wait):
        db = store.open_store(home)
        summary = IngestSummary(run_id=0, crashed_runs=store.mark_crashed_runs(db))
        vectors = _Vectors(home, encoder)
        summary.repaired = reconcile(db, vectors)
        summary.run_id = run_id = store.start_run(db)
        secs = collections.Counter()
        for b in bad:
            summary.failed.append({"path": b["path"], "reason": b["reason"]})
            store.record_error(db, run_id, b["path"], b["kind"], b["reason"])

        todo: list[tuple[str, int, float, bool]] = []  # (path, size, mtime, path seen before)
        for i, f in enumerate(files):
            path = str(f)
            st = f.stat()
            row = store.path_row(db, path)
            if row and row["doc_exists"] and row["size"] == st.st_size and row["mtime"] == st.st_mtime:
                summary.unchanged.append(path)
            else:
                from ingest.parse import sha256_file

                sha = sha256_file(f)
                known = store.document_by_sha(db, sha)
                if known is not None:
                    gone = store.link_path(db, path, known["id"], sha, st.st_size, st.st_mtime)
                    vectors.remove(gone)
                    summary.unchanged.append(path)
                else:
                    todo.append((path, st.st_size, st.st_mtime, bool(row and row["doc_exists"])))
            if progress and (i % 50 == 0):
                progress(len(summary.unchanged), len(files), path)

        done = len(summary.unchanged)
        info = {p: (size, mtime, seen) for p, size, mtime, seen in todo}
        with_extract = bool(todo) and extract and _extractor() is not None  # spaCy only if needed
        if todo:
            vectors.preload()
        for result in _results([t[0] for t in todo], workers, with_extract):
            path = result["path"]
            size, mtime, seen = info[path]
            done += 1
            if progress:
                progress(done, len(files), path)
            if "error" in result:
                summary.failed.append({"path": path, "reason": result["error"]})
                store.record_error(db, run_id, path, result["kind"], result["error"])
                continue
            secs["parse"] += result["parse_s"]
            secs["extract"] += result["extract_s"]
            doc, extraction = result["doc"], result["extraction"]
            doc.path = path
            t0 = time.perf_counter()
            existing = store.document_by_sha(db, doc.sha256)  # same bytes queued twice in one batch
            if existing is not None:
                vectors.remove(store.link_path(db, path, existing["id"], doc.sha256, size, mtime))
                summary.unchanged.append(path)
                continue
            chunks = chunk_document(doc)
            issuer = (extraction.document or {}).get("issuer") if extraction is not None else None
            _, ids, gone = store.replace_document(db, doc, chunks, path, size, mtime, run_id, extraction, issuer)
            t1 = time.perf_counter()
            vectors.remove(gone)
            vectors.add(ids, [c.text for c in chunks])
            t2 = time.perf_counter()
            vectors.save()
            secs["write"] += (t1 - t0) + (time.perf_counter() - t2)
            secs["embed"] += t2 - t1
            (summary.updated if seen else summary.added).append(path)
            summary.pages += len(doc.pages)
            summary.words += len(doc.text.split())
            summary.chunks += len(chunks)
        t0 = time.perf_counter()
        vectors.flush()
        secs["embed"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        vectors.save(force=True)
        store.set_meta(db, {"model": vectors.index.model, "dim": str(vectors.index.dim),
                            "count": str(len(vectors.index))})
        secs["write"] += time.perf_counter() - t0
        summary.status = store.finish_run(db, run_id, len(summary.added), len(summary.updated),
                                          len(summary.unchanged), len(summary.failed))
        summary.documents = len(summary.added) + len(summary.updated)
        db.close()
    secs["total"] = time.perf_counter() - t_start
    summary.seconds = {k: round(v, 3) for k, v in secs.items()}
    return summary
