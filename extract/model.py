"""Typed records that extract produces. Every fact carries where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field, asdict

LABELS = ("TOWN", "REGION", "BODY", "PERSON", "DATE", "MEASURE")


@dataclass
class Entity:
    label: str  # one of LABELS
    text: str  # as written
    normalized: str | None  # canonical name; for DATE an ISO day, or "2015-09", "2015", "2015-Q4", "2016-H1"
    page: int
    start: int  # character offsets into Document.text
    end: int


@dataclass
class Deadline:
    """A resolved deadline: the first due date, and how it repeats."""

    date: str | None  # ISO first due date, or None ("at the next meeting", "on an ongoing basis")
    text: str  # as written
    recurrence: str | None = None  # None | "annual" | "semiannual" | "quarterly" | "monthly" | "weekly"


@dataclass
class Obligation:
    actor: str | None  # canonical name of the main responsible body
    actors: list[str]  # all responsible bodies, canonical, main first
    action: str  # the verb phrase: "submit proposals on ..."
    deadline: str | None  # ISO first due date
    deadline_text: str | None  # as written
    recurrence: str | None
    towns: list[str]  # canonical names of towns the duty concerns
    clause: str | None
    page: int
    text: str  # the sentence or table row

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Extraction:
    """What extract returns for one document."""

    source: str
    document: dict  # {"doc_type", "number", "date", "issuer" (canonical), "title", "pages"}
    entities: list[Entity] = field(default_factory=list)
    obligations: list[Obligation] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "document": self.document,
            "entities": [asdict(e) for e in self.entities],
            "obligations": [asdict(o) for o in self.obligations],
        }
