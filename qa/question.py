"""What a question asks about: its words, the towns, regions and bodies it names, and its date range.

Pure Python (the extract gazetteer, no spaCy), so the query path stays cheap in a new process.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

STOP_WORDS = frozenset(
    """a about after all also an and any are as at be been before being by can could did do does
    done due for from had has have how i if in into is it its me my next must now of on or our
    over should so than that the their them then there these they this those to under until up
    was we were what when where which while who whom whose why will with within would you your
    quarter month year week today overdue end""".split()
)

# How analysts ask vs. how the documents say it: extra BM25 words for a question phrase.
EXPANSIONS = {
    "how often": ("annually", "quarterly", "monthly", "weekly", "semiannually"),
    "yearly": ("annually", "annual"),
    "every year": ("annually", "annual"),
    "economy ministry": ("economic", "development"),
    "finance ministry": ("finance",),
    "set up": ("establish", "create"),
}

MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Question:
    """A parsed question: search words, named entities and the deadline range it implies."""

    text: str
    words: list[str]  # search words, stop words dropped (all words if that leaves none)
    towns: list[str] = field(default_factory=list)  # canonical
    regions: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    mentions: dict[str, str] = field(default_factory=dict)  # canonical name -> as written
    due_from: date | None = None
    due_to: date | None = None
    overdue: bool = False

    @property
    def entities(self) -> list[tuple[str, str]]:
        return ([("TOWN", t) for t in self.towns] + [("REGION", r) for r in self.regions]
                + [("BODY", b) for b in self.bodies])


def words(text: str) -> list[str]:
    """The question's words, lower-cased, stop words dropped unless nothing else is left."""
    tokens = [w.lower() for w in _WORD.findall(text) if w.strip("_")]
    kept = [w for w in tokens if w not in STOP_WORDS]
    return kept or tokens


def fts_query(terms: list[str]) -> str | None:
    """An FTS5 MATCH expression that searches each term as a quoted word, OR-ed; None if none."""
    quoted = []
    for t in dict.fromkeys(terms):
        t = t.replace('"', "")
        if t:
            quoted.append(f'"{t}"')
    return " OR ".join(quoted) or None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def date_range(text: str, as_of: date) -> tuple[date | None, date | None, bool]:
    """(due_from, due_to, overdue) implied by the question, relative to ``as_of``."""
    t = text.lower()
    y, m = as_of.year, as_of.month
    q0 = (m - 1) // 3 * 3 + 1
    if "overdue" in t or "past due" in t or "missed" in t:
        return None, as_of - timedelta(days=1), True
    rel = {
        "this quarter": (date(y, q0, 1), _month_end(*_add_months(y, q0, 2))),
        "next quarter": (date(*_add_months(y, q0, 3), 1), _month_end(*_add_months(y, q0, 5))),
        "last quarter": (date(*_add_months(y, q0, -3), 1), _month_end(*_add_months(y, q0, -1))),
        "this month": (date(y, m, 1), _month_end(y, m)),
        "next month": (date(*_add_months(y, m, 1), 1), _month_end(*_add_months(y, m, 1))),
        "last month": (date(*_add_months(y, m, -1), 1), _month_end(*_add_months(y, m, -1))),
        "this year": (date(y, 1, 1), date(y, 12, 31)),
        "next year": (date(y + 1, 1, 1), date(y + 1, 12, 31)),
        "this week": (as_of - timedelta(days=as_of.weekday()), as_of + timedelta(days=6 - as_of.weekday())),
        "next week": (as_of + timedelta(days=7 - as_of.weekday()), as_of + timedelta(days=13 - as_of.weekday())),
    }
    for phrase, (lo, hi) in rel.items():
        if phrase in t:
            return lo, hi, False
    if re.search(r"\btoday\b", t):
        return as_of, as_of, False
    by = re.search(rf"\b(?:by|before|until|no later than)\s+(?:the\s+end\s+of\s+)?(?:({_MONTH})\.?\s+)?((?:19|20)\d\d)\b", t)
    if by:
        yy = int(by.group(2))
        end = _month_end(yy, MONTHS[by.group(1)]) if by.group(1) else date(yy, 12, 31)
        return None, end, False
    mon = re.search(rf"\b({_MONTH})\.?\s+((?:19|20)\d\d)\b", t)
    if mon:
        yy, mm = int(mon.group(2)), MONTHS[mon.group(1)]
        return date(yy, mm, 1), _month_end(yy, mm), False
    qtr = re.search(r"\b(?:q([1-4])|(first|second|third|fourth) quarter)(?: of)?\s+((?:19|20)\d\d)\b", t)
    if qtr:
        n = int(qtr.group(1)) if qtr.group(1) else ("first", "second", "third", "fourth").index(qtr.group(2)) + 1
        yy = int(qtr.group(3))
        return date(yy, 3 * n - 2, 1), _month_end(yy, 3 * n), False
    year = re.search(r"\b(?:in|during|for)\s+((?:19|20)\d\d)\b", t)
    if year:
        yy = int(year.group(1))
        return date(yy, 1, 1), date(yy, 12, 31), False
    return None, None, False


def parse_question(text: str, as_of: date | None = None, gazetteer=None) -> Question:
    """Words, gazetteer names and deadline range of ``text``; dates relative to ``as_of`` (default today)."""
    if gazetteer is None:
        from extract.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    q = Question(text=text, words=words(text))
    low = " ".join(text.lower().split())
    for phrase, extra in EXPANSIONS.items():
        if phrase in low:
            q.words += [w for w in extra if w not in q.words]
    for m in gazetteer.find(text):
        target = {"TOWN": q.towns, "REGION": q.regions, "BODY": q.bodies}.get(m.label)
        if target is not None and m.normalized not in target:
            target.append(m.normalized)
            q.mentions[m.normalized] = m.text
    q.due_from, q.due_to, q.overdue = date_range(text, as_of or date.today())
    return q
