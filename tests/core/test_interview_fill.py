"""Headless filling, test scenarios, JSON round trips and submissions, on our forms and HTCDS."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from fieldapp.interview import InterviewDataError, InterviewEnvironment, InterviewSession
from fieldapp.interview.fill import fill_form
from fieldapp.interview.scenarios import (
    ScenarioFileError,
    load_scenarios,
    locate,
    run_scenarios,
    same_value,
)
from fieldapp.xlsform import FormDefinition, load_form

FORMS = Path(__file__).parent / "forms_md"
REPO = Path(__file__).resolve().parents[2]
HTCDS = REPO / ".." / "shared" / "data" / "htcds" / "htcds_xlsform.xlsx"
ENV = InterviewEnvironment(clock=lambda: datetime(2026, 3, 14, 9, 30, tzinfo=UTC),
                           uuid_factory=lambda: "0b7c6a52-4b8e-4d2c-9a51-2f3b7e0c1d11")

# A realistic, entirely fictional case for the published HTCDS form.
HTCDS_ANSWERS = {
    "con_Consent": "TRUE",
    "prs_First_Name": "Ana",
    "prs_Second_Name": "Example",
    "prs_Birthdate": "1998-05-04",
    "prs_Gender": "Feminine",
    "prs_Citizenship": "MD",
    "vic_MethodOfRecruitment": ["ThroughOnlineSocialNetworks"],
    "vic_LocationOfRecruitment": "Fictional Town",
    "vic_TraffickingStatus": "PossibleVictimOfTrafficking",
    "vic_TraffickingStatusDecisionMakingOrg": "NGO",
    "vic_Methods_of_Control": ["DebtBondage", "WithholdsDocuments", "ExcessiveWorkingHours"],
    "vic_TypeOfExploitation": ["ForcedLabour"],
    "vic_ForcedLabourIndustry": ["I_AccommodationAndFoodServiceActivities"],
    "vic_LocationOfExploitation": "Fictional City",
    "cas_Status": "Active",
    "cas_ReferringOrganisation": "Harbour Light Shelter (sample)",
    "cas_IncomingReferralDate": "2026-03-10",
}


@pytest.fixture(scope="module")
def htcds() -> FormDefinition:
    if not HTCDS.is_file():
        pytest.skip(f"the shared HTCDS form is not at {HTCDS}")
    return load_form(HTCDS)


def test_htcds_fills_and_exports_a_submission(htcds: FormDefinition) -> None:
    result = fill_form(htcds, HTCDS_ANSWERS, environment=ENV)
    assert result.complete, result.errors
    # Stored in the order of the choice list, as ODK stores a select_multiple.
    assert result.values["vic_Methods_of_Control"] == [
        "DebtBondage", "ExcessiveWorkingHours", "WithholdsDocuments"]
    assert result.values["__version__"] == "vSmt4GQA3C9uBMLPEVfgND"
    root = etree.fromstring(result.session.to_submission_xml())
    assert root.tag == "data"
    assert (root.get("id"), root.get("version")) == ("htcds_xlsform", "vSmt4GQA3C9uBMLPEVfgND")
    assert root.findtext("meta/instanceID") == "uuid:0b7c6a52-4b8e-4d2c-9a51-2f3b7e0c1d11"
    assert root.findtext("vic_Methods_of_Control") == (
        "DebtBondage ExcessiveWorkingHours WithholdsDocuments")
    assert root.findtext("prs_Birthdate") == "1998-05-04"
    assert root.findtext("start") == "2026-03-14T09:30:00.000+00:00"


def test_htcds_bad_answers_are_reported_not_raised(htcds: FormDefinition) -> None:
    answers = {**HTCDS_ANSWERS, "prs_Gender": "Unknown", "prs_Birthdate": "04/05/1998",
               "prs_ShoeSize": 38}
    result = fill_form(htcds, answers, environment=ENV)
    assert not result.complete
    fields = {e["field"]: e["message"] for e in result.as_json()["errors"]}
    assert set(fields) == {"prs_Gender", "prs_Birthdate", "prs_ShoeSize"}
    assert "choices" in fields["prs_Gender"]
    assert "04/05/1998" not in json.dumps(result.as_json()["errors"])


def test_fill_repeats_nested_in_answers() -> None:
    form = load_form(FORMS / "all_types.md")
    result = fill_form(form, {
        "alias": "K.", "age": 30, "children": 1,
        "journey": [{"place": "Port A", "nights": 2}, {"place": "Town B"}],
        "child": [{"child_age": 7}],
        "checks": [{"ok": "yes"}, {"ok": "no"}],
    }, environment=ENV)
    assert result.complete, result.errors
    assert result.values["journey"] == [
        {"place": "Port A", "nights": 2, "stage": "1"},
        {"place": "Town B", "nights": None, "stage": "2"},
    ]
    assert result.values["child"] == [{"child_age": 7}]
    assert [c["ok"] for c in result.values["checks"]] == ["yes", "no"]


def test_fill_reports_repeat_shape_problems() -> None:
    form = load_form(FORMS / "all_types.md")
    result = fill_form(form, {
        "alias": "K.", "age": 30,
        "journey": [{"place": "Port A", "altitude": 3}, {}],
        "checks": [{"ok": "yes"}],
        "child": "none",
    }, environment=ENV)
    errors = {e.name: e.message for e in result.errors}
    assert "no field" in errors["journey[1]/altitude"]
    assert "required" in errors["journey[2]/place"] or "requires" in errors["journey[2]/place"]
    assert "the form has 2 entries" in errors["checks"]
    assert "list" in errors["child"]


def test_scenarios_beside_a_form_run() -> None:
    form_path, tests_path = locate(FORMS / "screening_mini.md")
    assert locate(tests_path) == (form_path, tests_path)
    results = run_scenarios(load_form(form_path), load_scenarios(tests_path))
    assert [r.line() for r in results] == [
        "ok   adult with two strong indicators",
        "ok   child is always referred",
        "ok   some indicators",
        "ok   unsafe to continue",
        "ok   missing age is reported",
    ]


def test_failing_scenario_says_what_differs(tmp_path: Path) -> None:
    (tmp_path / "mini.md").write_bytes((FORMS / "screening_mini.md").read_bytes())
    (tmp_path / "mini.tests.json").write_text(json.dumps({"form": "mini.md", "scenarios": [
        {"name": "wrong expectation", "lang": "en",
         "answers": {"safe": "yes", "consent": "yes", "age": 40},
         "expect": {"complete": True, "values": {"result_level": "refer_now"},
                    "errors": ["age"]}},
    ]}), encoding="utf-8")
    form_path, tests_path = locate(tmp_path / "mini.md")
    (result,) = run_scenarios(load_form(form_path), load_scenarios(tests_path))
    assert not result.passed
    assert result.line() == ('FAIL wrong expectation: field result_level expected "refer_now", '
                             'got "no_indicators"; field age expected an error, got none')


@pytest.mark.parametrize("content", ["[]", "{", '{"form": "x.md"}',
                                     '{"form": "../x.md", "scenarios": [{}]}'])
def test_malformed_scenario_files(tmp_path: Path, content: str) -> None:
    path = tmp_path / "x.tests.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ScenarioFileError):
        load_scenarios(locate(path)[1])


@pytest.mark.parametrize(
    ("expected", "actual", "same"),
    [("1", 1, True), (1, 1.0, True), ("1.50", 1.5, True), ("refer_now", "refer_now", True),
     (None, "", True), ("", None, True), (["a", "b"], ["a", "b"], True), (["a"], "a", False),
     (0, None, False), ("2", "3", False), (True, "true", True), ("abc", "abd", False)],
)
def test_scenario_comparison(expected: object, actual: object, same: bool) -> None:
    assert same_value(expected, actual) is same


def test_json_round_trip_and_version_pinning() -> None:
    form = load_form(FORMS / "columns.md")
    session = InterviewSession.start(form, language="fr", environment=ENV)
    session.answer("/data/alias", "Mira")
    session.answer("/data/needs", ["food"])
    session.next()
    saved = json.loads(json.dumps(session.to_json()))
    assert saved["form_id"] == "columns" and saved["form_version"] == "3"
    again = InterviewSession.from_json(form, saved, environment=ENV)
    assert again.values() == session.values()
    assert again.language == "Français (fr)"
    assert again.current_page == session.current_page == "/data/age"
    assert again.history == ["/data/alias"]
    other = load_form(FORMS / "all_types.md")
    with pytest.raises(InterviewDataError, match="belongs to form 'columns' version '3'"):
        InterviewSession.from_json(other, saved)
    with pytest.raises(InterviewDataError):
        InterviewSession.from_json(form, {"format": "something else"})


def test_submission_leaves_out_what_is_not_relevant() -> None:
    form = load_form(FORMS / "all_types.md")
    session = InterviewSession.start(form, environment=ENV)
    session.answer("/data/control", ["other"])
    session.answer("/data/control_other", "forced to beg")
    session.answer("/data/control", ["debt"])
    root = etree.fromstring(session.to_submission_xml())
    assert root.find("control_other") is None
    assert root.findtext("control") == "debt"
    assert root.find("contact/phone") is not None  # relevant, empty: present as ODK does
