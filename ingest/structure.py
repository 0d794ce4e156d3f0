"""Units of page text (paragraphs, table rows) into Blocks with mechanical clause labels."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.model import Block
from ingest.tables import PageTable, number_column

ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
NUMBERED = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)(?:\.|\))\s+\S|^(\d{1,3}(?:\.\d{1,3})+)\s+\S")
LETTERED = re.compile(r"^\(?([a-z])\)\s+\S")
# (not a wrapped line that starts with a person's initials: "I. S.), term - on an ongoing basis).")
SECTION = re.compile(rf"^(?:Section\s+)?({ROMAN})\.\s+(?![A-Z]\.)\S")
# a law's article: "Article 7. Monitoring and reporting" (its numbered parts are cited as the article)
ARTICLE = re.compile(r"^Article\s+(\d{1,3}(?:\.\d{1,2})?)\.?(?:\s+\S|$)")
ATTACHED = re.compile(r"^(?:deadline|deadlines|responsible|responsible executors?|report due|term|executors?|due date)\s*:", re.I)


@dataclass
class Unit:
    """A paragraph of page text or a whole table, before it becomes Blocks."""

    kind: str  # "text" | "table"
    page: int
    lines: list[str] = field(default_factory=list)
    centred: bool = False
    table: PageTable | None = None
    top: float = 0.0

    @property
    def text(self) -> str:
        sep = "\n" if self.centred else " "
        return sep.join(self.lines)


def is_caps(text: str) -> bool:
    """Mostly upper-case letters (headings, title-block lines)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def roman_value(label: str) -> bool:
    return bool(label) and re.fullmatch(ROMAN, label) is not None


class ClauseLabeler:
    """Tracks section (I., II.) and the last numbered clause to label sub-items mechanically."""

    def __init__(self) -> None:
        self.section: str | None = None
        self.last_number: str | None = None
        self.last_plain: str | None = None  # the section's last item numbered without a dot ("2." in "I.")
        self.article: str | None = None  # a law's current article: its parts and items are cited by it

    def label(self, text: str) -> str | None:
        article = ARTICLE.match(text)
        if article and len(text) < 250:
            self.article = self.section = article.group(1)
            self.last_number = self.last_plain = None
            return self.article
        numbered = NUMBERED.match(text)
        dotted = numbered is not None and "." in (numbered.group(1) or numbered.group(2))
        if self.article and not dotted and (numbered or (LETTERED.match(text) and not self.last_number)):
            return self.article  # "1. The Government of X Oblast shall ..." in Article 9: Article 9 ("9.1" stays "9.1")
        m = SECTION.match(text)
        # (an agenda item's heading may run long: "II. On the preparation of applications ... (Oreshkin, Minnikhanov)")
        if m and roman_value(m.group(1)) and (is_caps(text[:60]) or len(text) < 120 or (
                len(text) < 400 and re.match(r"\S+\s+(?:On|About|Concerning|Regarding)\s", text)
                and not re.search(r"[.;:]\s*$", text)) or (
                # "II. To the executive authorities of the constituent entities ... in whose territories ... :"
                len(text) < 400 and re.match(r"\S+\s+To (?:the |all )?[A-Za-z][^.;:]*:\s*$", text))):
            self.section = m.group(1)
            self.last_number = self.last_plain = None
            return m.group(1)
        m = NUMBERED.match(text)
        if m:
            number = m.group(1) or m.group(2)
            self.last_number = number
            if "." not in number:
                self.last_plain = number
            return self._in_section(number)
        m = LETTERED.match(text)
        if m and self.last_number:
            return self._in_section(self.last_number) + m.group(1)
        return None

    def _in_section(self, number: str) -> str:
        """ "3" under "I." -> "I.3", and a dotted sub-item of the section's plain item ("2." then "2.1.") -> "I.2.1";
        a dotted number of its own ("1.1" with no "1." before it) stays as written."""
        under = "." not in number or number.split(".")[0] == self.last_plain
        return f"{self.section}.{number}" if self.section and under else number


def title_block_end(units: list[Unit]) -> int:
    """How many leading units of page 1 form the title block (centred or capitals, short)."""
    n = 0
    for unit in units:
        if unit.kind != "text" or unit.page != 1:
            break
        text = unit.text
        # (a centred block of short lines may run long: "MINUTES / of the meeting of the Subcommission on ... / Moscow")
        long = len(text) > 300 and not (unit.centred and unit.lines and max(len(x) for x in unit.lines) < 100)
        if NUMBERED.match(text) or SECTION.match(text) or long:
            break
        if not (unit.centred or is_caps(text)):
            break
        n += 1
    return n


def units_to_blocks(units: list[Unit]) -> list[Block]:
    """Blocks in order: title lines, headings, clauses (with their Deadline/Responsible lines), paragraphs, table rows."""
    blocks: list[Block] = []
    labeler = ClauseLabeler()
    n_title = title_block_end(units)
    table_index = -1
    last_table: tuple[PageTable, list[str]] | None = None
    for i, unit in enumerate(units):
        if unit.kind == "table":
            table = unit.table
            assert table is not None
            rows = table.rows
            continued = last_table is not None and i > 0 and units[i - 1].kind == "table" and units[i - 1].page < unit.page \
                and len(rows[0]) == len(last_table[1])
            if continued:
                header = last_table[1]
                if rows[0] == header:
                    rows = rows[1:]
            else:
                table_index += 1
                header, rows = rows[0], rows[1:]
            last_table = (table, header)
            col = number_column(header, rows)
            for row in rows:
                clause = row[col].strip().rstrip(".") if col is not None and col < len(row) and row[col].strip() else None
                blocks.append(Block("table_row", " | ".join(row), unit.page, clause=clause, cells=row, header=header, table=table_index))
            continue
        text = unit.text.strip()
        if not text:
            continue
        if i < n_title:
            blocks.append(Block("title", text, unit.page))
            continue
        if ATTACHED.match(text) and blocks and blocks[-1].kind == "clause":
            blocks[-1].text += "\n" + text
            continue
        label = labeler.label(text)
        if label is not None and (SECTION.match(text) or ARTICLE.match(text)) and label == labeler.section:
            blocks.append(Block("heading", text, unit.page, clause=label))
        elif label is not None:
            blocks.append(Block("clause", text, unit.page, clause=label))
        elif is_caps(text) and len(text) < 250:
            blocks.append(Block("heading", text, unit.page))
        else:
            blocks.append(Block("paragraph", text, unit.page))
    drop_sole_section(blocks)
    drop_section_of_common_decisions(blocks)
    set_offsets(blocks)
    return blocks


DECISION_LINE = re.compile(r"(?i)(?:decided|resolved|it was decided|decisions?)\s*:?\s*$")


def drop_section_of_common_decisions(blocks: list[Block]) -> None:
    """Minutes whose sections ("I. ON X", "II. ON Y") hold only the discussion, then one "DECIDED:" with the meeting's
    decisions numbered 1, 2, 3: those belong to no section ("2.1", not "II.2.1")."""
    sections = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.clause]
    decided = [i for i, b in enumerate(blocks) if b.kind in ("heading", "paragraph") and DECISION_LINE.fullmatch(b.text.strip())]
    if len(sections) < 2 or len(decided) != 1 or decided[0] < sections[-1]:
        return
    if any(b.kind == "clause" for b in blocks[sections[0]: decided[0]]):
        return  # a section's own numbered items: the sections hold decisions of their own
    prefix = f"{blocks[sections[-1]].clause}."
    for block in blocks[decided[0]:]:
        if block.kind == "clause" and block.clause and block.clause.startswith(prefix):
            block.clause = block.clause[len(prefix):]


def drop_sole_section(blocks: list[Block]) -> None:
    """With a single section "I." holding every clause there is nothing to tell apart: "3", "3a", not "I.3" (an extract's
    only section "III." keeps its number)."""
    sections = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.clause]
    if len(sections) != 1 or any(b.kind == "clause" for b in blocks[: sections[0]]) or blocks[sections[0]].clause != "I":
        return  # several sections, or clauses before the section that its labels must not collide with, or an extract's
        # section "III." (its items are "III.3" as printed)
    prefix = f"{blocks[sections[0]].clause}."
    for block in blocks:
        if block.kind == "clause" and block.clause and block.clause.startswith(prefix):
            block.clause = block.clause[len(prefix):]


def set_offsets(blocks: list[Block]) -> None:
    """start/end of each block in "\\n\\n".join(block texts)."""
    pos = 0
    for block in blocks:
        block.start = pos
        block.end = pos + len(block.text)
        pos = block.end + 2
