"""The scoring definitions of govkb eval, on small hand-made gold/prediction pairs."""

import json

import pytest

from qa.evaluate import (
    Report, answer_rank, load_gold, match_obligations, retrieval_scores, score_entities,
    score_extraction, score_metadata, GoldDocument,
)


def test_entities_scored_as_distinct_normalized_sets():
    gold = [
        {"label": "TOWN", "text": "Usolye-Sibirsky", "normalized": "Usolye-Sibirskoye"},
        {"label": "BODY", "text": "MED", "normalized": "Ministry of Economic Development"},
        {"label": "DATE", "text": "1 October 2015", "normalized": "2015-10-01"},
    ]
    pred = [
        {"label": "TOWN", "text": "Usolye-Sibirskoye", "normalized": "Usolye-Sibirskoye"},
        {"label": "TOWN", "text": "Usolye", "normalized": "usolye-sibirskoye"},  # same key, counted once
        {"label": "BODY", "text": "the Ministry", "normalized": "Ministry of Finance"},
    ]
    c = score_entities(gold, pred)
    assert (c["TOWN"].tp, c["TOWN"].fp, c["TOWN"].fn) == (1, 0, 0)
    assert (c["BODY"].tp, c["BODY"].fp, c["BODY"].fn) == (0, 1, 1)
    assert (c["DATE"].tp, c["DATE"].fn) == (0, 1)


def test_obligations_match_on_clause_and_actor_then_action_words():
    gold = [
        {"actor": "Ministry of Finance", "clause": "2.1", "action": "submit proposals on subsidies", "page": 1},
        {"actor": "Ministry of Finance", "clause": "2.1", "action": "report to the Government", "page": 1},
        {"actor": None, "clause": None, "action": "hold a meeting", "page": 3},
    ]
    pred = [
        {"actor": "Ministry of Finance", "clause": "2.1.", "action": "report to the Government annually"},
        {"actor": "Ministry of Finance", "clause": "2.1", "action": "submit proposals"},
        {"actor": "Vnesheconombank", "clause": "2.1", "action": "submit proposals"},
        {"actor": None, "clause": None, "action": "hold a meeting", "page": 2},
    ]
    pairs = match_obligations(gold, pred)
    assert [(g["action"], p["action"]) for g, p in pairs] == [
        ("submit proposals on subsidies", "submit proposals"),
        ("report to the Government", "report to the Government annually"),
    ]


def test_deadline_accuracy_counts_only_matched_pairs_and_null_equals_null():
    gold = GoldDocument(
        id="d", source="d.pdf", split="dev", path=None,
        metadata={"doc_type": "order", "number": "12-r", "date": "2015-01-02", "issuer": "Government of Kemerovo Oblast", "title": "On X"},
        entities=[],
        obligations=[
            {"actor": "A", "clause": "1", "deadline": "2015-10-01", "recurrence": None},
            {"actor": "B", "clause": "2", "deadline": None, "recurrence": None},
            {"actor": "C", "clause": "3", "deadline": "2016-12-31", "recurrence": None},
        ],
    )
    pred = {
        "document": {"doc_type": "order", "number": "12-R", "date": "2015-01-02", "issuer": "government of kemerovo oblast", "title": "On X."},
        "entities": [],
        "obligations": [
            {"actor": "A", "clause": "1", "deadline": "2015-10-01", "recurrence": None},
            {"actor": "B", "clause": "2", "deadline": "2015-01-01", "recurrence": "annual"},
            {"actor": "Z", "clause": "9", "deadline": None, "recurrence": None},
        ],
    }
    r = Report(split="dev")
    score_extraction(r, gold, pred)
    d = r.to_dict()
    assert d["obligations"]["tp"] == 2 and d["obligations"]["fp"] == 1 and d["obligations"]["fn"] == 1
    assert d["deadline_accuracy"] == 0.5
    assert d["recurrence_accuracy"] == 0.5
    assert d["metadata"]["accuracy"] == 1.0


def test_metadata_fields_compared_loosely_only_for_text():
    ok = score_metadata({"date": "2015-09-09", "title": "Meeting of the Working Group"},
                        {"date": "2015-09-10", "title": "MEETING of the working group"})
    assert ok["title"] is True and ok["date"] is False


def test_answer_rank_uses_clause_or_page():
    q = {"source": "a.pdf", "clause": "3", "page": 2}
    hits = [{"source": "b.pdf", "clause": "3", "page": 2}, {"source": "a.pdf", "clause": "2", "page": 2},
            {"source": "a.pdf", "clause": "3.", "page": 5}]
    assert answer_rank(q, hits) == 3
    assert answer_rank({"source": "a.pdf", "clause": None, "page": 2}, hits) == 2
    assert answer_rank({"source": "c.pdf", "clause": "1", "page": 1}, hits) is None


def test_retrieval_scores():
    s = retrieval_scores([1, 2, None, 6])
    assert s["recall@1"] == 0.25 and s["recall@5"] == 0.5
    assert s["mrr"] == pytest.approx((1 + 0.5 + 1 / 6) / 4, abs=1e-4)


def test_load_gold_filters_split(tmp_path):
    (tmp_path / "gold").mkdir()
    for i, split in enumerate(["dev", "test", "dev"]):
        (tmp_path / "gold" / f"d{i}.json").write_text(json.dumps({"id": f"d{i}", "split": split}))
    assert [g.id for g in load_gold(tmp_path, "dev")] == ["d0", "d2"]
    assert [g.source for g in load_gold(tmp_path, "test")] == ["d1.pdf"]
    assert len(load_gold(tmp_path, "all")) == 3


def _annotation(doc_id: str, obligations: list[dict], entities: list[dict]) -> dict:
    return {"id": doc_id, "split": "dev", "metadata": {"doc_type": "order", "number": "7", "date": "2017-03-01",
                                                       "issuer": "Government of Tver Oblast", "title": "On X"},
            "entities": entities, "obligations": obligations}


def test_agreement_scores_a_second_annotation_as_the_prediction(tmp_path):
    from click.testing import CliRunner
    from govkb.cli import cli

    first = [{"clause": "1", "actor": "Ministry of Finance", "action": "submit proposals", "deadline": "2017-06-01"},
             {"clause": "2", "actor": "Government of Tver Oblast", "action": "approve a plan", "deadline": None},
             {"clause": "3", "actor": "Administration of Nelidovo", "action": "hold a fair", "deadline": None}]
    # the second annotator: clause 1 with another deadline, clause 2 given to another body, clause 3 missed,
    # and a duty the first did not see
    second = [dict(first[0], deadline="2017-07-01"), dict(first[1], actor="Administration of Nelidovo"),
              {"clause": "4", "actor": "Ministry of Finance", "action": "report", "deadline": None}]
    towns = [{"label": "TOWN", "normalized": "Nelidovo"}]
    for d in ("corpus/gold", "other"):
        (tmp_path / d).mkdir(parents=True)
    (tmp_path / "corpus/gold/a.json").write_text(json.dumps(_annotation("a", first, towns)))
    (tmp_path / "corpus/gold/b.json").write_text(json.dumps(_annotation("b", first, towns)))  # not annotated twice
    (tmp_path / "other/a.json").write_text(json.dumps(_annotation("a", second, towns + [
        {"label": "REGION", "normalized": "Tver Oblast"}])))
    result = CliRunner().invoke(cli, ["eval", "--corpus", str(tmp_path / "corpus"), "--against", str(tmp_path / "other"),
                                      "--json"])
    assert result.exit_code == 0, result.output
    r = json.loads(result.output)
    assert r["documents"] == 1
    o = r["obligations"]
    assert (o["tp"], o["fp"], o["fn"]) == (1, 2, 2)
    assert r["deadline_accuracy"] == 0.0  # the one matched pair disagrees on its deadline
    assert r["entities"]["TOWN"]["f1"] == 1.0 and r["entities"]["REGION"]["fp"] == 1
    assert r["metadata"]["accuracy"] == 1.0


def test_agreement_names_the_file_it_cannot_read_or_the_missing_overlap(tmp_path):
    from click.testing import CliRunner
    from govkb.cli import cli

    for d in ("corpus/gold", "other"):
        (tmp_path / d).mkdir(parents=True)
    (tmp_path / "corpus/gold/a.json").write_text(json.dumps(_annotation("a", [], [])))
    args = ["eval", "--corpus", str(tmp_path / "corpus"), "--against", str(tmp_path / "other")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code != 0 and "no annotation of any gold document" in result.output
    (tmp_path / "other/a.json").write_text("{not json")
    result = CliRunner().invoke(cli, args)
    assert result.exit_code != 0 and "a.json" in result.output and "cannot read" in result.output
