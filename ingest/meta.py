"""Document metadata (type, number, date, issuer, title) from the title block's lines."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from ingest.model import DocumentMeta

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december)"
DATE_PATTERNS = [
    (re.compile(rf"\b(\d{{1,2}})[ \t]+{MONTH}[ \t]+(\d{{4}})", re.I), ("d", "m", "y")),  # not across lines
    (re.compile(rf"\b{MONTH}[ \t]+(\d{{1,2}}),?[ \t]+(\d{{4}})", re.I), ("m", "d", "y")),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), ("d", "m", "y")),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "m", "d")),
]
# ("No. 248r-P" of a Karelian order, "No. MMV-7-1/262@" of the Federal Tax Service)
# ... and "No. 52K (1254)" of an Accounts Chamber report: its letter and its serial number in brackets
NUMBER = re.compile(r"\bNo\.?\s*((?:[A-Za-z]{1,4}-)*[A-Za-z]{0,4}-?\d+(?:[a-z]{1,2}(?=[-/])|(?-i:[A-Z]{1,2})\b(?: \(\d+\))?)?"
                    r"(?:[-/][A-Za-z0-9]+)*@?)", re.I)
# ... "REPORT (MINUTES) No. 4" of a strategic session
# ... "DECISION / of the meeting of the Working Group ...": the record of a meeting's decisions
MINUTES_LINE = re.compile(r"^\s*(?:report \(|(?:an )?extract from (?:the )?|from the )?(minutes|protocol(?! of intent)|record|"
                          r"decision(?=\s+of the (?:meeting|session)\b))\b", re.I | re.M)
# a list of instructions headed by what it follows: "INSTRUCTIONS FOLLOWING THE MEETING ON ..." (in capitals)
INSTRUCTIONS_AFTER = r"INSTRUCTIONS (?:FOLLOWING|BASED ON|ON THE RESULTS OF|GIVEN AT)"
# the Government Office's number of an instruction: "DM-P16-987", "IS-P16-1032" (its minutes add "pr": "IS-P16-71pr")
INSTRUCTION_NUMBER = r"[A-Z]{2,3}-P\d{1,2}-\d+"
TYPE_WORDS = [
    # ("ON THE INSTRUCTION OF THE CHAIRMAN ...": a letter about one, "in execution of the instructions of": a report)
    ("instruction", re.compile(r"\b(list of instructions|(?<!on the )(?<!to the )(?<!of the )(?<!with the )"
                               r"instructions? of the (president|prime minister|chairman))\b|"
                               rf"^\s*INSTRUCTIONS\s*$|^\s*(?-i:{INSTRUCTIONS_AFTER})\b", re.I | re.M)),
    ("minutes", MINUTES_LINE),
    # (a council's or commission's "DECISION" is none of the named kinds: "other", as the corpus annotates it)
    ("resolution", re.compile(r"^\s*resolution\b", re.I | re.M)),
    ("order", re.compile(r"^\s*(?:joint )?(order|directive|decree)\b", re.I | re.M)),
]
BODY_WORDS = re.compile(
    r"\b(government|ministry|president|administration|governor|council|fund|agency|service|commission|"
    r"committee|working group|duma|office|department|bank|corporation|board|cabinet|collegium|chamber|headquarters|head of)\b", re.I)
SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "to", "a", "an", "at", "by", "with"}
# a company's letterhead in capitals, its legal form written out
COMPANY_HEAD = re.compile(r'\b(?P<form>(?:PUBLIC |OPEN |CLOSED )?JOINT-STOCK\s+COMPANY|LIMITED LIABILITY\s+COMPANY)\s+"(?P<name>[A-Z0-9][^"a-z]{2,80})"')
LEGAL_FORMS = {"public joint-stock company": "PJSC", "open joint-stock company": "OJSC", "closed joint-stock company": "CJSC",
               "joint-stock company": "JSC", "limited liability company": "LLC"}
PLACE_LINE = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
# the line of the place of a meeting under its name: "Veliky Novgorod", "town of Segezha, 12 April 2018",
# "St Petersburg, 29 May 2018", "Krasnoyarsk (in videoconference mode)"
PLACE_OF_MEETING = re.compile(
    r"(?P<pre>(?:the )?(?:town|city|settlement|village|urban-type settlement|working settlement) of |[pgs]\. )?(?:St\.? )?"
    r"(?!(?:Oblast|Krai|Republic|Region|District|Okrug|Territory|Federation|Moscow Oblast|Fund|Projects?|Council|"
    r"Committee|Group|Commission|Office|Board|Development|Integration|Programmes?|Centre|Company|Service|Agency|Ministry|"
    r"Chamber|Institute|Corporation|Administration|Government|Monotowns?|Affairs|Policy|Industry|Trade|Economy)\b)"
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?: (?!Oblast\b|Krai\b|Region\b|District\b)[A-Z][a-z]+)?(?:\s*\([^)]{0,60}\))?(?P<rest>,\s.*)?")


def parse_date(text: str) -> str | None:
    """The first date in text as ISO, or None."""
    best: tuple[int, str] | None = None
    for pattern, order in DATE_PATTERNS:
        for m in pattern.finditer(text):
            parts = dict(zip(order, m.groups()))
            month = parts["m"]
            month_n = MONTHS[month.lower()] if not month.isdigit() else int(month)
            try:
                iso = date(int(parts["y"]), month_n, int(parts["d"])).isoformat()
            except ValueError:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), iso)
            break
    return best[1] if best else None


def title_case(text: str) -> str:
    """"GOVERNMENT OF THE RUSSIAN FEDERATION" -> "Government of the Russian Federation"."""
    words = text.split()
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i > 0 and lw in SMALL_WORDS:
            out.append(lw)
        elif re.fullmatch(r'["«]?[A-Z]+(?:\.[A-Z]+)+["»]?', w):  # '"VEB.RF"': an abbreviation keeps its capitals
            out.append(w)
        else:
            out.append("-".join(_capitalise(p) for p in lw.split("-")))
    return " ".join(out)


def capitalised_words(body: str) -> set[str]:
    """Words written capitalised mid-sentence more often than in lower case (proper nouns)."""
    caps: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for m in re.finditer(r"(?<=[a-z,;] )([A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)*)", body):
        w = m.group(1)
        if w[0].isupper():
            caps[w.lower()] += 1
        else:
            lower[w.lower()] += 1
    # ... and abbreviations the body writes in capitals mid-sentence ("of LLC", "the TASED"), kept as written
    # ("of PJSC KAMAZ": a name in capitals after its legal form)
    acronyms = {w for m in re.finditer(r"(?<=[a-z,;] )((?:[A-Z]{2,6} )?[A-Z]{2,6})(?=[\s,.;:)\x22])", body)
                for w in m.group(1).split()} - {w.upper() for w in SMALL_WORDS} - {
        "IS", "ARE", "BE", "NO", "ALL", "ANY", "NOT", "OR", "IT", "AS", "DECIDED", "RESOLVED", "ORDER"}
    acronyms |= set(re.findall(r"\b(?:PJSC|JSC|OJSC|CJSC|LLC|PAO|OAO|AO|OOO) ([A-Z][A-Z-]{1,15})\b", body))  # "PJSC AVTOVAZ"
    return ({w for w, n in caps.items() if lower[w] == 0} - COMMON_NOUNS) | acronyms


# document nouns a body capitalises when it means one act or list ("the Rules", "the Plan") but that a
# sentence-case title writes in lower case ("On approval of the rules for granting subsidies ...")
COMMON_NOUNS = {"rules", "procedure", "regulations", "plan", "programme", "program", "economy", "list", "methodology"}


def sentence_case(text: str, proper: set[str]) -> str:
    """Capitals title into sentence case, keeping words the body writes capitalised."""
    text = " ".join(text.split()).rstrip(".")
    if not is_mostly_caps(text):
        return text[:1].upper() + text[1:]
    words = []
    for i, w in enumerate(text.split()):
        lw = w.lower()
        core = lw.strip("\"'(),;:")
        if core.upper() in proper and w.strip("\"'(),;:«»“”").isupper():  # 'of LLC "X"': an abbreviation keeps its capitals
            words.append(w)
            continue
        # the first word, a name the body capitalises, a quoted name's first word ('"Integrated development"')
        if lw == "no.":  # "of 28 April 2017 No. 187"
            words.append("No.")
            continue
        if i == 0 or core in proper or core.rstrip("s") in proper or lw[:1] in "\"'«“" or core in MONTHS:
            w = "-".join(_capitalise(p) if (j == 0 or p.strip("\"'(),;:") in proper) else p
                         for j, p in enumerate(lw.split("-")))
        else:
            w = lw
        words.append(w)
    return " ".join(words)


def _capitalise(word: str) -> str:
    """Upper-case the first letter, after any opening quote or bracket."""
    m = re.search(r"[^\W\d_]", word)
    return word[: m.start()] + word[m.start()].upper() + word[m.start() + 1:] if m else word


def is_mostly_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


MEETING = re.compile(r"\b(?P<kind>(?:joint |extended |enlarged |extraordinary |working |strategic |public |off-site |field |interdepartmental |interagency |regular |visiting |on-site |selector |video-?conference )?meeting|video-?conference|video conference|conference|(?:strategic )?session|(?:public )?hearings|round[- ]table)\s+(.+?)(?=\s+(?:of\s+)?\d{1,2}\s+" + MONTH + r"|\s+(?:of\s+)?\d{1,2}\.\d{1,2}\.\d{2,4}|\s+No\.|\s+(?-i:(?:(?:Veliky|Nizhny|Naberezhnye|Stary|Novy|Sergiyev|Ust|Verkhnyaya|Nizhnyaya) )?[A-Z][a-z]+(?:-[A-Z][a-z]+)*,\s|[A-Z]{3,}(?:-[A-Z]+)*,\s+\d)|\s+(?:Chaired|Presided|Presiding)\b|\s+(?-i:Meeting|MEETING) of\b|\s+(?:Date|Place|Venue|Time|Form) of the meeting\b|$)", re.I)
SIGNATORY = re.compile(r"\b(President|Prime Minister)(?: of the Russian Federation)?\b")
# whose instructions, or who held the meeting, as the title names them: the office, not the Government
OFFICE = [
    (re.compile(r"\b(?:First )?Deputy (?:Prime Minister|Chairman of the Government)\b", re.I), "Deputy Prime Minister of the Russian Federation"),
    (re.compile(r"\b(?:Prime Minister|Chairman of the Government)\b", re.I), "Prime Minister of the Russian Federation"),
]


def extract_meta(title_lines: list[str], body: str, n_title_lines: int | None = None) -> DocumentMeta:
    """Metadata from the title block's lines (and the start of the body when the block is thin)."""
    meta = DocumentMeta()
    head = "\n".join(title_lines)
    flat_head = " ".join(head.split())
    block = "\n".join(title_lines[:n_title_lines]) if n_title_lines else head
    # the title block decides; the lines after it only when it says nothing (a preamble may cite "the list of
    # instructions of the President of 2 June 2017 No. Pr-1094")
    for text in (block, head):
        found = next((doc_type for doc_type, pattern in TYPE_WORDS if pattern.search(text)), None)
        if found:
            meta.doc_type = found
            break
    m = NUMBER.search(block) or NUMBER.search(head)
    if m:
        meta.number = m.group(1).rstrip(".-/")
    if meta.doc_type == "resolution" and re.fullmatch(INSTRUCTION_NUMBER, meta.number or ""):
        meta.doc_type = "instruction"  # a Deputy Prime Minister's "RESOLUTION" on a letter, No. IS-P16-1032: his instruction
    meta.date = title_date(title_lines)
    # a regional law is dated and numbered where the governor signs it, not by the assembly's adopting resolution
    # ("LAW OF X OBLAST / ... / Adopted by resolution of the Legislative Assembly of 15 November 2017 No. 612")
    law = re.match(r"\s*(?:THE )?LAW\b", title_lines[0] if title_lines else "") is not None
    if law:
        meta.date = meta.number = None
    if meta.date is None and (meta.doc_type in ("order", "resolution", "instruction") or law):
        # a decree or law dated and numbered under its signature: "Moscow, the Kremlin / 14 March 2017 / No. 117",
        # "Ufa, House of the Republic / 24 April 2018 / No. UG-87" (the first such block: annexes may follow it)
        signed = re.search(r"(?m)^\s*(?:Moscow|[A-Z][a-z]+)(?:, (?:the )?[A-Z][a-z]+(?: (?:of (?:the )?)?[A-Z][a-z]+){0,3})?,?\s*\n?\s*"
                           r"(?P<date>.{6,30}?\d{4})\s*\n?\s*No\.\s*(?P<no>\S+)(?=\s|$)", body)
        if signed and parse_date(signed.group("date")):
            meta.date = parse_date(signed.group("date"))
            meta.number = meta.number or signed.group("no").rstrip(".")
    proper = capitalised_words(body)
    lines = title_lines[:n_title_lines]
    for i, line in enumerate(lines):
        stripped = " ".join(line.split())
        nxt = " ".join(lines[i + 1].split()) if i + 1 < len(lines) else ""
        if (nxt and is_mostly_caps(stripped) and is_mostly_caps(nxt) and not NUMBER.search(nxt) and not parse_date(nxt)
                and (re.search(r"\b(?:OF|THE|AND|FOR|ON)$", stripped) or re.match(r"(?:OF|AND|THE|FOR|ON)\b", nxt)
                     or re.match(r"(?:OBLAST|KRAI|AUTONOMOUS OKRUG|OKRUG|REGION)\b", nxt)  # ".. OF NIZHNY NOVGOROD" / "OBLAST"
                     or re.search(r"\bMUNICIPAL FORMATION$", stripped)  # "HEAD OF THE MUNICIPAL FORMATION" / "X URBAN DISTRICT"
                     or stripped.count('"') % 2)):
            stripped += " " + nxt  # 'ADMINISTRATION OF THE URBAN SETTLEMENT "TOWN OF' / 'KRASNOKAMENSK"'
        # ("APPROVED / by the President of the Russian Federation", "APPROVED / by resolution of the Administration / of X")
        by = re.match(r"(?i)by (?:the )?(?:(?:resolution|order|decree|decision|rasporyazhenie|postanovlenie) of (?:the )?)?(?=[A-Z])",
                      stripped)
        if by and i and re.fullmatch(r"(?i)approved", " ".join(lines[i - 1].split())):
            # "APPROVED / by resolution of the Administration / of the Nyazepetrovsk municipal district / of 14.03.2019 No. 187":
            # a programme's approving act names who issued it
            stripped = stripped[by.end():]
            for more in lines[i + 1: i + 3]:
                more = " ".join(more.split())
                if not re.match(r"of (?:the )?[A-Za-z\x22]", more) or parse_date(more) or NUMBER.search(more):
                    break
                stripped += " " + more
        if BODY_WORDS.search(stripped) and not NUMBER.search(stripped) and not parse_date(stripped) \
                and not re.match(r"^(on|list of|minutes|(?:[a-z]+ )?meeting|of|and|following|approved|by)\b", stripped, re.I):
            meta.issuer = title_case(stripped) if is_mostly_caps(stripped) else stripped
            # "MINISTRY OF NATURAL RESOURCES ... / FEDERAL FORESTRY AGENCY / ORDER": the agency under the ministry issues it
            # ... and "GOVERNMENT OF THE RUSSIAN FEDERATION / GOVERNMENT EXECUTIVE OFFICE": its Office writes
            under = next((" ".join(x.split()) for x in lines[i + 1: i + 3] if re.match(
                r"FEDERAL [A-Z ]*(?:AGENCY|SERVICE)\b|(?:GOVERNMENT|PRESIDENTIAL) EXECUTIVE OFFICE\b|"
                r"(?:EXECUTIVE )?OFFICE OF THE (?:GOVERNMENT|PRESIDENT)\b|APPARATUS OF THE GOVERNMENT\b", x.strip())), None)
            if under:
                meta.issuer = title_case(under)
            break
    company = COMPANY_HEAD.search(flat_head)
    if meta.issuer is None and company:  # 'PUBLIC JOINT-STOCK COMPANY / "KARACHEV INSTRUMENT-MAKING PLANT"': its order
        meta.issuer = f'{LEGAL_FORMS[" ".join(company.group("form").lower().split())]} "{title_case(company.group("name"))}"'
    # ("MINUTES No. 3 / of the meeting of the Board of Directors / Meeting of the Board of Directors of JSC X": the
    # fuller naming of the meeting)
    meeting = max(MEETING.finditer(_before_place(title_lines)), key=lambda m: len(m.group(2)), default=None)
    if meta.doc_type == "minutes" and meeting:  # for minutes, the body that met or held the meeting
        body_met = re.match(r"(?:of|held by|at|chaired by)\s+(?:the\s+)?(.+?)(?:\s+on\s+(?:the\s+)?\d.*)?$", meeting.group(2).strip().rstrip(".,"))
        # (not a meeting of several parties: "Working meeting of JSC X, the Administration of Y and the Ministry of Z")
        if (body_met and BODY_WORDS.search(body_met.group(1)) and body_met.group(1)[:1].isupper()
                and not re.search(r",\s+the\s+[A-Z]", body_met.group(1))):
            # (the place and manner of the meeting are no part of the name: "... in Monotowns Moscow", "(held by videoconference)")
            met = re.sub(r"\s*\((?:held )?(?:by|via) video ?conference\)|\s+(?:Moscow|(?:the )?(?:town|city) of)$|"
                         r"(?:(?<=Oblast)|(?<=Region)|(?<=Okrug)|(?<=Krai)) (?:[-–—] )?[A-Z][a-z-]+$", "",
                         body_met.group(1)).strip()
            # ('... of Joint-Stock Company "X"': the company by its abbreviated form, as issuers are written)
            met = re.sub(r'\b((?i:(?:public |open |closed )?joint-stock company|limited liability company)) (?="[A-Z])',
                         lambda f: LEGAL_FORMS[" ".join(f.group(1).lower().split())] + " ", met)
            meta.issuer = met[:1].upper() + met[1:]
    # ("I APPROVE / Chairman of the Government / of the Russian Federation / D. Medvedev": the office, by its post)
    federal = meta.issuer is None or re.fullmatch(r"(?i)(?:the )?government of the russian federation|(?:first )?(?:deputy )?"
                                                  r"(?:chairman of the government|prime minister)(?: of the russian federation)?",
                                                  meta.issuer)
    title_line = re.search(rf"(?i)\b(?:list of instructions|{INSTRUCTIONS_AFTER}|minutes)\b.*", flat_head)
    # "GOVERNMENT OF THE RUSSIAN FEDERATION / DEPUTY CHAIRMAN OF THE GOVERNMENT OF THE RUSSIAN FEDERATION": the office's letterhead
    office = next((name for line in title_lines[:n_title_lines][:4] for rx, name in OFFICE
                   if rx.match(line.strip()) and re.fullmatch(r"(?i)[a-z ]+(?:of the russian federation)?", line.strip())), None)
    if federal and office:
        meta.issuer = office
    elif federal and meta.doc_type in ("instruction", "minutes") and title_line:
        # "List of instructions of the First Deputy Prime Minister", "... following the working trip of the Chairman of
        # the Government", "meeting with Deputy Prime Minister X": issued by that office, the first one named; a list's
        # opening sentence may name it ("the Prime Minister held a meeting in Miass")
        if meta.doc_type == "instruction":
            scope = title_line.group() + " " + body[:300]
        else:
            scope = meeting.group(2) if meeting and re.match(r"(?i)(?:with|held by|chaired by)\b", meeting.group(2)) else ""
        hits = [(m.start(), name) for rx, name in OFFICE for m in rx.finditer(scope)]
        if hits:
            meta.issuer = min(hits)[1]
    if meta.doc_type == "instruction" and meta.issuer is None:
        m = SIGNATORY.search(flat_head + " " + body[:2000])
        if m:
            meta.issuer = f"{m.group(1)} of the Russian Federation"
    if meta.doc_type == "minutes" and meeting:  # for minutes, the line naming the meeting
        named = meeting.group(2).strip().rstrip(".,")
        generic = re.fullmatch(r"of the ((?:regional |republican |municipal |interdepartmental |town )?"
                               r"(?:working group|commission|council|project committee|project office|headquarters))", named, re.I)
        # "of the meeting of the working group" under "WORKING GROUP ON THE CREATION OF ... CHUSOVOY": that group (or
        # under "Regional headquarters for the creation of ..." / "development in monotowns of X Oblast")
        at = next((i for i, line in enumerate(title_lines) if generic
                   and (is_mostly_caps(line) or (line[:1].isupper() and i + 1 < len(title_lines)
                                                 and title_lines[i + 1][:1].islower()))
                   and line.strip().lower().startswith(generic.group(1).lower() + " ")), None) if generic else None
        full = title_lines[at] if at is not None else None
        for line in title_lines[at + 1:] if at is not None else ():  # its name wrapped onto the next lines
            if (not (is_mostly_caps(line) if is_mostly_caps(full) else line[:1].islower())
                    or MINUTES_LINE.match(line) or NUMBER.search(line)):
                break
            full += " " + line
        if full:
            name = sentence_case(" ".join(full.split()), proper)
            named = f"of the {name[:1].lower()}{name[1:]}"
            meta.issuer = name
        # (the manner of the meeting is no part of its name: "... of Monotowns (held by videoconference)")
        named = re.sub(r"\s*\((?:held )?(?:by|via|in) video-?\s?conference\b[^)]*\)$", "", named)
        meta.title = f"{meeting.group('kind').capitalize()} {named}"
    else:
        meta.title = find_title(title_lines, meta.doc_type, proper, body)
    if meta.title is None and meta.doc_type in ("other", "order", "resolution"):
        # a letter's subject line comes after the address block: "ON THE PREPARATION OF ..."
        lines = [ln for ln in body.splitlines()[:40] if ln.strip()]
        # ... or a report's heading there: "REPORT ON THE RESULTS OF MONITORING ...", "INFORMATION ON ..."
        heads = [i for i, ln in enumerate(lines) if re.match(r"^\s*(?:(?:REPORT|INFORMATION|ANALYTICAL NOTE|NOTE|REVIEW) )?ON\s+[A-Z]", ln)
                 and is_mostly_caps(ln)]
        if heads:
            meta.title = restore_names(sentence_case(_with_continuation([" ".join(x.split()) for x in lines], heads[0]),
                                                     proper), body)
        else:  # "REPORT on the execution in 2018 of the plan of measures ...": the kind in capitals, its subject in lower case
            report = next((" ".join(ln.split()) for ln in lines[:12]
                           if re.match(r"\s*(?:REPORT|INFORMATION|ANALYTICAL NOTE|NOTE)\s+on\s+(?:the\s+)?[a-z]", ln)), None)
            if report and len(report) < 300:
                kind = re.match(r"[A-Z]+(?: NOTE)?", report).group()
                meta.title = kind.capitalize() + report[len(kind):].rstrip(" .")
    if meta.title is None and meta.doc_type == "other":
        meta.title = (_heading_line([" ".join(x.split()) for x in title_lines[:n_title_lines]], proper, body)
                      or _heading_line([" ".join(x.split()) for x in body.splitlines()[:40] if x.strip()][:12], proper, body))
    return meta


# a letterhead or address line, no heading: "MINISTRY OF ...", "GOVERNMENT OF ...", "To the heads of ..."
LETTERHEAD = re.compile(r"(?:THE )?(?:MINISTRY|GOVERNMENT|ADMINISTRATION|FEDERAL|STATE|DEPARTMENT|COMMITTEE|AGENCY|OFFICE|COUNCIL|"
                        r"HEAD|GOVERNOR|NON-PROFIT|PUBLIC|JOINT-STOCK|MONOTOWNS DEVELOPMENT FUND|TO THE|DEAR)\b")


def _heading_line(lines: list[str], proper: set[str], body: str) -> str | None:
    """A title where no rule named one: the line naming a meeting ("Meeting of the Government of ...") or a heading
    in capitals of several words that is no letterhead ("ALEXEY KOKORIN HELD A WORKING MEETING ON ...")."""
    for i, line in enumerate(lines):
        if re.match(r"(?:(?:joint |extended |working )?meeting|session) of the [A-Z]", line, re.I) and not is_mostly_caps(line):
            return line.rstrip(" .")
        if (is_mostly_caps(line) and len(line.split()) >= 5 and not LETTERHEAD.match(line) and not NUMBER.search(line)
                and not re.match(r"[\dIVX]+\.", line)  # (a numbered section's heading)
                and not parse_date(line) and re.search(r"[A-Z]{3}", line)):
            return restore_names(sentence_case(_with_continuation(lines, i), proper), body)
    return None


def _before_place(lines: list[str]) -> str:
    """The title block's lines joined, up to the line of the place of the meeting after the meeting's name."""
    out: list[str] = []
    for line in lines:
        line = " ".join(line.split())
        place = PLACE_OF_MEETING.fullmatch(line)
        if (place and out and re.search(r"(?i)\bmeeting\b", " ".join(out))
                # (a name wrapped: "... of the monotown" / "Kostomuksha", "... and in" / "the town of Baykalsk")
                and not re.search(r"\b(?:of|the|and|in|on|for|at|to|with|by|monotown|town|city|settlement|village)$", out[-1])
                and (not place.group("rest") or parse_date(place.group("rest")) or NUMBER.search(place.group("rest"))
                     or place.group("pre"))):
            break
        out.append(line)
    return " ".join(out)


def title_date(lines: list[str]) -> str | None:
    """The signing date: from a line that is little more than a date ("of 16 March 2016 No. 196",
    "Moscow, 9 September 2015", "28 July 2015"), else the first date in the title block."""
    for line in lines:  # the registration line: "27.02.2018 No. DK-P16-1162" (a title may end "... of 14.02.2018")
        if NUMBER.search(line) and parse_date(line) and not _beyond_date(NUMBER.sub(" ", line)):
            return parse_date(line)
    for i, line in enumerate(lines):
        found = parse_date(line)
        if not found or (line[:1].islower() and not re.match(r"(of|dated)\b", line)):
            continue  # a lower-case line continues the one before it ("... held on 7 July 2015")
        if i and re.search(r"\b(?:of|on|held|dated|from)$", lines[i - 1].strip()) and len(lines[i - 1].split()) > 4:
            continue  # the wrapped end of a title: "... following the meeting ... of" / "14.02.2018"
        if len(_beyond_date(NUMBER.sub(" ", line))) <= 1:
            return found
    return parse_date("\n".join(lines))


def _beyond_date(line: str) -> list[str]:
    """The words of a line besides its dates, "of"/"dated" and a place of signing."""
    for pattern, _ in DATE_PATTERNS:
        line = pattern.sub(" ", line)
    return re.sub(r"\b(of|dated|from)\b|^\s*[A-Z][a-z]+(?:-[A-Z][a-z]+)?,|[.,;()]", " ", line).split()


def _following_line(lines: list[str], proper: set[str]) -> str:
    """ "LIST OF INSTRUCTIONS / 13.03.2018 No. 19-pr / Vladimir / FOLLOWING THE WORKING VISIT TO ...": what the list
    follows, written under its date, number and place (with its wrapped lines in capitals); "" when there is none."""
    rest = [x for x in lines if x]
    while rest and (NUMBER.search(rest[0]) or not _beyond_date(rest[0]) or PLACE_LINE.match(rest[0])):
        rest = rest[1:]
    if not rest or not re.match(r"(?:following|based on|on the results of|upon the results of)\b", rest[0], re.I):
        return ""
    heading = _with_continuation(rest, 0)
    heading = sentence_case(heading, proper) if is_mostly_caps(heading) else heading
    return " " + heading[:1].lower() + heading[1:]


def find_title(lines: list[str], doc_type: str, proper: set[str], body: str = "") -> str | None:
    """The "On ..." line, the meeting line of minutes, or the "List of instructions ..." line."""
    joined = [" ".join(line.split()) for line in lines]
    for i, line in enumerate(joined):
        # ... or "INSTRUCTIONS" alone, then "based on the results of the working trip of the Governor ..."
        if doc_type == "instruction" and re.match(rf"^(?:list of instructions\b|instructions$|(?-i:{INSTRUCTIONS_AFTER})\b)", line, re.I):
            line = re.sub(r"^((?i:list of instructions)) No\.?\s*\S+", r"\1", line)  # "LIST OF INSTRUCTIONS No. 14"
            text = sentence_case(line, proper)
            last, widest, capitals = line, max(len(x) for x in joined), line
            for k, nxt in enumerate(joined[i + 1:], i + 1):
                wrapped = re.search(r"\b(?:in|of|the|and|for|on|with|at|by|to|[A-Z]\.)$", text)
                # a full line broken inside a name or a date: "... to the Legislative" / "Assembly of X Oblast",
                # "... on 19" / "February 2019"
                wrapped = wrapped or (len(last) >= max(50, 0.85 * widest) and not PLACE_LINE.match(nxt)
                                      and not parse_date(nxt) and not is_mostly_caps(nxt))
                wrapped = wrapped or (re.search(r"\b\d{1,2}$", text) and re.match(rf"{MONTH}\s+\d{{4}}\b", nxt, re.I))
                # a wrapped line may start with a person's initials ("D.A. Medvedev to the Republic of ...")
                wrapped = wrapped or re.match(r"(?:[A-Z][a-z]?\.\s?){1,2}[A-Z][a-z]+ (?:to|in|on|at)\b", nxt)
                # a wrapped heading in capitals (its date inside it: "... (NABEREZHNYE" / "CHELNY, ...) ON 1 MARCH 2019")
                caps = is_mostly_caps(line) and is_mostly_caps(nxt) and not (
                    parse_date(nxt) and re.match(r"(?:of |dated )?\d", nxt, re.I) and not capitals.count("(") > capitals.count(")"))
                if nxt.startswith("approved") or not (nxt[:1].islower() or wrapped or caps) or NUMBER.search(nxt):
                    if re.fullmatch(r"(?i:list of instructions|instructions)", text):
                        text += _following_line(joined[k:], proper)
                    break
                if caps:  # (sentence case over the whole heading: its names keep their capitals, a wrapped word its case)
                    capitals += " " + nxt
                    text = sentence_case(capitals, proper)
                else:
                    text += " " + nxt
                last = nxt
            return restore_names(text, body)
        # ("STATE PROGRAMME OF X OBLAST ...", "MUNICIPAL PROGRAMME ...": a programme of whoever adopts it)
        if is_mostly_caps(line) and re.match(r"(?:(?:CALENDAR|ACTION|WORK|INTEGRATED DEVELOPMENT|STATE|REGIONAL|MUNICIPAL|"
                                             r"DEPARTMENTAL(?: TARGET)?|TARGET) )?(?:PLAN|PROGRAMME|SUBPROGRAMME|ROAD MAP)"
                                             r"(?: OF| FOR| \(|$)", line):  # "PLAN OF MEASURES FOR THE DIVERSIFICATION OF ..."
            text = line
            for more in joined[i + 1:]:
                if not is_mostly_caps(more) or parse_date(more) or NUMBER.search(more) or re.match(r"(?:PASSPORT|APPROVED)\b", more):
                    break
                text += " " + more
            return restore_names(sentence_case(text, proper), body)
        if re.match(r"^(?:information |news )?(?:bulletin|newsletter|digest)\b", line, re.I):
            return re.sub(r"\bno\.", "No.", sentence_case(line, proper))  # "INFORMATION BULLETIN No. 14"
        nxt = joined[i + 1] if i + 1 < len(joined) else ""
        if (is_mostly_caps(line) and re.search(r"\b(?:REPORT|NOTE|REVIEW|MEMORANDUM)$", line) and len(line.split()) <= 3
                and nxt[:1].isupper() and not is_mostly_caps(nxt) and not parse_date(nxt) and not NUMBER.search(nxt)):
            text = nxt  # "MONITORING REPORT" / "The socio-economic situation in ..." (wrapped lines joined)
            for more in joined[i + 2:]:
                if not more[:1].islower() or parse_date(more) or NUMBER.search(more):
                    break
                text += " " + more
            return restore_names(text, body)
        kind_line = i > 0 and is_mostly_caps(joined[i - 1]) and len(NUMBER.sub("", joined[i - 1]).split()) <= 3
        if re.match(r"^(?:on|about)\s+(?!No\b)\S", line, re.I) and not parse_date(line[:40]) or (
                kind_line and re.match(r"^(?:of|between)\s", line) and not parse_date(line) and not NUMBER.search(line)):
            subject = next((j for j in range(i + 1, min(i + 6, len(joined)))
                            if is_mostly_caps(joined[j]) and re.match(r"(?:ON|ABOUT)\s", joined[j])), None)
            if line.startswith("between") and kind_line and subject is not None:
                # "AGREEMENT No. X / between A / and B / ON THE CREATION OF ...": the subject in capitals is its title
                return restore_names(sentence_case(_with_continuation(joined, subject), proper), body)
            if re.match(r"(?:on|of|between)\s", line) and kind_line:
                # "REPORT / on the implementation of ...", "AGREEMENT No. 27-S/2017 / on ...", "MEMORANDUM / of
                # cooperation between ...": the kind of document heads its title (its number does not)
                text = sentence_case(NUMBER.sub("", joined[i - 1]).strip(), proper) + " " + line
                for nxt in joined[i + 1:]:
                    # a wrapped line goes on: lower case, or the line before left a bracket, a quote or a joining word open
                    open_ = (text.count("(") > text.count(")") or text.count('"') % 2
                             or re.search(r"\b(?:of|the|and|in|on|for|between|to|with|by|at|Company)$", text))
                    # ("Approved by the Board of ... (minutes of ...)" under the title: its approval, no part of it)
                    if not (nxt[:1].islower() or open_) or NUMBER.search(nxt) or parse_date(nxt) or re.match(
                            r"(?:APPROVED|Approved|AGREED|Agreed|ADOPTED|Adopted)\b", nxt):
                        break
                    text += " " + nxt
                # (... or set on the title's last line: '... of 2018" Approved by the Board of ...')
                text = re.sub(r"\s+(?:APPROVED|Approved|AGREED|Agreed) by\b.*$", "", text)
                return restore_names(text, body)
            return restore_names(sentence_case(_with_continuation(joined, i), proper), body)
    return None


def restore_names(title: str, body: str) -> str:
    """Capitalise multi-word names ("Monotowns Development Fund") the body writes capitalised."""
    words = title.split()
    for n in (4, 3, 2):
        for k in range(1, len(words) - n + 1):
            phrase = " ".join(w[:1].upper() + w[1:] for w in words[k:k + n])
            if phrase != " ".join(words[k:k + n]) and re.search(rf"(?<=[a-z,] ){re.escape(phrase)}\b", body):
                words[k:k + n] = phrase.split()
    return " ".join(words)


def _with_continuation(lines: list[str], i: int) -> str:
    """A title line plus following capitals lines that continue it (wrapped centred headings)."""
    text = lines[i]
    for nxt in lines[i + 1:]:
        # the act an amending title cites, wrapped: "... OF THE GOVERNMENT OF X KRAI" / "OF 14.04.2016 NO. 178-P",
        # "... of 14.03.2016 No." / "120-pP"
        if (re.search(r"(?i)\bNo\.?$", text) and re.fullmatch(r"[\w/-]*\d[\w/-]*", nxt)) or (
                re.search(r"(?i)\b(?:resolution|order|decree|law|decision|instruction)\b", text)
                and re.fullmatch(r"(?i)(?:of|dated) (?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2} [a-z]+ \d{4})(?: No\.? ?[\w/-]+)?", nxt)):
            text += " " + nxt
            continue
        if is_mostly_caps(text) and not NUMBER.search(nxt) and (
                is_mostly_caps(nxt)  # ... "FOR" / "2016-2018": a period wraps alone onto the next line
                or (re.search(r"\b(?:FOR|OF|IN|ON|TO|AND|BY)$", text) and re.fullmatch(r"\d{4}(?:\s?[-–]\s?\d{4})?(?: years?)?", nxt))):
            text += " " + nxt
        else:
            break
    return text
