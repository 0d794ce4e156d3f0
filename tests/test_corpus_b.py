"""Corpus-B gold: hand-written deadlines agree with the dating rules of corpus/ANNOTATION.md.

The gold was written by hand; these checks re-derive the due date from the deadline text where the
text alone decides it (explicit dates, periods, "within N ... of this document"), to catch slips.
"""

from __future__ import annotations

import calendar
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
QUESTIONS = CORPUS / "questions" / "b.jsonl"
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1}
ORDINAL_PERIOD = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def corpus_b_ids() -> list[str]:
    lines = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sorted({q["source"].removesuffix(".pdf") for q in lines})


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_working_days(day: date, n: int) -> date:
    while n:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def expected_deadline(text: str, issued: date | None) -> date | None:
    """The due date the annotation rules give for `text`, or None when the text alone does not decide it."""
    t = text.lower()
    if m := re.search(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b", t):
        return date(int(m[3]), MONTHS[m[2]], int(m[1]))
    if m := re.search(r"\b(" + "|".join(MONTHS) + r") (\d{1,2}), (\d{4})\b", t):
        return date(int(m[3]), MONTHS[m[1]], int(m[2]))
    if m := re.search(r"\b(\d{2})\.(\d{2})\.(\d{4})\b", t):
        return date(int(m[3]), int(m[2]), int(m[1]))
    if m := re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.search(r"\b(first|second|third|fourth) quarter of (\d{4})", t):
        return month_end(int(m[2]), 3 * ORDINAL_PERIOD[m[1]])
    if m := re.fullmatch(r"q([1-4]) (\d{4})", t):
        return month_end(int(m[2]), 3 * int(m[1]))
    if m := re.search(r"\b(first|second) half of (\d{4})", t):
        return month_end(int(m[2]), 6 * ORDINAL_PERIOD[m[1]])
    if m := re.search(r"\b(?:in|by) (" + "|".join(MONTHS) + r") (\d{4})\b", t) or re.search(r"term: (" + "|".join(MONTHS) + r") (\d{4})", t):
        return month_end(int(m[2]), MONTHS[m[1]])
    if m := re.fullmatch(r"(?:in|by the end of|by|in the course of) (\d{4})", t):
        return date(int(m[1]), 12, 31)
    if issued and (m := re.fullmatch(r"(?:by|before) (\d{1,2}) (" + "|".join(MONTHS) + r")", t)):
        day = date(issued.year, MONTHS[m[2]], int(m[1]))  # year omitted: the first such day on or after the document
        return day if day >= issued else date(issued.year + 1, day.month, day.day)
    if issued and (m := re.search(r"within (\d+|\w+) (working days|days|weeks?|months?)(?: (?:of|from) (?:the signing of this|the date of (?:this|these|entry into force of this))|$)", t)):
        n = int(m[1]) if m[1].isdigit() else NUMBERS[m[1]]
        unit = m[2]
        if unit == "working days":
            return add_working_days(issued, n)
        if unit == "days":
            return issued + timedelta(days=n)
        if unit.startswith("week"):
            return issued + timedelta(weeks=n)
        return add_months(issued, n)
    return None


@pytest.mark.parametrize("doc_id", corpus_b_ids())
def test_deadlines_follow_the_dating_rules(doc_id: str):
    gold = json.loads((CORPUS / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))
    issued = date.fromisoformat(gold["metadata"]["date"]) if gold["metadata"]["date"] else None
    checked = 0
    for o in gold["obligations"]:
        if not o["deadline_text"] or o["recurrence"]:
            continue
        want = expected_deadline(o["deadline_text"], issued)
        if want is None:
            continue
        checked += 1
        assert o["deadline"] == want.isoformat(), f"clause {o['clause']}: {o['deadline_text']!r} -> {o['deadline']}, rules give {want}"
    assert checked or not any(o["deadline"] for o in gold["obligations"]), "no deadline of this document could be checked"


@pytest.mark.parametrize("doc_id", corpus_b_ids())
def test_recurring_duties_fall_due_after_the_document(doc_id: str):
    gold = json.loads((CORPUS / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))
    issued = gold["metadata"]["date"]
    for o in gold["obligations"]:
        if o["recurrence"] and o["deadline"] and issued:
            assert o["deadline"] > issued, f"clause {o['clause']}: first due date {o['deadline']} not after {issued}"


def test_rules_helper_on_known_cases():
    assert expected_deadline("within 10 working days of the date of this letter", date(2015, 8, 14)) == date(2015, 8, 28)
    assert expected_deadline("within two months of the signing of this order", date(2015, 11, 24)) == date(2016, 1, 24)
    assert expected_deadline("in the fourth quarter of 2015", None) == date(2015, 12, 31)
    assert expected_deadline("Term: September 2016", None) == date(2016, 9, 30)
    assert expected_deadline("by 15 December", date(2016, 11, 30)) == date(2016, 12, 15)
    assert expected_deadline("within a week", date(2017, 3, 2)) == date(2017, 3, 9)
    assert expected_deadline("within 5 working days of its approval", date(2016, 1, 1)) is None
    assert expected_deadline("at the next meeting", date(2016, 1, 1)) is None


def test_corpus_b_is_complete():
    ids = corpus_b_ids()
    assert len(ids) >= 13
    for doc_id in ids:
        assert (CORPUS / "pdfs" / f"{doc_id}.pdf").exists() and (CORPUS / "sources" / f"{doc_id}.md").exists()
    splits = [json.loads((CORPUS / "gold" / f"{i}.json").read_text(encoding="utf-8"))["split"] for i in ids]
    assert 0.2 <= splits.count("test") / len(splits) <= 0.45
