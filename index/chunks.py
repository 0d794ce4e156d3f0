"""Chunks along a document's own units: a clause, a table row with its header, a paragraph.

The title block's lines become one chunk; a unit longer than ``MAX_WORDS`` is split at sentence
boundaries with ``OVERLAP`` sentence(s) repeated, a sentence longer than that at word boundaries.
A sub-clause ("3a", "2.1") is prefixed with its parent clause's lead-in ("6. The Government of
Sverdlovsk Oblast shall:"), so that a chunk names the actor and subject its sub-item depends on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.model import Block, Document

MAX_WORDS = 200
LEAD_IN_WORDS = 30  # at most this much of the parent clause is repeated before a sub-clause
LEAD_IN_END = re.compile(r"(?:[:;]|(?<!\b[A-Z])(?<!\bNo)\.)(?=\s|$)")  # not after initials or "No."
OVERLAP = 1  # sentences repeated at the start of the next piece
SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[\"'(\[A-Z0-9\u0410-\u042f])")


@dataclass
class Chunk:
    seq: int
    kind: str
    page: int
    clause: str | None
    text: str
    start: int  # offsets into Document.text
    end: int


def row_text(block: Block) -> str:
    """A table row with its header: 'No.: 7.1 | Measure: ... | Deadline: ...'."""
    cells = block.cells or []
    header = block.header or []
    if not cells or not header or len(header) != len(cells):
        return block.text
    return " | ".join(f"{h}: {c}" if h and c else (c or "") for h, c in zip(header, cells) if c)


def _sentences(text: str, start: int) -> list[tuple[str, int, int]]:
    out, pos = [], 0
    for m in SENTENCE_END.finditer(text):
        out.append((text[pos : m.start()], start + pos, start + m.start()))
        pos = m.end()
    out.append((text[pos:], start + pos, start + len(text)))
    return [s for s in out if s[0].strip()]


def _word_pieces(text: str, start: int) -> list[tuple[str, int, int]]:
    words = list(re.finditer(r"\S+", text))
    pieces = []
    step = MAX_WORDS - MAX_WORDS // 10  # ~10% word overlap
    for i in range(0, len(words), step):
        group = words[i : i + MAX_WORDS]
        pieces.append((text[group[0].start() : group[-1].end()], start + group[0].start(), start + group[-1].end()))
        if i + MAX_WORDS >= len(words):
            break
    return pieces


def split_long(text: str, start: int) -> list[tuple[str, int, int]]:
    """Pieces of at most ~MAX_WORDS words, cut at sentence ends, one sentence of overlap."""
    if len(text.split()) <= MAX_WORDS:
        return [(text, start, start + len(text))]
    sentences: list[tuple[str, int, int]] = []
    for sent in _sentences(text, start):
        sentences.extend(_word_pieces(sent[0], sent[1]) if len(sent[0].split()) > MAX_WORDS else [sent])
    pieces, current = [], []
    for sent in sentences:
        if current and sum(len(s[0].split()) for s in current) + len(sent[0].split()) > MAX_WORDS:
            pieces.append(current)
            current = current[-OVERLAP:] if OVERLAP else []
            if sum(len(s[0].split()) for s in current) + len(sent[0].split()) > MAX_WORDS:
                current = []
        current.append(sent)
    if current:
        pieces.append(current)
    return [(text[p[0][1] - start : p[-1][2] - start], p[0][1], p[-1][2]) for p in pieces]


def parent_clause(label: str | None) -> str | None:
    """'3a' -> '3', '2.1b' -> '2.1', '2.1' -> '2', 'II.2' -> 'II'; None for a top-level clause."""
    if not label:
        return None
    stripped = re.sub(r"(?<=[0-9IVXL.])[a-z]$", "", label)
    if stripped != label:
        return stripped.rstrip(".") or None
    head, dot, _ = label.rstrip(".").rpartition(".")
    return head if dot and head else None


def lead_in(text: str) -> str:
    """The opening of a clause up to its first sentence end or colon, at most LEAD_IN_WORDS words."""
    label = re.match(r"\s*(?:[0-9IVXL]+(?:\.[0-9]+)*[.)]|[a-z]\))\s*", text)
    m = LEAD_IN_END.search(text, label.end() if label else 0)
    words = (text[: m.end()] if m else text).split()
    return " ".join(words[:LEAD_IN_WORDS]) + (" ..." if len(words) > LEAD_IN_WORDS else "")


def chunk_document(doc: Document) -> list[Chunk]:
    """The document's chunks, in reading order."""
    chunks: list[Chunk] = []
    blocks = [b for b in doc.blocks if b.text.strip()]
    clause_text = {b.clause: b.text for b in blocks if b.kind == "clause" and b.clause}
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == "title":  # the title block's lines: one chunk
            j = i
            while j + 1 < len(blocks) and blocks[j + 1].kind == "title":
                j += 1
            text = "\n".join(b.text for b in blocks[i : j + 1])
            chunks.append(Chunk(len(chunks), "title", block.page, None, text, block.start, blocks[j].end))
            i = j + 1
            continue
        text = row_text(block) if block.kind == "table_row" else block.text
        if block.kind == "table_row":
            pieces = [(text, block.start, block.end)]  # a row is a unit; its offsets are the row's
        else:
            pieces = split_long(text, block.start)
            parent = clause_text.get(parent_clause(block.clause)) if block.kind == "clause" else None
            if parent:
                context = lead_in(parent)
                pieces = [(f"{context}\n{piece}", s, e) for piece, s, e in pieces]
        for piece, s, e in pieces:
            chunks.append(Chunk(len(chunks), block.kind, block.page, block.clause, piece, s, e))
        i += 1
    return chunks
