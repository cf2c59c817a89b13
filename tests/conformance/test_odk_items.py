"""The conformance form's own scenarios (tests/conformance/forms/odk_items.md), without Node.

The values they expect are ODK Web Forms' (checked against it by test_odk_differential.py
where Node is installed): ``3.0`` for a whole decimal, dates at local midnight at UTC+2,
choices in list order, the repeat entry the form starts with.
"""

from __future__ import annotations

from fieldapp.interview.scenarios import load_scenarios, run_scenarios
from fieldapp.xlsform import load_form
from tests.conformance.differential import CONFORMANCE_FORMS


def test_the_conformance_form_gives_odk_values() -> None:
    form = load_form(CONFORMANCE_FORMS / "odk_items.md")
    results = run_scenarios(form, load_scenarios(CONFORMANCE_FORMS / "odk_items.tests.json"))
    assert len(results) == 3
    assert [problem for result in results for problem in result.problems] == []


def test_a_new_interview_has_the_entry_the_form_starts_with() -> None:
    from fieldapp.interview import InterviewSession

    form = load_form(CONFORMANCE_FORMS / "odk_items.md")
    session = InterviewSession.start(form)
    assert ("/data/place", 1) in session.started.writes
    assert session.values()["places"] == "1"
    assert {error.name for error in session.validate_all()} == {"place[1]/town"}


def test_a_whole_decimal_is_stored_with_its_point() -> None:
    from fieldapp.interview import InterviewSession

    session = InterviewSession.start(load_form(CONFORMANCE_FORMS / "odk_items.md"))
    session.answer("/data/amount", 3)
    assert session.state.answers["/data/amount"] == "3.0"
    assert b"<amount>3.0</amount>" in session.to_submission_xml()
