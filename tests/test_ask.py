"""`govkb ask` through the CLI, over a small knowledge base built in the test (BM25 only: no FAISS file)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from govkb.cli import cli
from tests.test_search import HOSTILE, build_db


@pytest.fixture()
def home(govkb_home):
    govkb_home.mkdir(parents=True, exist_ok=True)
    build_db(govkb_home / "govkb.db").close()
    return govkb_home


def run(*args, input=None):
    return CliRunner().invoke(cli, ["ask", *args], input=input)


def test_json_shape(home):
    r = run("Who prepares the Mundybash application, and by when?", "--json", "-k", "2", "--as-of", "2016-01-01")
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert set(out) == {"question", "answer", "hits", "obligations"}
    assert out["answer"].startswith("Administration of Mundybash must prepare the application")
    assert len(out["hits"]) <= 2 and out["hits"][0]["source"] == "order-2388.pdf"
    assert out["obligations"][0]["source"] == "order-2388.pdf" and "actor" in out["obligations"][0]


def test_human_output_cites_and_tabulates(home):
    r = run("Who prepares the Mundybash application?")
    assert r.exit_code == 0, r.output
    assert "order-2388.pdf, p. 1, clause 2" in r.output
    assert "Obligations in these passages" in r.output


@pytest.mark.parametrize("text", HOSTILE + ["[bold]x[/bold]", "[/]", "--", "-k"])
def test_hostile_questions_via_cli(home, text):
    r = run("--", text) if text.startswith("-") else run(text)
    assert r.exit_code in (0, 2), r.output
    assert "Traceback" not in r.output
    if r.exit_code == 0 and "No matches" not in r.output:
        assert "[" in r.output


def test_empty_question_is_usage_error(home):
    r = run("   ")
    assert r.exit_code == 2 and "question is empty" in r.output


def test_no_matches_exit_0(home):
    r = run("zzyzx qwertyuiop")
    assert r.exit_code == 0 and "No matches for: zzyzx qwertyuiop" in r.output


def test_missing_database(govkb_home):
    r = run("anything")
    assert r.exit_code == 1
    assert r.output.strip() == f"Error: no knowledge base at {govkb_home.resolve() / 'govkb.db'}; run govkb ingest first"


def test_filters_via_cli(home):
    r = run("territory subsidy", "--json", "-k", "6", "--type", "resolution", "--body", "Minfin")
    assert r.exit_code == 0, r.output
    hits = json.loads(r.output)["hits"]
    assert hits and {h["source"] for h in hits} == {"res-186.pdf"}


def test_batch_jsonl_and_plain(home):
    lines = '{"id": "q1", "q": "Mundybash application"}\nsubsidy transfer\n\n{"id": "q3", "q": ""}\n'
    r = run("--batch", "-", "--json", input=lines)
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert [row.get("id") for row in rows] == ["q1", None, "q3"]
    assert rows[0]["hits"][0]["clause"] == "2" and rows[1]["hits"][0]["source"] == "res-186.pdf"
    assert rows[2]["error"] == "empty question"


def test_repl(home):
    r = run("--json", input="subsidy transfer\n\n:quit\nnever asked\n")
    assert r.exit_code == 0, r.output
    assert r.output.count('"question"') == 1
    assert (home / "ask_history").exists()
