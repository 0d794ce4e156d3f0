"""Ruled tables via pdfplumber's table finder, run only on pages that draw enough lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER_HEADER = re.compile(r"^(?:no\.?|n[o°º]?|№|#|item|nr\.?|s/n|ser\.? ?no\.?)$", re.I)
NUMBER_CELL = re.compile(r"^\d+(?:\.\d+)*\.?$")


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
