"""The case-work repository: case status changes, dated case notes, referral follow-up steps.

Each change is a row of its own, never rewritten: ``case_status_changes`` (from, to, the day
the decision is dated, when and by whom it was recorded), ``case_notes`` (the day the note is
about and its text) and ``referral_events`` (the step, the day it happened, whether it
succeeded and the reason when not). The interview row holds the current case status and the
referral row the current follow-up step, so lists filter on indexed columns. The transitions
are checked here, inside the write transaction, against the rules of
:mod:`fieldapp.vault.case_states`. Every row has a uuid so that a laptop receiving the outcome
of its interviews stores each once. Auditing is the caller's job (the case-work service records
ids and statuses, never a note's or a reason's text). Readers get frozen dataclasses.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from fieldapp.errors import FieldappError
from fieldapp.vault.audit import Clock, utc_now
from fieldapp.vault.case_states import (
    AWAITING_ANSWER,
    CaseStatus,
    FollowUp,
    InvalidTransition,
    check_case_transition,
    check_follow_up,
)
from fieldapp.vault.content_seal import FOLLOW_UP, NOTE, keyring_of
from fieldapp.vault.database import Connection, transaction
from fieldapp.vault.interviews import InterviewNotFound

MAX_NOTE_CHARS = 4000
MAX_REASON_CHARS = 500


@dataclass(frozen=True)
class StatusChange:
    id: int
    uuid: str
    interview_id: int
    from_status: CaseStatus
    to_status: CaseStatus
    changed_on: str
    recorded_at: str
    recorded_by: str


@dataclass(frozen=True)
class CaseNote:
    id: int
    uuid: str
    interview_id: int
    noted_on: str
    text: str
    recorded_at: str
    recorded_by: str


@dataclass(frozen=True)
class FollowUpEvent:
    id: int
    uuid: str
    referral_id: int
    step: FollowUp
    event_on: str
    successful: bool
    reason: str
    recorded_at: str
    recorded_by: str


@dataclass(frozen=True)
class WaitingReferral:
    """A referral the receiving service has not answered yet, and since when it waits."""

    referral_id: int
    referral_uuid: str
    reference: str
    service_id: str
    service_name: str
    step: FollowUp
    waiting_since: str
    days_waiting: int


class CaseWorkError(FieldappError):
    """A case-work entry the vault refuses (bad date, empty note, ...)."""


def _now(clock: Clock) -> str:
    return clock().isoformat(timespec="milliseconds")


def _check_day(day: date, clock: Clock, *, not_before: str = "") -> str:
    today = clock().date()
    if day > today:
        raise CaseWorkError(f"{day.isoformat()} is in the future: give the day it happened")
    if not_before and day.isoformat() < not_before[:10]:
        raise CaseWorkError(
            f"{day.isoformat()} is before {not_before[:10]}, the last date this case holds")
    return day.isoformat()


def case_status(connection: Connection, interview_id: int) -> CaseStatus:
    row = connection.execute(
        "SELECT case_status FROM interviews WHERE id = ?", (interview_id,)).fetchone()
    if row is None:
        raise InterviewNotFound(str(interview_id))
    return CaseStatus(row[0])


def set_case_status(connection: Connection, interview_id: int, wanted: CaseStatus, *,
                    changed_on: date, recorded_by: str,
                    clock: Clock = utc_now) -> StatusChange:
    """Move the case to ``wanted`` if the workflow allows it from where it is."""
    with transaction(connection):
        current = case_status(connection, interview_id)
        if current == wanted:
            raise InvalidTransition(f"the case is {wanted} already")
        check_case_transition(current, wanted)
        last = connection.execute(
            "SELECT max(changed_on) FROM case_status_changes WHERE interview_id = ?",
            (interview_id,)).fetchone()[0]
        day = _check_day(changed_on, clock, not_before=str(last or ""))
        cursor = connection.execute(
            "INSERT INTO case_status_changes (uuid, interview_id, from_status, to_status,"
            " changed_on, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), interview_id, str(current), str(wanted), day, _now(clock),
             recorded_by))
        connection.execute(
            "UPDATE interviews SET case_status = ?, case_status_on = ? WHERE id = ?",
            (str(wanted), day, interview_id))
        change_id = cursor.lastrowid
    assert change_id is not None
    return status_changes(connection, interview_id, change_id=change_id)[0]


def status_changes(connection: Connection, interview_id: int, *,
                   change_id: int | None = None) -> list[StatusChange]:
    """The case's status changes, oldest first (or the one ``change_id``)."""
    sql = ("SELECT id, uuid, interview_id, from_status, to_status, changed_on, recorded_at,"
           " recorded_by FROM case_status_changes WHERE interview_id = ?")
    params: tuple[int, ...] = (interview_id,)
    if change_id is not None:
        sql += " AND id = ?"
        params = (interview_id, change_id)
    rows = connection.execute(sql + " ORDER BY id", params).fetchall()
    return [StatusChange(int(r[0]), str(r[1]), int(r[2]), CaseStatus(r[3]), CaseStatus(r[4]),
                         str(r[5]), str(r[6]), str(r[7])) for r in rows]


def add_note(connection: Connection, interview_id: int, text: str, *, noted_on: date,
             recorded_by: str, clock: Clock = utc_now) -> CaseNote:
    """A dated note on the case (1 to 4,000 characters)."""
    text = text.strip()
    if not text or len(text) > MAX_NOTE_CHARS:
        raise CaseWorkError(f"a case note holds 1 to {MAX_NOTE_CHARS} characters")
    day = _check_day(noted_on, clock)
    with transaction(connection):
        case_status(connection, interview_id)  # the interview exists
        cursor = connection.execute(
            "INSERT INTO case_notes (uuid, interview_id, noted_on, text, recorded_at,"
            " recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), interview_id, day, text, _now(clock), recorded_by))
        note_id = cursor.lastrowid
    assert note_id is not None
    return notes(connection, interview_id, note_id=note_id)[0]


def notes(connection: Connection, interview_id: int, *,
          note_id: int | None = None) -> list[CaseNote]:
    """The case's notes in the order they were written (or the one ``note_id``)."""
    sql = ("SELECT id, uuid, interview_id, noted_on, text, recorded_at, recorded_by"
           " FROM case_notes WHERE interview_id = ?")
    params: tuple[int, ...] = (interview_id,)
    if note_id is not None:
        sql += " AND id = ?"
        params = (interview_id, note_id)
    rows = connection.execute(sql + " ORDER BY id", params).fetchall()
    keyring = keyring_of(connection)  # a laptop keeps the text sealed (case_outcomes)
    return [CaseNote(int(r[0]), str(r[1]), int(r[2]), str(r[3]), str(keyring.open(r[4], NOTE)),
                     str(r[5]), str(r[6])) for r in rows]


def follow_up_state(connection: Connection, referral_id: int) -> tuple[FollowUp, str]:
    """The referral's current step and the day of it (the day it was made, for ``sent``)."""
    row = connection.execute(
        "SELECT followup, coalesce(followup_on, substr(created_at, 1, 10)) FROM referrals"
        " WHERE id = ?", (referral_id,)).fetchone()
    if row is None:
        raise CaseWorkError(f"no referral {referral_id} in this vault")
    return FollowUp(row[0]), str(row[1])


def record_follow_up(connection: Connection, referral_id: int, step: FollowUp, *,
                     event_on: date, reason: str, recorded_by: str,
                     clock: Clock = utc_now) -> FollowUpEvent:
    """Record the referral's next step if the workflow allows it (a reason when it failed)."""
    reason = reason.strip()
    if len(reason) > MAX_REASON_CHARS:
        raise CaseWorkError(f"a reason holds at most {MAX_REASON_CHARS} characters")
    with transaction(connection):
        current, since = follow_up_state(connection, referral_id)
        succeeded = check_follow_up(current, step, reason)
        day = _check_day(event_on, clock, not_before=since)
        cursor = connection.execute(
            "INSERT INTO referral_events (uuid, referral_id, event, event_on, successful,"
            " reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), referral_id, str(step), day, int(succeeded), reason,
             _now(clock), recorded_by))
        connection.execute(
            "UPDATE referrals SET followup = ?, followup_on = ? WHERE id = ?",
            (str(step), day, referral_id))
        event_id = cursor.lastrowid
    assert event_id is not None
    return follow_up_events(connection, referral_id, event_id=event_id)[0]


def follow_up_events(connection: Connection, referral_id: int, *,
                     event_id: int | None = None) -> list[FollowUpEvent]:
    sql = ("SELECT id, uuid, referral_id, event, event_on, successful, reason, recorded_at,"
           " recorded_by FROM referral_events WHERE referral_id = ?")
    params: tuple[int, ...] = (referral_id,)
    if event_id is not None:
        sql += " AND id = ?"
        params = (referral_id, event_id)
    rows = connection.execute(sql + " ORDER BY id", params).fetchall()
    keyring = keyring_of(connection)
    return [FollowUpEvent(int(r[0]), str(r[1]), int(r[2]), FollowUp(r[3]), str(r[4]),
                          bool(r[5]), str(keyring.open(r[6], FOLLOW_UP)), str(r[7]), str(r[8]))
            for r in rows]


def waiting_referrals(connection: Connection, *, days: int, today: date) -> list[WaitingReferral]:
    """Referrals sent or received and not answered for more than ``days`` days, oldest first."""
    cutoff = date.fromordinal(today.toordinal() - days).isoformat()
    waiting = sorted(str(step) for step in AWAITING_ANSWER)
    rows = connection.execute(
        "SELECT r.id, r.uuid, i.reference, r.service_id, r.service_name, r.followup,"
        " coalesce(r.followup_on, substr(r.created_at, 1, 10)) AS since"
        " FROM referrals r JOIN interviews i ON i.id = r.interview_id"
        " WHERE r.followup IN (?, ?) AND since < ? ORDER BY since, r.id",
        (*waiting, cutoff)).fetchall()
    return [
        WaitingReferral(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), FollowUp(r[5]),
                        str(r[6]), today.toordinal() - date.fromisoformat(str(r[6])).toordinal())
        for r in rows
    ]
