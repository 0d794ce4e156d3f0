"""``govkb extract``: entities and obligations from files (or JSON Lines on stdin), no database."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Iterator

import click


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form")


@click.command("extract")
@click.argument("files", nargs=-1, required=True)
@click.option("--date", "date_", callback=_check_date, metavar="YYYY-MM-DD",
              help="Document date for resolving relative deadlines (default: the date in the document).")
@click.option("--json", "json_", is_flag=True, help="One JSON object per file, one per line.")
def extract(files: tuple[str, ...], date_: str | None, json_: bool) -> None:
    """Extract entities and obligations from PDF or .txt FILES without touching the database.

    FILE "-" reads JSON Lines {"id", "text", "date"} from stdin and writes one object per line.
    """
    from extract.pipeline import extract_document, load_nlp

    nlp = load_nlp()
    failed = False
    for source, doc, date, error in _documents(files, date_):
        if error:
            click.echo(f"Error: {source}: {error}", err=True)
            failed = True
            continue
        result = extract_document(doc, date=date, nlp=nlp).to_dict()
        if source is not None:
            result["source"] = source
        if json_:
            click.echo(json.dumps(result, ensure_ascii=False))
        else:
            _print_table(result)
    if failed:
        sys.exit(1)


def _documents(files: tuple[str, ...], date_: str | None) -> Iterator[tuple]:
    """(source override, Document, date, error) for each file or stdin line."""
    from ingest.errors import IngestError
    from ingest.parse import parse_file, parse_text

    for name in files:
        if name == "-":
            for n, line in enumerate(sys.stdin, 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                    ident = str(item["id"])
                    doc = parse_text(item["text"], ident)
                except (ValueError, KeyError, TypeError) as e:
                    yield f"<stdin>:{n}", None, None, f"bad JSON line ({e.__class__.__name__}: {e})"
                    continue
                yield ident, doc, date_ or item.get("date"), None
            continue
        try:
            yield None, parse_file(name), date_, None
        except IngestError as e:
            yield name, None, None, str(e)
        except OSError as e:
            yield name, None, None, e.strerror or str(e)


def _print_table(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    meta = result["document"]
    console.print(f"[bold]{result['source']}[/bold]  {meta.get('doc_type')} No. {meta.get('number')} "
                  f"of {meta.get('date')}  {meta.get('issuer') or ''}")
    table = Table("Clause", "Actor", "Action", "Deadline", "Recurrence", show_lines=False)
    for o in result["obligations"]:
        table.add_row(o["clause"] or "", o["actor"] or "", o["action"], o["deadline"] or (o["deadline_text"] or ""),
                      o["recurrence"] or "")
    console.print(table)
    ents: dict[str, set[str]] = {}
    for e in result["entities"]:
        ents.setdefault(e["label"], set()).add(e["normalized"] or e["text"])
    for label, names in sorted(ents.items()):
        console.print(f"[bold]{label}[/bold]: " + "; ".join(sorted(names)))
