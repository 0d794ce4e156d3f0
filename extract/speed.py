"""Words per second: bare en_core_web_sm against the govkb extraction (``python -m extract.speed PDF...``)."""

from __future__ import annotations

import sys
import time
from typing import Iterable

from ingest.model import Document


def words_per_second(docs: list[Document], repeat: int = 3) -> dict[str, float]:
    """Throughput of the bare model (all its components), of our pipeline, and of the whole extraction."""
    import spacy

    from extract.entities import DEFAULT_MODEL, EXCLUDE, load_nlp
    from extract.pipeline import extract_documents
    from extract.units import _units

    texts = [u.text for d in docs for u in _units(d)]
    words = sum(len(t.split()) for t in texts) * repeat

    def timed(run) -> float:
        start = time.perf_counter()
        for _ in range(repeat):
            run()
        return round(words / (time.perf_counter() - start))

    bare = spacy.load(DEFAULT_MODEL)
    bare_ner = spacy.load(DEFAULT_MODEL, exclude=EXCLUDE)  # the same components ours keeps, minus the domain layer
    ours = load_nlp()
    result = {
        "words": words,
        "bare_en_core_web_sm": timed(lambda: list(bare.pipe(texts, batch_size=64))),
        "bare_ner_only": timed(lambda: list(bare_ner.pipe(texts, batch_size=64))),
        "govkb_nlp": timed(lambda: list(ours.pipe(texts, batch_size=64))),
        "govkb_extract_documents": timed(lambda: list(extract_documents(docs, nlp=ours))),
    }
    result["domain_layer_cost"] = round(result["bare_ner_only"] / result["govkb_nlp"], 2)
    result["extract_cost_vs_bare"] = round(result["bare_en_core_web_sm"] / result["govkb_extract_documents"], 2)
    return result


def main(paths: Iterable[str]) -> None:
    from ingest.parse import parse_file

    print(words_per_second([parse_file(p) for p in paths]))


if __name__ == "__main__":
    main(sys.argv[1:])
