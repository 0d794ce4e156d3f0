"""The extraction layer: gazetteer, entity labels, obligation sources, blank-English fallback, CLI."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from extract.gazetteer import load_gazetteer
from extract.pipeline import extract_document, load_nlp
from ingest.model import Block, Document, DocumentMeta, Page


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture(scope="session")
def blank_nlp():
    return load_nlp(None)


def make_doc(*blocks: Block, date: str | None = "2015-11-24", doc_type: str = "order", issuer: str | None = None) -> Document:
    """A Document built straight from the ingest dataclasses, offsets filled in."""
    offset = 0
    for b in blocks:
        b.start, b.end = offset, offset + len(b.text)
        offset = b.end + 2
    doc = Document("test.pdf", "test.pdf", "0", [Page(1, "")], list(blocks),
                   DocumentMeta(doc_type=doc_type, date=date, issuer=issuer))
    doc.pages[0].text = doc.text
    return doc


def clause(n: str, text: str, page: int = 1) -> Block:
    return Block("clause", f"{n}. {text}", page, clause=n)


def pairs(extraction, label: str) -> set[str]:
    return {e.normalized for e in extraction.entities if e.label == label}


# --- gazetteer ---------------------------------------------------------------------------------

def test_gazetteer_canonical_names():
    g = load_gazetteer()
    assert g.canonical_town("Usolye-Sibirsky") == "Usolye-Sibirskoye"
    assert g.canonical_region("Kuzbass") == "Kemerovo Oblast"
    assert g.canonical_body("the Ministry of Economic Development of the Russian Federation") == "Ministry of Economic Development"
    assert g.canonical_body("MED") == "Ministry of Economic Development"
    assert g.canonical_body("Bureau of Nothing") is None


def test_gazetteer_context_rules_build_regional_and_municipal_bodies():
    found = {(m.label, m.normalized) for m in load_gazetteer().find(
        "The Cabinet of Ministers of the Republic of Tatarstan and the Administration of the town of Zelenodolsk; "
        "the Ministry of Industry and Trade of Kemerovo Oblast; the monotown of Novotroitsk-na-Volge."
    )}
    assert ("BODY", "Government of Republic of Tatarstan") in found
    assert ("BODY", "Administration of Zelenodolsk") in found
    assert ("BODY", "Ministry of Industry and Trade of Kemerovo Oblast") in found
    assert ("TOWN", "Novotroitsk-na-Volge") in found


def test_gazetteer_lists_and_names_inside_names():
    found = {(m.label, m.normalized) for m in load_gazetteer().find(
        "Present: the heads of Yurga, Prokopyevsk and Kiselyovsk; the Moscow School of Management SKOLKOVO; "
        "the Head of the Working Group."
    )}
    assert {("BODY", "Head of Yurga"), ("BODY", "Head of Prokopyevsk"), ("BODY", "Head of Kiselyovsk")} <= found
    assert ("REGION", "Moscow") not in found
    assert not any(label == "TOWN" and "Working" in name for label, name in found)


# --- entities ----------------------------------------------------------------------------------

def test_each_entity_label(nlp):
    doc = make_doc(
        Block("title", "GOVERNMENT OF THE RUSSIAN FEDERATION\nORDER\nof 24 November 2015 No. 2388-r\nMoscow", 1),
        clause("1", "The Ministry of Economic Development of the Russian Federation, together with the Government of "
                    "Kemerovo Oblast, shall by 1 March 2016 prepare proposals on creating a TASED in Usolye-Sibirsky "
                    "in the fourth quarter of 2016."),
        Block("paragraph", "Prime Minister of the Russian Federation D. Medvedev", 2),
    )
    x = extract_document(doc, nlp=nlp)
    assert {"Ministry of Economic Development", "Government of Kemerovo Oblast",
            "Government of the Russian Federation"} <= pairs(x, "BODY")
    assert pairs(x, "TOWN") == {"Usolye-Sibirskoye"}
    assert pairs(x, "REGION") == {"Kemerovo Oblast"}  # "Moscow" under the title is the place of signing
    assert pairs(x, "DATE") == {"2015-11-24", "2016-03-01", "2016-Q4"}
    assert pairs(x, "MEASURE") == {"Territory of advanced socio-economic development (TASED)"}
    assert "D. Medvedev" in pairs(x, "PERSON")
    person = next(e for e in x.entities if e.label == "PERSON")
    assert doc.text[person.start:person.end] == person.text and person.page == 2


def test_short_forms_resolve_to_latest_full_mention(nlp):
    doc = make_doc(
        clause("1", "The Monotowns Development Fund and the Ministry of Finance of the Russian Federation are noted."),
        clause("2", "The Fund shall submit to the Ministry a report by 1 March 2016."),
    )
    x = extract_document(doc, nlp=nlp)
    o = x.obligations[0]
    assert (o.actor, o.clause, o.deadline) == ("Monotowns Development Fund", "2", "2016-03-01")
    shorts = {e.text: e.normalized for e in x.entities if e.text in ("The Fund", "the Ministry")}
    assert shorts == {"The Fund": "Monotowns Development Fund", "the Ministry": "Ministry of Finance"}


def test_hereinafter_binds_short_form_and_passive_agent(nlp):
    doc = make_doc(
        clause("2", "The Ministry of Economic Development, Investment and Trade of Samara Oblast (hereinafter the Ministry) "
                    "shall prepare the application by 1 March 2017."),
        clause("3", "The Ministry of Finance of the Russian Federation shall assist as necessary."),
        clause("4", "Information on this order shall be submitted by the Ministry to the Governor of Samara Oblast "
                    "quarterly, not later than the 10th day of the month following the reporting quarter."),
        date="2016-09-14",
    )
    obs = extract_document(doc, nlp=nlp).obligations
    assert [(o.clause, o.actor) for o in obs] == [
        ("2", "Ministry of Economic Development, Investment and Trade of Samara Oblast"),
        ("3", "Ministry of Finance"),
        ("4", "Ministry of Economic Development, Investment and Trade of Samara Oblast"),
    ]
    assert (obs[2].deadline, obs[2].recurrence) == ("2016-10-10", "quarterly")
    assert obs[2].action.startswith("submit information on this order")


# --- obligations -------------------------------------------------------------------------------

def test_prose_obligations_and_non_obligations(nlp):
    doc = make_doc(
        Block("paragraph", "In accordance with Federal Law No. 473-FZ, the Government of the Russian Federation resolves:", 1),
        clause("1", "To approve the attached Rules."),
        clause("2", "The Ministry of Finance of the Russian Federation and MED shall, no later than 1 June 2016, "
                    "submit agreed proposals to the Government of the Russian Federation."),
        clause("3", "Executive authorities of the constituent entities of the Russian Federation are recommended to "
                    "provide co-financing on an ongoing basis."),
        clause("4", "This resolution enters into force on the day of its official publication."),
        date="2016-03-31", doc_type="resolution",
    )
    obs = extract_document(doc, nlp=nlp).obligations
    assert [o.clause for o in obs] == ["2", "3"]
    assert obs[0].actors == ["Ministry of Finance", "Ministry of Economic Development"]
    assert obs[0].action == "submit agreed proposals to the Government of the Russian Federation"
    assert (obs[0].deadline, obs[0].deadline_text) == ("2016-06-01", "no later than 1 June 2016")
    assert (obs[1].actor, obs[1].deadline, obs[1].deadline_text) == (
        "Executive authorities of constituent entities", None, "on an ongoing basis")


def test_instruction_list_with_subitems_and_label_lines(nlp):
    doc = make_doc(
        clause("1", "The Government of the Russian Federation, together with Vnesheconombank, shall:"),
        Block("paragraph", "a) ensure the allocation of funds to the Monotowns Development Fund;", 1),
        Block("paragraph", "b) provide for co-financing of infrastructure in Yurga.", 1),
        Block("paragraph", "Deadline: 1 October 2015.", 1),
        Block("paragraph", "Responsible: D. Medvedev.", 1),
        clause("2", "To submit proposals on the rating of monotowns."),
        Block("paragraph", "Responsible: Ministry of Economic Development.", 1),
        Block("paragraph", "Report due: 1 July 2016, then once a year.", 1),
        date="2015-07-28", doc_type="instruction",
    )
    obs = extract_document(doc, nlp=nlp).obligations
    assert [(o.clause, o.actor, o.deadline) for o in obs] == [
        ("1a", "Government of the Russian Federation", "2015-10-01"),
        ("1b", "Government of the Russian Federation", "2015-10-01"),
        ("2", "Ministry of Economic Development", "2016-07-01"),
    ]
    assert obs[1].towns == ["Yurga"]
    assert obs[2].recurrence == "annual" and obs[2].action == "submit proposals on the rating of monotowns"


def test_letter_requests_go_to_its_addressee(nlp):
    doc = make_doc(
        Block("title", "NON-PROFIT ORGANISATION \"MONOTOWNS DEVELOPMENT FUND\"\n10 December 2018 No. 01-04/3875", 1),
        Block("paragraph", "To the heads of the executive authorities of the constituent entities of the Russian Federation", 1),
        Block("paragraph", "In this connection the Fund asks you:", 1),
        Block("paragraph", "- to send to the Fund a list of projects by December 28, 2018;", 1),
        Block("paragraph", "- to appoint, not later than 2019-01-15, a person responsible for loans.", 1),
        date="2018-12-10", doc_type="other",
    )
    obs = extract_document(doc, nlp=nlp).obligations
    assert [(o.actor, o.deadline) for o in obs] == [
        ("Executive authorities of constituent entities", "2018-12-28"),
        ("Executive authorities of constituent entities", "2019-01-15"),
    ]
    assert obs[1].action == "appoint a person responsible for loans"


def test_subitems_labelled_by_ingest_keep_their_parent_actor(nlp):
    doc = make_doc(
        clause("2", "The Department of Construction of Kemerovo Oblast shall:"),
        Block("clause", "prepare the design documentation in the first half of 2017;", 1, clause="2a"),
        Block("clause", "report to the Governor of Kemerovo Oblast monthly.", 1, clause="2b"),
        date="2016-05-12",
    )
    obs = extract_document(doc, nlp=nlp).obligations
    assert [(o.clause, o.actor, o.deadline) for o in obs] == [
        ("2a", "Department of Construction of Kemerovo Oblast", "2017-06-30"),
        ("2b", "Department of Construction of Kemerovo Oblast", "2016-05-31"),
    ]


def test_decision_table_rows(nlp):
    header = ["No.", "Decision", "Responsible", "Deadline"]
    rows = [
        ["1.", "To take note of the report of the Fund.", "-", "-"],
        ["2.", "Submit proposals on the subsidy.", "Ministry of Finance (convener), MED", "Q1 2016"],
        ["3.", "Submit information on projects.", "MDF", "quarterly*"],
    ]
    blocks = [Block("table_row", " | ".join(r), 1, clause=r[0].strip(" ."), cells=r, header=header, table=0) for r in rows]
    blocks.append(Block("paragraph", "* Quarterly information is submitted by the 15th day of the month following the reporting quarter.", 1))
    obs = extract_document(make_doc(*blocks, date="2015-12-17", doc_type="minutes"), nlp=nlp).obligations
    assert [(o.clause, o.actor, o.deadline, o.recurrence) for o in obs] == [
        ("2", "Ministry of Finance", "2016-03-31", None),
        ("3", "Monotowns Development Fund", "2016-01-15", "quarterly"),
    ]
    assert obs[0].actors == ["Ministry of Finance", "Ministry of Economic Development"]


def test_date_argument_overrides_document_date(nlp):
    doc = make_doc(clause("2", "MED shall within 10 days of the signing of this order submit a report."))
    x = extract_document(doc, date="2016-01-01", nlp=nlp)
    assert x.document["date"] == "2016-01-01" and x.obligations[0].deadline == "2016-01-11"


def test_blank_english_fallback_still_extracts(blank_nlp):
    assert "ner" not in blank_nlp.pipe_names
    doc = make_doc(clause("3", "The Administration of Mundybash shall, not later than 1 March 2016, prepare a plan. A. Tuleyev"))
    x = extract_document(doc, nlp=blank_nlp)
    assert x.obligations[0].actor == "Administration of Mundybash"
    assert {"A. Tuleyev"} == pairs(x, "PERSON") and "Mundybash" in pairs(x, "TOWN")


# --- CLI ---------------------------------------------------------------------------------------

def test_cli_json_lines_from_stdin_and_bad_file(tmp_path):
    from govkb.cli import cli

    good = tmp_path / "order.txt"
    good.write_text("GOVERNMENT OF THE RUSSIAN FEDERATION\nORDER\nof 24 November 2015 No. 2388-r\n\n"
                    "2. MED shall within two months of the signing of this order submit proposals.\n")
    stdin = json.dumps({"id": "doc-1", "text": "1. The Fund shall report by 1 March 2016.", "date": "2015-11-24"}) + "\n"
    result = CliRunner().invoke(cli, ["extract", str(good), str(tmp_path / "missing.pdf"), "-", "--json"], input=stdin)
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["source"] for d in lines] == ["order.txt", "doc-1"]
    assert lines[0]["document"]["number"] == "2388-r"
    assert lines[0]["obligations"][0]["deadline"] == "2016-01-24"
    assert set(lines[1]) == {"source", "document", "entities", "obligations"}
    assert result.stderr.strip().startswith(f"Error: {tmp_path / 'missing.pdf'}:")
    assert "Traceback" not in result.stderr


def test_cli_rejects_bad_date():
    from govkb.cli import cli

    result = CliRunner().invoke(cli, ["extract", "x.txt", "--date", "24.11.2015"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
