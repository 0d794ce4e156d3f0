"""``govkb eval``: extraction and retrieval figures over the corpus gold annotations."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import click


@click.command("eval")
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="all", show_default=True,
              help="Which documents to score (tune only on dev).")
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Corpus folder with pdfs/, gold/, questions/ (default: the checkout's corpus/).")
@click.option("--no-retrieval", is_flag=True, help="Skip the search evaluation (no index is built).")
@click.option("--errors", "show_errors", is_flag=True, help="Also list every mismatch (for dev analysis).")
@click.option("--against", "other_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Score a second annotator's gold files (<id>.json) in this folder instead of govkb's output: "
                   "the agreement between two annotators (no extraction, no retrieval).")
@click.option("--json", "json_", is_flag=True, help="Print the figures as one JSON object.")
@click.pass_context
def eval_(ctx: click.Context, split: str, corpus_dir: Path | None, no_retrieval: bool,
          show_errors: bool, other_dir: Path | None, json_: bool) -> None:
    """Score extraction (entities, obligations, deadlines, metadata) and retrieval (recall@1/@5, MRR
    for BM25, dense and hybrid search) against corpus/gold and corpus/questions.

    Retrieval is measured on a knowledge base built from the whole corpus in a temporary folder
    (or in --home when given), so the analyst's own database is never touched.

    With --against DIR, a second annotator's gold files are scored in govkb's place: how far two people
    following corpus/ANNOTATION.md agree, the ceiling the extraction figures are read against.
    """
    from qa.evaluate import (EvalError, default_corpus_dir, load_gold, run_agreement_eval, run_extraction_eval,
                             run_retrieval_eval)

    corpus = corpus_dir or default_corpus_dir()
    try:
        gold = load_gold(corpus, split)
    except EvalError as e:
        raise click.ClickException(str(e))
    if not gold:
        raise click.ClickException(f"{corpus}: no gold documents in split {split!r}")
    if other_dir is not None:
        try:
            report = run_agreement_eval(gold, other_dir, keep_errors=show_errors, split=split)
        except EvalError as e:
            raise click.ClickException(str(e))
        _emit(report, show_errors, json_)
        return
    missing = [g.source for g in gold if not g.path.exists()]
    if missing:
        raise click.ClickException(f"{corpus / 'pdfs'}: missing PDFs for gold: {', '.join(missing)}")

    quiet = json_ or not sys.stderr.isatty()
    report = run_extraction_eval(
        gold, keep_errors=show_errors, split=split,
        progress=None if quiet else (lambda s: click.echo(f"extracting {s}", err=True)),
    )
    if not no_retrieval:
        home = (ctx.obj or {}).get("home")
        if home:
            report.retrieval = run_retrieval_eval(corpus, gold, Path(home))
        else:
            with tempfile.TemporaryDirectory(prefix="govkb-eval-") as tmp:
                report.retrieval = run_retrieval_eval(corpus, gold, Path(tmp))

    _emit(report, show_errors, json_)


def _emit(report, show_errors: bool, json_: bool) -> None:
    result = report.to_dict()
    if show_errors:
        result["errors"] = report.errors
    if json_:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    _print_report(result)


def _print_report(r: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(f"[bold]govkb eval[/bold]: split={r['split']}, {r['documents']} documents")
    t = Table(title="Entities (distinct label+normalized per document)")
    for col in ("label", "P", "R", "F1", "tp", "fp", "fn"):
        t.add_column(col, justify="right" if col != "label" else "left")
    for label, s in r["entities"].items():
        t.add_row(label, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
                  str(s["tp"]), str(s["fp"]), str(s["fn"]), style="bold" if label == "core" else None)
    console.print(t)
    o = r["obligations"]
    console.print(f"Obligations: P {o['precision']:.3f}  R {o['recall']:.3f}  F1 {o['f1']:.3f}  "
                  f"(tp {o['tp']}, fp {o['fp']}, fn {o['fn']})")
    console.print(f"Deadline accuracy: {r['deadline_accuracy']:.3f}   "
                  f"Recurrence accuracy: {r['recurrence_accuracy']:.3f}")
    m = r["metadata"]
    fields = ", ".join(f"{k} {v:.2f}" for k, v in m["fields"].items())
    console.print(f"Metadata accuracy: {m['accuracy']:.3f} ({fields})")
    if "retrieval" in r:
        rt = Table(title=f"Retrieval ({r['retrieval']['questions']} questions)")
        for col in ("mode", "recall@1", "recall@5", "MRR"):
            rt.add_column(col)
        for mode in ("bm25", "dense", "hybrid"):
            s = r["retrieval"][mode]
            rt.add_row(mode, f"{s['recall@1']:.3f}", f"{s['recall@5']:.3f}", f"{s['mrr']:.3f}")
        console.print(rt)
    for e in r.get("errors", []):
        console.print(json.dumps(e, ensure_ascii=False), markup=False)
