"""Entities, obligations and deadlines from documents. The only package that imports spaCy."""
