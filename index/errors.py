"""Expected failures of the index: each a one-line message fit for an operator."""


class IndexError_(Exception):
    """A problem with the knowledge base's storage (named so as not to shadow the builtin)."""


class ModelMismatch(IndexError_):
    """The FAISS index was built with another embedding model or dimension."""


class LockBusy(IndexError_):
    """Another ingest holds the lock."""

    def __init__(self, message: str, pid: int | None = None):
        super().__init__(message)
        self.pid = pid


class Inconsistent(IndexError_):
    """SQLite and the FAISS index disagree (run ``govkb check --repair``)."""
