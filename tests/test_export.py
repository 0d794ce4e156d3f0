"""govkb export: status, filters, recurring expansion and every format's round trip."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime

import pytest
from click.testing import CliRunner

from govkb.cli import cli
from govkb.config import db_path
from index.schema import open_db
from qa.export import (
    DEADLINE_COLUMNS, ENTITY_COLUMNS, Filters, add_months, deadline_rows, entity_rows, event_uid,
    expand_recurrence, obligation_rows, render, status_of,
)
from qa.timeline import figure_size, lanes_for

# canonical names as in extract/data/bodies.csv and monotowns.csv
MINEC = "Ministry of Economic Development"
FUND = "Monotowns Development Fund"
MINFIN = "Ministry of Finance"
LABOUR = "Ministry of Labour and Social Protection"

DOCS = [
    {"id": 1, "sha256": "a" * 64, "path": "/x/res-709.pdf", "source": "res-709.pdf", "doc_type": "resolution",
     "number": "709", "date": "2014-07-29", "issuer": "Government of the Russian Federation",
     "title": "On criteria for monotowns"},
    {"id": 2, "sha256": "b" * 64, "path": "/x/order-2388.pdf", "source": "order-2388.pdf", "doc_type": "order",
     "number": "2388-r", "date": "2016-03-01", "issuer": "Government of the Russian Federation",
     "title": "Action plan, monotowns"},
]


def _ob(id_, doc, actor, action, deadline, text, recurrence=None, towns=(), clause=None, actors=None):
    return {"id": id_, "document_id": doc, "chunk_id": None, "seq": id_, "actor": actor,
            "actors": json.dumps(actors or ([actor] if actor else [])), "action": action, "deadline": deadline,
            "deadline_text": text, "recurrence": recurrence, "towns": json.dumps(list(towns)),
            "clause": clause or str(id_), "page": 1 + id_ % 2, "text": f"{actor} shall {action} ({text})."}


OBLIGATIONS = [
    _ob(1, 1, MINEC, "submit proposals on support", "2014-10-01", "by 1 October 2014",
        towns=["Naberezhnye Chelny"]),
    _ob(2, 1, FUND, "report on loans granted", "2014-10-15", "quarterly, by the 15th day",
        recurrence="quarterly"),
    _ob(3, 1, MINFIN, "monitor the budget", None, "on an ongoing basis"),
    _ob(4, 2, LABOUR, "approve a plan | with \"quotes\", commas", "2016-06-01", "by 1 June 2016",
        towns=["Togliatti", "Naberezhnye Chelny"], actors=[LABOUR, MINEC]),
    _ob(5, 2, MINEC, "publish the monotown list", "2016-12-31", "annually, by 31 December",
        recurrence="annual"),
]
ENTITIES = [
    {"id": 1, "document_id": 1, "label": "TOWN", "text": "Naberezhnye Chelny", "normalized": "Naberezhnye Chelny",
     "page": 1, "clause": "1", "start": 10, "end": 28},
    {"id": 2, "document_id": 2, "label": "BODY", "text": "Mintrud", "normalized": LABOUR, "page": 2,
     "clause": "4", "start": 5, "end": 12},
]
AS_OF = date(2016, 5, 20)


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVKB_HOME", str(tmp_path))
    db = open_db(str(db_path(tmp_path)))
    db["documents"].insert_all(DOCS)
    db["obligations"].insert_all(OBLIGATIONS)
    db["entities"].insert_all(ENTITIES)
    db.conn.close()
    return tmp_path


@pytest.fixture
def db(home):
    d = open_db(str(db_path(home)))
    yield d
    d.conn.close()


def run(home, *args):
    result = CliRunner().invoke(cli, ["--home", str(home), "export", *args])
    return result


def deadlines_json(home, *args) -> list[dict]:
    result = run(home, "deadlines", "--format", "json", "--as-of", AS_OF.isoformat(), *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# ---- status and recurrence --------------------------------------------------------------------


@pytest.mark.parametrize("deadline,expected", [
    (None, "undated"), (date(2016, 5, 19), "overdue"), (date(2016, 5, 20), "due"),
    (date(2016, 6, 19), "due"), (date(2016, 6, 20), "upcoming"),
])
def test_status_against_as_of(deadline, expected):
    assert status_of(deadline, AS_OF, soon=30) == expected


def test_add_months_clamps_to_month_end_and_keeps_anchor():
    assert add_months(date(2016, 1, 31), 1) == date(2016, 2, 29)
    assert add_months(date(2016, 2, 29), 1, anchor_day=31) == date(2016, 3, 31)
    assert add_months(date(2015, 11, 30), 3) == date(2016, 2, 29)


@pytest.mark.parametrize("recurrence,expected", [
    ("monthly", ["2016-01-31", "2016-02-29", "2016-03-31", "2016-04-30"]),
    ("quarterly", ["2016-01-31", "2016-04-30"]),
    ("weekly", ["2016-01-31", "2016-02-07", "2016-02-14", "2016-02-21", "2016-02-28", "2016-03-06"]),
    (None, ["2016-01-31"]),
])
def test_expand_recurrence(recurrence, expected):
    end = date(2016, 3, 6) if recurrence == "weekly" else date(2016, 4, 30)
    got = expand_recurrence(date(2016, 1, 31), recurrence, date(2016, 1, 1), end)
    assert [d.isoformat() for d in got] == expected


def test_expand_recurrence_window_starts_late():
    got = expand_recurrence(date(2014, 10, 15), "semiannual", date(2016, 1, 1), date(2016, 12, 31))
    assert [d.isoformat() for d in got] == ["2016-04-15", "2016-10-15"]


def test_default_window_runs_to_a_year_after_latest_fixed_deadline(db):
    rows = deadline_rows(db, Filters(as_of=AS_OF))
    quarterly = [r["deadline"] for r in rows if r["actor"] == FUND]
    # from 2014-10-15 every quarter through 2017-06-01 (= 2016-06-01 + one year)
    assert quarterly[0] == "2014-10-15" and quarterly[-1] == "2017-04-15" and len(quarterly) == 11
    assert all(r["recurrence"] == "quarterly" for r in rows if r["actor"] == FUND)
    annual = [r["deadline"] for r in rows if r["recurrence"] == "annual"]
    assert annual == ["2016-12-31"]


def test_rows_sorted_by_deadline_then_actor_and_status(db):
    rows = deadline_rows(db, Filters(as_of=AS_OF))
    keys = [(r["deadline"], r["actor"]) for r in rows]
    assert keys == sorted(keys)
    by_date = {r["deadline"]: r["status"] for r in rows}
    assert by_date["2014-10-01"] == "overdue"
    assert by_date["2016-06-01"] == "due"
    assert by_date["2016-12-31"] == "upcoming"
    assert all(r["deadline"] for r in rows)  # undated only on request


# ---- filters ----------------------------------------------------------------------------------


def test_filter_from_to_expands_recurring_inside_window(home):
    rows = deadlines_json(home, "--from", "2016-01-01", "--to", "2016-12-31")
    assert [(r["deadline"], r["actor"]) for r in rows] == [
        ("2016-01-15", FUND), ("2016-04-15", FUND), ("2016-06-01", LABOUR), ("2016-07-15", FUND),
        ("2016-10-15", FUND), ("2016-12-31", MINEC)]


def test_filter_status_town_body_type_source(home):
    assert {r["status"] for r in deadlines_json(home, "--status", "due")} == {"due"}
    overdue_or_due = deadlines_json(home, "--status", "overdue", "--status", "due")
    assert {r["status"] for r in overdue_or_due} == {"overdue", "due"}
    town = deadlines_json(home, "--town", "Naberezhnye Chelny")
    assert [r["deadline"] for r in town] == ["2014-10-01", "2016-06-01"]
    assert all("Naberezhnye Chelny" in r["towns"] for r in town)
    # a secondary actor counts: obligation 4 names MINEC after LABOUR
    body = deadlines_json(home, "--body", MINEC)
    assert [r["deadline"] for r in body] == ["2014-10-01", "2016-06-01", "2016-12-31"]
    assert {r["doc_type"] for r in deadlines_json(home, "--type", "order")} == {"order"}
    assert {r["source"] for r in deadlines_json(home, "--source", "res-*")} == {"res-709.pdf"}


def test_include_undated(home):
    rows = deadlines_json(home, "--include-undated", "--to", "2014-12-31")
    assert rows[-1]["status"] == "undated" and rows[-1]["deadline"] is None
    assert rows[-1]["deadline_text"] == "on an ongoing basis"
    assert [r["status"] for r in deadlines_json(home, "--status", "undated")] == ["undated"]


def test_town_and_body_aliases_accepted(home):
    by_alias = deadlines_json(home, "--body", "Minekonomrazvitiya")
    assert by_alias and by_alias == deadlines_json(home, "--body", MINEC)
    assert [r["actor"] for r in deadlines_json(home, "--body", "Ministry of Labour and Social Protection "
                                                              "of the Russian Federation")] == [LABOUR]
    by_alias = deadlines_json(home, "--town", "Tolyatti")
    assert [r["deadline"] for r in by_alias] == ["2016-06-01"]
    result = run(home, "deadlines", "--json", "--town", "Atlantis")
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert "does not know town 'Atlantis'" in result.stderr


def test_obligations_export_lists_each_once_with_undated(db):
    rows = obligation_rows(db, Filters(as_of=AS_OF, include_undated=True))
    assert len(rows) == len(OBLIGATIONS)
    assert sum(r["status"] == "undated" for r in rows) == 1


# ---- formats ----------------------------------------------------------------------------------


def test_csv_round_trips_to_json(db):
    rows = deadline_rows(db, Filters(as_of=AS_OF, include_undated=True))
    data = render(rows, "csv", DEADLINE_COLUMNS)
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens it as UTF-8
    back = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    as_json = json.loads(render(rows, "json", DEADLINE_COLUMNS))
    assert list(back[0]) == list(DEADLINE_COLUMNS)
    assert back == [{k: "" if v is None else str(v) for k, v in r.items()} for r in as_json]


def test_xlsx_round_trips_to_json(db, tmp_path):
    from openpyxl import load_workbook

    rows = deadline_rows(db, Filters(as_of=AS_OF, include_undated=True))
    path = tmp_path / "d.xlsx"
    path.write_bytes(render(rows, "xlsx", DEADLINE_COLUMNS))
    ws = load_workbook(path).active
    header = [c.value for c in ws[1]]
    assert header == list(DEADLINE_COLUMNS)
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:O{len(rows) + 1}"
    assert isinstance(ws["A2"].value, datetime)  # a real date, not text
    back = []
    for values in ws.iter_rows(min_row=2, values_only=True):
        back.append({k: v.date().isoformat() if isinstance(v, datetime) else v for k, v in zip(header, values)})
    assert back == json.loads(render(rows, "json", DEADLINE_COLUMNS))
    widths = [ws.column_dimensions[c].width for c in "ABCDO"]
    assert all(8 <= w <= 60 for w in widths)


def test_ics_one_event_per_dated_row_with_stable_uid(db):
    from icalendar import Calendar

    rows = deadline_rows(db, Filters(as_of=AS_OF, include_undated=True))
    dated = [r for r in rows if r["deadline"]]
    data = render(rows, "ics", DEADLINE_COLUMNS)
    events = Calendar.from_ical(data).walk("VEVENT")
    assert len(events) == len(dated) and len(dated) < len(rows)
    assert len({str(e["UID"]) for e in events}) == len(events)
    assert render(rows, "ics", DEADLINE_COLUMNS) == data
    first = events[0]
    assert first.decoded("DTSTART") == date.fromisoformat(dated[0]["deadline"])
    assert dated[0]["actor"] in str(first["SUMMARY"]) and dated[0]["action"] in str(first["SUMMARY"])
    assert dated[0]["source"] in str(first["DESCRIPTION"]) and dated[0]["quote"] in str(first["DESCRIPTION"])
    assert str(first["UID"]) == event_uid(dated[0])


def test_markdown_escapes_pipes(db):
    rows = deadline_rows(db, Filters(as_of=AS_OF))
    lines = render(rows, "md", DEADLINE_COLUMNS).decode().splitlines()
    assert len(lines) == len(rows) + 2
    for line in lines:
        assert line.replace("\\|", "").count("|") == len(DEADLINE_COLUMNS) + 1
    assert any("plan \\| with" in line for line in lines)


def test_entities_export(db, home):
    rows = entity_rows(db)
    assert [r["label"] for r in rows] == ["BODY", "TOWN"]  # by source file, then offset
    result = run(home, "entities", "--json", "--label", "TOWN")
    assert result.exit_code == 0, result.output
    assert [list(r) for r in json.loads(result.stdout)] == [list(ENTITY_COLUMNS)]


# ---- timeline ---------------------------------------------------------------------------------


def test_timeline_png_has_expected_size(home, tmp_path):
    from PIL import Image

    out = tmp_path / "t.png"
    result = run(home, "timeline", "-o", str(out), "--as-of", AS_OF.isoformat())
    assert result.exit_code == 0, result.output
    with Image.open(out) as img:
        assert img.format == "PNG"
        assert img.size == figure_size(3)  # three bodies have dated duties (MINFIN has none)


def test_timeline_caps_lanes_for_500_obligations(tmp_path):
    from PIL import Image

    from qa.timeline import OTHER, draw_timeline

    rows = [{"deadline": date(2015 + i % 3, 1 + i % 12, 1 + i % 28).isoformat(), "actor": f"Body {i % 40}",
             "status": ("overdue", "due", "upcoming")[i % 3]} for i in range(500)]
    lanes = lanes_for(rows)
    assert len(lanes) == 15 and lanes[-1] == OTHER
    size = draw_timeline(rows, str(tmp_path / "big.png"), AS_OF)
    with Image.open(tmp_path / "big.png") as img:
        assert img.size == size == figure_size(15)
    assert figure_size(2)[1] < figure_size(15)[1] <= figure_size(40)[1] == 1200


# ---- CLI errors -------------------------------------------------------------------------------


def test_missing_database_is_a_clean_error(tmp_path):
    result = run(tmp_path / "empty", "deadlines")
    assert result.exit_code == 1
    assert result.output.startswith("Error: no knowledge base at") and "Traceback" not in result.output


@pytest.mark.parametrize("args", [
    ["deadlines", "--status", "late"], ["deadlines", "--as-of", "2016-13-01"],
    ["deadlines", "--format", "pdf"], ["entities", "--format", "ics"],
    ["deadlines", "--from", "2017-01-01", "--to", "2016-01-01"], ["timeline"],
])
def test_bad_option_values_exit_2(home, args):
    assert run(home, *args).exit_code == 2


def test_default_is_csv_on_stdout_and_o_writes_file(home, tmp_path):
    result = run(home, "deadlines", "--as-of", AS_OF.isoformat())
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == ",".join(DEADLINE_COLUMNS)  # no BOM on stdout
    out = tmp_path / "d.ics"
    result = run(home, "deadlines", "--as-of", AS_OF.isoformat(), "-o", str(out))
    assert result.exit_code == 0 and out.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_every_export_command_has_help(home):
    for name in ("deadlines", "obligations", "entities", "timeline"):
        result = run(home, name, "--help")
        assert result.exit_code == 0 and len(result.output.splitlines()) > 5


def test_first_due_date_kept_even_before_document_date(db):
    # An extraction slip (deadline before the signing date) must stay visible, not vanish.
    db["obligations"].insert(_ob(6, 2, FUND, "send a report", "2016-02-01", "by 1 February 2016"))
    rows = deadline_rows(db, Filters(as_of=AS_OF))
    assert ("2016-02-01", FUND) in [(r["deadline"], r["actor"]) for r in rows]


def test_xlsx_survives_control_characters_from_pdfs(tmp_path):
    from openpyxl import load_workbook

    rows = [{"deadline": "2016-01-01", "actor": "A", "quote": "page\x0cbreak\x00"}]
    path = tmp_path / "c.xlsx"
    path.write_bytes(render(rows, "xlsx", DEADLINE_COLUMNS))
    assert load_workbook(path).active["O2"].value == "pagebreak"
