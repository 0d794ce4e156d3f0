"""govkb export over the sample corpus: a knowledge base holding the gold obligations of corpus/gold."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkb.cli import cli
from govkb.config import db_path
from index.schema import open_db
from qa.export import add_months

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
AS_OF = "2016-06-01"


def gold_files() -> list[Path]:
    return sorted((CORPUS / "gold").glob("*.json"))


def load_gold_into(db, files: list[Path]) -> list[dict]:
    """Insert each gold document and its obligations as ingest would; return the obligations."""
    obligations = []
    for doc_id, path in enumerate(files, start=1):
        gold = json.loads(path.read_text())
        pdf = CORPUS / "pdfs" / gold["source"]
        sha = hashlib.sha256((pdf if pdf.exists() else path).read_bytes()).hexdigest()
        meta = gold["metadata"]
        db["documents"].insert({"id": doc_id, "sha256": sha, "path": str(pdf), "source": gold["source"],
                                "doc_type": meta["doc_type"], "number": meta["number"], "date": meta["date"],
                                "issuer": meta["issuer"], "title": meta["title"]})
        for seq, ob in enumerate(gold["obligations"]):
            row = {**ob, "document_id": doc_id, "seq": seq, "actors": json.dumps(ob["actors"]),
                   "towns": json.dumps(ob["towns"]), "text": ob.get("text")}
            db["obligations"].insert(row)
            obligations.append({**ob, "source": gold["source"], "doc_date": meta["date"]})
    return obligations


@pytest.fixture(scope="module")
def corpus_home(tmp_path_factory):
    files = gold_files()
    if not files:
        pytest.fail("corpus/gold holds no gold annotations")
    home = tmp_path_factory.mktemp("corpus-home")
    db = open_db(str(db_path(home)))
    gold = load_gold_into(db, files)
    db.conn.close()
    return home, gold


def export(home: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--home", str(home), "export", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_every_dated_gold_obligation_is_a_row_at_its_first_due_date(corpus_home):
    home, gold = corpus_home
    rows = json.loads(export(home, "deadlines", "--json", "--as-of", AS_OF))
    keys = {(r["source"], r["clause"], r["actor"], r["deadline"]) for r in rows}
    dated = [g for g in gold if g["deadline"]]
    assert dated
    missing = [g for g in dated if (g["source"], g["clause"], g["actor"], g["deadline"]) not in keys]
    assert missing == []
    keys = [(r["deadline"], (r["actor"] or "").casefold()) for r in rows]
    assert keys == sorted(keys)


def test_recurring_gold_duties_expand_to_the_default_window(corpus_home):
    home, gold = corpus_home
    rows = json.loads(export(home, "deadlines", "--json", "--as-of", AS_OF))
    fixed = [g["deadline"] for g in gold if g["deadline"] and not g["recurrence"]]
    end = date.fromisoformat(max(fixed)).replace(year=date.fromisoformat(max(fixed)).year + 1)
    step = {"monthly": 1, "quarterly": 3, "semiannual": 6, "annual": 12}
    recurring = [g for g in gold if g["deadline"] and g["recurrence"] in step]
    assert recurring, "the sample corpus should hold recurring duties"
    for g in recurring:
        first = date.fromisoformat(g["deadline"])
        expected = []
        k = 0
        while (due := add_months(first, k * step[g["recurrence"]], first.day)) <= end:
            expected.append(due.isoformat())
            k += 1
        key = (g["source"], g["clause"], g["actor"], g["action"])
        got = [r["deadline"] for r in rows if (r["source"], r["clause"], r["actor"], r["action"]) == key]
        assert got == expected, g["deadline_text"]


def test_status_counts_match_as_of(corpus_home):
    home, _ = corpus_home
    rows = json.loads(export(home, "deadlines", "--json", "--as-of", AS_OF, "--soon", "45"))
    as_of = date.fromisoformat(AS_OF)
    for r in rows:
        days = (date.fromisoformat(r["deadline"]) - as_of).days
        assert r["status"] == ("overdue" if days < 0 else "due" if days <= 45 else "upcoming")
    assert {r["status"] for r in rows} == {"overdue", "due", "upcoming"}


def test_csv_and_ics_agree_on_the_corpus(corpus_home, tmp_path):
    from icalendar import Calendar

    home, gold = corpus_home
    out = tmp_path / "deadlines.csv"
    export(home, "deadlines", "--as-of", AS_OF, "--include-undated", "-o", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert sum(1 for r in rows if not r["deadline"]) == sum(1 for g in gold if not g["deadline"])
    ics = tmp_path / "deadlines.ics"
    export(home, "deadlines", "--as-of", AS_OF, "--include-undated", "-o", str(ics))
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert len(events) == sum(1 for r in rows if r["deadline"])


def test_obligations_export_has_every_gold_obligation(corpus_home):
    home, gold = corpus_home
    rows = json.loads(export(home, "obligations", "--json", "--as-of", AS_OF))
    assert len(rows) == len(gold)


def test_timeline_of_the_corpus(corpus_home, tmp_path):
    from PIL import Image

    from qa.timeline import figure_size

    home, gold = corpus_home
    out = tmp_path / "deadlines.png"
    export(home, "timeline", "--as-of", AS_OF, "-o", str(out))
    lanes = min(len({g["actor"] for g in gold if g["deadline"]}), 15)
    with Image.open(out) as img:
        assert img.size == figure_size(lanes)


@pytest.mark.slow
def test_end_to_end_ingest_then_export(tmp_path, doc_encoder):
    """Real PDFs through ingest and extract, then every export agrees with the database and the gold."""
    from icalendar import Calendar

    from index.pipeline import run_ingest

    names = ["order-2015-2388-r-mundybash.pdf", "res-2016-186-frm-subsidy-rules.pdf"]
    home = tmp_path / "e2e"
    summary = run_ingest([CORPUS / "pdfs" / n for n in names], home=home, workers=1, encoder=doc_encoder)
    assert not summary.failed
    db = open_db(str(db_path(home)))
    stored = db.execute("select count(*) from obligations").fetchone()[0]
    db.conn.close()
    obligations = json.loads(export(home, "obligations", "--json", "--as-of", AS_OF))
    assert len(obligations) == stored > 0
    rows = json.loads(export(home, "deadlines", "--json", "--as-of", AS_OF, "--include-undated"))
    assert {r["source"] for r in rows} <= set(names)
    out = tmp_path / "d.csv"
    export(home, "deadlines", "--as-of", AS_OF, "--include-undated", "-o", str(out))
    back = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert back == [{k: "" if v is None else str(v) for k, v in r.items()} for r in rows]
    ics = tmp_path / "d.ics"
    export(home, "deadlines", "--as-of", AS_OF, "-o", str(ics))
    assert len(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == sum(1 for r in rows if r["deadline"])
    # How many gold first due dates the pipeline's export reproduces (actor and date both right).
    gold = [g for p in gold_files() if (d := json.loads(p.read_text()))["source"] in names
            for g in d["obligations"] if g["deadline"]]
    got = {(r["actor"], r["deadline"]) for r in rows}
    found = sum((g["actor"], g["deadline"]) in got for g in gold)
    assert found >= len(gold) // 2, f"{found}/{len(gold)} gold deadlines exported"
