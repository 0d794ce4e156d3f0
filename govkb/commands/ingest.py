"""``govkb ingest``, ``docs``, ``status`` and ``check``: thin over index.pipeline / index.check."""

from __future__ import annotations

import os
import sys

import click

from govkb.commands._common import EXIT_FAILED, echo_err, echo_json, handle_errors, home_from

INGEST_HELP = """Ingest PDF and .txt files and folders (recursively) into the knowledge base.

Unchanged files are skipped (path, size and mtime, else sha256); a file whose bytes changed
replaces its old version; identical bytes under another path are recorded, not duplicated.
Safe for cron: one ingest at a time, and a run killed at any point is finished by the next.

\b
Exit codes:
  0   every file ingested (or unchanged)
  1   some files failed (named on stderr, one line each); the others are in
  2   usage error
  75  another ingest is running and --wait ran out
"""


def _progress_bar(quiet: bool):
    """A rich progress bar on a terminal; None (silent) with --quiet or when stderr is not a TTY."""
    if quiet or not sys.stderr.isatty():
        return None, None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   transient=True, console=None)
    task = bar.add_task("ingest", total=None)

    def update(done: int, total: int, path: str) -> None:
        bar.update(task, completed=done, total=total, description=os.path.basename(path)[:40])

    return bar, update


@click.command(help=INGEST_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes that parse and extract (default: the number of cores).")
@click.option("--json", "json_", is_flag=True, help="Print a JSON summary (added, updated, unchanged, failed, run_id).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line (for cron).")
@click.option("--wait", "wait", type=click.FloatRange(min=0), default=0, show_default=True,
              help="Seconds to wait for another running ingest before giving up (exit 75).")
@handle_errors
def ingest(paths: tuple[str, ...], workers: int | None, json_: bool, quiet: bool, wait: float) -> None:
    from index.pipeline import run_ingest

    bar, update = _progress_bar(quiet or json_)
    if bar is not None:
        with bar:
            summary = run_ingest(paths, home=home_from(), workers=workers, progress=update, lock_wait=wait)
    else:
        summary = run_ingest(paths, home=home_from(), workers=workers, lock_wait=wait)
    for f in summary.failed:
        echo_err(f"{f['path']}: {f['reason']}")
    if json_:
        echo_json(summary.to_dict())
    elif not quiet:
        click.echo(
            f"run {summary.run_id}: {len(summary.added)} added, {len(summary.updated)} updated, "
            f"{len(summary.unchanged)} unchanged, {len(summary.failed)} failed "
            f"({summary.pages} pages, {summary.chunks} chunks, {summary.seconds.get('total', 0):.1f}s)"
        )
    if summary.failed:
        sys.exit(EXIT_FAILED)


def _docs_rows(db) -> list[dict]:
    return list(db.query(
        """select d.id, d.source, d.doc_type, d.number, d.date, d.issuer, d.title, d.pages, d.words,
                  (select count(*) from chunks c where c.document_id = d.id) as chunks,
                  (select count(*) from obligations o where o.document_id = d.id) as obligations,
                  (select count(*) from entities e where e.document_id = d.id) as entities,
                  d.path, d.sha256, d.ingested_at
           from documents d order by d.source, d.id"""
    ))


@click.command()
@click.option("--json", "json_", is_flag=True, help="Print a JSON list.")
@handle_errors
def docs(json_: bool) -> None:
    """List ingested documents with their metadata, page, chunk and obligation counts."""
    from index.store import open_store

    rows = _docs_rows(open_store(home_from()))
    if json_:
        echo_json(rows)
        return
    if not rows:
        click.echo("No documents yet: run `govkb ingest PATH`.")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None)
    for col in ("source", "type", "number", "date", "issuer", "pages", "chunks", "oblig."):
        table.add_column(col, justify="right" if col in ("pages", "chunks", "oblig.") else "left")
    for r in rows:
        table.add_row(r["source"], r["doc_type"] or "", r["number"] or "", r["date"] or "", (r["issuer"] or "")[:40],
                      str(r["pages"]), str(r["chunks"]), str(r["obligations"]))
    Console().print(table)


@click.command()
@click.option("--json", "json_", is_flag=True, help="Print a JSON object.")
@handle_errors
def status(json_: bool) -> None:
    """Totals, the last ingest run and its errors."""
    from index.store import mark_crashed_runs, open_store

    db = open_store(home_from())
    mark_crashed_runs(db, holding_lock=False)
    totals = {t: db[t].count for t in ("documents", "pages", "chunks", "entities", "obligations")}
    runs = list(db.query("select * from ingest_runs order by id desc limit 1"))
    last = runs[0] if runs else None
    errors = list(db.query("select path, kind, reason from ingest_errors where run_id = ? order by id",
                           [last["id"]])) if last else []
    if json_:
        echo_json({"totals": totals, "last_run": last, "errors": errors})
        return
    click.echo("  ".join(f"{k}: {v}" for k, v in totals.items()))
    if last is None:
        click.echo("No ingest run yet.")
        return
    click.echo(f"last run {last['id']}: {last['status']}, started {last['started_at']}, finished "
               f"{last['finished_at'] or '-'}; {last['added']} added, {last['updated']} updated, "
               f"{last['unchanged']} unchanged, {last['failed']} failed")
    for e in errors:
        click.echo(f"  {e['path']}: {e['reason']}")


@click.command()
@click.option("--repair", is_flag=True, help="Embed missing vectors and drop stale ones (takes the ingest lock).")
@click.option("--json", "json_", is_flag=True, help="Print a JSON report.")
@click.option("--wait", "wait", type=click.FloatRange(min=0), default=0, show_default=True,
              help="With --repair: seconds to wait for a running ingest.")
@handle_errors
def check(repair: bool, json_: bool, wait: float) -> None:
    """Verify that SQLite and the FAISS index agree (counts, ids, model); exit 1 if not."""
    from index.check import check as run_check

    report = run_check(home_from(), repair=repair, lock_wait=wait)
    if json_:
        echo_json(report.to_dict())
    else:
        click.echo(f"{'ok' if report.ok else 'NOT OK'}: {report.chunks} chunks, {report.vectors} vectors"
                   f" ({report.model or 'no model'}, dim {report.dim or '-'})")
        if report.repaired:
            click.echo(f"repaired: {report.repaired}")
        for p in report.problems:
            echo_err(f"problem: {p}")
    if not report.ok:
        sys.exit(EXIT_FAILED)
