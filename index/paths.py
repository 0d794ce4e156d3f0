"""Where govkb keeps its data: ``--home``, else ``GOVKB_HOME``, else ``~/.local/share/govkb``.

The index owns the on-disk layout; the CLI re-exports it as ``govkb.config``.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_HOME = Path("~/.local/share/govkb")


def home_dir(home: str | os.PathLike | None = None, create: bool = True) -> Path:
    """Resolve the govkb home folder; create it unless ``create`` is false (read-only commands)."""
    path = Path(home) if home else Path(os.environ.get("GOVKB_HOME") or DEFAULT_HOME)
    path = path.expanduser().resolve()
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def db_path(home: str | os.PathLike | None = None, create: bool = True) -> Path:
    return home_dir(home, create) / "govkb.db"


def faiss_path(home: str | os.PathLike | None = None, create: bool = True) -> Path:
    return home_dir(home, create) / "vectors.faiss"


def lock_path(home: str | os.PathLike | None = None) -> Path:
    return home_dir(home) / "ingest.lock"
