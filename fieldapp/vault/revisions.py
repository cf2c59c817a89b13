"""Finalising interviews and revising them afterwards, with every revision kept.

Finalising turns a draft read-only and stores the complete answer set as the next revision in
``interview_revisions`` (revision 1 the first time). To change a finalised interview the
officer gives a reason: :func:`begin_revision` makes it a draft again, remembering the reason,
and the next :func:`finalise` stores revision N+1 with that reason. Earlier revisions are never
rewritten, so whatever was finalised once stays readable even when an edit is abandoned
half-way. Auditing is the caller's job (the service records each step with the reference).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldapp.vault.audit import Clock, utc_now
from fieldapp.vault.case_facts import case_facts
from fieldapp.vault.content_seal import REASON, REVISION, keyring_of
from fieldapp.vault.database import Connection, VaultDatabaseError, transaction
from fieldapp.vault.interviews import (
    InterviewNotFound,
    InterviewReadOnly,
    InterviewRecord,
    ensure_working_copy,
    get_by_id,
)

MAX_REASON_CHARS = 500


@dataclass(frozen=True)
class RevisionRecord:
    revision: int
    content: Mapping[str, Any]
    reason: str
    author: str
    created_at: str


class NotFinalised(VaultDatabaseError):
    def __init__(self, reference: str) -> None:
        super().__init__(f"interview {reference} is still a draft: there is nothing to revise")


class ReasonRequired(VaultDatabaseError):
    def __init__(self) -> None:
        super().__init__(
            f"say why the finalised interview is changed (1-{MAX_REASON_CHARS} characters)"
        )


def _now(clock: Clock) -> str:
    return clock().isoformat(timespec="milliseconds")


def _state(connection: Connection, interview_id: int) -> tuple[str, str, int, Any]:
    """Status, reference, revision and the pending reason as stored (sealed, or '')."""
    rows = connection.execute(
        "SELECT status, reference, revision, revision_reason FROM interviews WHERE id = ?",
        (interview_id,),
    ).fetchall()
    if not rows:
        raise InterviewNotFound(str(interview_id))
    status, reference, revision, reason = rows[0]
    return str(status), str(reference), int(revision), reason


def finalise(
    connection: Connection,
    interview_id: int,
    *,
    content: Mapping[str, Any],
    result_level: str,
    author: str,
    clock: Clock = utc_now,
) -> InterviewRecord:
    """Store ``content`` as the next revision and make the interview read-only."""
    now = _now(clock)
    keyring = keyring_of(connection)
    # The review filters and the dashboard read these on a supervisor's vault; a sealed
    # laptop has neither, and in clear they would tell a colleague a child was interviewed.
    is_child, citizenship = (None, "") if keyring.sealing else case_facts(content)
    with transaction(connection):
        status, reference, revision, reason = _state(connection, interview_id)
        if status != "draft":
            raise InterviewReadOnly(reference)
        officer = get_by_id(connection, interview_id).interviewer
        sealed = keyring.seal(json.dumps(content, ensure_ascii=False, sort_keys=True), officer,
                              REVISION)
        reason_text = str(keyring.open(reason, REASON))
        reason = keyring.seal(reason_text, officer, REASON) if reason_text else ""
        connection.execute(
            "INSERT INTO interview_revisions"
            " (interview_id, revision, content, reason, author, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (interview_id, revision + 1, sealed, reason, author, now),
        )
        connection.execute(
            "UPDATE interviews SET status = 'finalised', revision = ?, result_level = ?,"
            " finalised_at = ?, updated_at = ?, revision_reason = '', is_child = ?,"
            " citizenship = ? WHERE id = ?",
            (revision + 1, result_level, now, now, is_child, citizenship, interview_id),
        )
    return get_by_id(connection, interview_id)


def begin_revision(
    connection: Connection, interview_id: int, *, reason: str, clock: Clock = utc_now
) -> InterviewRecord:
    """Open a finalised interview for editing; the reason goes with the next revision."""
    reason = reason.strip()
    if not reason or len(reason) > MAX_REASON_CHARS:
        raise ReasonRequired()
    with transaction(connection):
        status, reference, _revision, _reason = _state(connection, interview_id)
        if status != "finalised":
            raise NotFinalised(reference)
        ensure_working_copy(connection, interview_id, clock=clock)
        # Free text: sealed under the officer's key like her answers.
        sealed = keyring_of(connection).seal(
            reason, get_by_id(connection, interview_id).interviewer, REASON)
        connection.execute(
            "UPDATE interviews SET status = 'draft', revision_reason = ?, updated_at = ?"
            " WHERE id = ?",
            (sealed, _now(clock), interview_id),
        )
    return get_by_id(connection, interview_id)


def pending_reason(connection: Connection, interview_id: int) -> str:
    """The reason given for the edit in progress ('' for a first draft)."""
    return str(keyring_of(connection).open(_state(connection, interview_id)[3], REASON))


def list_revisions(connection: Connection, interview_id: int) -> list[RevisionRecord]:
    rows = connection.execute(
        "SELECT revision, content, reason, author, created_at FROM interview_revisions"
        " WHERE interview_id = ? ORDER BY revision",
        (interview_id,),
    )
    keyring = keyring_of(connection)
    return [
        RevisionRecord(int(revision), json.loads(keyring.open(content, REVISION)),
                       str(keyring.open(reason, REASON)), author, created_at)
        for revision, content, reason, author, created_at in rows
    ]


def mark_referred(connection: Connection, interview_id: int, *, clock: Clock = utc_now) -> None:
    """Record that a referral was made (the case list shows the interview as referred)."""
    with transaction(connection):
        connection.execute(
            "UPDATE interviews SET referred_at = coalesce(referred_at, ?) WHERE id = ?",
            (_now(clock), interview_id),
        )
