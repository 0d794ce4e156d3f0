"""Score extraction and retrieval against the corpus gold annotations (``govkb eval``).

Definitions (kept here, next to the code that computes them):

- Entities: per document, the *set* of distinct ``(label, normalized)`` pairs, compared with the gold
  set; counts are summed over documents (micro average). "core" is TOWN, BODY, MEASURE and DATE.
- Obligations: a predicted obligation matches a gold one in the same document when their clauses are
  equal (both null: their pages are equal) and their main actors are equal (case-insensitive); among
  several candidates the one whose action shares most words wins. Each is matched at most once.
- Deadline accuracy: of the matched pairs, the share whose ``deadline`` is equal (null = null counts).
  Recurrence accuracy likewise for ``recurrence``.
- Metadata accuracy: doc_type, number, date, issuer and title compared per document (title and issuer
  case- and punctuation-insensitively); the share of equal fields.
- Retrieval: for each question whose answering document is in the split, the rank of the first hit
  from that document with the gold clause (or, when the gold clause is null, the gold page). recall@k is
  the share answered within the top k; MRR the mean of 1/rank (0 when not in the top 10).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

CORE_LABELS = ("TOWN", "BODY", "MEASURE", "DATE")
ALL_LABELS = ("TOWN", "REGION", "BODY", "PERSON", "DATE", "MEASURE")
META_FIELDS = ("doc_type", "number", "date", "issuer", "title")
SEARCH_MODES = ("bm25", "dense", "hybrid")


class EvalError(Exception):
    """The corpus or its gold annotations cannot be read."""


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def scores(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class GoldDocument:
    id: str
    source: str
    split: str
    metadata: dict
    entities: list[dict]
    obligations: list[dict]
    path: Path


def default_corpus_dir() -> Path:
    """The corpus beside the installed packages (a checkout), else ./corpus."""
    beside = Path(__file__).resolve().parents[1] / "corpus"
    return beside if (beside / "gold").is_dir() else Path("corpus").resolve()


def load_gold(corpus: Path, split: str = "all") -> list[GoldDocument]:
    gold_dir = corpus / "gold"
    if not gold_dir.is_dir():
        raise EvalError(f"{gold_dir}: no gold annotations folder")
    docs = []
    for path in sorted(gold_dir.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise EvalError(f"{path}: cannot read gold annotations ({e})") from e
        if split != "all" and data.get("split") != split:
            continue
        source = data.get("source") or f"{data['id']}.pdf"
        docs.append(
            GoldDocument(
                id=data["id"], source=source, split=data.get("split", "dev"),
                metadata=data.get("metadata", {}), entities=data.get("entities", []),
                obligations=data.get("obligations", []), path=corpus / "pdfs" / source,
            )
        )
    return docs


def load_questions(corpus: Path, sources: set[str] | None = None) -> list[dict]:
    questions = []
    for path in sorted((corpus / "questions").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                q = json.loads(line)
            except json.JSONDecodeError as e:
                raise EvalError(f"{path}:{n}: not JSON ({e})") from e
            if sources is None or q.get("source") in sources:
                questions.append(q)
    return questions


# --- entities -------------------------------------------------------------------------------------

def _entity_key(e: dict) -> tuple[str, str]:
    return (e["label"], _norm_name(e.get("normalized") or e.get("text") or ""))


def _norm_name(s: str) -> str:
    return re.sub(r"\s+", " ", str(s)).strip().casefold()


def score_entities(gold: list[dict], pred: list[dict]) -> dict[str, Counts]:
    """Per-label counts for one document (sets of distinct (label, normalized))."""
    g = {_entity_key(e) for e in gold}
    p = {_entity_key(e) for e in pred}
    out = {}
    for label in ALL_LABELS:
        gl = {k for k in g if k[0] == label}
        pl = {k for k in p if k[0] == label}
        out[label] = Counts(tp=len(gl & pl), fp=len(pl - gl), fn=len(gl - pl))
    return out


# --- obligations ----------------------------------------------------------------------------------

def _words(s: str | None) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", (s or "").lower()))


def _clause_key(o: dict) -> str:
    clause = o.get("clause")
    if clause in (None, ""):
        return f"page:{o.get('page')}"
    return re.sub(r"[\s.()]+", "", str(clause)).casefold()


def match_obligations(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """Pairs (gold, pred) matched on clause and main actor; see the module docstring."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        candidates = [
            (i, p) for i, p in enumerate(pred)
            if i not in used
            and _clause_key(p) == _clause_key(g)
            and _norm_name(p.get("actor") or "") == _norm_name(g.get("actor") or "")
        ]
        if not candidates:
            continue
        gw = _words(g.get("action"))
        i, p = max(candidates, key=lambda c: len(gw & _words(c[1].get("action"))))
        used.add(i)
        pairs.append((g, p))
    return pairs


# --- metadata -------------------------------------------------------------------------------------

def _meta_value(field_name: str, value) -> str | None:
    if value in (None, ""):
        return None
    value = str(value)
    if field_name in ("title", "issuer"):
        return re.sub(r"[^a-z0-9]+", " ", value.casefold()).strip()
    return value.strip().casefold()


def score_metadata(gold: dict, pred: dict) -> dict[str, bool]:
    return {f: _meta_value(f, gold.get(f)) == _meta_value(f, pred.get(f)) for f in META_FIELDS}


# --- retrieval ------------------------------------------------------------------------------------

def answer_rank(question: dict, hits: list[dict]) -> int | None:
    """1-based rank of the first hit that answers the question, or None."""
    for rank, hit in enumerate(hits, 1):
        if hit.get("source") != question.get("source"):
            continue
        if question.get("clause") in (None, ""):
            if hit.get("page") == question.get("page"):
                return rank
        elif _clause_key(hit) == _clause_key(question):
            return rank
    return None


def retrieval_scores(ranks: list[int | None]) -> dict:
    n = len(ranks)
    if not n:
        return {"questions": 0, "recall@1": 0.0, "recall@5": 0.0, "mrr": 0.0}
    return {
        "questions": n,
        "recall@1": round(sum(1 for r in ranks if r is not None and r <= 1) / n, 4),
        "recall@5": round(sum(1 for r in ranks if r is not None and r <= 5) / n, 4),
        "mrr": round(sum(1 / r for r in ranks if r is not None and r <= 10) / n, 4),
    }


# --- the whole evaluation -------------------------------------------------------------------------

@dataclass
class Report:
    split: str
    documents: int = 0
    entity_counts: dict[str, Counts] = field(default_factory=lambda: {l: Counts() for l in ALL_LABELS})
    obligation_counts: Counts = field(default_factory=Counts)
    deadline_ok: int = 0
    recurrence_ok: int = 0
    matched: int = 0
    meta_ok: dict[str, int] = field(default_factory=lambda: {f: 0 for f in META_FIELDS})
    retrieval: dict | None = None
    errors: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        core, every = Counts(), Counts()
        for label, c in self.entity_counts.items():
            every.add(c)
            if label in CORE_LABELS:
                core.add(c)
        n_meta = self.documents * len(META_FIELDS)
        out = {
            "split": self.split,
            "documents": self.documents,
            "entities": {label: c.scores() for label, c in self.entity_counts.items()}
            | {"core": core.scores(), "all": every.scores()},
            "obligations": self.obligation_counts.scores(),
            "deadline_accuracy": round(self.deadline_ok / self.matched, 4) if self.matched else 0.0,
            "recurrence_accuracy": round(self.recurrence_ok / self.matched, 4) if self.matched else 0.0,
            "metadata": {
                "accuracy": round(sum(self.meta_ok.values()) / n_meta, 4) if n_meta else 0.0,
                "fields": {f: round(v / self.documents, 4) if self.documents else 0.0
                           for f, v in self.meta_ok.items()},
            },
        }
        if self.retrieval is not None:
            out["retrieval"] = self.retrieval
        return out


def score_extraction(report: Report, gold: GoldDocument, pred: dict, keep_errors: bool = False) -> None:
    """Add one document's extraction (an Extraction.to_dict()) to the report."""
    report.documents += 1
    for label, c in score_entities(gold.entities, pred.get("entities", [])).items():
        report.entity_counts[label].add(c)
    pairs = match_obligations(gold.obligations, pred.get("obligations", []))
    n_gold, n_pred = len(gold.obligations), len(pred.get("obligations", []))
    report.obligation_counts.add(Counts(tp=len(pairs), fp=n_pred - len(pairs), fn=n_gold - len(pairs)))
    report.matched += len(pairs)
    for g, p in pairs:
        report.deadline_ok += g.get("deadline") == p.get("deadline")
        report.recurrence_ok += g.get("recurrence") == p.get("recurrence")
        if keep_errors and g.get("deadline") != p.get("deadline"):
            report.errors.append({"doc": gold.id, "kind": "deadline", "clause": g.get("clause"),
                                  "gold": g.get("deadline"), "pred": p.get("deadline"),
                                  "text": g.get("deadline_text")})
    meta = score_metadata(gold.metadata, pred.get("document", {}))
    for f, ok in meta.items():
        report.meta_ok[f] += ok
    if keep_errors:
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}
        for g in gold.obligations:
            if id(g) not in matched_gold:
                report.errors.append({"doc": gold.id, "kind": "missed_obligation", "clause": g.get("clause"),
                                      "actor": g.get("actor"), "action": g.get("action")})
        for p in pred.get("obligations", []):
            if id(p) not in matched_pred:
                report.errors.append({"doc": gold.id, "kind": "spurious_obligation", "clause": p.get("clause"),
                                      "actor": p.get("actor"), "action": p.get("action")})
        gk = {_entity_key(e) for e in gold.entities}
        pk = {_entity_key(e) for e in pred.get("entities", [])}
        for k in sorted(gk - pk):
            report.errors.append({"doc": gold.id, "kind": "missed_entity", "label": k[0], "normalized": k[1]})
        for k in sorted(pk - gk):
            report.errors.append({"doc": gold.id, "kind": "spurious_entity", "label": k[0], "normalized": k[1]})
        for f, ok in meta.items():
            if not ok:
                report.errors.append({"doc": gold.id, "kind": "metadata", "field": f,
                                      "gold": gold.metadata.get(f), "pred": pred.get("document", {}).get(f)})


def run_agreement_eval(gold_docs: list[GoldDocument], other: Path, keep_errors: bool = False,
                       split: str = "all") -> Report:
    """Score a second annotation of the same documents (gold files named ``<id>.json`` in ``other``) against the
    corpus gold, as if it were govkb's output: the agreement of two annotators, which bounds what any extractor
    can score. Documents the second annotator did not annotate are left out."""
    report = Report(split=split)
    for g in gold_docs:
        path = other / f"{g.id}.json"
        if not path.exists():
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise EvalError(f"{path}: cannot read the second annotation ({e})") from e
        if not isinstance(data, dict):
            raise EvalError(f"{path}: not an annotation object")
        pred = {"entities": data.get("entities", []), "obligations": data.get("obligations", []),
                "document": data.get("metadata", {})}
        score_extraction(report, g, pred, keep_errors=keep_errors)
    if not report.documents:
        raise EvalError(f"{other}: no annotation of any gold document in split {split!r}")
    return report


def run_extraction_eval(gold_docs: list[GoldDocument], keep_errors: bool = False,
                        progress: Callable[[str], None] | None = None, split: str = "all") -> Report:
    """Parse and extract every gold document's PDF, score against its gold."""
    from extract.pipeline import extract_documents, load_nlp
    from ingest.parse import parse_file

    report = Report(split=split)
    nlp = load_nlp()

    def parsed() -> Iterable:
        for g in gold_docs:
            if progress:
                progress(g.source)
            yield parse_file(g.path)

    for g, extraction in zip(gold_docs, extract_documents(parsed(), nlp=nlp)):
        score_extraction(report, g, extraction.to_dict(), keep_errors=keep_errors)
    return report


def run_retrieval_eval(corpus: Path, gold_docs: list[GoldDocument], home: Path, k: int = 10) -> dict:
    """Ingest the whole corpus into ``home`` (incremental) and score each search mode."""
    from index.pipeline import run_ingest
    from qa.search import Searcher

    run_ingest([corpus / "pdfs"], home=home, progress=None)
    questions = load_questions(corpus, {g.source for g in gold_docs})
    searcher = Searcher(home)
    out: dict = {}
    for mode in SEARCH_MODES:
        ranks = []
        for q in questions:
            hits = searcher.search(q["q"], k=k, mode=mode)
            ranks.append(answer_rank(q, [_hit_dict(h) for h in hits]))
        out[mode] = retrieval_scores(ranks)
    out["questions"] = len(questions)
    return out


def _hit_dict(hit) -> dict:
    if isinstance(hit, dict):
        return hit
    return {"source": hit.source, "page": hit.page, "clause": hit.clause}
