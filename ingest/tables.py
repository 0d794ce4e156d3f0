"""Ruled tables: cells from the page's path objects (pdfplumber's grid algorithm), text from pdfium words;
pdfplumber's full table finder only where the rulings are not plain lines and boxes."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

NUMBER_HEADER = re.compile(r"^(?:no\.?|n[o°º]?|№|#|item|nr\.?|s/n|ser\.? ?no\.?)$", re.I)
NUMBER_CELL = re.compile(r"^\d+(?:\.\d+)*\.?$")
CELL_PADDING = 4.0  # points between a cell's ruling and the farthest its text reaches


@dataclass
class PageTable:
    """One table found on one page: its box (top-down points) and its rows of cell texts."""

    page: int
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom
    rows: list[list[str]]


def probably_has_table(page) -> bool:
    """Whether a pypdfium2 page draws a grid: cell rectangles, or horizontal and vertical rulings."""
    import pypdfium2.raw as pdfium_c

    horizontal = vertical = boxes = 0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        width, height = right - left, top - bottom
        if height < 3 and width > 10:
            horizontal += 1
        elif width < 3 and height > 10:
            vertical += 1
        elif width > 10 and height > 5:
            boxes += 1
        if boxes >= 4 or (horizontal >= 3 and vertical >= 2):
            return True
    return False


def clean_cell(text: str | None) -> str:
    """A cell's text on one line, hyphenation at its internal line ends repaired."""
    if not text:
        return ""
    text = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text)
    text = re.sub(r"(?:\s?\.){4,}", " ", text)  # dot leaders
    return " ".join(text.split())


def find_tables(plumber_page, page_number: int) -> list[PageTable]:
    """Tables with at least two rows and two columns on a pdfplumber page, top to bottom."""
    found = []
    for table in plumber_page.find_tables():
        rows = [[clean_cell(c) for c in row] for row in table.extract()]
        rows = [row for row in rows if any(row)]
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue
        found.append(PageTable(page_number, tuple(table.bbox), rows))
    found.sort(key=lambda t: t.bbox[1])
    return found


def number_column(header: list[str], rows: list[list[str]]) -> int | None:
    """Index of the column holding item numbers: a "No." header, or a first column of numbers."""
    for i, cell in enumerate(header):
        if NUMBER_HEADER.match(cell.strip()):
            return i
    firsts = [r[0].strip() for r in rows if r and r[0].strip()]
    if firsts and all(NUMBER_CELL.match(c) for c in firsts):
        return 0
    return None


def ruling_edges(page, page_height: float) -> list[dict]:
    """Horizontal and vertical edges (pdfplumber's edge dicts, top-down) of a pypdfium2 page's path objects."""
    import pypdfium2.raw as pdfium_c

    edges = []

    def edge(x0: float, top: float, x1: float, bottom: float, orientation: str) -> dict:
        return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top,
                "orientation": orientation, "object_type": "line"}

    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        y0, y1 = page_height - top, page_height - bottom
        if y1 - y0 < 3 and right - left > 3:
            edges.append(edge(left, (y0 + y1) / 2, right, (y0 + y1) / 2, "h"))
        elif right - left < 3 and y1 - y0 > 3:
            edges.append(edge((left + right) / 2, y0, (left + right) / 2, y1, "v"))
        elif right - left >= 3 and y1 - y0 >= 3:  # a rectangle: its four sides
            edges += [edge(left, y0, right, y0, "h"), edge(left, y1, right, y1, "h"),
                      edge(left, y0, left, y1, "v"), edge(right, y0, right, y1, "v")]
    return edges


def tables_from_rulings(page, page_height: float, words: list, page_number: int) -> list[PageTable] | None:
    """Ruled tables from path objects and pdfium words, without pdfplumber; None when the rulings do not form cells."""
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    edges = ruling_edges(page, page_height)
    if len(edges) < 4:
        return None
    edges = merge_edges(edges, 3, 3, 3, 3)
    cells = intersections_to_cells(edges_to_intersections(edges, 3, 3))
    grids = []
    for cell_group in cells_to_tables(cells):
        tops = sorted({round(c[1], 1) for c in cell_group})
        lefts = sorted({round(c[0], 1) for c in cell_group})
        grid: dict[tuple[int, int], list] = {}
        for c in cell_group:
            grid[(tops.index(round(c[1], 1)), lefts.index(round(c[0], 1)))] = [c, []]
        for w in words:
            cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
            for box, content in grid.values():
                if box[0] <= cx <= box[2] and box[1] <= cy <= box[3]:
                    content.append(w)
                    break
        for key, (box, content) in grid.items():
            grid[key] = [box, _cell_lines(content)]
        grids.append((cell_group, tops, lefts, grid))
    # the page's words, less the rests of lines that may be cut words: what is left are words of their own
    seen = Counter(_bare(w.text) for w in words)
    seen.subtract(_bare(lines[i + 1][0].text) for *_, grid in grids for box, lines in grid.values()
                  for i in range(len(lines) - 1) if _reaches_edge(lines[i], lines[i + 1], box[2]))
    found = []
    for cell_group, tops, lefts, grid in grids:
        rows = []
        for r in range(len(tops)):
            row = []
            for col in range(len(lefts)):
                if (r, col) in grid:
                    box, lines = grid[(r, col)]
                    row.append(clean_cell(_cell_text(lines, box[2], seen)))
            if any(row):
                rows.append(row)
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            x0 = min(c[0] for c in cell_group)
            top = min(c[1] for c in cell_group)
            x1 = max(c[2] for c in cell_group)
            bottom = max(c[3] for c in cell_group)
            found.append(PageTable(page_number, (x0, top, x1, bottom), rows))
    found.sort(key=lambda t: t.bbox[1])
    return found


def _cell_lines(words: list) -> list[list]:
    """Words of one cell in visual lines, each left to right."""
    lines: list[list] = []
    # one visual line by the middles of its words: a dash's tight box sits lower than the letters beside it
    for w in sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0)):
        if lines and abs((w.top + w.bottom) / 2 - (lines[-1][0].top + lines[-1][0].bottom) / 2) < 0.5 * max(
                lines[-1][0].bottom - lines[-1][0].top, w.bottom - w.top, 1):
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _cell_text(lines: list[list], right: float | None = None, seen: Counter | None = None) -> str:
    """A cell's lines, one per text line (so clean_cell can repair hyphenation); a word too long for its cell, cut
    where the cell ends ("31.12.20" / "18" in a narrow Deadline column), joined again."""
    text = ""
    for i, line in enumerate(lines):
        if i:
            cut = right is not None and seen is not None and _cut_word(lines[i - 1], line, right, seen)
            text += "" if cut else "\n"
        text += " ".join(w.text for w in line)
    return text.replace("\x02", "-")


def _bare(text: str) -> str:
    return text.strip(".,;:()\"'«»").lower()


def _cut_word(line: list, following: list, right: float, seen: Counter) -> bool:
    """Whether a line is one word cut where its cell ends. A word that fits is never cut, so the line holds that word
    alone, and it reaches the cell's edge closer than the next letter's width (plus the cell's padding); then the
    rest must continue it: digits after digits ("01.11.20" / "18", "2019-" / "2021"), or lower-case letters after a
    letter that make a word the page writes whole, or a rest too short to be a word of its own ("commissioni" / "ng",
    "Deadli" / "ne"; not "Reporting" / "quarter", "not" / "own", "thousand" / "roubles")."""
    if not _reaches_edge(line, following, right):
        return False
    word, nxt = line[0].text, following[0].text
    if nxt[0].isdigit() or (nxt[0] in ".-–" and nxt[1:2].isdigit()):  # ("01.03" / ".2017")
        return word[-1].isdigit() or (word[-1] in ".-–" and word[-2:-1].isdigit())
    rest = _bare(nxt)
    return word[-1].isalpha() and nxt[0].islower() and (
        seen[_bare(word) + rest] > 0  # the whole word written elsewhere on the page ("Anzhero-Sudz" / "hensk")
        or (len(rest) <= 4 and rest not in STOP_WORDS and seen[rest] <= 0))  # a short rest that is no word of its own


def _reaches_edge(line: list, following: list, right: float) -> bool:
    """Whether a line of one word ends closer to its cell's right edge than the next line's first letter would need."""
    if len(line) != 1 or not line[0].text or not following[0].text:
        return False
    char = (following[0].x1 - following[0].x0) / len(following[0].text)
    return right - line[0].x1 < char + CELL_PADDING
