"""Typed records that ingest hands to the stages below it (extract, index)."""

from __future__ import annotations

from dataclasses import dataclass, field, asdict


@dataclass
class Page:
    """One page's cleaned text (headers, footers and page numbers removed, reading order kept)."""

    number: int  # 1-based
    text: str
    has_text_layer: bool = True


@dataclass
class Block:
    """One structural unit of a document: a numbered clause, a paragraph, a heading or a table row.

    ``start``/``end`` are character offsets into ``Document.text``.
    ``clause`` is the hierarchical label as printed, made mechanical: "3", "2.1", "3a" (sub-item a
    of clause 3), "II.2" (item 2 of section II), or for a table row the value of its number column.
    """

    kind: str  # "title" | "heading" | "clause" | "paragraph" | "table_row"
    text: str
    page: int  # page where the block starts (1-based)
    clause: str | None = None
    start: int = 0
    end: int = 0
    cells: list[str] | None = None  # table rows only
    header: list[str] | None = None  # table rows only: the header row of their table
    table: int | None = None  # table rows only: index of the table in the document


@dataclass
class DocumentMeta:
    doc_type: str = "other"  # resolution | order | instruction | minutes | other
    number: str | None = None  # as printed after "No.": "196", "612-rp", "Pr-1520"
    date: str | None = None  # ISO date of signing / of the meeting
    issuer: str | None = None  # as written in the title block; extract canonicalises it
    title: str | None = None


@dataclass
class Document:
    """A parsed file. ``text`` is the blocks' texts joined by blank lines, in reading order."""

    source: str  # file name
    path: str
    sha256: str
    pages: list[Page]
    blocks: list[Block]
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)

    def to_dict(self) -> dict:
        return asdict(self)
