"""ingest.parse on real public PDFs (../shared/real-pdfs) and on small PDFs generated here with fpdf2."""

from __future__ import annotations

import functools
import io
import re
import sys
from pathlib import Path

import pytest

from ingest import errors
from ingest.parse import parse_file, parse_text, sha256_file

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "real-pdfs"
REAL_FILES = sorted(REAL.glob("*.pdf")) if REAL.is_dir() else []


def flat(text: str) -> str:
    return " ".join(text.split())


def real(name: str) -> Path:
    path = REAL / name
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


@functools.lru_cache(maxsize=None)
def parsed(path: Path):
    """Each real PDF is parsed once per test session."""
    return parse_file(path)


# ---------------------------------------------------------------- real PDFs


@pytest.mark.parametrize("path", REAL_FILES, ids=[p.name for p in REAL_FILES])
def test_real_pdf_parses_with_consistent_offsets(path):
    doc = parsed(path)
    assert doc.blocks and len(doc.text) > 200
    assert doc.sha256 == sha256_file(path)
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text
        assert 1 <= block.page <= len(doc.pages)


def test_federal_register_column_sentence_is_contiguous():
    doc = parsed(real("federal-register-2020-17221.pdf"))
    text = flat(doc.text)
    # middle of the first column of page 3; the line break after "FAA-" is a real compound's hyphen
    assert ("require operators to conduct an AOA sensor system test and perform an operational readiness "
            "flight prior to returning each airplane to service.") in text
    assert "operators with an existing FAA-approved MEL would be required to incorporate" in text
    # the running header is gone from every page after the first
    assert sum("Federal Register / Vol. 85" in p.text for p in doc.pages[1:]) == 0


def test_warn_report_rows_keep_their_cells():
    doc = parsed(real("warn-report-2015-2016.pdf"))
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert len(rows) > 500
    maxim = [r for r in rows if "Maxim Integrated Product" in r.cells]
    assert maxim and "San Jose" in maxim[0].cells and "150" in maxim[0].cells
    assert maxim[0].header[:2] == ["Notice Date", "Effective"]
    # the table runs over 16 pages with a repeated header: it is not one table per page
    assert len({r.table for r in rows}) <= 3
    assert not any(b.kind != "table_row" and "Maxim Integrated Product" in b.text for b in doc.blocks)


def test_french_minutes_keep_accents():
    doc = parsed(real("demolition-committee-minutes-2023-06-20-fr.pdf"))
    text = flat(doc.text)
    assert "COMITÉ DE DÉMOLITION" in text
    assert "Mme Ariane Bélanger, greffière adjointe" in text
    assert "David Huggins-Daines" in text


def test_transcript_margin_numbers_do_not_break_sentences():
    doc = parsed(real("scotus-transcript-p1.pdf"))
    text = flat(doc.text)
    assert ("The above-entitled matter came on for oral argument before the Supreme Court of the United "
            "States at 1:01 p.m.") in text


# ---------------------------------------------------------------- generated PDFs


def _pdf(pages: list[list[tuple[str, str]]], header: str | None = None, page_numbers: bool = True,
         size: float = 11) -> bytes:
    """A PDF whose lines are placed exactly: each page a list of (align, text), align "C" or "L" or "I" (indented)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    for number, lines in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        if header and number > 1:
            pdf.text(70, 12, header)
        if page_numbers:
            label = f"- {number} -"
            pdf.text(105 - pdf.get_string_width(label) / 2, 285, label)
        pdf.set_font("Times", "", size)
        y = 30.0
        for align, text in lines:
            if align == "":
                y += 5
                continue
            width = pdf.get_string_width(text)
            x = {"C": 105 - width / 2, "L": 20, "I": 28}[align]
            pdf.text(x, y, text)
            y += 5.5
    return bytes(pdf.output())


TITLE = [("C", "GOVERNMENT OF THE RUSSIAN FEDERATION"), ("C", "RESOLUTION"), ("C", "of 16 March 2016 No. 196"),
         ("C", "Moscow"), ("", ""), ("C", "ON SUPPORT OF SINGLE-INDUSTRY MUNICIPALITIES"), ("", "")]


@pytest.fixture(scope="module")
def resolution(tmp_path_factory) -> Path:
    body1 = [("L", "The Government of the Russian Federation resolves:"), ("", ""),
             ("L", "1. The Ministry of Economic Development shall prepare a programme of socio-eco-"),
             ("I", "nomic development for Usolye-"),
             ("I", "Sibirskoye and submit it to the Government."),
             ("L", "Deadline: 1 October 2016."), ("", ""),
             ("L", "2. The Monotowns Development Fund shall:"), ("", ""),
             ("L", "a) finance the infrastructure of industrial parks;"), ("", ""),
             ("L", "2.1. The Fund shall report to the Ministry on the results of the financing of"),
             ("I", "the parks in the towns of the list, and on the jobs that were")]
    body2 = [("I", "created outside the town-forming enterprises in each of the monotowns."), ("", ""),
             ("C", "II. FINAL PROVISIONS"), ("", ""),
             ("L", "1. This resolution enters into force on the day of its official publication.")]
    path = tmp_path_factory.mktemp("pdfs") / "res-196.pdf"
    path.write_bytes(_pdf([TITLE + body1, body2], header="Collection of Legislation of the Russian Federation"))
    return path


def test_metadata_from_title_block(resolution):
    meta = parse_file(resolution).meta
    assert (meta.doc_type, meta.number, meta.date) == ("resolution", "196", "2016-03-16")
    assert meta.issuer == "Government of the Russian Federation"
    assert meta.title == "On support of single-industry municipalities"


def test_header_and_page_numbers_removed(resolution):
    doc = parse_file(resolution)
    assert "Collection of Legislation" not in doc.text
    assert not re.search(r"- \d -", doc.text)
    assert not any(p.text.strip().startswith("- ") for p in doc.pages)


def test_hyphenation_repaired_but_compounds_kept(resolution):
    text = flat(parse_file(resolution).text)
    assert "programme of socio-economic development for Usolye-Sibirskoye and submit it" in text


def test_sentence_across_page_break_is_joined(resolution):
    doc = parse_file(resolution)
    clause = next(b for b in doc.blocks if b.clause == "2.1")
    assert clause.page == 1
    assert flat(clause.text).endswith("on the jobs that were created outside the town-forming enterprises in each of the monotowns.")


def test_clause_labels_and_deadline_lines(resolution):
    doc = parse_file(resolution)
    clauses = [(b.clause, b.page) for b in doc.blocks if b.kind == "clause"]
    assert clauses == [("1", 1), ("2", 1), ("2a", 1), ("2.1", 1), ("II.1", 2)]
    first = next(b for b in doc.blocks if b.clause == "1")
    assert "Deadline: 1 October 2016." in first.text
    assert not any(b.text.startswith("Deadline") for b in doc.blocks)
    assert [b.kind for b in doc.blocks[:2]] == ["title", "title"]


def _two_column_text(tmp_path, left: list[str], right: list[str]) -> str:
    """The text govkb reads from a page with ``left`` and ``right`` set as two columns from the top down."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Times", "", 9)
    for x, lines in ((15, left), (110, right)):
        for i, line in enumerate(lines):
            pdf.text(x, 30 + i * 4.5, line)
    path = tmp_path / "columns.pdf"
    path.write_bytes(bytes(pdf.output()))
    return flat(parse_file(path).text)


def test_two_columns_are_not_interleaved(tmp_path):
    left = [f"Left column sentence {i} says that the ministry acts." for i in range(1, 25)]
    right = [f"Right column sentence {i} says that the fund pays." for i in range(1, 25)]
    text = _two_column_text(tmp_path, left, right)
    assert " ".join(left) in text and " ".join(right) in text
    assert text.index(left[-1]) < text.index(right[0])


def test_a_short_right_column_is_read_after_the_left_one(tmp_path):
    """The last page of a two-column text: the right column holds a few lines at the top only."""
    left = [f"Left column sentence {i} says that the ministry acts." for i in range(1, 31)]
    right = [f"Right column line {i} closes the text." for i in range(1, 5)]
    text = _two_column_text(tmp_path, left, right)
    assert " ".join(left) in text and " ".join(right) in text
    assert text.index(left[-1]) < text.index(right[0])


def test_ruled_table_across_pages_is_one_table(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(0, 6, "3. The measures are set out in the table below.")
    rows = [("No.", "Measure", "Responsible", "Deadline")] + [
        (f"3.{i}", f"Measure number {i} of the programme", "Administration of Yurga", f"0{1 + i % 9}.10.2016")
        for i in range(1, 41)]
    with pdf.table(repeat_headings=1) as table:
        for row in rows:
            table.row(row)
    path = tmp_path / "table.pdf"
    path.write_bytes(bytes(pdf.output()))
    doc = parse_file(path)
    table_rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert len(doc.pages) >= 2 and {b.page for b in table_rows} == set(range(1, len(doc.pages) + 1))
    assert [b.clause for b in table_rows] == [f"3.{i}" for i in range(1, 41)]
    assert {b.table for b in table_rows} == {0}
    assert table_rows[0].header == ["No.", "Measure", "Responsible", "Deadline"]
    assert table_rows[4].cells == ["3.5", "Measure number 5 of the programme", "Administration of Yurga", "06.10.2016"]
    assert not any(b.kind != "table_row" and "Measure number" in b.text for b in doc.blocks)


# ---------------------------------------------------------------- plain text


def test_parse_text_blocks_and_offsets():
    doc = parse_text("ORDER\nof 5 June 2017 No. 412-rp\nYekaterinburg\n\nOn measures for Krasnoturyinsk\n\n"
                     "1. The Ministry shall\nact now.\n\nResponsible: Ministry of Investment\n\nb) x", "o.txt")
    assert (doc.meta.doc_type, doc.meta.number, doc.meta.date) == ("order", "412-rp", "2017-06-05")
    assert doc.meta.title == "On measures for Krasnoturyinsk"
    clause = next(b for b in doc.blocks if b.clause == "1")
    assert clause.text == "1. The Ministry shall act now.\nResponsible: Ministry of Investment"
    assert next(b for b in doc.blocks if b.text == "b) x").clause == "1b"
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text
    assert len(doc.pages) == 1


# ---------------------------------------------------------------- bad input


def _scanned_page_pdf(text_pages: int) -> bytes:
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 800), "white")
    ImageDraw.Draw(image).text((50, 50), "1. The Ministry shall report.", fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf = FPDF(format="A4")
    for _ in range(text_pages):
        pdf.add_page()
        pdf.set_font("Times", "", 11)
        pdf.multi_cell(0, 6, "1. The Ministry of Economic Development shall submit a report by 1 June 2016.")
    pdf.add_page()
    pdf.image(io.BytesIO(buffer.getvalue()), x=0, y=0, w=210)
    return bytes(pdf.output())


def _encrypted_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Times", "", 11)
    pdf.cell(0, 6, "secret")
    pdf.set_encryption(owner_password="owner", user_password="user")
    return bytes(pdf.output())


BAD = {
    "empty.pdf": (lambda: b"", errors.EmptyFile, "empty"),
    "not-a-pdf.pdf": (lambda: b"<!DOCTYPE html><html><body>404</body></html>\n", errors.NotAPDF, "not a PDF"),
    "truncated.pdf": (lambda: _pdf([TITLE])[:700], errors.TruncatedPDF, "truncated"),
    "encrypted.pdf": (_encrypted_pdf, errors.EncryptedPDF, "encrypted"),
    "scanned.pdf": (lambda: _scanned_page_pdf(0), errors.NoTextLayer, "no text layer on any of 1 pages"),
    "notes.docx": (lambda: b"PK\x03\x04", errors.UnsupportedFile, "unsupported file type '.docx'"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_raises_its_error(tmp_path, name, capfd):
    make, error, words = BAD[name]
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(error) as info:
        parse_file(path)
    message = str(info.value)
    assert words in message and "\n" not in message
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_image_only_page_among_text_pages_is_a_warning(tmp_path):
    path = tmp_path / "partly-scanned.pdf"
    path.write_bytes(_scanned_page_pdf(2))
    doc = parse_file(path)
    assert [p.has_text_layer for p in doc.pages] == [True, True, False]
    assert doc.warnings == ["page 3 has no text layer (scanned?); its text is missing"]


def test_corpus_bad_fixtures(tmp_path, monkeypatch):
    """The fixtures `corpus/build.py --bad` writes, each raising its own error."""
    import importlib.util

    build_py = Path(__file__).resolve().parent.parent / "corpus" / "build.py"
    if not build_py.exists():
        pytest.skip("corpus/build.py not present")
    spec = importlib.util.spec_from_file_location("corpus_build", build_py)
    build = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "corpus_build", build)  # dataclasses look their module up there
    spec.loader.exec_module(build)
    paths = {p.name: p for p in build.write_bad_fixtures(tmp_path)}
    expected = {"empty.pdf": errors.EmptyFile, "truncated.pdf": errors.TruncatedPDF,
                "encrypted.pdf": errors.EncryptedPDF, "not-a-pdf.pdf": errors.NotAPDF, "scanned.pdf": errors.NoTextLayer}
    assert set(expected) <= set(paths)
    for name, error in expected.items():
        with pytest.raises(error):
            parse_file(paths[name])


def test_sections_prefix_clause_labels_unless_there_is_only_one():
    two = parse_text("MINUTES No. 4\nMoscow, 9 September 2015\n\nI. ON SUPPORT\n\n1. To note.\n\na) one\n\n"
                     "II. ON CRITERIA\n\n1. The Fund shall act.", "m.txt")
    assert [b.clause for b in two.blocks if b.kind == "clause"] == ["I.1", "I.1a", "II.1"]
    one = parse_text("MINUTES No. 11\nMoscow, 30 November 2016\n\nI. ON THE PASSPORT\n\n1. To approve.\n\n"
                     "3. The Ministry shall:\n\nb) report", "p.txt")
    assert [b.clause for b in one.blocks if b.kind == "clause"] == ["1", "3", "3b"]
    assert (one.meta.doc_type, one.meta.number, one.meta.date) == ("minutes", "11", "2016-11-30")
    # an extract of one section "III." of the minutes keeps its printed number
    extract = parse_text("EXTRACT from the minutes No. 34\nMoscow, 2 November 2017\n\nIII. ON MONOTOWNS\n\n1. To note.\n\n"
                         "7. It is recommended that the regions:\n\nb) report", "e.txt")
    assert [b.clause for b in extract.blocks if b.kind == "clause"] == ["III.1", "III.7", "III.7b"]


def test_a_sections_dotted_sub_items_of_a_plain_item_keep_the_section():
    doc = parse_text("MINUTES No. 41\nMoscow, 27 September 2018\n\nI. ON PUBLIC SPACES\n\n2. To the regions:\n\n2.1. to ensure the "
                     "works;\n\n2.2. to report:\n\na) weekly\n\nII. ON 2019\n\n1.1. The Fund shall act.\n\n1.2. The Ministry shall act.",
                     "m.txt")
    assert [b.clause for b in doc.blocks if b.kind == "clause"] == ["I.2", "I.2.1", "I.2.2", "I.2.2a", "1.1", "1.2"]


# ---------------------------------------------------------------- the sample corpus against its gold

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@functools.lru_cache(maxsize=1)
def corpus_docs() -> list[tuple[dict, object]]:
    import json

    pairs = []
    for gold_path in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pdf = CORPUS / "pdfs" / gold["source"]
        if pdf.exists():
            pairs.append((gold, parse_file(pdf)))
    return pairs


def test_corpus_clause_labels_match_gold():
    pairs = corpus_docs()
    if not pairs:
        pytest.skip("corpus/pdfs not built")
    wanted = found = 0
    for gold, doc in pairs:
        labels = {(b.clause, b.page) for b in doc.blocks if b.clause}
        for ob in gold["obligations"]:
            if ob["clause"] is not None:
                wanted += 1
                found += (ob["clause"], ob["page"]) in labels
    assert found / wanted >= 0.97, f"{found}/{wanted} gold (clause, page) pairs found as blocks"


@pytest.mark.parametrize("field", ["doc_type", "number", "date", "title"])
def test_corpus_metadata_matches_gold(field):
    pairs = corpus_docs()
    if not pairs:
        pytest.skip("corpus/pdfs not built")
    from qa.evaluate import score_metadata

    # compared as govkb eval compares them (a title case- and punctuation-insensitively)
    right = sum(score_metadata(gold["metadata"], {field: getattr(doc.meta, field)})[field] for gold, doc in pairs)
    floor = {"doc_type": 0.95, "number": 0.9, "date": 0.9, "title": 0.85}[field]
    assert right / len(pairs) >= floor, f"{field}: {right}/{len(pairs)} documents match gold"


def test_repeated_footer_and_page_of_n_removed(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    for number in range(1, 4):
        pdf.add_page()
        pdf.set_font("Times", "", 11)
        for k in range(12):
            pdf.text(20, 30 + k * 6, f"{number}.{k + 1}. The Ministry shall report on measure {k + 1} of part {number}.")
        pdf.set_font("Helvetica", "", 8)
        pdf.text(80, 275, "Official translation")
        pdf.text(95, 285, f"Page {number} of 3")
    path = tmp_path / "footer.pdf"
    path.write_bytes(bytes(pdf.output()))
    doc = parse_file(path)
    assert "Official translation" not in doc.text and "Page 2 of 3" not in doc.text
    assert [b.clause for b in doc.blocks if b.kind == "clause"][:3] == ["1.1", "1.2", "1.3"]
    assert len([b for b in doc.blocks if b.kind == "clause"]) == 36


def test_title_rules_quoted_names_numeric_meeting_dates_and_a_letters_subject():
    from ingest.meta import extract_meta

    body = "The priority programme of the region is under way in Yurga and Belovo."
    meta = extract_meta(["GOVERNMENT OF KEMEROVO OBLAST", "ORDER", "of 14 August 2017 No. 367-r",
                         'ON MEASURES UNDER THE PRIORITY PROGRAMME "INTEGRATED DEVELOPMENT OF MONOTOWNS"'], body)
    assert meta.title == 'On measures under the priority programme "Integrated development of monotowns"'
    meta = extract_meta(["MINUTES", "of the meeting of the working group on the monotown of Yurga 22.03.2018"], body)
    assert meta.title == "Meeting of the working group on the monotown of Yurga"
    letter = "To the Government of Kemerovo Oblast\nDear colleagues,\nON THE TRAINING OF PROJECT TEAMS\nThe Fund informs ..."
    meta = extract_meta(["MONOTOWNS DEVELOPMENT FUND", "Ref. No. 12/34 of 1 March 2018"], letter)
    assert meta.title == "On the training of project teams"
    # a working meeting keeps its kind; a two-word place of signing ends the line
    meta = extract_meta(["MINUTES", "of the working meeting of the Governor of Orenburg Oblast with the heads of the monotowns "
                         "Nizhny Novgorod, 27 February 2018"], body)
    assert meta.title == "Working meeting of the Governor of Orenburg Oblast with the heads of the monotowns"
    # a letter's blank reference line "On No. ___ of ___" is no subject
    meta = extract_meta(["MINISTRY OF ECONOMIC DEVELOPMENT", "14.02.2019 No. 4417-ATs/D14i", "On No. ________ of ________"],
                        "To the heads of the constituent entities\nON THE SUBMISSION OF INFORMATION\nDear colleagues!")
    assert meta.title == "On the submission of information"
    # a list of instructions whose heading in capitals wraps onto a second line
    meta = extract_meta(["PLENIPOTENTIARY REPRESENTATIVE OF THE PRESIDENT", "23 November 2018 No. A50-5217",
                         "LIST OF INSTRUCTIONS FOLLOWING THE MEETING ON THE SOCIO-ECONOMIC",
                         "DEVELOPMENT OF THE MONOTOWNS OF THE DISTRICT"], body)
    assert meta.title == "List of instructions following the meeting on the socio-economic development of the monotowns of the district"
    meta = extract_meta(["PLENIPOTENTIARY REPRESENTATIVE", "23 November 2018 No. A50-5217", "LIST OF INSTRUCTIONS FOLLOWING THE TRIP TO",
                         "KEMEROVO OBLAST"], "The monotowns of Kemerovo Oblast were discussed.")
    assert meta.title == "List of instructions following the trip to Kemerovo Oblast"  # a name on the wrapped line keeps its capitals
    # a company's own order: its letterhead in capitals with the legal form written out is the issuer
    meta = extract_meta(["PUBLIC JOINT-STOCK COMPANY", '"KARACHEV INSTRUMENT-MAKING PLANT"', '(PJSC "KPZ")', "ORDER",
                         "20.11.2017 No. 318"], body)
    assert meta.issuer == 'PJSC "Karachev Instrument-Making Plant"'


def test_sentence_case_keeps_document_nouns_lower_case():
    from ingest.meta import extract_meta

    body = "The Rules set the procedure. Subsidies under the Rules go to the Monotowns Development Fund."
    meta = extract_meta(["GOVERNMENT OF THE RUSSIAN FEDERATION", "RESOLUTION", "of 1 March 2016 No. 99",
                         "ON APPROVAL OF THE RULES FOR GRANTING SUBSIDIES TO THE MONOTOWNS DEVELOPMENT FUND"], body)
    assert meta.title == "On approval of the rules for granting subsidies to the Monotowns Development Fund"


def test_office_numbers_the_office_as_issuer_and_a_place_before_the_date():
    from ingest.meta import extract_meta

    body = "The Chairman of the Government visited the town."
    meta = extract_meta(["GOVERNMENT OF THE RUSSIAN FEDERATION", "LIST OF INSTRUCTIONS",
                         "following the working trip of the Chairman of the Government of the Russian Federation",
                         "A.B. Petrov to Perm Krai on 2 May 2018", "Moscow, 16 May 2018", "No. AP-P16-1234"], body)
    assert (meta.number, meta.issuer, meta.date) == ("AP-P16-1234", "Prime Minister of the Russian Federation", "2018-05-16")
    assert meta.title.endswith("A.B. Petrov to Perm Krai on 2 May 2018")
    meta = extract_meta(["GOVERNMENT OF THE RUSSIAN FEDERATION", "MINUTES",
                         "of the meeting with Deputy Prime Minister of the Russian Federation V.V. Ivanov on monotowns",
                         "Ust-Kut, 3 June 2017", "No. VI-P9-12pr"], body)
    assert (meta.number, meta.issuer) == ("VI-P9-12pr", "Deputy Prime Minister of the Russian Federation")
    meta = extract_meta(["GOVERNMENT OF TOMSK OBLAST", "MINUTES", "of the meeting of the working group on the town of Ust-Kut",
                         "Ust-Kut, 3 June 2017", "No. 5"], body)
    assert meta.title == "Meeting of the working group on the town of Ust-Kut" and meta.issuer == "Government of Tomsk Oblast"


def test_minutes_title_is_the_meeting_line_and_a_wrapped_issuer_is_joined():
    from ingest.meta import extract_meta

    body = "The participants heard the regions."
    meta = extract_meta(["MINISTRY OF ECONOMIC DEVELOPMENT OF THE RUSSIAN FEDERATION", "MINUTES",
                         "of the videoconference with the regions on the monotowns programme", "24 May 2018 No. 45-VK",
                         "ON THE PROGRESS OF THE PROGRAMME"], body)
    assert meta.title == "Videoconference with the regions on the monotowns programme"
    meta = extract_meta(['ADMINISTRATION OF THE URBAN SETTLEMENT "TOWN OF', 'BAIKALSK"', "MINUTES No. 2",
                         "of the meeting of the working group", "22.03.2018"], body, n_title_lines=5)
    assert meta.issuer == 'Administration of the Urban Settlement "Town of Baikalsk"'


def test_two_columns_of_justified_text_whose_lines_come_word_by_word():
    from ingest.layout import Span, find_gutters

    spans = []
    for row in range(30):
        top = 100 + row * 13
        shift = (row * 7) % 30  # word gaps fall in different places on each line
        for x in (60, 100 + shift, 150 + shift, 200 + shift):  # a justified left column: one span per word
            spans.append(Span(x, top, min(x + 38, 288), top + 10, f"w{row}"))
        spans.append(Span(250 + shift, top, 288, top + 10, "end"))
        spans.append(Span(310, top, 536, top + 10, "right column line of running text"))
    assert len(find_gutters(spans, 595)) == 1
    # a table's cells stand apart: no columns of running text
    cells = [Span(x, 100 + r * 13, x + 40, 110 + r * 13, "cell") for r in range(30) for x in (60, 160, 260, 360, 460)]
    assert find_gutters(cells, 595) == []


def test_decree_dated_under_its_signature_and_kind_lines_heading_a_title():
    from ingest.meta import extract_meta

    body = "1. The Government shall act.\n\nPresident of the Russian Federation V. Putin\n\nMoscow, the Kremlin\n14 March 2017\nNo. 117"
    meta = extract_meta(["DECREE", "OF THE PRESIDENT OF THE RUSSIAN FEDERATION", "ON ADDITIONAL MEASURES FOR MONOTOWNS"], body)
    assert (meta.doc_type, meta.date, meta.number) == ("order", "2017-03-14", "117")
    meta = extract_meta(["MEMORANDUM", "of cooperation between the Government of Tomsk Oblast and Joint-Stock Company",
                         '"Tomsk Steel" in the development of the town of Yurga', "Tomsk, 25 May 2018"], "text")
    assert meta.title == 'Memorandum of cooperation between the Government of Tomsk Oblast and Joint-Stock Company "Tomsk Steel" in the development of the town of Yurga'
    meta = extract_meta(["GOVERNMENT OF THE RUSSIAN FEDERATION", "ORDER", "of 29 July 2014 No. 1398-r", "Moscow"], "text")
    assert meta.title is None and meta.date == "2014-07-29"
    meta = extract_meta(["GOVERNMENT OF THE RUSSIAN FEDERATION", "LIST OF INSTRUCTIONS",
                         "of the Deputy Prime Minister following the meeting on monotowns", "of 14.02.2018",
                         "27.02.2018 No. DK-P16-1162"], "text")
    assert meta.date == "2018-02-27"


def test_a_cell_line_that_opens_with_a_dash_keeps_its_order():
    from ingest.layout import Span
    from ingest.tables import _cell_lines, _cell_text

    # tight glyph boxes: the dash sits lower than the x-height letters of the word after it
    words = [Span(10, 100, 60, 108, "administrations"), Span(62, 100, 80, 108, "of"),
             Span(10, 116.5, 14, 118, "-"), Span(16, 114, 60, 120, "monotowns")]
    assert _cell_text(_cell_lines(words)) == "administrations of\n- monotowns"


@pytest.mark.parametrize("first, rest, gap, joined", [
    ("31.12.20", "18", 3.0, "31.12.2018"),  # a date too long for a narrow Deadline column
    ("01.03.", "2019", 3.0, "01.03.2019"),
    ("Implementa", "tion", 3.0, "Implementation"),  # a header word: its rest is no word of its own
    ("Reporting", "quarter", 3.0, "Reporting\nquarter"),  # two words: the second did not fit
    ("Head", "of", 3.0, "Head\nof"),  # a rest that is a word of its own
    ("31.12.20", "18", 30.0, "31.12.20\n18"),  # a line that ends far from the edge was not cut
])
def test_a_word_cut_where_its_cell_ends_is_joined_again(first, rest, gap, joined):
    from collections import Counter

    from ingest.layout import Span
    from ingest.tables import _bare, _cell_lines, _cell_text

    right = 100.0
    lines = _cell_lines([Span(right - gap - 5 * len(first), 100, right - gap, 108, first),
                         Span(60, 112, 60 + 5 * len(rest), 120, rest)])
    seen = Counter({"of": 3, "quarter": 1})
    assert _cell_text(lines, right, seen) == joined and _bare(rest) == rest.lower()


def test_an_issuer_whose_region_word_wraps_to_the_next_line():
    doc = parse_text("MINISTRY OF ECONOMY AND COMPETITION OF NIZHNY NOVGOROD\nOBLAST\n21.04.2015 No. 326-05-2318/15\n\n"
                     "To the heads of the monotowns\n\nON THE SUBMISSION OF INFORMATION\n\nDear colleagues, please submit the "
                     "information by 8 May 2015.\n", "letter.txt")
    assert doc.meta.issuer == "Ministry of Economy and Competition of Nizhny Novgorod Oblast"


def test_a_spaced_dash_at_a_line_end_is_no_hyphenation_and_abbreviations_keep_capitals():
    from ingest.meta import title_case
    from ingest.parse import unwrap

    assert unwrap(["the public (responsible -", "Department of Culture, term - May)"]) == \
        "the public (responsible - Department of Culture, term - May)"
    assert unwrap(["socio-eco-", "nomic development"]) == "socio-economic development"
    assert title_case('STATE DEVELOPMENT CORPORATION "VEB.RF"') == 'State Development Corporation "VEB.RF"'


def test_a_line_opening_with_a_dash_continues_a_full_line_without_a_stop(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Times", "", 11)
    lines = ["3.4. To hold public discussions of the list of spaces to be improved (responsible - Department of Culture, term",
             "- within two months).",
             "3.5. To hold the next meeting in June."]
    for i, line in enumerate(lines):
        pdf.text(20, 30 + i * 5, line)
    path = tmp_path / "dash.pdf"
    path.write_bytes(bytes(pdf.output()))
    texts = [b.text for b in parse_file(path).blocks]
    assert any(t.endswith("term - within two months).") for t in texts), texts


def test_a_long_centred_title_block_and_the_body_that_met(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Times", "B", 11)
    for line in ["GOVERNMENT OF THE RUSSIAN FEDERATION", "GOVERNMENTAL COMMISSION FOR REGIONAL DEVELOPMENT", "MINUTES",
                 "of the meeting of the Working Group on the Development of Single-Industry Towns",
                 "of the Governmental Commission for Regional Development", "Moscow, House of the Government",
                 "12 March 2019 No. 7"]:
        pdf.cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(0, 6, "Chaired by: the Deputy Minister. " + "The working group heard the reports of the regions. " * 6)
    path = tmp_path / "minutes.pdf"
    path.write_bytes(bytes(pdf.output()))
    meta = parse_file(path).meta
    assert (meta.doc_type, meta.number, meta.date) == ("minutes", "7", "2019-03-12")
    assert meta.issuer.startswith("Working Group on the Development of Single-Industry Towns")


def test_an_executors_list_cut_by_a_page_break_after_a_semicolon_is_joined():
    from ingest.parse import join_across_pages
    from ingest.structure import Unit

    units = [Unit("text", 2, ["3.4. To hold a job fair. Responsible: Ministry of Labour of the Republic of Mordovia;"]),
             Unit("text", 3, ["Administration of the Kadoshkino urban settlement"]),
             Unit("text", 3, ["Deadline: November 2019"]),
             Unit("text", 3, ["a) to report;"]), Unit("text", 4, ["b) to inform"])]
    joined = join_across_pages(units)
    assert [u.text for u in joined] == [
        "3.4. To hold a job fair. Responsible: Ministry of Labour of the Republic of Mordovia; Administration of the "
        "Kadoshkino urban settlement", "Deadline: November 2019", "a) to report;", "b) to inform"]


def test_a_decree_dated_under_its_signature_in_one_paragraph_before_its_annex():
    from ingest.meta import extract_meta

    body = ("DECREE OF THE HEAD OF THE REPUBLIC OF BASHKORTOSTAN\n1. The Headquarters is established.\n\n"
            "Head of the Republic of Bashkortostan R. Khamitov\n\nUfa, House of the Republic 24 April 2018 No. UG-87 "
            "Approved by Decree of the Head of the Republic of Bashkortostan of 24 April 2018 No. UG-87\n\n"
            "COMPOSITION OF THE HEADQUARTERS\n" + "Member - a deputy minister of the Republic\n" * 20)
    meta = extract_meta(["DECREE", "OF THE HEAD OF THE REPUBLIC OF BASHKORTOSTAN", "ON THE HEADQUARTERS"], body)
    assert (meta.date, meta.number) == ("2018-04-24", "UG-87")


def test_instructions_headed_by_the_word_alone():
    from ingest.meta import extract_meta

    meta = extract_meta(["GOVERNOR OF VOLOGDA OBLAST", "INSTRUCTIONS", "based on the results of the working trip of the "
                         "Governor of Vologda Oblast to the town of Cherepovets on 26 October 2018", "12 November 2018"],
                        "1. To the Department of Finance of the Oblast to provide a subsidy.")
    assert meta.doc_type == "instruction"
    assert meta.title == ("Instructions based on the results of the working trip of the Governor of Vologda Oblast to the "
                          "town of Cherepovets on 26 October 2018")


def test_a_plan_or_programme_named_by_its_heading_in_capitals():
    from ingest.meta import extract_meta

    body = "The Plan has been drawn up on the basis of the integrated development programme of the monotown of Karabash."
    meta = extract_meta(["APPROVED", "by Order of the Government of Chelyabinsk Oblast", "of 17 April 2019 No. 238-rp",
                         "PLAN OF MEASURES FOR THE DIVERSIFICATION OF THE ECONOMY OF THE MONOTOWN OF KARABASH FOR 2019-2020"],
                        body)
    assert meta.title == "Plan of measures for the diversification of the economy of the monotown of Karabash for 2019-2020"


def test_the_body_that_met_without_the_place_or_manner_of_the_meeting():
    from ingest.meta import extract_meta

    body = "1. The Ministry of Labour to submit information by 1 March 2019."
    meta = extract_meta(["MINISTRY OF LABOUR AND SOCIAL PROTECTION OF THE RUSSIAN FEDERATION", "MINUTES No. 2",
                         "of the meeting of the Working Group on Monitoring the Situation in the Labour Markets of Monotowns "
                         "(held by videoconference)", "Moscow", "7 February 2019"], body)
    assert meta.issuer == "Working Group on Monitoring the Situation in the Labour Markets of Monotowns"


def test_an_agenda_heading_in_roman_numerals_may_run_long():
    from ingest.structure import ClauseLabeler

    labeler = ClauseLabeler()
    heading = ("II. On the preparation of applications for the creation of territories of advanced socio-economic "
               "development in the monotowns of the Republic of Tatarstan (Oreshkin, Tsybulsky, Minnikhanov)")
    assert labeler.label(heading) == "II"
    assert labeler.label("2. It is recommended that the Cabinet of Ministers submit the applications.") == "II.2"
    # a long clause numbered in Roman numerals that ends as a sentence is no heading
    other = ClauseLabeler()
    assert other.label("III. The Ministry of Economic Development shall submit to the Government of the Russian Federation "
                       "a consolidated report on the achievement of the targets of the priority programme by 1 May.") is None
    assert other.label("1. To take note.") == "1"
    # a section addressed to a body, however long its name, ends with a colon before its items
    third = ClauseLabeler()
    assert third.label("I. To the Government of the Russian Federation:") == "I"
    assert third.label("4. to instruct the Ministry to prepare methodological recommendations.") == "I.4"
    assert third.label("II. To the executive authorities of the constituent entities of the Russian Federation in whose "
                       "territories monotowns are located:") == "II"
    assert third.label("1. to establish reduced rates of the corporate profit tax;") == "II.1"


def test_a_working_meeting_of_several_parties_is_issued_by_the_letterhead():
    from ingest.meta import extract_meta

    body = "1. To prepare proposals by 1 April 2019."
    meta = extract_meta(['JOINT-STOCK COMPANY "EVRAZ NIZHNY TAGIL METALLURGICAL PLANT"', "PROTOCOL No. 12",
                         "Working meeting of JSC EVRAZ NTMK, the Administration of the City of Nizhny Tagil",
                         "and the Ministry of Industry and Science of Sverdlovsk Oblast", "Nizhny Tagil, 5 March 2019"], body)
    assert meta.title == ("Working meeting of JSC EVRAZ NTMK, the Administration of the City of Nizhny Tagil and the "
                          "Ministry of Industry and Science of Sverdlovsk Oblast")
    assert meta.issuer == 'JSC "Evraz Nizhny Tagil Metallurgical Plant"'


def test_decisions_after_the_last_section_belong_to_no_section():
    from ingest.structure import Unit as LayoutUnit, units_to_blocks

    texts = ["MINUTES No. 4", "I. ON THE READINESS OF THE APPLICATION OF ZLATOUST", "Reported: D.S. Sokolov.",
             "II. ON THE POOL OF POTENTIAL RESIDENTS IN SATKA", "Reported: I.A. Glebov.", "DECIDED:",
             "1. To take note of the information.", "2. To the Ministry of Economic Development of Chelyabinsk Oblast:",
             "2.1. to finalise the application by 20 December 2018;"]
    blocks = units_to_blocks([LayoutUnit("text", 1, [t]) for t in texts])
    assert [b.clause for b in blocks if b.kind == "clause"] == ["1", "2", "2.1"]
    # ... but sections with their own numbered decisions keep them
    texts = ["MINUTES No. 4", "I. ON X", "1. To take note.", "II. ON Y", "DECIDED:", "1. To take note.",
             "2. The Ministry shall report by 1 May 2019."]
    blocks = units_to_blocks([LayoutUnit("text", 1, [t]) for t in texts])
    assert [b.clause for b in blocks if b.kind == "clause"] == ["I.1", "II.1", "II.2"]


def test_a_line_opening_with_initials_is_no_section_and_a_decision_is_other():
    from ingest.meta import extract_meta
    from ingest.structure import ClauseLabeler

    labeler = ClauseLabeler()
    assert labeler.label("I. S.), term - on an ongoing basis).") is None
    meta = extract_meta(["REPUBLIC OF KARELIA", "COUNCIL OF KOSTOMUKSHA URBAN DISTRICT", "DECISION", "of 25 April 2019 No. 352"],
                        "DECIDED: 1. To approve the Strategy.")
    assert meta.doc_type == "other"


def test_a_second_column_of_one_line_is_read_after_the_first(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Times", "B", 11)
    pdf.text(70, 20, "GOVERNMENT OF THE RUSSIAN FEDERATION")
    pdf.set_font("Times", "", 10)
    pdf.text(20, 40, "ON AMENDING THE RULES FOR")
    pdf.text(110, 40, "Federation D. Medvedev")  # the signature ran on into the second column
    for k in range(30):
        pdf.text(20, 48 + k * 7, f"Clause text line {k + 10} of the first column, which runs on.")
    pdf.text(20, 48 + 30 * 7, "Chairman of the Government of the Russian")
    path = tmp_path / "two.pdf"
    path.write_bytes(bytes(pdf.output()))
    text = parse_file(path).text
    assert "RULES FOR Federation" not in text
    assert text.index("Chairman of the Government of the Russian") < text.index("Federation D. Medvedev")


@pytest.mark.parametrize("line, number", [("of 12 April 2018 No. 248r-P", "248r-P"), ("14.05.2018 No. MMV-7-1/262@", "MMV-7-1/262@"),
                                          ("of 29 July 2014 No. 1398-r", "1398-r"), ("No. 12 of 1 March 2018", "12"),
                                          ("(minutes of 3 March 2019 No. 14K (1301))", "14K (1301)"),
                                          ("of 3 March 2019 No. 9K", "9K")])
def test_document_numbers_with_a_letter_after_the_digits_or_an_at_sign(line, number):
    from ingest.meta import extract_meta

    assert extract_meta(["GOVERNMENT OF THE REPUBLIC OF KARELIA", "ORDER", line], "1. To approve the plan.").number == number


@pytest.mark.parametrize("place", ["Tula", "Nizhny Tagil", "city of Tula, 3 March 2020", "p. Pervomaisky, Shchyokino district",
                                   "Tula (by videoconference)", "St Petersburg, 3 March 2020"])
def test_the_place_of_a_meeting_under_its_name_is_no_part_of_the_title(place):
    from ingest.meta import extract_meta

    meta = extract_meta(["GOVERNMENT OF TULA OBLAST", "MINUTES No. 5",
                         "of the meeting of the interdepartmental commission on the monotowns of Tula", "Oblast", place,
                         "3 March 2020"], "DECIDED: 1. To prepare proposals by 1 April 2020.")
    assert meta.title == "Meeting of the interdepartmental commission on the monotowns of Tula Oblast"


@pytest.mark.parametrize("last", ["Kirovsk", "the town of Kirovsk"])
def test_a_town_that_ends_a_wrapped_meeting_name_stays_in_it(last):
    from ingest.meta import extract_meta

    second = "of the monotown" if last == "Kirovsk" else "of the monotown and in"
    meta = extract_meta(["MINUTES No. 2", f"of the meeting of the public council on the development {second}", last,
                         "14 May 2019"], "DECIDED: 1. To prepare proposals by 1 June 2019.")
    assert meta.title == f"Meeting of the public council on the development {second} {last}"


def test_the_manner_of_a_meeting_and_its_kind_of_conference_or_round_table():
    from ingest.meta import extract_meta

    held = extract_meta(["MINUTES", "of the meeting of the working group on labour markets (held by videoconference)",
                         "Moscow, 2 April 2019"], "DECIDED: 1. To report by 1 May 2019.")
    assert held.title == "Meeting of the working group on labour markets"
    video = extract_meta(["MINUTES", "of the video-conference meeting on the labour markets of monotowns", "Moscow, 2 April 2019"],
                         "DECIDED: 1. To report by 1 May 2019.")
    assert video.title == "Video-conference meeting on the labour markets of monotowns"
    table = extract_meta(["PROTOCOL No. 1", "of the round table on small business in the monotown of Baykalsk",
                          "Baykalsk, 2 April 2019"], "Recommended: 1. To hold a fair by 1 June 2019.")
    assert (table.doc_type, table.title) == ("minutes", "Round table on small business in the monotown of Baykalsk")
    extract = extract_meta(["GOVERNMENT OF THE RUSSIAN FEDERATION", "EXTRACT FROM THE MINUTES",
                            "of the meeting of the Government of the Russian Federation", "of 5 May 2016 No. 12"],
                           "2. The Ministry of Finance shall report by 1 June 2016.")
    assert (extract.doc_type, extract.title) == ("minutes", "Meeting of the Government of the Russian Federation")


def test_a_generic_meeting_body_takes_its_full_name_from_a_sentence_case_heading():
    from ingest.meta import extract_meta

    meta = extract_meta(["MINISTRY OF ECONOMY OF TULA OBLAST", "Regional project office for the development of small",
                         "business in the monotowns of Tula Oblast", "MINUTES", "of the meeting of the regional project office",
                         "Tula, 12.03.2019 No. 2"], "DECIDED: 1. To report by 1 May 2019.")
    assert meta.issuer == "Regional project office for the development of small business in the monotowns of Tula Oblast"
    assert meta.title == ("Meeting of the regional project office for the development of small business in the monotowns "
                          "of Tula Oblast")


def test_wrapped_titles_go_on_past_a_full_line_a_split_date_and_a_period_alone():
    from ingest.meta import extract_meta

    body = "1. The Ministry of Economy and the Administration of Shchyokino shall report by 1 June 2019."
    full = extract_meta(["GOVERNOR OF TULA OBLAST", "LIST OF INSTRUCTIONS No. 7",
                         "following the visit of the Governor of Tula Oblast to the Shchyokino Chemical",
                         "Plant in the town of Shchyokino on 14", "March 2019", "Tula", "20 March 2019 No. 7"], body)
    assert full.title == ("List of instructions following the visit of the Governor of Tula Oblast to the Shchyokino Chemical "
                          "Plant in the town of Shchyokino on 14 March 2019")
    period = extract_meta(["MINISTRY OF ECONOMY OF TULA OBLAST", "ORDER", "of 04.10.2018 No. 73", "Tula",
                           "ON APPROVAL OF THE PLAN OF MEASURES FOR THE MONOTOWN OF SHCHYOKINO FOR", "2019-2021"], body)
    assert period.title == "On approval of the plan of measures for the monotown of Shchyokino for 2019-2021"
    caps = extract_meta(["GOVERNMENT OF THE RUSSIAN FEDERATION", "14 May 2019", "No. DK-P16-101",
                         "LIST OF INSTRUCTIONS FOLLOWING THE VISIT OF THE CHAIRMAN OF THE GOVERNMENT TO PJSC AVTOVAZ (TOGLIATTI,",
                         "SAMARA OBLAST) ON 2 MAY 2019"],
                        "The Chairman visited the plant in Togliatti. 1. The Government of Samara Oblast together with PJSC AVTOVAZ shall report.")
    assert caps.title == ("List of instructions following the visit of the Chairman of the Government to PJSC AVTOVAZ "
                          "(Togliatti, Samara Oblast) on 2 May 2019")


def test_a_selector_meeting_keeps_its_kind_in_the_title():
    from ingest.meta import extract_meta

    meta = extract_meta(["MINISTRY OF ECONOMIC DEVELOPMENT OF THE RUSSIAN FEDERATION", "MINUTES",
                         "of the selector meeting of the Deputy Minister with the regions on the labour markets of monotowns",
                         "Moscow, 2 April 2019 No. 12"], "DECIDED: 1. To report by 1 May 2019.")
    assert meta.title == "Selector meeting of the Deputy Minister with the regions on the labour markets of monotowns"


def test_instructions_following_a_meeting_on_a_deputy_prime_ministers_letterhead():
    from ingest.meta import extract_meta

    body = "1. Minfin of Russia (A.G. Siluanov) - to submit proposals to the Government of the Russian Federation by 1 June 2016."
    meta = extract_meta(["GOVERNMENT OF THE RUSSIAN FEDERATION", "FIRST DEPUTY CHAIRMAN OF THE GOVERNMENT OF THE RUSSIAN FEDERATION",
                         "7 April 2016 No. IS-P9-2061", "Moscow",
                         "INSTRUCTIONS FOLLOWING THE MEETING ON THE SITUATION IN THE MONOTOWNS OF THE COAL INDUSTRY"], body)
    assert (meta.doc_type, meta.issuer, meta.number) == ("instruction", "Deputy Prime Minister of the Russian Federation",
                                                          "IS-P9-2061")
    assert meta.title.lower() == "instructions following the meeting on the situation in the monotowns of the coal industry"
    # the Government's own letterhead stays the Government's
    plain = extract_meta(["GOVERNMENT OF THE RUSSIAN FEDERATION", "ORDER", "7 April 2016 No. 612-r", "Moscow"], body)
    assert plain.issuer == "Government of the Russian Federation"


def test_an_amending_title_keeps_the_cited_act_wrapped_onto_the_next_line():
    from ingest.meta import extract_meta

    body = "1. To make the following amendments to the resolution."
    meta = extract_meta(["GOVERNMENT OF TOMSK OBLAST", "RESOLUTION", "22 August 2017 No. 486-a", "Tomsk",
                         "ON AMENDMENTS TO RESOLUTION OF THE GOVERNMENT OF TOMSK OBLAST", "OF 14.04.2016 NO. 178-A"], body)
    assert meta.title.lower() == "on amendments to resolution of the government of tomsk oblast of 14.04.2016 no. 178-a"
    meta = extract_meta(["GOVERNMENT OF TOMSK OBLAST", "RESOLUTION", "of 8 June 2018 No. 301-pP", "Tomsk",
                         "On amendments to the resolution of the Government of Tomsk Oblast of 14.03.2016 No.", "120-pP"], body)
    assert meta.title == "On amendments to the resolution of the Government of Tomsk Oblast of 14.03.2016 No. 120-pP"


def test_a_meetings_name_ends_before_who_presided():
    from ingest.meta import extract_meta

    meta = extract_meta(["REPUBLIC OF KARELIA", "SEGEZHA MUNICIPAL DISTRICT", "MINUTES No. 4", "Segezha, 11 October 2018",
                         "Meeting of the Council of Heads of Settlements of the Segezha Municipal District",
                         "Presided: Head of the Administration of the Segezha Municipal District V.N. Kolomiyets."],
                        "1.1. To take note of the information.")
    assert meta.title == "Meeting of the Council of Heads of Settlements of the Segezha Municipal District"
    assert meta.issuer == "Council of Heads of Settlements of the Segezha Municipal District"


@pytest.mark.parametrize("number, doc_type", [
    ("IS-P16-1032", "instruction"),  # a Deputy Prime Minister's "RESOLUTION" on a letter: his instruction
    ("DM-P9-87", "instruction"),
    ("1032", "resolution"),  # a Government resolution keeps its type
])
def test_a_resolution_numbered_as_an_instruction_is_one(number, doc_type):
    from ingest.meta import extract_meta

    meta = extract_meta(["GOVERNMENT OF THE RUSSIAN FEDERATION", "FIRST DEPUTY PRIME MINISTER OF THE RUSSIAN FEDERATION",
                         "RESOLUTION", f"20 February 2018 No. {number}"], "Please consider the proposals.")
    assert (meta.doc_type, meta.number) == (doc_type, number)


@pytest.mark.parametrize("lines, title", [
    # what a list follows, written under its date, number and place
    (["GOVERNOR OF VLADIMIR OBLAST", "LIST OF INSTRUCTIONS", "13.03.2018 No. 19-pr", "Vladimir",
      "FOLLOWING THE WORKING VISIT TO THE TOWN OF KURLOVO ON 27 FEBRUARY 2018"],
     "List of instructions following the working visit to the town of Kurlovo on 27 February 2018"),
    # a report's approval set on its title's last line is no part of it
    (["CONTROL AND ACCOUNTS CHAMBER OF THE REPUBLIC OF KARELIA", "REPORT",
      'on the results of the audit "Monotowns of the Republic of Karelia in 2017" Approved by the Board of the Chamber',
      "(minutes of 27.06.2018 No. 14)"],
     'Report on the results of the audit "Monotowns of the Republic of Karelia in 2017"'),
    # a state programme's name
    (["APPROVED", "by resolution of the Government of Ulyanovsk Oblast", "of 22 December 2015 No. 30/612-P",
      'STATE PROGRAMME OF ULYANOVSK OBLAST "DEVELOPMENT OF MONOTOWNS OF ULYANOVSK OBLAST" FOR 2016-2020', "(extract)"],
     'State programme of Ulyanovsk Oblast "Development of monotowns of Ulyanovsk Oblast" for 2016-2020'),
])
def test_titles_of_lists_reports_and_programmes(lines, title):
    from ingest.meta import extract_meta

    body = "1. To approve the plan of Ulyanovsk Oblast for Kurlovo and the Republic of Karelia."  # (its proper names)
    assert extract_meta(lines, body).title == title


def test_a_decision_of_a_meeting_is_its_minutes_and_a_headquarters_that_met_is_the_issuer():
    from ingest.meta import extract_meta

    meta = extract_meta(["MINISTRY OF INDUSTRY AND TRADE OF THE RUSSIAN FEDERATION", "DECISION", "of the meeting of the "
                         "Interdepartmental Working Group on Import Substitution in Monotowns", "29 May 2018 No. 2", "Moscow"],
                        "1. To approve the list.")
    assert (meta.doc_type, meta.issuer) == ("minutes", "Interdepartmental Working Group on Import Substitution in Monotowns")
    meta = extract_meta(["MINUTES No. 2", "Meeting of the Regional Operational Headquarters for Monotowns of Perm Krai",
                         "26 January 2016"], "1. To take note.")
    assert meta.issuer == "Regional Operational Headquarters for Monotowns of Perm Krai"


def test_an_agreement_between_parties_takes_its_subject_line_as_title():
    from ingest.meta import extract_meta

    head = ["AGREEMENT No. 139-09-2018-061", "between the Ministry of Economic Development of the Russian Federation",
            "and the Administration of Kemerovo Oblast", "Moscow, 26 October 2018"]
    body = "The Parties have agreed as follows."
    assert extract_meta(head + ['ON THE CREATION OF THE TERRITORY OF ADVANCED SOCIO-ECONOMIC DEVELOPMENT "YURGA"'], body).title \
        == 'On the creation of the territory of advanced socio-economic development "Yurga"'
    assert extract_meta(head, body).title.startswith("Agreement between the Ministry of Economic Development")


def test_a_document_of_no_named_kind_takes_its_meeting_line_or_its_headline_as_title():
    from ingest.meta import extract_meta

    meta = extract_meta(["GOVERNMENT OF THE RUSSIAN FEDERATION", "Meeting of the Government of the Russian Federation",
                         "15 February 2018", "Verbatim record (excerpt)"], "D. MEDVEDEV: Good afternoon, colleagues.")
    assert (meta.doc_type, meta.title) == ("other", "Meeting of the Government of the Russian Federation")
    meta = extract_meta(["GOVERNMENT OF KURGAN OBLAST", "Official website",
                         "ALEXEY KOKORIN HELD A WORKING MEETING ON THE DEVELOPMENT OF THE MONOTOWN OF DALMATOVO",
                         "21.11.2017, 16:45. Kurgan"], "Governor of Kurgan Oblast Alexey Kokorin today held a working meeting.")
    assert meta.title.lower() == "alexey kokorin held a working meeting on the development of the monotown of dalmatovo"
    meta = extract_meta(["MINISTRY OF ECONOMIC DEVELOPMENT AND INVESTMENT POLICY OF KRASNOYARSK KRAI", "22.01.2019 No. 32-1147"],
                        "Dear colleagues! Please submit the information.")
    assert meta.title is None


def test_minutes_named_twice_take_the_fuller_meeting_line_and_the_companys_short_form():
    from ingest.meta import extract_meta

    meta = extract_meta(['JOINT-STOCK COMPANY "VYCHEGDA PULP AND PAPER MILL"', "MINUTES No. 3", "of the meeting of the Board of "
                         "Directors", 'Meeting of the Board of Directors of Joint-Stock Company "Vychegda Pulp and Paper Mill"',
                         "Date of the meeting: 16 February 2017."], "1. To approve the Social Programme.")
    assert (meta.issuer, meta.title) == ('Board of Directors of JSC "Vychegda Pulp and Paper Mill"',
                                         'Meeting of the Board of Directors of Joint-Stock Company "Vychegda Pulp and Paper Mill"')


def test_an_approved_programme_takes_its_issuer_from_the_approving_act():
    doc = parse_text('APPROVED\nby resolution of the Administration\nof the Satka municipal district\nof 14.03.2019 No. 187\n\n'
                     "INTEGRATED DEVELOPMENT PROGRAMME OF THE MONOTOWN OF SATKA FOR 2019-2025\n\nThe programme is a plan.\n",
                     "programme.txt")
    assert doc.meta.issuer == "Administration of the Satka municipal district"
    doc = parse_text("APPROVED\nby the Governor of Tver Oblast\n15 July 2016\nNo. 77\n\nLIST OF MEASURES\n\n1. To do it.\n",
                     "list.txt")
    assert doc.meta.issuer == "Governor of Tver Oblast"


def test_a_regional_law_cites_its_parts_by_article_and_is_dated_where_the_governor_signs():
    doc = parse_text("LAW OF TVER OBLAST\nOn support of monotowns\n\nAdopted by resolution of the Legislative Assembly of "
                     "Tver Oblast of 15 November 2017 No. 612\n\nArticle 4. Obligations of the Investor\n\n4.1. The Investor "
                     "shall invest.\n\na) on time;\n\nArticle 9. Transitional provisions\n\n1. The Government of Tver Oblast "
                     "shall, within two months, approve the procedure.\n\n2) to approve it;\n\nGovernor of Tver Oblast "
                     "I.M. Rudenya\n\nTver, House of Soviets\n\n20 November 2017\n\nNo. 612/148-ZO\n", "law.txt")
    assert [(b.kind, b.clause) for b in doc.blocks if b.clause] == [
        ("heading", "4"), ("clause", "4.1"), ("clause", "4.1a"), ("heading", "9"), ("clause", "9"), ("clause", "9")]
    assert (doc.meta.date, doc.meta.number) == ("2017-11-20", "612/148-ZO")
