"""The interview session: answers, relevance, calculations, validation, languages, triggers."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldapp.interview import (
    AnswerError,
    InterviewEnvironment,
    InterviewSession,
    SessionError,
)
from fieldapp.xlsform import FormDefinition, load_form

FORMS = Path(__file__).parent / "forms_md"
NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def environment() -> InterviewEnvironment:
    numbers = itertools.count(1)
    return InterviewEnvironment(
        clock=lambda: NOW, device_id="laptop-07", username="officer.k",
        uuid_factory=lambda: f"6f1c1d3e-0000-4000-8000-{next(numbers):012d}",
        random_seed=7,
    )


@pytest.fixture(scope="module")
def all_types() -> FormDefinition:
    return load_form(FORMS / "all_types.md")


@pytest.fixture(scope="module")
def columns() -> FormDefinition:
    return load_form(FORMS / "columns.md")


def start(form: FormDefinition, language: str | None = None) -> InterviewSession:
    return InterviewSession.start(form, language=language, environment=environment())


def test_start_fills_metadata_and_defaults(all_types: FormDefinition,
                                           columns: FormDefinition) -> None:
    session = start(all_types)
    writes = dict(session.started.writes)
    assert writes["/data/start"] == "2026-03-14T09:30:00.000+00:00"
    assert writes["/data/today"] == "2026-03-14"
    assert writes["/data/deviceid"] == "laptop-07"
    assert writes["/data/username"] == "officer.k"
    assert writes["/data/meta/instanceID"] == "uuid:6f1c1d3e-0000-4000-8000-000000000001"
    assert "/data/end" not in writes
    values = start(columns).values()
    assert values["seen_on"] == "2026-03-14"  # default today(), set once at the start
    assert values["region"] == "north"  # static default
    assert values["officer"] == "Officer 7"


@pytest.mark.parametrize(
    ("path", "value", "stored"),
    [
        ("/data/alias", "Mira", "Mira"),
        ("/data/age", 34, 34),
        ("/data/age", "34", 34),
        ("/data/age", 34.0, 34),
        ("/data/debt", 1250.5, 1250.5),
        ("/data/debt", "80", 80),
        ("/data/arrival", "2026-02-01", "2026-02-01"),
        ("/data/seen_at", "14:05", "14:05:00.000"),
        ("/data/referred_at", "2026-03-14T10:00:00Z", "2026-03-14T10:00:00.000+00:00"),
        ("/data/documents_held", "yes", "yes"),
        # Stored in the order of the choice list, as ODK stores a select_multiple.
        ("/data/control", ["threats", "debt"], ["debt", "threats"]),
        ("/data/control", "debt documents", ["debt", "documents"]),
        ("/data/site", "east_station", "east_station"),
        ("/data/sites_seen", ["north_port", "border_post"], ["north_port", "border_post"]),
        ("/data/consent_ack", "OK", "OK"),
        ("/data/consent_ack", True, "OK"),
        ("/data/source_code", "B12", "B12"),
        ("/data/fear", 4, 4),
        ("/data/needs", ["medical", "shelter", "legal"], ["medical", "shelter", "legal"]),
        ("/data/contact/phone", "+000 555 0100", "+000 555 0100"),
    ],
)
def test_answers_of_every_type(all_types: FormDefinition, path: str, value: object,
                               stored: object) -> None:
    session = start(all_types)
    change = session.answer(path, value)
    assert change.values[path] == stored
    assert change.writes[0] == (path, stored)
    assert session.answers()[path] == stored


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        ("/data/age", "thirty", "whole number"),
        ("/data/age", 3.5, "whole number"),
        ("/data/age", True, "whole number"),
        ("/data/debt", "a lot", "number"),
        ("/data/arrival", "01/02/2026", "YYYY-MM-DD"),
        ("/data/arrival", "2026-02-30", "YYYY-MM-DD"),
        ("/data/seen_at", "noon", "HH:MM"),
        ("/data/referred_at", "2026-03-14", "date and time"),
        ("/data/documents_held", "maybe", "choices"),
        ("/data/documents_held", ["yes"], "one choice"),
        ("/data/control", ["debt", "debt"], "twice"),
        ("/data/control", ["debt", "smuggling"], "choices"),
        ("/data/fear", 9, "from 1 to 5"),
        ("/data/fear", 2.5, "step"),
        ("/data/consent_ack", "yes please", "OK"),
        ("/data/alias", ["a", "list"], "text"),
        ("/data/reminder", "x", "not answered directly"),
        ("/data/adult", 1, "not answered directly"),
        ("/data/start", "2020-01-01T00:00:00Z", "not answered directly"),
        ("/data/nothing", "x", "no such question"),
        ("not a path", "x", "no such question"),
    ],
)
def test_values_that_do_not_fit_are_refused(all_types: FormDefinition, path: str,
                                            value: object, reason: str) -> None:
    session = start(all_types)
    with pytest.raises(AnswerError) as caught:
        session.answer(path, value)
    assert reason in str(caught.value)
    if isinstance(value, str) and len(value) > 3:
        assert value not in str(caught.value)  # never repeat what was typed
    assert "/data/nothing" not in session.answers()


def test_relevance_hides_without_losing_the_answer(all_types: FormDefinition) -> None:
    session = start(all_types)
    change = session.answer("/data/control", ["other"])
    assert change.visibility == {"/data/control_other": True}
    session.answer("/data/control_other", "forced to sell goods")
    change = session.answer("/data/control", ["debt"])
    assert change.visibility == {"/data/control_other": False}
    assert change.values["/data/control_other"] is None
    assert "control_other" not in session.values()
    assert session.answers()["/data/control_other"] == "forced to sell goods"  # kept
    change = session.answer("/data/control", ["debt", "other"])
    assert change.values["/data/control_other"] == "forced to sell goods"
    assert session.values()["control_other"] == "forced to sell goods"


def test_calculations_follow_answers(all_types: FormDefinition,
                                     columns: FormDefinition) -> None:
    session = start(all_types)
    assert session.values()["adult"] == "0"  # an empty age is not 18 or more
    assert session.answer("/data/age", 19).values["/data/adult"] == "1"
    assert session.answer("/data/age", 16).values["/data/adult"] == "0"
    col = start(columns)
    col.answer("/data/alias", "Mira")
    change = col.answer("/data/age", 15)
    assert change.values["/data/summary"] == "Mira (15)"
    assert change.values["/data/is_child"] == "1"
    assert change.visibility == {"/data/child_note": True}
    view = col.question_view("/data/child_note")
    assert view is not None and view.label == "Mira is a child: refer to child protection."
    assert col.values()["instanceName"] == "Mira-2026-03-14"


def test_constraint_keeps_the_answer_and_reports_it(columns: FormDefinition) -> None:
    session = start(columns, language="fr")
    change = session.answer("/data/age", 150)
    assert change.writes == (("/data/age", 150),)  # saved: nothing typed is lost
    assert change.errors == {"/data/age": "L'âge doit être entre 0 et 120"}
    session.jump("/data/age")
    blocked = session.next()
    assert not blocked.moved and blocked.errors[0].name == "age"
    assert session.answer("/data/age", 40).errors == {"/data/age": None}
    assert session.next().moved


def test_required_message_in_the_current_language(columns: FormDefinition) -> None:
    session = start(columns)
    assert session.current_page == "/data/alias"
    blocked = session.next()
    assert [e.message for e in blocked.errors] == ["Please give a name or alias"]
    session.set_language("fr")
    view = session.page_view()
    assert view is not None
    assert view.questions[0].label == "Nom ou alias"
    assert view.questions[0].error == "Please give a name or alias"  # until validated again
    assert session.next().errors[0].message == "Veuillez indiquer un nom ou un alias"
    with pytest.raises(SessionError):
        session.set_language("de")


def test_guidance_and_messages_follow_the_officers_language(columns: FormDefinition) -> None:
    session = InterviewSession.start(columns, language="fr", environment=environment(),
                                     officer_language="en")
    alias = session.question_view("/data/alias")
    assert alias is not None
    assert (alias.label, alias.hint) == ("Nom ou alias", "Tel que la personne le donne")
    assert alias.guidance == "Do not insist on a legal name"
    assert session.answer("/data/age", 150).errors == {
        "/data/age": "Age must be between 0 and 120"}
    assert session.next().errors[0].message == "Please give a name or alias"
    # The officer switches the app to French: the messages on record follow at once.
    session.set_officer_language("fr")
    assert session.errors["/data/age"] == "L'âge doit être entre 0 et 120"
    # A language the form lacks: the respondent's language is used.
    session.set_officer_language("de")
    assert session.officer_language is None
    guidance = session.question_view("/data/alias")
    assert guidance is not None and guidance.guidance == "N'insistez pas sur le nom légal"
    restored = InterviewSession.restore(columns, [("/data/age", 150)], language="fr",
                                        officer_language="English (en)")
    assert restored.answer("/data/age", 151).errors == {
        "/data/age": "Age must be between 0 and 120"}


def test_language_switch_changes_labels_hints_and_choices(columns: FormDefinition) -> None:
    session = start(columns, language="en")
    english = session.question_view("/data/alias")
    assert english is not None
    assert (english.hint, english.guidance) == ("As the person gives it",
                                                "Do not insist on a legal name")
    session.set_language("Français (fr)")
    french = session.question_view("/data/alias")
    assert french is not None and french.hint == "Tel que la personne le donne"
    region = session.question_view("/data/region")
    assert region is not None and [c.label for c in region.choices] == ["Nord", "Est"]
    assert english.bind_attributes == {"fa:role": "person_name", "fa:referral": "person"}


def test_choice_filter(columns: FormDefinition) -> None:
    session = start(columns)
    view = session.question_view("/data/site")
    assert view is not None and [c.name for c in view.choices] == ["north_port", "hill_camp"]
    with pytest.raises(AnswerError):
        session.answer("/data/site", "east_station")
    session.answer("/data/region", "east")
    view = session.question_view("/data/site")
    assert view is not None and [c.name for c in view.choices] == ["east_station"]
    session.answer("/data/site", "east_station")


def test_randomized_choices_are_stable_per_interview(columns: FormDefinition) -> None:
    session = start(columns)
    first = session.question_view("/data/needs")
    second = session.question_view("/data/needs")
    assert first is not None and second is not None
    assert first.choices == second.choices
    assert sorted(c.name for c in first.choices) == ["food", "legal", "medical", "shelter"]


def test_trigger_column_sets_a_value_when_its_source_changes(columns: FormDefinition) -> None:
    session = start(columns)
    change = session.answer("/data/guests", 2)
    assert change.values["/data/guests_changed"] == "2026-03-14T09:30:00.000+00:00"
    assert ("/data/guests_changed", "2026-03-14T09:30:00.000+00:00") in change.writes


def test_read_only_field_cannot_be_answered(columns: FormDefinition) -> None:
    session = start(columns)
    with pytest.raises(AnswerError, match="read-only"):
        session.answer("/data/officer", "Someone else")


def test_clearing_a_default_is_remembered(columns: FormDefinition) -> None:
    session = start(columns)
    change = session.clear("/data/region")
    assert change.writes == (("/data/region", ""),)
    restored = InterviewSession.restore(columns, session.answers().items(),
                                        environment=environment())
    assert restored.values()["region"] is None


def test_finish_checks_everything_then_stamps_the_end(columns: FormDefinition) -> None:
    session = start(columns)
    incomplete = session.finish()
    assert not incomplete.complete
    assert {e.name for e in incomplete.errors} == {"alias", "age"}
    assert not session.is_complete
    session.answer("/data/alias", "Mira")
    session.answer("/data/age", 29)
    done = session.finish()
    assert done.complete and session.is_complete
    all_done = start(load_form(FORMS / "all_types.md"))
    all_done.answer("/data/alias", "K.")
    all_done.answer("/data/age", 30)
    all_done.remove_repeat("/data/journey", 1)  # the entry it starts with, as in ODK
    finished = all_done.finish()
    assert finished.complete
    assert dict(finished.change.writes)["/data/end"] == "2026-03-14T09:30:00.000+00:00"


def test_restored_rows_give_the_same_interview(columns: FormDefinition) -> None:
    session = start(columns)
    rows: dict[str, object] = dict(session.started.writes)
    for path, value in [("/data/alias", "Mira"), ("/data/age", 15), ("/data/region", "east"),
                        ("/data/site", "east_station"), ("/data/needs", ["food", "legal"]),
                        ("/data/guests", 3)]:
        for key, written in session.answer(path, value).writes:
            if written is None:
                rows.pop(key, None)
            else:
                rows[key] = written
    assert rows == session.answers()
    restored = InterviewSession.restore(columns, rows.items(), environment=environment())
    assert restored.values() == session.values()
    assert restored.to_submission_xml() == session.to_submission_xml()


def test_a_page_of_an_open_ended_entry_offers_its_removal(all_types: FormDefinition) -> None:
    session = start(all_types)
    pages = session.visible_pages()
    inside = next(p.key for p in pages if p.key.startswith("/data/journey[1]"))
    view = session.page_view(inside)
    assert view is not None and view.entry is not None
    assert (view.entry.path, view.entry.index) == ("/data/journey", 1)
    outside = session.page_view(pages[0].key)
    assert outside is not None and outside.entry is None
    repeat_page = session.page_view("/data/journey#repeat")
    assert repeat_page is not None and repeat_page.entry is None
