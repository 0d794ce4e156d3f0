"""Helpers every command module shares: home resolution, JSON output, one error path.

Expected failures are raised as ``GovkbError`` (or a package's own named exceptions, mapped in
``ERROR_TYPES``) and printed as one ``Error: ...`` line with a documented exit code; nothing here
imports anything heavy.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any, Callable

import click

EXIT_OK = 0
EXIT_FAILED = 1  # some inputs failed, or a check found a problem
EXIT_USAGE = 2  # click's own code for usage errors
EXIT_LOCKED = 75  # EX_TEMPFAIL: another ingest holds the lock


class GovkbError(click.ClickException):
    """An expected failure: printed as ``Error: <message>``, exit ``exit_code`` (default 1)."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED):
        super().__init__(message)
        self.exit_code = exit_code


def home_from(ctx: click.Context | None = None) -> Path:
    """The govkb home for this invocation: ``--home``, else ``GOVKB_HOME``, else the default."""
    from govkb.config import home_dir

    ctx = ctx or click.get_current_context(silent=True)
    home = None
    if ctx is not None:
        root = ctx.find_root()
        if isinstance(root.obj, dict):
            home = root.obj.get("home")
    return home_dir(home, create=False)  # writers create it; a typo in --home leaves nothing behind


def echo_json(obj: Any) -> None:
    """Print ``obj`` as indented JSON on stdout (dates and paths as strings)."""
    click.echo(json.dumps(obj, indent=2, ensure_ascii=False, default=str))


def echo_err(message: str) -> None:
    click.echo(message, err=True)


def _mapped(exc: BaseException) -> GovkbError | None:
    """Turn a package's named, expected exception into a GovkbError; None if it is a real bug."""
    from ingest.errors import IngestError

    if isinstance(exc, IngestError):
        return GovkbError(str(exc))
    try:
        from index.errors import IndexError_, LockBusy
    except ImportError:  # pragma: no cover - index not installed
        return None
    if isinstance(exc, LockBusy):
        return GovkbError(str(exc), EXIT_LOCKED)
    if isinstance(exc, IndexError_):
        return GovkbError(str(exc))
    return None


def handle_errors(fn: Callable) -> Callable:
    """Decorator for a command: expected exceptions become ``Error: ...`` and an exit code."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except click.ClickException:
            raise
        except (KeyboardInterrupt, BrokenPipeError):
            sys.exit(130)
        except Exception as exc:
            mapped = _mapped(exc)
            if mapped is None:
                raise
            raise mapped from exc

    return wrapper
