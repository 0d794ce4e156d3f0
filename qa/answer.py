"""Answers: the top passages for a question, the obligations in them, and a one-line answer when one
obligation clearly answers (actor, action, deadline)."""

from __future__ import annotations

import json
import re

from qa.question import Question
from qa.search import Hit, Searcher

_OBLIGATION_FIELDS = ("actor", "actors", "action", "deadline", "deadline_text", "recurrence", "towns",
                      "clause", "page", "text")


def _as_list(value) -> list:
    if value in (None, ""):
        return []
    if isinstance(value, list):
        return value
    try:
        parsed = json.loads(value)
    except (TypeError, ValueError):
        return [value]
    return parsed if isinstance(parsed, list) else [parsed]


def obligations_for(searcher: Searcher, q: Question, hits: list[Hit]) -> list[dict]:
    """The obligations stated in ``hits`` (in hit order), within the question's deadline range if it has one.

    Each is extract's obligation dict plus ``source`` and ``chunk_id``.
    """
    if not hits:
        return []
    ids = ",".join(str(h.chunk_id) for h in hits)
    sql = (f"select o.chunk_id, d.source, {', '.join('o.' + f for f in _OBLIGATION_FIELDS)} from obligations o "
           f"join documents d on d.id = o.document_id where o.chunk_id in ({ids}) order by o.document_id, o.seq, o.id")
    params: list = []
    if q.due_from or q.due_to:
        sql = sql.replace(" order by", " and o.deadline >= ? and o.deadline <= ? order by")
        params = [q.due_from.isoformat() if q.due_from else "0000", q.due_to.isoformat() if q.due_to else "9999"]
    order = {h.chunk_id: n for n, h in enumerate(hits)}
    out = []
    for row in searcher.db.execute(sql, params).fetchall():
        ob = dict(zip(("chunk_id", "source", *_OBLIGATION_FIELDS), row))
        ob["actors"], ob["towns"] = _as_list(ob["actors"]), _as_list(ob["towns"])
        out.append(ob)
    out.sort(key=lambda o: order.get(o["chunk_id"], len(order)))
    return out


def answer_line(q: Question, hits: list[Hit], obligations: list[dict]) -> str | None:
    """"<actor> must <action> by <deadline> (<source>, clause <c>)" when one obligation clearly answers.

    Clearly: the top passage holds exactly one obligation with an actor, and it agrees with the bodies
    and towns the question names.
    """
    if not hits:
        return None
    top = [o for o in obligations if o["chunk_id"] == hits[0].chunk_id and o.get("actor")]
    if len(top) != 1:
        return None
    ob = top[0]
    if q.bodies and not set(q.bodies) & ({ob["actor"]} | set(ob["actors"])):
        return None
    if q.towns and ob["towns"] and not set(q.towns) & set(ob["towns"]):
        return None
    line = f"{ob['actor']} must {ob['action']}"
    when = _when(ob)
    if when:
        line += f" {when}"
    where = f"{ob['source']}" + (f", clause {ob['clause']}" if ob.get("clause") else f", page {ob['page']}")
    return f"{line} ({where})"


_DEADLINE_LEADS = ("by ", "before ", "until ", "no later", "not later", "on ", "within ", "in ", "during ",
                   "annually", "quarterly", "monthly", "weekly", "every", "each", "once", "twice", "semi")


def _when(ob: dict) -> str:
    """The deadline as a phrase that follows the action: "by 1 October 2015", "quarterly, by ..."."""
    text = re.sub(r"^\s*deadline\s*[:-]?\s*", "", ob.get("deadline_text") or "", flags=re.I).strip().rstrip(".;")
    if not text:
        return f"by {ob['deadline']}" if ob.get("deadline") else ""
    return text if text.lower().startswith(_DEADLINE_LEADS) else f"by {text}"


def ask(searcher: Searcher, question: str, k: int = 5, mode: str = "hybrid", **filters) -> dict:
    """The answer object ``govkb ask --json`` prints: question, answer, hits, obligations."""
    q = searcher.parse(question)
    hits = searcher.search_parsed(q, k, mode, **filters)
    obligations = obligations_for(searcher, q, hits)
    return {
        "question": question,
        "answer": answer_line(q, hits, obligations),
        "hits": [h.to_dict() for h in hits],
        "obligations": [{key: v for key, v in o.items() if key != "chunk_id"} for o in obligations],
    }
