"""Shared fixtures: every test gets its own GOVKB_HOME; the real models load once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"  # CI clones the repo with shared/ beside it


@pytest.fixture(autouse=True)
def govkb_home(tmp_path, monkeypatch) -> Path:
    """Point GOVKB_HOME at a fresh folder so no test touches a real user directory."""
    home = tmp_path / "govkb-home"
    monkeypatch.setenv("GOVKB_HOME", str(home))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return home


@pytest.fixture(scope="session")
def doc_encoder():
    """The ingest-side sentence-transformers encoder, loaded once."""
    from index.embed import load_doc_encoder

    return load_doc_encoder()


@pytest.fixture(scope="session")
def query_encoder():
    """The numpy query encoder, loaded once."""
    from index.embed import load_query_encoder

    return load_query_encoder()
