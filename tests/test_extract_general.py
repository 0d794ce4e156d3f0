"""Extraction rules in their general form: each widened rule with sentences written for the test, not copied
from the corpus (trigger lexicon, subjects, label lines, table headers, deadline phrasings, gazetteer forms)."""

from __future__ import annotations

from datetime import date

import pytest

from extract.deadlines import find_deadline, normalize_date, resolve_deadline
from extract.gazetteer import load_gazetteer
from extract.pipeline import extract_document, load_nlp
from ingest.model import Block, Document, DocumentMeta, Page


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


def make_doc(*blocks: Block, date: str | None = "2017-03-06", doc_type: str = "order") -> Document:
    offset = 0
    for b in blocks:
        b.start, b.end = offset, offset + len(b.text)
        offset = b.end + 2
    doc = Document("t.pdf", "t.pdf", "0", [Page(1, "")], list(blocks), DocumentMeta(doc_type=doc_type, date=date))
    doc.pages[0].text = doc.text
    return doc


def titled_doc(title_lines: list[str], *blocks: Block, date: str | None = "2017-03-06", doc_type: str = "order") -> Document:
    """A document whose title block is these lines, its metadata read from them as ingest reads it."""
    from ingest.meta import extract_meta

    doc = make_doc(Block("title", "\n".join(title_lines), 1), *blocks, date=date, doc_type=doc_type)
    doc.meta = extract_meta(title_lines, doc.text)
    return doc


def clause(n: str, text: str) -> Block:
    return Block("clause", f"{n}. {text}", 1, clause=n)


def table(header: list[str], rows: list[list[str]]) -> list[Block]:
    """Table-row blocks as ingest makes them; the first cell is the row's number."""
    return [Block("table_row", " | ".join(r), 1, clause=r[0] or None, cells=r, header=header, table=0) for r in rows]


def duties(*blocks: Block, nlp, date: str = "2017-03-06") -> list[tuple]:
    obs = extract_document(make_doc(*blocks, date=date), nlp=nlp).obligations
    return [(o.clause, o.actor, o.deadline) for o in obs]


# --- triggers: modal and directive constructions ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Ministry of Finance is entrusted with drafting amendments to the budget code by 1 June 2017.",
    "The Ministry of Finance is charged with drafting amendments to the budget code by 1 June 2017.",
    "The Ministry of Finance has to draft amendments to the budget code by 1 June 2017.",
    "The Ministry of Finance is hereby directed to draft amendments to the budget code by 1 June 2017.",
    "The Ministry of Finance is requested, together with the Monotowns Development Fund, to draft amendments by 1 June 2017.",
    "Instruct the Ministry of Finance to draft amendments to the budget code by 1 June 2017.",
    "To instruct the Ministry of Finance to draft amendments to the budget code by 1 June 2017.",
    "Recommend that the Ministry of Finance draft amendments to the budget code by 1 June 2017.",
    "It is necessary for the Ministry of Finance to draft amendments to the budget code by 1 June 2017.",
    "The Ministry of Finance (I. Petrov), together with the interested federal bodies, to draft amendments by 1 June 2017.",
    "I instruct the Ministry of Finance to prepare proposals by 1 June 2017.",
    "The Ministry of Finance will be requested to prepare proposals by 1 June 2017.",
    "The Ministry of Finance is responsible for preparing proposals by 1 June 2017.",
    "The Ministry of Finance and the Fund are jointly to prepare proposals by 1 June 2017.",
    "Ministry of Finance, Monotowns Development Fund: prepare proposals by 1 June 2017.",
    "To charge the Ministry of Finance with the preparation of proposals by 1 June 2017.",
    "To entrust the Ministry of Finance with the drafting of amendments to the budget code by 1 June 2017.",
    "To impose on the Ministry of Finance the duty of preparing proposals by 1 June 2017.",
    "To assign to the Ministry of Finance the preparation of proposals by 1 June 2017.",
    "The Ministry of Finance is expected to prepare proposals by 1 June 2017.",
    "It is incumbent upon the Ministry of Finance to prepare proposals by 1 June 2017.",
])
def test_trigger_lexicon(nlp, sentence):
    assert duties(clause("5", sentence), nlp=nlp) == [("5", "Ministry of Finance", "2017-06-01")]


def test_delegation_skips_recipient_to(nlp):
    found = extract_document(make_doc(clause(
        "2", "To recommend to the Government of Kemerovo Oblast to hold hearings on the budget in the second quarter of 2017.")),
        nlp=nlp).obligations
    assert [(o.actor, o.deadline) for o in found] == [("Government of Kemerovo Oblast", "2017-06-30")]
    assert found[0].action.startswith("hold hearings")


@pytest.mark.parametrize("sentence", [
    "The Ministry of Finance was instructed to draft amendments in 2015.",  # a past event
    "The report of the Ministry of Finance to the Government of the Russian Federation was discussed.",
    "The proposals of the Ministry of Finance on the budget code were considered at the session.",
    "To give consent to the conclusion by the Company of a lease agreement with LLC \"Vyatka\" by 1 July 2018.",  # a board's
    "To set the annual rental rate for 2018-2019 at 45 roubles per square metre.",  # own decisions
    "To take the information of the Ministry of Finance on the progress of the works into consideration.",
])
def test_non_duties(nlp, sentence):
    assert duties(clause("1", sentence), nlp=nlp) == []


# --- subjects -----------------------------------------------------------------------------------

def test_generic_and_party_subjects(nlp):
    got = duties(
        clause("1", "Regions shall appoint coordinators for the training programme before 15 May 2017."),
        clause("2", "Recipients of the subsidy must publish annual reports on their websites."),
        clause("3", "The rules shall contain a list of eligible costs."),  # a requirement of a text, not a duty
        nlp=nlp,
    )
    assert got == [("1", "Executive authorities of constituent entities", "2017-05-15"), ("2", None, None)]


def test_agentless_passive_needs_a_responsible_line(nlp):
    got = duties(
        clause("1", "A summary of the pilot results is to be sent to the Ministry of Finance by 1 August 2017. "
                    "Executors: Monotowns Development Fund."),
        clause("2", "The summary shall be published on the official website."),
        nlp=nlp,
    )
    assert got == [("1", "Monotowns Development Fund", "2017-08-01")]


# --- label lines and table headers ---------------------------------------------------------------

def test_label_synonyms(nlp):
    got = duties(
        clause("1", "To prepare a register of idle industrial sites."),
        Block("paragraph", "Executors: Ministry of Industry and Trade.", 1),
        Block("paragraph", "Completion date: 30.09.2017.", 1),
        clause("2", "To hold a seminar for municipal teams."),
        Block("paragraph", "Responsible for execution: Monotowns Development Fund", 1),
        Block("paragraph", "Term – IV quarter 2017", 1),
        nlp=nlp,
    )
    assert got == [("1", "Ministry of Industry and Trade", "2017-09-30"), ("2", "Monotowns Development Fund", "2017-12-31")]


def test_decision_table_header_synonyms(nlp):
    header = ["#", "Activity", "Performer", "Timeframe"]
    rows = [["1", "Inventory of vacant land plots", "Ministry of Finance", "December 2017"],
            ["2", "Survey of residents", "Monotowns Development Fund", "every six months"]]
    obs = extract_document(make_doc(*table(header, rows)), nlp=nlp).obligations
    assert [(o.clause, o.actor, o.deadline, o.recurrence) for o in obs] == [
        ("1", "Ministry of Finance", "2017-12-31", None),
        ("2", "Monotowns Development Fund", "2017-06-30", "semiannual"),
    ]


# --- deadlines ----------------------------------------------------------------------------------

DOC = date(2017, 3, 6)  # a Monday


@pytest.mark.parametrize("text, due", [
    ("not later than 30 days after the signing of this order", "2017-04-05"),
    ("no later than fourteen days from the date of this decree", "2017-03-20"),
    ("within twenty-one days hereof", "2017-03-27"),
    ("within 10 days before the session of the council", None),  # counts from another event
    ("no later than the 1st of June 2017", "2017-06-01"),
    ("by 01/06/2017", "2017-06-01"),
    ("by December of 2017", "2017-12-31"),
    ("by the end of the year", "2017-12-31"),
    ("in the course of the current year", "2017-12-31"),
    ("before the end of this quarter", "2017-03-31"),
    ("Deadline – 1 June 2017", "2017-06-01"),
    ("Completion date: by 1 June 2017", "2017-06-01"),
    ("on a permanent basis", None),
    ("in the third quarter", "2017-09-30"),  # no year: the first such period ending on or after the document date
    ("in the second half of the year", "2017-12-31"),
    ("before the year-end", "2017-12-31"),
    ("within thirty (30) calendar days", "2017-04-05"),
    ("two months after the signing of this order", "2017-05-06"),
    ("one month from the date of this resolution", "2017-04-06"),
    ("as soon as possible", None),
])
def test_deadline_phrasings(text, due):
    found = resolve_deadline(text, DOC)
    assert found is not None and found.date == due


@pytest.mark.parametrize("text, due, recurrence", [
    ("on an annual basis, by 1 April", "2017-04-01", "annual"),
    ("every 6 months", "2017-06-30", "semiannual"),
    ("once every three months", "2017-03-31", "quarterly"),
    ("within 20 days after the end of each quarter", "2017-04-20", "quarterly"),
    ("by the 5th day of the month following each quarter", "2017-04-05", "quarterly"),
    ("quarterly, no later than the 10th day of the month after the quarter", "2017-04-10", "quarterly"),
    ("annually, within 10 working days after the end of the reporting year", "2018-01-12", "annual"),
])
def test_recurring_phrasings(text, due, recurrence):
    found = resolve_deadline(text, DOC)
    assert found is not None and (found.date, found.recurrence) == (due, recurrence)


def test_deadline_anywhere_in_the_clause():
    span = find_deadline("submit, in the second half of 2017, a report on the pilot to the Ministry", DOC)
    assert span is not None and span.deadline.date == "2017-12-31"
    assert "up to 2026" not in (find_deadline("a forecast of jobs for the period up to 2026", DOC) or span).deadline.text


def test_day_formats():
    assert normalize_date("the 3rd of July 2017", DOC) == "2017-07-03"
    assert normalize_date("03/07/2017", DOC) == "2017-07-03"
    assert normalize_date("03.07/2017", DOC) == "2017"  # mixed separators: no day, only the year is read


# --- gazetteer forms ----------------------------------------------------------------------------

def test_gazetteer_general_forms():
    g = load_gazetteer()

    def names(text: str) -> set[tuple[str, str]]:
        return {(m.label, m.normalized) for m in g.find(text)}

    assert ("BODY", "Government of the Russian Federation") in names("to report to the Government of the Russian Federation")
    assert ("BODY", "Local self-government bodies of monotowns") in names("the administrations of the monotowns shall")
    got = names("The Administration of the Yurga Urban District will")
    assert ("BODY", "Administration of Yurga") in got and ("TOWN", "Yurga") in got
    assert ("BODY", "Council for Monotown Affairs of Kemerovo Oblast") in names("the Council for Monotown Affairs of Kemerovo Oblast")
    assert ("BODY", "Governor of Republic of Tatarstan") in names("Head of the Republic of Tatarstan")


@pytest.mark.parametrize("text, body", [
    ("the Administration of the City of Yurga", "Administration of Yurga"),
    ("Yurga City Administration", "Administration of Yurga"),
    ("the administration of Usolye-Sibirsky municipal formation", "Administration of Usolye-Sibirskoye"),
    ("the Chuvash Republic Cabinet of Ministers", "Government of Chuvash Republic"),
    ("Kemerovo Oblast Department of Road Construction", "Department of Road Construction of Kemerovo Oblast"),
    ("Head of the Administration of the town of Yurga", "Head of Yurga"),
    ("the Executive Committee of Nizhnekamsk Municipal District", "Administration of Nizhnekamsk"),
    ("the Yurga executive committee", "Administration of Yurga"),
    ("the Federal Agency for Fishery", "Federal Agency for Fishery"),  # unlisted federal bodies, as written
    ("the Ministry of Natural Resources and Environment of the Russian Federation", "Ministry of Natural Resources and Environment"),
])
def test_body_name_templates(text, body):
    got = [(m.label, m.normalized) for m in load_gazetteer().find(text)]
    assert ("BODY", body) in got
    assert ("BODY", "Government of the Russian Federation") not in got


@pytest.mark.parametrize("text, label, name", [
    ("the comprehensive development programs of the towns", "MEASURE", "Integrated development programme of a monotown"),
    ("territories of advanced social and economic development", "MEASURE", "Territory of advanced socio-economic development (TASED)"),
    ("cofinancing of the infrastructure", "MEASURE", "Co-financing of infrastructure by the Monotowns Development Fund"),
    ("the Ministry of Labor and Social Protection", "BODY", "Ministry of Labour and Social Protection"),
])
def test_spelling_variants_and_articles(text, label, name):
    assert (label, name) in {(m.label, m.normalized) for m in load_gazetteer().find(text)}


def test_measure_inside_a_body_name_is_no_mention():
    got = {(m.label, m.normalized) for m in load_gazetteer().find(
        "the Presidential Council for Strategic Development and Priority Projects")}
    assert {label for label, _ in got} == {"BODY"}


def test_more_subjects_and_bases(nlp):
    obs = extract_document(make_doc(
        clause("1", "Governors of the constituent entities should inform the Working Group of progress every month, by the 5th."),
        clause("2", "It is recommended to the Government of Perm Krai to consider the creation of an industrial park."),
        clause("3", "The Monotowns Development Fund will carry out monitoring of investment projects on a quarterly basis."),
        clause("4", "Vnesheconombank is entrusted with the preparation of financial models within 2 weeks from the date of these minutes."),
        clause("5", "To take into account the information of the Ministry of Finance."),
        date="2018-04-10"), nlp=nlp).obligations
    assert [(o.clause, o.actor, o.deadline, o.recurrence) for o in obs] == [
        ("1", "Executive authorities of constituent entities", "2018-05-05", "monthly"),
        ("2", "Government of Perm Krai", None, None),
        ("3", "Monotowns Development Fund", "2018-06-30", "quarterly"),
        ("4", "Vnesheconombank", "2018-04-24", None),
    ]
    assert obs[2].action == "carry out monitoring of investment projects"
    assert obs[3].deadline_text == "within 2 weeks from the date of these minutes"


def test_instruction_list_layouts(nlp):
    obs = extract_document(make_doc(
        clause("1", "Ensure the completion of the reconstruction of the water supply network in Yurga."),
        Block("paragraph", "Responsible executor: Government of Kemerovo Oblast", 1),
        Block("paragraph", "Deadline for execution: 1 December 2018", 1),
        clause("2", "Prepare proposals on extending the TASED regime. Executor: Ministry of Economic Development. "
                    "Time limit: 1 August 2018."),
        clause("3", "Submit a report on the training of municipal teams (Responsible: Monotowns Development Fund; "
                    "Deadline: 30 June 2018)."),
        clause("4", "The Ministry of Finance together with the Ministry of Economic Development:"),
        Block("paragraph", "1) to prepare amendments to the subsidy rules by 1 July 2018;", 1),
        Block("paragraph", "2) to inform the Government of the Russian Federation of the results quarterly.", 1),
        date="2018-04-10", doc_type="instruction"), nlp=nlp).obligations
    assert [(o.clause, o.actor, o.deadline) for o in obs] == [
        ("1", "Government of Kemerovo Oblast", "2018-12-01"),
        ("2", "Ministry of Economic Development", "2018-08-01"),
        ("3", "Monotowns Development Fund", "2018-06-30"),
        ("4.1", "Ministry of Finance", "2018-07-01"),
        ("4.2", "Ministry of Finance", "2018-06-30"),
    ]
    assert obs[2].action == "submit a report on the training of municipal teams"
    assert obs[3].actors == ["Ministry of Finance", "Ministry of Economic Development"]


def test_bare_imperative_needs_a_directive_verb(nlp):
    assert duties(clause("1", "Report on the results of the pilot was heard."), clause("2", "Housing remains a concern."),
                  nlp=nlp) == []


def test_dates_in_spans_and_recurrences_are_not_dates(nlp):
    x = extract_document(make_doc(
        clause("1", "To approve the programme for 2016-2020 and the plan for 2018–2019."),
        clause("2", "The Ministry of Finance shall report twice a year, by 1 July and 1 January."),
        date="2017-03-06"), nlp=nlp)
    dates = {e.normalized for e in x.entities if e.label == "DATE"}
    assert "2018" in dates and not dates & {"2019", "2020", "2017-07-01", "2018-01-01"}


def test_capitalised_title_blocks():
    got = {(m.label, m.normalized) for m in load_gazetteer().find(
        "DECREE OF THE HEAD OF THE REPUBLIC OF TATARSTAN ON THE TASED IN THE YURGA URBAN DISTRICT")}
    assert ("BODY", "Governor of Republic of Tatarstan") in got and ("TOWN", "Yurga") in got
    assert not any(name.lower().startswith("the ") for _, name in got)


def test_title_word_of_a_longer_name_is_no_nested_body():
    got = [m.normalized for m in load_gazetteer().find("Deputy Prime Minister of the Russian Federation")]
    assert got == ["Deputy Prime Minister of the Russian Federation"]


def test_letter_requests_in_other_words(nlp):
    obs = extract_document(make_doc(
        Block("paragraph", "To the Governor of Kemerovo Oblast", 1),
        Block("paragraph", "Dear Sir,", 1),
        Block("paragraph", "The rating of monotowns has been compiled.", 1),
        Block("paragraph", "Please submit comments on the rating by 1 June 2018.", 1),
        Block("paragraph", "We also ask you to name a coordinator for the programme.", 1),
        Block("paragraph", "You are requested to designate a contact person within 5 working days.", 1),
        date="2018-04-10", doc_type="other"), nlp=nlp).obligations
    assert [(o.actor, o.deadline) for o in obs] == [
        ("Governor of Kemerovo Oblast", "2018-06-01"), ("Governor of Kemerovo Oblast", None),
        ("Governor of Kemerovo Oblast", "2018-04-17")]
    assert obs[1].action == "name a coordinator for the programme"


def test_shall_be_responsible_for(nlp):
    assert duties(clause("7", "The Government of Kemerovo Oblast shall be responsible for coordinating the work."),
                  nlp=nlp) == [("7", "Government of Kemerovo Oblast", None)]


def test_short_form_bound_by_a_bracket_without_hereinafter(nlp):
    x = extract_document(make_doc(
        clause("1", "The Department of Construction of Kemerovo Oblast (the \"Department\") and the Ministry of Finance are to "
                    "agree the budget."),
        clause("2", "The Department shall report on the works quarterly."),
        clause("3", "To agree with the proposal of the Ministry of Finance."),
    ), nlp=nlp)
    assert [(o.clause, o.actor) for o in x.obligations] == [
        ("1", "Department of Construction of Kemerovo Oblast"), ("2", "Department of Construction of Kemerovo Oblast")]


@pytest.mark.parametrize("text, name", [
    ("two TASEDs", "Territory of advanced socio-economic development (TASED)"),
    ("priority development areas", "Territory of advanced socio-economic development (TASED)"),
    ("an exemption from the property tax", "Property tax exemption"),
    ("the rating of monotowns", "Annual rating of monotowns"),  # "monotown rating" written the other way round
    ("loans from the Industrial Development Fund", "Industrial Development Fund loans"),
    ("reduced insurance premiums", "Reduced insurance contributions for TASED residents"),
])
def test_measure_forms(text, name):
    assert {m.normalized for m in load_gazetteer().find(text) if m.label == "MEASURE"} == {name}


def test_dash_and_letter_dot_items_under_a_lead_in(nlp):
    obs = extract_document(make_doc(
        clause("2", "The Ministry of Finance shall:"),
        Block("paragraph", "- prepare amendments to the budget code by 1 June 2018;", 1),
        Block("paragraph", "- inform the Government of the Russian Federation annually.", 1),
        clause("3", "The Monotowns Development Fund shall:"),
        Block("paragraph", "a. review the applications within 30 days;", 1),
        Block("paragraph", "b. publish the results on its website.", 1),
        date="2018-04-10"), nlp=nlp).obligations
    assert [(o.clause, o.actor, o.deadline) for o in obs] == [
        ("2", "Ministry of Finance", "2018-06-01"), ("2", "Ministry of Finance", "2018-12-31"),
        ("3a", "Monotowns Development Fund", "2018-05-10"), ("3b", "Monotowns Development Fund", None)]
    assert obs[0].action == "prepare amendments to the budget code"


def test_has_to_date_is_no_duty(nlp):
    assert duties(clause("1", "The Monotowns Development Fund has to date financed 40 projects."), nlp=nlp) == []


# --- lead-ins whose items are numbered sub-clauses or a numbered list ----------------------------

def test_decimal_items_under_a_modal_lead_in_keep_its_actor(nlp):
    found = duties(
        clause("4", "The Ministry of Construction of Kemerovo Oblast shall:"),
        clause("4.1", "by 1 May 2017, draft the design brief for the new water intake;"),
        clause("4.2", "within 5 working days of the signing of this order, appoint a project manager."),
        clause("5", "To hold a public hearing on the draft programme in the third quarter of 2017."),
        nlp=nlp,
    )
    assert found == [("4.1", "Ministry of Construction of Kemerovo Oblast", "2017-05-01"),
                     ("4.2", "Ministry of Construction of Kemerovo Oblast", "2017-03-13"),
                     ("5", None, "2017-09-30")]


def test_delegating_lead_in_without_action_gives_its_items_the_recipients(nlp):
    found = duties(
        clause("3", "To recommend the Administration of Yurga:"),
        clause("3.1", "in the second quarter of 2017, to update the town's investment passport;"),
        clause("3.2", "to report to the Government of Kemerovo Oblast on the results by 1 September 2017."),
        nlp=nlp,
    )
    assert found == [("3.1", "Administration of Yurga", "2017-06-30"), ("3.2", "Administration of Yurga", "2017-09-01")]


def test_letter_numbered_requests_after_we_ask_you_to(nlp):
    doc = make_doc(
        Block("paragraph", "To the Government of Chelyabinsk Oblast", 1),
        Block("paragraph", "Dear colleagues,", 1),
        Block("paragraph", "Taking into account the above, we would ask you to:", 1),
        clause("1", "forward to the Fund the updated list of projects by 10 April 2017;"),
        clause("2", "designate an official responsible for contacts with the Fund."),
        Block("paragraph", "We also ask the Administration of Zlatoust, which received a copy of this letter, "
                           "to confirm its participation in the seminar by 20 March 2017.", 1),
        doc_type="other",
    )
    obs = extract_document(doc, nlp=nlp).obligations
    assert [(o.clause, o.actor, o.deadline) for o in obs] == [
        ("1", "Government of Chelyabinsk Oblast", "2017-04-10"),
        ("2", "Government of Chelyabinsk Oblast", None),
        (None, "Administration of Zlatoust", "2017-03-20"),
    ]
    assert obs[2].action.startswith("confirm its participation")


@pytest.mark.parametrize("sentence", [
    "Control over the execution of this order is entrusted to the Deputy Governor of Kemerovo Oblast.",
    "The Deputy Minister of Finance shall exercise control over the implementation of this order.",
    "The Fund's experts are ready, should you find it useful, to visit the town in April 2017.",
])
def test_control_formula_and_inverted_should_are_not_duties(nlp, sentence):
    assert duties(clause("7", sentence), nlp=nlp) == []


@pytest.mark.parametrize("text, name", [
    ("The Department of Regional Policy and Municipal Affairs shall prepare a summary.",
     "Department of Regional Policy and Municipal Affairs"),
    ("The Budget Department is to assess the cost.", "Budget Department"),
])
def test_a_ministrys_own_department_is_a_body(nlp, text, name):
    bodies = [m.normalized for m in load_gazetteer().find(text) if m.label == "BODY"]
    assert bodies == [name]
    assert duties(clause("2", text), nlp=nlp)[0][1] == name


def test_decided_heading_keeps_decimal_decisions_apart(nlp):
    found = duties(
        clause("2", "ON THE INDUSTRIAL PARK IN YURGA (Ivanov) It was agreed:"),
        clause("2.1", "To instruct the Administration of Yurga to find an anchor resident. Deadline: 1 June 2017."),
        clause("2.2", "To recommend that the administrations of Kiselyovsk and Anzhero-Sudzhensk update their "
                      "investment passports. Deadline: 1 August 2017."),
        nlp=nlp,
    )
    assert found == [("2.1", "Administration of Yurga", "2017-06-01"), ("2.2", "Administration of Kiselyovsk", "2017-08-01")]


def test_would_be_advisable_for_a_body(nlp):
    found = duties(clause("6", "It would be advisable for the Ministry of Labour and Social Protection, together with "
                               "the Federal Tax Service, to review the reporting forms by 1 October 2017."), nlp=nlp)
    assert found == [("6", "Ministry of Labour and Social Protection", "2017-10-01")]


def test_a_relative_condition_does_not_split_the_duty(nlp):
    found = duties(clause("3", "The Ministry of Finance of Kemerovo Oblast shall examine the applications of the towns "
                               "and give its opinion within 10 days of receiving each application."), nlp=nlp)
    assert found == [("3", "Ministry of Finance of Kemerovo Oblast", None)]


def test_each_report_due_line_dates_its_own_sub_item(nlp):
    found = duties(
        clause("2", "The Ministry of Finance shall:"),
        Block("clause", "a) draft the rules for the new subsidy;", 1, clause="2a"),
        Block("paragraph", "Report due: 1 May 2017.", 1),
        Block("clause", "b) assess the cost of the subsidy for the budget;", 1, clause="2b"),
        Block("paragraph", "Report due: 1 July 2017.", 1),
        nlp=nlp,
    )
    assert found == [("2a", "Ministry of Finance", "2017-05-01"), ("2b", "Ministry of Finance", "2017-07-01")]


def test_recommend_that_lead_in_and_a_prepositional_conjunct(nlp):
    found = duties(
        clause("4", "To recommend that the Administration of Yurga:"),
        clause("4.1", "to survey the vacant industrial sites in 2017 and in 2018 and to publish the results;"),
        clause("4.2", "to appoint a coordinator for investors."),
        Block("paragraph", "Deadline for items 4.1-4.2: 1 December 2017.", 1),
        nlp=nlp,
    )
    assert found == [("4.1", "Administration of Yurga", "2017-12-01"), ("4.2", "Administration of Yurga", "2017-12-01")]


@pytest.mark.parametrize("text, name", [
    ("The Committee for Property Management of the Administration of Yurga shall list the vacant sites.",
     "Committee for Property Management of the Administration of Yurga"),
    ("The Corporation for the Development of Kemerovo Oblast shall assist investors.",
     "Corporation for the Development of Kemerovo Oblast"),
    ("Federal executive bodies are to report on the support measures.", "Federal executive authorities"),
])
def test_units_of_town_administrations_regional_corporations_and_federal_generics(nlp, text, name):
    assert duties(clause("2", text), nlp=nlp)[0][1] == name


def test_table_executors_named_as_written_section_rows_and_quoted_instructions(nlp):
    header = ["No.", "Action", "Executor", "Term"]
    rows = [["", "I. Roads and utilities", "", ""],
            ["1", "Repair of the bridge over the river", "MUE \"Gorvodokanal\" (by agreement), Ministry of Finance", "June 2017"],
            ["2", "Training of the town's project team", "Yurga Employment Centre", "IV quarter 2017"],
            ["3", "List Pr-200, item 4: report on the new jobs", "Ministry of Finance", "1 May 2017"],
            ["4", "Survey of the vacant sites", "D.V. Petrov", "1 June 2017"]]
    obs = extract_document(make_doc(*table(header, rows)), nlp=nlp).obligations
    assert [(o.clause, o.actor, o.actors, o.deadline) for o in obs] == [
        ("1", 'MUE "Gorvodokanal"', ['MUE "Gorvodokanal"', "Ministry of Finance"], "2017-06-30"),
        ("2", "Yurga Employment Centre", ["Yurga Employment Centre"], "2017-12-31"),
        ("4", "D.V. Petrov", ["D.V. Petrov"], "2017-06-01"),  # a cell naming a person only: that person (as dev gold has it)
    ]


def test_hereinafter_with_a_dash_binds_the_short_form(nlp):
    found = duties(
        clause("1", "Subsidies are granted by the Ministry of Industry and Trade (hereinafter - the Ministry)."),
        clause("2", "The form is approved by the Ministry of Finance."),
        clause("3", "The Ministry shall publish the list of recipients by 1 June 2017."),
        nlp=nlp,
    )
    assert found == [("3", "Ministry of Industry and Trade", "2017-06-01")]


def test_statistical_ner_runs_where_a_name_may_stand(nlp):
    from extract.entities import _may_name_person, _pipe

    texts = ["The meeting on Yurga was chaired by Dmitry Kozak.",
             "The Ministry of Finance shall submit proposals to the Government of the Russian Federation by 1 June 2017."]
    docs = _pipe(nlp, texts, batch_size=8)
    assert [_may_name_person(d) for d in docs] == [True, False]
    assert [e.text for e in docs[0].spans["govkb_person"]] == ["Dmitry Kozak"]
    assert "ner" not in nlp.disabled  # the selection is undone
    full = list(nlp.pipe(texts))  # every component on every text: the same names
    assert [[e.text for e in d.spans["govkb_person"]] for d in full] == [["Dmitry Kozak"], []]


def test_a_participial_apposition_is_not_part_of_the_subject(nlp):
    found = extract_document(make_doc(clause(
        "7", "The Corporation for the Development of Kemerovo Oblast, set up by the Government of Kemerovo Oblast to "
             "support investors, shall open a one-stop shop in Yurga by 1 September 2017.")), nlp=nlp).obligations
    assert [(o.actor, o.actors, o.deadline) for o in found] == [
        ("Corporation for the Development of Kemerovo Oblast", ["Corporation for the Development of Kemerovo Oblast"], "2017-09-01")]


def test_person_forms_two_letter_initials_and_surnames_in_brackets(nlp):
    doc = make_doc(
        clause("1", "The Ministry of Industry and Trade (Manturov) and the Ministry of Finance (Siluanov) shall report "
                    "to Yu.A. Petrov and V.Yu. Sidorova by 1 June 2017."),
        clause("2", "ON THE TOWNS OF THE REGION (Kiselyovsk, Yurga)"),
    )
    persons = {e.normalized for e in extract_document(doc, nlp=nlp).entities if e.label == "PERSON"}
    assert persons == {"Manturov", "Siluanov", "Yu.A. Petrov", "V.Yu. Sidorova"}


def test_addressed_decisions_bracketed_executors_resp_label_and_verbs_under_a_lead_in(nlp):
    found = duties(
        clause("1", "The Government of Kemerovo Oblast shall:"),
        Block("clause", "a) approve, by 1 June 2017, a plan of new jobs in Yurga;", 1, clause="1a"),
        clause("2", "To the regions: to update the investment passports of the monotowns by 1 July 2017."),
        clause("3", "To keep a record of the new jobs in Yurga (Ministry of Finance of Kemerovo Oblast, monthly)."),
        clause("4", "To survey the vacant sites of Yurga."),
        Block("paragraph", "Resp.: Administration of Yurga. Term: 01.09.2017.", 1),
        nlp=nlp,
    )
    assert found == [("1a", "Government of Kemerovo Oblast", "2017-06-01"),
                     ("2", "Executive authorities of constituent entities", "2017-07-01"),
                     ("3", "Ministry of Finance of Kemerovo Oblast", "2017-03-31"),
                     ("4", "Administration of Yurga", "2017-09-01")]


@pytest.mark.parametrize("sentence, due", [
    ("The Ministry of Finance submits proposals on the budget code to the Government by 1 June 2017.", "2017-06-01"),
    ("The Ministry of Finance, together with the Monotowns Development Fund, carries out monitoring quarterly.", "2017-03-31"),
    ("The Ministry of Finance and the Ministry of Labour and Social Protection, within 2 months, to draft amendments.",
     "2017-05-06"),
    ("Prepare and submit to the Government a report on the pilot by 1 June 2017 (Ministry of Finance).", "2017-06-01"),
    ("Ensure, by 1 June 2017, the submission of applications (Ministry of Finance, Monotowns Development Fund).",
     "2017-06-01"),
])
def test_present_tense_decisions_lead_deadlines_and_bracketed_executors(nlp, sentence, due):
    obs = extract_document(make_doc(clause("5", sentence)), nlp=nlp).obligations
    assert [(o.clause, o.actor, o.deadline) for o in obs] == [("5", "Ministry of Finance", due)]
    assert "Ministry" not in obs[0].action and "within" not in obs[0].action


@pytest.mark.parametrize("sentence", [
    "The Ministry of Finance submits that the budget allows no new subsidy in 2017.",
    "The Monotowns Development Fund informs you that on 3 March 2017 the Supervisory Board approved new terms.",
    "The Ministry of Finance provides subsidies to the regions.",  # a description: no due date
])
def test_present_tense_without_a_due_date_or_as_news_is_no_duty(nlp, sentence):
    assert duties(clause("5", sentence), nlp=nlp) == []


def test_the_fund_with_no_fund_named_before_is_the_monotowns_fund(nlp):
    assert duties(clause("1", "The Fund to provide consulting support to the town administration by 1 June 2017."),
                  nlp=nlp) == [("1", "Monotowns Development Fund", "2017-06-01")]
    # a fund named before it is the one meant
    assert duties(clause("1", "The Industrial Development Fund shall review the list of projects."),
                  clause("2", "The Fund to report on the review by 1 June 2017."), nlp=nlp)[1][1] == "Industrial Development Fund"


@pytest.mark.parametrize("text, name", [
    ('the Ministry of Energy, with JSC "Baikal Rail", to', 'JSC "Baikal Rail"'),
    ("It is proposed that Severugol Company LLC inform", "Severugol Company LLC"),
    ("the Government of Komi Republic, PJSC T Plus (by agreement)", "PJSC T Plus"),
    ("the Fishery Committee of the Administration of the town of Baikalsk shall", "Fishery Committee of the Administration of Baikalsk"),
    ("the employment centre of the town of Baikalsk to organise", "Employment centre of Baikalsk"),
    ("the project office of Tomsk Oblast shall monitor", "Project office of Tomsk Oblast"),
    ("the All-Russian Research Institute of Forestry of the Ministry of Labour", "All-Russian Research Institute of Forestry"),
    ('the mayor of the municipal formation "the town of Baikalsk" shall', "Head of Baikalsk"),
    ("Heads of municipal formations of the monotowns Baikalsk and Yurga are recommended", "Head of Baikalsk"),
    ("the Mintrans of Russia and Rostrud", "Ministry of Transport"),
    ("the Mintrans of Russia and Rostrud", "Federal Service for Labour and Employment"),
])
def test_companies_town_and_region_offices_institutes_and_federal_short_names(text, name):
    assert name in [m.normalized for m in load_gazetteer().find(text) if m.label == "BODY"]


def test_a_company_inside_a_quoted_name_is_one_body():
    found = [m.normalized for m in load_gazetteer().find('with JSC "Corporation for the Development of Tomsk Oblast" to')
             if m.label == "BODY"]
    assert found == ['JSC "Corporation for the Development of Tomsk Oblast"']


def test_executor_cells_with_a_short_form_and_persons_in_a_tail_bracket(nlp):
    blocks = [clause("1", "The Department of Finance of the Administration of the town of Baikalsk (hereinafter the Department) "
                          "is the coordinator of the Plan."),
              *table(["No.", "Activity", "Executor", "Implementation period"],
                     [["1.1", "Preparation of the budget request", "Department", "by 01.07.2017"]]),
              clause("2", "To work out the issue of tariffs and to report to the Government (A.B. Petrov, C.D. Sidorov).")]
    assert duties(*blocks, nlp=nlp) == [("1.1", "Department of Finance of the Administration of Baikalsk", "2017-07-01"),
                                        ("2", "A.B. Petrov", None)]


def test_letter_requests_to_a_generic_addressee_in_other_forms(nlp):
    blocks = [Block("paragraph", "To the senior officials (heads of the highest executive bodies) of the constituent entities "
                                 "of the Russian Federation (according to the list)", 1),
              clause("1", "It is requested that, within 10 working days of the date of this letter, you designate an official."),
              clause("2", "When drafting the regional programmes of the promotion of employment for the next year, "
                          "we ask you to provide for retraining."),
              clause("3", "We recommend that you consider holding job fairs in the first quarter of 2017.")]
    assert duties(*blocks, nlp=nlp) == [("1", "Executive authorities of constituent entities", "2017-03-20"),
                                        ("2", "Executive authorities of constituent entities", None),
                                        ("3", "Executive authorities of constituent entities", "2017-03-31")]


def test_recommended_that_generic_lead_in_lower_case_passive_agent_and_postponement(nlp):
    blocks = [clause("7", "It is recommended that the heads of local self-government of the municipalities of Tomsk Oblast "
                          "in whose territories monotowns are located:"),
              Block("clause", "7.1. bring the programmes of the monotowns into line with the Programme by 1 June 2017;", 1, clause="7.1"),
              clause("8", "Proposals on investment sites shall be submitted by the administration of the town of Baikalsk "
                          "to the Government of Tomsk Oblast by 20 July 2017."),
              clause("9", "To postpone the consideration of the application of Baikalsk.")]
    assert duties(*blocks, nlp=nlp) == [("7.1", "Local self-government bodies of monotowns", "2017-06-01"),
                                        ("8", "Administration of Baikalsk", "2017-07-20")]


@pytest.mark.parametrize("text, due, recurrence", [
    ("in the course of 2018", "2018-12-31", None),
    ("throughout 2018", "2018-12-31", None),
    ("by the 1st of each month", "2017-04-01", "monthly"),
])
def test_course_of_a_year_and_a_day_of_each_month(text, due, recurrence):
    found = find_deadline(text, date(2017, 3, 6))
    assert (found.deadline.date, found.deadline.recurrence) == (due, recurrence)


def test_report_label_with_a_first_date_and_a_recurrence(nlp):
    blocks = [clause("2", "The Government of Tomsk Oblast shall ensure the monitoring of the labour market."),
              Block("paragraph", "Report: by 1 September 2017, then every six months.", 1)]
    obs = extract_document(make_doc(*blocks), nlp=nlp).obligations
    assert [(o.clause, o.deadline, o.recurrence) for o in obs] == [("2", "2017-09-01", "semiannual")]


def test_section_headings_addressed_to_a_body_give_their_items_its_actor(nlp):
    blocks = [Block("heading", "I. To the Government of the Russian Federation:", 1),
              Block("clause", "1. to prepare a draft federal law on monotowns by the end of 2017;", 1, clause="I.1"),
              Block("clause", "2. to update the list of monotowns.", 1, clause="I.2"),
              Block("heading", "II. To the Ministry of Labour and Social Protection of the Russian Federation:", 1),
              Block("paragraph", "- develop a programme of retraining before the end of the third quarter of 2017;", 1),
              Block("heading", "III. To the Monotowns Development Fund:", 1),
              Block("clause", "1. Develop and implement a programme of support for small businesses in 2017.", 1, clause="III.1"),
              Block("heading", "IV. On the next hearings", 1),
              Block("clause", "1. to hold the next hearings in 2018.", 1, clause="IV.1")]
    assert duties(*blocks, nlp=nlp) == [
        ("I.1", "Government of the Russian Federation", "2017-12-31"),
        ("I.2", "Government of the Russian Federation", None),
        (None, "Ministry of Labour and Social Protection", "2017-09-30"),
        ("III.1", "Monotowns Development Fund", "2017-12-31"),
        ("IV.1", None, "2018-12-31"),
    ]


def test_a_bodys_request_or_proposal_in_the_third_person(nlp):
    blocks = [clause("1", "So that the agreement can be signed, the Monotowns Development Fund asks the Government of "
                          "Tomsk Oblast to provide, before 31 March 2017, the financial model of the park."),
              clause("2", "The Ministry of Economic Development proposes that the Ministry of Finance, together with the "
                          "Fund, consider additional allocations by 1 June 2017."),
              clause("3", "Draft resolutions on new territories were agreed and submitted to the Government of the "
                          "Russian Federation on 27 February 2017.")]
    assert duties(*blocks, nlp=nlp) == [("1", "Government of Tomsk Oblast", "2017-03-31"),
                                        ("2", "Ministry of Finance", "2017-06-01")]


def test_a_schedule_table_whose_executor_cell_names_a_generic_and_an_addressee(nlp):
    rows = table(["No.", "Information", "Submitted by (to whom)", "Time limit"],
                 [["4.1", "Values of the indicators", "regional authorities (to the Fund)", "by 1 June 2017"],
                  ["4.2", "Report on the subsidy", "the Monotowns Development Fund (to the Ministry of Finance)", "by 1 July 2017"]])
    assert duties(*rows, nlp=nlp) == [("4.1", "Executive authorities of constituent entities", "2017-06-01"),
                                      ("4.2", "Monotowns Development Fund", "2017-07-01")]


def test_is_also_to_vague_conjuncts_and_appointments(nlp):
    blocks = [clause("5", "The Monotowns Development Fund is also to submit an updated schedule by 1 June 2017."),
              clause("6", "The Government of Tomsk Oblast shall prepare proposals on a park and submit them to the "
                          "Ministry of Finance as necessary."),
              clause("7", "To appoint the First Deputy Head of the Administration A.N. Sorokin as the official responsible.")]
    assert duties(*blocks, nlp=nlp) == [("5", "Monotowns Development Fund", "2017-06-01"),
                                        ("6", "Government of Tomsk Oblast", None)]


def test_a_longer_hereinafter_name_a_section_deadline_and_a_relative_passive(nlp):
    blocks = [clause("3", "The Department of Economic Development, Trade and Entrepreneurship of the Administration of the "
                          "town of Baikalsk (hereinafter the Department of Economic Development) shall report monthly."),
              *table(["No.", "Activity", "Responsible executor", "Deadline"],
                     [["1", "Job fair for released employees", "Department of Economic Development, Baikalsk Employment Centre",
                       "II quarter of 2017"]]),
              Block("heading", "II. On financing (to be executed by June 1, 2017)", 1),
              clause("4", "The Monotowns Development Fund is to:"),
              Block("clause", "a) submit the list of monotowns whose teams are to be trained to the Ministry of Finance;", 1,
                    clause="4a")]
    assert duties(*blocks, nlp=nlp) == [
        ("3", "Department of Economic Development, Trade and Entrepreneurship of the Administration of Baikalsk", "2017-03-31"),
        ("1", "Department of Economic Development, Trade and Entrepreneurship of the Administration of Baikalsk", "2017-06-30"),
        ("4a", "Monotowns Development Fund", "2017-06-01"),
    ]


def test_a_passive_agent_named_by_legal_form_and_quoted_name(nlp):
    sentence = ('A report shall be submitted by the Federal State Budgetary Scientific Institution "Council for the Study '
                'of Productive Forces" to the Department no later than 1 June 2017.')
    assert duties(clause("8", sentence), nlp=nlp) == [("8", "Council for the Study of Productive Forces", "2017-06-01")]


def test_an_organisation_subject_the_gazetteer_lacks_is_named_as_written(nlp):
    blocks = [clause("1", "The Secretariat of the Working Group shall circulate the draft agenda by 1 May 2017."),
              clause("2", "The Regional Situation Centre shall monitor the labour market monthly."),
              clause("3", "The project will create 500 jobs.")]
    assert duties(*blocks, nlp=nlp) == [("1", "Secretariat of the Working Group", "2017-05-01"),
                                        ("2", "Regional Situation Centre", "2017-03-31")]


def test_abbreviations_bound_by_hereinafter_without_an_article_resolve_in_executor_cells(nlp):
    blocks = [Block("paragraph", "Abbreviations: the Ministry of Economic Development of Tomsk Oblast (hereinafter MinEcon of "
                                 "the region) and the Administration of the town of Baikalsk (hereinafter the town Administration).", 1),
              *table(["No.", "Instruction", "Executor", "Deadline"],
                     [["1", "Work out the inclusion of the networks in the programme", "MinEcon of the region, town Administration",
                       "01.04.2017"]])]
    obs = extract_document(make_doc(*blocks), nlp=nlp).obligations
    assert [(o.actor, o.actors[1:], o.deadline) for o in obs] == [
        ("Ministry of Economic Development of Tomsk Oblast", ["Administration of Baikalsk"], "2017-04-01")]


def test_company_organs_conditions_relative_appositions_and_a_leading_deadline(nlp):
    blocks = [Block("paragraph", 'MINUTES of the meeting of the Board of Directors of JSC "Tomsk Development Corporation"', 1),
              clause("1", "The General Director of the Company (A.B. Petrov) shall complete the registration of the road "
                          "by 1 June 2017."),
              clause("2", "If a monotown lags behind the targets, its administration shall submit an explanatory note."),
              clause("3", "The Federal Tax Service, to which a copy of this letter is sent, is requested to inform its "
                          "territorial bodies."),
              clause("4", "Each year, by 1 October, the Department of Economic Development of Tomsk Oblast prepares "
                          "proposals on the programme.")]
    assert duties(*blocks, nlp=nlp) == [
        ("1", 'General Director of JSC "Tomsk Development Corporation"', "2017-06-01"),
        ("2", "Local self-government bodies of monotowns", None),
        ("3", "Federal Tax Service", None),
        ("4", "Department of Economic Development of Tomsk Oblast", "2017-10-01"),
    ]


@pytest.mark.parametrize("text, name", [
    ("the territorial bodies of the Federal State Statistics Service shall", "Territorial bodies of the Federal State Statistics Service"),
    ("the territorial bodies of the Federal State Statistics Service for Kemerovo Oblast",
     "Territorial body of the Federal State Statistics Service for Kemerovo Oblast"),
    ("The Administration of the workers' settlement of Linyovo shall", "Administration of Linyovo"),
    ("the Council of Deputies of the workers' settlement of Linyovo", "Council of Deputies of Linyovo"),
    ("the Main Directorate for Labour and Employment of Kurgan Oblast", "Main Directorate for Labour and Employment of Kurgan Oblast"),
])
def test_territorial_bodies_settlements_councils_and_main_directorates(text, name):
    assert name in [m.normalized for m in load_gazetteer().find(text) if m.label == "BODY"]


def test_literal_translation_forms(nlp):
    blocks = [Block("title", "GOVERNMENT OF TOMSK OBLAST", 1),
              Block("paragraph", "INSTRUCT:", 1),
              clause("1", "To the Ministry of Finance of Russia (A.G. Siluanov) together with the Ministry of Economic "
                          "Development of Russia to ensure the financing of the programme. Deadline - till 1 December 2017."),
              clause("2", "Ministry of Economic Development of the region (Ivanov I.I.) - to prepare the application until 15.05.2017."),
              clause("3", "To the heads of municipal formations of monotowns to submit information monthly, till the 5th day."),
              clause("4", "Recommend to the subjects of the Russian Federation (regional project offices) to update the "
                          "passports by 1 June 2017."),
              clause("5", "The Fund within 10 working days from the date of receipt of the application carries out its examination."),
              clause("6", "To prepare proposals on tax incentives. Responsible: D.A. Medvedev, A.G. Siluanov. "
                          "Report - by 1 July 2017.")]
    assert duties(*blocks, nlp=nlp) == [
        ("1", "Ministry of Finance", "2017-12-01"),
        ("2", "Ministry of Economic Development of Tomsk Oblast", "2017-05-15"),
        ("3", "Local self-government bodies of monotowns", "2017-04-05"),
        ("4", "Executive authorities of constituent entities", "2017-06-01"),
        ("5", "Monotowns Development Fund", None),
        ("6", "D.A. Medvedev", "2017-07-01"),
    ]


def test_procedure_duties_in_the_present_and_lists_of_addressees(nlp):
    blocks = [Block("paragraph", "To the Governor of Tomsk Oblast", 1), Block("paragraph", "To the Governor of Kemerovo Oblast", 1),
              Block("paragraph", "The Monotowns Development Fund requests you to provide the documents by 1 June 2017.", 1),
              clause("2", "Local self-government bodies of monotowns quarterly, not later than the 20th day of the month "
                          "following the reporting quarter, present to the Department of Economic Development of Tomsk Oblast "
                          "the information."),
              clause("3", "The results of monitoring are placed by the Department of Economic Development of Tomsk Oblast on "
                          "its site every six months."),
              clause("4", "The Programme is approved by the Government of Tomsk Oblast in 2017."),
              clause("5", "It is recommended that the heads of the municipal districts of Tomsk Oblast in whose territories "
                          "monotowns are situated:"),
              Block("clause", "a) submit the programmes by 1 July 2017;", 1, clause="5a")]
    assert duties(*blocks, nlp=nlp) == [
        (None, "Governor of Tomsk Oblast", "2017-06-01"),
        ("2", "Local self-government bodies of monotowns", "2017-04-20"),
        ("3", "Department of Economic Development of Tomsk Oblast", "2017-06-30"),
        ("5a", "Local self-government bodies of monotowns", "2017-07-01"),
    ]


def test_executors_and_term_lines_under_one_line_decisions(nlp):
    blocks = [clause("3", "Submit to the Monotowns Development Fund an application for co-financing."),
              Block("paragraph", "Executors: Administration of the Slantsy municipal district", 1),
              Block("paragraph", "Term: by the end of Q3", 1),
              clause("4", "Send to the Fund information on vacant premises."),
              Block("paragraph", "Executors: The Department of Investment Policy (convener), the Department of Regional "
                                 "Development and the Monotowns Development Fund", 1),
              Block("paragraph", "Term: by 15.06", 1)]
    assert duties(*blocks, nlp=nlp) == [("3", "Administration of Slantsy", "2017-09-30"),
                                        ("4", "Department of Investment Policy", "2017-06-15")]


def test_a_dash_before_an_adverbial_and_a_generic_bare_subject(nlp):
    blocks = [clause("2", "Ministry of Economic Development of Tomsk Oblast (Zhukova E.V.) - on the basis of the list of "
                          "residents to prepare the application by 1 June 2017."),
              clause("3", "Heads of municipal formations - monotowns - to present the proposals in December 2017.")]
    assert duties(*blocks, nlp=nlp) == [("2", "Ministry of Economic Development of Tomsk Oblast", "2017-06-01"),
                                        ("3", "Local self-government bodies of monotowns", "2017-12-31")]


def test_memoranda_agreements_and_abbreviation_legends(nlp):
    blocks = [Block("paragraph", 'The Government of Tomsk Oblast (hereinafter the Government) and Joint-Stock Company "Tomsk Steel" '
                                 '(hereinafter the Company) have agreed as follows.', 1),
              clause("2", "The Company intends to modernise its rolling mill by the end of 2018."),
              clause("3", "On behalf of the Government, the Ministry of Labour of Tomsk Oblast will assist the released "
                          "employees on an ongoing basis."),
              Block("paragraph", "Abbreviations: DIT - Department of Industry and Transport of Tomsk Oblast; LSG - local "
                                 "self-government bodies of the monotowns.", 1),
              *table(["No.", "Event", "Responsible", "Term"],
                     [["1.1", "Selection of investment projects", "DIT", "by 25.12"],
                      ["1.2", "Updating of the programmes", "LSG (by agreement)", "I qtr 2017"]])]
    assert duties(*blocks, nlp=nlp) == [
        ("2", 'JSC "Tomsk Steel"', "2018-12-31"),
        ("3", "Ministry of Labour of Tomsk Oblast", None),
        ("1.1", "Department of Industry and Transport of Tomsk Oblast", "2017-12-25"),
        ("1.2", "Local self-government bodies of monotowns", "2017-03-31"),
    ]


def test_a_status_table_quotes_instructions_and_assigns_nothing(nlp):
    rows = table(["No.", "Instruction", "Executor", "Deadline", "Status"],
                 [["1", "Submit proposals on the programme", "Ministry of Finance", "01.03.2017", "executed"]])
    assert duties(*rows, nlp=nlp) == []


def test_two_word_abbreviations_and_rec_to_lead_ins(nlp):
    blocks = [clause("1", "The Ministry of Economic Development of Tomsk Oblast (Tomsk MinEcon) reported."),
              clause("2", "Tomsk MinEcon - to send to the Fund information within 10 working days of the date of these minutes."),
              clause("3", "Rec. to heads of monotowns named in item 1: to adopt municipal acts on the land tax by 1 June 2017."),
              clause("4", "The Government of Tomsk Oblast (Moscow) approved the plan.")]
    assert duties(*blocks, nlp=nlp) == [("2", "Ministry of Economic Development of Tomsk Oblast", "2017-03-20"),
                                        ("3", "Local self-government bodies of monotowns", "2017-06-01")]


def test_small_town_administrations_member_lists_and_reported_speech(nlp):
    blocks = [clause("2", "The Finance Department of the Administration of the municipal formation - urban district town of "
                          "Baikalsk (hereinafter the Finance Department) shall submit the budget list by 1 June 2017."),
              clause("3", "It is recommended that the Baikalsk Employment Centre hold job fairs every six months."),
              clause("4", "A.V. Gerasimov informed the Commission for the Development of Monotowns that the modernisation "
                          "of the plant will lead to the release of 140 workers."),
              *table(["No.", "Full name", "Position in the working group"], [["1", "Ivanov Ivan", "head of the working group"]]),
              *table(["No. in order", "Measure", "Responsible executor", "Deadline"],
                     [["1.", "Creation of conditions for investment", "", ""],
                      ["1.1.", "Preparation of the site", "Finance Department", "01.08.2017"]])]
    assert duties(*blocks, nlp=nlp) == [
        ("2", "Finance Department of the Administration of Baikalsk", "2017-06-01"),
        ("3", "Baikalsk Employment Centre", "2017-06-30"),
        ("1.1.", "Finance Department of the Administration of Baikalsk", "2017-08-01"),
    ]


def test_a_letters_third_person_request_as_a_lead_in(nlp):
    blocks = [Block("paragraph", "The Ministry of Economic Development asks the Monotowns Development Fund:", 1),
              clause("1", "to send to the regions the list of projects by 1 June 2017;"),
              Block("paragraph", "The senior officials of the constituent entities of the Russian Federation are asked:", 1),
              clause("2", "to update the passports by 1 July 2017.")]
    assert duties(*blocks, nlp=nlp) == [("1", "Monotowns Development Fund", "2017-06-01"),
                                        ("2", "Executive authorities of constituent entities", "2017-07-01")]


def test_an_office_named_by_its_post(nlp):
    blocks = [clause("1", "The head of the division of monitoring of monotowns (O.A. Belova) shall prepare the rating by 1 June 2017."),
              clause("2", "The head of the division of interaction with development institutions (I.S. Kovaleva), together with "
                          "the head of the division of monitoring of monotowns, is instructed to hold a videoconference."),
              clause("3", "The Corporation is to offer premises on preferential terms.")]
    assert duties(*blocks, nlp=nlp) == [("1", "Head of the division of monitoring of monotowns", "2017-06-01"),
                                        ("2", "Head of the division of interaction with development institutions", None)]


def test_a_table_row_without_a_deadline_cell_takes_the_date_in_its_text(nlp):
    rows = table(["No.", "Decision", "Responsible", "Deadline"],
                 [["15", "To hold the next meeting of the Commission in December 2017.", "-", "-"]])
    assert duties(*rows, nlp=nlp) == [("15", None, "2017-12-31")]


def test_legends_with_articles_dative_posts_and_inline_term_lines(nlp):
    blocks = [Block("paragraph", "Abbreviations: MinLabour - the Ministry of Labour and Employment of Tomsk Oblast.", 1),
              clause("1", "To monitor the release of workers (MinLabour)."),
              clause("2", "To the head of the department of industry (Nikitin A.V.) till 1 April 2017 to prepare the "
                          "analytical information."),
              clause("3", "To take note of the information of MinLabour: in 2016, 1,124 jobs were created."),
              clause("4", "To update the investment passport. Responsible executor - Administration of Baikalsk, "
                          "Term - monthly."),
              clause("5", "To hold the seminar. Responsible: Gerasimova L.R., head of the economics department.")]
    assert duties(*blocks, nlp=nlp) == [
        ("1", "Ministry of Labour and Employment of Tomsk Oblast", None),
        ("2", "Head of the department of industry", "2017-04-01"),
        ("4", "Administration of Baikalsk", "2017-03-31"),
        ("5", None, None),
    ]


def test_the_head_of_an_abbreviated_division_is_the_post_not_a_town(nlp):
    blocks = [clause("1", "The work is carried out by the Division of Industrial Parks (hereinafter the DIP)."),
              clause("2", "The head of the DIP (A.N. Sukhanov) shall prepare the register by 1 June 2017.")]
    assert duties(*blocks, nlp=nlp) == [("2", "Head of the Division of Industrial Parks", "2017-06-01")]
    assert not [m for m in load_gazetteer().find("the head of the DIP shall") if m.normalized == "Head of DIP"]


def test_the_issuing_administrations_own_departments_and_institution_prefixes(nlp):
    blocks = [Block("title", "HEAD OF THE ADMINISTRATION OF THE URBAN DISTRICT TOWN OF YURGA", 1),
              clause("1", "It is recommended that the State Public Institution Employment Centre of the Town of Yurga "
                          "(hereinafter the Employment Centre):"),
              Block("clause", "a) open a consultation point by 1 June 2017;", 1, clause="1a"),
              clause("2", "The Department of Economics of the Administration shall form a bank of vacancies by 1 July 2017.")]
    doc = make_doc(*blocks)
    doc.meta.issuer = "Head of the Administration of the Urban District Town of Yurga"
    obs = extract_document(doc, nlp=nlp).obligations
    assert [(o.clause, o.actor, o.deadline) for o in obs] == [
        ("1a", "Employment centre of Yurga", "2017-06-01"),
        ("2", "Department of Economics of the Administration of Yurga", "2017-07-01")]


def label(text: str) -> Block:
    return Block("paragraph", text, 1)


def test_units_of_an_administration_named_in_lower_case_under_a_letterhead(nlp):
    blocks = [Block("title", "ADMINISTRATION OF THE BAIKALSK URBAN SETTLEMENT", 1),
              Block("heading", "DECIDED:", 1),
              Block("clause", "3.1. To prepare the register of vacant premises.", 1, clause="3.1"),
              label("Responsible executor - department of municipal property of Administration (Sokolova E.V.)."),
              label("Term - till 01.06.2017."),
              Block("clause", "3.2. To hold a seminar for entrepreneurs.", 1, clause="3.2"),
              label("Responsible executor - sector of small business support of Administration (Orlov P.P.)."),
              label("Term - during 10 working days.")]
    assert duties(*blocks, nlp=nlp) == [
        ("3.1", "Department of municipal property of the Administration of Baikalsk", "2017-06-01"),
        ("3.2", "Sector of small business support of the Administration of Baikalsk", "2017-03-20")]


def test_a_label_line_belongs_to_the_duties_since_the_last_label_line(nlp):
    blocks = [clause("1", "HEARD:"),
              Block("paragraph", "A.N. Petrov on the investment passport.", 1),
              Block("heading", "DECIDED:", 1),
              Block("clause", "1.1. To update the investment passport.", 1, clause="1.1"),
              label("Deadline: 1 May 2017."),
              Block("clause", "1.2. To draft the budget request.", 1, clause="1.2"),
              Block("clause", "1.3. To inform the residents.", 1, clause="1.3"),
              label("Responsible: Ministry of Finance."),
              label("Deadline: 1 June 2017.")]
    # 1.1 had its own label line: the later "Responsible:" line is the next two items' only
    assert duties(*blocks, nlp=nlp) == [("1.1", None, "2017-05-01"), ("1.2", "Ministry of Finance", "2017-06-01"),
                                        ("1.3", "Ministry of Finance", "2017-06-01")]


def test_forming_a_list_with_an_executor_is_a_duty_forming_a_body_is_not(nlp):
    blocks = [clause("1", "To form a working group on the development of the monotown."),
              clause("2", "To form the list of vacant land plots and to place it on the investment portal."),
              label("Responsible executor: Ministry of Economic Development."),
              label("Deadline: 1 July 2017.")]
    assert duties(*blocks, nlp=nlp) == [("2", "Ministry of Economic Development", "2017-07-01")]


def test_a_decision_in_russian_word_order_after_a_noun_phrase(nlp):
    blocks = [Block("heading", "DECIDED:", 1),
              clause("4", "The results of the inventory of land plots to consider at the next meeting of the council."),
              clause("5", "The responsible executors to present the information on the execution by 1 June 2017."),
              clause("6", "The report of the Ministry of Finance was considered by the members of the council to review it.")]
    obs = extract_document(make_doc(*blocks), nlp=nlp).obligations
    assert [(o.clause, o.actor, o.deadline, o.action) for o in obs] == [
        ("4", None, None, "consider the results of the inventory of land plots"),
        ("5", None, "2017-06-01", "present the information on the execution")]
    assert obs[0].deadline_text == "at the next meeting of the council"


def test_a_name_with_initials_is_the_person_without_what_follows_the_dash(nlp):
    doc = make_doc(Block("paragraph", "Heard: Lappalainen V.E. - first deputy head of the Administration, who "
                                      "reported on the course of the works.", 1))
    persons = [e.normalized for e in extract_document(doc, nlp=nlp).entities if e.label == "PERSON"]
    assert persons == ["Lappalainen V.E."]


def test_an_organ_of_the_fund_and_the_fund_itself(nlp):
    blocks = [clause("1", "The Directorate of the Fund shall prepare the register of applications by 1 June 2017."),
              clause("2", "The Fund shall publish the rating of monotowns by 1 July 2017.")]
    assert duties(*blocks, nlp=nlp) == [("1", "Directorate of the Monotowns Development Fund", "2017-06-01"),
                                        ("2", "Monotowns Development Fund", "2017-07-01")]


def test_a_district_named_by_an_adjective_keeps_its_word_district():
    found = {(x.label, x.normalized) for x in load_gazetteer().find(
        "the administration of the Zeisky District and the Administration of the Asha municipal district")}
    assert ("BODY", "Administration of Zeisky District") in found
    assert ("BODY", "Administration of Asha") in found
    assert ("TOWN", "Zeisky") not in found


def test_two_letter_initials_do_not_end_a_sentence(nlp):
    blocks = [clause("7", "The Government of Kemerovo Oblast (Yu.V. Kovalenko, S.Ye. Tsivilev) is recommended:"),
              Block("clause", "a) to complete the formation of the industrial park in Yurga by 1 June 2017;", 1, clause="7a")]
    assert duties(*blocks, nlp=nlp) == [("7a", "Government of Kemerovo Oblast", "2017-06-01")]


def test_the_date_of_its_signing_is_the_documents():
    assert find_deadline("shall send this order for publication within seven days of the date of its signing.",
                         date(2018, 3, 5)).deadline.date == "2018-03-12"
    assert find_deadline("within 10 days of the date of its receipt", date(2018, 3, 5)).deadline.date is None


def test_items_of_a_request_that_open_with_a_condition_or_a_time(nlp):
    blocks = [Block("paragraph", "To the Governor of Kemerovo Oblast", 1),
              Block("paragraph", "I ask you:", 1),
              clause("1", "Within 10 working days of the date of this letter, to designate an official responsible for "
                          "interaction with the Ministry."),
              clause("2", "When taking decisions on regional support measures, to take into account the needs of the "
                          "town-forming organisations."),
              Block("paragraph", "If there is a threat that a town-forming organisation will be suspended, please inform "
                                 "the Ministry without delay.", 1)]
    assert duties(*blocks, nlp=nlp) == [("1", "Governor of Kemerovo Oblast", "2017-03-20"),
                                        ("2", "Governor of Kemerovo Oblast", None),
                                        (None, "Governor of Kemerovo Oblast", None)]


def test_municipal_forms_written_out_and_names_inside_hereinafter(nlp):
    blocks = [clause("1", "To determine the Economic Department of the Administration of Yurga (hereinafter the Economic "
                          "Department) as the coordinator of the Plan."),
              clause("2", 'The municipal unitary enterprise "Yurga Heat Networks" shall repair the networks by 1 June 2017.'),
              clause("3", 'The municipal budgetary institution "Improvement Service" and the Economic Department to clean '
                          "the embankment by 1 July 2017.")]
    ex = extract_document(make_doc(*blocks), nlp=nlp)
    assert [(o.clause, o.actors, o.deadline) for o in ex.obligations] == [
        ("2", ['MUP "Yurga Heat Networks"'], "2017-06-01"),
        ("3", ['MBU "Improvement Service"', "Economic Department of the Administration of Yurga"], "2017-07-01")]
    assert "Economic Department" not in {e.normalized for e in ex.entities}


def test_a_region_written_once_after_a_list_of_its_ministries(nlp):
    doc = make_doc(clause("3", "The Ministry of Industry and Transport, the Ministry of Natural Resources and the Ministry "
                               "of Construction of Amur Oblast shall submit information quarterly."))
    doc.meta.issuer = "Government of Amur Oblast"
    obs = extract_document(doc, nlp=nlp).obligations
    assert obs[0].actors == ["Ministry of Industry and Transport of Amur Oblast", "Ministry of Natural Resources of Amur Oblast",
                             "Ministry of Construction of Amur Oblast"]


def test_literal_translations_of_town_bodies_posts_and_terms(nlp):
    blocks = [clause("1", 'To recommend to the Abakan branch of JSC "Evrazruda" (Martynov D.S.) in term of 10 working days '
                          "to present the plan of release of workers."),
              clause("2", "To the head of the department of industry (Nikitin A.V.), the head of the department of "
                          "investment policy (Popov S.G.) to provide the placing of the present order on the site in term of "
                          "3 days from the day of its signing."),
              clause("3", "To the Head of the town Abaza (Zhukov P.A.):"),
              Block("clause", "a) to present the information on the programme quarterly, till the 10th day of the month "
                              "following the reporting quarter;", 1, clause="3a")]
    assert duties(*blocks, nlp=nlp) == [("1", 'Abakan branch of JSC "Evrazruda"', "2017-03-20"),
                                        ("2", "Head of the department of industry", "2017-03-09"),
                                        ("3a", "Head of Abaza", "2017-04-10")]
    found = {(x.label, x.normalized) for x in load_gazetteer().find("the Administration of the town Council")}
    assert not found  # "the town X" without "of" names listed towns only


def test_items_under_a_post_addressed_in_the_dative(nlp):
    blocks = [clause("2", "To the head of the department of territorial development (Kozhevina N.A.):"),
              Block("clause", "2.1. to organise the collection of the information of the monotowns quarterly, till the "
                              "15th day of the month following the reporting quarter;", 1, clause="2.1"),
              Block("clause", "2.2. to hold working meetings with the heads of the monotowns as necessary.", 1, clause="2.2")]
    assert duties(*blocks, nlp=nlp) == [("2.1", "Head of the department of territorial development", "2017-04-15"),
                                        ("2.2", "Head of the department of territorial development", None)]


def test_an_agreements_parties_and_their_undertakings(nlp):
    blocks = [Block("paragraph", 'The non-profit organisation "Monotowns Development Fund" (hereinafter the Fund), the '
                                 "Government of Kirov Oblast (hereinafter the Region) and the Administration of Vyatskiye "
                                 "Polyany (hereinafter the Municipality), hereinafter the Parties, have agreed as follows.", 1),
              clause("2", "The Region undertakes:"),
              Block("clause", "a) to submit reports to the Fund quarterly;", 1, clause="2a"),
              clause("3", "The Parties shall review jointly the progress of the project every six months.")]
    obs = extract_document(make_doc(*blocks), nlp=nlp).obligations
    assert [(o.clause, o.actors) for o in obs] == [
        ("2a", ["Government of Kirov Oblast"]),
        ("3", ["Monotowns Development Fund", "Government of Kirov Oblast", "Administration of Vyatskiye Polyany"])]


def test_the_parties_after_a_lead_phrase_with_a_third_body_and_as_a_passives_agent(nlp):
    found = obligations_of(
        para('Joint-Stock Company "Corporation for the Development of Murmansk Oblast" (hereinafter - the Corporation), on the '
             "one hand, and the Administration of the town of Monchegorsk with subordinated territory (hereinafter - the "
             "Administration), on the other hand, hereinafter jointly referred to as the Parties, have concluded this Agreement."),
        clause("4.1", "The Parties, with the involvement of the Committee for Labour and Employment of the Population of "
                      "Murmansk Oblast, shall organise job fairs as necessary."),
        clause("4.2", "Within two months of the signing of this Agreement, the Parties shall approve a road map."),
        clause("4.3", "A joint report shall be prepared by the Parties every six months and sent to the Ministry of Economic "
                      "Development of Murmansk Oblast."),
        clause("4.4", "For the implementation of this Agreement the Parties shall form a joint working group within 30 days of "
                      "its signing."), nlp=nlp, date="2018-06-21")
    both = ['JSC "Corporation for the Development of Murmansk Oblast"', "Administration of Monchegorsk"]
    assert [(o.clause, o.actors, o.deadline) for o in found] == [
        ("4.1", both + ["Committee for Labour and Employment of the Population of Murmansk Oblast"], None),
        ("4.2", both, "2018-08-21"), ("4.3", both, "2018-06-30"), ("4.4", both, "2018-07-21")]


def test_within_n_days_of_its_signing_counts_from_something_signed_only_when_one_is_named(nlp):
    found = obligations_of(
        clause("1", "The Administration of Kovdor shall form a working group within 30 days of its signing."),
        clause("2", "The Administration of Kovdor shall register the lease agreement within 10 days of its signing."),
        nlp=nlp, date="2018-06-21")
    assert [(o.clause, o.deadline) for o in found] == [("1", "2018-07-21"), ("2", None)]


def test_a_companys_own_units_posts_and_branches(nlp):
    blocks = [Block("title", 'JOINT-STOCK COMPANY "CORPORATION FOR THE DEVELOPMENT OF TOMSK OBLAST"', 1),
              clause("1", "The Investment Projects Directorate of the Corporation is to prepare the application by 1 June 2017."),
              clause("2", "The Director of the Branch of the Corporation in Asino shall inform the Board of each application."),
              clause("3", "The Corporation will hold a seminar for entrepreneurs in May 2017."),
              clause("4", "The Corporation will lead to the release of 120 workers in 2017."),
              clause("5", "The Legal Department of the Corporation shall submit the lease agreement within one month of its signing.")]
    doc = make_doc(*blocks)
    doc.meta.issuer = 'Joint-Stock Company "Corporation for the Development of Tomsk Oblast"'
    obs = extract_document(doc, nlp=nlp).obligations
    corp = 'JSC "Corporation for the Development of Tomsk Oblast"'
    assert [(o.clause, o.actor, o.deadline) for o in obs] == [
        ("1", f"Investment Projects Directorate of {corp}", "2017-06-01"),
        ("2", f"Director of the Branch of {corp} in Asino", None),
        ("3", corp, "2017-05-31"),
        ("5", f"Legal Department of {corp}", None)]  # "its signing": the agreement's, not this document's


def test_municipal_posts_and_the_settlement_itself(nlp):
    blocks = [Block("title", "HEAD OF THE PASHIYA RURAL SETTLEMENT", 1),
              clause("3", "The leading specialist for economics and investment of the Administration of the Pashiya rural "
                          "settlement shall submit a report to the Head of the settlement by 1 June 2017."),
              clause("4", "The executors named in the Plan shall submit information monthly, on the first Tuesday of the month.")]
    *rows, = table(["No.", "Measure", "Responsible", "Deadline"],
                   [["1.", "Consultations for entrepreneurs", "leading specialist for economics and investment", "May 2017"],
                    ["2.", "Meeting with the plant", "Head of the settlement", "April 2017"]])
    doc = make_doc(*blocks, *rows)
    doc.meta.issuer = "Head of the Pashiya rural settlement"
    obs = extract_document(doc, nlp=nlp).obligations
    post = "Leading specialist for economics and investment of the Administration of Pashiya"
    assert [(o.clause, o.actor, o.deadline) for o in obs] == [
        ("3", post, "2017-06-01"), ("4", None, "2017-03-07"), ("1.", post, "2017-05-31"), ("2.", "Head of Pashiya", "2017-04-30")]


def test_requests_under_a_topic_heading_and_more_imperatives(nlp):
    blocks = [Block("paragraph", "To the Administration of Yurga", 1),
              Block("paragraph", "Having examined the application, we ask you to:", 1),
              clause("1", "Submit an updated financial model by 29 September 2017."),
              clause("2", "As regards the list of facilities:"),
              Block("clause", "a) exclude the street lighting from the list;", 1, clause="2a"),
              clause("3", "Confirm, by a letter of the investor, that it is not the town-forming organisation."),
              clause("4", "Adjust the schedule of construction of the facilities.")]
    assert duties(*blocks, nlp=nlp) == [("1", "Administration of Yurga", "2017-09-29"), ("2a", "Administration of Yurga", None),
                                        ("3", "Administration of Yurga", None), ("4", "Administration of Yurga", None)]


def test_a_report_sentence_dates_the_duty_before_it_and_generic_passive_agents(nlp):
    blocks = [clause("2", "The Ministry of Finance shall consider the creation of a territory in Revda. Report to the "
                          "Government of the Russian Federation by 1 May 2017."),
              clause("3", "The Chief Federal Inspector for Murmansk Oblast (V.A. Grishin) shall monitor the decisions."),
              clause("4", "Proposals for amending the Plan shall be submitted by the executive bodies of state power of "
                          "Kursk Oblast to the Committee as necessary."),
              clause("5", "It is recommended that the heads of the single-industry municipalities of Vologda Oblast:"),
              Block("clause", "a) update the programmes by 1 June 2017.", 1, clause="5a")]
    assert duties(*blocks, nlp=nlp) == [("2", "Ministry of Finance", "2017-05-01"),
                                        ("3", "Chief Federal Inspector for Murmansk Oblast", None),
                                        ("4", "Executive authorities of constituent entities", None),
                                        ("5a", "Local self-government bodies of monotowns", "2017-06-01")]


def test_more_written_forms_of_bodies():
    found = {(x.label, x.normalized) for t in ['the Head of the Znamenka settlement council', 'FKP "Tambov Gunpowder Plant"',
                                                "the Financial Directorate of Tambov Oblast"]
             for x in load_gazetteer().find(t)}
    assert {("BODY", "Head of Znamenka"), ("BODY", 'FKP "Tambov Gunpowder Plant"'),
            ("BODY", "Financial Directorate of Tambov Oblast")} <= found


@pytest.mark.parametrize("lead, heads", [
    ("It is recommended that the heads of Zarinsk, Aleysk and the work settlement of Stepnoye Ozero:",
     ["Head of Zarinsk", "Head of Aleysk", "Head of Stepnoye Ozero"]),
    ('It is recommended that the heads of the municipal formations "Town of Votkinsk", "Town of Sarapul" and "Town of Glazov":',
     ["Head of Votkinsk", "Head of Sarapul", "Head of Glazov"]),
    ("It is recommended that the heads of the administrations of the monotowns of Pavlovsk, Rossosh and Semiluki:",
     ["Head of Pavlovsk", "Head of Rossosh", "Head of Semiluki"]),
    ("It is recommended that the administrations of the municipal formations urban district of Armyansk and urban "
     "district of Krasnoperekopsk:", ["Administration of Armyansk", "Administration of Krasnoperekopsk"]),
])
def test_the_heads_of_listed_towns_however_listed(nlp, lead, heads):
    blocks = [clause("5", lead), Block("clause", "a) hold public discussions by 1 June 2017;", 1, clause="5a")]
    obs = extract_document(make_doc(*blocks), nlp=nlp).obligations
    assert [(o.clause, o.actors) for o in obs] == [("5a", heads)]


def test_places_in_a_list_are_no_towns_and_a_division_head_in_a_responsible_line(nlp):
    found = {x.normalized for x in load_gazetteer().find("seminars for the heads of the monotowns of the Urals and the Volga region")}
    assert not {"Head of Urals", "Head of Volga"} & found
    blocks = [Block("paragraph", "The Division of Monitoring and Analysis (hereinafter the DMA) collects the data.", 1),
              clause("4", "To prepare information on the jobs created."),
              Block("paragraph", "Responsible: head of the DMA (P.S. Gavrilov).", 1)]
    assert duties(*blocks, nlp=nlp) == [("4", "Head of the Division of Monitoring and Analysis", None)]


def test_the_issuing_companys_own_officers_and_a_ministrys_divisions(nlp):
    blocks = [clause("1", "The Deputy General Director for Property and Infrastructure (I.P. Kolesnikov) shall complete the "
                          "cadastral works by 31 July 2017."),
              clause("2", "The Directorate for Industrial Parks will report to the Board quarterly."),
              clause("3", "The Ministry of Economic Development shall publish the rating by 1 June 2017."),
              clause("4", "The structural divisions of the Ministry are instructed to submit information by 1 July 2017.")]
    doc = make_doc(*blocks)
    doc.meta.issuer = 'Management Board of JSC "Corporation for the Development of Kirov Oblast"'
    corp = 'JSC "Corporation for the Development of Kirov Oblast"'
    assert [(o.clause, o.actor) for o in extract_document(doc, nlp=nlp).obligations] == [
        ("1", f"Deputy General Director for Property and Infrastructure of {corp}"),
        ("2", f"Directorate for Industrial Parks of {corp}"),
        ("3", "Ministry of Economic Development"),
        ("4", "Structural divisions of the Ministry of Economic Development")]


def test_a_request_whose_items_say_only_what_and_by_when(nlp):
    blocks = [Block("paragraph", "To the Head of Administration of the Vyksa municipal district", 1),
              Block("paragraph", "In order to prepare the information, the Ministry of Economy of Nizhny Novgorod Oblast "
                                 "(hereinafter - the Ministry) asks you to submit to the Ministry:", 1),
              clause("1", "by 8 May 2017 - information on the socio-economic situation of the monotown;"),
              clause("2", "monthly, by the 5th day of the month following the reporting month - information on the planned "
                          "release of employees."),
              Block("paragraph", "In addition, we ask the Head of Administration of the Kulebaki municipal district to "
                                 "submit by 30 April 2017 information on the staff reduction.", 1)]
    obs = extract_document(make_doc(*blocks), nlp=nlp).obligations
    assert [(o.clause, o.actor, o.deadline) for o in obs] == [
        ("1", "Head of Vyksa", "2017-05-08"), ("2", "Head of Vyksa", "2017-04-05"), (None, "Head of Kulebaki", "2017-04-30")]
    assert obs[0].action.startswith("submit to the Ministry information on the socio-economic situation")


def test_bodies_with_their_place_before_hereinafter_nested_quotes_and_regional_deputy_premiers(nlp):
    blocks = [clause("2", "To the Administration of the municipal district Beloretsk District of the Republic of "
                          "Bashkortostan (hereinafter - the District Administration):"),
              Block("clause", "a) to update the programme by 1 June 2017;", 1, clause="2a"),
              clause("3", "To carry out the improvement of the embankment."),
              Block("paragraph", "Responsible: the District Administration.", 1),
              clause("4", 'It is recommended that PJSC "Arsenyev Aviation Company "Progress"" inform the Administration '
                          "of its planned reductions of staff."),
              clause("5", "The progress shall be reported to the Head of the Republic by the Deputy Prime Minister of the "
                          "Government of the Republic of Bashkortostan I.R. Galiullin every six months.")]
    assert [(c, a) for c, a, _ in duties(*blocks, nlp=nlp)] == [
        ("2a", "Administration of Beloretsk"), ("3", "Administration of Beloretsk"),
        ("4", 'PJSC "Arsenyev Aviation Company "Progress""'),
        ("5", "Deputy Prime Minister of the Government of Republic of Bashkortostan")]


def test_a_regions_statistics_office_and_the_urban_district_of_the_city():
    found = {x.normalized for x in load_gazetteer().find(
        "Territorial body of the Federal State Statistics Service for the Republic of Bashkortostan; Administration of "
        "the urban district of the city of Kumertau")}
    assert {"Territorial body of the Federal State Statistics Service for Republic of Bashkortostan",
            "Administration of Kumertau"} <= found


def test_a_post_in_lower_case_in_a_cell_a_label_and_a_passive(nlp):
    rows = table(["No.", "Stage", "Responsible", "Deadline"],
                 [["3.", "Verification of the data received", "head of the division of monitoring of monotowns", "March 2017"]])
    blocks = [clause("4", "To prepare an analytical note."),
              Block("paragraph", "Responsible: head of the division of interaction with development institutions (I.S. Kovaleva).", 1),
              clause("6", "Proposals shall be submitted by the head of the division of methodological support of "
                          "monotowns to the Deputy Minister by 1 June 2017.")]
    assert duties(*rows, *blocks, nlp=nlp) == [
        ("3.", "Head of the division of monitoring of monotowns", "2017-03-31"),
        ("4", "Head of the division of interaction with development institutions", None),
        ("6", "Head of the division of methodological support of monotowns", "2017-06-01")]


def test_a_procedures_present_tense_duties(nlp):
    blocks = [clause("11", "The Ministry of Finance submits to the Ministry of Economic Development:"),
              Block("clause", "a) quarterly, not later than the 10th day of the month following the reporting quarter, a "
                              "report on the expenditures of the local budget;", 1, clause="11a"),
              clause("12", "In case of negative dynamics of two indicators, the Ministry of Finance within 10 working days "
                           "sends to the head of the monotown the recommendations."),
              clause("13", "The Ministry of Finance as necessary prepares and sends to the Government the proposals."),
              clause("14", "The Fund co-finances up to 95 per cent of the cost of the facilities.")]
    assert duties(*blocks, nlp=nlp) == [("11a", "Ministry of Finance", "2017-04-10"), ("12", "Ministry of Finance", "2017-03-20"),
                                        ("13", "Ministry of Finance", None)]


def test_an_owner_written_once_after_a_list_of_units_and_an_annex_is_no_executor(nlp):
    blocks = [clause("1", "To set up a working group for the preparation of the programme and to approve its composition (Annex 1)."),
              clause("5", "Proposals shall be submitted by the Committee for Municipal Property Management, the Department "
                          "of Housing and Communal Services and the Department of Education of the Administration of Tynda "
                          "to the Department of Economics by 1 May 2017."),
              clause("6", "It is recommended that the heads of the municipal formations of the towns of Zarinsk, Aleysk and "
                          "Novoaltaysk submit reports by 1 June 2017.")]
    obs = extract_document(make_doc(*blocks), nlp=nlp).obligations
    assert [(o.clause, o.actors[:2]) for o in obs] == [
        ("5", ["Committee for Municipal Property Management of the Administration of Tynda",
               "Department of Housing and Communal Services of the Administration of Tynda"]),
        ("6", ["Head of Zarinsk", "Head of Aleysk"])]


def test_an_acting_governor_in_lower_case(nlp):
    blocks = [clause("6", "It is recommended that the acting Governor of Chelyabinsk Oblast A.L. Teksler consider the "
                          "creation of a territory in Karabash by 1 June 2017.")]
    assert duties(*blocks, nlp=nlp) == [("6", "Governor of Chelyabinsk Oblast", "2017-06-01")]


def test_a_unit_named_by_two_words_joined_by_and(nlp):
    doc = make_doc(Block("title", "ADMINISTRATION OF THE URBAN DISTRICT TOWN OF KUMERTAU", 1),
                   clause("3", "The Information and Analytical Department of the Administration shall publish this order "
                               "by 1 June 2017."))
    doc.meta.issuer = "Administration of Kumertau"
    assert [(o.clause, o.actor) for o in extract_document(doc, nlp=nlp).obligations] == [
        ("3", "Information and Analytical Department of the Administration of Kumertau")]


def test_a_request_to_one_of_several_addressees_by_its_region(nlp):
    blocks = [Block("paragraph", "To the Governor of Vladimir Oblast", 1),
              Block("paragraph", "To the Governor of Ivanovo Oblast", 1),
              Block("paragraph", "Dear colleagues, please submit the documents by 14 July 2017.", 1),
              Block("paragraph", "As regards Ivanovo Oblast, we ask you to confirm the source of financing by 1 July 2017.", 1)]
    assert [(a, d) for _, a, d in duties(*blocks, nlp=nlp)] == [("Governor of Vladimir Oblast", "2017-07-14"),
                                                                ("Governor of Ivanovo Oblast", "2017-07-01")]


def test_a_report_line_after_a_duty_with_its_own_deadline_is_a_duty_to_report(nlp):
    blocks = [clause("2", "To regions (list attached) - to bring the programmes into line with the indicators."),
              Block("paragraph", "Deadline - 01.06.2017.", 1),
              clause("4", "Minstroy (M.A. Men) together with the regions (list attached) - to ensure the completion of the "
                          "improvement measures by the end of 2017."),
              Block("paragraph", "Report to the Government of the Russian Federation - every six months, by the 10th day of "
                                 "the month following the reporting half-year.", 1),
              clause("5", "Minfin (A.G. Siluanov) - to consider the financing of the measures."),
              Block("paragraph", "Report - by 1 July 2017.", 1)]
    obs = extract_document(make_doc(*blocks), nlp=nlp).obligations
    assert [(o.clause, o.actor, o.deadline, o.action[:25]) for o in obs] == [
        ("2", "Executive authorities of constituent entities", "2017-06-01", "bring the programmes into"),
        ("4", "Ministry of Construction, Housing and Utilities", "2017-12-31", "ensure the completion of "),
        ("4", "Ministry of Construction, Housing and Utilities", "2017-07-10", "report to the Government "),
        ("5", "Ministry of Finance", "2017-07-01", "consider the financing of")]


def test_a_dash_glued_to_a_bracket_and_a_date_inside_the_first_duty(nlp):
    blocks = [clause("4", "Mintrud of Russia (M.A. Topilin) together with the Government of Irkutsk Oblast (S.G. Levchenko) "
                          "-to work out additional measures."),
              clause("1", "The Ministry of Finance - to analyse the planned release of workers in 2018 and to submit a "
                          "report to the Government by 1.12.17.")]
    assert duties(*blocks, nlp=nlp) == [("4", "Ministry of Labour and Social Protection", None),
                                        ("1", "Ministry of Finance", "2017-12-01")]


def test_deputy_heads_by_area_subjects_with_where_and_when_and_quoted_centres(nlp):
    blocks = [Block("title", "ADMINISTRATION OF THE TOWN OF KOLCHUGINO", 1),
              clause("2", "The Deputy Head of the Administration for Economic Affairs (N.V. Sorokina) shall submit the "
                          "report by 1 June 2017."),
              clause("3", "Mintrud of Russia (M.A. Topilin) together with the executive authorities of the constituent "
                          "entities of the Russian Federation within the Volga Federal District to ensure the monitoring."),
              clause("4", "Minstroy of Russia (V.V. Yakushev), with the participation of the Monotowns Development Fund, when "
                          "summing up the results of the competition, to provide for the support of the projects."),
              clause("5", "The Finance and Economic Department of the Administration of Kolchugino shall provide the funds.")]
    doc = make_doc(*blocks)
    doc.meta.issuer = "Administration of Kolchugino"
    assert [(o.clause, o.actor) for o in extract_document(doc, nlp=nlp).obligations] == [
        ("2", "Deputy Head of the Administration of Kolchugino for Economic Affairs"),
        ("3", "Ministry of Labour and Social Protection"), ("4", "Ministry of Construction, Housing and Utilities"),
        ("5", "Finance and Economic Department of the Administration of Kolchugino")]
    found = {x.normalized for x in load_gazetteer().find(
        'the State Autonomous Institution of Amur Oblast "Employment Centre of the Town of Tynda"')}
    assert "Employment centre of Tynda" in found


def test_approve_and_recommend_relative_clauses_and_roman_halves(nlp):
    blocks = [clause("1", "To approve the application and to recommend that the Supervisory Board of the Monotowns Development "
                          "Fund consider the co-financing by 1 June 2017."),
              Block("paragraph", "Two projects are proposed for Kirs, which together are to create 85 new jobs by 2018.", 1),
              Block("paragraph", "Four anchor investors undertake to create 610 jobs by 2020.", 1),
              Block("paragraph", "A copy of this letter has been sent to the Monotowns Development Fund, which is asked to "
                                 "provide information by 29 May 2017.", 1)]
    assert duties(*blocks, nlp=nlp) == [("1", "Supervisory Board of the Monotowns Development Fund", "2017-06-01"),
                                        (None, "Monotowns Development Fund", "2017-05-29")]
    assert resolve_deadline("II half-year 2017", date(2017, 6, 14)).date == "2017-12-31"
    found = resolve_deadline("2018, then annually", date(2017, 6, 14))
    assert (found.date, found.recurrence) == ("2018-12-31", "annual")
    found = resolve_deadline("Report - by 1 March 2020, then - once every six months", date(2019, 11, 26))
    assert (found.date, found.recurrence) == ("2020-03-01", "semiannual")


def test_closed_towns_and_a_dash_inside_hereinafter(nlp):
    blocks = [clause("2", "The Ministry of Economy and Regional Development of Krasnoyarsk Krai (hereinafter - the Ministry of "
                          "Economy), jointly with the heads of ZATO Zheleznogorsk and ZATO Zelenogorsk, to prepare proposals."),
              clause("3", "The Administration of ZATO Zheleznogorsk to hold a presentation by 1 June 2017.")]
    obs = extract_document(make_doc(*blocks), nlp=nlp).obligations
    assert [(o.clause, o.actors, o.deadline) for o in obs] == [
        ("2", ["Ministry of Economy and Regional Development of Krasnoyarsk Krai", "Head of Zheleznogorsk",
               "Head of Zelenogorsk"], None),
        ("3", ["Administration of Zheleznogorsk"], "2017-06-01")]


def test_a_recommendation_to_a_state_institution_of_a_region(nlp):
    blocks = [clause("7", 'It is recommended that the state treasury institution of Samara Oblast "Employment Centre of the '
                          'urban district of Chapayevsk" inform the Department of the release of workers monthly.')]
    obs = extract_document(make_doc(*blocks), nlp=nlp).obligations
    assert [(o.clause, o.actor, o.action[:6]) for o in obs] == [("7", "Employment centre of Chapayevsk", "inform")]


def test_a_legend_of_abbreviations_and_a_town_on_a_capitals_letterhead(nlp):
    blocks = [clause("2", 'In this order the following abbreviations are used: the Ministry - the Ministry of Economic '
                          'Development of Saratov Oblast; Minpromenergo - the Ministry of Industry and Energy of Saratov '
                          'Oblast; ECP - the state institution "Employment Centre of the Town of Petrovsk".'),
              *table(["No.", "Measure", "Executors", "Term"],
                     [["1.3", "Support of the project", "Minpromenergo", "2017"],
                      ["3.1", "Retraining of workers", "ECP", "IV quarter 2017"],
                      ["4.2", "Preparation of the report", "Ministry", "IV quarter 2016"]])]
    assert [(c, a) for c, a, _ in duties(*blocks, nlp=nlp)] == [
        ("1.3", "Ministry of Industry and Energy of Saratov Oblast"), ("3.1", "Employment centre of Petrovsk"),
        ("4.2", "Ministry of Economic Development of Saratov Oblast")]
    found = {(x.label, x.normalized) for x in load_gazetteer().find(
        "ADMINISTRATION OF THE TOWN OF KATAYSK KATAYSKY DISTRICT OF KURGAN OBLAST")}
    assert ("BODY", "Administration of Kataysk") in found


def test_officials_who_are_responsible_are_no_duty_of_their_own(nlp):
    blocks = [clause("8", "It is recommended that the executive authorities of the constituent entities:"),
              Block("clause", "b) by 1 June 2017, send to Rosstat the lists of the officials who are responsible for "
                              "submitting the forms.", 1, clause="8b")]
    assert duties(*blocks, nlp=nlp) == [("8b", "Executive authorities of constituent entities", "2017-06-01")]


@pytest.mark.parametrize("text, measure", [
    ("the co-financing of the engineering infrastructure of the industrial park", "Co-financing of infrastructure by the Monotowns Development Fund"),
    ("facilities co-financed by the Monotowns Development Fund", "Co-financing of infrastructure by the Monotowns Development Fund"),
    ("the training of the management teams of the monotowns", "Training of monotown management teams"),
    ("the training programme of the Fund", "Training of monotown management teams"),
    ("the status of resident of a territory of advanced socio-economic development", "TASED resident status"),
    ("entered in the register of residents", "TASED resident status"),
    ("a reduced rate of the corporate profit tax", "Reduced corporate profit tax rate for TASED residents"),
    ("accepting guarantees of the SME Corporation as security", "Guarantees of the SME Corporation or VEB as loan security"),
])
def test_support_measures_as_they_are_paraphrased(text, measure):
    assert measure in {x.normalized for x in load_gazetteer().find(text) if x.label == "MEASURE"}


def test_ministers_by_their_ministry_and_a_presidium_is_one_body():
    found = {x.normalized for x in load_gazetteer().find(
        "the Deputy Minister of Economic Development of the Russian Federation A.V. Tsybulsky and the Minister of Economic "
        "Development of Murmansk Oblast; approved by the Presidium of the Presidential Council for Strategic Development and "
        "Priority Projects")}
    assert {"Deputy Minister of Economic Development", "Minister of Economic Development of Murmansk Oblast",
            "Presidium of the Presidential Council for Strategic Development and Priority Projects"} <= found
    assert "Presidential Council for Strategic Development and Priority Projects" not in found


def test_a_dative_to_a_sector_and_to_an_institution_by_its_legal_form(nlp):
    doc = make_doc(Block("title", "ADMINISTRATION OF THE TOWN OF KATAYSK", 1),
                   clause("1.3", "To the sector of economics and investments of the Administration (Belousova E.A.) to "
                                 "present the information by 1 June 2017."),
                   clause("2.2", 'To the GKU "Kataysk Employment Centre" (Zhukova O.P.) together with JSC "Kataysk Pump '
                                 'Plant" (by agreement) to organise the training by 1 July 2017.'))
    doc.meta.issuer = "Administration of Kataysk"
    assert [(o.clause, o.actor, o.deadline) for o in extract_document(doc, nlp=nlp).obligations] == [
        ("1.3", "Sector of economics and investments of the Administration of Kataysk", "2017-06-01"),
        ("2.2", "Kataysk Employment Centre", "2017-07-01")]


def test_a_working_group_the_act_sets_up(nlp):
    blocks = [clause("1", "To create a working group for the preparation of the application to the Fund (hereinafter the "
                          "working group) and to approve its composition."),
              clause("2", "The working group shall analyse the investment project by 1 June 2017.")]
    assert duties(*blocks, nlp=nlp) == [("2", "Working group for the preparation of the application to the Fund", "2017-06-01")]


def para(text: str) -> Block:
    return Block("paragraph", text, 1)


def obligations_of(*blocks: Block, nlp, date: str = "2019-05-20", doc_type: str = "order", issuer: str | None = None):
    doc = make_doc(*blocks, date=date, doc_type=doc_type)
    doc.meta.issuer = issuer
    return extract_document(doc, nlp=nlp).obligations


def test_a_table_of_report_forms_with_a_frequency_column(nlp):
    found = obligations_of(*table(["No.", "Report form", "Submitted by", "Periodicity", "Deadline"], [
        ["1", 'Form M-3 "Vacancies in the monotown"', "Heads of monotowns", "monthly", "by the 4th day of the following month"],
        ["2", "Form M-9 \"Passport\"", "Ministry of Finance of Murmansk Oblast", "every six months (half-year, year)",
         "by 15 July and 15 January"],
    ]), nlp=nlp)
    assert [(o.clause, o.actor, o.deadline, o.recurrence, o.deadline_text) for o in found] == [
        ("1", "Local self-government bodies of monotowns", "2019-06-04", "monthly", "by the 4th day of the following month"),
        ("2", "Ministry of Finance of Murmansk Oblast", "2019-07-15", "semiannual", "by 15 July and 15 January")]
    assert found[0].action.startswith("form M-3")


def test_a_road_map_whose_form_of_completion_comes_before_its_deadline(nlp):
    found = obligations_of(*table(["No.", "Activity", "Form of completion", "Deadline", "Responsible"], [
        ["1.", "Drafting of the methodology", "order of the Ministry", "III quarter of 2019",
         "Department of Regional Development, the Fund (by agreement)"],
    ]), nlp=nlp)
    assert [(o.actors, o.deadline) for o in found] == [
        (["Department of Regional Development", "Monotowns Development Fund"], "2019-09-30")]


def test_an_agreement_names_its_parties_after_a_comma_and_their_duties_follow(nlp):
    found = obligations_of(
        para('The Government of Murmansk Oblast, hereinafter referred to as "the Region", and the Administration of Kovdor, '
             'hereinafter referred to as "the Municipality", have concluded this Agreement as follows.'),
        clause("3", "The Region shall:"),
        Block("clause", "a) within 10 working days of the signing of this Agreement, appoint a coordinator;", 1, clause="3a"),
        clause("4", "The Municipality undertakes to submit to the Region a report by 1 August 2019."), nlp=nlp)
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("3a", "Government of Murmansk Oblast", "2019-06-03"), ("4", "Administration of Kovdor", "2019-08-01")]


def test_a_party_that_is_no_body_leads_items_that_name_what_and_when(nlp):
    found = obligations_of(
        clause("7", "The grantee shall submit to the Ministry of Finance:"),
        Block("clause", "a) monthly, by the 3rd day of the following month, a statement of expenditure;", 1, clause="7a"),
        clause("8", "The Ministry of Finance shall check the statement within 5 days of its receipt, and the grantee shall "
                    "correct it within 3 days of receiving the remarks."), nlp=nlp)
    assert [(o.clause, o.actor, o.recurrence) for o in found] == [("7a", None, "monthly"), ("8", "Ministry of Finance", None),
                                                                   ("8", None, None)]
    assert found[0].action.startswith("submit to the Ministry of Finance a statement")
    assert found[2].action.startswith("correct it")


def test_generic_and_named_municipal_bodies_as_subjects(nlp):
    found = obligations_of(
        clause("1", "It is recommended that the executive committees of the municipal formations where monotowns are situated, "
                    "jointly with the Ministry of Finance, hold consultations for entrepreneurs."),
        clause("2", "It is recommended that the local self-government bodies of Kirovsk, Kovdor and Asha publish the plans by 1 July 2019."),
        clause("3", "The highest executive bodies of state power of the constituent entities listed in the annex shall:"),
        Block("clause", "a) sign the agreements by 1 June 2019;", 1, clause="3a"), nlp=nlp)
    assert [(o.clause, o.actors[:2]) for o in found] == [
        ("1", ["Local self-government bodies of monotowns", "Ministry of Finance"]),
        ("2", ["Administration of Kirovsk", "Administration of Kovdor"]),
        ("3a", ["Executive authorities of constituent entities"])]


def test_requests_that_you_and_a_report_line_of_its_own(nlp):
    found = obligations_of(
        para("To the Governor of Murmansk Oblast"),
        para("The Fund requests that you:"),
        Block("clause", "1. send to the Fund the schedule of works by 1 July 2019;", 1, clause="1"),
        clause("2", "It is recommended that the Governor of Murmansk Oblast A.V. Chibis, together with the Monotowns "
                    "Development Fund, consider the creation of an industrial park in Kirovsk."),
        para("Report by 1 October 2019, and thereafter every six months."), nlp=nlp, doc_type="other")
    assert [(o.clause, o.actors, o.deadline, o.recurrence) for o in found] == [
        ("1", ["Governor of Murmansk Oblast"], "2019-07-01", None),
        ("2", ["Governor of Murmansk Oblast", "Monotowns Development Fund"], "2019-10-01", "semiannual")]
    assert found[1].action.startswith("consider the creation")


def test_a_responsible_line_whose_words_the_duty_repeats(nlp):
    found = obligations_of(
        clause("2.1", "To hear the reports of the heads of the administrations of Kirovsk and Kovdor on the programmes."),
        Block("label", "Responsible: administrations of Kirovsk and Kovdor.", 1),
        clause("2.2", "To update the investment passport of the town."),
        Block("label", "Responsible: administration of the municipal formation of the town of Asha.", 1), nlp=nlp, doc_type="minutes")
    assert [(o.clause, o.actor) for o in found] == [("2.1", "Administration of Kirovsk"), ("2.2", "Administration of Asha")]


def test_a_ministrys_own_units_and_the_director_general_of_the_fund(nlp):
    found = obligations_of(
        clause("5", "The Finance and Accounting Department (I.I. Petrova) shall pay the invoices within 3 working days of their receipt."),
        clause("6", "The Director General of the Fund shall submit the budget of the Fund to the Supervisory Board by 1 June 2019."),
        nlp=nlp)
    assert [(o.clause, o.actor) for o in found] == [("5", "Finance and Accounting Department"),
                                                     ("6", "Director General of the Monotowns Development Fund")]


def test_a_table_cell_with_a_note_and_two_infinitive_duties(nlp):
    found = obligations_of(*table(["No.", "Decision", "Responsible", "Deadline"], [
        ["3", "The working group notes the delay. To check the contracts of the contractors. To report to the working group "
              "monthly, by the 5th day of the following month.", "Ministry of Construction of Murmansk Oblast", "on an ongoing basis"],
        ["4", "To agree with the Monotowns Development Fund the schedule of payments.", "Administration of Kovdor", "May 2019"],
    ]), nlp=nlp, doc_type="minutes")
    assert [(o.clause, o.action.split()[0], o.deadline, o.recurrence) for o in found] == [
        ("3", "check", None, None), ("3", "report", "2019-06-05", "monthly"), ("4", "agree", "2019-05-31", None)]


def test_a_second_subject_after_and_and_settlements_in_a_subject(nlp):
    found = obligations_of(
        clause("4", "The Ministry of Construction and Transport of Murmansk Oblast shall draft the schedule by 1 July 2019, and "
                    "the Ministry of Finance of Murmansk Oblast shall provide the funds by 1 August 2019."),
        clause("5", "The Ministry of Finance (convener) and the administrations of the Kirovsk and Kovdor urban settlements to "
                    "agree the lists of facilities."), nlp=nlp)
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("4", "Ministry of Construction and Transport of Murmansk Oblast", "2019-07-01"),
        ("4", "Ministry of Finance of Murmansk Oblast", "2019-08-01"), ("5", "Ministry of Finance", None)]


def test_labels_inside_a_bracket_after_the_duty(nlp):
    found = obligations_of(
        clause("2.1", "To repair the roof of the school (responsible - Department of Education of the Administration of "
                      "the town of Kovdor, term - within two months)."),
        clause("2.2", "To publish the schedule (responsible - Press Service of the Administration, term - on an ongoing basis)."),
        nlp=nlp, doc_type="minutes")
    assert [(o.clause, o.actor, o.deadline, o.deadline_text) for o in found] == [
        ("2.1", "Department of Education of the Administration of Kovdor", "2019-07-20", "within two months"),
        ("2.2", "Press Service of the Administration", None, "on an ongoing basis")]


def test_aliases_of_companies_reported_intentions_and_a_lower_case_lead_deadline(nlp):
    found = obligations_of(
        para('JSC "Kovdor Mining Company" (hereinafter - JSC "KMC", the Company) was represented by its director.'),
        para("The director reported that, because of falling prices, the Company intends to cut 200 jobs in 2019."),
        clause("1", 'JSC "KMC" to submit the lists of the employees by 1 July 2019.'),
        para("To the Governor of Murmansk Oblast"),
        para("We ask you:"),
        Block("clause", "2. within 10 working days of the date of this letter, to send the list of projects;", 1, clause="2"),
        nlp=nlp, doc_type="other")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("1", 'JSC "Kovdor Mining Company"', "2019-07-01"), ("2", "Governor of Murmansk Oblast", "2019-06-03")]
    assert found[1].action.startswith("send the list")


def test_an_amending_acts_quoted_wording_holds_no_duties_of_its_own(nlp):
    found = obligations_of(
        clause("1", "The following amendments shall be made to the resolution of 1 March 2016 No. 77:"),
        Block("clause", 'a) paragraph 4 shall be supplemented with the following sentence: "The Ministry of Finance shall '
                        'report to the Government annually, by 1 April.";', 1, clause="1a"),
        Block("clause", "b) paragraph 6 shall be worded as follows:", 1, clause="1b"),
        para('"6. To instruct the Ministry of Finance to publish the list of recipients.";'),
        clause("2", "It is recommended that the heads of the administrations of the town of Kovdor and the closed "
                    "administrative-territorial formation of Zarechny of Penza Oblast update their programmes by 1 July 2019."),
        clause("3", '"Monotowns Development Fund" shall publish the results by 1 August 2019.'), nlp=nlp)
    assert [(o.clause, o.actors, o.deadline) for o in found] == [
        ("2", ["Head of Kovdor", "Head of Zarechny"], "2019-07-01"), ("3", ["Monotowns Development Fund"], "2019-08-01")]
    assert found[0].action.startswith("update their programmes")


def test_a_project_office_the_act_sets_up_topics_under_a_lead_in_and_at_least_once(nlp):
    found = obligations_of(
        clause("1", "To create the project office for the development of the monotown of Kovdor (hereinafter the project office)."),
        clause("2", "The project office shall:"),
        Block("clause", "2.1. hold its meetings at least once a quarter;", 1, clause="2.1"),
        clause("3", "To support the proposals of the Ministry of Finance:"),
        Block("clause", "a) on the transfer of Kovdor to category 2;", 1, clause="3a"),
        clause("4", "The Ministry of Finance shall:"),
        Block("clause", "a) on the basis of the reports received, prepare a summary by 1 July 2019.", 1, clause="4a"),
        clause("5", "The Ministry of Finance shall form a project office for the support of investors by 1 August 2019."), nlp=nlp)
    assert [(o.clause, o.actor, o.deadline, o.recurrence) for o in found] == [
        ("2.1", "Project office for the development of the monotown of Kovdor", "2019-06-30", "quarterly"),
        ("4a", "Ministry of Finance", "2019-07-01", None), ("5", "Ministry of Finance", "2019-08-01", None)]


def test_a_companys_own_units_and_officers_in_its_minutes_and_federal_offices_in_a_region(nlp):
    doc = make_doc(
        para("At the same time JSC \"Kovdor Mining Company\" intends to hire 50 workers in 2020."),
        *table(["No.", "Decision", "Responsible", "Deadline"], [
            ["1", "To sign the lease.", "Deputy General Director for Investment Projects P.P. Orlov", "30.06.2019"],
            ["2", "To register the plots.", "Deputy General Director for Investment Projects, Land and Property Department",
             "by 1 July 2019"]]),
        clause("3", "The State Labour Inspectorate in Murmansk Oblast is asked to check the employers and to report the "
                    "results to the Commission at its next meeting."), date="2019-05-20", doc_type="minutes")
    doc.meta.issuer = 'JSC "Kovdor Development Corporation"'  # the board of the company that met
    found = extract_document(doc, nlp=nlp).obligations
    assert [(o.clause, o.actors, o.deadline_text) for o in found] == [
        ("1", ['Deputy General Director for Investment Projects of JSC "Kovdor Development Corporation"'], "30.06.2019"),
        ("2", ['Deputy General Director for Investment Projects of JSC "Kovdor Development Corporation"',
               'Land and Property Department of JSC "Kovdor Development Corporation"'], "by 1 July 2019"),
        ("3", ["State Labour Inspectorate in Murmansk Oblast"], "at its next meeting")]


def test_aliases_of_the_government_a_bracketed_executor_in_a_block_and_a_step_column(nlp):
    found = obligations_of(
        para("The Government of Murmansk Oblast (hereinafter the Government) and the Administration of Kovdor have agreed."),
        clause("4", "The Government shall:"),
        Block("clause", "a) include the park in the regional register by 1 July 2019;", 1, clause="4a"),
        para("To the Ministry of Finance and the Federal Treasury:"),
        Block("clause", "1) to check the use of the subsidies in November 2019 (Federal Treasury).", 1, clause="1"),
        *table(["No.", "Step", "Measures", "Responsible", "Term"], [
            ["5.1", "Step 5. The park", "Repair of the fountain", "Administration of Kovdor", "by 01.08.2019"]]),
        nlp=nlp, doc_type="other")
    assert [(o.clause, o.actors, o.deadline) for o in found] == [
        ("4a", ["Government of Murmansk Oblast"], "2019-07-01"), ("1", ["Federal Treasury"], "2019-11-30"),
        ("5.1", ["Administration of Kovdor"], "2019-08-01")]
    assert found[2].action == "repair of the fountain"


def test_a_subject_then_to_colon_and_executor_units_of_the_issuing_towns_administration(nlp):
    doc = make_doc(
        clause("2", 'The Ministry of Finance (I.I. Petrov), together with the administrations of the municipal formations '
                    '"Town of Kirovsk" and "Town of Kovdor", to:'),
        Block("clause", "a) update the programmes;\nDeadline: 1 July 2019.", 1, clause="2a"),
        Block("clause", "b) hold meetings with entrepreneurs at least once every six months;\nDeadline: on a regular basis.", 1,
              clause="2b"),
        clause("3", "To prepare the passport of the industrial site; Executor: economic department (T.V. Orlova), "
                    "financial department. Term of execution: 1 August 2019."),
        date="2019-05-20", doc_type="minutes")
    doc.meta.issuer = "Administration of Kovdor"
    found = extract_document(doc, nlp=nlp).obligations
    assert [(o.clause, o.actors[0], o.deadline, o.recurrence) for o in found] == [
        ("2a", "Ministry of Finance", "2019-07-01", None), ("2b", "Ministry of Finance", "2019-06-30", "semiannual"),
        ("3", "Economic department of the Administration of Kovdor", "2019-08-01", None)]
    assert found[2].actors == ["Economic department of the Administration of Kovdor",
                               "Financial department of the Administration of Kovdor"]


def test_heads_of_quoted_towns_with_their_names_and_a_committees_own_decisions(nlp):
    found = obligations_of(
        para('To the heads of the municipal formations "Kirovsk" (V.V. Petrov) and "Kovdor" (A.A. Ivanova) (by agreement):'),
        Block("clause", "4.1. to update the programmes of the monotowns by 1 July 2019;", 1, clause="4.1"),
        clause("5", "To return the application of Kovdor for revision."),
        clause("6", "To admit the application of Kirovsk to the expert review."), nlp=nlp, doc_type="minutes")
    assert [(o.clause, o.actors, o.deadline) for o in found] == [
        ("4.1", ["Head of Kirovsk", "Head of Kovdor"], "2019-07-01")]


def test_a_closing_decision_after_a_block_of_items_has_no_inherited_actor(nlp):
    found = obligations_of(
        para("To the Ministry of Finance:"),
        Block("clause", "1) to check the accounts by 1 July 2019;", 1, clause="1"),
        para("To hold the next meeting of the working group in December 2019."), nlp=nlp, doc_type="minutes")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [("1", "Ministry of Finance", "2019-07-01"),
                                                                 (None, None, "2019-12-31")]


def test_a_subject_then_a_dash_and_its_verb(nlp):
    found = obligations_of(
        clause("5", "The Ministry of Transport of Murmansk Oblast - provide in the repair plan for 2020 the road to Kovdor."),
        Block("label", "Term - December 2019.", 1),
        clause("6", 'PJSC "Kolenergo" (by agreement) - issue the technical conditions for the park.'),
        clause("7", "DHUI - the Department of Housing of the Administration of Kovdor."), nlp=nlp)
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("5", "Ministry of Transport of Murmansk Oblast", "2019-12-31"), ("6", 'PJSC "Kolenergo"', None)]
    assert found[1].action.startswith("issue the technical conditions")


def test_a_towns_own_committee_named_with_its_urban_district():
    gaz = load_gazetteer()
    text = ("The Committee for the Management of Municipal Property of the Kovdor urban district and the Finance Department "
            "of the Administration of the Kovdor municipal district")
    bodies = [m.normalized for m in gaz.find(text) if m.label == "BODY"]
    assert "Committee for the Management of Municipal Property of Kovdor" in bodies
    assert "Finance Department of the Administration of Kovdor" in bodies
    assert not any(b.startswith("Department of the Administration") for b in bodies)


def test_a_procedures_duty_of_a_party_in_the_present_tense(nlp):
    found = obligations_of(
        clause("11", "The recipient of the subsidy submits to the Ministry of Finance quarterly, not later than the 10th day "
                     "of the month following the reporting quarter, a report on the expenditures."),
        clause("12", "The applicant may withdraw the application."), nlp=nlp, doc_type="resolution")
    assert [(o.clause, o.actor, o.deadline, o.recurrence) for o in found] == [("11", None, "2019-07-10", "quarterly")]
    assert found[0].action.startswith("submit to the Ministry of Finance")


def test_a_regional_ministrys_unit_named_with_its_ministry(nlp):
    found = obligations_of(
        Block("title", "MINISTRY OF LABOUR OF MURMANSK OBLAST", 1),
        para("The Ministry of Labour of Murmansk Oblast (hereinafter the Ministry) orders:"),
        clause("2", "The Department of Employment Policy of the Ministry shall submit the plan by 1 July 2019."),
        clause("3", "The department of labour market analysis of the Ministry of Labour of Murmansk Oblast shall publish the "
                    "data monthly."), nlp=nlp, issuer="Ministry of Labour of Murmansk Oblast")
    assert [(o.clause, o.actor) for o in found] == [
        ("2", "Department of Employment Policy of the Ministry of Labour of Murmansk Oblast"),
        ("3", "Department of labour market analysis of the Ministry of Labour of Murmansk Oblast")]


def test_a_towns_units_named_in_lower_case_and_their_short_names(nlp):
    doc = make_doc(
        para("Present: Zhuravleva N.P. - head of the financial department of the Administration of the Verkhnyaya Tura "
             "Urban District (hereinafter - the financial department); Pavlov D.S. - chairman of the committee for the "
             "management of municipal property of the Administration of the Verkhnyaya Tura Urban District (hereinafter - KUMI)."),
        clause("1", "The financial department (Zhuravleva N.P.) shall provide the funds in the draft budget for 2018."),
        clause("2", "To register the right of municipal ownership of the land plot. Executor: KUMI (Pavlov D.S.). "
                    "Term of execution: I quarter of 2018."), date="2017-11-16", doc_type="minutes")
    found = extract_document(doc, nlp=nlp).obligations
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("1", "Financial department of the Administration of Verkhnyaya Tura", None),
        ("2", "Committee for the management of municipal property of the Administration of Verkhnyaya Tura", "2018-03-31")]


def test_a_short_executor_cell_is_read_in_its_own_cell(nlp):
    found = duties(
        para("In this order the following abbreviations are used: the Ministry - the Ministry of Economic Development and "
             "Investment Policy of Saratov Oblast."),
        *table(["No.", "Measure", "Executor", "Deadline"],
               [["1.4", "Preparation of proposals and their submission to the Ministry of Economic Development of the "
                        "Russian Federation", "Ministry", "I half-year 2017"]]), nlp=nlp, date="2016-10-04")
    assert found == [("1.4", "Ministry of Economic Development and Investment Policy of Saratov Oblast", "2017-06-30")]


def test_a_collegial_body_named_in_lower_case_before_its_short_name(nlp):
    found = obligations_of(
        clause("1", "To approve the composition of the competition commission for the selection of municipal programmes "
                    "(hereinafter the Competition Commission)."),
        clause("2", "To set up a working group for the preparation of the programme of the monotown of Tynda."),
        clause("3", "The Competition Commission shall consider the applications not later than 27 April 2018."),
        *table(["No.", "Measure", "Responsible", "Deadline"], [["4", "Public discussion of the draft programme",
                                                              "Working group", "2nd quarter"]]),
        nlp=nlp, date="2018-03-05")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("3", "Competition commission for the selection of municipal programmes", "2018-04-27"),
        ("4", "Working group for the preparation of the programme of the monotown of Tynda", "2018-06-30")]


def test_heads_of_units_named_by_abbreviation(nlp):
    found = obligations_of(
        clause("1", "Within the Department the work is carried out by the Division of Monitoring and Analysis (hereinafter "
                    "the DMA) and the Organisational Division (hereinafter the OD)."),
        clause("2", "The head of the OD (E.V. Lapina) shall keep the section up to date on an ongoing basis."),
        clause("3", "The heads of the DMA and the OD shall consider the appeals within 15 working days of their receipt."),
        clause("4", "Proposals shall be submitted by the head of the DMA to the Director of the Department annually, "
                    "by 1 November."), nlp=nlp, date="2018-02-07")
    assert [(o.clause, o.actors, o.deadline) for o in found] == [
        ("2", ["Head of the Organisational Division"], None),
        ("3", ["Head of the Division of Monitoring and Analysis", "Head of the Organisational Division"], None),
        ("4", ["Head of the Division of Monitoring and Analysis"], "2018-11-01")]


def test_a_collegial_body_named_in_lower_case_as_a_subject(nlp):
    found = obligations_of(
        clause("2", "The project office of the priority programme, together with the Monotowns Development Fund, shall "
                    "prepare a list of monotowns by 27 October 2017."),
        clause("3", "To agree with the executive authorities of the constituent entities the list of monotowns. "
                    "Responsible: Monotowns Development Fund. Deadline: by 20 December 2017."),
        clause("4", "The Ministry of Finance shall inform the working group on the results of the review by 1 December 2017."),
        clause("5", "To agree with the proposals of the Ministry of Finance."), nlp=nlp, date="2017-10-12")
    assert [(o.clause, o.actors, o.deadline) for o in found] == [
        ("2", ["Project office of the priority programme", "Monotowns Development Fund"], "2017-10-27"),
        ("3", ["Monotowns Development Fund"], "2017-12-20"),
        ("4", ["Ministry of Finance"], "2017-12-01")]


def test_a_letters_reference_line_before_its_addressee(nlp):
    found = obligations_of(
        para("On No. ______ of ______ To the heads of the constituent entities of the Russian Federation (according to "
             "the list) Copy: Ministry of Economic Development of the Russian Federation"),
        Block("heading", "ON THE PREPARATION OF INVESTMENT PROJECTS IN MONOTOWNS", 1),
        para("As regards the monotowns of category 1 in which no investment project has yet been supported by the Fund, "
             "we would ask you to consider, in the third quarter of 2018, the creation of industrial parks."),
        nlp=nlp, date="2018-07-09", doc_type="letter")
    assert [(o.actor, o.deadline) for o in found] == [("Executive authorities of constituent entities", "2018-09-30")]


def test_regional_project_offices_and_heads_of_the_monotowns_of_regions(nlp):
    found = obligations_of(
        para("DECIDED:"),
        clause("2", "To the project offices of the constituent entities of the Russian Federation: to submit reports by "
                    "1 November 2018."),
        clause("4", "It is recommended that the heads of the monotowns of Vladimir Oblast and Tver Oblast report on the "
                    "formation of the municipal project offices at the next videoconference."),
        nlp=nlp, date="2018-10-04", doc_type="minutes")
    assert [(o.clause, o.actor, o.deadline, o.deadline_text) for o in found] == [
        ("2", "Executive authorities of constituent entities", "2018-11-01", "by 1 November 2018"),
        ("4", "Local self-government bodies of monotowns", None, "at the next videoconference")]


def test_a_ministrys_units_in_lower_case_as_subjects(nlp):
    found = obligations_of(
        Block("title", "MINISTRY OF ECONOMIC DEVELOPMENT OF THE REPUBLIC OF KHAKASSIA", 1),
        clause("4", "The department of regional policy and monotowns (N.P. Chebodaeva) shall hold a seminar in October 2018."),
        clause("6", "The department of investment policy (D.S. Kyzlasov), together with JSC \"Development Corporation of "
                    "the Republic of Khakassia\" (by agreement), is to form by 1 December 2018 a register of projects."),
        clause("7", "The organisational and legal department (E.A. Savina) shall send copies of this order to the heads of "
                    "monotowns within three days of its signing."), nlp=nlp, date="2018-09-18")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("4", "Department of regional policy and monotowns", "2018-10-31"),
        ("6", "Department of investment policy", "2018-12-01"),
        ("7", "Organisational and legal department", "2018-09-21")]


def test_a_lead_naming_an_official_with_his_role(nlp):
    found = obligations_of(
        clause("4", "The Department of Economic Regulation and Property Relations in the Fuel and Energy Complex (P.N. Sorokin) "
                    "is instructed to analyse the cost of transporting coal in the fourth quarter of 2018."),
        clause("6", "The Deputy Minister of Energy of the Russian Federation S.N. Volkov, head of the working group:"),
        Block("clause", "a) to hold the first meeting of the working group in October 2018;", 1, clause="6a"),
        nlp=nlp, date="2018-09-12")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("4", "Department of Economic Regulation and Property Relations in the Fuel and Energy Complex", "2018-12-31"),
        ("6a", "Deputy Minister of Energy", "2018-10-31")]


def test_a_procedures_authorised_body_and_items_naming_only_what(nlp):
    found = obligations_of(
        clause("5", "To receive a subsidy in 2017, the executive authority of the constituent entity of the Russian Federation "
                    "authorised by the highest executive body of state power of the constituent entity (hereinafter - the "
                    "authorised body) shall submit to the Ministry of Labour and Social Protection of the Russian Federation, "
                    "not later than 31 May 2017, an application."),
        clause("6", "To receive a subsidy, the applicant shall submit an application to the Ministry of Finance."),
        clause("12", "The authorised body shall submit to the Ministry of Finance, in the forms approved by it:"),
        Block("clause", "a) a report on the expenditure, quarterly, by the 10th day of the month following the reporting "
                        "quarter;", 1, clause="12a"),
        clause("13", "It is recommended that the executive authorities of the constituent entities report to the Ministry of "
                     "Finance:"),
        Block("clause", "a) on the completion of the works in 2017 - by 15 December 2017;", 1, clause="13a"),
        nlp=nlp, date="2017-04-27", doc_type="resolution")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("5", "Executive authorities of constituent entities", "2017-05-31"),
        ("6", None, None),
        ("12a", "Executive authorities of constituent entities", "2017-07-10"),
        ("13a", "Executive authorities of constituent entities", "2017-12-15")]
    assert found[2].action == "submit to the Ministry of Finance a report on the expenditure"
    assert found[3].action.startswith("report to the Ministry of Finance on the completion of the works")


def test_federal_and_regional_units_named_by_their_field(nlp):
    found = obligations_of(
        clause("2", "The Directorate for Supervision and Control over the Exercise of Delegated Powers in the Field of "
                    "Employment Promotion shall send this order to the executive authorities of the constituent entities of "
                    "the Russian Federation exercising powers in the field of employment promotion (hereinafter - the "
                    "regional employment authorities) within 10 working days of the date of this order."),
        clause("3", "The Employment Directorate of Amur Oblast shall submit a report by 25 January 2018."),
        clause("4", "The Directorate for the Organisation of State Supervision in the Sphere of Labour shall carry out "
                    "inspections in the fourth quarter of 2017."),
        *table(["No.", "Information", "Responsible", "Deadline"],
               [["5", "Form No. 1-MT for each monotown", "regional employment authorities", "monthly, by the 8th day of the "
                                                                                           "month following the reporting month"]]),
        nlp=nlp, date="2017-09-21")
    assert [(o.clause, o.actor) for o in found] == [
        ("2", "Directorate for Supervision and Control over the Exercise of Delegated Powers in the Field of Employment Promotion"),
        ("3", "Employment Directorate of Amur Oblast"),
        ("4", "Directorate for the Organisation of State Supervision in the Sphere of Labour"),
        ("5", "Executive authorities of constituent entities")]


def test_a_letter_to_the_heads_of_towns_according_to_a_closing_list(nlp):
    found = obligations_of(
        Block("title", "MINISTRY OF ECONOMIC DEVELOPMENT OF TVER OBLAST 14.02.2019 No. 09-1/437", 1),
        para("To the heads of the municipal formations of Tver Oblast having the status of a monotown (according to the list)"),
        Block("heading", "ON THE PREPARATION OF REPORTS", 1),
        para("To prepare the consolidated report of Tver Oblast on time and to form the list of applications for support "
             "measures in 2019, the Ministry of Economic Development of Tver Oblast (hereinafter - the Ministry) asks you:"),
        clause("1", "to submit to the Ministry by 01.03.2019 a report on the implementation of the programme;"),
        para("Please note that reports not signed by the head of the municipal formation will not be accepted."),
        Block("heading", "LIST OF ADDRESSEES", 1),
        clause("1", "Head of the urban settlement of Spirovo - A.V. Sergeyev"),
        clause("2", "Head of the town of Kuvshinovo - M.S. Avdeyev"),
        nlp=nlp, date="2019-02-14", doc_type="letter")
    assert [(o.clause, o.actors, o.deadline) for o in found] == [("1", ["Head of Spirovo", "Head of Kuvshinovo"], "2019-03-01")]


def test_a_passive_agent_named_in_lower_case(nlp):
    found = obligations_of(
        clause("3", "To arrange the monitoring of the works with the involvement of the members of the public commission on "
                    "the formation of a comfortable urban environment in the town of Manturovo (hereinafter - the public "
                    "commission)."),
        clause("5", "Proposals on the list of public spaces shall be submitted by the public commission to the Head of the "
                    "Administration by 1 November 2018."), nlp=nlp, date="2018-03-27")
    assert [(o.clause, o.actor, o.deadline) for o in found if o.actor] == [
        ("5", "Public commission on the formation of a comfortable urban environment in the town of Manturovo", "2018-11-01")]


def test_a_town_dumas_own_units(nlp):
    found = obligations_of(
        Block("title", "SVERDLOVSK OBLAST DUMA OF THE POLEVSKOY URBAN DISTRICT DECISION of 24 May 2018 No. 97", 1),
        clause("6", "The Administration of the Polevskoy Urban District shall report to the Duma at the next meeting of the Duma."),
        clause("7", "The organisational department of the Duma of the Polevskoy Urban District shall publish this decision."),
        nlp=nlp, date="2018-05-24", doc_type="other")
    assert [(o.clause, o.actor, o.deadline_text) for o in found] == [
        ("6", "Administration of Polevskoy", "at the next meeting of the Duma"),
        ("7", "Organisational department of the Duma of Polevskoy", None)]


def test_a_letters_items_dated_first_then_naming_what(nlp):
    found = obligations_of(
        Block("title", "MINISTRY OF ECONOMIC DEVELOPMENT OF THE RUSSIAN FEDERATION 05.06.2017 No. 15286-ATs/D14i", 1),
        para("To the highest officials of the constituent entities of the Russian Federation (according to the list)"),
        Block("heading", "On the submission of information on monotowns", 1),
        para("In this connection, the Ministry asks you to submit, in hard copy and in electronic form (in Excel format):"),
        clause("1", "by 30 June 2017, in the form given in Annex 1 to this letter:"),
        Block("clause", "a) information on the main socio-economic indicators of each monotown;", 1, clause="1a"),
        clause("2", "within 15 working days of the date of this letter, information on the investment projects;"),
        clause("3", "proposals for changing the categories of the monotowns."),
        nlp=nlp, date="2017-06-05", doc_type="letter")
    assert [(o.clause, o.actor, o.deadline, o.action) for o in found] == [
        ("1a", "Executive authorities of constituent entities", "2017-06-30",
         "submit information on the main socio-economic indicators of each monotown"),
        ("2", "Executive authorities of constituent entities", "2017-06-26", "submit information on the investment projects"),
        ("3", "Executive authorities of constituent entities", None, "submit proposals for changing the categories of the monotowns")]


def test_regulations_of_a_council_its_secretary_and_members(nlp):
    found = obligations_of(
        clause("1", "To set up the Coordinating Council for the Development of the Monotown of Kirovo-Chepetsk (hereinafter "
                    "the Council)."),
        clause("6", "JSC \"United Chemical Company URALCHEM\" is asked (by agreement) to delegate its representative to the "
                    "Council not later than 01.06.2018."),
        clause("8", "The Ministry of Finance shall report to the Head of the Chuvash Republic by 15 January 2019 and "
                    "thereafter quarterly."),
        clause("9", "The secretary of the Council:"),
        Block("clause", "a) keeps a record of the execution of the decisions of the Council and informs the chairman of the "
                        "Council of it quarterly, by the 10th day of the month following the reporting quarter;", 1, clause="9a"),
        nlp=nlp, date="2018-04-11", doc_type="resolution")
    assert [(o.clause, o.actor, o.deadline, o.recurrence) for o in found] == [
        ("6", 'JSC "United Chemical Company URALCHEM"', "2018-06-01", None),
        ("8", "Ministry of Finance", "2019-01-15", "quarterly"),
        ("9a", "Secretary of the Coordinating Council for the Development of the Monotown of Kirovo-Chepetsk", "2018-07-10",
         "quarterly")]


def test_a_procedures_municipal_administration_and_a_regional_institution(nlp):
    found = obligations_of(
        clause("2.2", "To receive the subsidy, the administration of the municipal formation shall submit to the Ministry of "
                      "Finance, no later than 28 April 2017, an application."),
        clause("5", "It is recommended that the Kirov Oblast state public institution \"Kirovo-Chepetsk Inter-district "
                    "Employment Centre\" inform the Ministry of Finance of the number of employees monthly, by the 5th day of "
                    "the month following the reporting month."),
        nlp=nlp, date="2017-04-11", doc_type="resolution")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("2.2", "Local self-government bodies of monotowns", "2017-04-28"),
        ("5", "Kirovo-Chepetsk Inter-district Employment Centre", "2017-05-05")]


def test_the_ministry_in_a_ministrys_own_order_is_the_issuer(nlp):
    found = obligations_of(
        Block("title", "MINISTRY OF LABOUR AND EMPLOYMENT OF IRKUTSK OBLAST ORDER", 1),
        clause("5", "Information on the vacancies shall be submitted by the Department of Labour Market Analysis of the Ministry "
                    "to the Employment Centre by 01.03.2019."),
        clause("6", "The Ministry of Labour and Social Protection of the Russian Federation is informed of this order."),
        clause("7", "The Department of Legal Support of the Ministry shall place this order on the official website of the "
                    "Ministry within three working days of its signing."), nlp=nlp, date="2019-02-14",
        issuer="Ministry of Labour and Employment of Irkutsk Oblast")
    assert [(o.clause, o.actor) for o in found] == [
        ("5", "Department of Labour Market Analysis of the Ministry of Labour and Employment of Irkutsk Oblast"),
        ("7", "Department of Legal Support of the Ministry of Labour and Employment of Irkutsk Oblast")]


def test_a_state_corporation_named_with_its_legal_form_in_a_list_of_actors(nlp):
    found = obligations_of(
        clause("2", "The Ministry of Economic Development of the Russian Federation (convener), the Ministry of Finance of the "
                    "Russian Federation and the State Development Corporation VEB.RF, with the participation of the "
                    "Monotowns Development Fund, to prepare proposals. Report to the Government of the Russian Federation by "
                    "1 March 2019."), nlp=nlp, date="2018-12-13", doc_type="minutes")
    assert [(o.actors, o.deadline) for o in found] == [
        (["Ministry of Economic Development", "Ministry of Finance", "Vnesheconombank", "Monotowns Development Fund"],
         "2019-03-01")]


def test_generic_regional_addressees_with_where_they_are(nlp):
    found = obligations_of(
        clause("6", "It is recommended that the senior officials (heads of the highest executive bodies of state power) of the "
                    "constituent entities of the Russian Federation forming part of the Far Eastern Federal District:"),
        Block("clause", "a) ensure the approval of programmes by 1 December 2016;", 1, clause="6a"),
        nlp=nlp, date="2016-10-14", doc_type="instruction")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("6a", "Executive authorities of constituent entities", "2016-12-01")]


def test_a_deadline_line_dates_the_items_without_a_day_of_their_own(nlp):
    found = obligations_of(
        clause("1", "The Ministry of Economic Development of Primorsky Krai (convener) and the Investment Promotion Agency of "
                    "Primorsky Krai to ensure the preparation of an application."),
        Block("label", "Deadline: 1 July 2019.", 1),
        clause("6", "It is recommended that the Head of the Khorolsky District:"),
        Block("clause", "6.1. complete the improvement of the central square before 1 September 2019;", 1, clause="6.1"),
        Block("clause", "6.2. prepare a plan until 2024 for the development of the settlement.", 1, clause="6.2"),
        Block("label", "Deadline: May 2019.", 1),
        nlp=nlp, date="2019-04-12", doc_type="instruction")
    assert [(o.clause, o.actors, o.deadline) for o in found] == [
        ("1", ["Ministry of Economic Development of Primorsky Krai", "Investment Promotion Agency of Primorsky Krai"], "2019-07-01"),
        ("6.1", ["Head of Khorolsky District"], "2019-09-01"),
        ("6.2", ["Head of Khorolsky District"], "2019-05-31")]


def test_a_conjunct_with_a_vague_time_stays_in_the_duty(nlp):
    found = obligations_of(
        clause("4.2", "It is recommended that the Department of Labour and Employment of Vologda Oblast, on an ongoing basis, "
                      "monitor the release of workers and inform the project committee without delay of any planned layoffs."),
        nlp=nlp, date="2017-06-15", doc_type="minutes")
    assert [(o.clause, o.deadline_text) for o in found] == [("4.2", "on an ongoing basis")]
    assert found[0].action.endswith("inform the project committee without delay of any planned layoffs")


def test_the_control_formula_after_a_lead_ins_items_is_no_duty(nlp):
    found = obligations_of(
        para("DECIDED:"),
        para('To JSC "Corporation for the Development of Kaluga Oblast" (M.Yu. Gavrilin), by agreement:'),
        Block("clause", "1) to include the industrial site in the investment offer in the II quarter of 2018.", 1, clause="1"),
        para("Control over the execution of the decisions of the meeting shall be retained by the Deputy Governor of Kaluga "
             "Oblast K.S. Gorbunov."), nlp=nlp, date="2018-04-17", doc_type="minutes")
    assert [(o.clause, o.actor) for o in found] == [("1", 'JSC "Corporation for the Development of Kaluga Oblast"')]


def test_a_check_a_body_is_to_make(nlp):
    found = obligations_of(
        clause("16", "Compliance by the authorised bodies with the conditions of granting subsidies is subject to mandatory "
                     "verification by the Ministry of Finance."),
        clause("17", "The subsidy is subject to return to the federal budget if the conditions are breached."),
        nlp=nlp, date="2017-04-27", doc_type="resolution")
    assert [(o.clause, o.actor) for o in found] == [("16", "Ministry of Finance")]
    assert found[0].action.startswith("carry out mandatory verification of compliance by the authorised bodies")


def test_heads_of_a_list_of_settlements_named_with_their_kind():
    gaz = load_gazetteer()
    text = "The heads of the Luza urban settlement and of the Kirs urban settlement shall report at the next meeting."
    assert [m.normalized for m in gaz.find(text) if m.label == "BODY"] == ["Head of Luza", "Head of Kirs"]


def test_an_interdepartmental_commission_the_act_sets_up(nlp):
    found = obligations_of(
        clause("1", "To set up an interdepartmental commission for reducing tension on the labour market of the Topki "
                    "municipal district (hereinafter - the commission) and to approve its composition (Annex)."),
        clause("2", "The commission shall hold its meetings at least once a month."), nlp=nlp, date="2017-02-09")
    assert [(o.clause, o.actor, o.recurrence) for o in found] == [
        ("2", "Interdepartmental commission for reducing tension on the labour market of the Topki municipal district",
         "monthly")]


def test_executors_in_brackets_before_a_dash_and_the_deadline(nlp):
    found = obligations_of(
        para("DECIDED:"),
        clause("2", "To draw up a plan of measures (Administration of the Chebarkul urban district, Main Directorate for "
                    "Labour and Employment of the Population of Chelyabinsk Oblast (convener)) - by 15 October 2018."),
        clause("3", 'To submit information on idle time (JSC "Uralskaya Kuznitsa", by agreement) - weekly, on Fridays.'),
        clause("4", "To prepare the report (see the annex) - by a date to be set."), nlp=nlp, date="2018-09-13")
    assert [(o.clause, o.actors, o.deadline, o.recurrence) for o in found[:2]] == [
        ("2", ["Main Directorate for Labour and Employment of the Population of Chelyabinsk Oblast", "Administration of Chebarkul"],
         "2018-10-15", None),
        ("3", ['JSC "Uralskaya Kuznitsa"'], "2018-09-14", "weekly")]
    assert found[0].action == "draw up a plan of measures"
    assert all(o.actor is None for o in found[2:])


def test_a_legend_of_abbreviations_after_the_table_names_its_executors(nlp):
    found = obligations_of(
        *table(["No.", "Action", "Deadline", "Responsible"], [
            ["1.1", "Monitoring of the situation at town-forming organisations", "quarterly", "DRIPPM, DMMI"],
            ["1.2", "Preparation of a report on the road map", "annually, by 1 February", "DRIPPM"]]),
        para("Abbreviations: DRIPPM - Department of Regional Industrial Policy and Project Management; DMMI - Department of "
             "Metallurgy and Materials Industry; MED of Russia - Ministry of Economic Development of the Russian Federation."),
        nlp=nlp)
    assert [(o.clause, o.actors) for o in found] == [
        ("1.1", ["Department of Regional Industrial Policy and Project Management", "Department of Metallurgy and Materials Industry"]),
        ("1.2", ["Department of Regional Industrial Policy and Project Management"])]


def test_a_party_whose_region_has_a_bracketed_name(nlp):
    found = obligations_of(
        para("The Ministry of Economic Development of the Russian Federation (hereinafter the Ministry), on the one part, and "
             "the Government of the Republic of Sakha (Yakutia) (hereinafter the Region), on the other part, hereinafter "
             "jointly referred to as the Parties, have concluded this Agreement as follows."),
        clause("2.3", "The Region shall:"),
        Block("clause", "2.3.1. establish a regional project office by 1 June 2017;", 1, clause="2.3.1"),
        clause("4.2", "The Parties shall hold joint working meetings at least once every six months."), nlp=nlp, date="2017-04-25")
    assert [(o.clause, o.actors) for o in found] == [
        ("2.3.1", ["Government of Republic of Sakha (Yakutia)"]),
        ("4.2", ["Ministry of Economic Development", "Government of Republic of Sakha (Yakutia)"])]


def test_an_urban_district_named_by_an_adjective_is_its_town(nlp):
    found = obligations_of(
        clause("3", "The Department of Economic Development of the Administration of the Myskovsky urban district shall keep the "
                    "register of recipients."),
        clause("4", "The Administration of the Gornozavodsky municipal district shall inform the Ministry."), nlp=nlp)
    assert [(o.clause, o.actor) for o in found] == [
        ("3", "Department of Economic Development of the Administration of Myski"),
        ("4", "Administration of Gornozavodsky District")]


def test_a_unit_of_the_ministry_in_a_regional_ministrys_own_order(nlp):
    blocks = [Block("title", "MINISTRY OF SOCIAL POLICY OF KRASNOYARSK KRAI", 1),
              clause("4", "Proposals shall be submitted by the Financial and Economic Department of the Ministry to the Minister "
                          "within one month."),
              clause("5", "The Legal Department shall publish this order within five days.")]
    doc = make_doc(*blocks, date="2017-03-22")
    doc.meta.issuer = "Ministry of Social Policy of Krasnoyarsk Krai"
    found = extract_document(doc, nlp=nlp).obligations
    assert [(o.clause, o.actor) for o in found] == [
        ("4", "Financial and Economic Department of the Ministry of Social Policy of Krasnoyarsk Krai"), ("5", "Legal Department")]


def test_a_regional_parliament_its_chairman_and_committee_are_not_the_state_duma(nlp):
    text = ("The Government of Smolensk Oblast shall submit the draft law to the Smolensk Oblast Duma. The Chairman of the "
            "Yaroslavl Oblast Duma and the Committee of the Yaroslavl Oblast Duma on Economic Policy, Investment, Industry and "
            "Entrepreneurship shall report to the Legislative Assembly of Perm Krai and the Perm Krai Legislative Assembly.")
    bodies = {m.normalized for m in load_gazetteer().find(text) if m.label == "BODY"}
    assert bodies == {"Government of Smolensk Oblast", "Smolensk Oblast Duma", "Chairman of the Yaroslavl Oblast Duma",
                      "Yaroslavl Oblast Duma", "Legislative Assembly of Perm Krai",
                      "Committee of the Yaroslavl Oblast Duma on Economic Policy, Investment, Industry and Entrepreneurship"}
    found = obligations_of(clause("4", "The Committee of the Yaroslavl Oblast Duma on Economic Policy (hereinafter the "
                                       "Committee) shall hold an off-site meeting in Tutayev."), nlp=nlp)
    assert [o.actor for o in found] == ["Committee of the Yaroslavl Oblast Duma on Economic Policy"]


def test_a_regions_own_fund_keeps_its_region(nlp):
    found = obligations_of(
        clause("5", 'To consider the application of JSC "Uralskaya Kuznitsa" for a loan (Industrial Development Fund of '
                    'Chelyabinsk Oblast, by agreement) - within 30 working days of its receipt.'),
        clause("6", "It is recommended that the Territorial Fund of Compulsory Medical Insurance of Murmansk Oblast (A.I. Shubin) "
                    "consider the adjustment of the volumes of medical care."),
        clause("7", "The Industrial Development Fund shall consider the applications."), nlp=nlp)
    assert [(o.clause, o.actor) for o in found] == [
        ("5", "Industrial Development Fund of Chelyabinsk Oblast"),
        ("6", "Territorial Fund of Compulsory Medical Insurance of Murmansk Oblast"), ("7", "Industrial Development Fund")]


def test_a_letters_requests_to_its_listed_addressees(nlp):
    found = obligations_of(
        para("To the addressees as per list:"), para("Ministry of Finance of the Russian Federation;"),
        para("Ministry of Labour and Social Protection of the Russian Federation;"),
        para("The Deputy Prime Minister of the Russian Federation (hereinafter the Deputy Prime Minister) held a meeting on "
             "the monotowns. Pending the minutes, please be guided by the following."),
        clause("1", "Minfin of Russia, together with the Monotowns Development Fund and with the involvement of the executive "
                    "authorities of the constituent entities of the Russian Federation concerned: please analyse the "
                    "indicators by 20 May 2019."),
        clause("2", "It is necessary for Minpromtorg of Russia, together with Mintrud of Russia, to analyse the condition of "
                    "the town-forming organisations."),
        clause("3", "Mintrud of Russia: please"),
        Block("clause", "a) send the recommendations to the regions;", 1, clause="3a"),
        para("The Deputy Prime Minister intends to return to the situation in the monotowns at a meeting in September 2019."),
        para("Please report on the execution of these instructions to the Government of the Russian Federation by "
             "1 August 2019."), nlp=nlp, date="2019-04-11", doc_type="letter")
    assert [(o.clause, o.actors, o.action.split()[0]) for o in found] == [
        ("1", ["Ministry of Finance", "Monotowns Development Fund", "Executive authorities of constituent entities"], "analyse"),
        ("2", ["Ministry of Industry and Trade", "Ministry of Labour and Social Protection"], "analyse"),
        ("3a", ["Ministry of Labour and Social Protection"], "send"),
        (None, ["Ministry of Finance", "Ministry of Labour and Social Protection"], "report")]


def test_a_ministrys_own_service_a_named_institution_and_a_district_directorate(nlp):
    blocks = [Block("title", "MINISTRY OF SOCIAL POLICY OF KRASNOYARSK KRAI", 1),
              clause("5", 'The regional state budgetary institution of social services "Integrated Centre of Social Services of '
                          'the Population of Lesosibirsk" shall increase the capacity of its day care department.'),
              clause("6", "The Financial Directorate of the Myskovsky urban district shall provide for the funds."),
              clause("9", "The Press Service of the Ministry shall publish this order on the official website of the Ministry.")]
    found = obligations_of(*blocks, nlp=nlp, date="2017-03-22", issuer="Ministry of Social Policy of Krasnoyarsk Krai")
    assert [(o.clause, o.actors) for o in found] == [
        ("5", ["Integrated Centre of Social Services of the Population of Lesosibirsk"]),
        ("6", ["Financial Directorate of Myski"]),
        ("9", ["Press Service of the Ministry of Social Policy of Krasnoyarsk Krai"])]


def test_the_head_of_a_unit_of_the_towns_administration_as_executor(nlp):
    found = obligations_of(
        Block("title", "ADMINISTRATION OF THE MIKHAYLOVKA URBAN DISTRICT", 1),
        clause("2.1", "Chairman of the Committee for Property and Land Relations of the Administration (N.V. Belova) - to form a "
                      "list of free land plots. Term - within 20 working days."),
        clause("3.2", "Head of the Press Service of the Administration (E.V. Popova) - to publish information on the support "
                      "measures. Term - on an ongoing basis."),
        clause("3.3", "Head of the Press Service of the Administration (E.V. Popova), together with the Director of the "
                      "Mikhaylovka Employment Centre (T.P. Rudneva) (by agreement), to organise a seminar. Term - April 2018."),
        nlp=nlp, date="2018-02-20", doc_type="minutes")
    assert [(o.clause, o.actor) for o in found] == [
        ("2.1", "Chairman of the Committee for Property and Land Relations of the Administration of Mikhaylovka"),
        ("3.2", "Head of the Press Service of the Administration of Mikhaylovka"),
        ("3.3", "Head of the Press Service of the Administration of Mikhaylovka")]
    assert found[-1].actors[1:] == ["Director of the Mikhaylovka Employment Centre"]


def test_a_letters_lead_verb_items_named_by_time_then_object_and_its_annex_list(nlp):
    found = obligations_of(
        Block("paragraph", "To the heads (governors) of the constituent entities of the Russian Federation (according to the "
                           "list)", 1),
        para("In order to prepare the report, we ask you to submit to the Department of Regional Development of the Ministry, "
             "in hard copy and in electronic form (monitoring@economy.gov.ru):"),
        clause("1", "by 15 March 2019 - information on the socio-economic situation of each monotown;"),
        clause("2", "no later than 01.04.2019 - a list of the organisations that plan to reduce staff, to introduce part-time "
                    "working or to suspend production;"),
        clause("3", "justified proposals for changing the category of monotowns."),
        para("Thereafter we ask you to submit the information quarterly, by the 20th day of the month following the reporting "
             "quarter."),
        para("Please also ensure:"), Block("paragraph", "- that the data agree with the official statistics;", 1),
        para("The Governor of Kemerovo Oblast is additionally asked to report to the Ministry by 1 March 2019."),
        para("Annexes: 1. Form for monitoring the socio-economic situation of a monotown, on 1 sheet. 2. List of addressees."),
        nlp=nlp, date="2019-02-14", doc_type="letter")
    generic = ["Executive authorities of constituent entities"]
    assert [(o.clause, o.actors, o.deadline, o.action.split(" of the Ministry ")[-1][:12]) for o in found] == [
        ("1", generic, "2019-03-15", "information "), ("2", generic, "2019-04-01", "a list of th"),
        ("3", generic, None, "justified pr"), (None, generic, "2019-04-20", "submit the i"),
        (None, generic, None, "ensure that "), (None, ["Governor of Kemerovo Oblast"], "2019-03-01", "report to th")]


def test_a_municipality_named_with_its_district_and_a_coordinator_appointed_by_name(nlp):
    found = obligations_of(
        para("The Government of the Republic of Bashkortostan (hereinafter - the Region) and the Administration of the urban "
             "settlement town of Belebey of the municipal district Belebeyevsky District of the Republic of Bashkortostan "
             "(hereinafter - the Municipality) have concluded this Agreement."),
        clause("4.1", "The Municipality undertakes to:"), clause("4.1.1", "approve the design documentation;"),
        clause("5", "To appoint the Deputy Chairman of the Government of Tver Oblast A.V. Belyakov as coordinator of the "
                    "preparation of the visit (hereinafter - the Coordinator)."),
        clause("6", "The Coordinator shall form the programme of the visit by 14 April 2017."),
        clause("8", "The Press Service of the Governor of Tver Oblast shall ensure the coverage of the visit."),
        nlp=nlp, date="2017-04-11", doc_type="order")
    assert [(o.clause, o.actor) for o in found] == [
        ("4.1.1", "Administration of Belebey"), ("6", "Deputy Chairman of the Government of Tver Oblast"),
        ("8", "Press Service of the Governor of Tver Oblast")]


def test_enclosures_an_amendments_quoted_position_partners_of_an_item_and_whose_territories(nlp):
    found = obligations_of(
        para("The subsidy is granted under an agreement with the supreme executive body of state power of the constituent "
             "entity of the Russian Federation (hereinafter - the supreme executive body)."),
        clause("6", "To receive a subsidy, the supreme executive body shall submit to the Ministry annually, not later than "
                    "1 March, an application in the form approved by the Ministry, together with:"),
        Block("clause", "a) an extract from the law on the regional budget;", 1, clause="6a"),
        clause("7", 'Annex No. 4 shall be supplemented with position 1.7 reading: "1.7. Additional measures. Responsible '
                    'executor - Ministry of Labour and Social Protection of the Russian Federation.".'),
        clause("8", "The Ministry of Labour and Social Protection of the Russian Federation shall:"),
        Block("clause", "b) together with the Ministry of Economic Development of the Russian Federation, submit a report to "
                        "the Government of the Russian Federation by 1 December 2016;", 1, clause="8b"),
        clause("9", "It is recommended that the highest executive bodies of state power of the constituent entities of the "
                    "Russian Federation in whose territories monotowns are located submit applications by 1 March 2016."),
        nlp=nlp, date="2016-02-12", doc_type="resolution")
    generic = ["Executive authorities of constituent entities"]
    assert [(o.clause, o.actors, o.action.split()[0]) for o in found] == [
        ("6", generic, "submit"), ("8b", ["Ministry of Labour and Social Protection", "Ministry of Economic Development"], "submit"),
        ("9", generic, "submit")]


def test_a_short_name_alone_in_a_responsible_line_and_a_noted_fact(nlp):
    found = obligations_of(
        para("Secretary: M.A. Gurova, consultant of the Department of Economic Development of Vladimir Oblast (hereinafter - "
             "the Department)."),
        clause("2", "To take into account that the Fund returned the programmes of Kameshkovo and Kurlovo in February 2018."),
        clause("3", "To hold the next meeting of the Council in Kolchugino in the third quarter of 2018.\nResponsible: Department."),
        nlp=nlp, date="2018-04-26", doc_type="minutes")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("3", "Department of Economic Development of Vladimir Oblast", "2018-09-30")]


def test_dash_items_the_first_verb_and_the_heads_of_listed_settlements(nlp):
    found = obligations_of(
        clause("7", "Department of Internal Policy of Ivanovo Oblast - ensure that the measures taken to support the residents "
                    "of the monotowns are covered in the media - regularly."),
        clause("8", "Heads of the Yuzha urban settlement and of the Navoloki urban settlement (by agreement) - hold meetings "
                    "with the employees - as necessary."),
        clause("9", "The Department of Internal Policy of Ivanovo Oblast (responsible - R.M. Khasanov, term - weekly, on "
                    "Mondays) to inform the head of the project committee of the progress of the works."),
        nlp=nlp, date="2018-12-11")
    assert [(o.clause, o.actors, o.action.split()[0]) for o in found] == [
        ("7", ["Department of Internal Policy of Ivanovo Oblast"], "ensure"),
        ("8", ["Head of Yuzha", "Head of Navoloki"], "hold"),
        ("9", ["Department of Internal Policy of Ivanovo Oblast"], "inform")]


def test_a_town_dumas_committee_by_its_lower_case_name_and_the_duma_is_not_the_state_duma(nlp):
    doc = make_doc(Block("title", "DUMA OF THE POLEVSKOY URBAN DISTRICT", 1),
                   clause("4", "The standing committee of the Duma on economic policy, budget and taxes (hereinafter the "
                               "standing committee) shall:"),
                   Block("clause", "a) consider the draft amendments to the Programme;", 1, clause="4a"), date="2018-05-24")
    ex = extract_document(doc, nlp=nlp)
    assert [(o.clause, o.actor) for o in ex.obligations] == [
        ("4a", "Standing committee of the Duma of Polevskoy on economic policy, budget and taxes")]
    assert "State Duma" not in {e.normalized for e in ex.entities}


def test_a_partys_stance_and_a_duty_on_its_part(nlp):
    found = obligations_of(
        para('The Government of Vologda Oblast (hereinafter - the Region) and Public Joint-Stock Company "Severstal" '
             '(hereinafter - the Company) have concluded this Agreement.'),
        clause("3.2", "On the part of the Region, the Department of Labour and Employment of the Population of Vologda Oblast "
                      "shall, on an ongoing basis, assist the employees released by the Company in finding new jobs."),
        clause("3.3", "The Region welcomes the intention of the Company to develop the industrial tourism in Cherepovets."),
        nlp=nlp, date="2019-02-15", doc_type="other")
    assert [(o.clause, o.actors) for o in found] == [
        ("3.2", ["Department of Labour and Employment of the Population of Vologda Oblast"])]


def test_a_listed_body_written_with_its_legal_form_keeps_its_listed_name():
    found = {(m.text, m.normalized) for m in load_gazetteer().find(
        'It is recommended that JSC "SME Bank" and PJSC "Severstal" (by agreement):') if m.label == "BODY"}
    assert found == {('JSC "SME Bank"', "SME Bank"), ('PJSC "Severstal"', 'PJSC "Severstal"')}


def test_a_who_what_when_table_naming_people_only(nlp):
    found = obligations_of(*table(["No.", "Who", "What", "When"], [
        ["1", "E.N. Pavlova", "Compile a consolidated list of the ideas", "next week"],
        ["2", "Department of Economic Development of Vladimir Oblast (S.I. Morozov)", "Prepare a register", "27.09.2019"]]),
        nlp=nlp, date="2019-09-12", doc_type="minutes")
    assert [(o.clause, o.actors, o.deadline) for o in found] == [
        ("1", ["E.N. Pavlova"], "2019-09-22"), ("2", ["Department of Economic Development of Vladimir Oblast"], "2019-09-27")]


def test_a_companys_own_order_names_its_directors_by_area_and_its_short_name(nlp):
    found = obligations_of(
        Block("title", 'PUBLIC JOINT-STOCK COMPANY "KARACHEV INSTRUMENT-MAKING PLANT" (PJSC "KPZ")', 1),
        clause("1", "The Director for Human Resources and Social Affairs E.V. Sorokina shall approve the lists by 27 November 2017."),
        clause("4", "The Head of the Corporate Communications Department shall publish information on the measures."),
        clause("5", 'PJSC "KPZ" shall report to the Administration of Karachev.'),
        nlp=nlp, date="2017-11-20", issuer='PJSC "Karachev Instrument-Making Plant"')
    assert [(o.clause, o.actor) for o in found] == [
        ("1", 'Director for Human Resources and Social Affairs of PJSC "Karachev Instrument-Making Plant"'),
        ("4", 'Head of the Corporate Communications Department of PJSC "Karachev Instrument-Making Plant"'),
        ("5", 'PJSC "Karachev Instrument-Making Plant"')]


def test_a_councils_own_committees_named_in_lower_case(nlp):
    found = obligations_of(
        clause("4", "The standing committee on the budget, economic policy and municipal property quarterly, by the 20th "
                    "day of the month following the reporting quarter, shall hear information of the Administration."),
        clause("5", "The standing committee on social policy, together with the Administration of Novotroitsk, shall hold "
                    "round tables as necessary."),
        nlp=nlp, date="2018-12-20", issuer="Council of Deputies of Novotroitsk")
    assert [(o.clause, o.actors) for o in found] == [
        ("4", ["Standing committee of the Council of Deputies of Novotroitsk on the budget, economic policy and municipal "
               "property"]),
        ("5", ["Standing committee of the Council of Deputies of Novotroitsk on social policy", "Administration of Novotroitsk"])]


def test_a_regional_ministrys_region_is_the_last_of_its_name(nlp):
    # the issuer's region is found after any ' of ' ('Ministry of Economic Development of Perm Krai'), so
    # 'the Ministry of Transport of the region' in its order is Perm Krai's
    found = obligations_of(clause("2", "The Ministry of Transport of the region shall submit the road repair schedule for "
                                       "Chusovoy by 1 July 2019."),
                           nlp=nlp, issuer="Ministry of Economic Development of Perm Krai")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [("2", "Ministry of Transport of Perm Krai", "2019-07-01")]


def test_a_requests_lead_in_names_the_recipient_and_the_date_its_items_share(nlp):
    found = obligations_of(
        para("To the heads of the highest executive bodies of state power of the constituent entities of the Russian "
             "Federation (according to the list)"),
        para("In this connection, and in order to prepare the Fund's report to the Ministry of Economic Development of "
             "the Russian Federation on the implementation of the priority programme, please submit to the Fund by 2 June 2017:"),
        clause("1", "information on the status of the activities of the plan of each monotown as at 1 May 2017;"),
        clause("2", "information on the number of jobs created in 2016 and in the first quarter of 2017."),
        nlp=nlp, date="2017-05-16", issuer="Monotowns Development Fund")
    assert [(o.clause, o.actor, o.deadline, o.action.split(" information")[0]) for o in found] == [
        ("1", "Executive authorities of constituent entities", "2017-06-02", "submit to the Fund"),
        ("2", "Executive authorities of constituent entities", "2017-06-02", "submit to the Fund")]


def test_a_time_limit_before_shall_dates_the_items(nlp):
    found = obligations_of(
        clause("2", "The Ministry of Economic Development of the Russian Federation, within 3 months from the date of "
                    "entry into force of this resolution, shall:"),
        Block("clause", "a) approve the forms of the reports of the Fund;", 1, clause="2a"),
        Block("clause", "b) bring its regulatory legal acts into conformity with this resolution.", 1, clause="2b"),
        clause("3", 'It is recommended that the non-profit organisation "Monotowns Development Fund" (hereinafter - the '
                    "Fund), within 30 working days of the date of signing of this resolution, make the corresponding "
                    "changes to its procedure for selecting projects."),
        nlp=nlp, date="2018-08-09", doc_type="resolution")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("2a", "Ministry of Economic Development", "2018-11-09"), ("2b", "Ministry of Economic Development", "2018-11-09"),
        ("3", "Monotowns Development Fund", "2018-09-20")]
    assert found[2].action == "make the corresponding changes to its procedure for selecting projects"


@pytest.mark.parametrize("text, name", [
    ("and the Executive Committee of Zelenodolsk Municipal District of the Republic of Tatarstan (hereinafter - the "
     "Municipality)", "Administration of Zelenodolsk"),
    ("The State Committee of the Republic of Bashkortostan on Entrepreneurship and Tourism shall:",
     "State Committee of Republic of Bashkortostan on Entrepreneurship and Tourism"),
    ("It is recommended to the head of the administration of the urban district the town of Neftekamsk of the Republic "
     "of Bashkortostan:", "Head of Neftekamsk"),
])
def test_regional_and_district_bodies_named_with_their_region(text, name):
    bodies = [m.normalized for m in load_gazetteer().find(text) if m.label == "BODY"]
    assert bodies == [name]


def test_a_deadline_cell_of_a_span_of_time_and_a_person_with_a_post_that_names_no_unit(nlp):
    found = obligations_of(*table(["No.", "Task", "Responsible", "Deadline"], [
        ["1.", "Send the project team the materials of the session", "Monotowns Development Fund (R.V. Shirokov)",
         "3 working days"],
        ["2.", "Finalise the passport of investment sites", "Administration of Satka", "2 weeks"],
        ["3.", "Hold a meeting with local entrepreneurs", "D.A. Sokolov, investment commissioner of Satka", "October 2017"],
        ["4.", "Hold a job fair", "L.R. Gerasimova, head of the economics department", "October 2017"],
    ]), nlp=nlp, date="2017-09-21")
    assert [(o.clause, o.actor, o.deadline, o.deadline_text) for o in found] == [
        ("1.", "Monotowns Development Fund", "2017-09-26", "3 working days"),
        ("2.", "Administration of Satka", "2017-10-05", "2 weeks"),
        ("3.", "D.A. Sokolov", "2017-10-31", "October 2017"),
        ("4.", None, "2017-10-31", "October 2017")]  # a unit's post: the person is not the executor


def test_datives_with_an_institutions_legal_form_a_when_clause_and_the_oblast(nlp):
    found = obligations_of(
        clause("4", "To the Department of Comprehensive Analysis and Forecasting (A.A. Nikitin) jointly with the Federal "
                    'State Budgetary Institution "All-Russian Research Institute of Labour" (D.N. Platygin) to ensure '
                    "the development of a methodology by 15 September 2017."),
        clause("5", "To the Department of Finance of the Oblast (V.V. Artamonova) when finalising the draft law of the "
                    'Oblast "On the regional budget for 2019" for the second reading to provide a subsidy to the budget '
                    "of the town of Cherepovets."),
        nlp=nlp, date="2017-06-19", issuer="Governor of Vologda Oblast")
    assert [(o.clause, o.actors[:2]) for o in found] == [
        ("4", ["Department of Comprehensive Analysis and Forecasting", "All-Russian Research Institute of Labour"]),
        ("5", ["Department of Finance of Vologda Oblast"])]


def test_a_sub_item_whose_object_has_a_passive_relative_clause(nlp):
    found = obligations_of(
        clause("2", "Heads of the executive authorities of the constituent entities of the Russian Federation are to:"),
        Block("clause", "2.1. submit to the Ministry information on the number of employees who are working part-time, "
                        "are on idle time or are to be released, weekly, on Mondays;", 1, clause="2.1"),
        nlp=nlp, date="2016-03-17", doc_type="minutes")
    assert [(o.clause, o.actor, o.deadline, o.recurrence) for o in found] == [
        ("2.1", "Executive authorities of constituent entities", "2016-03-21", "weekly")]


def test_a_councils_own_decision_names_itself_its_committee_and_no_verdict_as_a_duty(nlp):
    doc = make_doc(para("the Council of Deputies DECIDED:"),
                   clause("2", "To assess the activities of the Head of the town of Kirovsk in 2018 as satisfactory."),
                   clause("4", "The Administration of the town of Kirovsk is to inform the Council of Deputies of the "
                               "progress quarterly, by the 1st of each quarter."),
                   clause("7", "The standing committee of the Council of Deputies on economic development, budget and "
                               "taxes (I.P. Volkova) is to hear the information of the Administration in September 2019."),
                   date="2019-02-26", doc_type="other")
    doc.meta.issuer = "Council of Deputies of Kirovsk"
    ex = extract_document(doc, nlp=nlp)
    assert [(o.clause, o.actor) for o in ex.obligations] == [
        ("4", "Administration of Kirovsk"),
        ("7", "Standing committee of the Council of Deputies of Kirovsk on economic development, budget and taxes")]
    bodies = {e.normalized for e in ex.entities if e.label == "BODY"}
    assert "Council of Deputies of Kirovsk" in bodies and not any("DECIDED" in b or b == "Council of Deputies" for b in bodies)


def test_a_town_units_label_in_lower_case_and_a_governors_office_department(nlp):
    found = obligations_of(
        clause("1.2", "To prepare and submit to the Department of Investment of Kemerovo Oblast an updated list of "
                      "potential residents."),
        para("Responsible: the economy department (N.P. Ivanova)."),
        clause("5", "The Information Policy Department of the Office of the Governor of Chelyabinsk Oblast shall publish "
                    "this order in the official media."),
        nlp=nlp, date="2016-10-25", doc_type="minutes", issuer="Administration of Anzhero-Sudzhensk")
    assert [(o.clause, o.actor) for o in found] == [
        ("1.2", "Economy department of the Administration of Anzhero-Sudzhensk"),
        ("5", "Information Policy Department of the Office of the Governor of Chelyabinsk Oblast")]


def test_a_regional_ministrys_units_once_it_names_one_as_its_own_and_a_frequency_and_day_column(nlp):
    issuer = "Ministry of Industry, Enterprise and Trade of Perm Krai"
    found = obligations_of(
        clause("2", "The department of industrial policy of the Ministry (I.V. Kopylova) shall organise the monitoring on "
                    "an ongoing basis."),
        clause("3", "The department of analytics and forecasting (P.A. Sedykh) jointly with the department of industrial "
                    "policy to form, by 1 April 2019, a register of the town-forming enterprises."),
        *table(["No.", "Information to be submitted", "Frequency and submission day", "Responsible executors"], [
            ["5.", "Send the consolidated monitoring results to the Ministry of Economic Development of Perm Krai",
             "quarterly, by the 30th day of the month following the reporting quarter", "department of industrial policy"]]),
        nlp=nlp, date="2019-02-12", issuer=issuer)
    assert [(o.clause, o.actors, o.deadline) for o in found] == [
        ("2", [f"Department of industrial policy of the {issuer}"], None),
        ("3", [f"Department of analytics and forecasting of the {issuer}", f"Department of industrial policy of the {issuer}"],
         "2019-04-01"),
        ("5.", [f"Department of industrial policy of the {issuer}"], "2019-04-30")]


def test_a_procedures_authorised_body_of_the_constituent_entity(nlp):
    executive = "Executive authorities of constituent entities"
    found = obligations_of(
        clause("7", "In 2019 the authorised body of the constituent entity shall submit the application not later than "
                    "15 November 2019."),
        clause("10", "The recipient, through the authorised body of the constituent entity, shall submit to the Ministry a "
                     "report on the expenditures quarterly, by the 10th day of the month following the reporting quarter."),
        clause("11", "The authorised body of the constituent entity is responsible for the reliability of the information "
                     "submitted and shall place the reports on the official website of the constituent entity."),
        clause("12", "The administration of a monotown wishing to take part in the selection (hereinafter the applicant) "
                     "shall submit to the Ministry an application annually by 1 February."),
        nlp=nlp, date="2019-10-24", doc_type="resolution")
    assert [(o.clause, o.actor) for o in found] == [
        ("7", executive), ("10", executive), ("11", executive), ("12", "Local self-government bodies of monotowns")]
    assert found[2].action.startswith("place the reports")


def test_an_association_its_directorate_and_its_members(nlp):
    found = obligations_of(
        para("Minutes of the meeting of the Council of the Association of Monotowns of Kemerovo Oblast"),
        clause("1.2", "Heads of the member monotowns to submit to the Executive Directorate of the Association updated data "
                      "on the target indicators."),
        clause("2.3", "The Executive Directorate of the Association to organise a seminar for the project teams by 1 June 2019."),
        nlp=nlp, date="2019-03-19", doc_type="minutes")
    assert [(o.clause, o.actor) for o in found] == [
        ("1.2", "Local self-government bodies of monotowns"),
        ("2.3", "Executive Directorate of the Association of Monotowns of Kemerovo Oblast")]


def test_a_numbered_topic_and_its_paragraphs(nlp):
    doc = make_doc(
        clause("1", "On item 2a of the list of instructions of the President of the Russian Federation of 2 October 2017 "
                    "No. Pr-1856."),
        para("Under item 2a the Government was instructed to ensure the adoption of decisions by 1 July 2018."),
        para("The Ministry of Economic Development of the Russian Federation (M.S. Oreshkin) is requested to submit to the "
             "Control Directorate, by 25 December 2018, a report on the execution of item 2a."),
        clause("4", "On item 1d of the list of instructions of the President of the Russian Federation."),
        para("At the same time, it is recommended that the Ministry of Industry and Trade of the Russian Federation "
             "(D.V. Manturov) continue monitoring the position of the town-forming organisations."),
        date="2018-12-06", doc_type="other")
    found = extract_document(doc, nlp=nlp).obligations
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("1", "Ministry of Economic Development", "2018-12-25"), ("4", "Ministry of Industry and Trade", None)]


def test_a_departments_division_and_a_list_of_towns_employment_centres(nlp):
    found = obligations_of(
        clause("1.4", "The Labour Market Analysis Division of the Department (M.V. Kolesova) is to prepare, by 15 May 2018, "
                      "a forecast of the release of workers."),
        *table(["No.", "Decision", "Executor", "Term"], [
            ["3.1.", "Ensure that the vacancies are entered in the information system",
             "State Employment Centres of the towns of Kiselyovsk, Prokopyevsk and Leninsk-Kuznetsky", "on an ongoing basis"]]),
        nlp=nlp, date="2018-04-17", doc_type="minutes", issuer="Department of Labour and Employment of Kemerovo Oblast")
    assert [(o.clause, o.actors) for o in found] == [
        ("1.4", ["Labour Market Analysis Division of the Department of Labour and Employment of Kemerovo Oblast"]),
        ("3.1.", ["Employment centre of Kiselyovsk", "Employment centre of Prokopyevsk", "Employment centre of Leninsk-Kuznetsky"])]


def test_a_commission_named_once_in_capitals_and_a_time_limit_counted_from_its_minutes(nlp):
    found = obligations_of(
        clause("3", "It is recommended that the heads of the monotowns of Sverdlovsk Oblast of category 1 (Krasnoturyinsk, "
                    "Volchansk and Karpinsk) bring the programmes into line with the priority programme before 1 April 2019."),
        clause("3.1", "The Commission for the Selection of Monotowns of Sverdlovsk Oblast (hereinafter the commission) "
                      "includes representatives of the Ministry."),
        clause("3.2", "The commission shall consider applications within 20 working days of their receipt."),
        clause("4.1", "Within 10 working days of the signing of the minutes of the commission, the Ministry of Finance of "
                      "Sverdlovsk Oblast shall adopt an order approving the list of monotowns."),
        nlp=nlp, date="2019-01-16", doc_type="resolution", issuer="Government of Sverdlovsk Oblast")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("3", "Local self-government bodies of monotowns", "2019-04-01"),
        ("3.2", "Commission for the Selection of Monotowns of Sverdlovsk Oblast", None),
        ("4.1", "Ministry of Finance of Sverdlovsk Oblast", None)]
    assert found[0].action.startswith("bring the programmes") and found[2].deadline_text.startswith("Within 10 working days")


def test_executors_abbreviated_in_a_legend_table(nlp):
    found = obligations_of(
        clause("1.2", "Instruct: to revise the integrated development programme of the monotown of Lesosibirsk."),
        para("Ex.: AdmL."),
        para("Term: 01.03.2019."),
        clause("1.3", "Instruct: to prepare the application for co-financing."),
        para("Ex.: MER, AdmL."),
        *table(["Abbreviation", "Executor"], [
            ["MER", "Ministry of Economy and Regional Policy of Krasnoyarsk Krai"],
            ["AdmL", "Administration of the town of Lesosibirsk"]]),
        nlp=nlp, date="2019-02-12", doc_type="minutes")
    assert [(o.clause, o.actors, o.deadline) for o in found] == [
        ("1.2", ["Administration of Lesosibirsk"], "2019-03-01"),
        ("1.3", ["Ministry of Economy and Regional Policy of Krasnoyarsk Krai", "Administration of Lesosibirsk"], None)]


def test_a_memorandums_parties_represented_by_officials_and_their_sections_in_capitals(nlp):
    found = obligations_of(
        para("The Government of Leningrad Oblast, represented by the Governor of Leningrad Oblast A.Yu. Drozdenko, acting on "
             "the basis of the Charter of Leningrad Oblast (hereinafter - the Region), and the Administration of the "
             "municipal formation Slantsy Municipal District of Leningrad Oblast, represented by the Head of the "
             "Administration M.V. Kornilov, acting on the basis of the Charter of the municipal formation (hereinafter - "
             "the Municipality), have agreed as follows:"),
        clause("2", "THE REGION INTENDS TO:"),
        clause("2.1", "ensure the construction of the substation by 31 December 2020;"),
        clause("4", "THE MUNICIPALITY SHALL:"),
        clause("4.1", "grant the land plot for lease within the timeframe agreed by the Parties."),
        nlp=nlp, date="2018-11-14", doc_type="other")
    assert [(o.clause, o.actor) for o in found] == [("2.1", "Government of Leningrad Oblast"), ("4.1", "Administration of Slantsy")]


def test_a_request_after_in_this_connection_without_a_comma(nlp):
    found = obligations_of(
        para("To the senior officials (heads of the highest executive bodies of state power) of the constituent entities of "
             "the Russian Federation (according to the list)"),
        para("In this connection we ask you to ensure:"),
        clause("1", "the inclusion of at least one public space in each monotown by 1 June 2018;"),
        nlp=nlp, date="2018-04-10", doc_type="other", issuer="Ministry of Construction, Housing and Utilities")
    assert [(o.clause, o.actor, o.deadline, o.action[:20]) for o in found] == [
        ("1", "Executive authorities of constituent entities", "2018-06-01", "ensure the inclusion")]


def test_a_list_of_projects_with_who_answers_and_by_when_and_its_total_row(nlp):
    header = ["No.", "Project", "Investor", "Amount, million roubles", "Deadline for commissioning", "Responsible"]
    found = obligations_of(*table(header, [
        ["1.", "Construction of a plant for bottling drinking water", 'JSC "Baikal Water"', "870.0", "2018", 'JSC "Baikal Water"'],
        ["", "Total", "", "870.0", "", ""]]), nlp=nlp, date="2017-08-10")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [("1.", 'JSC "Baikal Water"', "2018-12-31")]
    # without a Responsible column the same list is a list, not duties
    assert not obligations_of(*table(["No.", "Project", "Investor", "Deadline for commissioning"], [
        ["1.", "Construction of a plant for bottling drinking water", 'JSC "Baikal Water"', "2018"]]), nlp=nlp, date="2017-08-10")


def test_executors_named_by_their_posts_of_the_oblast(nlp):
    found = obligations_of(
        clause("2", "To prepare proposals on the creation of an industrial park in Serov by 1 November 2018."),
        para("Executor: A.Yu. Kolesnikov, Minister of Economy and Territorial Development of the Oblast."),
        clause("5", "To organise job fairs for the workers released by the plant by 1 October 2018."),
        para("Executor: I.A. Antonova, Director of the Department for Labour and Employment of the Oblast."),
        nlp=nlp, date="2018-08-27", doc_type="instruction", issuer="Governor of Sverdlovsk Oblast")
    assert [(o.clause, o.actor) for o in found] == [
        ("2", "Minister of Economy and Territorial Development of Sverdlovsk Oblast"),
        ("5", "Director of the Department for Labour and Employment of Sverdlovsk Oblast")]


def test_a_regulations_rights_are_no_duties_and_its_office_is_named_in_full(nlp):
    found = obligations_of(
        clause("5", "The Project Office for the Development of Monotowns of Chelyabinsk Oblast:"),
        Block("clause", "5.1. prepares draft programmes for the integrated development of monotowns quarterly;", 1, clause="5.1"),
        clause("6", "In order to perform its functions the project office has the right:"),
        Block("clause", "6.1. request information from the administrations of the monotowns;", 1, clause="6.1"),
        nlp=nlp, date="2017-03-14", issuer="Ministry of Economic Development of Chelyabinsk Oblast")
    assert [(o.clause, o.actor) for o in found] == [("5.1", "Project Office for the Development of Monotowns of Chelyabinsk Oblast")]


def test_the_funds_own_units_and_a_decision_column_before_a_project_column(nlp):
    found = obligations_of(*table(["No.", "Town (region)", "Project", "Decision", "Responsible", "Deadline"], [
        ["1.1", "Vyatskiye Polyany (Kirov Oblast)", "Co-financing of the gas supply networks", "To approve the application", "-", "-"],
        ["1.2", "Vyatskiye Polyany (Kirov Oblast)", "The same", "To prepare the materials for the meeting of the Supervisory "
         "Board", "Directorate for Infrastructure Projects", "by 25.01.2018"],
        ["2.2", "Kirov Oblast", "The same", "To hold a seminar for the regions", "Department for Work with Regions", "by 01.03.2018"]]),
        nlp=nlp, date="2017-12-14", doc_type="minutes", issuer="Monotowns Development Fund")
    assert [(o.clause, o.actor, o.action[:20]) for o in found] == [
        ("1.2", "Directorate for Infrastructure Projects of the Monotowns Development Fund", "prepare the material"),
        ("2.2", "Department for Work with Regions of the Monotowns Development Fund", "hold a seminar for t")]


def test_a_request_to_named_administrations_for_the_following_information(nlp):
    found = obligations_of(
        para("In this connection, we ask the administrations of Ust-Katav, Verkhny Ufaley and Karabash to submit to the "
             "Corporation, no later than 28 September 2018, the following information:"),
        clause("1", "A list of free land plots with an area of more than 1 hectare."),
        clause("2", "Information on the engineering infrastructure of each site."),
        nlp=nlp, date="2018-09-10", doc_type="other")
    assert [(o.clause, o.actors, o.deadline, o.action[:26]) for o in found] == [
        ("1", ["Administration of Ust-Katav", "Administration of Verkhny Ufaley", "Administration of Karabash"], "2018-09-28",
         "submit to the Corporation "),
        ("2", ["Administration of Ust-Katav", "Administration of Verkhny Ufaley", "Administration of Karabash"], "2018-09-28",
         "submit to the Corporation ")]
    assert found[0].action.endswith("a list of free land plots with an area of more than 1 hectare")


def test_a_town_administrations_own_posts_in_lower_case(nlp):
    found = obligations_of(
        clause("2", "The economy department of the administration (N.V. Larina) shall submit to the head of the town "
                    "information on the Plan monthly."),
        *table(["No.", "Event", "Deadline", "Responsible"], [
            ["1.3.", "Bring the programme into line with the recommendations", "II quarter",
             "deputy head of the administration for economics"],
            ["2.1.", "Update the investment passport", "by 01.04.2019", "chief specialist of the economy department"],
            ["2.3.", "Prepare proposals on municipal property", "by 01.06.2019", "chairman of the committee for property management"]]),
        nlp=nlp, date="2019-02-11", issuer="Administration of Vyazniki")
    assert [(o.clause, o.actor) for o in found] == [
        ("2", "Economy department of the Administration of Vyazniki"),
        ("1.3.", "Deputy head of the Administration of Vyazniki for economics"),
        ("2.1.", "Chief specialist of the economy department of the Administration of Vyazniki"),
        ("2.3.", "Chairman of the committee for property management of the Administration of Vyazniki")]


# --- blind sets EJ, EK, EM, EN (28 Nov): letters, regulations, company protocols, minutes by sections --------------

def _bodies(*blocks: Block, nlp, issuer: str | None = None, date: str = "2019-05-20") -> set[str]:
    doc = make_doc(*blocks, date=date)
    doc.meta.issuer = issuer
    return {e.normalized for e in extract_document(doc, nlp=nlp).entities if e.label == "BODY"}


def test_a_deputy_head_by_area_after_the_town_and_its_kind(nlp):
    found = obligations_of(clause("3", "The Deputy Head of the Administration of the Kolchugino urban settlement for social "
                                       "policy (O.V. Ivanova) shall prepare a report by 1 April 2019."), nlp=nlp)
    assert [o.actor for o in found] == ["Deputy Head of the Administration of Kolchugino for social policy"]
    bodies = _bodies(Block("paragraph", "Responsible: A.G. Kravchenko, Deputy Head of the Administration of the City of "
                                        "Nizhny Tagil for Municipal Economy.", 1), nlp=nlp)
    assert "Deputy Head of the Administration of Nizhny Tagil for Municipal Economy" in bodies


def test_a_company_officer_by_area_named_with_the_company(nlp):
    bodies = _bodies(Block("paragraph", "Responsible: M.Yu. Zorin, Director for Corporate Relations of JSC Vyksa Steel; "
                                        "I.A. Belova, Deputy General Director for Human Resources of PJSC KAMAZ.", 1), nlp=nlp)
    assert {"Director for Corporate Relations of JSC Vyksa Steel",
            "Deputy General Director for Human Resources of PJSC KAMAZ"} <= bodies
    # a list of companies is so many companies
    found = obligations_of(clause("3.3", "JSC Apatit, JSC Kovdorsky GOK and JSC Kola MMC are requested to submit proposals "
                                         "to the Ministry by 15.05.2019."), nlp=nlp)
    assert found[0].actors == ["JSC Apatit", "JSC Kovdorsky GOK", "JSC Kola MMC"]


def test_the_funds_own_units_named_by_their_field_in_its_plan(nlp):
    rows = table(["No.", "Activity", "Responsible", "Deadline"], [
        ["1.2.", "Preparation of proposals on amendments to the rules for granting the subsidy", "Legal Department; "
         "Department of Investment Projects", "by 01.06.2019"],
    ])
    found = obligations_of(*rows, nlp=nlp, issuer="Monotowns Development Fund")
    assert found[0].actors == ["Legal Department of the Monotowns Development Fund",
                               "Department of Investment Projects of the Monotowns Development Fund"]
    # ... not a unit in brackets after a person in the list of those present
    assert "Legal Department" not in _bodies(Block("paragraph", "Present: M.I. Dolgova (Legal Department), A.E. Fomichev.", 1),
                                             nlp=nlp, issuer="Monotowns Development Fund")


def test_two_units_of_the_fund_joined_by_and(nlp):
    found = obligations_of(clause("2.4", "The Directorate for Infrastructure Projects of the Fund and the Legal Directorate of "
                                         "the Fund are to prepare the draft agreement within 5 working days."),
                           nlp=nlp, issuer="Monotowns Development Fund")
    assert found[0].actors == ["Directorate for Infrastructure Projects of the Monotowns Development Fund",
                               "Legal Directorate of the Monotowns Development Fund"]


def test_a_letters_it_is_necessary_to_then_numbered_items(nlp):
    found = obligations_of(
        Block("paragraph", "To the executive authorities of the constituent entities of the Russian Federation (per list)", 1),
        Block("paragraph", "In this connection it is necessary to:", 1),
        clause("1", "submit information on the labour market of each monotown weekly, on Tuesdays;"),
        clause("2", "submit updated lists of the town-forming organisations by 1 December 2019."),
        Block("paragraph", "The authorities of the regions concerned are in addition to submit, monthly, by the 5th day of the "
                           "month following the reporting month, information on the jobs created.", 1),
        nlp=nlp, doc_type="other")
    assert [(o.clause, o.actor, o.recurrence) for o in found] == [
        ("1", "Executive authorities of constituent entities", "weekly"),
        ("2", "Executive authorities of constituent entities", None),
        (None, "Executive authorities of constituent entities", "monthly")]


def test_a_request_after_a_long_opening_citing_an_act_by_number(nlp):
    found = obligations_of(
        Block("paragraph", "To the senior officials of the constituent entities of the Russian Federation", 1),
        Block("paragraph", "Taking into account the changes made to the list of monotowns approved by Order of the Government of "
                           "the Russian Federation of 29 July 2014 No. 1398-r, we ask you to submit monitoring data no later "
                           "than the 5th day of the month following the reporting quarter.", 1),
        Block("paragraph", "At its meeting the Working Group pointed to the need to improve the timeliness of the data.", 1),
        nlp=nlp, doc_type="other", date="2019-07-02")
    assert [(o.actor, o.deadline) for o in found] == [("Executive authorities of constituent entities", "2019-07-05")]


def test_establish_that_is_no_duty_and_a_time_limit_alone_dates_the_items(nlp):
    found = obligations_of(
        clause("3", "To establish that: the regional project office is a standing body; its meetings are held at least once "
                    "a quarter."),
        clause("4", "Within 30 days from the day of entry into force of this resolution:"),
        Block("clause", "a) the Ministry of Economic Development of the Russian Federation shall prepare a draft agreement;", 1,
              clause="4a"),
        Block("clause", "b) the administration of the Yurga urban district shall submit a list of land plots by 1 July 2019.", 1,
              clause="4b"),
        nlp=nlp)
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("4a", "Ministry of Economic Development", "2019-06-19"), ("4b", "Administration of Yurga", "2019-07-01")]


def test_recommended_to_companies_each_with_its_town_in_brackets(nlp):
    found = obligations_of(clause("6", 'It is recommended that the town-forming organisations JSC "Ural Steel" (Novotroitsk) '
                                       'and PJSC "Gaisky GOK" (Gay) delegate their representatives to the project teams.'),
                           nlp=nlp)
    assert [o.actors for o in found] == [['JSC "Ural Steel"', 'PJSC "Gaisky GOK"']]


def test_datives_to_a_short_form_and_to_a_unit_in_lower_case(nlp):
    found = obligations_of(
        clause("1.2", "The Ministry of Economic Development of Murmansk Oblast (hereinafter the Ministry) shall send the "
                      "recommendations by 15.06.2019."),
        clause("1.4", "To the Ministry (T.N. Lukina) jointly with the administrations of the monotowns to ensure the approval "
                      "of the draft programmes in the third quarter of 2019."),
        clause("4.1", "To the project office of Perm Krai to prepare the draft plan of the Council's work for 2020."),
        nlp=nlp)
    assert [(o.clause, o.actor) for o in found] == [("1.2", "Ministry of Economic Development of Murmansk Oblast"),
                                                    ("1.4", "Ministry of Economic Development of Murmansk Oblast"),
                                                    ("4.1", "Project office of Perm Krai")]


def test_a_town_administrations_committee_in_lower_case_as_subject(nlp):
    found = obligations_of(
        Block("title", "ADMINISTRATION OF THE TOWN OF KAMENSK-URALSKY", 1),
        clause("4", "The committee for the management of municipal property of the Administration (A.V. Nemytov) is to prepare "
                    "investment passports of the industrial sites by 1 August 2019."),
        clause("5", "The executive committee of the municipal formation shall send its confirmation to the Ministry within "
                    "10 days."),
        nlp=nlp, issuer="Administration of Kamensk-Uralsky")
    assert found[0].actor == "Committee for the management of municipal property of the Administration of Kamensk-Uralsky"
    assert all("Executive committee" not in (o.actor or "") for o in found)


def test_a_meetings_organ_or_regional_council_is_the_issuer(nlp):
    for written, issuer in [("Expert Council of the Monotowns Development Fund", "Expert Council of the Monotowns Development Fund"),
                            ("Council for strategic development and priority projects under the Governor of Perm Krai",
                             "Council for strategic development and priority projects under the Governor of Perm Krai"),
                            ("Government of Kemerovo Oblast", "Government of Kemerovo Oblast")]:
        doc = make_doc(clause("1", "To take note of the information."), doc_type="minutes")
        doc.meta.issuer = written
        assert extract_document(doc, nlp=nlp).document["issuer"] == issuer


def test_a_company_head_by_post_and_an_institution_by_its_kind(nlp):
    found = obligations_of(
        clause("2.2", 'To recommend to the General Director of LLC "Industrial Park "Vostok"", a subsidiary of the Company, to '
                      "submit a list of vacant premises by 1 June 2019."),
        clause("6", 'It is recommended that the State Regional Institution "Employment Centre of the Town of Kovdor" '
                    "(T.A. Zaitseva), together with the Administration of the town of Kovdor, organise the retraining of "
                    "released workers in 2019."),
        nlp=nlp)
    assert [(o.clause, o.actor) for o in found] == [("2.2", 'General Director of LLC "Industrial Park "Vostok""'),
                                                    ("6", "Employment centre of Kovdor")]
    # an officer's initials after the company are no part of its name
    bodies = _bodies(Block("paragraph", "Co-chairs: S.N. Lobanov, Managing Director of JSC Vyksa Steel S.N. Lobanov.", 1), nlp=nlp)
    assert "Managing Director of JSC Vyksa Steel" in bodies and not any(b.endswith(" S") for b in bodies)


# --- blind sets EQ, ER, ES, EU (28 Nov) ---------------------------------------------------------------------------------

def test_a_numbered_topic_in_capitals_gives_its_number_to_the_dashes_decided_under_it(nlp):
    found = obligations_of(
        clause("2", "ON THE CREATION OF AN INDUSTRIAL PARK"),
        Block("paragraph", "(S. O. Nikitin, M. Yu. Rodionov)", 1),
        Block("heading", "DECIDED:", 1),
        Block("paragraph", "– To take note of the information of the Head of the Department of Economics.", 1),
        Block("paragraph", "– Nizhny Novgorod Oblast Development Corporation is requested to assess the cost of the site "
                           "(responsible - Nizhny Novgorod Oblast Development Corporation (Rodionov M. Yu.), term - August 2019).", 1),
        Block("paragraph", "– To hold a seminar for entrepreneurs (responsible - Vyksa business incubator (Lapina E. V.), "
                           "term - September 2019).", 1),
        clause("4", "MISCELLANEOUS"),
        Block("heading", "DECIDED:", 1),
        Block("paragraph", "– To hold the next meeting of the Council in the IV quarter of 2019.", 1),
        nlp=nlp, doc_type="minutes")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("2", "Nizhny Novgorod Oblast Development Corporation", "2019-08-31"),
        ("2", "Vyksa business incubator", "2019-09-30"),
        ("4", None, "2019-12-31")]


def test_questions_and_answers_are_no_duties_and_items_split_at_semicolons(nlp):
    found = obligations_of(
        Block("paragraph", "Answer (O.A. Lavrentyeva): The Ministry will refine the calculation after the business plans "
                           "are received.", 1),
        clause("3", "To the Administration of Zlatoust Urban District (Sokolov D.S.):"),
        Block("clause", "3.1. till December 20, 2019 to approve the road map;", 1, clause="3.1"),
        Block("clause", "3.2. to obtain the documents from the initiators of the projects; to conclude agreements of intent "
                        "with five potential residents.", 1, clause="3.2"),
        Block("paragraph", "Term: first decade of March 2020.", 1),
        nlp=nlp, doc_type="minutes")
    assert [(o.clause, o.deadline) for o in found] == [("3.1", "2019-12-20"), ("3.2", "2020-03-10"), ("3.2", "2020-03-10")]
    assert found[2].action.startswith("conclude agreements")


def test_at_the_next_meeting_ends_where_what_is_due_begins():
    found = find_deadline("present at the next meeting of the regional headquarters the list of projects", date(2019, 1, 1))
    assert (found.deadline.date, found.deadline.text) == (None, "at the next meeting of the regional headquarters")
    assert find_deadline("report at the next meeting of the Council.", date(2019, 1, 1)).deadline.text == \
        "at the next meeting of the Council"


def test_a_region_s_development_corporation_and_fund_by_their_own_names(nlp):
    bodies = _bodies(Block("paragraph", "The Orenburg Oblast Development Corporation and the Irkutsk Oblast Fund for Support of "
                                        "Small and Medium-Sized Entrepreneurship, of the region, shall assist.", 1), nlp=nlp)
    assert {"Orenburg Oblast Development Corporation",
            "Irkutsk Oblast Fund for Support of Small and Medium-Sized Entrepreneurship"} <= bodies


def test_a_regions_unit_in_lower_case_and_a_request_for_the_following_information(nlp):
    found = obligations_of(clause("1.3", "To the department of investment and strategic development of Kemerovo Oblast "
                                         "(Kuzmina O.V.) - to prepare the package of documents by 1 August 2019."), nlp=nlp)
    assert [o.actor for o in found] == ["Department of investment and strategic development of Kemerovo Oblast"]
    found = obligations_of(
        Block("paragraph", "To the Head of the Administration of the town of Aleksin", 1),
        Block("paragraph", 'In pursuance of the letter of the Ministry of Economic Development of the Russian Federation of '
                           '24.07.2019 No. 20417-OS/D14i on the report on the priority programme "Integrated development of '
                           'monotowns", the Ministry of Economic Development of Tula Oblast requests you to submit to the '
                           'Ministry, in electronic form, no later than 15.08.2019, the following information in the attached '
                           'forms:', 1),
        Block("clause", "1) on the number of jobs created in the monotown;", 1, clause="1"),
        Block("clause", "2) on the investment projects implemented in the monotown.", 1, clause="2"),
        Block("paragraph", "In 2018 the information arrived late. We ask you to take personal control of the timely "
                           "submission of the information.", 1),
        nlp=nlp, doc_type="other")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("1", "Head of Aleksin", "2019-08-15"), ("2", "Head of Aleksin", "2019-08-15"), (None, "Head of Aleksin", None)]
    assert found[0].action == "submit to the Ministry information on the number of jobs created in the monotown"


def test_a_square_bracketed_executor_and_deadline_and_removal_from_control(nlp):
    found = obligations_of(
        clause("1", "To prepare a plan of job fairs for released workers [Department of Labour of Tomsk Oblast; deadline - "
                    "15.07.2019]."),
        clause("2", "To remove from control item 4 of the minutes of 12 March 2019 No. 2 as executed."),
        nlp=nlp, doc_type="minutes")
    assert [(o.clause, o.actor, o.deadline, o.deadline_text) for o in found] == [
        ("1", "Department of Labour of Tomsk Oblast", "2019-07-15", "deadline - 15.07.2019")]


def test_a_year_at_the_start_of_a_wrapped_line_is_no_clause_number(nlp):
    found = obligations_of(
        Block("clause", "3. Heads of the municipal districts are recommended to approve employment plans for 2019 -", 1, clause="3"),
        Block("paragraph", "2020. Executor: heads of the municipal districts. Deadline: by 1 August 2019.", 1),
        nlp=nlp)
    assert [(o.clause, o.actor, o.deadline) for o in found] == [("3", "Local self-government bodies of monotowns", "2019-08-01")]


def test_heads_of_districts_in_whose_territories_named_monotowns_lie(nlp):
    found = obligations_of(
        clause("5", "The heads of the municipal formations of the Satkinsky and Ashinsky districts of Chelyabinsk Oblast, in "
                    "whose territories the monotowns of Satka and Asha are located, are recommended:"),
        Block("clause", "a) to submit the plans to the Ministry by 1 July 2019;", 1, clause="5a"),
        Block("clause", "b) thereafter to report to the Ministry annually, by 1 March.", 1, clause="5b"),
        nlp=nlp)
    assert [(o.clause, o.actor, o.actors) for o in found] == [
        ("5a", "Head of Satka", ["Head of Satka", "Head of Asha"]), ("5b", "Head of Satka", ["Head of Satka", "Head of Asha"])]
    assert found[1].action == "report to the Ministry"


def test_a_second_subject_with_its_own_modal_is_a_duty_of_its_own(nlp):
    found = obligations_of(clause("2.3", "The Ministry of Economy of Perm Krai shall check the report within 5 working days "
                                         "of its receipt, and the local administration shall correct it within 3 working days "
                                         "of receiving the remarks."), nlp=nlp)
    assert [o.actor for o in found] == ["Ministry of Economy of Perm Krai", "Local self-government bodies of monotowns"]
    assert found[1].action.startswith("correct it")


def test_an_intention_with_its_date_between_commas_and_a_lead_intends(nlp):
    found = obligations_of(
        Block("paragraph", 'Joint-Stock Company "Ural Pipe" (hereinafter the Investor) and the Government of Sverdlovsk Oblast '
                           "(hereinafter the Region), hereinafter the Parties, have agreed as follows.", 1),
        Block("paragraph", "The Investor intends:", 1),
        Block("clause", "2.1. to create 150 jobs, with an average monthly wage above the regional average, by 1 June 2020;",
              1, clause="2.1"),
        clause("3.1", "The Region intends, no later than 1 March 2020, to grant the project priority status."),
        nlp=nlp, doc_type="other")
    assert [(o.clause, o.actor, o.deadline, o.recurrence) for o in found] == [
        ("2.1", 'JSC "Ural Pipe"', "2020-06-01", None), ("3.1", "Government of Sverdlovsk Oblast", "2020-03-01", None)]


def test_a_town_council_by_its_adjective_and_a_city_on_a_river_is_no_listed_town():
    gaz = load_gazetteer()
    found = {(m.label, m.normalized) for m in gaz.find("submit it to the Asbest City Duma; signed in Rostov-on-Don")}
    assert ("BODY", "Asbest City Duma") in found
    assert ("BODY", "State Duma") not in found and not any(label == "TOWN" and n == "Rostov" for label, n in found)


def test_a_committee_on_x_is_no_short_form_of_another_committee(nlp):
    found = obligations_of(
        Block("paragraph", "The information of the Committee for Labour and Employment of Leningrad Oblast was noted.", 1),
        clause("4", "The Committee on Finance of the Administration of the Volkhov Municipal District (I.I. Orlova):"),
        Block("clause", "4.1. within 10 working days of the signing of this order, is to prepare a draft agreement;", 1,
              clause="4.1"),
        nlp=nlp, date="2018-09-11")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("4.1", "Committee on Finance of the Administration of Volkhov Municipal District", "2018-09-25")]


def test_a_table_cell_in_the_dative_and_a_recommended_cell_and_a_board_s_refusal(nlp):
    found = obligations_of(*table(["No.", "Instruction", "Executor", "Deadline"], [
        ["1", "To the department of transport (P.P. Orlov) jointly with MUP \"Avtobus\" to revise the bus timetable.",
         "department of transport of the administration of Asbest urban district", "until 01.08.2019"],
        ["2", "It is recommended to repair the access road to the plant.", 'JSC "Uralasbest"', "before 01.10.2019"],
    ]), clause("3", 'To refuse LLC "Stroy" the conclusion of an agreement on activities as a resident.'),
        nlp=nlp, doc_type="instruction")
    assert [(o.clause, o.deadline) for o in found] == [("1", "2019-08-01"), ("2", "2019-10-01")]
    assert [o.action for o in found] == ["revise the bus timetable", "repair the access road to the plant"]
    assert found[0].actor == "Department of transport of the Administration of Asbest"


def test_the_management_of_a_company_answers_for_it(nlp):
    found = obligations_of(clause("5", 'It is recommended that the management of JSC "Apatit" submit to the employment '
                                       "centre, no later than 1 October 2018, lists of the employees to be released."),
                           nlp=nlp, date="2018-09-11")
    assert [(o.actor, o.deadline) for o in found] == [('JSC "Apatit"', "2018-10-01")]


def test_an_institution_s_branch_and_its_short_name_in_lower_case(nlp):
    found = obligations_of(
        Block("paragraph", 'Workers are referred by the Kirovsk branch of the Murmansk Oblast State Autonomous Institution '
                           '"Employment Centre of Murmansk Oblast" (hereinafter the employment centre).', 1),
        clause("3", "The employment centre (A.A. Petrova) is requested to hold a job fair in May 2019."),
        nlp=nlp)
    assert [(o.actor, o.deadline) for o in found] == [("Kirovsk branch of the Employment centre of Murmansk Oblast", "2019-05-31")]


def test_a_company_s_plain_short_name_and_its_shareholders(nlp):
    found = obligations_of(
        Block("paragraph", 'The information on JSC "Kovdor Mining Plant" (hereinafter, the plant) was heard.', 1),
        clause("2", 'The shareholders of the plant, LLC "Ural Holding" and Vnesheconombank, are requested to repay the wage '
                    "arrears by 1 July 2019."),
        clause("3", "The plant (I.I. Ivanov) shall submit a schedule of releases by 1 June 2019."),
        nlp=nlp, doc_type="minutes")
    assert [(o.clause, o.actors) for o in found] == [
        ("2", ['LLC "Ural Holding"', "Vnesheconombank"]), ("3", ['JSC "Kovdor Mining Plant"'])]


def test_a_regional_employment_centre_and_towns_of_a_municipal_formation_in_a_list(nlp):
    found = obligations_of(
        clause("4", "It is recommended that the Regional Employment Centre of Kurgan Oblast (A.V. Orlova) inform the Ministry "
                    "by 1 June 2019."),
        clause("5", "It is recommended that the administrations of the municipal formations the town of Kataysk, Dalmatovo "
                    "district and the working settlement Vargashi of Vargashinsky district submit reports by 1 July 2019."),
        nlp=nlp)
    assert [o.actors for o in found] == [
        ["Regional Employment Centre of Kurgan Oblast"],
        ["Administration of Kataysk", "Administration of Dalmatovo", "Administration of Vargashi"]]


def test_a_total_row_of_a_financing_table_is_no_duty(nlp):
    found = obligations_of(*table(["No.", "Event", "Executor", "Term", "Financing (thousand roubles)"], [
        ["1", "Subsidies to small businesses of the monotowns", "Ministry of Economic Development of Tula Oblast", "annually, by 1 July",
         "2019 - 8 400.0"],
        ["", "Total for the programme", "", "", "2019 - 8 400.0"],
    ]), nlp=nlp)
    assert [(o.clause, o.actor, o.deadline) for o in found] == [("1", "Ministry of Economic Development of Tula Oblast", "2019-07-01")]


def test_a_listed_town_before_the_place_line_is_that_town_alone():
    gaz = load_gazetteer()
    found = [(m.label, m.normalized) for m in gaz.find("Meeting on the situation in the town of Satka Chelyabinsk 4 May 2019")]
    assert ("TOWN", "Satka") in found and not any(label == "TOWN" and " " in n for label, n in found)


def test_a_letter_to_heads_of_administrations_of_municipal_formations_and_by_the_same_date(nlp):
    found = obligations_of(
        Block("paragraph", "To the heads of administrations of municipal formations of the Republic of Karelia (according "
                           "to the list)", 1),
        Block("paragraph", "For the formation of the list of public spaces we ask you:", 1),
        clause("1", "By 1 March 2019, to submit to the Ministry a list of the public spaces of the monotown."),
        clause("2", "By the same date, to send to the Ministry photographs of each public space, taken in February 2019."),
        Block("paragraph", "Please also designate an official responsible for the urban environment.", 1),
        nlp=nlp, doc_type="other", date="2019-02-12")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("1", "Local self-government bodies of monotowns", "2019-03-01"),
        ("2", "Local self-government bodies of monotowns", "2019-03-01"),
        (None, "Local self-government bodies of monotowns", None)]
    assert found[2].action.startswith("designate an official")


def test_an_executive_committee_s_own_units_a_chamber_and_a_quoted_table_of_new_wording(nlp):
    found = obligations_of(
        Block("title", "EXECUTIVE COMMITTEE OF THE ZELENODOLSK MUNICIPAL DISTRICT", 1),
        clause("1.3", "items 1.3 of Annex 2 shall be worded as follows:"),
        *table(['"No.', "Name of the measure", "Executor", "Period"], [
            ["1.3", "Granting of subsidies to small enterprises", "Department of Economic Development", "2019-2020"]]),
        clause("2", "The Finance and Budget Chamber of the Zelenodolsk municipal district shall provide for the budget "
                    "allocations by 1 November 2019."),
        clause("3", "The Department of Economic Development of the Executive Committee (A.I. Ivanov) shall submit a report "
                    "by 1 December 2019."),
        nlp=nlp, doc_type="resolution")
    assert [(o.clause, o.actor) for o in found] == [
        ("2", "Finance and Budget Chamber of Zelenodolsk"),
        ("3", "Department of Economic Development of the Administration of Zelenodolsk")]


def test_a_decision_cell_naming_its_own_subject_and_a_number_column_with_a_stray_space(nlp):
    rows = table(["No .", "Issue", "Decision", "Responsible", "Deadline"], [
        ["6", "On employment at the plant", 'LLC "Kovrov Plant" is requested to submit lists of the workers to be released.',
         'A.N. Nikolaev, Managing Director of LLC "Kovrov Plant"', "monthly, by the 5th day"],
    ])
    rows[0].clause = None  # a row on a continuation page: its number only in the "No ." column
    found = obligations_of(*rows, nlp=nlp, doc_type="minutes")
    assert [(o.clause, o.actor, o.action) for o in found] == [
        ("6", 'LLC "Kovrov Plant"', "submit lists of the workers to be released")]


def test_the_town_duma_is_the_town_s_not_the_state_duma(nlp):
    found = obligations_of(
        Block("heading", 'II. To the Town Duma of the municipal formation "Town of Asbest"', 1),
        clause("1", "It is recommended that the Town Duma hear a report of the Administration in March 2019."),
        nlp=nlp, doc_type="minutes")
    assert [o.actor for o in found] == ["Town Duma of Asbest"]


def test_a_works_named_without_quotes_and_a_branch_s_own_short_name(nlp):
    found = obligations_of(
        Block("paragraph", 'A.V. Gusev, Director of the Asha Rolling Mill, a branch of JSC "Ural Metals" (hereinafter, the '
                           "Mill), reported on the releases.", 1),
        clause("1", "To ask the Mill to provide the lists of employees to be released by 1 December 2018."),
        nlp=nlp, doc_type="minutes", date="2018-10-18")
    assert [o.actor for o in found] == ["Asha Rolling Mill"]
    assert ("BODY", "Volchansk Mechanical Plant") in {(m.label, m.normalized) for m in load_gazetteer().find(
        "the Volchansk Mechanical Plant will release 120 workers")}


def test_its_signing_after_an_agreement_cited_from_this_order_is_the_agreement_s():
    d = date(2018, 12, 20)
    cited = find_deadline("is to publish the agreement referred to in item 6 of this order on its website within 10 working "
                          "days of its signing.", d)
    assert (cited.deadline.date, cited.deadline.text) == (None, "within 10 working days of its signing")
    assert find_deadline("shall publish this order within 10 days of its signing", d).deadline.date == "2018-12-30"


@pytest.mark.parametrize("issuer, canonical", [
    ("Governmental Commission for Regional Development in the Russian Federation",
     "Governmental Commission for Regional Development in the Russian Federation"),
    ("Government Commission on Economic Development and Integration", "Governmental Commission for Economic Development and Integration"),
])
def test_a_short_name_that_goes_on_with_another_purpose_is_another_body(nlp, issuer, canonical):
    doc = make_doc(clause("1", "The Ministry of Finance shall report by 1 June 2019."), doc_type="minutes")
    doc.meta.issuer = issuer
    assert extract_document(doc, nlp=nlp).document["issuer"] == canonical


def test_a_standing_duty_after_a_dated_one_is_a_duty_of_its_own(nlp):
    found = obligations_of(
        clause("3", "The administrations of the monotowns are recommended to repair the courtyards by 1 October 2019, and "
                    "to publish the lists of the courtyards repaired on their websites on an ongoing basis."),
        nlp=nlp, date="2019-05-20", doc_type="minutes")
    assert [(o.clause, o.deadline, o.deadline_text) for o in found] == [
        ("3", "2019-10-01", "by 1 October 2019"), ("3", None, "on an ongoing basis")]
    assert found[1].action.startswith("publish the lists")


def test_a_dative_post_of_a_named_department_gives_the_department(nlp):
    found = obligations_of(
        Block("paragraph", "The Legal Department of the Fund and the Department of Regional Programmes of the Fund "
                           "took part in the meeting.", 1),
        clause("2.4", "To the Director of the Department of Regional Programmes (S.V. Orlova) to prepare the draft agreement "
                      "by 15 June 2019."),
        clause("2.5", "To the head of the department of economic analysis (K.P. Lvov) to update the register by 1 July 2019."),
        nlp=nlp, date="2019-05-20", doc_type="minutes", issuer="Monotowns Development Fund")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("2.4", "Department of Regional Programmes of the Monotowns Development Fund", "2019-06-15"),
        ("2.5", "Head of the department of economic analysis", "2019-07-01")]


def test_a_time_limit_with_its_own_comma_leaves_no_comma_in_the_action(nlp):
    found = obligations_of(
        clause("4", 'The Administration of the municipal formation of the urban district "Pechora" shall submit monthly, by '
                    "the 5th day of the month following the reporting month, information on wage arrears."),
        nlp=nlp, date="2018-05-14", doc_type="order")
    assert [(o.actor, o.action, o.deadline) for o in found] == [
        ("Administration of Pechora", "submit information on wage arrears", "2018-06-05")]


def test_the_items_of_a_passive_amendment_lead_are_no_duties(nlp):
    found = obligations_of(
        Block("clause", "1. The list of monotowns approved by Order No. 1398-r of 29 July 2014 shall be amended in "
                        "accordance with the annex, namely:", 1, clause="1"),
        Block("clause", "a) to include in category 1 the municipality specified in item 1 of the annex;", 1, clause="1a"),
        Block("clause", "b) to exclude from the list the municipality specified in item 2 of the annex.", 1, clause="1b"),
        clause("2", "The Ministry of Economic Development shall report to the Government by 1 October 2016."),
        nlp=nlp, date="2016-06-01", doc_type="order")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [("2", "Ministry of Economic Development", "2016-10-01")]


def test_a_towns_prosecutors_office_is_a_body_as_written():
    gaz = load_gazetteer()
    text = "The Kovrov Inter-district Prosecutor's Office and the employment centre are requested to check the payment of wages."
    assert ("BODY", "Kovrov Inter-district Prosecutor's Office") in {(m.label, m.normalized) for m in gaz.find(text)}


def test_a_register_of_instructions_under_control_keeps_its_open_rows(nlp):
    header = ["No.", "Document, item", "Content of the instruction", "Executor", "Deadline", "Status"]
    rows = [["1", "Minutes of 11.02.2016 No. 3, item 1", "To submit an application for co-financing of the industrial park",
             "Department of Economic Development of the Administration of Tula Oblast", "01.07.2016", "executed"],
            ["2", "Minutes of 11.02.2016 No. 3, item 2", "To ensure the updating of the development programme of Kameshkovo",
             "Department of Labour and Employment of the Administration of Tula Oblast", "was 01.02.2017, extended to 28.04.2017",
             "deadline extended"],
            ["3", "Decree of 14.04.2016 No. 298, item 4", "To grant microloans to small enterprises", "Ministry of Finance",
             "31.12.2016", "removed from control"],
            ["4", "Instruction of 03.03.2017 No. 14-p", "To prepare proposals on a territory of advanced development",
             "Ministry of Finance", "II quarter 2017", "in progress"]]
    title = Block("title", "REGISTER OF INSTRUCTIONS OF THE GOVERNOR OF TULA OBLAST ON THE DEVELOPMENT OF SINGLE-INDUSTRY "
                           "MUNICIPALITIES BEING UNDER CONTROL", 1)
    found = obligations_of(title, *table(header, rows), nlp=nlp, date="2017-03-15", doc_type="other")
    assert [(o.clause, o.actor, o.action.split()[0], o.deadline) for o in found] == [
        ("2", "Department of Labour and Employment of Tula Oblast", "ensure", "2017-04-28"),
        ("4", "Ministry of Finance", "prepare", "2017-06-30")]
    # the same table in a report on the execution of instructions assigns nothing
    report = Block("title", "INFORMATION ON THE EXECUTION OF THE INSTRUCTIONS OF THE GOVERNOR OF TULA OBLAST", 1)
    assert obligations_of(report, *table(header, rows), nlp=nlp, date="2017-03-15", doc_type="other") == []


def test_an_extended_time_limit_is_the_one_in_force():
    d = date(2017, 3, 15)
    assert resolve_deadline("was 01.02.2017, extended to 28.04.2017", d).date == "2017-04-28"
    assert resolve_deadline("not executed - postponed to the IV quarter of 2017", d).date == "2017-12-31"
    assert resolve_deadline("01.02.2017", d).date == "2017-02-01"
    # what the duty is about, not its time limit: "whether the release can be deferred to the third quarter"
    found = find_deadline("The Company is to consider whether the release of employees can be deferred to the third quarter of "
                          "2017, and to inform the Governor of the decision within 15 working days.", d)
    assert (found.deadline.date, found.deadline.text) == ("2017-04-05", "within 15 working days")


def test_a_regions_unit_named_with_its_executive_is_the_regions_unit():
    gaz = load_gazetteer()
    found = {m.normalized for m in gaz.find("The Committee for Labour of the Government of Leningrad Oblast and the Department "
                                            "of Economic Development of the Administration of Vladimir Oblast shall report.")
             if m.label == "BODY"}
    assert {"Committee for Labour of Leningrad Oblast", "Department of Economic Development of Vladimir Oblast"} <= found


def test_officials_named_by_their_post_in_a_body_name_the_bodies(nlp):
    found = obligations_of(
        para('from JSC "Kovdor Mining Company" (hereinafter, the Company) - P.A. Grishin (Managing Director);'),
        clause("2.1", "Deputy Head of the Administration of the town of Kovdor for Economics (Zaitseva) jointly with the Chief "
                      "Engineer of the Company (Ryabov) to determine the land plots not used in production. By the next meeting."),
        clause("2.2", "Managing Director of the Monotowns Development Fund (Arkhipov) to send the business plans to the Company."),
        clause("2.3", "The Chairman of the Monotowns Development Fund (I.N. Makiyeva) - together with the resource-supplying "
                      "organisations, to determine the cost of connecting the site."),
        nlp=nlp, doc_type="minutes")
    assert [(o.clause, o.actors, o.action) for o in found] == [
        ("2.1", ["Deputy Head of the Administration of Kovdor for Economics", 'JSC "Kovdor Mining Company"'],
         "determine the land plots not used in production"),
        ("2.2", ["Monotowns Development Fund"], "send the business plans to the Company"),
        # the head of a body answers by the post; the partners before the verb are no part of the action
        ("2.3", ["Chairman of the Monotowns Development Fund"], "determine the cost of connecting the site")]


def test_an_addressee_asked_to_instruct_another_body_answers_for_it(nlp):
    found = obligations_of(
        Block("heading", "I. To the Government of Murmansk Oblast:", 1),
        Block("clause", "1. to consider extending the subsidy to the monotowns beyond 2019;", 1, clause="I.1"),
        Block("clause", "2. to instruct the Ministry of Finance of Murmansk Oblast to prepare a draft law on tax rates by 1 March 2020.",
              1, clause="I.2"),
        nlp=nlp, doc_type="other")
    assert [(o.clause, o.actor, o.action.split()[0], o.deadline) for o in found] == [
        ("I.1", "Government of Murmansk Oblast", "consider", None),
        ("I.2", "Government of Murmansk Oblast", "instruct", "2020-03-01")]
    # the act's own instruction, with no addressee above it, is the instructed body's duty
    own = obligations_of(clause("2", "To instruct the Ministry of Finance of Murmansk Oblast to prepare a draft law by 1 March 2020."),
                         nlp=nlp, doc_type="resolution")
    assert [(o.actor, o.action.split()[0]) for o in own] == [("Ministry of Finance of Murmansk Oblast", "prepare")]


def test_a_mayors_office_is_the_towns_administration_and_its_units_are_its_units(nlp):
    gaz = load_gazetteer()
    assert [m.normalized for m in gaz.find("MAYOR'S OFFICE OF THE CITY OF CHEREPOVETS") if m.label == "BODY"] == [
        "Administration of Cherepovets"]
    doc = make_doc(Block("title", "MAYOR'S OFFICE OF THE CITY OF CHEREPOVETS", 1),
                   clause("2", "The Department of Economic Policy of the Mayor's Office of the city (Ye.V. Lebedeva) shall "
                               "submit a report by 1 June 2017."),
                   clause("3", "The Committee for Property Management of the city shall, within 30 days of the signing of "
                               "this resolution, prepare proposals on the land plots."), doc_type="resolution")
    doc.meta.issuer = "Administration of Cherepovets"
    found = extract_document(doc, nlp=nlp).obligations
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("2", "Department of Economic Policy of the Administration of Cherepovets", "2017-06-01"),
        ("3", "Committee for Property Management of the Administration of Cherepovets", "2017-04-05")]


def test_a_person_answering_for_a_row_is_named_initials_first(nlp):
    rows = table(["No.", "Decision", "Executor", "Term"], [
        ["1.2", "To submit information on the completion of the repairs.", "Kuzmina E.V.", "within a week"],
        ["3.3", "To consider the results at the next meeting.", "M.S. Lebedeva", "December 2018"]])
    found = obligations_of(*rows, nlp=nlp, doc_type="minutes", date="2018-10-11")
    assert [(o.clause, o.actors, o.deadline) for o in found] == [
        ("1.2", ["E.V. Kuzmina"], "2018-10-18"), ("3.3", ["M.S. Lebedeva"], "2018-12-31")]


def test_a_regional_chamber_issues_its_own_report(nlp):
    doc = titled_doc(["CONTROL AND ACCOUNTS CHAMBER OF PERM KRAI", "REPORT", "16 May 2019 No. 14", "Perm"],
                     clause("4", "The report is to be sent to the Governor of Perm Krai."), date="2019-05-16", doc_type="other")
    assert extract_document(doc, nlp=nlp).document["issuer"] == "Control and Accounts Chamber of Perm Krai"


def test_a_passive_duty_names_the_municipalities_as_its_agent(nlp):
    assert duties(clause("4", "Proposals are to be submitted to the Ministry of Finance by the municipalities by 1 June 2017."),
                  nlp=nlp) == [("4", "Local self-government bodies of monotowns", "2017-06-01")]


@pytest.mark.parametrize("sentence", [
    "The Ministry of Finance shall prepare the report (by 1 June 2017).",
    "The Ministry of Finance shall prepare the report (deadline: 1 June 2017).",
])
def test_a_bracketed_time_limit_leaves_no_empty_brackets_in_the_action(nlp, sentence):
    found = extract_document(make_doc(clause("3", sentence)), nlp=nlp).obligations
    assert [(o.actor, o.action, o.deadline) for o in found] == [("Ministry of Finance", "prepare the report", "2017-06-01")]


def test_control_assigned_to_an_official_is_still_no_duty(nlp):
    assert duties(clause("8", "To assign control over the execution of this order to the first deputy head of the "
                              "Administration of Asha A.V. Petrov."), nlp=nlp) == []


def test_an_officer_of_a_collegial_body_named_in_full_answers_by_post(nlp):
    found = obligations_of(
        clause("5", "The Secretary of the Interdepartmental Commission for the Development of Monotowns of Chelyabinsk Oblast "
                    "shall notify the members of the meeting not later than 3 working days before it."),
        Block("paragraph", "members of the Interdepartmental Commission for the Development of Monotowns of Chelyabinsk Oblast: "
                           "A.B. Petrov, C.D. Ivanov.", 1), nlp=nlp)
    assert [o.actor for o in found] == [
        "Secretary of the Interdepartmental Commission for the Development of Monotowns of Chelyabinsk Oblast"]
    bodies = {e.normalized for e in extract_document(make_doc(Block(
        "paragraph", "members of the Interdepartmental Commission for the Development of Monotowns of Chelyabinsk Oblast: "
                     "A.B. Petrov, C.D. Ivanov.", 1)), nlp=nlp).entities if e.label == "BODY"}
    assert not any(b.startswith("Members of") for b in bodies)  # a list of those present names no subject


def test_a_bracketed_executors_line_after_a_decision_names_its_actors(nlp):
    found = obligations_of(
        clause("2", "To prepare and submit to the Government of the Russian Federation draft resolutions on the creation of "
                    "such territories."),
        Block("paragraph", "(Ministry of Economic Development of Russia, State Atomic Energy Corporation Rosatom)", 1),
        Block("paragraph", "Time limit - 25 December 2017.", 1),
        clause("3", "To summarise the proposals of the heads of monotowns."),
        Block("paragraph", "(D.N. Kozak, A.G. Siluanov)", 1), nlp=nlp, doc_type="minutes", date="2017-12-07")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("2", "Ministry of Economic Development", "2017-12-25"), ("3", "D.N. Kozak", None)]


def test_speakers_in_brackets_under_a_heading_are_no_executors(nlp):
    found = obligations_of(Block("heading", "I. ON THE COURSE OF THE PROGRAMME", 1, clause="I"),
                           Block("paragraph", "(A.V. Tsybulsky, I.N. Makieva)", 1),
                           clause("I.2", "To send letters to the regions."), nlp=nlp, doc_type="minutes",
                           date="2017-12-07")
    assert [(o.clause, o.actor) for o in found] == [("I.2", None)]


@pytest.mark.parametrize("sentence, actor, deadline", [
    # a present passive with a generic agent, in a procedure with a time limit
    ("The annual information is sent by the administrations of monotowns to the project office no later than 1 February "
     "of the year following the reporting year.", "Local self-government bodies of monotowns", "2019-02-01"),
    # a present-tense procedure with a generic subject
    ("The administrations of monotowns fill in the form and send it to the project office no later than the 10th day "
     "of the month following the reporting quarter.", "Local self-government bodies of monotowns", "2018-10-10"),
    ("To recommend that the heads of the municipal formations in whose territories the monotowns are located designate, "
     "by 12 October 2018, the officials responsible.", "Local self-government bodies of monotowns", "2018-10-12"),
    ("We also ask the project offices of the constituent entities responsible for the priority programme (hereinafter the "
     "project offices) to enter the forms in the information system of the Fund by 25 October 2018.",
     "Executive authorities of constituent entities", "2018-10-25"),
    ("In connection with the adoption of Federal Law No. 371-FZ of 5 December 2017, to prepare draft resolutions on the "
     "creation of such territories (Ministry of Economic Development).", "Ministry of Economic Development", None),
])
def test_generic_and_purpose_led_procedures(nlp, sentence, actor, deadline):
    found = obligations_of(clause("7", sentence), nlp=nlp, date="2018-09-26")
    assert [(o.actor, o.deadline) for o in found] == [(actor, deadline)]


@pytest.mark.parametrize("sentence", [
    "To ensure a uniform approach, the Ministry of Finance has drawn up a single form of information (attached).",
    "The monitoring serves to detect the risks of mass release of employees at an early stage and to prepare proposals.",
    "In order to implement the integrated development programme of Yuzha, to approve the attached plan.",
])
def test_purposes_and_descriptions_are_no_duties(nlp, sentence):
    assert obligations_of(clause("1", sentence), nlp=nlp) == []


def test_a_forms_source_of_data_column_holds_no_duties(nlp):
    rows = table(["No.", "Indicator", "Unit", "Reporting period", "Source of data"], [
        ["1.2", "Permanent population at the end of the period", "thousand persons", "", "Rosstat"],
        ["3.1", "New jobs created outside the town-forming organisation", "units", "", "administration of the monotown"]])
    assert obligations_of(*rows, nlp=nlp) == []


def test_a_council_decision_of_a_working_settlement(nlp):
    doc = titled_doc(['COUNCIL OF DEPUTIES', 'OF THE URBAN SETTLEMENT "WORKING SETTLEMENT CHEGDOMYN"', "DECISION",
                      "29.03.2018 No. 47"],
                     clause("5", 'The administration of the urban settlement "Working Settlement Chegdomyn" shall submit a '
                                 "report by 1 June 2018."),
                     clause("7", "The standing committee on economic development, budget and municipal property of the Council "
                                 "of Deputies (chairman - G.P. Semyonova) shall hear information in the fourth quarter of 2018."),
                     date="2018-03-29", doc_type="other")
    result = extract_document(doc, nlp=nlp)
    assert result.document["issuer"] == "Council of Deputies of Chegdomyn"
    assert [(o.clause, o.actor) for o in result.obligations] == [
        ("5", "Administration of Chegdomyn"),
        ("7", "Standing committee on economic development, budget and municipal property of the Council of Deputies of Chegdomyn")]


def test_members_of_a_collegial_body_named_by_its_short_name_answer_as_written(nlp):
    found = obligations_of(clause("4", "Members of the project committee are to send to the project office their proposals "
                                       "for the plan of meetings for 2018."), nlp=nlp, doc_type="minutes")
    assert [o.actor for o in found] == ["Members of the project committee"]


def test_joint_orders_and_report_headings_in_metadata():
    from ingest.meta import extract_meta
    meta = extract_meta(["MINISTRY OF ECONOMIC DEVELOPMENT OF ORENBURG OBLAST", "MINISTRY OF LABOUR OF ORENBURG OBLAST",
                         "JOINT ORDER", "26 September 2018 No. 412/287", "Orenburg"], "")
    assert (meta.doc_type, meta.number) == ("order", "412/287")
    meta = extract_meta(["MINISTRY OF ECONOMIC DEVELOPMENT OF THE RUSSIAN FEDERATION", "15.03.2019 No. 7712-MO/D14i"],
                        "To the Government of the Russian Federation\n\nREPORT ON THE RESULTS OF MONITORING OF STATE SUPPORT "
                        "FOR MONOTOWNS IN 2018\n\nIn accordance with the procedure ...")
    assert meta.title == "Report on the results of monitoring of state support for monotowns in 2018"


def test_rights_under_an_infinitive_of_purpose_are_no_duties(nlp):
    found = obligations_of(
        clause("5", "To perform its tasks the Working Group for the Diversification of the Economy of Tayga has the right:"),
        Block("clause", "a) to request information from the executive bodies;", 1, clause="5a"),
        Block("clause", "c) to form subgroups from among its members and the experts engaged.", 1, clause="5c"), nlp=nlp)
    assert found == []


def test_a_meeting_still_to_come_dates_nothing_outside_minutes(nlp):
    text = "The secretary shall draw up the minutes within 5 working days of the day of the meeting."
    regulation = extract_document(make_doc(clause("11", "The Ministry of Finance " + text[len("The secretary "):]),
                                           doc_type="order", date="2018-11-26"), nlp=nlp).obligations
    minutes = extract_document(make_doc(clause("11", "The Ministry of Finance " + text[len("The secretary "):]),
                                        doc_type="minutes", date="2018-11-26"), nlp=nlp).obligations
    assert [(o.deadline, o.deadline_text) for o in regulation] == [(None, "within 5 working days of the day of the meeting")]
    assert [o.deadline for o in minutes] == ["2018-12-03"]


def test_officers_and_management_of_a_collegial_body_in_its_own_minutes(nlp):
    doc = make_doc(Block("title", 'NON-PROFIT ORGANISATION "MONOTOWNS DEVELOPMENT FUND"\nEXTRACT FROM MINUTES No. 51\n'
                                  "Meeting of the Expert Council of the Monotowns Development Fund", 1),
                   clause("1.2", "The management of the Fund (A.V. Kolesnikov) to prepare the draft agreement within 10 "
                                 "working days of the date of this meeting."),
                   clause("4.1", "The secretary of the Expert Council (K.D. Yermakova) to send extracts from these minutes "
                                 "to the applicants within 3 working days of the date of this meeting."),
                   doc_type="minutes", date="2018-10-17")
    from ingest.meta import extract_meta
    doc.meta = extract_meta(['NON-PROFIT ORGANISATION "MONOTOWNS DEVELOPMENT FUND"', "EXTRACT FROM MINUTES No. 51",
                             "Meeting of the Expert Council of the Monotowns Development Fund", "Moscow, 17 October 2018"], "")
    result = extract_document(doc, nlp=nlp)
    assert (result.document["doc_type"], result.document["issuer"]) == ("minutes", "Expert Council of the Monotowns Development Fund")
    assert [(o.clause, o.actor, o.deadline, o.action) for o in result.obligations] == [
        ("1.2", "Monotowns Development Fund", "2018-10-31", "prepare the draft agreement"),
        ("4.1", "Secretary of the Expert Council of the Monotowns Development Fund", "2018-10-22",
         "send extracts from these minutes to the applicants")]


def test_a_prime_ministers_approval_block_names_the_issuer():
    from ingest.meta import extract_meta
    meta = extract_meta(["I APPROVE", "Chairman of the Government", "of the Russian Federation", "D. Medvedev",
                         "16 February 2018 No. DM-P16-987", "LIST OF INSTRUCTIONS",
                         "following the meeting of the Government of the Russian Federation of 1 February 2018"], "")
    assert (meta.doc_type, meta.issuer) == ("instruction", "Prime Minister of the Russian Federation")


def test_it_is_necessary_with_a_responsible_bracket_is_a_decision(nlp):
    assert duties(clause("6", "It is necessary to ensure the completion of the road repairs (responsible: Ministry of "
                              "Finance; term: until 1 December 2017)."), nlp=nlp) == [("6", "Ministry of Finance", "2017-12-01")]
    assert duties(clause("6", "It is necessary to take into account the experience of other regions."), nlp=nlp) == []


@pytest.mark.parametrize("sentence, body", [
    ("The Asha Municipal District Administration shall submit the report by 1 June 2017.", "Administration of Asha"),
    ("The Zlatoust City Administration shall submit the report by 1 June 2017.", "Administration of Zlatoust"),
    ("The Corporation for SME shall submit the report by 1 June 2017.",
     "Federal Corporation for the Development of Small and Medium-Sized Enterprises"),
])
def test_a_towns_administration_named_before_its_head_word(nlp, sentence, body):
    assert duties(clause("2", sentence), nlp=nlp) == [("2", body, "2017-06-01")]


def test_an_administration_of_no_listed_town_is_no_town(nlp):
    ents = extract_document(make_doc(clause("2", "The Regional Administration shall submit the report.")), nlp=nlp).entities
    assert not [e for e in ents if e.label == "TOWN"]


def test_a_report_line_dates_an_item_whose_until_is_a_prolongation(nlp):
    found = obligations_of(
        clause("1", "The Government of the Russian Federation shall:"),
        Block("clause", "b) consider the question of extending until 31 December 2025 the period during which residents may "
                        "apply the reduced rates, and submit the relevant proposals;", 1, clause="1b"),
        Block("paragraph", "Report - by 1 October 2019, then - every six months.", 1), nlp=nlp, doc_type="instruction",
        date="2019-06-04")
    assert [(o.clause, o.deadline, o.recurrence) for o in found] == [("1b", "2019-10-01", "semiannual")]


def test_senior_officials_with_a_gloss_are_the_regions(nlp):
    found = obligations_of(
        clause("5", "The senior officials (heads of the highest executive bodies of state power) of the constituent entities "
                    "of the Russian Federation in whose territories monotowns are located are recommended to:"),
        Block("clause", "a) ensure the updating of the integrated development programmes of monotowns;", 1, clause="5a"),
        nlp=nlp, doc_type="instruction", date="2019-06-04")
    assert [(o.clause, o.actor) for o in found] == [("5a", "Executive authorities of constituent entities")]


def test_a_reports_kind_in_capitals_then_its_subject_is_its_title():
    from ingest.meta import extract_meta
    meta = extract_meta(["MINISTRY OF ECONOMIC DEVELOPMENT OF THE REPUBLIC OF", "BASHKORTOSTAN", "25.01.2019 No. 08-07/714"],
                        "To the Government of the Republic of Bashkortostan\n\nREPORT on the execution in 2018 of the plan of "
                        "measures\n\nIn accordance with item 4 ...")
    assert meta.title == "Report on the execution in 2018 of the plan of measures"


def test_decisions_to_the_project_offices_and_firm_days_without_a_year(nlp):
    found = obligations_of(
        clause("1.2", "To the project offices of the constituent entities of the Russian Federation to enter in the monitoring "
                      "system the data on new jobs created in January-September 2018 by 15.11."),
        clause("1.4", "To the project offices of the constituent entities of the Russian Federation to submit a report on the "
                      "measures in 2018, with photographs of the completed facilities, by 01.12."),
        nlp=nlp, doc_type="minutes", date="2018-10-30")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [
        ("1.2", "Executive authorities of constituent entities", "2018-11-15"),
        ("1.4", "Executive authorities of constituent entities", "2018-12-01")]


def test_a_letters_request_to_a_generic_addressee_with_items_run_into_one_paragraph(nlp):
    found = obligations_of(Block("paragraph", (
        "Requests to the constituent entities For the correct formation of the indicators, including those of the priority "
        "programme, we ask the executive authorities of the constituent entities of the Russian Federation: to inform the "
        "territorial body of Rosstat of the official responsible within 10 working days of the receipt of this letter. to "
        "submit to the territorial bodies of Rosstat, by 1 March 2018, updated lists of the town-forming organisations."), 1),
        nlp=nlp, doc_type="other", date="2018-02-09")
    assert [(o.actor, o.deadline) for o in found] == [
        ("Executive authorities of constituent entities", "2018-02-23"),
        ("Executive authorities of constituent entities", "2018-03-01")]


def test_an_employment_centre_named_once_in_full_then_by_its_head_words(nlp):
    rows = table(["No.", "Measure", "Executors", "Deadline"], [
        ["1.3", "Maintain a databank of vacancies of the organisations of the district", "Employment Centre",
         "by 1 June 2019"]])
    found = obligations_of(clause("5", "To recommend to the employment centre of Glazov to hold a job fair by 1 May 2019."),
                           *rows, nlp=nlp, date="2019-04-08")
    assert [(o.clause, o.actor) for o in found] == [("5", "Employment centre of Glazov"), ("1.3", "Employment centre of Glazov")]


def test_a_right_is_no_duty_and_an_official_with_bare_initials_answers_by_post(nlp):
    assert duties(clause("6", "The Monotowns Development Fund shall have the right to request additional documents."),
                  nlp=nlp) == []
    assert duties(clause("8", "The Head of Asha A.B. Ivanov to ensure the repair of the roads by 1 June 2017."),
                  nlp=nlp) == [("8", "Head of Asha", "2017-06-01")]


@pytest.mark.parametrize("text, actor", [
    # a recipient without an article: its own "to" is not the action's
    ("To recommend to local self-government bodies of monotowns to update the investment plans by 1 June 2017.",
     "Local self-government bodies of monotowns"),
    ("To recommend to state authorities of the constituent entities of the Russian Federation to adopt the programmes "
     "by 1 June 2017.", "Executive authorities of constituent entities"),
    # a delegating body the gazetteer lacks, with a finite verb
    ("The Committee recommends that the Ministry of Finance draft amendments to the budget code by 1 June 2017.",
     "Ministry of Finance"),
    ("The participants of the round table recommend that the Ministry of Finance draft amendments by 1 June 2017.",
     "Ministry of Finance"),
    ("The Council recommends to the Ministry of Finance to draft amendments to the budget code by 1 June 2017.",
     "Ministry of Finance"),
])
def test_recommendations_to_a_recipient_without_an_article_or_from_an_unlisted_body(nlp, text, actor):
    assert duties(clause("3", text), nlp=nlp) == [("3", actor, "2017-06-01")]


def test_a_recommendation_lead_to_state_authorities_then_dashed_items(nlp):
    found = duties(clause("2", "To recommend to the state authorities of the constituent entities of the Russian Federation:"),
                   Block("paragraph", "- to provide co-financing of projects in monotowns;", 1),
                   Block("paragraph", "- in 2018 to approve regional programmes of support of monotowns.", 1), nlp=nlp)
    assert found == [("2", "Executive authorities of constituent entities", None),
                     ("2", "Executive authorities of constituent entities", "2018-12-31")]


def test_a_resolution_on_a_letter_asks_its_addressees_and_a_reported_proposal_is_no_duty(nlp):
    found = extract_document(make_doc(
        Block("paragraph", "To incoming No. P16-6123 of 08.02.2018", 1),
        Block("paragraph", "Ministry of Economic Development of Russia (M.S. Oreshkin) - convener Ministry of Finance of "
                           "Russia (A.G. Siluanov) Please consider the proposals of the Government of Kirov Oblast and "
                           "submit agreed proposals to the Government of the Russian Federation.", 1),
        Block("label", "Deadline - 15 March 2018.", 1),
        Block("paragraph", "The letter proposes:", 1),
        Block("clause", "1) to allocate additional funds from the federal budget to Kirov Oblast;", 1, clause="1"),
        Block("clause", "2) to extend the loans of the Monotowns Development Fund.", 1, clause="2"),
        Block("paragraph", "The proposals concern the conditions of the Fund.", 1),
        date="2018-02-20", doc_type="instruction"), nlp=nlp).obligations
    assert [(o.actor, o.actors, o.deadline) for o in found] == [
        ("Ministry of Economic Development", ["Ministry of Economic Development", "Ministry of Finance"], "2018-03-15")]


@pytest.mark.parametrize("text, actor", [
    ('OOO "Khibinsky Nerudny Kombinat" shall submit to the Fund a report on the jobs created by 1 June 2017.',
     'OOO "Khibinsky Nerudny Kombinat"'),  # a Russian legal form transliterated
    ("The First Deputy Head of the Myski urban district shall submit the plan by 1 June 2017.",
     "First Deputy Head of Myski"),  # no "of the Administration" where the text names none
    ("The First Deputy Head of the Administration of the Myski urban district shall submit the plan by 1 June 2017.",
     "First Deputy Head of the Administration of Myski"),
])
def test_companies_by_a_transliterated_form_and_deputies_as_written(nlp, text, actor):
    assert duties(clause("3", text), nlp=nlp) == [("3", actor, "2017-06-01")]


def test_an_implementation_period_column_is_when_and_an_end_column_is_the_deadline(nlp):
    rows = table(["No.", "Measure", "Implementation period", "Responsible executor"],
                 [["1", "Construction of the road", "IV quarter of 2017", "Ministry of Finance"]])
    rows += table(["No.", "Measure", "Responsible executor", "Start", "End"],
                  [["2", "Construction of the bridge", "Ministry of Finance", "01.03.2017", "31.12.2018"]])
    assert duties(*rows, nlp=nlp) == [("1", "Ministry of Finance", "2017-12-31"), ("2", "Ministry of Finance", "2018-12-31")]


def test_a_glossary_term_for_a_body_then_its_procedure_in_the_present_tense(nlp):
    found = duties(
        clause("3", "The following concepts are used: monotown - a municipality included in the list; authorised body - "
                    "the executive authority of the constituent entity of the Russian Federation designated to organise "
                    "the monitoring;"),
        clause("13", "The authorised body:"),
        Block("clause", "13.1. summarises the information and submits it to the Ministry of Finance quarterly, by the 20th "
                        "day of the month following the reporting quarter;", 1, clause="13.1"),
        clause("14", "Where the town-forming organisation decides to suspend production, the local self-government body of "
                     "the monotown informs the Ministry of Finance within 5 working days."), nlp=nlp)
    assert found == [("13.1", "Executive authorities of constituent entities", "2017-04-20"),
                     ("14", "Local self-government bodies of monotowns", "2017-03-13")]


def test_a_time_limit_first_then_a_subject_whose_duty_has_a_purpose(nlp):
    # the modal verb of the subject, not the purpose's "to coordinate", makes the duty
    assert duties(clause("4.2", "Within 30 days of the signing of this order, the Ministry of Finance shall set up a "
                                "working group, with representatives of all the parties, to coordinate the plan."),
                  nlp=nlp) == [("4.2", "Ministry of Finance", "2017-04-05")]


def test_a_date_that_says_which_applications_is_no_deadline(nlp):
    found = duties(clause("3.2", "The Ministry of Finance shall ensure the consideration of the applications received "
                                 "before July 1, 2017, and submit the draft resolutions to the Government."),
                   Block("label", "Deadline - October 1, 2017.", 1), nlp=nlp)
    assert found == [("3.2", "Ministry of Finance", "2017-10-01")]


def test_an_unlisted_issuer_of_a_region_as_written_takes_the_regions_canonical_name(nlp):
    doc = make_doc(clause("1", "The Ministry of Finance shall submit the report by 1 June 2017."))
    doc.meta.issuer = "Control and Accounts Chamber of the Republic of Karelia"
    assert extract_document(doc, nlp=nlp).document["issuer"] == "Control and Accounts Chamber of Republic of Karelia"


@pytest.mark.parametrize("text", [
    "To consider item 3 of the minutes of 12.03.2017 No. 2 executed and remove it from control.",
    "To keep item 4 of the minutes No. 2 under control.",
])
def test_an_items_status_is_no_duty(nlp, text):
    assert duties(clause("2", text), nlp=nlp) == []


@pytest.mark.parametrize("text", [
    "To consider it expedient for the Ministry of Finance to allocate funds by 1 June 2017.",
    "To consider it necessary that the Ministry of Finance allocate funds by 1 June 2017.",
    "To recognise it expedient for the Ministry of Finance to allocate funds by 1 June 2017.",
])
def test_a_decision_that_deems_it_expedient_for_a_body_to_act(nlp, text):
    assert duties(clause("8", text), nlp=nlp) == [("8", "Ministry of Finance", "2017-06-01")]


@pytest.mark.parametrize("line, expected", [
    ("Report date: 1 June 2017.", "2017-06-01"),
    ("Periodicity: monthly, by the 5th day of the month following the reporting month.", "2017-04-05"),
])
def test_label_lines_naming_a_report_date_or_a_periodicity(nlp, line, expected):
    found = duties(clause("1", "To prepare proposals on the support of monotowns."),
                   Block("paragraph", "Responsible: Ministry of Finance.", 1), Block("paragraph", line, 1), nlp=nlp)
    assert found == [("1", "Ministry of Finance", expected)]


def test_a_letter_without_a_letterhead_opens_with_its_addressee_who_is_asked_politely(nlp):
    doc = make_doc(Block("title", "To the Governor of Kemerovo Oblast S.E. Tsivilev", 1),
                   Block("paragraph", "Dear Sergey Evgenievich,", 1),
                   Block("paragraph", "We would be grateful if you could submit the updated investment plan of Tayga to the "
                                      "Fund by 1 June 2017.", 1),
                   Block("paragraph", "Please be informed that the Fund has approved the application of Yurga.", 1),
                   doc_type="other")
    assert [(o.actor, o.deadline) for o in extract_document(doc, nlp=nlp).obligations] == [
        ("Governor of Kemerovo Oblast", "2017-06-01")]


@pytest.mark.parametrize("participle, verb", [
    ("financed", "finance"), ("organised", "organise"), ("issued", "issue"), ("involved", "involve"),
    ("completed", "complete"), ("agreed", "agree"), ("submitted", "submit"), ("implemented", "implement"),
    ("carried", "carry"), ("prepared", "prepare"), ("sent", "send"),
])
def test_a_passives_participle_gives_the_actions_verb(participle, verb):
    from extract.obligations import _base_verb

    assert _base_verb(participle) == verb


def test_co_executors_on_a_label_line_follow_the_responsible_executor(nlp):
    found = extract_document(make_doc(
        clause("3", "To ensure the monitoring of the labour market."),
        Block("paragraph", "Responsible executor: Federal Service for Labour and Employment; co-executors: Ministry of "
                           "Labour and Social Protection.", 1),
        Block("paragraph", "Term: 1 June 2017.", 1)), nlp=nlp).obligations
    assert [(o.actor, o.actors, o.deadline) for o in found] == [
        ("Federal Service for Labour and Employment",
         ["Federal Service for Labour and Employment", "Ministry of Labour and Social Protection"], "2017-06-01")]


@pytest.mark.parametrize("text, expected", [
    # a reported instruction whose time is still to come is a duty; one whose time has passed is a past event
    ("The governor instructed the Ministry of Finance to complete the design by 1 May 2017.",
     [("Ministry of Finance", "2017-05-01")]),
    ("The Ministry of Finance was asked to report to the governor every month.", [("Ministry of Finance", "2017-03-31")]),
    ("In 2016 the Government instructed the Ministry of Finance to prepare the rules by 1 June 2016.", []),
    ("The governor instructed the Ministry of Finance to take the matter under control.", []),
])
def test_a_reported_instruction_is_a_duty_while_its_time_is_to_come(nlp, text, expected):
    found = obligations_of(para(text), nlp=nlp, date="2017-03-06", doc_type="other")
    assert [(o.actor, o.deadline) for o in found] == expected


def test_an_indefinite_party_that_will_do_something_is_a_forecast(nlp):
    assert obligations_of(para("An investor will come to the town only if he finds a prepared site."), nlp=nlp,
                          doc_type="other") == []


def test_may_after_and_is_a_modal_not_the_month(nlp):
    found = obligations_of(clause("6", "The Ministry of Finance shall notify the Fund thereof and may submit a written "
                                       "opinion."), nlp=nlp, date="2017-02-17")
    assert [(o.actor, o.deadline) for o in found] == [("Ministry of Finance", None)]


def test_a_member_of_a_council_named_by_its_short_name_answers_as_its_members(nlp):
    found = obligations_of(
        clause("1", "The Coordination Council for the development of the monotown of Kovdor (hereinafter - the Council) "
                    "is a standing advisory body."),
        clause("6", "A member of the Council who is unable to attend a meeting shall notify the secretary of the Council "
                    "thereof."), nlp=nlp)
    assert [o.actor for o in found] == ["Members of the Coordination Council for the development of the monotown of Kovdor"]


def test_units_of_the_administration_of_the_town_in_a_heads_resolution(nlp):
    doc = titled_doc(["HEAD OF THE MUNICIPAL FORMATION", "MEDNOGORSK URBAN DISTRICT", "RESOLUTION", "17.02.2017 No. 84-pg"],
                     clause("4", "The Economic Department of the Administration of the town shall submit a report by 1 March 2017."),
                     clause("5", "To hold the first meeting of the Council in March 2017."),
                     Block("paragraph", "Responsible: Deputy Head of the Administration of the town for Economic Affairs "
                                        "I.N. Kolesova.", 1), date="2017-02-17", doc_type="resolution")
    result = extract_document(doc, nlp=nlp)
    assert result.document["issuer"] == "Head of Mednogorsk"
    assert [(o.clause, o.actor) for o in result.obligations] == [
        ("4", "Economic Department of the Administration of Mednogorsk"),
        ("5", "Deputy Head of the Administration of Mednogorsk for Economic Affairs")]


def test_a_request_for_information_in_the_forms_of_a_table(nlp):
    found = obligations_of(
        Block("title", "To the Head of the town of Borodino", 1),
        para("We ask you to submit information in the following forms (the forms are attached):"),
        *table(["No.", "Form", "Periodicity", "Due date"], [
            ["1", 'Form 1 "Labour market"', "monthly", "by the 5th day of the month following the reporting one"],
            ["2", 'Form 2 "Passport of the monotown"', "annually", "by 1 March of the year following the reporting one"]]),
        nlp=nlp, date="2019-01-22", doc_type="other")
    assert [(o.clause, o.actor, o.deadline, o.recurrence, o.action.split('"')[0]) for o in found] == [
        ("1", "Head of Borodino", "2019-02-05", "monthly", "submit information in Form 1 "),
        ("2", "Head of Borodino", "2019-03-01", "annual", "submit information in Form 2 ")]


def test_a_report_line_dates_a_duty_due_upon_an_event(nlp):
    found = duties(clause("6", "The Monotowns Development Fund shall consider, upon receipt of the application, the "
                               "possibility of co-financing and report the results to the Commission."),
                   Block("label", "Report: in the first quarter of 2017.", 1), nlp=nlp, date="2016-10-13")
    assert found == [("6", "Monotowns Development Fund", "2017-03-31")]


def test_a_letter_whose_own_number_runs_into_the_reference_line_then_its_addressee(nlp):
    found = obligations_of(
        para("08.11.2016 No. 02-11/5319 Re: No. 01-27/1184 of 12.10.2016 To the Head of the Luza Urban Settlement, Kirov "
             "Oblast N.A. Zubarev On the draft plan Dear Nikolai Aleksandrovich, The Fund has reviewed the draft plan."),
        para("Taking the above into account, please revise the plan and submit it to the Fund by 9 December 2016."),
        para("Before the plan is sent, we recommend agreeing the list of projects with the Government of Kirov Oblast."),
        clause("4", "For the project of a timber plant, for which the initiator intends to apply for a loan from the Fund, "
                    "the plan contains no business plan."),
        nlp=nlp, date="2016-11-08", doc_type="other")
    assert [(o.actor, o.deadline, o.action.split()[0]) for o in found] == [
        ("Head of Luza", "2016-12-09", "revise"), ("Head of Luza", None, "agreeing")]


def test_a_plan_with_a_responsible_column_for_each_party(nlp):
    found = obligations_of(*table(
        ["No.", "Action", "Responsible (company)", "Responsible (administration)", "Deadline"], [
            ["1", "Send notices of the release of employees to the Employment Centre", 'JSC "SUBR"', "-", "by 1 March 2017"],
            ["2", "Organise public works for released employees", "-", "Administration of Severouralsk", "III quarter of 2017"],
            ["3", "Hold a job fair at the enterprise", 'JSC "SUBR"', "Administration of Severouralsk", "by 31 March 2017"]]),
        nlp=nlp, date="2017-01-30")
    assert [(o.clause, o.actors) for o in found] == [
        ("1", ['JSC "SUBR"']), ("2", ["Administration of Severouralsk"]),
        ("3", ['JSC "SUBR"', "Administration of Severouralsk"])]


def test_chief_physicians_of_healthcare_institutions_named_by_their_legal_form(nlp):
    found = duties(clause("2", 'The chief physicians of the State Budgetary Healthcare Institutions of Perm Krai "Krasnovishersk '
                               'Central District Hospital" (O.N. Sheremetyeva) shall, by 15 April 2018, draw up personnel plans.'),
                   nlp=nlp, date="2018-03-22")
    assert found == [("2", "Krasnovishersk Central District Hospital", "2018-04-15")]


def test_a_party_represented_by_a_body_undertakes_through_it(nlp):
    found = obligations_of(
        clause("4.1", "The Russian Federation, represented by the Ministry of Industry and Trade of the Russian Federation, "
                      "undertakes:"),
        clause("4.1.1", "to consider the issue of including the products in the register by 1 June 2017."),
        nlp=nlp, date="2017-03-06", doc_type="other")
    assert [(o.clause, o.actor) for o in found] == [("4.1.1", "Ministry of Industry and Trade")]


def test_a_letters_inline_it_is_necessary_and_a_recommendation_that_generic_bodies_act(nlp):
    found = obligations_of(
        para("To the heads of the highest executive bodies of state power of the constituent entities"),
        clause("2", "It is also necessary to send to the Agency copies of the regional programmes by 20 May 2016."),
        clause("3", "It is necessary to note that the programmes were approved late."),
        para("Rostrud further recommends that the heads of the municipal formations hold job fairs in "
             "each monotown."),
        nlp=nlp, doc_type="other", date="2016-04-20")
    assert [(o.clause, o.actor, o.deadline, o.action.split()[0]) for o in found] == [
        ("2", "Executive authorities of constituent entities", "2016-05-20", "send"),
        (None, "Local self-government bodies of monotowns", None, "hold")]


def test_the_writers_own_future_passive_undertaking_but_not_a_reported_one(nlp):
    found = obligations_of(
        para("To the senior officials of the constituent entities of the Russian Federation"),
        para("The summary of the replies will be forwarded by the Ministry of Labour and Social Protection of "
             "the Russian Federation to the Government of the Russian Federation by 1 March 2017."),
        para("A.V. Popov said that the list of vacancies will be published by the Federal Service for Labour "
             "and Employment in December."),
        nlp=nlp, doc_type="other", date="2017-01-10")
    assert [(o.actor, o.deadline, o.action.split()[0]) for o in found] == [
        ("Ministry of Labour and Social Protection", "2017-03-01", "forward")]


def test_a_status_cells_own_plan_is_a_duty_of_its_row(nlp):
    found = obligations_of(*table(["No.", "Measure", "Term under the plan", "Progress"], [
        ["1", "Approval of the investment passport", "March 2018", "Done: resolution No. 12 of 02.03.2018"],
        ["2", "Tender for the reconstruction of the boiler house", "May 2018",
         "Delayed: no bids were received. The Administration of Nelidovo will hold a repeated tender by 10 July 2018"],
        ["3", "Agreement with the Fund", "June 2018", "In work; the Government of Tver Oblast will send the draft to the "
                                                    "Fund within 10 days of the approval of the budget"],
        ["4", "Retraining of the released workers", "2018", "The employment centre reports that 40 persons will be retrained"]]),
        nlp=nlp, date="2018-06-01", doc_type="other")
    assert [(o.clause, o.actor, o.deadline, o.action) for o in found] == [
        ("2", "Administration of Nelidovo", "2018-07-10", "hold a repeated tender"),
        ("3", "Government of Tver Oblast", None, "send the draft to the Fund")]


def test_a_memos_addressee_after_to_colon_and_its_request(nlp):
    found = obligations_of(
        para("To: Federal Service for Labour and Employment"),
        para("We ask you to consider the application of the region without delay."),
        nlp=nlp, doc_type="other", date="2018-06-01")
    assert [(o.actor, o.action.split()[0]) for o in found] == [("Federal Service for Labour and Employment", "consider")]


def test_a_year_in_an_agenda_heading_dates_no_item(nlp):
    found = obligations_of(
        Block("heading", "I. ON THE MEASURES TO SUPPORT EMPLOYMENT IN THE MONOTOWNS IN 2019", 1, clause="I"),
        Block("clause", "1.1. The Ministry of Labour of Tver Oblast shall provide subsidies to employers for the training of "
                        "workers.", 1, clause="I.1.1"),
        Block("heading", "II. ON FINANCING (TO BE EXECUTED BY 1 JULY 2019)", 1, clause="II"),
        Block("clause", "2.1. The Ministry of Finance of Tver Oblast shall allocate the funds.", 1, clause="II.2.1"),
        nlp=nlp, date="2019-05-20")
    assert [(o.clause, o.deadline) for o in found] == [("I.1.1", None), ("II.2.1", "2019-07-01")]


def test_recommended_to_generic_heads_with_the_towns_in_a_long_bracket_and_a_procedures_singular(nlp):
    found = obligations_of(
        clause("3", "To recommend to the heads of the municipal formations in whose territories monotowns are located "
                    "(Nelidovo, Kuvshinovo and Zapadnaya Dvina urban settlements; Kalyazin, Torzhok and Vyshny Volochyok "
                    "urban districts; the work settlements of Spirovo, Ozyorny and Solnechny):"),
        Block("clause", "3.1. to designate the officials responsible for the monitoring;", 1, clause="3.1"),
        clause("4", "Where a town-forming organisation suspends production, the municipal administration shall inform the "
                    "Ministry of Economic Development of Tver Oblast within two working days."),
        nlp=nlp, date="2019-05-20")
    assert [(o.clause, o.actor) for o in found] == [
        ("3.1", "Local self-government bodies of monotowns"), ("4", "Local self-government bodies of monotowns")]


def test_what_the_writer_will_do_with_the_information_and_a_letters_drafter_are_no_duties(nlp):
    found = obligations_of(
        para("To the senior officials of the constituent entities of the Russian Federation"),
        para("Please submit the information in the attached form by 1 December 2019."),
        para("The information received will be used by the Ministry of Industry and Trade of the Russian "
             "Federation in preparing proposals on state support."),
        para("The data should be sent in electronic form to the address given below."),
        para("Executor: A.B. Smirnova"),
        *table(["No.", "Enterprise", "Staff", "Measures"], [["1", "2", "3", "4"], ["", "", "", ""]]),
        nlp=nlp, doc_type="other", date="2019-11-01")
    assert [(o.actor, o.deadline) for o in found] == [("Executive authorities of constituent entities", "2019-12-01")]


def test_full_names_with_a_patronymic_in_either_order_and_a_salutation(nlp):
    doc = make_doc(
        para("Dear Sergey Petrovich,"),
        clause("1", "To include in the working group: Lebedeva Olga Ivanovna - Deputy Head of the Department of Economics "
                    "(deputy head of the working group); Gromov Pavel Sergeevich, chief specialist."),
        clause("2", "The report of Anatoly Yuryevich Kuzmin was heard."),
    )
    persons = {e.normalized for e in extract_document(doc, nlp=nlp).entities if e.label == "PERSON"}
    assert persons == {"Sergey Petrovich", "Lebedeva Olga Ivanovna", "Gromov Pavel Sergeevich", "Anatoly Yuryevich Kuzmin"}


def test_a_dative_to_two_state_employment_centres_with_their_heads(nlp):
    found = duties(clause("5", "To the State Employment Centre of the town of Yurga (V.I. Petrov) and the State Employment "
                               "Centre of the town of Belovo (T.A. Orlova) to submit to the Department monthly, by the 5th day "
                               "of the month following the reporting month, an analysis of the labour market."),
                   nlp=nlp, date="2018-04-17")
    assert found == [("5", "Employment centre of Yurga", "2018-05-05")]


def test_a_laws_powers_are_no_duties_but_its_shall_is(nlp):
    found = obligations_of(
        Block("heading", "Article 4. Powers of the Government of Tver Oblast", 1, clause="4"),
        Block("clause", "1. The Government of Tver Oblast:", 1, clause="4"),
        Block("clause", "1) approves the measures of state support of monotowns;", 1, clause="4"),
        Block("clause", "2) shall submit annually, by 1 May, a report to the Legislative Assembly of Tver Oblast;", 1, clause="4"),
        Block("heading", "Article 9. Transitional provisions", 1, clause="9"),
        Block("clause", "1. The Government of Tver Oblast shall approve the procedure within two months.", 1, clause="9"),
        nlp=nlp, date="2017-11-20")
    assert [(o.clause, o.actor, o.action.split()[0]) for o in found] == [
        ("4", "Government of Tver Oblast", "submit"), ("9", "Government of Tver Oblast", "approve")]


def test_a_unit_named_short_after_its_full_name_and_funds_defined_in_lower_case(nlp):
    found = obligations_of(
        para("Present: S.G. Tronin - head of the Housing and Utilities Department of the Administration of the "
             "town of Sarapul."),
        clause("1.2", "To repair the yards (resp.: S.G. Tronin, Housing and Utilities Department; term: until 31.05.2019)."),
        clause("2", "Loans are granted jointly with the regional industrial development funds (hereinafter - the regional "
                    "funds)."),
        clause("3", "The regional funds are recommended to inform the Fund annually, by 15 January, of the results."),
        nlp=nlp, date="2019-04-11", doc_type="minutes")
    assert [(o.clause, o.actor) for o in found] == [
        ("1.2", "Housing and Utilities Department of the Administration of Sarapul"),
        ("3", "Regional industrial development funds")]


def test_a_plan_with_start_and_end_columns_is_due_at_the_end_and_its_task_rows_are_headings(nlp):
    found = obligations_of(*table(
        ["No.", "Goal, task, event", "Executor", "Term of execution: start", "Term of execution: end", "Financing"], [
            ["1", "Task 1. Improvement of the investment climate", "", "", "", "62 530.0"],
            ["1.1", "Development of the investment passport of the town", "Administration of Nelidovo", "01.06.2017",
             "31.08.2017", "150.0"]]),
        nlp=nlp, date="2017-04-14")
    assert [(o.clause, o.actor, o.deadline) for o in found] == [("1.1", "Administration of Nelidovo", "2017-08-31")]


def test_a_letter_asking_a_deputy_prime_minister_to_instruct_and_to_recommend(nlp):
    found = obligations_of(
        para("To the Deputy Chairman of the Government of the Russian Federation D.N. Kozak"),
        para("Dear Dmitry Nikolayevich,"),
        para("Taking into account the above, I ask you:"),
        clause("1", "To instruct the Ministry of Finance of the Russian Federation to consider allocating a subsidy to Tver "
                    "Oblast."),
        clause("2", "To recommend the Monotowns Development Fund to consider the co-financing of the industrial park."),
        nlp=nlp, doc_type="other", date="2019-03-01")
    assert [(o.clause, o.actor, o.action.split()[0]) for o in found] == [
        ("1", "Deputy Prime Minister of the Russian Federation", "instruct"),
        ("2", "Deputy Prime Minister of the Russian Federation", "recommend")]
