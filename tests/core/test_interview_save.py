"""Saving answers through the interview service: one commit, no savepoint, nothing lost."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from fieldapp.services import caselist
from fieldapp.services.form_library import vault_library
from fieldapp.services.interviews import InterviewService, OpenInterview, role_path
from fieldapp.services.session import Vault
from fieldapp.vault import interviews
from fieldapp.vault.interviews import InterviewReadOnly


@pytest.fixture
def opened(vault: Vault) -> tuple[InterviewService, OpenInterview]:
    service = InterviewService(vault, vault_library(vault))
    return service, service.start("rapid_screening", language="en", site="North Gate")


@contextmanager
def statements(vault: Vault) -> Iterator[list[str]]:
    seen: list[str] = []
    vault.connection.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        vault.connection.set_trace_callback(None)


def words(seen: list[str]) -> list[str]:
    return [" ".join(statement.split()[:2]).upper() for statement in seen]


def test_an_answer_commits_once_without_a_savepoint(
        vault: Vault, opened: tuple[InterviewService, OpenInterview]) -> None:
    service, interview = opened
    with statements(vault) as seen:
        service.save_writes(interview.record.id, interview.form,
                            (("/data/start_page/site", "East Station"),), {}, None)
    assert not any("SAVEPOINT" in statement.upper() for statement in seen)
    assert words(seen).count("BEGIN IMMEDIATE") == 1 and words(seen).count("COMMIT") == 1
    assert words(seen)[-1] == "COMMIT"  # durable when save_writes returns


def test_a_named_person_commits_once_and_is_found(
        vault: Vault, opened: tuple[InterviewService, OpenInterview]) -> None:
    service, interview = opened
    name_path = role_path(interview.form, "person_name")
    assert name_path is not None
    with statements(vault) as seen:
        service.save_writes(interview.record.id, interview.form,
                            ((name_path, "Amara Quill"),), {}, None)
    assert not any("SAVEPOINT" in statement.upper() for statement in seen)
    assert words(seen).count("COMMIT") == 1
    assert sum(1 for s in seen if s.upper().startswith("UPDATE INTERVIEWS")) == 1
    found = caselist.fetch_page(vault.connection, caselist.CaseQuery(text="Quill")).rows
    assert [row.reference for row in found] == [interview.record.reference]
    answers = dict(interviews.load_answers(vault.connection, interview.record.id))
    assert answers[name_path] == "Amara Quill"


def test_the_site_answer_moves_the_case_in_search(
        vault: Vault, opened: tuple[InterviewService, OpenInterview]) -> None:
    service, interview = opened
    site_path = role_path(interview.form, "site")
    assert site_path is not None
    service.save_writes(interview.record.id, interview.form,
                        ((site_path, "Harbour Pier"),), {}, "p2")
    record = interviews.get_by_reference(vault.connection, interview.record.reference)
    assert record.site == "Harbour Pier"
    found = caselist.fetch_page(vault.connection, caselist.CaseQuery(text="Harbour")).rows
    assert [row.reference for row in found] == [interview.record.reference]


def test_an_unchanged_name_queues_nothing(
        vault: Vault, opened: tuple[InterviewService, OpenInterview]) -> None:
    service, interview = opened
    name_path = role_path(interview.form, "person_name")
    assert name_path is not None
    service.save_writes(interview.record.id, interview.form, ((name_path, "Lio"),), {}, None)
    caselist.refresh_search_index(vault.connection)
    service.save_writes(interview.record.id, interview.form, ((name_path, " Lio "),), {}, None)
    queued = vault.connection.execute("SELECT count(*) FROM search_queue").fetchone()[0]
    assert queued == 0


def test_a_refused_save_writes_nothing(
        vault: Vault, opened: tuple[InterviewService, OpenInterview]) -> None:
    service, interview = opened
    name_path = role_path(interview.form, "person_name")
    assert name_path is not None
    vault.connection.execute("UPDATE interviews SET status = 'finalised' WHERE id = ?",
                             (interview.record.id,))
    with pytest.raises(InterviewReadOnly):
        service.save_writes(interview.record.id, interview.form,
                            ((name_path, "Never Stored"),), {}, None)
    assert not vault.connection.in_transaction
    label = vault.connection.execute("SELECT person_label FROM interviews WHERE id = ?",
                                     (interview.record.id,)).fetchone()[0]
    assert label == ""


def test_apply_answers_needs_the_callers_transaction(
        vault: Vault, opened: tuple[InterviewService, OpenInterview]) -> None:
    _service, interview = opened
    with pytest.raises(RuntimeError):
        interviews.apply_answers(vault.connection, interview.record.id, [("/data/x", "1")])
    with pytest.raises(ValueError, match="searchable"), interviews.transaction(vault.connection):
        interviews.apply_answers(vault.connection, interview.record.id, [],
                                 searchable={"reference": "X-1"})
