"""Case outcomes between vaults: what a supervisor sends back, and a laptop storing it.

Supervisor: :func:`collect` gathers, for every interview with case work (a status change, a
note or a referral follow-up step), its whole current state, grouped by the laptop the
interview came from (the device of the revision shown, from the ledger). Interviews made on the
supervisor's own machine have no laptop to go back to and are left out.

Laptop: :func:`store` writes what arrived into the same tables the supervisor uses: the
interview's case status and day, and each status change, note and follow-up event by its uuid
(so receiving the same outcome again adds nothing); a referral's follow-up step is set only on
a referral of that interview. Outcomes of interviews this laptop does not hold (made
elsewhere, or removed without a stub) are skipped. Runs inside the caller's transaction. On a
laptop whose content is sealed, a note's text and a failed step's reason are sealed under the
key of the officer who made the interview, like her answers (the supervisor writes about the
person in them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fieldapp.sync.outcomes import (
    CaseOutcome,
    FollowUpOutcome,
    NoteOutcome,
    ReferralOutcome,
    StatusChangeOutcome,
)
from fieldapp.vault import casework
from fieldapp.vault.content_seal import FOLLOW_UP, NOTE, keyring_of
from fieldapp.vault.database import Connection
from fieldapp.vault.sync_inbox import uuid_bytes
from fieldapp.vault.sync_outbox import INTERVIEW_KIND

_WITH_CASE_WORK = (
    "SELECT interview_id FROM case_status_changes UNION"
    " SELECT interview_id FROM case_notes UNION"
    " SELECT r.interview_id FROM referral_events e JOIN referrals r ON r.id = e.referral_id"
)


@dataclass(frozen=True)
class StoredOutcomes:
    """What a laptop stored from one update."""

    cases: int
    changes: int
    notes: int
    follow_up_events: int


def _outcome(connection: Connection, interview_id: int, uuid: str, status: str,
             status_on: str | None) -> CaseOutcome:
    changes = tuple(
        StatusChangeOutcome(c.uuid, str(c.from_status), str(c.to_status), c.changed_on,
                            c.recorded_at, c.recorded_by)
        for c in casework.status_changes(connection, interview_id))
    notes = tuple(NoteOutcome(n.uuid, n.noted_on, n.text, n.recorded_at, n.recorded_by)
                  for n in casework.notes(connection, interview_id))
    referrals = []
    for referral_id, referral_uuid, step, step_on in connection.execute(
            "SELECT id, uuid, followup, followup_on FROM referrals WHERE interview_id = ?"
            " ORDER BY id", (interview_id,)).fetchall():
        events = tuple(
            FollowUpOutcome(e.uuid, str(e.step), e.event_on, e.successful, e.reason,
                            e.recorded_at, e.recorded_by)
            for e in casework.follow_up_events(connection, int(referral_id)))
        referrals.append(ReferralOutcome(str(referral_uuid), str(step), step_on, events))
    return CaseOutcome(uuid, status, status_on, changes, notes, tuple(referrals))


def collect(connection: Connection) -> dict[str, list[CaseOutcome]]:
    """Device id -> the outcomes of that laptop's interviews with case work."""
    found: dict[str, list[CaseOutcome]] = {}
    rows = connection.execute(
        "SELECT i.id, i.uuid, i.revision, i.case_status, i.case_status_on"  # noqa: S608
        f" FROM interviews i WHERE i.id IN ({_WITH_CASE_WORK}) ORDER BY i.id").fetchall()
    for interview_id, uuid, revision, status, status_on in rows:
        device = connection.execute(
            "SELECT device_id FROM sync_records WHERE uuid = ? AND revision = ? AND kind = ?",
            (uuid_bytes(str(uuid)), int(revision), INTERVIEW_KIND)).fetchone()
        if device is None:
            continue
        found.setdefault(str(device[0]), []).append(
            _outcome(connection, int(interview_id), str(uuid), str(status), status_on))
    return found


def store(connection: Connection, outcomes: Sequence[CaseOutcome]) -> StoredOutcomes:
    """Store the outcomes of the interviews this laptop holds (caller's transaction)."""
    cases = changes = notes = events = 0
    keyring = keyring_of(connection)
    for outcome in outcomes:
        row = connection.execute("SELECT id, interviewer FROM interviews WHERE uuid = ?",
                                 (outcome.interview_uuid,)).fetchone()
        if row is None:
            continue
        interview_id, officer = int(row[0]), str(row[1])
        cases += 1
        connection.execute(
            "UPDATE interviews SET case_status = ?, case_status_on = ? WHERE id = ?",
            (outcome.case_status, outcome.case_status_on, interview_id))
        changes += sum(connection.execute(
            "INSERT OR IGNORE INTO case_status_changes (uuid, interview_id, from_status,"
            " to_status, changed_on, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (c.uuid, interview_id, c.from_status, c.to_status, c.changed_on, c.recorded_at,
             c.recorded_by)).rowcount for c in outcome.changes)
        notes += sum(connection.execute(
            "INSERT OR IGNORE INTO case_notes (uuid, interview_id, noted_on, text, recorded_at,"
            " recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
            (n.uuid, interview_id, n.noted_on, keyring.seal(n.text, officer, NOTE),
             n.recorded_at, n.recorded_by)).rowcount for n in outcome.notes)
        for referral in outcome.referrals:
            events += _store_referral(connection, interview_id, officer, referral)
    return StoredOutcomes(cases, changes, notes, events)


def _store_referral(connection: Connection, interview_id: int, officer: str,
                    referral: ReferralOutcome) -> int:
    row = connection.execute("SELECT id FROM referrals WHERE uuid = ? AND interview_id = ?",
                             (referral.uuid, interview_id)).fetchone()
    if row is None:
        return 0
    referral_id, keyring = int(row[0]), keyring_of(connection)
    connection.execute("UPDATE referrals SET followup = ?, followup_on = ? WHERE id = ?",
                       (referral.step, referral.step_on, referral_id))
    return sum(connection.execute(
        "INSERT OR IGNORE INTO referral_events (uuid, referral_id, event, event_on, successful,"
        " reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (e.uuid, referral_id, e.step, e.event_on, int(e.successful),
         keyring.seal(e.reason, officer, FOLLOW_UP) if e.reason else "", e.recorded_at,
         e.recorded_by)).rowcount for e in referral.events)
