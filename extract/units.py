"""A document's blocks as units: clauses with their continuations, sub-items and label lines; sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.deadlines import DEADLINE_LABEL
from ingest.model import Block, Document

ADDRESSEE = re.compile(r"^To:?\s+(?:the |all )?[A-Za-z]")  # ("To: Ministry of X", a memo's form)


RESPONSIBLE_LABEL = (r"Responsible(?: executors?| bodies| body| for (?:execution|implementation))?|Resp\.|Ex\.|Exec\.|(?:Co-)?executors?|"
                     r"Executed by|Implementers?|Implementing (?:bodies|body)|Performers?|Lead (?:body|agency|executor)|In charge")
# bare "Date:" is no deadline label in a clause (minutes open with the meeting's date)
LABEL = re.compile(
    rf"(?P<label>(?P<resp>{RESPONSIBLE_LABEL})|(?P<due>{DEADLINE_LABEL}))"
    r"\s*(?::\s*|\s[-–—]\s+(?=\S))",
    re.I,
)


SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-Z(])")
NO_SPLIT_BEFORE = re.compile(r"(?:\bNo|\bArt|\bart|\bp|\bpp|\bsub|\bcl|\b[A-Z]|\betc|\bi\.e|\be\.g|"
                             r"(?<![\w-])(?:Yu|Ya|Ye|Yo|Zh|Sh|Ch|Kh|Ts))\.$")  # "V.Yu. Golubev": an initial


@dataclass
class Unit:
    """A clause or paragraph with its continuation blocks, its text tidied for matching.

    ``offsets[i]`` is the Document.text offset of ``text[i]`` (whitespace runs are collapsed and the
    stray spaces of PDF extraction, "78 .1", "co -financing", removed).
    """

    kind: str  # title | heading | clause | paragraph | table_row | label
    clause: str | None
    page: int
    text: str
    offsets: list[int]
    block: Block
    top: bool = False  # a numbered clause that opens a group (sub-items and label lines follow)
    index: int = 0  # position among the document's units

    def abs(self, start: int, end: int) -> tuple[int, int]:
        """Document.text offsets of text[start:end]."""
        if not self.offsets:
            return 0, 0
        end = max(end, start + 1)
        return self.offsets[min(start, len(self.offsets) - 1)], self.offsets[min(end, len(self.offsets)) - 1] + 1


TIDY_DROP = re.compile(r"\s(?=[.,;:)](?:\w|\s|$))|(?<=\()\s|\s(?=-\w)|(?<=\w-)\s(?=\d)")
# "1. ON X (Surname) It was decided:" opens decisions of their own, not items of one duty
DECISION_LEAD = re.compile(r"\b(?:decided|decides|resolved|resolves|agreed|agrees|order|orders|noted)\s*:\s*$", re.I)
NUMBERED = re.compile(r"^(?P<num>(?:[IVX]+\.)?\d{1,3}(?:\.\d+)*)[.)]\s")
SUBITEM = re.compile(r"^\(?(?P<letter>[a-z])[.)]\s")
BULLET = re.compile(r"^[-•–—]\s")
# a numbered lead-in in capitals: "2. THE REGION INTENDS TO:", "3. THE COMPANY UNDERTAKES TO:"
CAPS_LEAD_IN = re.compile(r"^(?:[IVX]+\.)?\d+(?:\.\d+)*[.)]\s+(?P<rest>[^a-z]{5,120}\b(?:SHALL|WILL|INTENDS? TO|UNDERTAKES? TO|UNDERTAKES?|"
                          r"AGREES? TO|IS TO|ARE TO|OBLIGES? ITSELF TO)\s*:)$")
# "1. On item 2a of the list of instructions ... No. Pr-1856." and nothing else: a topic whose paragraphs follow it
TOPIC_ITEM = re.compile(r"^(?:[IVX]+\.)?\d+(?:\.\d+)*[.)]\s+(?:On|ON|Concerning|CONCERNING|Regarding|As regards|With regard to) "
                        r"(?![^.;:]*\b(?:shall|must|is to|are to|to (?:submit|ensure|prepare|provide|inform)))[^;:]{3,400}[.:]?$")


def _tidy(text: str, base: int) -> tuple[str, list[int]]:
    """Collapse whitespace and drop extraction spaces, keeping each kept character's offset."""
    chars: list[str] = []
    offsets: list[int] = []
    drop = {m.start() for m in TIDY_DROP.finditer(text)}
    for i, ch in enumerate(text):
        if i in drop:
            continue
        if ch.isspace():
            if not chars or chars[-1] == " ":
                continue
            ch = " "
        if ch in "-–—" and 0 < i < len(text) - 1 and re.search(r"\)\s?$", text[:i]) and text[i + 1].islower():
            # "(S.G. Levchenko)-to work out": the dash a line break glued on, spaced again
            chars += [" ", ch, " "]
            offsets += [base + i] * 3
            continue
        chars.append(ch)
        offsets.append(base + i)
    while chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return "".join(chars), offsets


def _units(doc: Document) -> list[Unit]:
    """Blocks joined with their continuations; clause labels inferred when ingest left them out."""
    units: list[Unit] = []
    offset = 0
    parent: str | None = None
    current: str | None = None  # the latest numbered label, which a) b) items extend ("2.1" -> "2.1a")
    parent_unit: Unit | None = None
    topic: str | None = None  # the label of a numbered topic whose unnumbered paragraphs follow it
    for b in doc.blocks:
        text, offsets = _tidy(b.text, offset)
        offset += len(b.text) + 2
        if not text:
            continue
        prev = units[-1] if units else None
        caps = CAPS_LEAD_IN.match(text) if b.kind == "clause" else None
        if caps:  # "2. THE REGION INTENDS TO:" then 2.1, 2.2: read as "2. The Region Intends To:" (same offsets)
            text = text[: caps.start("rest")] + caps.group("rest").title()
        if b.kind == "table_row":
            units.append(Unit(b.kind, b.clause, b.page, text, offsets, b))
            continue
        if b.kind in ("clause", "paragraph") and LABEL.match(text):
            units.append(Unit("label", None, b.page, text, offsets, b))
            continue
        numbered, sub, bullet = NUMBERED.match(text), SUBITEM.match(text), BULLET.match(text)
        cont = (
            prev is not None
            and b.kind == "paragraph"
            and prev.kind in ("clause", "paragraph")
            and not numbered
            and not sub
            and not bullet
            and (not re.search(r"[.:;!?]$", prev.text) or text[:1].islower())
            # an address line or a salutation ends its block ("To the Government of X", "Dear colleagues,")
            and not ((ADDRESSEE.match(prev.text) or re.match(r"Dear\b", prev.text)) and text[:1].isupper())
        )
        if cont:
            prev.text += " " + text
            prev.offsets += offsets
            continue
        clause, top = b.clause, False
        # ("1. ON THE CREATION OF AN INDUSTRIAL PARK" in capitals, its name wrapped onto a heading line, then "DECIDED:"
        # and its dashes: topic 1's)
        keeps_topic = b.kind == "heading" and not numbered and (
            DECISION_LEAD.search(text) or (units and units[-1].clause == topic and units[-1].text.isupper()))
        if (b.kind == "heading" or numbered) and not keeps_topic:
            topic = None
        if b.kind == "paragraph" and topic and not clause and not sub:
            clause = topic  # "1. On item 2a of ..." then "The Ministry ... is requested to submit ...": item 1's duty
            units.append(Unit("paragraph", clause, b.page, text, offsets, b))
            continue
        if b.kind in ("clause", "paragraph"):
            lead_in = parent_unit is not None and parent_unit.text.endswith(":")
            if numbered and lead_in and re.match(r"\d+\)", text) and not re.match(r"\d+\)", parent_unit.text):
                clause = clause or f"{parent}.{numbered.group('num')}"  # "4. X together with Y:" then "1) to prepare ..."
                current = clause
            elif (numbered and lead_in and parent and (clause or numbered.group("num")).startswith(parent + ".")
                  and not DECISION_LEAD.search(parent_unit.text)):
                clause = current = clause or numbered.group("num")  # "2. X shall:" then "2.1. form ...": items of 2
            elif numbered:
                clause = clause or numbered.group("num")
                top = True
                parent = current = clause
            elif sub and (current or parent):
                clause = clause or (current or parent) + sub.group("letter")
            elif bullet and parent and parent_unit is not None and (parent_unit.text.endswith(":") or units[-1].clause == parent):
                clause = clause or parent  # "2. X shall:" then "- prepare ...;" items: duties of clause 2
            elif clause and not re.search(r"\d[a-z]$", clause):  # ingest's own label; "3a" is a sub-item
                top = True
                parent = current = clause
            kind = "clause" if clause else b.kind
        else:
            kind = b.kind
        units.append(Unit(kind, clause, b.page, text, offsets, b, top))
        if top:
            parent_unit = units[-1]
            # ... or a numbered heading in capitals ("4. MISCELLANEOUS" then "DECIDED:" and its dashes)
            topic = clause if TOPIC_ITEM.match(text) or (text.isupper() and re.match(r"\d+[.)]\s", text)) else None
    for i, u in enumerate(units):
        u.index = i
    return units


# "..., the Ministry shall send a demand ..., and the recipient shall return the subsidy ...": two duties of two subjects
DUTY_MODAL = r"\b(?:shall|must|is to|are to)\b"
SECOND_SUBJECT = re.compile(rf",?\s+and\s+(?=(?:the\s+|[A-Z])[\w'’\x22-]*(?:\s+(?!(?:and|or)\b)[\w'’\x22-]+){{0,7}}\s+{DUTY_MODAL})")


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if NO_SPLIT_BEFORE.search(text[: m.start()]):
            continue
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    split = []
    for s, e in out:
        m = next((m for m in SECOND_SUBJECT.finditer(text, s, e) if re.search(DUTY_MODAL, text[s:m.start()])), None)
        if m:
            split += [(s, m.start()), (m.end(), e)]
        else:
            split.append((s, e))
    return [(s, e) for s, e in split if text[s:e].strip()]
