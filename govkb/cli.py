"""The ``govkb`` command. Thin: each command parses options, calls a package, formats output.

Commands live in modules by area (``govkb/commands/*.py``) and are imported only when invoked,
so ``govkb --help`` loads nothing heavy.
"""

from __future__ import annotations

import importlib

import click

from govkb import __version__

# command name -> (module, attribute, one-line help)
COMMANDS = {
    "ingest": ("govkb.commands.ingest", "ingest", "Ingest PDF and .txt files and folders into the knowledge base."),
    "docs": ("govkb.commands.ingest", "docs", "List ingested documents with their metadata."),
    "status": ("govkb.commands.ingest", "status", "Totals, the last ingest run and its errors."),
    "check": ("govkb.commands.ingest", "check", "Verify that SQLite and the FAISS index agree (--repair rebuilds)."),
    "extract": ("govkb.commands.extract", "extract", "Extract entities and obligations from files, without the database."),
    "ask": ("govkb.commands.qa", "ask", "Answer a question with ranked, cited passages and obligations."),
    "export": ("govkb.commands.qa", "export", "Export deadlines, obligations or entities (CSV, JSON, XLSX, Markdown, ICS, PNG)."),
    "eval": ("govkb.commands.evaluate", "eval_", "Score extraction and retrieval against the corpus gold annotations."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attr, _ = COMMANDS[name]
        return getattr(importlib.import_module(module), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, help_) for name, (_, _, help_) in COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govkb")
@click.option(
    "--home",
    type=click.Path(file_okay=False),
    envvar="GOVKB_HOME",
    help="Data folder (default: $GOVKB_HOME, else ~/.local/share/govkb).",
)
@click.pass_context
def cli(ctx: click.Context, home: str | None) -> None:
    """govkb: who must do what, by when, in a folder of policy documents."""
    ctx.ensure_object(dict)
    ctx.obj["home"] = home
