"""Where govkb keeps its data: ``--home``, else ``GOVKB_HOME``, else ``~/.local/share/govkb``."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_HOME = Path("~/.local/share/govkb")


def home_dir(home: str | os.PathLike | None = None) -> Path:
    """Resolve the govkb home folder and create it."""
    path = Path(home) if home else Path(os.environ.get("GOVKB_HOME") or DEFAULT_HOME)
    path = path.expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def db_path(home: str | os.PathLike | None = None) -> Path:
    return home_dir(home) / "govkb.db"


def faiss_path(home: str | os.PathLike | None = None) -> Path:
    return home_dir(home) / "vectors.faiss"


def lock_path(home: str | os.PathLike | None = None) -> Path:
    return home_dir(home) / "ingest.lock"
