"""Configuration for the CLI: the data folder layout lives in index.paths; re-exported here."""

from index.paths import DEFAULT_HOME, db_path, faiss_path, home_dir, lock_path

__all__ = ["DEFAULT_HOME", "db_path", "faiss_path", "home_dir", "lock_path"]
