"""``govkb ask`` and ``govkb export``: read the knowledge base."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import click

from govkb.commands._common import handle_errors

# ---- govkb ask ---------------------------------------------------------------------------------

_ASK_MODES = ("hybrid", "bm25", "dense")
_ASK_TYPES = ("resolution", "order", "instruction", "minutes", "other")
_ASK_DATE = click.DateTime(formats=["%Y-%m-%d"])
_ASK_FILTERS = ("town", "body", "doc_type", "date_from", "date_to", "due_from", "due_to")


def _searcher(ctx: click.Context, as_of: date | None):
    from govkb.commands._common import GovkbError, home_from
    from qa.search import NoKnowledgeBase, Searcher

    try:
        return Searcher(home_from(ctx), as_of=as_of)
    except NoKnowledgeBase as e:
        raise GovkbError(str(e)) from e


def _answer(searcher, question: str, k: int, mode: str, filters: dict) -> dict:
    from govkb.commands._common import GovkbError
    from qa.answer import ask as answer_question
    from qa.search import BadSearch

    try:
        return answer_question(searcher, question, k=k, mode=mode, **filters)
    except BadSearch as e:
        raise GovkbError(str(e)) from e


def _render(result: dict, console) -> None:
    """The human view of an answer: the answer line, cited passages with the question's words
    highlighted, and the obligations in them."""
    from rich.table import Table
    from rich.text import Text

    from qa.question import words

    if not result["hits"]:
        console.print(Text(f"No matches for: {result['question']}"))
        return
    if result["answer"]:
        console.print(Text("Answer: ", style="bold green") + Text(result["answer"]))
        console.print()
    terms = [w for w in words(result["question"]) if len(w) > 2]
    for n, hit in enumerate(result["hits"], 1):
        where = f"{hit['source']}, p. {hit['page']}" + (f", clause {hit['clause']}" if hit["clause"] else "")
        doc = " ".join(str(x) for x in (hit["doc_type"], hit["doc_number"], hit["doc_date"]) if x)
        head = Text(f"[{n}] ", style="bold") + Text(where, style="cyan")
        head += Text(f"  {hit['title'] or ''} ({doc})  score {hit['score']:.4f}", style="dim")
        console.print(head)
        body = hit["text"] if len(hit["text"]) <= 700 else hit["text"][:700] + " ..."
        text = Text(body)
        text.highlight_words(terms, style="bold yellow", case_sensitive=False)
        console.print(text)
        console.print()
    if result["obligations"]:
        table = Table(title="Obligations in these passages", show_lines=False)
        for col in ("Actor", "Action", "Deadline", "Source"):
            table.add_column(col)
        for ob in result["obligations"]:
            where = ob["source"] + (f" cl. {ob['clause']}" if ob.get("clause") else f" p. {ob['page']}")
            table.add_row(Text(ob.get("actor") or "?"), Text(ob.get("action") or ""),
                          Text(ob.get("deadline") or ob.get("deadline_text") or ""), Text(where))
        console.print(table)


def _emit_answer(result: dict, json_: bool, console, compact: bool = False) -> None:
    import json

    if json_:
        click.echo(json.dumps(result, ensure_ascii=False, indent=None if compact else 2, default=str))
    else:
        _render(result, console)


def _batch_questions(stream):
    """(id, question) per non-blank line: plain text, or JSON Lines {"id", "q"}."""
    import json

    for n, line in enumerate(stream, 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("{"):
            try:
                obj = json.loads(line)
            except ValueError:
                obj = None
            if isinstance(obj, dict):
                yield (None if obj.get("id") is None else str(obj["id"])), str(obj.get("q") or "")
                continue
        yield None, line


def _repl(searcher, run) -> None:
    """An interactive prompt with readline history in the govkb home; ``:quit`` leaves."""
    try:
        import readline
    except ImportError:  # pragma: no cover - not on this platform
        readline = None
    history = searcher.db_path.parent / "ask_history" if getattr(searcher, "db_path", None) else None
    if readline and history:
        try:
            readline.read_history_file(history)
        except OSError:
            pass
    searcher.warm_up()
    click.echo("Ask a question (:quit to leave).", err=True)
    try:
        while True:
            try:
                line = input("govkb> ").strip()
            except (EOFError, KeyboardInterrupt):
                click.echo("", err=True)
                break
            if line in (":quit", ":q", ":exit"):
                break
            if line:
                run(line)
    finally:
        if readline and history:
            try:
                readline.write_history_file(history)
            except OSError:
                pass


@click.command()
@click.argument("question", nargs=-1)
@click.option("-k", "k", type=click.IntRange(1, 100), default=5, show_default=True, help="Passages to show.")
@click.option("--json", "json_", is_flag=True, help="One JSON answer object (JSON Lines with --batch).")
@click.option("--mode", type=click.Choice(_ASK_MODES), default="hybrid", show_default=True,
              help="Ranking: fused, keywords only, or vectors only.")
@click.option("--batch", type=click.File("r", encoding="utf-8"),
              help="Answer each line of FILE (- for stdin): plain text or JSON Lines {\"id\", \"q\"}.")
@click.option("--as-of", "as_of", type=_ASK_DATE, help="Read 'this quarter', 'overdue' against this day (default: today).")
@click.option("--town", help="Only documents about this town (canonical name or alias).")
@click.option("--body", help="Only documents issued by or naming this body (canonical name or alias).")
@click.option("--type", "doc_type", type=click.Choice(_ASK_TYPES), help="Only documents of this type.")
@click.option("--from", "date_from", type=_ASK_DATE, help="Documents dated on or after this day.")
@click.option("--to", "date_to", type=_ASK_DATE, help="Documents dated on or before this day.")
@click.option("--due-from", "due_from", type=_ASK_DATE, help="Passages with an obligation due on or after this day.")
@click.option("--due-to", "due_to", type=_ASK_DATE, help="Passages with an obligation due on or before this day.")
@click.pass_context
@handle_errors
def ask(ctx: click.Context, question: tuple[str, ...], k: int, json_: bool, mode: str, batch, as_of, **kw) -> None:
    """Answer QUESTION with ranked, cited passages and the obligations in them.

    With no QUESTION, opens an interactive prompt (history kept, :quit to leave).
    """
    text = " ".join(question)
    if question and not text.strip():
        raise click.UsageError("the question is empty")
    if question and batch:
        raise click.UsageError("give a QUESTION or --batch, not both")
    filters = {key: (v.date() if isinstance(v, datetime) else v) for key, v in kw.items() if key in _ASK_FILTERS}
    searcher = _searcher(ctx, as_of.date() if as_of else None)
    from rich.console import Console

    console = Console(highlight=False)
    if batch:
        for qid, q in _batch_questions(batch):
            if q.strip():
                result = _answer(searcher, q, k, mode, filters)
            else:
                result = {"question": q, "answer": None, "hits": [], "obligations": [], "error": "empty question"}
            if qid is not None:
                result = {"id": qid, **result}
            _emit_answer(result, json_, console, compact=True)
        return
    if not question:
        _repl(searcher, lambda q: _emit_answer(_answer(searcher, q, k, mode, filters), json_, console))
        return
    _emit_answer(_answer(searcher, text, k, mode, filters), json_, console)


# The `ask` command (search engineer) goes above this line.

# ---- govkb export ------------------------------------------------------------------------------

_FORMATS = ("csv", "json", "xlsx", "md", "ics")
_STATUSES = ("overdue", "due", "upcoming", "undated")
_DOC_TYPES = ("resolution", "order", "instruction", "minutes", "other")
_ISO_DATE = click.DateTime(formats=["%Y-%m-%d"])


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


def _filter_options(fn):
    """The filters every deadline/obligation export and the timeline share."""
    options = [
        click.option("--as-of", "as_of", type=_ISO_DATE, help="Judge status against this day (default: today)."),
        click.option("--soon", type=click.IntRange(min=0), default=30, show_default=True,
                     help="'due' means within this many days of --as-of."),
        click.option("--town", help="Only duties concerning this town (canonical name or alias)."),
        click.option("--body", help="Only duties of this body (canonical name or alias)."),
        click.option("--from", "date_from", type=_ISO_DATE, help="Deadlines on or after this day."),
        click.option("--to", "date_to", type=_ISO_DATE, help="Deadlines on or before this day."),
        click.option("--status", "statuses", type=click.Choice(_STATUSES), multiple=True,
                     help="Only these statuses (repeatable)."),
        click.option("--type", "doc_type", type=click.Choice(_DOC_TYPES), help="Only documents of this type."),
        click.option("--source", help="Only documents whose file name matches (glob, e.g. '*2016*')."),
        click.option("--include-undated", is_flag=True, help="Also list duties without a deadline."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _format_options(fn):
    fn = click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
                      help="Write to this file (default: stdout).")(fn)
    fn = click.option("--json", "json_", is_flag=True, help="Same as --format json.")(fn)
    fn = click.option("--format", "fmt", type=click.Choice(_FORMATS),
                      help="Output format (default: from the -o extension, else csv).")(fn)
    return fn


def _filters(kw: dict):
    from qa.export import Filters

    if kw["date_from"] and kw["date_to"] and kw["date_from"] > kw["date_to"]:
        raise click.BadParameter("--from is after --to", param_hint="--from/--to")
    return Filters(
        as_of=_day(kw["as_of"]) or date.today(), soon=kw["soon"], town=kw["town"], body=kw["body"],
        date_from=_day(kw["date_from"]), date_to=_day(kw["date_to"]), statuses=tuple(kw["statuses"]),
        doc_type=kw["doc_type"], source=kw["source"], include_undated=kw["include_undated"],
    )


def _open(ctx: click.Context):
    from govkb.commands._common import home_from
    from govkb.config import db_path
    from qa.export import ExportError, open_existing

    try:
        return open_existing(str(db_path(home_from(ctx), create=False)))
    except ExportError as e:
        raise click.ClickException(str(e))


def _emit(rows: list[dict], columns: tuple[str, ...], fmt: str | None, json_: bool, output: Path | None) -> None:
    from qa.export import ExportError, render

    if json_:
        fmt = "json"
    if not fmt:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        suffix = {"markdown": "md", "ical": "ics"}.get(suffix, suffix)
        fmt = suffix if suffix in _FORMATS else "csv"
    if fmt == "xlsx" and output is None and sys.stdout.isatty():
        raise click.ClickException("xlsx is binary: give -o FILE or redirect stdout")
    try:
        # A BOM helps Excel open a CSV file; on stdout it would only confuse pipes.
        data = render(rows, fmt, columns, bom=output is not None)
    except ExportError as e:
        raise click.ClickException(str(e))
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        output.write_bytes(data)
    except OSError as e:
        raise click.ClickException(f"{output}: {e.strerror}")
    click.echo(f"{len(rows)} rows -> {output}", err=True)


def _warn_if_empty(rows: list[dict], filters) -> None:
    """An empty export because of a misspelt name deserves a word on stderr."""
    from qa.export import unknown_names

    if not rows and (names := unknown_names(filters)):
        click.echo(f"note: no rows; the gazetteer does not know {' or '.join(names)}", err=True)


@click.group("export")
def export() -> None:
    """Export deadlines, obligations or entities (CSV, JSON, XLSX, Markdown, ICS) or a timeline PNG."""


@export.command("deadlines")
@_format_options
@_filter_options
@click.pass_context
@handle_errors
def export_deadlines(ctx: click.Context, fmt: str | None, json_: bool, output: Path | None, **kw) -> None:
    """Who must do what by when: one row per due date, recurring duties expanded, sorted by date.

    Without --from/--to a recurring duty repeats from its document's date to one year after the
    latest deadline in the knowledge base.
    """
    from qa.export import DEADLINE_COLUMNS, deadline_rows

    filters = _filters(kw)
    rows = deadline_rows(_open(ctx), filters)
    _warn_if_empty(rows, filters)
    _emit(rows, DEADLINE_COLUMNS, fmt, json_, output)


@export.command("obligations")
@_format_options
@_filter_options
@click.pass_context
@handle_errors
def export_obligations(ctx: click.Context, fmt: str | None, json_: bool, output: Path | None, **kw) -> None:
    """Every obligation once, with or without a deadline (recurring ones at their first due date)."""
    from qa.export import DEADLINE_COLUMNS, obligation_rows

    filters = _filters(kw)
    filters.include_undated = True
    rows = obligation_rows(_open(ctx), filters)
    _warn_if_empty(rows, filters)
    _emit(rows, DEADLINE_COLUMNS, fmt, json_, output)


@export.command("entities")
@_format_options
@click.option("--label", type=click.Choice(["TOWN", "REGION", "BODY", "PERSON", "DATE", "MEASURE"]),
              help="Only entities with this label.")
@click.option("--type", "doc_type", type=click.Choice(_DOC_TYPES), help="Only documents of this type.")
@click.option("--source", help="Only documents whose file name matches (glob).")
@click.pass_context
@handle_errors
def export_entities(ctx: click.Context, fmt: str | None, json_: bool, output: Path | None, label: str | None,
                    doc_type: str | None, source: str | None) -> None:
    """Every entity (towns, regions, bodies, people, dates, measures) with its document and offsets."""
    from qa.export import ENTITY_COLUMNS, entity_rows

    if fmt == "ics":
        raise click.UsageError("entities have no dates to put in a calendar: choose csv, json, xlsx or md")
    rows = entity_rows(_open(ctx), label=label, doc_type=doc_type, source=source)
    _emit(rows, ENTITY_COLUMNS, fmt, json_, output)


@export.command("timeline")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="PNG file to write.")
@click.option("--lanes", type=click.IntRange(min=2, max=40), default=15, show_default=True,
              help="At most this many lanes; the least busy bodies share 'other'.")
@_filter_options
@click.pass_context
@handle_errors
def export_timeline(ctx: click.Context, output: Path, lanes: int, **kw) -> None:
    """Deadlines on a time axis, one lane per body, overdue ones marked (PNG)."""
    from qa.export import deadline_rows
    from qa.timeline import draw_timeline

    filters = _filters(kw)
    rows = deadline_rows(_open(ctx), filters)
    try:
        width, height = draw_timeline(rows, str(output), filters.as_of, max_lanes=lanes)
    except ValueError as e:
        raise click.ClickException(str(e))
    except OSError as e:
        raise click.ClickException(f"{output}: {e.strerror}")
    click.echo(f"{sum(1 for r in rows if r['deadline'])} deadlines -> {output} ({width}x{height})", err=True)
