"""The interview service over a real vault and the shipped screening forms."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fieldapp.interview import Change
from fieldapp.services.interviews import (
    InterviewIncomplete,
    InterviewService,
    VaultFormStore,
)
from fieldapp.services.session import Vault
from fieldapp.vault import audit, interviews, revisions
from fieldapp.vault.interviews import InterviewReadOnly
from fieldapp.xlsform import FormLibrary
from tests.conftest import REPO_ROOT

FORMS = REPO_ROOT / "forms"


def _scenarios(form: str) -> list[dict[str, Any]]:
    data = json.loads((FORMS / f"{form}.tests.json").read_text(encoding="utf-8"))
    return list(data["scenarios"])


def _scenario(form: str, level: str) -> dict[str, Any]:
    return next(s for s in _scenarios(form)
                if s["expect"].get("values", {}).get("result_level") == level
                and s["expect"].get("complete") and s["lang"] == "en")


@pytest.fixture(scope="module")
def library_forms() -> FormLibrary:
    library = FormLibrary(builtin_dir=FORMS)
    library.builtin_forms()  # load once for the module
    return library


@pytest.fixture
def service(vault: Vault, library_forms: FormLibrary) -> InterviewService:
    library = FormLibrary(VaultFormStore(lambda: vault.connection), builtin_dir=FORMS)
    library._builtin = library_forms._builtin  # reuse the parsed built-in forms
    return InterviewService(vault, library)


def _answer_page(service: InterviewService, opened: Any, answers: dict[str, Any]) -> None:
    """Give the current page's questions their answers from a scenario, as an officer would."""
    session = opened.session
    for question in session.page_view().questions:
        if question.name in answers and not question.read_only:
            service.save(opened, session.answer(question.path, answers[question.name]))


def test_start_answer_resume(service: InterviewService, vault: Vault) -> None:
    opened = service.start("rapid_screening", language="en", site="North Gate")
    assert opened.record.status == "draft" and opened.record.site == "North Gate"
    session = opened.session
    assert session.values()["site"] == "North Gate"
    answers = _scenario("rapid_screening", "refer_now")["answers"]
    for _ in range(3):
        _answer_page(service, opened, answers)
        assert session.next().moved
        service.save(opened, Change(position=session.current_page))
    position = session.current_page
    again = service.open(opened.record.reference)
    assert again.session.current_page == position
    assert again.session.answers() == session.answers()
    # The form version is pinned inside the vault.
    assert VaultFormStore(lambda: vault.connection).list() == [
        ("rapid_screening", opened.form.version)]


@pytest.mark.parametrize("level", ["refer_now", "no_indicators", "stopped"])
def test_record_finalises_with_result(service: InterviewService, level: str) -> None:
    scenario = _scenario("rapid_screening", level)
    record = service.record_answers("rapid_screening", scenario["answers"])
    assert record.status == "finalised" and record.revision == 1
    assert record.result_level == level
    result = service.result(record, "en")
    assert result.level == level
    assert result.action
    if level == "refer_now":
        assert result.indicators and result.dimensions_positive
        assert all(i.grade in "SMW" and i.dimension.startswith("d") for i in result.indicators)
        assert result.needs


def test_result_texts_follow_the_officer_language(service: InterviewService) -> None:
    scenario = _scenario("rapid_screening", "refer_now")
    record = service.record_answers("rapid_screening", scenario["answers"])
    english = service.result(record, "en")
    french = service.result(record, "fr")
    assert english.level == french.level
    assert english.action != french.action
    assert english.indicators[0].label != french.indicators[0].label


def test_incomplete_answers_are_refused(service: InterviewService) -> None:
    with pytest.raises(InterviewIncomplete) as caught:
        service.record_answers("rapid_screening", {"site": "Somewhere"})
    assert caught.value.problems


def test_revision_with_reason_is_audited(service: InterviewService, vault: Vault) -> None:
    scenario = _scenario("rapid_screening", "no_indicators")
    record = service.record_answers("rapid_screening", scenario["answers"])
    with pytest.raises(InterviewReadOnly):
        interviews.save_answers(vault.connection, record.id, [("/data/x", 1)])
    opened = service.begin_revision(record.reference, "age was misheard")
    assert not opened.read_only
    service.finalise(opened)
    kept = revisions.list_revisions(vault.connection, record.id)
    assert [r.revision for r in kept] == [1, 2] and kept[1].reason == "age was misheard"
    events = [(e.event, dict(e.details)) for e in audit.entries(vault.connection)]
    assert ("revision_started", {"reference": record.reference, "revision": 2}) in events
    assert any(event == "interview_finalised" for event, _ in events)
    # The audit log is never purged and leaves in bundles: the officer's words stay out of it.
    logged = vault.connection.execute("SELECT group_concat(details, ' ') FROM audit_log")
    assert "misheard" not in logged.fetchone()[0]


def test_person_label_makes_interview_searchable(service: InterviewService,
                                                  vault: Vault) -> None:
    from fieldapp.services import caselist

    scenario = _scenario("rapid_screening", "refer_now")
    record = service.record_answers("rapid_screening", scenario["answers"])
    name = scenario["answers"]["name_or_alias"].split()[0]
    found = caselist.fetch_page(vault.connection, caselist.CaseQuery(text=name)).rows
    assert [row.reference for row in found] == [record.reference]


def test_detail_reads_values_and_revisions(service: InterviewService, tmp_path: Path) -> None:
    scenario = _scenario("rapid_screening", "refer_now")
    record = service.record_answers("rapid_screening", scenario["answers"])
    detail = service.detail(record.reference)
    assert detail.values["result_level"] == "refer_now"
    assert [r.revision for r in detail.revisions] == [1]


def test_interviewers_open_only_their_own(service: InterviewService, vault: Vault) -> None:
    from dataclasses import replace

    from fieldapp.vault.interviews import InterviewNotFound

    record = service.record_answers("rapid_screening",
                                    _scenario("rapid_screening", "stopped")["answers"])
    other = InterviewService(replace(vault, user="jonas", role="interviewer"), service.library)
    with pytest.raises(InterviewNotFound):
        other.open(record.reference)
    supervisor = InterviewService(replace(vault, user="sam", role="supervisor"), service.library)
    assert supervisor.open(record.reference).record.reference == record.reference
