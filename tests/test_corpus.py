"""The sample corpus: gold files validate against their PDFs, counts of issue 3, reproducible build."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path

import pdfplumber
import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
DATA = REPO / "extract" / "data"
GOLD_FILES = sorted((CORPUS / "gold").glob("*.json"))
LABELS = {"TOWN", "REGION", "BODY", "PERSON", "DATE", "MEASURE"}
DOC_TYPES = {"resolution", "order", "instruction", "minutes", "other"}
RECURRENCES = {None, "annual", "semiannual", "quarterly", "monthly", "weekly"}
OBLIGATION_KEYS = {"actor", "actors", "action", "deadline", "deadline_text", "recurrence", "towns", "clause", "page"}
DATE_NORMALIZED = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-Q[1-4]|-H[12])?$")
# Minimum documents per type in the whole corpus (issue 3); corpus-A and corpus-B together.
TYPE_MINIMUMS = {"resolution+order": 6, "instruction": 5, "minutes": 6, "other": 4}


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def pdf_pages(name: str) -> tuple[str, ...]:
    """Text of each page of a corpus PDF, whitespace collapsed."""
    source = (CORPUS / "sources" / name.replace(".pdf", ".md")).read_text(encoding="utf-8")
    two_columns = "\nlayout: two-column" in source
    with pdfplumber.open(CORPUS / "pdfs" / name) as pdf:
        texts = []
        for page in pdf.pages:
            if two_columns:  # read the left column, then the right
                halves = [page.crop((0, 0, page.width / 2, page.height)), page.crop((page.width / 2, 0, page.width, page.height))]
                text = " ".join(half.extract_text() or "" for half in halves)
            else:
                text = page.extract_text() or ""
            texts.append(" ".join(text.split()))
        return tuple(texts)


def canon(filename: str, column: str) -> set[str]:
    with open(DATA / filename, encoding="utf-8") as f:
        return {row[column] for row in csv.DictReader(f)}


def is_iso_day(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def clause_markers(clause: str) -> tuple[str, ...]:
    """The labels a clause may be printed with: "3" -> "3." or "3)", "2.1b" -> "b)" or "b.", "II.2" -> "2." or "2)",
    table row "7.1" -> "7.1"."""
    if re.fullmatch(r"\d+", clause):
        return clause + ".", clause + ")"
    letter = re.search(r"\d([a-z])$", clause)
    if letter:
        return letter.group(1) + ")", letter.group(1) + "."
    if re.match(r"[IVX]+\.", clause):
        number = clause.split(".", 1)[1]
        return number + ".", number + ")"
    return (clause,)


def printed(clause: str, text: str) -> bool:
    return any(marker in text for marker in clause_markers(clause))


def test_there_is_gold():
    assert len(GOLD_FILES) >= 11, f"only {len(GOLD_FILES)} gold files"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_validates(path: Path):
    gold = load(path)
    assert {"id", "source", "split", "metadata", "entities", "obligations"} <= set(gold)
    assert gold["id"] == path.stem and gold["source"] == f"{path.stem}.pdf"
    assert gold["split"] in {"dev", "test"}
    assert (CORPUS / "sources" / f"{path.stem}.md").exists(), "gold without a source"
    pages = pdf_pages(gold["source"])
    source_lines = (CORPUS / "sources" / f"{path.stem}.md").read_text(encoding="utf-8").splitlines()
    meta = gold["metadata"]
    assert meta["doc_type"] in DOC_TYPES
    assert meta["date"] is None or is_iso_day(meta["date"])
    # a listed body, or one the document itself names (a regional ministry, a town council, a company's board)
    bodies = {e["normalized"] for e in gold["entities"] if e["label"] == "BODY"}
    assert meta["issuer"] in canon("bodies.csv", "canonical") or meta["issuer"] in bodies or meta["issuer"].startswith(
        ("Government of ", "Governor of ", "Administration of "))
    if meta["number"]:
        assert f"No. {meta['number']}" in " ".join(pages), f"number {meta['number']} not printed"

    towns, regions, measures = canon("monotowns.csv", "name_en"), canon("regions.csv", "name_en"), canon("measures.csv", "name_en")
    seen = set()
    for entity in gold["entities"]:
        assert entity["label"] in LABELS, entity
        key = (entity["label"], entity["normalized"])
        assert key not in seen, f"duplicate entity {key}"
        seen.add(key)
        if entity["label"] == "DATE":
            assert DATE_NORMALIZED.match(entity["normalized"]), entity
        if entity["label"] == "REGION":
            assert entity["normalized"] in regions, entity
        if entity["label"] == "MEASURE":
            assert entity["normalized"] in measures, entity
        if entity["label"] == "TOWN":  # a town not in the list keeps its name as written
            assert entity["normalized"] in towns or entity["normalized"] == entity["text"], entity

    for obligation in gold["obligations"]:
        assert set(obligation) == OBLIGATION_KEYS, obligation
        assert obligation["recurrence"] in RECURRENCES
        assert obligation["actor"] is None or obligation["actor"] == obligation["actors"][0]
        assert obligation["deadline"] is None or is_iso_day(obligation["deadline"]), obligation
        assert set(obligation["towns"]) <= towns
        page = obligation["page"]
        assert 1 <= page <= len(pages), f"clause {obligation['clause']}: page {page} of {len(pages)}"
        text = pages[page - 1]
        if obligation["clause"] is not None:
            assert printed(obligation["clause"], text), f"clause {obligation['clause']} not on page {page}"
        if obligation["deadline_text"]:
            # Table cells wrap and interleave in extracted text: in a table row, every word must be there.
            wanted = " ".join(obligation["deadline_text"].split())
            whole = " ".join(pages)
            in_table = any(line.lstrip().startswith("|") and wanted in " ".join(line.split()) for line in source_lines)
            found = set(wanted.split()) <= set(whole.split()) if in_table else wanted in whole
            assert found, f"deadline text {wanted!r} not in PDF"


def test_second_annotations_are_of_gold_documents_in_the_gold_format():
    """corpus/agreement: a second annotator's blind gold for some documents (govkb eval --against)."""
    files = sorted((CORPUS / "agreement").glob("*.json"))
    assert len(files) >= 30
    gold_ids = {p.stem for p in GOLD_FILES}
    for path in files:
        second = load(path)
        assert second["id"] == path.stem and path.stem in gold_ids, path.name
        assert second["metadata"]["doc_type"] in DOC_TYPES, path.name
        assert all(set(o) == OBLIGATION_KEYS for o in second["obligations"]), path.name
        assert all(e["label"] in LABELS for e in second["entities"]), path.name


@pytest.mark.parametrize("path", sorted((CORPUS / "questions").glob("*.jsonl")), ids=lambda p: p.name)
def test_questions_point_at_real_clauses(path: Path):
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) >= 22
    assert len({q["id"] for q in lines}) == len(lines)
    for question in lines:
        pages = pdf_pages(question["source"])
        assert 1 <= question["page"] <= len(pages), question
        if question["clause"] is not None:
            assert printed(question["clause"], pages[question["page"] - 1]), question


def type_counts() -> Counter:
    types = Counter(load(p)["metadata"]["doc_type"] for p in GOLD_FILES)
    return Counter({"resolution+order": types["resolution"] + types["order"], "instruction": types["instruction"],
                    "minutes": types["minutes"], "other": types["other"]})


def test_every_source_has_a_pdf_and_gold():
    sources = {p.stem for p in (CORPUS / "sources").glob("*.md")}
    no_pdf = sorted(sources - {p.stem for p in (CORPUS / "pdfs").glob("*.pdf")})
    no_gold = sorted(sources - {p.stem for p in GOLD_FILES})
    assert not no_pdf and not no_gold, f"without a PDF: {no_pdf}; without gold: {no_gold}"


def test_corpus_a_types_meet_issue_minimums():
    """Resolutions/orders and lists of instructions: corpus-A's half."""
    counts = type_counts()
    for kind in ("resolution+order", "instruction"):
        assert counts[kind] >= TYPE_MINIMUMS[kind], f"{kind}: {counts[kind]} < {TYPE_MINIMUMS[kind]}"


def test_whole_corpus_meets_issue_counts():
    """Minutes and other documents come from corpus-B: until every type reaches its minimum this is an
    expected failure that names the shortfall; after that, the whole corpus must hold >= 24 PDFs."""
    counts = type_counts()
    short = {kind: counts[kind] for kind, minimum in TYPE_MINIMUMS.items() if counts[kind] < minimum}
    if short:
        pytest.xfail(f"corpus incomplete by type: {short} (minimums {TYPE_MINIMUMS})")
    assert len(list((CORPUS / "pdfs").glob("*.pdf"))) >= 24
    test_share = sum(load(p)["split"] == "test" for p in GOLD_FILES) / len(GOLD_FILES)
    assert 0.2 <= test_share <= 0.45, f"test share {test_share:.2f}"


def test_layouts_are_covered():
    metas = [(CORPUS / "sources" / f"{p.stem}.md").read_text(encoding="utf-8") for p in GOLD_FILES]
    assert any("layout: two-column" in m for m in metas)
    assert any(re.search(r"scanned_pages: \[\d", m) for m in metas)
    assert any("page_numbers: top-dash" in m for m in metas) and any("page_numbers: bottom" in m for m in metas)
    assert any(len(pdf_pages(f"{p.stem}.pdf")) >= 3 for p in GOLD_FILES)


def test_scanned_pages_have_no_text_layer():
    for source in sorted((CORPUS / "sources").glob("*.md")):
        match = re.search(r"^scanned_pages: \[([\d, ]+)\]", source.read_text(encoding="utf-8"), re.M)
        if match:
            pages = pdf_pages(f"{source.stem}.pdf")
            for number in map(int, match.group(1).split(",")):
                assert pages[number - 1].strip() == "", f"{source.stem} page {number} has text"


def test_build_check_passes():
    result = subprocess.run([sys.executable, str(CORPUS / "build.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr.strip()


def test_bad_fixtures_are_produced(tmp_path: Path):
    result = subprocess.run([sys.executable, str(CORPUS / "build.py"), "--bad", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr.strip()
    names = {"empty.pdf", "truncated.pdf", "encrypted.pdf", "not-a-pdf.pdf", "scanned.pdf"}
    assert {p.name for p in tmp_path.iterdir()} == names
    assert (tmp_path / "empty.pdf").stat().st_size == 0
    assert not (tmp_path / "not-a-pdf.pdf").read_bytes().startswith(b"%PDF")
    assert b"/Encrypt" in (tmp_path / "encrypted.pdf").read_bytes()
    assert b"%%EOF" not in (tmp_path / "truncated.pdf").read_bytes()
    with pdfplumber.open(tmp_path / "scanned.pdf") as pdf:
        assert len(pdf.pages) >= 1 and all(not (page.extract_text() or "").strip() for page in pdf.pages)
