"""Chunks follow the document's units: title block, clauses, table rows with their header, long splits."""

from __future__ import annotations

from index.chunks import MAX_WORDS, chunk_document, row_text, split_long
from ingest.model import Block, Document, Page


def test_units_become_chunks_with_page_and_clause():
    blocks = [
        Block("title", "GOVERNMENT OF THE RUSSIAN FEDERATION", 1, None, 0, 36),
        Block("title", "RESOLUTION\nof 16 March 2016 No. 196", 1, None, 38, 73),
        Block("clause", "1. The Ministry of Finance shall report by 1 May 2016.", 1, "1", 75, 129),
        Block("table_row", "7.1 | Inventory of land | Administration of Yurga | 01.07.2016", 2, "7.1", 131, 190,
              cells=["7.1", "Inventory of land", "Administration of Yurga", "01.07.2016"],
              header=["No.", "Measure", "Responsible", "Deadline"], table=0),
    ]
    doc = Document("a.pdf", "/a.pdf", "x", [Page(1, ""), Page(2, "")], blocks)
    chunks = chunk_document(doc)
    assert [c.kind for c in chunks] == ["title", "clause", "table_row"]
    assert chunks[0].text.startswith("GOVERNMENT") and "No. 196" in chunks[0].text and chunks[0].end == 73
    assert (chunks[1].page, chunks[1].clause) == (1, "1")
    assert chunks[2].text == "No.: 7.1 | Measure: Inventory of land | Responsible: Administration of Yurga | Deadline: 01.07.2016"
    assert (chunks[2].page, chunks[2].clause) == (2, "7.1")
    assert [c.seq for c in chunks] == [0, 1, 2]


def test_row_without_matching_header_keeps_its_text():
    block = Block("table_row", "a | b", 1, cells=["a", "b"], header=["only one"])
    assert row_text(block) == "a | b"


def test_long_units_split_at_sentences_with_overlap():
    sentences = [f"Sentence number {i} says the Ministry shall act in the town of Yurga." for i in range(60)]
    text = " ".join(sentences)
    pieces = split_long(text, 100)
    assert len(pieces) > 1
    for piece, start, end in pieces:
        assert len(piece.split()) <= MAX_WORDS
        assert text[start - 100 : end - 100] == piece
        assert piece.startswith("Sentence number") and piece.endswith("Yurga.")
    # one sentence of overlap: each piece starts with the previous piece's last sentence
    for (a, _, _), (b, _, _) in zip(pieces, pieces[1:]):
        last = a.rsplit("Sentence number", 1)[1]
        assert b.startswith("Sentence number" + last)


def test_a_sentence_longer_than_the_limit_is_cut_at_words():
    text = " ".join(f"w{i}" for i in range(3 * MAX_WORDS))
    pieces = split_long(text, 0)
    assert len(pieces) >= 3 and all(len(p.split()) <= MAX_WORDS for p, _, _ in pieces)
    assert pieces[0][0].split()[0] == "w0" and pieces[-1][0].split()[-1] == f"w{3 * MAX_WORDS - 1}"


def test_sub_clauses_carry_their_parent_lead_in():
    parent = "6. The Government of Sverdlovsk Oblast (E. Kuyvashev) shall:"
    sub = "c) submit to the Ministry, annually, a report on the Krasnoturyinsk programme;"
    blocks = [
        Block("clause", parent, 1, "6", 0, len(parent)),
        Block("clause", sub, 1, "6c", len(parent) + 2, len(parent) + 2 + len(sub)),
        Block("clause", "7. Other text.", 2, "7", 200, 214),
    ]
    doc = Document("a.pdf", "/a.pdf", "x", [Page(1, ""), Page(2, "")], blocks)
    chunks = chunk_document(doc)
    assert chunks[0].text == parent
    assert chunks[1].text == parent + "\n" + sub  # the initials "E." do not end the lead-in
    assert chunks[1].clause == "6c" and chunks[2].text == "7. Other text."


def test_parent_clause_labels():
    from index.chunks import parent_clause

    assert [parent_clause(x) for x in ("3a", "2.1b", "2.1", "II.2", "I.1a", "3", None)] == [
        "3", "2.1", "2", "II", "I.1", None, None]
