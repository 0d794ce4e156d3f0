"""Dates and deadlines: normalising DATE expressions and resolving a duty's first due date.

Pure functions, no spaCy. The rules (README, corpus/ANNOTATION.md "Obligations"):
- "by / no later than / not later than / before / until D" -> D
- "within N [working] days/weeks/months of signing / entry into force / this document" -> document date + N
  (working days skip Saturdays and Sundays)
- a quarter or half-year -> its last day; "by the end of 2016", "in 2016", "by 2025" -> 31 December
- a month ("by September 2016", "in September 2016") -> the month's last day
- a recurring duty -> its first due date after the document date, with ``recurrence``
- vague ("at the next meeting", "on an ongoing basis", "as necessary", "regularly") -> date None, text kept
- a date without a year -> the first such date on or after the document date
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from extract.model import Deadline

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
# ("May" only with its capital: "and may submit" is a modal, not a month)
MONTH = r"(?:January|February|March|April|(?-i:May|MAY)|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
ORD = r"(?:st|nd|rd|th)"
_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS = {w: i + 1 for i, w in enumerate(_UNITS)}
NUMBER_WORDS.update(_TENS)
NUMBER_WORDS.update({f"{t}-{u}": v + i + 1 for t, v in _TENS.items() for i, u in enumerate(_UNITS[:9])})
NUMBER_WORDS.update({"a": 1, "an": 1, "a hundred": 100, "one hundred": 100})
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
                 "i": 1, "ii": 2, "iii": 3, "iv": 4}
NUM = (r"(?:\d+(?:\s*\([a-z -]+\))?|(?:" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
       + r")(?:\s*\(\d+\))?)")  # "30 (thirty)", "thirty (30)"

# explicit calendar days, in the four written formats (ordinals allowed)
DAY_MONTH_YEAR = rf"(?P<d1>\d{{1,2}})(?!\d){ORD}?(?: day)?(?: of)? (?P<m1>{MONTH}),? ?(?P<y1>\d{{4}})?"
MONTH_DAY_YEAR = rf"(?P<m2>{MONTH}) (?P<d2>\d{{1,2}})(?!\d){ORD}?(?:, ?(?P<y2>\d{{4}}))?"
DOTTED = r"(?P<d3>\d{1,2})(?P<sep>[./])(?P<m3>\d{1,2})(?P=sep)(?P<y3>\d{4}|\d{2}(?!\d|\.\d))"  # 01.09.2015, 01/09/2015, 01.09.15 (day first)
ISO = r"(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})"
DAY = rf"(?:{DAY_MONTH_YEAR}|{MONTH_DAY_YEAR}|{DOTTED}|{ISO})"
QUARTER = r"(?:the )?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|I|II|III|IV|[1-4]) (?:quarter|qtr\.?)(?: of)? (?P<qy>\d{4})|Q(?P<qn>[1-4]) (?P<qy2>\d{4})"
HALF = r"(?:the )?(?P<h>first|second|1st|2nd|II|I|[12]) half(?:-year| of the year)?(?: of)? (?P<hy>\d{4})|H(?P<hn>[12]) (?P<hy2>\d{4})"
# "March-April 2017": its last month; "the first decade of March 2019": its ten days (to the 10th, 20th, month's end)
MONTH_YEAR = (rf"(?:(?:the )?(?P<dec>first|second|third|1st|2nd|3rd|III|II|I) (?:decade|ten-day period|ten days) of )?"
              rf"(?:{MONTH} ?[-–] ?)?(?P<mm>{MONTH}),? (?:of )?(?P<my>\d{{4}})")
YEAR = r"(?:(?:the )?end of |end-|year-end )?(?:the year )?(?P<yy>(?:19|20)\d{2})(?!\d|-\d)(?: year\b)?"
DATE_EXPR = rf"(?:{DAY}|{QUARTER}|{HALF}|{MONTH_YEAR}|{YEAR})"
DATE_RE = re.compile(rf"\b{DATE_EXPR}", re.I)

RECURRENCE = [
    ("semiannual", r"on a (?:semi-?annual|half-yearly|six-monthly) basis|semi-?annual(?:ly| basis)|bi-?annually|(?:at least )?twice a year|(?:(?:at least )?once )?every (?:six|6) months|every half[- ]year|half-yearly|"
                   r"on a half-yearly basis"),
    ("annual", r"on an (?:annual|yearly) basis|annually|(?:(?:at least )?once )?every (?:year|12 months|twelve months)|each year|yearly|(?:at least )?once a year|on an annual basis"),
    ("quarterly", r"on a quarterly basis|quarterly|every quarter|each quarter|(?:at least )?once a quarter|(?:(?:at least )?once )?every (?:three|3) months"),
    ("monthly", r"on a monthly basis|monthly|every month|each month|(?:at least )?once a month"),
    ("weekly", r"on a weekly basis|weekly|every week|each week|(?:at least )?once a week"),
]
VAGUE = (
    # ("at the next meeting of the regional headquarters the list of ...": the time ends where what is due begins)
    r"at (?:the|its|their|his|her) (?:next|following|regular) (?:meeting|session|videoconference|video conference|sitting)"
    r"(?: (?:of|with|in) (?:the )?[^,.;]*?(?=\s+(?:the|a|an|its|their|his|her)\b|[,.;]|$))?|on an? (?:ongoing|regular|permanent|continuous|continuing|"
    r"systematic) basis|as necessary|as needed|as required|"
    r"regularly|permanently|constantly|continuously|when [^,.;]*\bnext\b[^,.;]*|"
    r"upon (?:receipt|request|completion)[^,.;]*|in due course|until further notice|as soon as possible|without delay|immediately"
)
# words that make "within N days of ..." count from the document itself
# ("after the meeting": the minutes' own meeting, whose date is the document date; "of the meeting of X" is another)
DOC_EVENT = r"signing|entry into force|adoption|publication|official publication|approval|receipt|receiving|meeting"
# "within 5 working days of the day of the meeting": the document's own meeting in minutes (and in instructions
# following one), whose date is the document date; in a working group's regulation, a meeting still to come
OF_THE_MEETING = re.compile(r"\b(?:of|after|following|from) the (?:(?:date|day) of (?:the |its )?)?(?:meeting|session|sitting)\b",
                            re.I)
MEETING_DOC_TYPES = ("minutes", "instruction")
DOC_ANCHOR = (r"signing|entry into force|adoption|publication|official publication|approval|meeting|"
              r"(?:receipt|receiving)(?= (?:of )?(?:this|these|the present)\b)")
DOC_NOUN = (r"resolution|order|document|decree|instruction|instructions|minutes|protocol|decision|list|letter|report|agreement|"
            r"memorandum|contract|meeting|plan|programme|procedure|regulations?|road map")  # ("within 3 working days of the date of this meeting": the minutes' own)
WITHIN = (
    rf"(?:within|(?:no|not) later than|in|during|in (?:the )?(?:term|course) of) (?:a period of |the next )?(?P<n>{NUM}) (?P<working>working |business |calendar )?"
    r"(?P<unit>days?|weeks?|months?|years?|fortnights?)"
    rf"(?: (?:of|from|after|following)(?: the\b)?(?: (?:date|day|moment) of\b)?(?: the\b| its(?= (?:signing|entry|publication|adoption)))?(?: (?:{DOC_EVENT})\b)?(?: of\b)?"
    rf"(?: (?:this|these|the present) (?:{DOC_NOUN})| the (?:minutes|protocol)| (?:date )?hereof)?)?"
)
# the words naming another event after "within N days of", up to a stop or the next verb ("and organise its ...")
EVENT_PHRASE = re.compile(r"(?:(?! and (?:to )?[a-z]+ (?:the|its|their|a|an|it|them|this|these|with|on|for)\b)[^,;.])*")
BY = (r"(?:(?:by )?no later than|not later than|on or before|by|before|in the period (?:until|till)(?= (?:\d{1,2}\b|[A-Z][a-z]+ \d))|until|till|prior to|"
      r"in the course of|throughout|in|during|within|on)")
# "by 1 June 2017, then quarterly", "..., further - quarterly": what comes after a first due date
THEN = r"thereafter|then|after that|further|subsequently|afterwards"
# "Deadline: D", "Term - D", "Completion date: D": a label naming when (shared with the pipeline's label lines)
DEADLINE_LABEL = (
    r"deadline(?: for (?:execution|submission|completion|implementation|reporting|"
    r"(?:items?|clauses?|paragraphs?|points?) [\dIVX.]+[a-z]?(?:(?:\s*[-–,]\s*|\s+and\s+)[\dIVX.]+[a-z]?)*))?|"
    # ("Report to the Government - by D" is a label; "... report to the Ministry on the works - by D" is a duty's words)
    r"report(?:ing)? due|report by|(?-i:Report|REPORT)(?: to (?:the )?(?-i:[A-Z])[\w ]{2,80}?)?(?=\s*(?::|[-–—]\s))|"
    r"report(?=\s*(?::|[-–—]\s))|due date|due|"
    r"term(?: of (?:execution|implementation))?|time ?frame|timeline|timing|time limit|completion date|date of completion|"
    r"execution (?:date|period)|period of (?:execution|implementation)|implementation period|"
    # ("Report date: 1 December 2017", "Periodicity: monthly, by the 5th day of ...": when it falls due)
    r"report(?:ing)? date|date of (?:the )?report|submission date|date of submission|periodicity|frequency"
)
LABELLED = rf"(?:{DEADLINE_LABEL}|date)s?\s*(?::|\s[-–—](?=\s))\s*"
# "two months after the signing of this order": no "within", but counted from the document itself
AFTER_DOCUMENT = re.compile(
    rf"\b(?P<n>{NUM}) (?P<working>working |business |calendar )?(?P<unit>days?|weeks?|months?|years?) (?:after|from|following) "
    r"(?:the )?(?:date of )?(?:the )?(?:(?:(?:signing|entry into force|adoption|publication|official publication)(?: of)? )?"
    r"(?:this|these|the present) (?:" + DOC_NOUN + r")\b|(?:signing|entry into force|adoption|publication)\b(?! of\b))",
    re.I,
)
# a quarter or half-year without its year: the first such period ending on or after the document date
PERIOD_NO_YEAR = re.compile(
    rf"(?:\b(?:in|during|by the end of|before the end of|by|within|until the end of) the |^(?:the )?|\b{LABELLED}(?:the )?)"
    r"(?P<n>first|second|third|fourth|1st|2nd|3rd|4th|I|II|III|IV) "
    r"(?P<period>quarter|half(?:-year| of the year)?)(?![\w-]*(?: of)? \d)(?: of the (?:current )?year| of (?:the )?(?P<next>next|following|coming) year)?|"
    r"\b(?:in|during|by the end of|before the end of|by|until the end of) (?P<qn>Q[1-4])\b(?! ?\d)",
    re.I,
)
# one day of several months: "by the 20th of January, April, July and October" (each year)
MONTH_LIST = re.compile(rf"\b(?:by|before|until|till|not later than|no later than|on) the (?P<day>\d{{1,2}}){ORD}?(?: day)? of "
                        rf"(?P<months>{MONTH}(?:, {MONTH})*,? and {MONTH})(?! \d)", re.I)
# a month with no year and no day: "in December", "by the end of May", "until October inclusive"
MONTH_NO_YEAR = re.compile(rf"(?:\b(?:in|during|by the end of|before the end of|until the end of|until|till|by|not later than|no later than) |"
                           rf"\b{LABELLED}|^)"
                           rf"(?:the month of )?(?P<mon>{MONTH})(?![\w-]| ?\d| of \d| (?:and|or|-|–) ?\w)(?:,? inclusive)?", re.I)
# "by the end of the year" with no year written: the document's own period
END_OF_CURRENT = re.compile(
    r"\b(?:(?:by|before|until|till|no later than|not later than) the end of|in the course of|during|within|over) "
    r"(?:the|this|the current) (?P<period>year|half-year|quarter|month)\b|"
    r"\b(?:by|before|until|till|no later than|not later than) (?:the )?(?P<yearend>year-end|end of the year)\b(?! \d)",
    re.I,
)


# "next week", "during the next month": the period after the document's own, to its last day
NEXT_PERIOD = re.compile(r"(?:^|\b(?:by the end of|during|within|in|by|before|until)\s+)(?:the\s+)?next (?P<period>week|month)\b", re.I)


@dataclass
class DeadlineSpan:
    """A deadline found in a sentence: its resolution and where it is written."""

    deadline: Deadline
    start: int
    end: int


def _year_or_next(month: int, day: int, doc_date: date | None) -> date | None:
    """The first (month, day) on or after the document date."""
    if doc_date is None:
        return None
    for y in (doc_date.year, doc_date.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            return None
        if d >= doc_date:
            return d
    return None


def _last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _quarter(word: str) -> int:
    w = word.lower()
    return ORDINAL_WORDS.get(w) or int(w)


def _parse(m: re.Match, doc_date: date | None) -> tuple[str, date] | None:
    """(partial ISO value, last day it covers) for a DATE_RE match; None when not a date."""
    g = m.groupdict()
    try:
        if g.get("d1") or g.get("d2"):
            d = int(g.get("d1") or g.get("d2"))
            mo = MONTHS[(g.get("m1") or g.get("m2")).lower().rstrip(".")]
            y = g.get("y1") or g.get("y2")
            day = date(int(y), mo, d) if y else _year_or_next(mo, d, doc_date)
            return (day.isoformat(), day) if day else None
        if g.get("d3"):
            y = int(g["y3"]) + (2000 if len(g["y3"]) == 2 else 0)
            day = date(y, int(g["m3"]), int(g["d3"]))
            return day.isoformat(), day
        if g.get("y4"):
            day = date(int(g["y4"]), int(g["m4"]), int(g["d4"]))
            return day.isoformat(), day
        if g.get("q") or g.get("qn"):
            q, y = _quarter(g.get("q") or g["qn"]), int(g.get("qy") or g["qy2"])
            return f"{y}-Q{q}", _last_day(y, q * 3)
        if g.get("h") or g.get("hn"):
            h, y = _quarter(g.get("h") or g["hn"]), int(g.get("hy") or g["hy2"])
            return f"{y}-H{h}", _last_day(y, h * 6)
        if g.get("mm"):
            y, mo = int(g["my"]), MONTHS[g["mm"].lower().rstrip(".")]
            decade = {"first": 1, "1st": 1, "i": 1, "second": 2, "2nd": 2, "ii": 2}.get((g.get("dec") or "").lower())
            return f"{y}-{mo:02d}", date(y, mo, 10 * decade) if decade else _last_day(y, mo)
        if g.get("yy"):
            y = int(g["yy"])
            return str(y), date(y, 12, 31)
    except (ValueError, KeyError):
        return None
    return None


def find_dates(text: str, doc_date: date | None) -> list[tuple[int, int, str]]:
    """DATE expressions in ``text``: (start, end, normalized). Numbers that are not years are skipped."""
    out = []
    for m in DATE_RE.finditer(text):
        parsed = _parse(m, doc_date)
        if not parsed:
            continue
        if m.group("yy") and re.search(r"(?:No\.?|№|number|Law|category)\s*$", text[max(0, m.start() - 12):m.start()], re.I):
            continue
        if m.group("yy") and re.search(r"\d{4}\s?[-–—]\s?$", text[max(0, m.start() - 8):m.start()]):
            continue  # the end of a span of years ("for 2016-2020") is no date of its own
        start = m.start()
        if text[start:].lower().startswith(("the end of ", "end-")):
            start = m.start("yy")
        out.append((start, m.end(), parsed[0]))
    return out


def normalize_date(text: str, doc_date: date | None) -> str | None:
    """ISO day for a calendar day, else "2015-09", "2015-Q4", "2016-H1", "2016"; None if not a date."""
    m = DATE_RE.search(text.strip())
    parsed = _parse(m, doc_date) if m else None
    return parsed[0] if parsed else None


def _add(d: date, n: int, unit: str, working: bool) -> date:
    unit = unit.rstrip("s")
    if unit == "fortnight":
        n, unit = 2 * n, "week"
    if unit == "day" and working:
        while n > 0:
            d += timedelta(days=1)
            if d.weekday() < 5:
                n -= 1
        return d
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    months = n * (12 if unit == "year" else 1)
    y, m = divmod(d.month - 1 + months, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _number(s: str) -> int:
    s = re.sub(r"\s*\(\d+\)$", "", s.strip().lower())  # "thirty (30)"
    head = re.match(r"\d+", s)
    return int(head.group()) if head else NUMBER_WORDS[s]


PERIOD_MONTHS = {"annual": 12, "semiannual": 6, "quarterly": 3, "monthly": 1}


def _recurring(text: str, recurrence: str, doc_date: date | None) -> date | None:
    """First due date after the document date of a recurring duty, from its written rule."""
    if doc_date is None:
        return None
    t = text.lower()
    if recurrence != "annual":  # "monthly until 31 december 2018": when the duty ends, not a day of each period
        t = re.sub(r"\b(?:until|till|up to|through) (?:the end of )?[^,;]*?\d{4}\b", " ", t)
    weekday = re.search(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", t)
    if weekday and re.search(r"\blast \w+day of the month", t):  # "monthly, on the last Thursday of the month"
        target = list(calendar.day_name).index(weekday.group(1).capitalize())
        y, mo = doc_date.year, doc_date.month
        while True:
            end = _last_day(y, mo)
            due = end - timedelta(days=(end.weekday() - target) % 7)
            if due > doc_date:
                return due
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    nth = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th) (?:monday|tuesday|wednesday|thursday|friday)s? of (?:the|each|every) month", t)
    if weekday and nth:  # "monthly, on the first Tuesday of the month"
        target = list(calendar.day_name).index(weekday.group(1).capitalize())
        k = ORDINAL_WORDS.get(nth.group(1)) or int(nth.group(1)[0])
        y, mo = doc_date.year, doc_date.month
        while True:
            first = date(y, mo, 1)
            due = first + timedelta(days=(target - first.weekday()) % 7 + 7 * (k - 1))
            if due > doc_date:
                return due
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    if weekday:  # "weekly, every Monday"
        target = list(calendar.day_name).index(weekday.group(1).capitalize())
        return doc_date + timedelta(days=(target - doc_date.weekday() - 1) % 7 + 1)
    if recurrence == "weekly":
        return doc_date + timedelta(weeks=1)
    period = PERIOD_MONTHS[recurrence]
    # "no later than the 25th day of the last month of each quarter": that day of the period's own last month
    m = re.search(r"the (\d{1,2})(?:st|nd|rd|th)?(?: day)? of the last month of (?:each|every|the) (?:reporting )?"
                  r"(quarter|half-year|year)", t)
    if m:
        months = {"quarter": 3, "half-year": 6, "year": 12}[m.group(2)]
        y, mo = doc_date.year, months
        while True:
            due = date(y, mo, min(int(m.group(1)), calendar.monthrange(y, mo)[1]))
            if due > doc_date:
                return due
            y, mo = (y + 1, months) if mo + months > 12 else (y, mo + months)
    # "annually, till 15.01": a day and month, each year
    m = re.search(r"(?:by|before|not later than|no later than|till|until) (\d{1,2})\.(\d{2})(?![.\d])", t)
    if m and 1 <= int(m.group(2)) <= 12:
        due = _year_or_next(int(m.group(2)), int(m.group(1)), doc_date + timedelta(days=1))
        if due:
            return due
    # "quarterly, on the 45th day after the reporting period": that many days after the period's end
    m = re.search(r"(?:on|by|not later than|no later than) the (\d{1,3})(?:st|nd|rd|th)? ((?:working |business )?)day (?:after|following) "
                  r"the (?:end of the )?(?:reporting )?(?:month|quarter|half-year|year|period)", t)
    if m:
        t = f"within {m.group(1)} {m.group(2)}days after the end of the reporting period"
    # "by the 15th day of the month following the reporting quarter"
    m = re.search(r"(?:by|before|on|not later than|no later than|till|until) the (\d{1,2}|last)(?:st|nd|rd|th)?(?: day|( working) day| calendar day)?"
                  r"(?: of the (?:(first|second|third) )?(?:month|year))? (?:following|after) (?:the |each |every )?(?:end of the )?"
                  r"(?:reporting )?(month|quarter|half-year|year|period)", t)
    if m:
        day = 31 if m.group(1) == "last" else int(m.group(1))  # "till the last day of the month following ..."
        working = bool(m.group(2)) and m.group(1) != "last"  # "by the 7th working day of the month following ..."
        later = {"second": 1, "third": 2}.get(m.group(3) or "", 0)  # "the 25th day of the second month following"
        # reporting periods end on month ends aligned with the calendar (quarters, halves, years); the period that ended
        # just before the document may still fall due after it (a 14 January order: the report for the IV quarter, 15 January)
        y, mo = doc_date.year - 1, 12
        while True:
            end = _last_day(y, mo)
            if end.month % period == 0:
                nxt = end + timedelta(days=1)
                for _ in range(later):
                    nxt = _last_day(nxt.year, nxt.month) + timedelta(days=1)
                due = date(nxt.year, nxt.month, min(day, calendar.monthrange(nxt.year, nxt.month)[1]))
                if working:
                    due = _add(nxt - timedelta(days=1), day, "day", True)
                if due > doc_date:
                    return due
            mo += 1
            if mo > 12:
                y, mo = y + 1, 1
    # "within 30 days after the end of the reporting quarter"
    m = re.search(rf"(?:within|(?:no|not) later than|in) ({NUM}) (working |business )?days? (?:after|following|from) the end of "
                  r"(?:the |each |every )?(?:reporting )?"
                  r"(month|quarter|half-year|year|period)", t)
    if m:
        n, working = _number(m.group(1)), bool(m.group(2))
        y, mo = doc_date.year, doc_date.month
        while True:
            end = _last_day(y, mo)
            if mo % period == 0:
                due = _add(end, n, "day", working)
                if due > doc_date:
                    return due
            mo += 1
            if mo > 12:
                y, mo = y + 1, 1
    # "annually, by 1 February (of the year following the reporting year)"; "by 25 July and 25 January"
    # ... or "annually, by April 1", "by May 15 of the year following the reporting year"
    if re.search(rf"(?:by|before|not later than|no later than|until|till) (?:the )?(?:\d{{1,2}}{ORD}? {MONTH.lower()}|"
                 rf"{MONTH.lower()} \d{{1,2}}(?!\d))", t):
        dues = []
        # "... of the year following the year in which the subsidy was granted": an event still to come, so the
        # first report falls in the next year at the earliest
        first_year = doc_date.year + 1 if re.search(r"\bof the year (?:following|after) the year (?:in which|of)\b", t) else doc_date.year
        for m in re.finditer(rf"\b(\d{{1,2}}){ORD}? ({MONTH.lower()})|\b({MONTH.lower()}) (\d{{1,2}})(?!\d)", t):
            mo = MONTHS[(m.group(2) or m.group(3)).rstrip(".")]
            d = int(m.group(1) or m.group(4))
            for y in range(first_year, doc_date.year + 3):
                try:
                    due = date(y, mo, d)
                except ValueError:
                    break
                if due > doc_date:
                    dues.append(due)
                    break
        if dues:
            return min(dues)

    m = re.search(rf"\b(?:in|by|by the end of|before) ({MONTH.lower()})(?! \d)", t)
    if m:  # "annually, in June" -> the first end of June after the document date
        mo = MONTHS[m.group(1).rstrip(".")]
        due = _last_day(doc_date.year, mo)
        return due if due > doc_date else _last_day(doc_date.year + 1, mo)
    m = re.search(r"(?:by|before|on|not later than|no later than|until|till) the (\d{1,2})(?:st|nd|rd|th)?(?: day| working day)?(?: of (?:each|every|the) month)?", t)
    if m and recurrence != "monthly" and not re.search(MONTH.lower(), t[m.end():]):
        # "quarterly, not later than the 5th": the day of the month after each period
        return _recurring(f"by the {m.group(1)}th day of the month following the reporting period", recurrence, doc_date)
    if m and recurrence == "monthly":
        d = int(m.group(1))
        working = "working day" in m.group()  # "by the 3rd working day of each month"
        cur = date(doc_date.year, doc_date.month, 1)
        for _ in range(3):
            due = date(cur.year, cur.month, min(d, calendar.monthrange(cur.year, cur.month)[1]))
            if working:
                due = _add(cur - timedelta(days=1), d, "day", True)
            if due > doc_date:
                return due
            cur = _last_day(cur.year, cur.month) + timedelta(days=1)
    # no written day: the end of the first period after the document date
    y, mo = doc_date.year, doc_date.month
    while True:
        end = _last_day(y, mo)
        if mo % period == 0 and end > doc_date:
            return end
        mo += 1
        if mo > 12:
            y, mo = y + 1, 1


# a time limit counted from each reporting period names its recurrence without an adverb:
# "by the 5th day of the month following the reporting month", "by 1 March of the year following the reporting year"
IMPLIED_RECURRENCE = re.compile(
    r"\b(?:by|before|on|not later than|no later than|till|until) (?:the )?"
    r"(?:(?:\d{1,2}|last)(?:st|nd|rd|th)?(?: (?:working |calendar )?day)? of the (?:(?:first|second|third) )?month|"
    rf"\d{{1,2}}{ORD}? {MONTH} of the year) (?:following|after) (?:the |each )?(?:end of the )?(?:reporting|accounting) "
    r"(?:(?P<period>month|quarter|half-year|year)\b|one\b)", re.I)
PERIOD_RECURRENCE = {"month": "monthly", "quarter": "quarterly", "half-year": "semiannual", "year": "annual"}


# the day of each period a recurring duty is due, written after what is due: "a monthly report ..., by the 3rd
# working day of each month"
LATER_DAY = re.compile(r"\b(?:by|before|not later than|no later than|until|till) the \d{1,2}(?:st|nd|rd|th)? (?:(?:(?:working|business|calendar) )?"
                       r"day )?of (?:each|every) (?:month|quarter)\b", re.I)


# a span of months, like a span of years, names no due date: "June - August 2019", "December 2017 - January 2018"
MONTH_SPAN = re.compile(rf"\b(?:(?:in|during|Deadline:?|Term:?)\s+)?{MONTH}(?:,? \d{{4}})?\s?[-–—]\s?{MONTH},? \d{{4}}\b", re.I)


ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|these|such|average|mean|minimum|maximum)\s$", re.I)
# "a wage not lower than the monthly minimum": a measure of money, not how often a thing is done
MEASURE_NOUN = re.compile(r"\s+(?:wages?|salar(?:y|ies)|income|earnings|pay|allowances?|rents?)\b", re.I)


# "was 01.02.2017, extended to 28.04.2017", "postponed to 1 June 2018": the time limit now in force is the later one
EXTENDED = re.compile(rf"\b(?:extended|postponed|moved|deferred|shifted|rescheduled|prolonged) (?:to|until|till) (?P<new>{DATE_EXPR})", re.I)
WAS = re.compile(r"\b(?:was|originally|initially|previously|(?:the )?(?:original|initial) (?:deadline|term))\b[^;]{0,40}$", re.I)


# "Term: by 15.06": a day and month under a firm word, no year
SHORT_DAY = re.compile(r"\b(?:by|before|until|till|not later than|no later than) (?P<d>\d{1,2})\.(?P<m>\d{2})(?!\d|\.\d)", re.I)
# a firm word before a day, written any way
FIRM_DAY = re.compile(r"\b(?:by|before|until|till|not later than|no later than)\s+(?:the\s+)?\d", re.I)
# a time something is extended or kept in force to, just before "until D"
PROLONGED = re.compile(r"\b(?:extend(?:ing|ed)?|prolong(?:ing|ed)?|extension|prolongation|retain(?:ing)?|preserv(?:e|ing)|maintain(?:ing)?|"
                       r"valid|in force|remain(?:ing)?)\b(?: [\w-]+){0,8}\s*$", re.I)
# a participle whose time the date is: "applications received before July 1, 2017", "agreements concluded until 2018"
# (not "by": "a report on the jobs created by 1 June 2017" is due then)
QUALIFIED = re.compile(r"\b(?:received|submitted|filed|concluded|signed|adopted|issued|registered|launched|started|"
                       r"commissioned|granted|allocated|incurred|accrued|formed|created)\s*$", re.I)
# "by the end of next year", "in the following year": the last day of the year after the document's
NEXT_YEAR = re.compile(r"\b(?:(?:by|before|until|till|no later than|not later than) the end of|in the course of|during|in) "
                       r"(?:the )?(?:next|following|coming) year\b(?! \d)", re.I)
# "in the first decade of December" (no year): its ten days, in the first such month ending on or after the document date
DECADE_NO_YEAR = re.compile(rf"\b(?:(?:in|during|by the end of|by) )?(?:the )?(?P<dec>first|second|third|1st|2nd|3rd|III|II|I) "
                            rf"(?:decade|ten-day period|ten days) of (?P<mon>{MONTH})\b(?!,? ?\d)", re.I)
# "by December 1 of the current year": the year the document's own
CURRENT_YEAR_TAIL = re.compile(r",? of (?:the current|this|the present) year\b", re.I)


def find_deadline(text: str, doc_date: date | None) -> DeadlineSpan | None:
    """The deadline written in a sentence, resolved; None when the sentence names none."""
    found = _find_deadline(text, doc_date)
    if found is not None and ((PROLONGED.search(text, 0, found.start) and re.match(r"(?i)(?:until|till|up to)\b", found.deadline.text))
                              or (QUALIFIED.search(text, 0, found.start)
                                  and re.match(r"(?i)(?:before|until|till|prior to) (?!the end\b)", found.deadline.text))):
        # "consider extending until 31 December 2025 the period during which ...": how long, not by when; "the
        # applications received before July 1, 2017": which ones, not by when
        return find_deadline(text[: found.start] + " " * (found.end - found.start) + text[found.end:], doc_date)
    if found is not None:
        tail = CURRENT_YEAR_TAIL.match(text, found.end)
        if tail:
            found = DeadlineSpan(Deadline(found.deadline.date, text[found.start: tail.end()], found.deadline.recurrence),
                                 found.start, tail.end())
        return found
    m = NEXT_YEAR.search(text)
    if m and doc_date:
        return DeadlineSpan(Deadline(date(doc_date.year + 1, 12, 31).isoformat(), m.group(), None), m.start(), m.end())
    m = DECADE_NO_YEAR.search(text)
    if m and doc_date:
        mo = MONTHS[m.group("mon").lower().rstrip(".")]
        decade = {"first": 1, "1st": 1, "i": 1, "second": 2, "2nd": 2, "ii": 2}.get(m.group("dec").lower())
        year = doc_date.year
        due = date(year, mo, 10 * decade) if decade else _last_day(year, mo)
        if due < doc_date:
            due = date(year + 1, mo, 10 * decade) if decade else _last_day(year + 1, mo)
        return DeadlineSpan(Deadline(due.isoformat(), m.group(), None), m.start(), m.end())
    return None


def _find_deadline(text: str, doc_date: date | None) -> DeadlineSpan | None:
    ext = EXTENDED.search(text)
    if ext:
        before = text[: ext.start()]
        was = WAS.search(text, 0, ext.start())
        # (only a time limit's own change: "the release can be deferred to the third quarter" is what is to be considered)
        own = (was or re.search(r"\b(?:deadlines?|terms?|time limits?|due dates?)\s+(?:(?:has|have) been |was |were |is |are )?$", before, re.I)
               or (re.fullmatch(r"[^.;:]{0,30}?[-–—:,]?\s*", before) and not re.search(r"[a-z]{4,}\s+(?:be|is|are)\s+$", before)))
        new = DATE_RE.match(text, ext.start("new")) if own else None
        parsed = _parse(new, doc_date) if new else None
        if parsed:
            start = was.start() if was else ext.start()
            return DeadlineSpan(Deadline(parsed[1].isoformat(), text[start:ext.end()], None), start, ext.end())
    span = MONTH_SPAN.search(text)
    # (... "the jobs created in January-September 2018 by 15.11": what the data cover, then by when)
    if span and not _dated_expression(text[: span.start()], doc_date) and not FIRM_DAY.search(text, span.end()):
        return DeadlineSpan(Deadline(None, span.group(), None), span.start(), span.end())
    for recurrence, rx in RECURRENCE:
        # "the quarterly monitoring data": a word naming the thing, not how often it is done
        m = next((m for m in re.finditer(rf"\b(?:{rx})\b", text, re.I) if not ATTRIBUTIVE.search(text, 0, m.start())
                  and not MEASURE_NOUN.match(text, m.end())), None)
        if m:
            # "annually, by 1 March"; "annually until 2020, by 1 March": up to two such pieces
            # ("monthly on their websites": "on"/"in" only before a day, a month or a period: "on the 5th", "in June")
            tail = re.match(r"(?:,? \(?(?:by|before|not later than|no later than|until|till|every|within|starting|beginning|from|"
                            rf"(?:in|on)(?= (?:the )?(?:\d|last\b|first\b|second\b|third\b|fourth\b|[IVX]+\b|{MONTH}|\w+days?\b|each\b|every\b|month\b|quarter\b|half\b|year\b))) "
                            r"[^,;]*?(?=[,;)]|\.\s|\.?$)){1,2}", text[m.end():], re.I)
            end = m.end() + (tail.end() if tail else 0)
            # the rule may come first: "within 30 days after the end of each quarter", "by the 5th day of the month following each quarter"
            head = re.search(r"(?:(?:within|(?:no|not) later than|in) [^,;]{1,40}? (?:after|following|from) the end of|"
                             r"(?:by|before|(?:(?:not|no) later than )?on|not later than|no later than|until|till) the "
                             r"\d{1,2}(?:st|nd|rd|th)? (?:(?:working |calendar )?day of the (?:last |first )?month (?:following|after|of)|"
                             r"(?:(?:working |calendar )?day )?of))(?: the)? $",  # "by the 1st of each month"
                             text[: m.start()], re.I) or \
                re.search(rf"(?:(?:by|before|not later than|no later than|until|till|prior to|on or before) )?(?:the )?\b\d{{1,2}}{ORD}? {MONTH}(?: \d{{4}})?,?"
                          rf" (?:and )?(?:(?:{THEN}) (?:[-–—] )?|of )?$", text[: m.start()], re.I) or \
                re.search(rf"(?:(?:in|by|until|till|during) )?(?:the end of )?\b(?:{DATE_EXPR}),? (?:and )?(?:{THEN}) (?:[-–—] )?$",
                          text[: m.start()], re.I)  # "2018, then annually", "in the second quarter of 2016 and then annually"
            start = head.start() if head else m.start()
            later = None if (tail or head) else LATER_DAY.search(text, m.end())
            if later:  # "a monthly report on ..., by the 3rd working day of each month": the day named later is the rule
                start, end = later.start(), later.end()
            span = text[start:end]
            first = _first_due(span, doc_date)
            if first and re.search(r"\bfollowing the (?:end of the )?reporting\b", span, re.I) and \
                    re.search(r"\b(?:starting|beginning|commencing|from)\b[^,;]{0,60}?(?:\bquarter|\bhalf|\bQ[1-4]\b)", span, re.I):
                # "quarterly, by the 10th day of the month following the reporting quarter, starting from the first quarter
                # of 2018": the report on that first quarter, due after it
                first = _recurring(span, recurrence, first) or first
            if first:  # "by 1 June 2017 and thereafter annually", "quarterly, starting from the II quarter of 2017"
                return DeadlineSpan(Deadline(first.isoformat(), span, recurrence), start, end)
            # "by the 5th day of the month ..., quarterly" -> the whole phrase
            return DeadlineSpan(Deadline(_iso(_recurring(span, recurrence, doc_date)), span, recurrence), start, end)
    m = re.search(r"\b(?:on|by) the \d{1,3}(?:st|nd|rd|th)? (?:working )?day (?:after|following) the (?:end of the )?reporting (?:month|quarter|half-year|year|period)",
                  text, re.I)
    if m:  # a form's time limit: "on the 20th day after the reporting period" (a quarter unless it says otherwise)
        period = re.search(r"(month|half-year|year)\b", m.group())
        recurrence = {"month": "monthly", "half-year": "semiannual", "year": "annual"}.get(period.group(1)) if period else "quarterly"
        due = _recurring(m.group(), recurrence, doc_date)
        return DeadlineSpan(Deadline(_iso(due), m.group(), recurrence), m.start(), m.end())
    m = IMPLIED_RECURRENCE.search(text)
    if m:  # "by the 5th day of the month following the reporting month": a duty for every reporting period
        # ("the month following the reporting one": the period named before it; "the second month following the
        # reporting one": a quarter's)
        named = re.search(r"\b(?:(?P<nth>first|second|third) )?month (?:following|after)", m.group(), re.I)
        implied = ("quarter" if named.group("nth") else "month") if named else "year"
        period = (m.group("period") or implied).lower()
        rule = m.group() if m.group("period") else re.sub(r"\bone$", period, m.group())
        recurrence = PERIOD_RECURRENCE[period]
        return DeadlineSpan(Deadline(_iso(_recurring(rule, recurrence, doc_date)), m.group(), recurrence), m.start(), m.end())
    m = re.search(rf"\b{WITHIN}", text, re.I)
    if m:
        due = None
        event = re.match(rf" (?:of|from|after|following) (?!(?:the )?(?:(?:date|day|moment) of )?(?:the )?(?:{DOC_ANCHOR})\b(?! of (?!(?:this|these|the present|(?:the )?(?:minutes|protocol)(?! of (?:the|a|an|its) [a-z]))\b))|(?:this|these|the present) |(?:the )?(?:(?:date|day|moment) of )?its (?:signing|entry into force|publication|official publication|adoption)\b|(?:the )?(?:date|day|moment) of (?:this|these|the present) |(?:the )?(?:date )?hereof\b)|"
                         r" (?:before|prior to|ahead of) ", text[m.end("unit"):], re.I)
        before = text[: m.start()]
        if (not event and re.search(r"\bits (?:signing|entry|publication|adoption)", m.group()) and re.search(r"[a-z]{3}", before)
                # "form a joint working group within 30 days of its signing": nothing before it is signed but the document
                and not ("signing" in m.group() and not re.search(r"\b(?:agreements?|contracts?|leases?|memorand(?:um|a)|protocols?|"
                                                                   r"minutes|documents?|acts?|deeds?|applications?)\b", before, re.I))
                # ("the agreement referred to in item 6 of this order ... of its signing": a citation names no document
                # signed; the agreement's signing)
                and not re.search(rf"(?:\b(?:this|these|the present) (?:{DOC_NOUN})\b|{LABELLED}$)",
                                  re.sub(rf"\b(?:referred to|specified|provided for|mentioned|named|approved|listed)\s+(?:in|by)\s+"
                                         rf"[^,;]{{0,60}}?\b(?:this|these|the present) (?:{DOC_NOUN})\b", "", before, flags=re.I),
                                  re.I)):
            event = True  # "submit the lease agreement ... within one month of its signing": the agreement's
        if doc_date is not None and not event:
            due = _add(doc_date, _number(m.group("n")), m.group("unit").lower(), bool(m.group("working")) and m.group("working").strip() in ("working", "business"))
        # another event's phrase runs to the next stop or to a second verb: "within 10 days of its receipt from the
        # Department of X and organise its public discussion ..."
        end = m.end() if not event else m.end() + len(re.match(EVENT_PHRASE, text[m.end():]).group())
        return DeadlineSpan(Deadline(_iso(due), text[m.start():end].rstrip(), None), m.start(), end)
    m = MONTH_LIST.search(text)
    if m and doc_date:  # "by the 20th of January, April, July and October": the first of those days after the date
        months = [MONTHS[x.lower().rstrip(".")] for x in re.findall(MONTH, m.group("months"))]
        dues = [due for mo in months if (due := _year_or_next(mo, int(m.group("day")), doc_date + timedelta(days=1)))]
        recurrence = {12: "monthly", 4: "quarterly", 2: "semiannual"}.get(len(set(months)))
        if dues:
            return DeadlineSpan(Deadline(min(dues).isoformat(), m.group(), recurrence), m.start(), m.end())
    m = _dated_expression(text, doc_date)
    short = SHORT_DAY.search(text)
    if m and short and re.match(r"(?:in|during)\b", m.group(), re.I) and doc_date:
        m = None  # "a report on the measures in 2018, with photographs, by 01.12": the firm day, not the weak year
    if m:
        sub = DATE_RE.match(text, m.start("expr"))
        parsed = _parse(sub, doc_date) if sub else None
        if parsed:
            written = m.group()
            if re.match(LABELLED, written, re.I):
                written = m.group()
            return DeadlineSpan(Deadline(parsed[1].isoformat(), written.strip(), None), m.start(), m.end())
    m = AFTER_DOCUMENT.search(text)
    if m:
        working = bool(m.group("working")) and m.group("working").strip() in ("working", "business")
        due = _add(doc_date, _number(m.group("n")), m.group("unit").lower(), working) if doc_date else None
        return DeadlineSpan(Deadline(_iso(due), m.group(), None), m.start(), m.end())
    m = PERIOD_NO_YEAR.search(text)
    if m:
        due = None
        if doc_date:
            if m.group("qn"):  # "by the end of Q3"
                n, months = int(m.group("qn")[1]), 3
            else:
                n, months = _quarter(m.group("n")), 3 if m.group("period").lower() == "quarter" else 6
            if m.group("next"):  # "in the first quarter of next year"
                due = _last_day(doc_date.year + 1, n * months)
            else:
                due = _last_day(doc_date.year, n * months)
                due = due if due >= doc_date else _last_day(doc_date.year + 1, n * months)
        return DeadlineSpan(Deadline(_iso(due), m.group(), None), m.start(), m.end())
    m = SHORT_DAY.search(text)
    if m and doc_date and 1 <= int(m.group("m")) <= 12:  # "Term: by 15.06": the first such day on or after the document date
        due = _year_or_next(int(m.group("m")), int(m.group("d")), doc_date)
        if due:
            return DeadlineSpan(Deadline(due.isoformat(), m.group(), None), m.start(), m.end())
    m = MONTH_NO_YEAR.search(text)
    if m and doc_date:  # "in December", "by the end of May": the first such month that ends on or after the document date
        mo = MONTHS[m.group("mon").lower().rstrip(".")]
        due = _last_day(doc_date.year, mo)
        due = due if due >= doc_date else _last_day(doc_date.year + 1, mo)
        return DeadlineSpan(Deadline(due.isoformat(), m.group(), None), m.start(), m.end())
    m = END_OF_CURRENT.search(text)
    if m:
        due = _period_end(doc_date, (m.group("period") or "year").lower()) if doc_date else None
        return DeadlineSpan(Deadline(_iso(due), m.group(), None), m.start(), m.end())
    m = NEXT_PERIOD.search(text)
    if m and doc_date:  # "next week" -> its last day (Sunday); "next month" -> its last day
        if m.group("period").lower() == "week":
            due = doc_date + timedelta(days=13 - doc_date.weekday())
        else:
            first = _last_day(doc_date.year, doc_date.month) + timedelta(days=1)
            due = _last_day(first.year, first.month)
        return DeadlineSpan(Deadline(due.isoformat(), m.group(), None), m.start(), m.end())
    m = re.search(rf"\b(?:{VAGUE})", text, re.I)
    if m:
        return DeadlineSpan(Deadline(None, m.group().strip(), None), m.start(), m.end())
    m = re.search(rf"\b{LABELLED}(?P<rest>[^\n;]+)", text, re.I)
    if m:
        return DeadlineSpan(Deadline(None, m.group().strip(), None), m.start(), m.end())
    return None


# "the Strategy for the period until 2025", "the programme until 2020": a horizon named with its act, no deadline
HORIZON = re.compile(r"\b(?:period|programme|program|strategy|plan|concept|forecast|policy|project)\s*$", re.I)
WEAK_BY = re.compile(r"(?:in|during|in the course of|throughout|on)\b", re.I)


def _dated_expression(text: str, doc_date: date | None) -> re.Match | None:
    """The date expression that is the deadline: the first one under a firm word ("by", "no later than",
    "Deadline:"); failing that the first one under "in"/"during" that is set off by a comma or ends the clause,
    since a date inside the action ("the spaces to be improved in 2018 are selected ... in the fourth quarter of
    2017") is part of what is to be done."""
    found = [m for m in re.finditer(rf"(?:\b{LABELLED}(?:{BY} )?(?:the )?(?:end of (?:the )?)?|\b{BY} (?:the )?(?:end of (?:the )?)?)"
                                    rf"(?P<expr>{DATE_EXPR})", text, re.I)
             if (sub := DATE_RE.match(text, m.start("expr"))) and _parse(sub, doc_date)
             and not re.match(r"\s?[-–—]\s?(?:19|20)\d{2}\b", text[m.end():])  # "in 2016 - 2017": a span, no deadline
             and not (re.match(r"(?:until|till)\b", m.group(), re.I) and HORIZON.search(text[: m.start()]))]
    # "information on the jobs created in 2016" in a letter of 2017: a period already past is what, not when
    found = [m for m in found if not (WEAK_BY.match(m.group()) and doc_date
                                      and _parse(DATE_RE.match(text, m.start("expr")), doc_date)[1] < doc_date)]
    firm = [m for m in found if not WEAK_BY.match(m.group())]
    if firm or not found:
        return firm[0] if firm else None
    # "organise, in the second quarter of 2018, the training", "... selected by a vote in the fourth quarter of 2017."
    # ... or one that opens the item: "3.4. in the second quarter of 2019 hold discussions of the spaces to be improved in 2020;"
    set_off = [m for m in found if re.search(r",\s*$", text[: m.start()]) or re.match(r"\s*(?:[.;]|$)", text[m.end():])
               or re.fullmatch(r"\s*(?:(?:\d+\.)*\d+\.?|[a-z]\)|[-•–—])?\s*", text[: m.start()])]
    period = PERIOD_NO_YEAR.search(text)
    if period and re.search(r",\s*$", text[: period.start()]) and text[period.end(): period.end() + 1] == ",":
        return None  # "to organise, during the IV quarter, a vote on the spaces to be improved in 2018": that quarter
    return (set_off or found)[0]


def _first_due(span: str, doc_date: date | None) -> date | None:
    """A recurring duty's first due date when written out: a dated day ("1 June 2017, then quarterly") or the
    period it starts from ("annually, starting from 2018" -> the end of 2018)."""
    for m in DATE_RE.finditer(span):
        g = m.groupdict()
        if re.search(r"\b(?:until|till|up to|through)(?: the end of)?\s*$", span[: m.start()], re.I):
            continue  # "monthly, until 31.12.2018": when the duty ends, not when it is first due
        dated = g.get("y1") or g.get("y2") or g.get("y3") or g.get("y4")
        start = re.search(r"\b(?:starting|beginning|commencing)(?: (?:from|with|in))?(?: the)? $|\bfrom(?: the)? $", span[: m.start()], re.I) \
            or re.match(rf",? (?:and )?(?:{THEN})\b", span[m.end():], re.I)  # "2018, then annually"
        if dated or (start and (g.get("q") or g.get("qn") or g.get("h") or g.get("hn") or g.get("mm") or g.get("yy"))):
            parsed = _parse(m, doc_date)
            day = re.search(rf"\b(\d{{1,2}}){ORD}? ({MONTH})(?! \d)", span, re.I) if g.get("yy") and start else None
            if parsed and day:  # "annually, by 1 March, starting from 2017": that day of the starting year
                try:
                    parsed = (parsed[0], date(int(g["yy"]), MONTHS[day.group(2).lower().rstrip(".")], int(day.group(1))))
                except ValueError:
                    pass
            if parsed and (doc_date is None or parsed[1] > doc_date):
                return parsed[1]
    return None


def _period_end(d: date, period: str) -> date:
    """Last day of the year, half-year, quarter or month that contains ``d``."""
    months = {"year": 12, "half-year": 6, "quarter": 3, "month": 1}[period]
    return _last_day(d.year, ((d.month - 1) // months + 1) * months)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def counts_from_document(deadline_text: str | None, doc_type: str | None) -> bool:
    """Whether a deadline resolved against the document date may keep its date in a document of this type: one
    counted from "the meeting" only where the meeting is the document's own."""
    return doc_type in MEETING_DOC_TYPES or not OF_THE_MEETING.search(deadline_text or "")


def resolve_deadline(text: str, doc_date: date | None) -> Deadline | None:
    """The resolved deadline of a sentence or a "Deadline:" cell; None when it names no deadline."""
    found = find_deadline(text, doc_date)
    if found:
        return found.deadline
    # a bare table cell: "1 March 2017", "IV quarter 2016", "2016" (a span of months found above names none)
    m = DATE_RE.fullmatch(text.strip().rstrip("."))
    if m:
        parsed = _parse(m, doc_date)
        if parsed:
            return Deadline(parsed[1].isoformat(), text.strip(), None)
    return None
