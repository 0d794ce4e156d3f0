"""Files to Documents: parse_file for .pdf/.txt, parse_text for plain text."""

from __future__ import annotations

import hashlib
import logging
import re
import warnings
from collections import Counter
from pathlib import Path

from ingest.errors import EmptyFile, EncryptedPDF, NotAPDF, NoTextLayer, TruncatedPDF, UnsupportedFile
from ingest.layout import PDFIUM_HYPHEN, STARTS_ITEM, Line, group_lines, drop_margin_numbers, paragraphs, reading_order, spans_from_textpage
from ingest.meta import extract_meta, is_mostly_caps
from ingest.model import Document, Page
from ingest.structure import Unit, is_caps, title_block_end, units_to_blocks
from ingest.tables import PageTable, find_tables, probably_has_table, tables_from_rulings

PAGE_NUMBER = re.compile(r"^(?:[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4})$", re.I)


def sha256_file(path: str | Path) -> str:
    """Hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def parse_file(path: str | Path) -> Document:
    """Parse a .pdf or .txt file; raises an ingest.errors.IngestError naming the reason."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".txt"):
        raise UnsupportedFile(f"unsupported file type {suffix or '(none)'!r}: only .pdf and .txt are ingested")
    if path.stat().st_size == 0:
        raise EmptyFile("empty file (0 bytes)")
    if suffix == ".txt":
        text = path.read_bytes().decode("utf-8", errors="replace")
        doc = parse_text(text, path.name, str(path))
        doc.sha256 = sha256_file(path)
        return doc
    return parse_pdf(path)


def parse_text(text: str, source: str, path: str = "") -> Document:
    """A plain-text document as one page: paragraphs split on blank lines, lines unwrapped."""
    raw_paras = [p for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
    units = []
    for k, para in enumerate(raw_paras):
        lines = [ln.strip() for ln in para.splitlines() if ln.strip()]
        # a leading run of short lines (a title block) keeps its line breaks
        centred = k == 0 and len(lines) > 1 and all(len(ln) < 80 for ln in lines)
        units.append(Unit("text", 1, lines=lines if centred else [unwrap(lines)], centred=centred))
    blocks = units_to_blocks(units)
    page_text = "\n\n".join(b.text for b in blocks)
    doc = Document(source=source, path=path, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                   pages=[Page(1, page_text)], blocks=blocks)
    doc.meta = _meta(units, doc)
    return doc


def unwrap(lines: list[str], words: set[str] | None = None) -> str:
    """Join wrapped lines with spaces, repairing hyphenation at line ends."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        # ("responsible -" / "Department ...": a dash set off by a space ends the line, no word is split)
        if out.endswith((PDFIUM_HYPHEN, "-", "\u00ad")) and line[:1].isalpha() and not out[-2:-1].isspace():
            out = out[:-1] + join_hyphen(out[:-1], line, words)
        else:
            out += " " + line
    return out.replace(PDFIUM_HYPHEN, "-").replace("\u00ad", "")


def join_hyphen(before: str, after: str, words: set[str] | None) -> str:
    """The text to append for a line ending in a hyphen: dropped for a split word, kept for a compound."""
    head = re.search(r"([A-Za-z\u00c0-\u024f]+)$", before)
    tail = re.match(r"([A-Za-z\u00c0-\u024f]+)", after)
    if head and tail:
        joined = (head.group(1) + tail.group(1)).lower()
        hyphened = f"{head.group(1)}-{tail.group(1)}".lower()
        if words is not None:
            if hyphened in words and joined not in words:
                return "-" + after
            if joined in words:
                return after
        if head.group(1).islower() and tail.group(1)[0].islower():
            return after
    return "-" + after


def parse_pdf(path: Path) -> Document:
    """Parse a PDF with pypdfium2 (text, layout, rulings); pdfplumber only for tables drawn in complex paths."""
    head = path.read_bytes()[:1024]
    if b"%PDF" not in head:
        raise NotAPDF("not a PDF (no %PDF header)")
    with open(path, "rb") as f:
        f.seek(0, 2)
        size = f.tell()
        f.seek(max(0, size - 8192))
        if b"%%EOF" not in f.read():
            raise TruncatedPDF("truncated PDF (no %%EOF end marker)")
    import pypdfium2 as pdfium

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise EncryptedPDF("encrypted PDF (password required)") from None
        raise TruncatedPDF(f"damaged PDF ({message})") from None
    try:
        return _parse_pdfium(pdf, path)
    finally:
        pdf.close()


def _parse_pdfium(pdf, path: Path) -> Document:
    """Lines per page, header/footer removal, tables, then units, blocks and metadata."""
    warnings_out: list[str] = []
    page_lines: list[list[Line]] = []
    ruled: list[int] = []
    quick_tables: dict[int, list[PageTable]] = {}
    has_text: list[bool] = []
    widths: list[float] = []
    try:
        n_pages = len(pdf)
    except Exception:
        raise TruncatedPDF("damaged PDF (page tree unreadable)") from None
    if n_pages == 0:
        raise TruncatedPDF("damaged PDF (no pages)")
    for i in range(n_pages):
        try:
            page = pdf[i]
            width, height = page.get_size()
            widths.append(width)
            textpage = page.get_textpage()
            words: list = []
            spans = spans_from_textpage(textpage, height, words)
            if probably_has_table(page):
                fast = tables_from_rulings(page, height, words, i + 1)
                if fast:
                    quick_tables[i + 1] = fast
                else:  # rulings that are not simple lines and boxes: let pdfplumber look
                    ruled.append(i)
        except Exception as exc:  # pdfium errors on a damaged page
            raise TruncatedPDF(f"damaged PDF (page {i + 1}: {exc})") from None
        has_text.append(bool(spans))
        try:
            page_lines.append(drop_margin_numbers(reading_order(spans, width)) if spans else [])
        except Exception as exc:  # a layout we do not understand: keep its text in plain top-down order
            page_lines.append(group_lines(spans))
            warnings_out.append(f"page {i + 1}: layout analysis failed ({type(exc).__name__}); text kept in plain order")
    if not any(has_text):
        raise NoTextLayer(f"no text layer on any of {n_pages} pages (scanned?); OCR is not supported yet")
    for i, ok in enumerate(has_text):
        if not ok:
            warnings_out.append(f"page {i + 1} has no text layer (scanned?); its text is missing")
    tables = _tables(path, ruled) if ruled else {}
    tables.update(quick_tables)
    strip_running_lines(page_lines)
    words = word_set(page_lines)
    units: list[Unit] = []
    page_texts: list[str] = []
    for i, lines in enumerate(page_lines):
        page_tables = tables.get(i + 1, [])
        if page_tables:
            lines = [ln for ln in lines if not any(_inside(ln, t) for t in page_tables)]
        page_units = _page_units(lines, page_tables, i + 1, widths[i], words)
        page_texts.append("\n\n".join(u.text if u.kind == "text" else _table_text(u.table) for u in page_units))
        units.extend(page_units)
    units = join_across_pages(units)
    blocks = units_to_blocks(units)
    pages = [Page(i + 1, page_texts[i], has_text[i]) for i in range(n_pages)]
    doc = Document(source=path.name, path=str(path), sha256=sha256_file(path), pages=pages, blocks=blocks,
                   warnings=warnings_out)
    doc.meta = _meta(units, doc)
    return doc


def _meta(units: list[Unit], doc: Document):
    n_title = title_block_end(units)
    lines: list[str] = []
    # the title block, and the short lines after it up to the first paragraph of running text (a letter's
    # subject heading comes after its address lines)
    limit = max(n_title, 1) + 5
    for i, unit in enumerate(units):
        if unit.kind == "text":
            if i >= limit and not (lines and is_mostly_caps(lines[-1]) and is_mostly_caps(unit.text)
                                   and len(unit.text) <= 120 and i < limit + 3):
                break  # (a capitals heading that wraps past the limit goes on: "... OF THE SOCIO-ECONOMIC" / "SITUATION ...")
            if i >= n_title and len(unit.text) > 250:
                break
            lines.extend(unit.lines if unit.centred else [unit.text])
    return extract_meta(lines, doc.text, n_title_lines=sum(len(u.lines) for u in units[:n_title]))


def _tables(path: Path, pages: list[int]) -> dict[int, list[PageTable]]:
    """Tables per 1-based page number, only for the given 0-based page indexes."""
    import pdfplumber

    found: dict[int, list[PageTable]] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with pdfplumber.open(str(path)) as plumber:
                for i in pages:
                    tables = find_tables(plumber.pages[i], i + 1)
                    if tables:
                        found[i + 1] = tables
        except Exception:  # pdfminer could not read what pdfium could: keep the text, lose the tables
            return found
    return found


def _inside(line: Line, table: PageTable) -> bool:
    x0, top, x1, bottom = table.bbox
    cy = (line.top + line.bottom) / 2
    cx = (line.x0 + line.x1) / 2
    return top - 1 <= cy <= bottom + 1 and x0 - 1 <= cx <= x1 + 1


def _table_text(table: PageTable | None) -> str:
    return "\n".join(" | ".join(row) for row in table.rows) if table else ""


def _page_units(lines: list[Line], tables: list[PageTable], page: int, width: float, words: set[str]) -> list[Unit]:
    """Paragraph units with this page's tables placed where they start."""
    units = []
    for group, centred in paragraphs(lines, width):
        texts = [ln.text for ln in group]
        units.append(Unit("text", page, lines=[unwrap([t], words) for t in texts] if centred else [unwrap(texts, words)],
                          centred=centred, top=group[0].top))
    for table in tables:
        index = next((k for k, u in enumerate(units) if u.top > table.bbox[1]), len(units))
        units.insert(index, Unit("table", page, table=table, top=table.bbox[1]))
    return units


def normalise_running(text: str) -> str:
    """A line modulo digits and spacing; case is kept, so a running header differs from a capitals title."""
    return re.sub(r"\d+", "#", " ".join(text.split())).strip("# ")  # page numbers sit at either end


def edge_rows(lines: list[Line]) -> tuple[list[list[Line]], list[list[Line]]]:
    """The two top and the two bottom visual rows of a page (lines side by side share a row), outermost first."""
    rows: list[list[Line]] = []
    for ln in sorted(lines, key=lambda ln: ln.top):
        if rows and abs((ln.top + ln.bottom) / 2 - (rows[-1][0].top + rows[-1][0].bottom) / 2) < 3:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return rows[:2], rows[-2:][::-1]


def strip_running_lines(page_lines: list[list[Line]]) -> None:
    """Remove running headers/footers and page numbers from page tops and bottoms, in place.

    A line goes when it is a page number, when it repeats (modulo digits) at the edge of many pages, or,
    after the first page, when it is in a smaller type than the body and set apart from it.
    """
    n = len(page_lines)
    sizes = sorted(ln.size for lines in page_lines for ln in lines for _ in range(len(ln.text) // 10 + 1))
    body_size = sizes[len(sizes) // 2] if sizes else 0.0  # the body's type size, weighted by text
    edges_per_page = [edge_rows(lines) for lines in page_lines]
    counts: Counter[str] = Counter()
    for top, bottom in edges_per_page:
        for key in {normalise_running(ln.text) for row in top + bottom for ln in row}:
            counts[key] += 1
    threshold = max(2, int(0.3 * n + 0.5))
    for number, (lines, (top, bottom)) in enumerate(zip(page_lines, edges_per_page), 1):
        drop = {id(ln) for row in top + bottom for ln in row
                if PAGE_NUMBER.match(ln.text.strip())
                or (counts[normalise_running(ln.text)] >= threshold and not STARTS_ITEM.match(ln.text))}
        lines[:] = [ln for ln in lines if id(ln) not in drop]
        if number > 1:  # then a one-off header or footer: small type, set apart (looked for once page numbers are gone)
            top, bottom = edge_rows(lines)
            drop = {id(ln) for rows in (top, bottom) if len(rows) == 2 for ln in rows[0] if _apart(ln, rows[1], body_size)}
            lines[:] = [ln for ln in lines if id(ln) not in drop]


def _apart(line: Line, neighbours: list[Line], body_size: float) -> bool:
    """A line in smaller type than the body, separated from the next row towards the body by more than a line."""
    gap = min(abs(nb.top - line.bottom) if nb.top >= line.top else abs(line.top - nb.bottom) for nb in neighbours)
    return 0 < line.size < 0.85 * body_size and gap > body_size


def word_set(page_lines: list[list[Line]]) -> set[str]:
    """Lower-case words (hyphenated compounds included) seen inside lines, for hyphenation repair."""
    words: set[str] = set()
    for lines in page_lines:
        for ln in lines:
            for w in re.findall(r"[A-Za-z\u00c0-\u024f]+(?:-[A-Za-z\u00c0-\u024f]+)*", ln.text.rstrip(PDFIUM_HYPHEN + "-")):
                words.add(w.lower())
                if "-" in w:
                    words.update(p.lower() for p in w.split("-"))
    return words


def join_across_pages(units: list[Unit]) -> list[Unit]:
    """Merge a paragraph cut by a page break with its continuation on the next page."""
    out: list[Unit] = []
    seen_page = None  # the page of the unit before this one (a joined unit keeps the page it starts on)
    for unit in units:
        prev = out[-1] if out else None
        first_on_page, seen_page = unit.page != seen_page, unit.page
        if (prev is not None and first_on_page and prev.kind == "text" and unit.kind == "text" and unit.page == prev.page + 1
                and not prev.centred and not unit.centred and (_open_ended(prev.text) or LIST_GOES_ON.search(prev.text))
                and not STARTS_ITEM.match(unit.text)
                and not is_caps(unit.text)):
            prev.lines = [unwrap([prev.text, unit.text])]
            continue
        out.append(unit)
    return out


# a "Responsible:" line whose list of executors the page break cuts after a ";" or ","
LIST_GOES_ON = re.compile(r"\b(?:Responsible(?: executors?)?|Co-executors?|Executors?|Resp\.)\s*:[^:.]*[;,]\s*$")


def _open_ended(text: str) -> bool:
    return not text.rstrip().endswith((".", "!", "?", ":", ";")) and not is_caps(text)
