"""Document -> Extraction: units, then entities (spaCy NER + the gazetteer layer), then obligations with deadlines."""

from __future__ import annotations

import re
from datetime import date as Date
from typing import Iterable, Iterator

from extract.deadlines import counts_from_document, find_dates
from extract.entities import SHORT_HEADS, _DocState, _pipe, _unit_entities, load_nlp
from extract.gazetteer import COMPANY, Gazetteer, load_gazetteer
from extract.model import Entity, Extraction
from extract.obligations import _generic_subject, _obligations
from extract.units import Unit, _units
from ingest.model import Document


# a company's short name in brackets under its letterhead: '(PJSC "KPZ")'
OWN_SHORT_NAME = re.compile(r'\(((?:PJSC|OJSC|CJSC|JSC|LLC) "[^"]{1,30}")\)')


def _parse_date(value: str | None) -> Date | None:
    try:
        return Date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _month_of_issue(units: list[Unit]) -> Date | None:
    """A title block dated by its month only ("INFORMATION BULLETIN No. 3 / March 2016"): its first day, to count
    relative and recurring deadlines from (the document's own date stays null)."""
    for u in units[:6]:
        if u.kind != "title":
            continue
        for _, _, norm in find_dates(u.text, None):
            m = re.fullmatch(r"(\d{4})-(\d{2})", norm or "")
            if m:
                return Date(int(m.group(1)), int(m.group(2)), 1)
    return None


ORGAN_OF = re.compile(r"\b(?:Board(?: of Directors)?|Presidium|Audit Committee|General Meeting|Shareholders|Expert Council|"
                      r"Supervisory Board|Investment Committee|Project Committee)\s+of\s+(?:the\s+)?$", re.I)
# "Council for strategic development and priority projects under the Governor of Perm Krai": a region's namesake of a
# federal body, named as written
OF_REGION = re.compile(r"\s+of\s+(?:the\s+)?(?:Republic of\s+)?[A-Z][\w-]*(?:\s+(?:Oblast|Krai|Republic|Autonomous Okrug|Okrug))?\b(?<!Russian)")
UNDER_REGION = re.compile(r"\s+(?:under|at|attached to)\s+(?:the\s+)?(?:Governor|Head|Government|Administration|Mayor)\b", re.I)


def _another_namesake(short: str, rest: str, normalized: str) -> bool:
    """A short name ("Governmental Commission") goes on with words its canonical form lacks: "... for Regional
    Development" (not a full name with its purpose: "Project Office of X Oblast for the Priority Programme ...")."""
    more = len(short.split()) <= 2 and re.match(r"\s+(?:for|on)\s+(?:the\s+)?([A-Z][\w-]*)", rest)
    return bool(more) and more.group(1) not in normalized


def _document_meta(doc: Document, gaz: Gazetteer, date: str | None) -> dict:
    meta = doc.meta
    issuer = meta.issuer
    if issuer:
        # "Board of Directors of JSC X" is the board, not the company named inside it ("Decree of the Governor of X",
        # 'Non-Profit Organisation "Monotowns Development Fund"' are the body itself)
        # ... and "Coordination Council for the Development of X" is no "Council for the Development of X"
        issuer = gaz.canonical_body(issuer) or next((m.normalized for m in gaz.find(issuer) if m.label == "BODY"
                                                     and not ORGAN_OF.search(issuer[: m.start])
                                                     and not UNDER_REGION.match(issuer, m.end)
                                                     # ("Control and Accounts Chamber of Perm Krai": a region's namesake)
                                                     and not (m.normalized.endswith("of the Russian Federation")
                                                              and OF_REGION.match(issuer, m.end))
                                                     and not re.search(r"\b(?:under|at|attached to)\s+(?:the\s+)?$", issuer[: m.start])
                                                     and not re.search(r"[A-Z][\w-]*\s$", issuer[: m.start])
                                                     # ("Governmental Commission for Regional Development": another
                                                     # commission than the one the short name "Governmental Commission" means)
                                                     and not _another_namesake(issuer[m.start:m.end], issuer[m.end:], m.normalized)), issuer)
        # a body the gazetteer lacks, of a region as written: "Control and Accounts Chamber of the Republic of Karelia" is
        # "... of Republic of Karelia", the region's canonical name (as the regions' own bodies are named)
        region = re.search(r"\bof (?:the )?(?P<region>[A-Z][\w-]*(?: (?:of )?[A-Z][\w-]*){0,3})$", issuer)
        canon = gaz.canonical_region(region.group("region")) if region else None
        if canon:
            issuer = issuer[: region.start()] + f"of {canon}"
    return {
        "doc_type": meta.doc_type,
        "number": meta.number,
        "date": date or meta.date,
        "issuer": issuer,
        "title": meta.title,
        "pages": len(doc.pages),
    }


def _absolute(e: Entity, unit: Unit) -> Entity:
    start, end = unit.abs(e.start, e.end)
    return Entity(e.label, e.text, e.normalized, e.page, start, end)


# "Abbreviations: DRIPPM - Department of Regional Industrial Policy ...; DMMI - ...": a legend of two or more names
LEGEND_HEADER = re.compile(r"\s*(?:abbreviations?|acronyms?|short (?:name|form)s?|designations?)\b", re.I)
LEGEND = re.compile(r"\s*(?:List of )?(?:Abbreviations|Acronyms|Legend)(?: used)?\s*[:.–—-]\s*[A-Z][\w ]{1,15} [-–—] [^;]+;\s*[A-Z][\w ]{1,15} [-–—] ")


def _region_of(name: str, gaz: Gazetteer) -> str | None:
    """The region a body's name ends with: 'Ministry of Economic Development of Sverdlovsk Oblast' -> Sverdlovsk Oblast."""
    return next((r for m in re.finditer(r" of (?=(.+)$)", name) if (r := gaz.canonical_region(m.group(1)))), None)


def _build(doc: Document, sdocs: list, date: str | None, gaz: Gazetteer) -> Extraction:
    units = _units(doc)
    document = _document_meta(doc, gaz, date)
    doc_date = _parse_date(date or doc.meta.date) or _month_of_issue(units)
    state = _DocState()
    state.region = _region_of(document["issuer"] or "", gaz)
    issuer_town = re.match(r"(?:Administration|Head) of (.+)$", document["issuer"] or "")
    state.town = gaz.canonical_town(issuer_town.group(1)) if issuer_town and not state.region else None
    state.issuer = document["issuer"]
    if document["issuer"]:  # "the Corporation" in a note whose letterhead is the corporation's, in capitals
        state.see(document["issuer"])
        head = next((h for h in SHORT_HEADS if document["issuer"].startswith(h + " ")), None)
        if head:  # "the Ministry" in a ministry's own act is the ministry itself ("the Department", "the Committee" ...)
            state.defined[head] = document["issuer"]
        if re.match(r"Ministry (?:of|for) ", document["issuer"]) and state.region:
            state.own_ministry = document["issuer"]  # a regional ministry's order: its units named alone are its own
        if re.search(r"\b(?:Duma|Council of Deputies|Legislative Assembly|Assembly of Deputies)\b", document["issuer"]):
            state.own_council = document["issuer"]  # "the standing committee on social policy" of a council's own decision
        own = COMPANY.search(document["issuer"])  # 'Management Board of JSC "X"': its officers are JSC "X"'s
        state.own_company = own.group() if own else None
        # the letterhead's short name: 'PUBLIC JOINT-STOCK COMPANY "KARACHEV ..." (PJSC "KPZ")' is the company itself
        short = next((m for u in units[:4] if (m := OWN_SHORT_NAME.search(u.text))), None) if own else None
        if short and short.group(1) != state.own_company:
            state.aliases[short.group(1)] = state.own_company
    # a legend after the table it explains: read first, so that its abbreviations are known from the start
    legends = {i: _unit_entities(u, sd, state, doc_date) for i, (u, sd) in enumerate(zip(units, sdocs)) if LEGEND.match(u.text)}
    for i, u in enumerate(units):  # ... or a table of them: "| Abbreviation | Executor |" then "| MER | Ministry of ... |"
        if u.kind == "table_row" and u.block.header and LEGEND_HEADER.match(u.block.header[0] or "") and len(u.block.cells or []) > 1:
            legends[i] = _unit_entities(u, sdocs[i], state, doc_date)
            abbr, name = u.block.cells[0].strip(), u.block.cells[1].strip()
            named = [e.normalized for e in legends[i] if e.label == "BODY" and e.start > len(abbr)]
            canon = named[0] if named else _generic_subject(name)
            if canon and re.fullmatch(r"[\w.-]+(?: [\w.-]+)?", abbr) and len(abbr) <= 15:
                state.aliases[abbr] = canon
    per_unit = [legends[i] if i in legends else _unit_entities(u, sd, state, doc_date) for i, (u, sd) in enumerate(zip(units, sdocs))]
    entities = [_absolute(e, u) for u, ents in zip(units, per_unit) for e in ents]
    doc_towns = list(dict.fromkeys(e.normalized for e in entities if e.label == "TOWN"))
    obligations = _obligations(units, per_unit, doc_date, doc_towns, state.parties)
    for o in obligations:
        if o.deadline and not o.recurrence and not counts_from_document(o.deadline_text, document.get("doc_type")):
            o.deadline = None
    if not document["issuer"]:
        # "DECREE OF THE HEAD OF THE REPUBLIC OF ..." in the title block; "The President ... has approved ...";
        # minutes: the body that met
        document["issuer"] = next((e.normalized for ents in per_unit[:4] for e in ents if e.label == "BODY"), None)
    return Extraction(source=doc.source, document=document, entities=entities, obligations=obligations)


def extract_document(doc: Document, date: str | None = None, nlp=None) -> Extraction:
    """Entities and obligations of one document; ``date`` overrides the document date."""
    return next(extract_documents([doc], nlp=nlp, dates=[date]))


def extract_documents(docs: Iterable[Document], nlp=None, batch_size: int = 64,
                      dates: Iterable[str | None] | None = None) -> Iterator[Extraction]:
    """Extract many documents, their units run through ``nlp.pipe`` in batches."""
    nlp = nlp or load_nlp()
    gaz = load_gazetteer()
    date_iter = iter(dates) if dates is not None else None
    for doc in docs:
        date = next(date_iter, None) if date_iter is not None else None
        units = _units(doc)
        sdocs = _pipe(nlp, [u.text for u in units], batch_size)
        yield _build(doc, sdocs, date, gaz)
