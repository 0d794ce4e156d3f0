"""Search over a small knowledge base built in the test: BM25, a fake dense index, fusion, filters."""

from __future__ import annotations

import json
import zlib
from datetime import date

import numpy as np
import pytest

from index.schema import open_db
from qa.answer import answer_line, ask, obligations_for
from qa.question import date_range, fts_query, parse_question, words
from qa.search import BadSearch, NoKnowledgeBase, Searcher

DIM = 64

DOCS = [
    # id, source, doc_type, number, date, issuer, title
    (1, "res-186.pdf", "resolution", "186", "2016-03-11", "Government of the Russian Federation",
     "On subsidies to the Monotowns Development Fund"),
    (2, "order-2388.pdf", "order", "2388-r", "2015-11-20", "Government of the Russian Federation",
     "On the Mundybash priority development territory"),
]
CHUNKS = [
    # id, doc, page, clause, text
    (1, 1, 1, "1", "Approve the rules for subsidies from the federal budget to the Monotowns Development Fund."),
    (2, 1, 2, "3", "The Ministry of Finance shall transfer the subsidy to the Fund by 1 October 2016."),
    (3, 1, 2, "4", "The Ministry of Economic Development shall report on the use of the subsidy quarterly."),
    (4, 2, 1, "2", "The Administration of Mundybash shall prepare the application for the territory by 1 December 2015."),
    (5, 2, 1, "3", "The Government of Kemerovo Oblast shall submit proposals on the territory by 15 January 2016."),
    (6, 2, 2, None, "Annex: list of investment projects in the territory of Mundybash."),
]
ENTITIES = [
    (2, 1, "BODY", "Ministry of Finance"), (3, 1, "BODY", "Ministry of Economic Development"),
    (4, 2, "TOWN", "Mundybash"), (4, 2, "BODY", "Administration of Mundybash"),
    (5, 2, "REGION", "Kemerovo Oblast"), (6, 2, "TOWN", "Mundybash"),
]
OBLIGATIONS = [
    # chunk, doc, actor, action, deadline, deadline_text, towns, clause, page
    (2, 1, "Ministry of Finance", "transfer the subsidy to the Fund", "2016-10-01", "by 1 October 2016", [], "3", 2),
    (3, 1, "Ministry of Economic Development", "report on the use of the subsidy", None, "quarterly", [], "4", 2),
    (4, 2, "Administration of Mundybash", "prepare the application for the territory", "2015-12-01",
     "by 1 December 2015", ["Mundybash"], "2", 1),
    (5, 2, "Government of Kemerovo Oblast", "submit proposals on the territory", "2016-01-15",
     "by 15 January 2016", ["Mundybash"], "3", 1),
]

HOSTILE = [
    '"', '""', "'", "*", "NEAR", "NEAR(a b)", "a AND b", "OR", "NOT", "(", ")", "()", "a OR (b",
    "'; DROP TABLE chunks; --", "1=1 OR 1=1", "subsidy*", '"subsidy', "Минфин субсидия", "中文",
    "\x00", "\\", "-", "^", "{ }", ":", "col:subsidy", "text:subsidy", "a" * 5000, "🙂", "%", "_",
    "rowid MATCH", "-subsidy", "+", "select * from chunks",
]


class FakeEncoder:
    """Hashed bag of words, L2-normalised: deterministic, shares words -> close vectors."""

    name, dim = "fake", DIM

    def encode(self, texts, batch_size: int = 32):
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for row, text in enumerate(texts):
            for w in words(text):
                out[row, zlib.crc32(w.encode()) % DIM] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


class FakeVectors:
    """Brute-force inner product, answering like index.vectors.VectorIndex.search."""

    def __init__(self, ids, matrix):
        self.ids, self.matrix = np.asarray(ids, dtype=np.int64), matrix

    def search(self, q, k):
        scores = (self.matrix @ q.reshape(-1)).astype(np.float32)
        order = np.argsort(-scores)[:k]
        return [[(int(self.ids[i]), float(scores[i])) for i in order]]


def build_db(path):
    db = open_db(str(path))
    for d in DOCS:
        db["documents"].insert(dict(zip(("id", "source", "doc_type", "number", "date", "issuer", "title"), d),
                                    sha256=f"sha{d[0]}", path=f"/x/{d[1]}"))
    for seq, (cid, doc, page, clause, text) in enumerate(CHUNKS):
        db["chunks"].insert({"id": cid, "document_id": doc, "seq": seq, "kind": "clause", "page": page,
                             "clause": clause, "text": text, "start": 0, "end": len(text)})
    for cid, doc, label, norm in ENTITIES:
        db["entities"].insert({"document_id": doc, "chunk_id": cid, "label": label, "text": norm, "normalized": norm})
    for seq, (cid, doc, actor, action, dl, dtext, towns, clause, page) in enumerate(OBLIGATIONS):
        db["obligations"].insert({"document_id": doc, "chunk_id": cid, "seq": seq, "actor": actor,
                                  "actors": json.dumps([actor]), "action": action, "deadline": dl,
                                  "deadline_text": dtext, "recurrence": None, "towns": json.dumps(towns),
                                  "clause": clause, "page": page, "text": CHUNKS[cid - 1][4]})
    return db


@pytest.fixture()
def searcher(tmp_path):
    db = build_db(tmp_path / "govkb.db")
    enc = FakeEncoder()
    vectors = FakeVectors([c[0] for c in CHUNKS], enc.encode([c[4] for c in CHUNKS]))
    return Searcher(db=db, encoder=enc, vectors=vectors, as_of=date(2016, 9, 15))


def test_fts_query_quotes_every_word():
    assert fts_query(words('NEAR(a "b") AND c* OR NOT d')) == '"near" OR "b" OR "c" OR "not" OR "d"'
    assert fts_query([]) is None


@pytest.mark.parametrize("mode", ["bm25", "dense", "hybrid"])
@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_strings_never_crash(searcher, mode, text):
    hits = searcher.search(text, k=3, mode=mode)
    assert isinstance(hits, list) and len(hits) <= 3
    assert searcher.db.execute("select count(*) from chunks").fetchone()[0] == len(CHUNKS)


def test_operators_are_searched_as_words(searcher):
    # "subsidy*" must not become a prefix query, and AND must not be an operator
    assert [h.chunk_id for h in searcher.search("subsidy* AND", k=10, mode="bm25")] == \
        [h.chunk_id for h in searcher.search("subsidy", k=10, mode="bm25")]


@pytest.mark.parametrize("mode", ["bm25", "dense", "hybrid"])
def test_each_mode_finds_the_clause(searcher, mode):
    hits = searcher.search("When does the Ministry of Finance transfer the subsidy?", k=3, mode=mode)
    assert hits[0].chunk_id == 2
    assert (hits[0].source, hits[0].page, hits[0].clause, hits[0].doc_type) == ("res-186.pdf", 2, "3", "resolution")


def test_entity_in_question_boosts_its_documents_and_chunks(searcher):
    q = searcher.parse("application for the territory in Mundybash")
    boosts = searcher._entity_boosts(q, [1, 4, 5, 6])
    assert boosts[6] > boosts[5] > boosts.get(1, 0) == 0  # 6 names Mundybash; 5 is in a document that does
    named = searcher.search("application for the territory in Mundybash", k=6, mode="hybrid")
    assert named[0].chunk_id == 4 and {h.chunk_id for h in named[:3]} == {4, 5, 6}


def test_question_dates_boost_and_restrict_obligations(searcher):
    result = ask(searcher, "What is overdue on the territory?", k=6)
    deadlines = [o["deadline"] for o in result["obligations"]]
    assert deadlines and all(d < "2016-09-15" for d in deadlines)
    assert {o["source"] for o in result["obligations"]} == {"order-2388.pdf"}


@pytest.mark.parametrize("filters,allowed", [
    ({"doc_type": "order"}, {4, 5, 6}),
    ({"date_from": date(2016, 1, 1)}, {1, 2, 3}),
    ({"date_to": "2015-12-31"}, {4, 5, 6}),
    ({"town": "Mundybash"}, {4, 5, 6}),
    ({"body": "Minfin"}, {1, 2, 3}),
    ({"due_from": date(2016, 1, 1), "due_to": date(2016, 12, 31)}, {2, 5}),
])
@pytest.mark.parametrize("mode", ["bm25", "dense", "hybrid"])
def test_filters(searcher, filters, allowed, mode):
    hits = searcher.search("subsidy territory ministry application proposals", k=6, mode=mode, **filters)
    assert hits and {h.chunk_id for h in hits} <= allowed


def test_unknown_mode_and_filter_are_errors(searcher):
    with pytest.raises(BadSearch):
        searcher.search("subsidy", mode="magic")
    with pytest.raises(BadSearch):
        searcher.search("subsidy", colour="red")


def test_answer_line_names_actor_action_deadline(searcher):
    result = ask(searcher, "Who prepares the Mundybash application, and by when?", k=3)
    assert result["answer"] == ("Administration of Mundybash must prepare the application for the territory "
                                "by 1 December 2015 (order-2388.pdf, clause 2)")
    assert set(result["hits"][0]) == {"source", "page", "clause", "text", "score", "doc_type", "doc_date",
                                      "doc_number", "title"}
    assert result["obligations"][0]["actors"] == ["Administration of Mundybash"]


def test_no_answer_line_when_body_disagrees(searcher):
    q = searcher.parse("What must the Ministry of Finance do?")
    hits = searcher.hits([(4, 1.0)])  # the Mundybash administration's clause
    assert answer_line(q, hits, obligations_for(searcher, q, hits)) is None
    q = searcher.parse("What must the Mundybash administration do?")
    assert answer_line(q, hits, obligations_for(searcher, q, hits)).startswith("Administration of Mundybash must")


def test_missing_database(tmp_path):
    with pytest.raises(NoKnowledgeBase, match="no knowledge base at .*govkb.db; run govkb ingest first"):
        Searcher(tmp_path / "nothing")


@pytest.mark.parametrize("text,expected", [
    ("what is due this quarter", (date(2016, 7, 1), date(2016, 9, 30), False)),
    ("anything next month?", (date(2016, 10, 1), date(2016, 10, 31), False)),
    ("deadlines in September 2015", (date(2015, 9, 1), date(2015, 9, 30), False)),
    ("what must be done by the end of 2016", (None, date(2016, 12, 31), False)),
    ("which duties are overdue", (None, date(2016, 9, 14), True)),
    ("who prepares the application", (None, None, False)),
])
def test_date_range(text, expected):
    assert date_range(text, date(2016, 9, 15)) == expected


def test_parse_question_names_entities():
    q = parse_question("What is due from Minfin for Usolie-Sibirskoye in Irkutsk Oblast?", as_of=date(2016, 1, 1))
    assert "Usolye-Sibirskoye" in q.towns and "Irkutsk Oblast" in q.regions
    assert q.bodies == ["Ministry of Finance"]
    assert "what" not in q.words and "minfin" in q.words


def test_bm25_drops_the_commonest_terms_over_budget(searcher, monkeypatch):
    import qa.search

    assert searcher._selective(["territory", "mundybash", "zzz"]) == ["territory", "mundybash"]
    monkeypatch.setattr(qa.search, "BM25_BUDGET", 3)
    # "territory" is in 4 chunks, "mundybash" in 2: only the rarer one fits the budget
    assert searcher._selective(["territory", "mundybash"]) == ["mundybash"]
    assert searcher._selective(["territory"]) == ["territory"]  # the rarest term is always kept


@pytest.mark.parametrize("text,iso,expected", [
    ("Deadline: May 31, 2017", "2017-05-31", "by May 31, 2017"),
    ("by 1 October 2015", "2015-10-01", "by 1 October 2015"),
    ("quarterly, by the 15th day", None, "quarterly, by the 15th day"),
    ("15 December", "2016-12-15", "by 15 December"),
    (None, "2016-12-15", "by 2016-12-15"),
    (None, None, ""),
])
def test_deadline_phrase(text, iso, expected):
    from qa.answer import _when

    assert _when({"deadline_text": text, "deadline": iso}) == expected


def test_question_phrasing_adds_document_words():
    q = parse_question("How often must the fund report yearly?", as_of=date(2016, 1, 1))
    assert {"annually", "quarterly"} <= set(q.words) and "often" in q.words
    assert "annually" not in parse_question("Who reports?", as_of=date(2016, 1, 1)).words
