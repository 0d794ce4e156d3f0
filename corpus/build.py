"""Build the sample corpus PDFs from corpus/sources/*.md (format: corpus/ANNOTATION.md).

    python corpus/build.py [ID ...]      rebuild all documents, or only the named ones
    python corpus/build.py --check       exit 1 unless the PDFs on disk match a fresh build (text)
    python corpus/build.py --bad DIR     write the bad-input fixtures into DIR

Beyond corpus/ANNOTATION.md: `{-}` inside a word forces a hyphenated line end there ("socio-eco{-}nomic");
pipe tables are not supported in two-column layout.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import textwrap
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import yaml
from fpdf import FPDF
from fpdf.enums import Align, TableBordersLayout, XPos, YPos
from PIL import Image, ImageDraw, ImageFont

CORPUS = Path(__file__).resolve().parent
SOURCES = CORPUS / "sources"
PDFS = CORPUS / "pdfs"
FIXED_DATE = datetime(2020, 1, 1, tzinfo=timezone.utc)
PAGEBREAK = "<<<pagebreak>>>"
SOFT_HYPHEN = "{-}"  # in a source word: force a line break there, with a hyphen, if the word is last
ASCII_FOR = {
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00a0": " ", "\u2116": "No.",
}


@dataclass
class Source:
    """One parsed source file: its front matter and body text."""

    id: str
    meta: dict
    body: str
    path: Path = field(repr=False)


def to_latin1(text: str) -> str:
    """Replace typographic characters the core fonts cannot draw."""
    for char, plain in ASCII_FOR.items():
        text = text.replace(char, plain)
    return text.encode("latin-1", "replace").decode("latin-1")


def read_source(path: Path) -> Source:
    """Parse a source file into front matter and body."""
    text = path.read_text(encoding="utf-8")
    match = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    if not match:
        raise ValueError(f"{path}: missing YAML front matter")
    meta = yaml.safe_load(match.group(1)) or {}
    return Source(id=meta.get("id", path.stem), meta=meta, body=to_latin1(match.group(2)), path=path)


def split_blocks(body: str) -> list[list[str]]:
    """Blocks are runs of non-blank lines; a page break is a block of its own."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in body.splitlines():
        if line.strip() == PAGEBREAK:
            if current:
                blocks.append(current)
            blocks.append([PAGEBREAK])
            current = []
        elif line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def is_heading(block: list[str]) -> bool:
    """A single line in capitals is a heading."""
    text = block[0]
    return len(block) == 1 and any(c.isalpha() for c in text) and text == text.upper() and not text.startswith("|")


NUMBERED = re.compile(r"^((?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-z]\))\s+)")


class CorpusPDF(FPDF):
    """FPDF with the running header, footer and page numbers of one source."""

    def __init__(self, meta: dict):
        super().__init__(format="A4")
        self.meta = meta
        self.base_size = float(meta.get("font_size", 11))
        self.set_creation_date(FIXED_DATE)
        self.set_producer("govkb corpus/build.py")
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=22)
        self.file_id = self.fixed_file_id  # type: ignore[method-assign]

    @staticmethod
    def fixed_file_id(*_args) -> str:
        """A constant /ID, so that the same source gives the same bytes."""
        return "<00000000000000000000000000000000><00000000000000000000000000000000>"

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "", 8)
        style = self.meta.get("page_numbers", "none")
        self.set_y(8)
        if style == "top-dash":
            self.cell(0, 4, f"- {self.page_no()} -", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if self.meta.get("header"):
            self.cell(0, 4, to_latin1(self.meta["header"]), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_y(20)
        self.set_font("Times", "", self.base_size)

    def footer(self) -> None:
        style = self.meta.get("page_numbers", "none")
        self.set_font("Helvetica", "", 8)
        if self.page_no() > 1 and self.meta.get("footer"):
            self.set_y(-16)
            self.cell(0, 4, to_latin1(self.meta["footer"]), align="C")
        if style in ("bottom", "bottom-plain"):
            self.set_y(-11)
            label = f"Page {self.page_no()} of {{nb}}" if style == "bottom" else str(self.page_no())
            self.cell(0, 4, label, align="C")


def write_paragraph(pdf: FPDF, text: str, width: float, x: float) -> None:
    """A wrapped, justified paragraph; numbered ones get a hanging indent; `{-}` forces a hyphenated line end."""
    lh = pdf.font_size_pt * 0.45
    match = NUMBERED.match(text)
    if match:
        label = match.group(1).strip()
        hang = 4 + 2.2 * len(label)
        if pdf.will_page_break(lh):
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_x(x)
        pdf.cell(hang, lh, label)
        pdf.set_xy(x + hang, y)
        x, width, text = x + hang, width - hang, text[match.end():]
    pieces = text.split(SOFT_HYPHEN, 1)
    if len(pieces) == 2:  # the head ends its last line with "-", the rest of the word starts a new line
        pdf.set_x(x)
        pdf.multi_cell(width, lh, pieces[0] + "-", align=Align.L, markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        text = pieces[1]
    pdf.set_x(x)
    pdf.multi_cell(width, lh, text, align=Align.J, markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(lh * 0.6)


def write_table(pdf: FPDF, block: list[str]) -> None:
    """A pipe table with rulings; fpdf2 repeats the header row on a new page."""
    rows = []
    for line in block:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
            continue
        rows.append(cells)
    ncols = max(len(r) for r in rows)
    widths = _column_widths(rows, ncols)
    pdf.set_font("Times", "", pdf.base_size - 1)
    with pdf.table(col_widths=widths, borders_layout=TableBordersLayout.ALL, repeat_headings=1,
                   line_height=pdf.font_size * 1.3, text_align="LEFT", first_row_as_headings=True) as table:
        for cells in rows:
            row = table.row()
            for cell in cells + [""] * (ncols - len(cells)):
                row.cell(cell)
    pdf.set_font("Times", "", pdf.base_size)
    pdf.ln(3)


def _column_widths(rows: list[list[str]], ncols: int) -> tuple[int, ...]:
    """Relative column widths from the longest cell, clamped so no column is starved or dominant."""
    longest = [max((len(r[i]) if i < len(r) else 0) for r in rows) for i in range(ncols)]
    return tuple(max(10, min(n, 60)) for n in longest)


def render_title(pdf: FPDF, block: list[str]) -> None:
    """The title block: bold, centred, one printed line per source line."""
    pdf.set_font("Times", "B", pdf.base_size + 1)
    for line in block:
        pdf.multi_cell(0, pdf.font_size * 1.4, line.replace("**", ""), align=Align.C,
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "", pdf.base_size)
    pdf.ln(4)


def render_heading(pdf: FPDF, text: str, width: float, x: float) -> None:
    """A heading line: bold and centred."""
    pdf.set_font("Times", "B", pdf.base_size)
    pdf.set_x(x)
    pdf.multi_cell(width, pdf.font_size * 1.4, text.replace("**", ""), align=Align.C,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "", pdf.base_size)
    pdf.ln(2)


def render_text(source: Source) -> FPDF:
    """Lay out a source as text pages (scanned pages are replaced afterwards)."""
    pdf = CorpusPDF(source.meta)
    pdf.alias_nb_pages()
    pdf.add_page()
    blocks = split_blocks(source.body)
    render_title(pdf, blocks[0])
    two_col = source.meta.get("layout", "single") == "two-column"
    if two_col:
        with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.15) as cols:
            for block in blocks[1:]:
                if block == [PAGEBREAK]:
                    cols.new_column()
                    continue
                if block[0].lstrip().startswith("|"):
                    raise ValueError(f"{source.id}: tables are not supported in two-column layout")
                text = " ".join(line.strip() for line in block).replace(SOFT_HYPHEN, "")
                if is_heading(block):
                    pdf.set_font("Times", "B", pdf.base_size)
                    cols.write(text + "\n")
                    pdf.set_font("Times", "", pdf.base_size)
                    cols.ln()
                else:
                    cols.write(text.replace("**", "") + "\n")
                    cols.ln()
        return pdf
    width = pdf.epw
    for block in blocks[1:]:
        if block == [PAGEBREAK]:
            pdf.add_page()
        elif block[0].lstrip().startswith("|"):
            write_table(pdf, block)
        elif is_heading(block):
            render_heading(pdf, block[0], width, pdf.l_margin)
        else:
            write_paragraph(pdf, " ".join(line.strip() for line in block), width, pdf.l_margin)
    return pdf


def page_image(lines: list[str], size: tuple[int, int] = (1240, 1754)) -> bytes:
    """Draw page text into a greyish PNG, like a scan: no text layer survives."""
    image = Image.new("L", size, 246)
    draw = ImageDraw.Draw(image)
    font = _scan_font()
    y = 110
    wrapped = [part for line in lines for part in (textwrap.wrap(line, 88) or [""])]
    for line in wrapped:
        draw.text((110, y), line, fill=25, font=font)
        y += 34
        if y > size[1] - 100:
            break
    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def _scan_font() -> ImageFont.ImageFont:
    for name in ("DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "LiberationSerif-Regular.ttf"):
        try:
            return ImageFont.truetype(name, 21)
        except OSError:
            continue
    return ImageFont.load_default(size=21)


def page_texts(pdf_bytes: bytes) -> list[str]:
    """Text of each page of a PDF (pdfplumber, used only at build time)."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf_bytes)) as doc:
        return [page.extract_text() or "" for page in doc.pages]


def build(source: Source) -> bytes:
    """Render one source to PDF bytes; scanned pages are swapped for images of their text."""
    scanned = set(source.meta.get("scanned_pages") or [])
    text_pdf = bytes(render_text(source).output())
    if not scanned:
        return text_pdf
    from pypdf import PdfReader, PdfWriter

    texts = page_texts(text_pdf)
    if max(scanned) > len(texts):
        raise ValueError(f"{source.id}: scanned page {max(scanned)} beyond {len(texts)} pages")
    images = CorpusPDF({})
    for number in sorted(scanned):
        images.add_page()
        images.image(io.BytesIO(page_image(texts[number - 1].splitlines())), x=0, y=0, w=images.w, h=images.h)
    text_reader = PdfReader(io.BytesIO(text_pdf))
    image_reader = PdfReader(io.BytesIO(bytes(images.output())))
    image_pages = dict(zip(sorted(scanned), image_reader.pages))
    writer = PdfWriter()
    for number, page in enumerate(text_reader.pages, start=1):
        writer.add_page(image_pages.get(number, page))
    writer.add_metadata({"/Producer": "govkb corpus/build.py", "/CreationDate": "D:20200101000000Z"})
    writer._ID = None
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def write_pdf(source: Source, target_dir: Path = PDFS) -> Path:
    target_dir.mkdir(parents=True, exist_ok=True)
    path = target_dir / f"{source.id}.pdf"
    path.write_bytes(build(source))
    return path


def all_sources(ids: list[str] | None = None) -> list[Source]:
    sources = [read_source(p) for p in sorted(SOURCES.glob("*.md"))]
    if ids:
        wanted = set(ids)
        unknown = wanted - {s.id for s in sources}
        if unknown:
            raise SystemExit(f"Error: no source for {', '.join(sorted(unknown))}")
        sources = [s for s in sources if s.id in wanted]
    return sources


def check(sources: list[Source]) -> list[str]:
    """Ids whose PDF on disk is missing or differs in text from a fresh build."""
    stale = []
    for source in sources:
        path = PDFS / f"{source.id}.pdf"
        if not path.exists() or page_texts(path.read_bytes()) != page_texts(build(source)):
            stale.append(source.id)
    return stale


def write_bad_fixtures(directory: Path) -> list[Path]:
    """The five bad-input fixtures: empty, truncated, encrypted, not a PDF, wholly scanned."""
    directory.mkdir(parents=True, exist_ok=True)
    good = _sample_pdf()
    fixtures = {
        "empty.pdf": b"",
        "truncated.pdf": good[: len(good) // 2],
        "encrypted.pdf": _sample_pdf(password="govkb"),
        "not-a-pdf.pdf": b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
                         b"<body><h1>Not Found</h1><p>The requested document was not found.</p></body></html>\n",
        "scanned.pdf": _scanned_pdf(),
    }
    paths = []
    for name, data in fixtures.items():
        path = directory / name
        path.write_bytes(data)
        paths.append(path)
    return paths


SAMPLE_LINES = [
    "GOVERNMENT OF THE RUSSIAN FEDERATION",
    "ORDER of 15 March 2016 No. 400-r",
    "1. The Ministry of Economic Development shall submit a report by 1 June 2016.",
]


def _sample_pdf(password: str | None = None) -> bytes:
    pdf = CorpusPDF({})
    pdf.add_page()
    pdf.set_font("Times", "", 11)
    for line in SAMPLE_LINES * 20:
        pdf.multi_cell(0, 6, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if password:
        pdf.set_encryption(owner_password="govkb-owner", user_password=password)
    return bytes(pdf.output())


def _scanned_pdf() -> bytes:
    pdf = CorpusPDF({})
    for number in (1, 2):
        pdf.add_page()
        png = page_image(SAMPLE_LINES + [f"- {number} -"])
        pdf.image(io.BytesIO(png), x=0, y=0, w=pdf.w, h=pdf.h)
    return bytes(pdf.output())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ids", nargs="*", help="source ids to build (default: all)")
    parser.add_argument("--check", action="store_true", help="verify PDFs on disk match a fresh build")
    parser.add_argument("--bad", metavar="DIR", help="write the bad-input fixtures into DIR")
    args = parser.parse_args(argv)
    if args.bad:
        for path in write_bad_fixtures(Path(args.bad)):
            print(path)
        return 0
    try:
        return run(args.ids, args.check)
    except ValueError as error:  # a malformed source: one clean line, no traceback
        print(f"Error: {error}", file=sys.stderr)
        return 1


def run(ids: list[str], check_only: bool) -> int:
    """Build (or with check_only, verify) the PDFs of the given source ids, or of all sources."""
    sources = all_sources(ids)
    if check_only:
        stale = check(sources)
        if stale:
            print(f"Error: PDFs differ from a fresh build: {', '.join(stale)}", file=sys.stderr)
            return 1
        print(f"ok: {len(sources)} PDFs match their sources")
        return 0
    for source in sources:
        print(write_pdf(source))
    return 0


if __name__ == "__main__":
    sys.exit(main())
