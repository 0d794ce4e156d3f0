"""The analyst side: search, answers, exports, evaluation. Reads the index, never writes it."""
