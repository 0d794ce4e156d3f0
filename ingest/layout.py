"""Page layout from pypdfium2 text rectangles: lines, columns, reading order, paragraphs.

Coordinates here are top-down (``top`` grows down the page), in PDF points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

PDFIUM_HYPHEN = "\x02"  # pdfium marks a hyphen it found at a line end with this character


@dataclass
class Span:
    """A run of text on one line, as pdfium groups characters into rectangles."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str


@dataclass
class Line:
    """Spans on one baseline within one column, left to right."""

    spans: list[Span]
    column: int = 0
    x0: float = field(init=False)
    x1: float = field(init=False)
    top: float = field(init=False)
    bottom: float = field(init=False)

    def __post_init__(self) -> None:
        self.spans.sort(key=lambda s: s.x0)
        self.x0 = min(s.x0 for s in self.spans)
        self.x1 = max(s.x1 for s in self.spans)
        self.top = min(s.top for s in self.spans)
        self.bottom = max(s.bottom for s in self.spans)

    @property
    def text(self) -> str:
        out = ""
        for span in self.spans:
            piece = span.text.strip()
            if not piece:
                continue
            if out and not out.endswith((" ", PDFIUM_HYPHEN)):
                out += " "
            out += piece
        return " ".join(out.split(" ")) if out else out

    @property
    def height(self) -> float:
        return self.bottom - self.top


def spans_from_textpage(textpage, page_height: float) -> list[Span]:
    """All non-blank text rectangles of a pdfium text page, in top-down coordinates."""
    spans = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top)
        text = text.replace("\r", " ").replace("\n", " ").replace("\ufffe", PDFIUM_HYPHEN)
        if text.strip():
            spans.append(Span(left, page_height - top, right, page_height - bottom, text))
    return spans


def _group_lines(spans: list[Span]) -> list[Line]:
    """Spans whose vertical extents overlap by more than half their height share a line."""
    lines: list[list[Span]] = []
    for span in sorted(spans, key=lambda s: ((s.top + s.bottom) / 2, s.x0)):
        mid = (span.top + span.bottom) / 2
        if lines:
            last = lines[-1]
            top = min(s.top for s in last)
            bottom = max(s.bottom for s in last)
            if top <= mid <= bottom or abs(mid - (top + bottom) / 2) < 0.35 * max(bottom - top, 1):
                last.append(span)
                continue
        lines.append([span])
    return [Line(group) for group in lines]


def find_gutters(spans: list[Span], page_width: float) -> list[float]:
    """x positions of the gaps between text columns, or [] for a single-column page.

    A gutter is a vertical strip that few spans cross, with columns of running text (spans that
    mostly fill the column) on both sides; table-like pages with short cells do not qualify.
    """
    if len(spans) < 20:
        return []
    left = min(s.x0 for s in spans)
    right = max(s.x1 for s in spans)
    width = right - left
    if width < 200:
        return []
    step = 2.0
    nbins = int(width / step) + 1
    cover = [0] * nbins
    for s in spans:
        for b in range(int((s.x0 - left) / step), min(nbins, int((s.x1 - left) / step) + 1)):
            cover[b] += 1
    limit = max(1, int(0.03 * len(spans)))
    gutters: list[float] = []
    b = 0
    while b < nbins:
        if cover[b] <= limit:
            start = b
            while b < nbins and cover[b] <= limit:
                b += 1
            gap = (b - start) * step
            x = left + (start + b) / 2 * step
            if gap >= 6 and left + 0.2 * width < x < right - 0.2 * width:
                gutters.append(x)
        b += 1
    if not gutters or len(gutters) > 2:
        return []
    edges = [left, *gutters, right]
    for a, z in zip(edges, edges[1:]):
        inside = [s for s in spans if s.x0 >= a - 1 and s.x1 <= z + 1]
        if len(inside) < 8 or (z - a) < 0.22 * width:
            return []
        widths = sorted(s.x1 - s.x0 for s in inside)
        if widths[len(widths) * 3 // 4] < 0.6 * (z - a):
            return []  # columns of short cells: a table, not running text
    return gutters


def reading_order(spans: list[Span], page_width: float) -> list[Line]:
    """Lines in reading order: full-width lines split the page into bands; within a band, column by column."""
    gutters = find_gutters(spans, page_width)
    if not gutters:
        return _group_lines(spans)
    edges = [-1e9, *gutters, 1e9]

    def column_of(span: Span) -> int | None:
        for i, (a, z) in enumerate(zip(edges, edges[1:])):
            if span.x0 >= a - 1 and span.x1 <= z + 1:
                return i
        return None  # crosses a gutter

    wide = [s for s in spans if column_of(s) is None]
    wide_lines = _group_lines(wide)
    narrow = [s for s in spans if column_of(s) is not None]
    out: list[Line] = []
    # bands between consecutive full-width lines
    bounds = [-1e9, *[(ln.top + ln.bottom) / 2 for ln in wide_lines], 1e9]
    for i, (a, z) in enumerate(zip(bounds, bounds[1:])):
        if i > 0:
            out.append(wide_lines[i - 1])
        band = [s for s in narrow if a < (s.top + s.bottom) / 2 <= z]
        for col in range(len(edges) - 1):
            lines = _group_lines([s for s in band if column_of(s) == col])
            for ln in lines:
                ln.column = col + 1
            out.extend(lines)
    return out


MARGIN_NUMBER = re.compile(r"^\d{1,2}$")


def drop_margin_numbers(lines: list[Line]) -> list[Line]:
    """Remove line numbers printed in the left margin (transcripts), when many lines carry one."""
    numbered = [ln for ln in lines if len(ln.spans) > 1 and MARGIN_NUMBER.match(ln.spans[0].text.strip())]
    alone = [ln for ln in lines if len(ln.spans) == 1 and MARGIN_NUMBER.match(ln.spans[0].text.strip())]
    if len(numbered) + len(alone) < 8:
        return lines
    candidates = numbered + alone
    edge = median(ln.spans[0].x1 for ln in candidates)
    text_left = [ln.spans[1].x0 for ln in numbered]
    if not text_left or median(text_left) - edge < 8:
        return lines
    out = []
    for ln in lines:
        first = ln.spans[0]
        if MARGIN_NUMBER.match(first.text.strip()) and abs(first.x1 - edge) < 6:
            if len(ln.spans) == 1:
                continue
            ln = Line(ln.spans[1:], ln.column)
        out.append(ln)
    return out


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Group lines into paragraphs by vertical gaps, indentation and column changes."""
    if not lines:
        return []
    heights = [ln.height for ln in lines if ln.height > 0]
    line_h = median(heights) if heights else 10.0
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:]) if a.column == b.column and 0 <= b.top - a.bottom < 2 * line_h]
    gap = median(gaps) if gaps else 0.3 * line_h
    # each column's left edge: the most common x0 of its lines
    lefts: dict[int, float] = {}
    rights: dict[int, float] = {}
    for col in {ln.column for ln in lines}:
        xs = sorted(round(ln.x0) for ln in lines if ln.column == col)
        lefts[col] = max(set(xs), key=xs.count)
        rights[col] = max(ln.x1 for ln in lines if ln.column == col)
    groups: list[list[Line]] = [[lines[0]]]
    for prev, ln in zip(lines, lines[1:]):
        new = False
        if ln.column != prev.column:
            new = ln.top > prev.bottom or ln.x0 > prev.x1  # a new column continues the paragraph
            new = new and not _continues(prev, ln, lefts)
        else:
            vgap = ln.top - prev.bottom
            if vgap > gap + 0.6 * line_h or vgap < -0.5 * line_h:
                new = True
            elif ln.x0 > lefts[ln.column] + 3 and not _centred_pair(prev, ln, lefts, rights):
                new = True  # first-line indent
            elif STARTS_ITEM.match(ln.text) and not _centred_pair(prev, ln, lefts, rights):
                new = True
            elif prev.x1 < rights[prev.column] - 0.25 * (rights[prev.column] - lefts[prev.column]) and not _centred_pair(prev, ln, lefts, rights):
                new = prev.text.rstrip().endswith((".", ":", ";"))  # a short last line ends a paragraph
        if new:
            groups.append([ln])
        else:
            groups[-1].append(ln)
    return groups


STARTS_ITEM = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.|\d+\)|[a-zа-я]\)|[IVXL]+\.|\((?:\d+|[a-z])\)|[-\u2022\u2013] )\s")


def _continues(prev: Line, ln: Line, lefts: dict[int, float]) -> bool:
    """A column's first line continues the previous column's last when not indented and not an item."""
    return abs(ln.x0 - lefts[ln.column]) <= 3 and not STARTS_ITEM.match(ln.text)


def _centred_pair(a: Line, b: Line, lefts: dict[int, float], rights: dict[int, float]) -> bool:
    """Two lines both centred in their column (title blocks, headings) belong together."""
    def centred(ln: Line) -> bool:
        left, right = lefts[ln.column], rights[ln.column]
        return ln.x0 > left + 10 and abs((ln.x0 - left) - (right - ln.x1)) < 12
    return centred(a) and centred(b)
