"""The outline of an interview on the shipped rapid screening: section states, sections that
cannot be opened, and a progress that does not go back as answers open the form up."""

from __future__ import annotations

import json
from typing import Any

import pytest

from fieldapp.interview import (
    InterviewSession,
    SectionNotApplicable,
    SectionState,
)
from fieldapp.xlsform import FormDefinition, load_form
from tests.conftest import REPO_ROOT


@pytest.fixture(scope="module")
def rapid() -> FormDefinition:
    return load_form(REPO_ROOT / "forms" / "rapid_screening.xlsx")


def states(session: InterviewSession) -> dict[str, SectionState]:
    return {status.ref.rsplit("/", 1)[-1]: status.state for status in session.section_states()}


ANSWERS: dict[str, Any] = next(
    case["answers"] for case in json.loads(
        (REPO_ROOT / "forms" / "rapid_screening.tests.json").read_text("utf-8"))["scenarios"]
    if case["name"].startswith("adult labour case"))


def fill_page(session: InterviewSession) -> None:
    """Answer the page's questions as the scenario does (and those answers bring in)."""
    done: set[str] = set()
    while True:
        view = session.page_view()
        assert view is not None
        todo = [q for q in view.questions if q.path not in done and q.name in ANSWERS]
        if not todo:
            return
        for question in todo:
            done.add(question.path)
            session.answer(question.path, ANSWERS[question.name])


def to_consent(session: InterviewSession) -> None:
    while session.current_page is not None and not session.current_page.endswith(
            "consent_page"):
        fill_page(session)
        assert session.next().moved


def test_sections_are_marked_current_done_ahead_and_not_applicable(
        rapid: FormDefinition) -> None:
    session = InterviewSession.start(rapid, language="en")
    first = states(session)
    assert first["start_page"] is SectionState.CURRENT
    assert first["safety"] is SectionState.AHEAD
    # Nothing is known yet about safety: the screening sections do not apply yet.
    assert first["person"] is SectionState.NOT_APPLICABLE
    to_consent(session)
    now = states(session)
    assert now["start_page"] is SectionState.DONE and now["safety"] is SectionState.DONE
    assert now["consent_page"] is SectionState.CURRENT
    session.answer(f"/{rapid.root_name}/consent_page/consent", "declined")
    declined = states(session)
    assert declined["person"] is SectionState.NOT_APPLICABLE
    assert declined["closing"] is SectionState.AHEAD


def test_a_section_that_does_not_apply_cannot_be_opened(rapid: FormDefinition) -> None:
    session = InterviewSession.start(rapid, language="en")
    to_consent(session)
    session.answer(f"/{rapid.root_name}/consent_page/consent", "declined")
    before = session.current_page
    with pytest.raises(SectionNotApplicable) as raised:
        session.jump(f"/{rapid.root_name}/person")
    assert "About the person" in str(raised.value)
    assert session.current_page == before
    person = next(s for s in session.section_states() if s.ref.endswith("/person"))
    assert not person.can_open


def test_a_section_jumped_over_with_answers_open_is_marked_missing(
        rapid: FormDefinition) -> None:
    session = InterviewSession.start(rapid, language="en")
    # Jump past the required site question without answering it.
    session.jump(f"/{rapid.root_name}/safety")
    marked = {s.ref.rsplit("/", 1)[-1]: s for s in session.section_states()}
    assert marked["start_page"].state is SectionState.MISSING
    assert marked["start_page"].problems == 4  # place, area, channel, identifying organisation
    # Counting does not put messages on the page before the officer asks to move on.
    assert not session.errors


def test_progress_only_moves_forward_as_the_form_opens_up(rapid: FormDefinition) -> None:
    session = InterviewSession.start(rapid, language="en")
    seen = [session.form_progress()]
    to_consent(session)
    seen.append(session.form_progress())
    fill_page(session)
    seen.append(session.form_progress())
    assert session.next().moved
    seen.append(session.form_progress())
    steps = [p.step for p in seen]
    assert steps == sorted(steps) and len(set(steps)) == 3
    assert len({p.steps for p in seen}) == 1  # the measure does not change under the officer
    assert seen[-1].section_label == "About the person"
    assert seen[0].section_number == 1 and seen[-1].section_number > seen[1].section_number


def test_declining_consent_jumps_progress_forward(rapid: FormDefinition) -> None:
    session = InterviewSession.start(rapid, language="en")
    to_consent(session)
    at_consent = session.form_progress()
    session.answer(f"/{rapid.root_name}/consent_page/consent", "declined")
    assert session.form_progress() == at_consent  # an answer alone does not move it back
    assert session.next().moved
    after = session.form_progress()
    assert after.step > at_consent.step + 3
    # The screening sections are left out: straight on to the officer's own assessment.
    assert after.section_label == "Officer's assessment"


def test_back_is_possible_from_past_the_last_page(rapid: FormDefinition) -> None:
    session = InterviewSession.start(rapid, language="en")
    assert not session.can_go_back
    last = session.visible_pages()[-1].key
    session.jump(last)
    assert session.next().moved and session.current_page is None
    assert session.can_go_back
    assert session.back().page == last


def test_questions_for_the_officer_come_in_the_officers_language() -> None:
    form = load_form(REPO_ROOT / "tests" / "core" / "forms_md" / "audience.md")
    session = InterviewSession.start(form, language="ar", officer_language="en")
    views = {}
    for page in session.visible_pages():
        view = session.page_view(page.key)
        assert view is not None
        views.update({q.name: q for q in view.questions})
    check = views["private_space"]
    assert check.for_officer and check.label == "Can others hear the conversation?"
    assert check.hint == "Check before asking"
    assert [c.label for c in check.choices] == ["Yes", "No"]
    assert views["stop_note"].label == "Stop here if it is not safe."
    asked = views["worked"]
    assert not asked.for_officer and asked.label == "هل عملت بدون أجر؟"
    assert [c.label for c in asked.choices] == ["نعم", "لا"]
    session.set_officer_language("ar")
    again = session.question_view(check.path)
    assert again is not None and again.label == "هل يمكن للآخرين سماع المحادثة؟"
