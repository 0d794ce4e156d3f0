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
    size: float = 0.0  # font size in points


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
    def size(self) -> float:
        return max(s.size for s in self.spans)

    @property
    def height(self) -> float:
        return self.bottom - self.top


def spans_from_textpage(textpage, page_height: float, words_out: list[Span] | None = None) -> list[Span]:
    """Runs of words on one line (split at wide gaps), from pdfium's per-character boxes, top-down.

    The single words are appended to ``words_out`` when given (table cells are filled from them).
    """
    import ctypes

    import pypdfium2.raw as pdfium_c

    n = textpage.count_chars()
    if n <= 0:
        return []
    text = textpage.get_text_range(0, n).replace("\ufffe", PDFIUM_HYPHEN)
    if len(text) != n:  # characters outside the BMP shift indexes; fall back to pdfium's rectangles
        return _spans_from_rects(textpage, page_height)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    raw = textpage.raw
    get_box = pdfium_c.FPDFText_GetCharBox
    words: list[Span] = []
    current: list = []  # [x0, top, x1, bottom, chars]

    get_angle = pdfium_c.FPDFText_GetCharAngle
    get_size = pdfium_c.FPDFText_GetFontSize

    def flush() -> None:
        if current and current[4].strip() and not current[5]:
            words.append(Span(current[0], current[1], current[2], current[3], current[4], current[6]))

    for i, ch in enumerate(text):
        if ch in " \r\n\t\xa0" or ord(ch) < 32 and ch != PDFIUM_HYPHEN:
            flush()
            current = []
            continue
        get_box(raw, i, left, right, bottom, top)
        x0, x1, y0, y1 = left.value, right.value, page_height - top.value, page_height - bottom.value
        height = max(y1 - y0, current[3] - current[1], 1) if current else 1
        if current and (x0 < current[2] - 2 or x0 - current[2] > 0.6 * height or y0 > current[3] or y1 < current[1]):
            flush()  # a jump: another line, or a gap wider than a letter
            current = []
        if not current:
            angle = get_angle(raw, i)
            rotated = 0.05 < angle < 6.23  # radians: vertical margin stamps and the like
            current = [x0, y0, x1, y1, ch, rotated, get_size(raw, i)]
        else:
            current[1] = min(current[1], y0)
            current[2] = max(current[2], x1)
            current[3] = max(current[3], y1)
            current[4] += ch
    flush()
    if words_out is not None:
        words_out.extend(Span(w.x0, w.top, w.x1, w.bottom, w.text, w.size) for w in words)
    return _merge_words(words)


def _merge_words(words: list[Span]) -> list[Span]:
    """Words on one line separated by ordinary word spaces become one span; wide gaps (gutters, cells) split."""
    spans: list[Span] = []
    for w in words:
        if spans:
            last = spans[-1]
            height = max(last.bottom - last.top, w.bottom - w.top, 1)
            mid = (w.top + w.bottom) / 2
            gap = w.x0 - last.x1
            if last.top <= mid <= last.bottom and -1 <= gap < 0.9 * height:
                tight = gap < 0.3 * height and (w.text[0] in ".,;:!?)]}\u2019%" + PDFIUM_HYPHEN or (w.text[0] == "-" and gap < 0.15 * height))
                last.text += ("" if tight else " ") + w.text
                last.x1 = max(last.x1, w.x1)
                last.top = min(last.top, w.top)
                last.bottom = max(last.bottom, w.bottom)
                last.size = max(last.size, w.size)
                continue
        spans.append(Span(w.x0, w.top, w.x1, w.bottom, w.text, w.size))
    return spans


def _spans_from_rects(textpage, page_height: float) -> list[Span]:
    """All non-blank text rectangles of a pdfium text page, in top-down coordinates."""
    spans = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top)
        text = text.replace("\r", " ").replace("\n", " ").replace("\ufffe", PDFIUM_HYPHEN)
        if text.strip():
            spans.append(Span(left, page_height - top, right, page_height - bottom, text))
    return spans


def group_lines(spans: list[Span]) -> list[Line]:
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
    # a few full-width lines may cross a gutter; a column only a few lines long (the end of a text on its last
    # page) is itself crossed by fewer spans than that allowance, so a strict limit is tried next, for one gutter
    # near the middle only (a table's columns have gaps of their own, wherever its columns end)
    gutters = _gutters(spans, cover, max(2, int(0.08 * len(spans))), left, right, step)
    if not gutters:
        strict = _gutters(spans, cover, max(2, int(0.02 * len(spans))), left, right, step, short=True)
        if len(strict) == 1 and abs(strict[0] - (left + right) / 2) < 0.1 * width:
            gutters = strict
    if not gutters:
        gutters = _short_second_column(spans, left, page_width, max(2, int(0.08 * len(spans))))
    return gutters


def _short_second_column(spans: list[Span], left: float, page_width: float, limit: int) -> list[float]:
    """A page of two columns whose second holds a line or two (a signature that ran on from the first): a column of
    running text at least a third of the page wide, then spans that start to the right of where its lines end, with
    at most ``limit`` spans (full-width title lines) crossing the space between."""
    lefts = [s for s in spans if s.x0 < left + 0.05 * page_width]
    if len(lefts) < 15:
        return []
    ends = sorted(s.x1 for s in lefts)
    edge = ends[int(0.9 * (len(ends) - 1))]
    if not 0.33 * page_width <= edge - left <= 0.55 * page_width:
        return []
    rows: dict[int, list[Span]] = {}
    for sp in lefts:
        rows.setdefault(round(sp.top / 3), []).append(sp)
    widths = sorted(_widest_run(row) for row in rows.values())
    if widths[len(widths) // 2] < 0.8 * (edge - left):
        return []  # short cells, not lines of running text
    rights = [s for s in spans if s.x0 > edge + 6]
    if not rights:
        return []
    start = min(s.x0 for s in rights)
    crossing = [s for s in spans if s.x0 < start - 2 and s.x1 > edge + 2]
    return [(edge + start) / 2] if len(crossing) <= limit else []


def _gutters(spans: list[Span], cover: list[int], limit: int, left: float, right: float, step: float,
             short: bool = False) -> list[float]:
    """The gutters of ``find_gutters`` where at most ``limit`` spans cross a strip, checked column by column
    (``short``: a column of three lines will do)."""
    width, nbins = right - left, len(cover)
    gutters: list[float] = []
    b = 0
    while b < nbins:
        if cover[b] <= limit:
            start = b
            while b < nbins and cover[b] <= limit:
                b += 1
            gap = (b - start) * step
            x = left + (start + b) / 2 * step
            # (a strip wider than a gutter is empty page: a short column's side, not the space between two)
            if 6 <= gap <= 0.3 * width and left + 0.2 * width < x < right - 0.2 * width:
                gutters.append(x)
        b += 1
    if not gutters or len(gutters) > 2:
        return []
    edges = [left, *gutters, right]
    for a, z in zip(edges, edges[1:]):
        inside = [s for s in spans if s.x0 >= a - 1 and s.x1 <= z + 1]
        if (len(inside) < 8 and not short) or (z - a) < 0.22 * width:
            return []
        # measured on runs of words, not spans: a justified line may come as one span per word, with gaps of a few
        # points; a table's cells stand further apart
        rows: dict[int, list[Span]] = {}
        for sp in inside:
            rows.setdefault(round(sp.top / 3), []).append(sp)
        if len(rows) < 3:
            return []
        widths = sorted(_widest_run(row) for row in rows.values())
        if widths[len(widths) * 3 // 4] < 0.6 * (z - a):
            return []  # columns of short cells: a table, not running text
    return gutters


def _widest_run(spans: list[Span], gap: float = 15.0) -> float:
    """Width of the widest run of spans on one line whose gaps are word spaces (at most ``gap`` points)."""
    spans = sorted(spans, key=lambda sp: sp.x0)
    best, start, end = 0.0, spans[0].x0, spans[0].x1
    for sp in spans[1:]:
        if sp.x0 - end > gap:
            best, start = max(best, end - start), sp.x0
        end = max(end, sp.x1)
    return max(best, end - start)


def reading_order(spans: list[Span], page_width: float) -> list[Line]:
    """Lines in reading order: full-width lines split the page into bands; within a band, column by column."""
    gutters = find_gutters(spans, page_width)
    if not gutters:
        return group_lines(spans)
    edges = [-1e9, *gutters, 1e9]

    def column_of(span: Span) -> int | None:
        for i, (a, z) in enumerate(zip(edges, edges[1:])):
            if span.x0 >= a - 1 and span.x1 <= z + 1:
                return i
        return None  # crosses a gutter

    wide = [s for s in spans if column_of(s) is None]
    wide_lines = group_lines(wide)
    narrow = [s for s in spans if column_of(s) is not None]
    out: list[Line] = []
    # bands between consecutive full-width lines
    bounds = [-1e9, *[(ln.top + ln.bottom) / 2 for ln in wide_lines], 1e9]
    for i, (a, z) in enumerate(zip(bounds, bounds[1:])):
        if i > 0:
            out.append(wide_lines[i - 1])
        band = [s for s in narrow if a < (s.top + s.bottom) / 2 <= z]
        for col in range(len(edges) - 1):
            lines = group_lines([s for s in band if column_of(s) == col])
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


def column_extents(lines: list[Line]) -> dict[int, tuple[float, float]]:
    """Left and right text edge per column; column 0 (full-width lines) spans the whole text area."""
    def edges(group: list[Line]) -> tuple[float, float]:
        xs0 = sorted(ln.x0 for ln in group)
        xs1 = sorted(ln.x1 for ln in group)
        return xs0[len(xs0) // 10], xs1[len(xs1) * 9 // 10]  # robust to stray margin marks

    ext = {0: edges(lines)}
    for col in {ln.column for ln in lines} - {0}:
        ext[col] = edges([ln for ln in lines if ln.column == col])
    return ext


def is_centred(line: Line, ext: dict[int, tuple[float, float]], page_width: float) -> bool:
    """Centred in its column (full-width lines: on the page), clearly shorter than it (title blocks, headings)."""
    left, right = ext[line.column]
    centre = page_width / 2 if line.column == 0 else (left + right) / 2
    width = (right - left) if line.column else max(right - left, 0.6 * page_width)
    # left-aligned ragged lines and first-line indents (about an em) are not centred
    indented = line.x0 > left + max(8.0, 2.5 * line.height) and line.x1 < right - 8
    return indented and line.x1 - line.x0 < 0.92 * width and abs((line.x0 + line.x1) / 2 - centre) < 4


def paragraphs(lines: list[Line], page_width: float) -> list[tuple[list[Line], bool]]:
    """Group lines into paragraphs by vertical gaps, indentation and column changes; flag centred ones."""
    if not lines:
        return []
    heights = [ln.height for ln in lines if ln.height > 0]
    line_h = median(heights) if heights else 10.0
    pitches = [_pitch(a, b) for a, b in zip(lines, lines[1:]) if a.column == b.column and 0 < _pitch(a, b) < 3 * line_h]
    pitch = median(sorted(pitches)[: max(1, len(pitches) * 2 // 3)]) if pitches else 1.2 * line_h
    ext = column_extents(lines)
    groups: list[list[Line]] = [[lines[0]]]
    for prev, ln in zip(lines, lines[1:]):
        centred_pair = is_centred(prev, ext, page_width) and is_centred(ln, ext, page_width)
        left, right = ext[prev.column]
        if ln.column != prev.column:
            # running text flows from the bottom of one column to the top of the next
            flows = ln.column == prev.column + 1 and prev.column > 0 and ln.top < prev.top
            new = not (flows and abs(ln.x0 - ext[ln.column][0]) <= 3 and not STARTS_ITEM.match(ln.text))
        else:
            vgap = _pitch(prev, ln)
            hanging = any(abs(sp.x0 - ln.x0) < 2 for sp in prev.spans[1:])  # text after a bullet or label
            bullet = not prev.text[:1].isalnum() and prev.text[:1] not in "\"'(\u201c"
            first_of_item = groups[-1][0] is prev and (STARTS_ITEM.match(prev.text) or hanging or bullet)
            if vgap > pitch + 0.4 * line_h or vgap < -0.5 * line_h:
                new = True
            elif centred_pair:
                new = False
            elif is_centred(prev, ext, page_width) != is_centred(ln, ext, page_width) and (is_centred(prev, ext, page_width) or prev.x1 < right - 10):
                # a line that fills the measure is continued by the next, however that one sits
                new = True
            elif STARTS_ITEM.match(ln.text) or _bulleted(ln):
                # ... but "(responsible - X, term" / "- within two months)": a dash that goes on with the sentence
                # of a full line before it, which no stop ends
                new = not (re.match(r"[-\u2013\u2014] [a-z]", ln.text) and prev.x1 >= right - 10
                           and not prev.text.rstrip().endswith((".", ":", ";")))
            elif ln.x0 > prev.x0 + 3 and not first_of_item:
                new = True  # first-line indent
            elif prev.x1 < right - 0.25 * (right - left):
                new = prev.text.rstrip().endswith((".", ":", ";"))  # a short last line ends a paragraph
            else:
                new = False
        if new:
            groups.append([ln])
        else:
            groups[-1].append(ln)
    return [(group, all(is_centred(ln, ext, page_width) for ln in group)) for group in groups]


def _bulleted(line: Line) -> bool:
    """A line that opens with a bullet set apart from its text ("\u2022  Text", "!  Text" from a symbol font)."""
    mark = line.spans[0].text.strip()
    return len(line.spans) > 1 and 0 < len(mark) <= 2 and not mark[0].isalnum()


def _pitch(a: Line, b: Line) -> float:
    """Distance from one line to the next, robust to lines without ascenders or descenders."""
    return min(b.top - a.top, b.bottom - a.bottom)


STARTS_ITEM = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.|\d+\)|[a-zа-я]\)|[IVXL]+\.|\((?:\d+|[a-z])\)|[-\u2022\u2013] )\s")
