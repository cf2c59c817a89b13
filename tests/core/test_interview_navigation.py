"""Pages, next/back/jump with history, progress, and repeats (open-ended and counted)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldapp.interview import InterviewEnvironment, InterviewSession, PageKind, SessionError
from fieldapp.xlsform import FormDefinition, load_form

FORMS = Path(__file__).parent / "forms_md"


@pytest.fixture(scope="module")
def form() -> FormDefinition:
    return load_form(FORMS / "all_types.md")


def start(form: FormDefinition) -> InterviewSession:
    env = InterviewEnvironment(clock=lambda: datetime(2026, 3, 14, tzinfo=UTC),
                               uuid_factory=lambda: "6f1c1d3e-0000-4000-8000-000000000001")
    return InterviewSession.start(form, environment=env)


def keys(session: InterviewSession) -> list[str]:
    return [page.key for page in session.visible_pages()]


def test_pages_one_question_each_and_field_list_groups(form: FormDefinition) -> None:
    session = start(form)
    pages = keys(session)
    assert pages[:3] == ["/data/alias", "/data/age", "/data/debt"]
    assert "/data/contact" in pages  # field-list: one page for the group
    assert "/data/contact/phone" not in pages
    assert "/data/work/hours" in pages and "/data/work/days" in pages  # plain group
    assert "/data/control_other" not in pages  # not relevant yet
    assert "/data/journey#repeat" in pages  # open-ended repeat, no instance yet
    assert "/data/checks[1]/ok" in pages and "/data/checks[2]/ok" in pages  # repeat_count 2
    assert not any(key.startswith("/data/child[") for key in pages)  # no children given
    view = session.page_view("/data/contact")
    assert view is not None and [q.name for q in view.questions] == ["phone", "email"]


def test_next_validates_back_retraces_jump_skips(form: FormDefinition) -> None:
    session = start(form)
    blocked = session.next()
    assert not blocked.moved and blocked.errors[0].path == "/data/alias"
    session.answer("/data/alias", "K.")
    assert session.next().page == "/data/age"
    session.answer("/data/age", 30)
    assert session.next().page == "/data/debt"
    jumped = session.jump("/data/work")
    assert jumped.page == "/data/work/hours"
    assert session.back().page == "/data/debt"  # history, not page order
    assert session.back().page == "/data/age"
    assert session.back().page == "/data/alias"
    assert not session.back().moved
    with pytest.raises(SessionError):
        session.jump("/data/no_such_section")


def test_pages_appear_when_relevant(form: FormDefinition) -> None:
    session = start(form)
    session.answer("/data/control", ["other"])
    pages = keys(session)
    assert pages.index("/data/control_other") == pages.index("/data/control") + 1
    session.jump("/data/control")
    assert session.next().page == "/data/control_other"


def test_walk_to_the_end_and_progress(form: FormDefinition) -> None:
    session = start(form)
    session.remove_repeat("/data/journey", 1)  # the entry the form starts with (as in ODK)
    session.answer("/data/alias", "K.")
    session.answer("/data/age", 30)
    first = session.progress()
    assert first.page_number == 1 and first.answered == 2
    assert session.page_position() == (first.page_number, first.page_count)
    steps = 0
    while session.next().moved:
        steps += 1
        progress = session.progress()
        assert session.page_position() == (progress.page_number, progress.page_count)
    assert session.current_page is None
    assert steps == len(keys(session))
    done = session.progress()
    assert done.page_number == done.page_count
    assert session.back().page == keys(session)[-1]


def test_sections_for_the_menu(form: FormDefinition) -> None:
    session = start(form)
    assert [ref for ref, _ in session.sections()] == [
        "/data/contact", "/data/work", "/data/journey", "/data/checks", "/data/child"]


def test_open_repeat_add_navigate_and_remove(form: FormDefinition) -> None:
    session = start(form)
    # As in ODK, the repeat starts with the entry the form's primary instance holds.
    assert ("/data/journey", 1) in session.started.writes
    assert len(session.state.instances("/data/journey")) == 1
    session.remove_repeat("/data/journey", 1)
    session.jump("/data/journey")
    assert session.current_page == "/data/journey#repeat"
    view = session.page_view()
    assert view is not None and view.kind == PageKind.REPEAT.value
    assert view.repeat is not None and view.repeat.count == 0
    change = session.add_repeat("/data/journey")
    assert change.writes == (("/data/journey", 1),) and change.pages_changed
    assert session.current_page == "/data/journey[1]/place"
    assert session.page_view() is not None
    session.answer("/data/journey[1]/place", "Port A")
    session.add_repeat("/data/journey")
    session.answer("/data/journey[2]/place", "Town B")
    session.answer("/data/journey[2]/nights", 4)
    session.add_repeat("/data/journey")
    session.answer("/data/journey[3]/place", "City C")
    assert [s["stage"] for s in session.values()["journey"]] == ["1", "2", "3"]
    assert session.values()["stages"] == "3"
    session.jump("/data/journey[3]/place")
    change = session.remove_repeat("/data/journey", 2)
    assert change.writes == (
        ("/data/journey[2]/nights", None), ("/data/journey[2]/place", None),
        ("/data/journey[3]/place", None), ("/data/journey[2]/place", "City C"),
        ("/data/journey", 2),
    )
    assert session.current_page == "/data/journey[2]/place"  # followed its entry up
    assert [s["place"] for s in session.values()["journey"]] == ["Port A", "City C"]
    assert session.values()["stages"] == "2"
    page_view = session.page_view("/data/journey[2]/place")
    assert page_view is not None and page_view.titles == ("Journey stage 2",)
    with pytest.raises(SessionError):
        session.remove_repeat("/data/journey", 5)


def test_counted_repeats_follow_their_count(form: FormDefinition) -> None:
    session = start(form)
    assert len(session.values()["checks"]) == 2
    with pytest.raises(SessionError, match="set by the form"):
        session.add_repeat("/data/checks")
    change = session.answer("/data/children", 2)
    assert change.pages_changed
    assert len(session.values()["child"]) == 2
    session.answer("/data/child[2]/child_age", 9)
    session.answer("/data/children", 1)
    assert session.values()["child"] == [{"child_age": None}]
    # The answer of the instance that went away is kept and comes back with it.
    assert session.answers()["/data/child[2]/child_age"] == 9
    session.answer("/data/children", 2)
    assert session.values()["child"][1] == {"child_age": 9}


def test_required_inside_a_repeat_blocks_next(form: FormDefinition) -> None:
    session = start(form)
    session.add_repeat("/data/journey")
    session.jump("/data/journey[1]/place")
    blocked = session.next()
    assert not blocked.moved and blocked.errors[0].name == "journey[1]/place"
