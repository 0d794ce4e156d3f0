"""Search the knowledge base: BM25 over FTS5, dense over FAISS, and their fusion with the question's own
entities and dates.

``Searcher(home).search(question, k, mode="hybrid" | "bm25" | "dense", **filters) -> list[Hit]``.
The query path imports neither torch nor spaCy: names come from the pure-Python gazetteer and query
vectors from ``index.embed.load_query_encoder()``, loaded once per Searcher.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from qa.question import Question, fts_query, parse_question

MODES = ("hybrid", "bm25", "dense")
# Fusion constants, chosen on the corpus questions (76; a plateau for RRF_K 5-20, dense weight
# 0.5-0.7): dense alone is the weaker method there, and the usual k=60 lets two middling ranks
# outvote one first place.
RRF_K = 10
# A named entity or a deadline in range is worth half a first place in one ranking.
BOOST = 0.5 / (RRF_K + 1)
CHUNK_BOOST = 0.1 * BOOST
DENSE_WEIGHT = 0.5
# Roughly how many chunk matches BM25 may score per query (see Searcher._selective).
BM25_BUDGET = 20000
FILTERS = ("town", "body", "doc_type", "date_from", "date_to", "due_from", "due_to")


class NoKnowledgeBase(Exception):
    """There is no database at the given home: nothing has been ingested."""


class BadSearch(Exception):
    """A search cannot run as asked (unknown mode or filter)."""


@dataclass
class Hit:
    chunk_id: int
    document_id: int
    source: str
    page: int | None
    clause: str | None
    text: str
    score: float
    doc_type: str | None = None
    doc_date: str | None = None
    doc_number: str | None = None
    title: str | None = None
    kind: str | None = None

    def to_dict(self) -> dict:
        """The fields ``govkb ask --json`` shows for a hit."""
        d = asdict(self)
        return {key: d[key] for key in ("source", "page", "clause", "text", "score", "doc_type",
                                        "doc_date", "doc_number", "title")}


_HIT_SQL = """
select c.id as chunk_id, c.document_id, d.source, c.page, c.clause, c.text, c.kind,
       d.doc_type, d.date as doc_date, d.number as doc_number, d.title
from chunks c join documents d on d.id = c.document_id
where c.id in ({ids})
"""


def _iso(value: date | str | None) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def _ranked_pairs(result: Any) -> list[tuple[int, float]]:
    """(id, score) pairs from a vector search: one list of pairs per query, or faiss-style (scores, ids)."""
    if isinstance(result, tuple) and len(result) == 2 and hasattr(result[0], "dtype"):
        a, b = result
        scores, ids = (a, b) if b.dtype.kind in "iu" else (b, a)
        scores, ids = scores.reshape(-1), ids.reshape(-1)
        return [(int(i), float(s)) for i, s in zip(ids, scores) if int(i) >= 0]
    if result and isinstance(result[0], list):  # VectorIndex.search: one list per query
        result = result[0]
    return [(int(i), float(s)) for i, s in result if int(i) >= 0]


class Searcher:
    """Searches one knowledge base. Models and the FAISS index are loaded on first use, once."""

    def __init__(self, home: str | Path | None = None, *, db=None, encoder=None, vectors=None,
                 gazetteer=None, as_of: date | None = None) -> None:
        from index.paths import db_path, faiss_path

        self.db_path: Path | None = None
        if db is None:
            path = self.db_path = db_path(home, create=False)
            if not path.exists():
                raise NoKnowledgeBase(f"no knowledge base at {path}; run govkb ingest first")
            import sqlite3

            # Plain sqlite3, not sqlite-utils: the query path only reads, and a new process should
            # not pay for importing and migrating.
            db = sqlite3.connect(str(path), check_same_thread=False)
            db.execute("PRAGMA busy_timeout = 30000")
            db.execute("PRAGMA query_only = ON")
        self.db = db
        self.home = home
        self._faiss_path = faiss_path(home, create=False) if vectors is None else None
        self._encoder = encoder
        self._vectors = vectors
        self._gazetteer = gazetteer
        self.as_of = as_of
        self._df: dict[str, int] = {}  # per-Searcher caches: a REPL session sees a fixed index
        self._entity_docs: dict[tuple[str, str], set[int]] = {}

    # --- loading --------------------------------------------------------------------------
    @property
    def gazetteer(self):
        if self._gazetteer is None:
            from extract.gazetteer import load_gazetteer

            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def _dense_ready(self) -> bool:
        if self._vectors is None:
            if self._faiss_path is None or not self._faiss_path.exists():
                return False
            from index.vectors import VectorIndex

            self._vectors = VectorIndex.open(self._faiss_path)
        if self._encoder is None:
            from index.embed import load_query_encoder

            self._encoder = load_query_encoder()
        return True

    def warm_up(self) -> None:
        """Load the gazetteer, the query encoder and the FAISS index now rather than on first query."""
        self.gazetteer
        if self._dense_ready():
            self.dense("warm up", 1)

    def parse(self, question: str) -> Question:
        return parse_question(question, as_of=self.as_of, gazetteer=self.gazetteer)

    # --- single methods -------------------------------------------------------------------
    def bm25(self, terms: list[str], n: int, filters: dict | None = None) -> list[tuple[int, float]]:
        """Top ``n`` (chunk id, score) by BM25 over the quoted ``terms``; higher is better."""
        match = fts_query(self._selective(terms))
        if not match:
            return []
        if filters:
            where, params = self._filter_sql(filters)
            sql = (f"select c.id, bm25(chunks_fts) as rank from chunks_fts "
                   f"join chunks c on c.id = chunks_fts.rowid join documents d on d.id = c.document_id "
                   f"where chunks_fts match :match {where} order by rank limit :n")
        else:
            sql, params = "select rowid, bm25(chunks_fts) as rank from chunks_fts where chunks_fts match :match order by rank limit :n", {}
        rows = self.db.execute(sql, {**params, "match": match, "n": n}).fetchall()
        return [(int(i), -float(r)) for i, r in rows]

    def _selective(self, terms: list[str]) -> list[str]:
        """The terms that bound BM25's work: rarest first while their chunks add up to BM25_BUDGET.

        A term in tens of thousands of chunks adds little to the ranking but makes FTS5 score every
        one of them; below the budget (any small knowledge base) every term is kept.
        """
        terms = [t for t in dict.fromkeys(terms) if t.replace('"', "")]
        freq = {t: self._doc_freq(t) for t in terms}
        kept, total = [], 0
        for t in sorted((t for t in terms if freq[t]), key=lambda t: freq[t]):
            if kept and total + freq[t] > BM25_BUDGET:
                break
            kept.append(t)
            total += freq[t]
        return [t for t in terms if t in kept]

    def _doc_freq(self, term: str) -> int:
        """How many chunks contain ``term`` (cached for this Searcher)."""
        if term not in self._df:
            q = fts_query([term])
            self._df[term] = self.db.execute(
                "select count(*) from chunks_fts where chunks_fts match ?", [q]).fetchone()[0] if q else 0
        return self._df[term]

    def dense(self, text: str, n: int, filters: dict | None = None) -> list[tuple[int, float]]:
        """Top ``n`` (chunk id, inner product) by the query vector; [] when there is no vector index."""
        if not self._dense_ready():
            return []
        vec = self._encode(text)
        want = n * 10 if filters else n
        pairs = _ranked_pairs(self._vectors.search(vec, want))
        if filters:
            keep = self._allowed([i for i, _ in pairs], filters)
            pairs = [p for p in pairs if p[0] in keep]
        return pairs[:n]

    def _encode(self, text: str):
        import numpy as np

        enc = self._encoder
        vec = enc.encode([text]) if hasattr(enc, "encode") else enc([text])
        vec = np.asarray(vec, dtype="float32")
        return vec.reshape(1, -1)

    # --- filters --------------------------------------------------------------------------
    def normalize_filters(self, filters: dict) -> dict:
        """Filters with names canonicalised through the gazetteer and dates as ISO strings."""
        unknown = set(filters) - set(FILTERS)
        if unknown:
            raise BadSearch(f"unknown filter(s): {', '.join(sorted(unknown))}")
        out = {key: _iso(v) for key, v in filters.items() if v not in (None, "")}
        if "town" in out:
            out["town"] = self.gazetteer.canonical_town(out["town"]) or out["town"]
        if "body" in out:
            out["body"] = self.gazetteer.canonical_body(out["body"]) or out["body"]
        return out

    @staticmethod
    def _filter_sql(filters: dict) -> tuple[str, dict]:
        """SQL conditions on chunks ``c`` joined to documents ``d``, prefixed with ``and``."""
        parts, params = [], {}
        if "town" in filters:
            parts.append("(c.document_id in (select document_id from entities where label = 'TOWN' and normalized = :town)"
                         " or c.document_id in (select document_id from obligations where towns like :town_like))")
            params.update(town=filters["town"], town_like=f'%"{filters["town"]}"%')
        if "body" in filters:
            parts.append("(d.issuer = :body"
                         " or c.document_id in (select document_id from entities where label = 'BODY' and normalized = :body)"
                         " or c.document_id in (select document_id from obligations where actor = :body or actors like :body_like))")
            params.update(body=filters["body"], body_like=f'%"{filters["body"]}"%')
        if "doc_type" in filters:
            parts.append("d.doc_type = :doc_type")
            params["doc_type"] = filters["doc_type"]
        if "date_from" in filters:
            parts.append("d.date >= :date_from")
            params["date_from"] = filters["date_from"]
        if "date_to" in filters:
            parts.append("d.date <= :date_to")
            params["date_to"] = filters["date_to"]
        if "due_from" in filters or "due_to" in filters:
            parts.append("exists (select 1 from obligations o where o.chunk_id = c.id"
                         " and o.deadline >= :due_from and o.deadline <= :due_to)")
            params.update(due_from=filters.get("due_from") or "0000", due_to=filters.get("due_to") or "9999")
        return "".join(f" and {p}" for p in parts), params

    def _allowed(self, ids: Iterable[int], filters: dict) -> set[int]:
        ids = [int(i) for i in ids]
        if not ids:
            return set()
        where, params = self._filter_sql(filters)
        sql = (f"select c.id from chunks c join documents d on d.id = c.document_id "
               f"where c.id in ({','.join(map(str, ids))}) {where}")
        return {r[0] for r in self.db.execute(sql, params).fetchall()}

    # --- fusion ---------------------------------------------------------------------------
    def _entity_boosts(self, q: Question, ids: list[int]) -> dict[int, float]:
        """Per question entity: BOOST if the chunk's document names it, CHUNK_BOOST more if the chunk does.

        Measured on the corpus questions, a full boost for the chunk itself lifts every clause that
        repeats a town's name above the one that answers; the document is the better signal.
        """
        wanted = q.entities
        if not wanted or not ids:
            return {}
        rows = self.db.execute(f"select id, document_id, text from chunks where id in ({','.join(map(str, ids))})")
        boosts = {}
        for cid, doc_id, text in rows.fetchall():
            low = (text or "").lower()
            b = 0.0
            for label, name in wanted:
                in_chunk = name.lower() in low or q.mentions.get(name, name).lower() in low
                if in_chunk or doc_id in self._entity_documents(label, name):
                    b += BOOST
                if in_chunk:
                    b += CHUNK_BOOST
            if b:
                boosts[cid] = b
        return boosts

    def _entity_documents(self, label: str, name: str) -> set[int]:
        """Ids of the documents whose entities include (label, name); cached for this Searcher."""
        key = (label, name)
        if key not in self._entity_docs:
            rows = self.db.execute("select distinct document_id from entities where label = ? and normalized = ?",
                                   [label, name]).fetchall()
            self._entity_docs[key] = {r[0] for r in rows}
        return self._entity_docs[key]

    def _deadline_boosts(self, q: Question, ids: list[int]) -> dict[int, float]:
        """BOOST for chunks with an obligation due inside the question's date range."""
        if not (q.due_from or q.due_to) or not ids:
            return {}
        rows = self.db.execute(
            f"select distinct chunk_id from obligations where chunk_id in ({','.join(map(str, ids))})"
            " and deadline >= ? and deadline <= ?",
            [_iso(q.due_from) or "0000", _iso(q.due_to) or "9999"]).fetchall()
        return {r[0]: BOOST for r in rows}

    def fuse(self, q: Question, rankings: list[list[tuple[int, float]]],
             weights: tuple[float, ...] = (1.0, 1.0)) -> list[tuple[int, float]]:
        """Reciprocal rank fusion of ``rankings`` plus entity and deadline boosts, best first."""
        scores: dict[int, float] = {}
        for ranking, weight in zip(rankings, weights):
            for rank, (cid, _) in enumerate(ranking, 1):
                scores[cid] = scores.get(cid, 0.0) + weight / (RRF_K + rank)
        ids = list(scores)
        for boosts in (self._entity_boosts(q, ids), self._deadline_boosts(q, ids)):
            for cid, b in boosts.items():
                scores[cid] += b
        return sorted(scores.items(), key=lambda p: (-p[1], p[0]))

    # --- the entry point ------------------------------------------------------------------
    def search(self, question: str, k: int = 5, mode: str = "hybrid", **filters) -> list[Hit]:
        """The top ``k`` chunks for ``question`` by ``mode``, restricted by ``filters``."""
        return self.search_parsed(self.parse(question), k, mode, **filters)

    def search_parsed(self, q: Question, k: int = 5, mode: str = "hybrid", **filters) -> list[Hit]:
        if mode not in MODES:
            raise BadSearch(f"unknown mode {mode!r}: choose one of {', '.join(MODES)}")
        filt = self.normalize_filters(filters)
        if k <= 0 or not q.text.strip():
            return []
        pool = max(k * 4, 50)
        if mode == "bm25":
            ranked = self.bm25(q.words, pool, filt)
        elif mode == "dense":
            ranked = self.dense(q.text, pool, filt)
        else:
            ranked = self.fuse(q, [self.dense(q.text, pool, filt), self.bm25(q.words, pool, filt)],
                               (DENSE_WEIGHT, 1.0))
        return self._one_per_clause(self.hits(ranked[: k * 3]))[:k]

    @staticmethod
    def _one_per_clause(hits: list[Hit]) -> list[Hit]:
        """The best-ranked piece of each clause: a long clause split in chunks takes one place, not several."""
        seen: set[tuple[int, str]] = set()
        out = []
        for h in hits:
            if h.clause:
                if (h.document_id, h.clause) in seen:
                    continue
                seen.add((h.document_id, h.clause))
            out.append(h)
        return out

    def hits(self, ranked: list[tuple[int, float]]) -> list[Hit]:
        """Hits for (chunk id, score) pairs, in the same order."""
        if not ranked:
            return []
        rows = self.db.execute(_HIT_SQL.format(ids=",".join(str(int(i)) for i, _ in ranked))).fetchall()
        cols = ("chunk_id", "document_id", "source", "page", "clause", "text", "kind",
                "doc_type", "doc_date", "doc_number", "title")
        by_id = {r[0]: dict(zip(cols, r)) for r in rows}
        return [Hit(score=round(score, 6), **by_id[cid]) for cid, score in ranked if cid in by_id]
