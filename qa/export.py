"""Deadline, obligation and entity tables leaving govkb: CSV, JSON, XLSX, Markdown, iCalendar.

Reads the database, never writes it. Rows are plain dicts keyed by the column names below; keys
starting with ``_`` (document hash, parsed dates) are for the writers and never exported.
"""

from __future__ import annotations

import calendar
import csv
import fnmatch
import hashlib
import io
import json
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, datetime, timedelta
from typing import Iterable

import sqlite_utils

from extract.deadlines import PERIOD_MONTHS  # months between due dates, by recurrence

DEADLINE_COLUMNS = (
    "deadline", "status", "actor", "action", "towns", "source", "doc_type", "doc_number", "doc_date",
    "title", "clause", "page", "deadline_text", "recurrence", "quote",
)
ENTITY_COLUMNS = (
    "label", "text", "normalized", "source", "doc_type", "doc_number", "doc_date", "page", "clause",
    "start", "end",
)
STATUSES = ("overdue", "due", "upcoming", "undated")
FORMATS = ("csv", "json", "xlsx", "md", "ics")
DOC_TYPES = ("resolution", "order", "instruction", "minutes", "other")
DATE_COLUMNS = ("deadline", "doc_date")  # written as real dates in XLSX
INT_COLUMNS = ("page", "start", "end")
TOWN_SEPARATOR = "; "


class ExportError(Exception):
    "An export cannot be produced (no database, nothing to export, unsupported format)."


@dataclass
class Filters:
    """What to keep and how to judge status. Names are canonicalised before matching."""

    as_of: date
    soon: int = 30
    town: str | None = None
    body: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    statuses: tuple[str, ...] = ()
    doc_type: str | None = None
    source: str | None = None
    include_undated: bool = False


def status_of(deadline: date | None, as_of: date, soon: int = 30) -> str:
    """overdue (before as_of), due (within ``soon`` days), upcoming (later) or undated."""
    if deadline is None:
        return "undated"
    if deadline < as_of:
        return "overdue"
    if deadline <= as_of + timedelta(days=soon):
        return "due"
    return "upcoming"


def add_months(day: date, months: int, anchor_day: int | None = None) -> date:
    """``day`` moved by ``months``, the day of month clamped to the month's length."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(anchor_day or day.day, last))


def expand_recurrence(first: date, recurrence: str | None, start: date, end: date) -> list[date]:
    """Due dates of a duty first due on ``first``, repeating by ``recurrence``, within [start, end]."""
    if not recurrence:
        return [first] if start <= first <= end else []
    dates: list[date] = []
    k = 0
    while True:
        if recurrence == "weekly":
            due = first + timedelta(weeks=k)
        elif recurrence in PERIOD_MONTHS:
            due = add_months(first, k * PERIOD_MONTHS[recurrence], anchor_day=first.day)
        else:  # an unknown recurrence: keep the first due date only
            return [first] if start <= first <= end else []
        if due > end:
            return dates
        if due >= start:
            dates.append(due)
        k += 1


def _iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _json_list(value: str | None) -> list[str]:
    if not value:
        return []
    try:
        items = json.loads(value)
    except ValueError:
        return [value]
    return [str(i) for i in items] if isinstance(items, list) else [str(items)]


@lru_cache(maxsize=4096)
def _canonical(kind: str, name: str | None) -> str | None:
    """The gazetteer's canonical name for a town or body (aliases accepted), else the name given."""
    if not name:
        return None
    try:
        from extract.gazetteer import load_gazetteer
    except ImportError:
        return name
    gaz = load_gazetteer()
    found = gaz.canonical_town(name) if kind == "town" else gaz.canonical_body(name)
    return found or name


def unknown_names(f: Filters) -> list[str]:
    """The --town/--body values the gazetteer does not know (they can only match verbatim)."""
    try:
        from extract.gazetteer import load_gazetteer
    except ImportError:
        return []
    gaz = load_gazetteer()
    unknown = []
    if f.town and not gaz.canonical_town(f.town):
        unknown.append(f"town {f.town!r}")
    if f.body and not gaz.canonical_body(f.body):
        unknown.append(f"body {f.body!r}")
    return unknown


def _same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and a.casefold().strip() == b.casefold().strip()


def _same_name(kind: str, stored: str | None, wanted: str | None) -> bool:
    """A stored town/body matches the filter as written or once both are canonical."""
    return _same(stored, wanted) or _same(_canonical(kind, stored), wanted)


def open_existing(path: str) -> sqlite_utils.Database:
    """The knowledge base at ``path``; ExportError if nothing has been ingested there."""
    from pathlib import Path

    from index.schema import open_db

    if not Path(path).exists():
        raise ExportError(f"no knowledge base at {path}: run `govkb ingest` first")
    return open_db(str(path))


_OBLIGATIONS_SQL = """
select o.*, d.sha256 as doc_sha256, d.source as doc_source, d.doc_type as doc_doc_type,
       d.number as doc_number, d.date as doc_date, d.title as doc_title
from obligations o join documents d on d.id = o.document_id
order by o.document_id, o.seq, o.id
"""


def _obligation_records(db: sqlite_utils.Database) -> list[dict]:
    return [dict(r) for r in db.query(_OBLIGATIONS_SQL)]


def _keep_document_and_names(rec: dict, f: Filters, town: str | None, body: str | None) -> bool:
    if f.doc_type and not _same(rec["doc_doc_type"], f.doc_type):
        return False
    if f.source and not fnmatch.fnmatch((rec["doc_source"] or "").casefold(), f.source.casefold()):
        return False
    if town and not any(_same_name("town", t, town) for t in _json_list(rec["towns"])):
        return False
    if body:
        actors = _json_list(rec["actors"]) or ([rec["actor"]] if rec["actor"] else [])
        if not any(_same_name("body", a, body) for a in actors + [rec["actor"]]):
            return False
    return True


def _row(rec: dict, due: date | None, f: Filters) -> dict:
    return {
        "deadline": due.isoformat() if due else None,
        "status": status_of(due, f.as_of, f.soon),
        "actor": rec["actor"],
        "action": rec["action"],
        "towns": TOWN_SEPARATOR.join(_json_list(rec["towns"])) or None,
        "source": rec["doc_source"],
        "doc_type": rec["doc_doc_type"],
        "doc_number": rec["doc_number"],
        "doc_date": rec["doc_date"],
        "title": rec["doc_title"],
        "clause": rec["clause"],
        "page": rec["page"],
        "deadline_text": rec["deadline_text"],
        "recurrence": rec["recurrence"],
        "quote": rec["text"],
        "_sha256": rec["doc_sha256"],
    }


def _sort(rows: list[dict]) -> list[dict]:
    # Dated rows by date, undated last; then actor, source, clause for a stable order.
    return sorted(rows, key=lambda r: (r["deadline"] is None, r["deadline"] or "", (r["actor"] or "").casefold(),
                                       r["source"] or "", r["clause"] or ""))


def deadline_rows(db: sqlite_utils.Database, f: Filters) -> list[dict]:
    """One row per due date (recurring duties expanded inside the window), filtered and sorted."""
    records = _obligation_records(db)
    town, body = _canonical("town", f.town), _canonical("body", f.body)
    fixed = [d for r in records if not r["recurrence"] and (d := _iso(r["deadline"]))]
    fixed = fixed or [d for r in records if (d := _iso(r["deadline"]))]
    default_end = add_months(max(fixed) if fixed else f.as_of, 12)  # one calendar year after (31 Dec 2023 -> 31 Dec 2024)
    rows = []
    for rec in records:
        if not _keep_document_and_names(rec, f, town, body):
            continue
        first = _iso(rec["deadline"])
        if first is None:
            if f.include_undated or "undated" in f.statuses:
                rows.append(_row(rec, None, f))
            continue
        # The document date normally precedes the first due date; never drop the first one.
        start = f.date_from or min(_iso(rec["doc_date"]) or first, first)
        end = f.date_to or default_end
        for due in expand_recurrence(first, rec["recurrence"], start, end):
            rows.append(_row(rec, due, f))
    if f.statuses:
        rows = [r for r in rows if r["status"] in f.statuses]
    return _sort(rows)


def obligation_rows(db: sqlite_utils.Database, f: Filters) -> list[dict]:
    """Every obligation once (first due date, no expansion), dated or not, filtered and sorted."""
    town, body = _canonical("town", f.town), _canonical("body", f.body)
    rows = []
    for rec in _obligation_records(db):
        if not _keep_document_and_names(rec, f, town, body):
            continue
        due = _iso(rec["deadline"])
        if due and ((f.date_from and due < f.date_from) or (f.date_to and due > f.date_to)):
            continue
        rows.append(_row(rec, due, f))
    if f.statuses:
        rows = [r for r in rows if r["status"] in f.statuses]
    return _sort(rows)


def entity_rows(db: sqlite_utils.Database, label: str | None = None, doc_type: str | None = None,
                source: str | None = None) -> list[dict]:
    """Every entity with its document and position, in document order."""
    sql = """
    select e.label, e.text, e.normalized, d.source, d.doc_type, d.number as doc_number,
           d.date as doc_date, e.page, e.clause, e.start, e."end"
    from entities e join documents d on d.id = e.document_id
    order by d.source, e.start, e.id
    """
    rows = []
    for r in db.query(sql):
        if label and not _same(r["label"], label):
            continue
        if doc_type and not _same(r["doc_type"], doc_type):
            continue
        if source and not fnmatch.fnmatch((r["source"] or "").casefold(), source.casefold()):
            continue
        rows.append(dict(r))
    return rows


# ---- writers: rows -> bytes -------------------------------------------------------------------


def _public(row: dict, columns: Iterable[str]) -> dict:
    return {c: row.get(c) for c in columns}


def to_json(rows: list[dict], columns: tuple[str, ...]) -> bytes:
    return (json.dumps([_public(r, columns) for r in rows], ensure_ascii=False, indent=1) + "\n").encode()


def to_csv(rows: list[dict], columns: tuple[str, ...], bom: bool = True) -> bytes:
    """UTF-8 CSV with a header; the BOM makes Excel read it as UTF-8."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow(["" if r.get(c) is None else r.get(c) for c in columns])
    return ("\ufeff" if bom else "").encode() + buf.getvalue().encode()


def _md_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|")


def to_markdown(rows: list[dict], columns: tuple[str, ...]) -> bytes:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_md_cell(r.get(c)) for c in columns) + " |" for r in rows]
    return ("\n".join(lines) + "\n").encode()


def to_xlsx(rows: list[dict], columns: tuple[str, ...], sheet: str = "govkb") -> bytes:
    """A workbook with a bold, frozen, filterable header; dates as dates; widths fitted (capped)."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(list(columns))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in rows:
        values = []
        for c in columns:
            v = r.get(c)
            if c in DATE_COLUMNS and v:
                v = _iso(v) or v
            elif isinstance(v, str):
                v = ILLEGAL_CHARACTERS_RE.sub("", v)  # control characters from PDFs break the file
            values.append(v)
        ws.append(values)
    for i, c in enumerate(columns, start=1):
        letter = get_column_letter(i)
        if c in DATE_COLUMNS:
            for cell in ws[letter][1:]:
                if isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
        longest = max([len(c)] + [len(str(r.get(c) or "")) for r in rows])
        ws.column_dimensions[letter].width = min(max(longest + 2, 8), 60)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def event_uid(row: dict) -> str:
    """Stable across runs: the document's hash, the clause, the actor and the due date."""
    key = "|".join(str(row.get(k) or "") for k in ("_sha256", "clause", "actor", "deadline"))
    return hashlib.sha1(key.encode()).hexdigest() + "@govkb"


def _event_description(r: dict) -> str:
    """The quote, then where it comes from: "Order No. 2388-r of 2015-11-24 (file.pdf), clause 4, p. 1"."""
    doc = " ".join(x for x in (
        (r.get("doc_type") or "document").capitalize(),
        f"No. {r['doc_number']}" if r.get("doc_number") else "",
        f"of {r['doc_date']}" if r.get("doc_date") else "",
    ) if x)
    where = [f"{doc} ({r.get('source')})"]
    if r.get("clause"):
        where.append(f"clause {r['clause']}")
    if r.get("page"):
        where.append(f"p. {r['page']}")
    lines = [r.get("quote") or "", "Source: " + ", ".join(where)]
    if r.get("deadline_text"):
        lines.append(f"Deadline as written: {r['deadline_text']}")
    if r.get("recurrence"):
        lines.append(f"Repeats: {r['recurrence']}")
    return "\n".join(line for line in lines if line)


def to_ics(rows: list[dict], columns: tuple[str, ...] = DEADLINE_COLUMNS) -> bytes:
    """One all-day VEVENT per dated row; undated rows have no place in a calendar."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//govkb//deadlines//EN")
    cal.add("version", "2.0")
    stamp = datetime(2000, 1, 1)  # fixed DTSTAMP keeps the file identical across runs
    for r in rows:
        due = _iso(r.get("deadline"))
        if due is None:
            continue
        ev = Event()
        ev.add("uid", event_uid(r))
        ev.add("dtstamp", stamp)
        ev.add("dtstart", due)
        ev.add("dtend", due + timedelta(days=1))
        actor = r.get("actor") or "(no actor)"
        ev.add("summary", f"{actor}: {r.get('action') or ''}".strip())
        ev.add("description", _event_description(r))
        if r.get("status"):
            ev.add("categories", [r["status"]])
        cal.add_component(ev)
    return cal.to_ical()


def render(rows: list[dict], fmt: str, columns: tuple[str, ...], bom: bool = True) -> bytes:
    """The rows in ``fmt`` (csv, json, xlsx, md, ics)."""
    if fmt == "csv":
        return to_csv(rows, columns, bom=bom)
    if fmt == "json":
        return to_json(rows, columns)
    if fmt == "xlsx":
        return to_xlsx(rows, columns)
    if fmt == "md":
        return to_markdown(rows, columns)
    if fmt == "ics":
        if "deadline" not in columns:
            raise ExportError("ics needs rows with a deadline: use it with deadlines or obligations")
        return to_ics(rows, columns)
    raise ExportError(f"unknown format {fmt!r}")
