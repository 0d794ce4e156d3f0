"""SQLite + FAISS storage and the ingest pipeline cron runs. The only importer of faiss/sentence-transformers."""
