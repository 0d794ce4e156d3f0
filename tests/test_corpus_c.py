"""Corpus C: six dev documents with new phrasings; their gold follows the dating rules of ANNOTATION.md."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from test_corpus_b import expected_deadline

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
QUESTIONS = CORPUS / "questions" / "c.jsonl"


def questions() -> list[dict]:
    return [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


def corpus_c_ids() -> list[str]:
    return sorted({q["source"].removesuffix(".pdf") for q in questions()})


def gold(doc_id: str) -> dict:
    return json.loads((CORPUS / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))


def test_six_dev_documents_with_two_questions_each():
    ids = corpus_c_ids()
    assert len(ids) == 6, ids
    per_doc = {doc_id: sum(q["source"] == f"{doc_id}.pdf" for q in questions()) for doc_id in ids}
    assert min(per_doc.values()) >= 2, per_doc
    assert all(gold(doc_id)["split"] == "dev" for doc_id in ids)


@pytest.mark.parametrize("doc_id", corpus_c_ids())
def test_deadlines_follow_the_dating_rules(doc_id: str):
    g = gold(doc_id)
    issued = date.fromisoformat(g["metadata"]["date"])
    checked = 0
    for o in g["obligations"]:
        if not o["deadline_text"] or o["recurrence"]:
            continue
        text = re.sub(r"^Deadline: ", "", o["deadline_text"]).replace("until ", "by ")
        want = expected_deadline(text, issued)
        if want is None:
            continue
        checked += 1
        assert o["deadline"] == want.isoformat(), f"clause {o['clause']}: {o['deadline_text']!r} -> {o['deadline']}, rules give {want}"
    assert checked, "no deadline of this document could be checked"


@pytest.mark.parametrize("doc_id", corpus_c_ids())
def test_recurring_duties_fall_due_after_the_document(doc_id: str):
    g = gold(doc_id)
    for o in g["obligations"]:
        if o["recurrence"]:
            assert o["deadline"] and o["deadline"] > g["metadata"]["date"], f"clause {o['clause']}: {o['deadline']}"
