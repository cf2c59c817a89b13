"""Case work on a supervisor's vault: case status, dated notes, referral follow-up.

:class:`CaseWork` is the facade the CLI and the review screens call. Cases are named by their
interview reference, referrals by their id (or its first characters, as ``fieldapp referrals``
takes them). Only admin and supervisor accounts of a supervisor vault change a case: the
outcome travels back to the laptop that made the interview in the next update (see
:mod:`fieldapp.services.case_outcomes`), which shows it and does not change it.

Each change is one transaction with its audit entry. The audit log holds the reference, the
ids of the rows written, statuses and steps, and whether a reason was given; never a note's or
a reason's text, which stay in their own rows of the encrypted vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fieldapp.services import caselist
from fieldapp.services.case_filter import OPEN_CONFLICTS_SQL, CaseFilter, case_where
from fieldapp.services.session import Vault
from fieldapp.services.sync_errors import require_manager, require_vault_role
from fieldapp.vault import casework, referrals
from fieldapp.vault.audit import Clock
from fieldapp.vault.case_states import CaseStatus, FollowUp
from fieldapp.vault.casework import (
    CaseNote,
    FollowUpEvent,
    StatusChange,
    WaitingReferral,
)
from fieldapp.vault.database import transaction
from fieldapp.vault.interviews import InterviewNotFound, InterviewRecord, get_by_reference
from fieldapp.vault.referrals import ReferralRecord
from fieldapp.vault.sync_outbox import INTERVIEW_KIND
from fieldapp.vault.sync_store import SUPERVISOR

DEFAULT_LIST_LIMIT = 1000


@dataclass(frozen=True)
class CaseLine:
    """One case of a filtered list (no answers, no names)."""

    id: int
    reference: str
    created_at: str
    form_id: str
    site: str
    interviewer: str
    result_level: str
    status: CaseStatus
    is_child: bool | None
    open_conflict: bool


@dataclass(frozen=True)
class ReferralFollowUp:
    """A referral with its follow-up: the current step, its day and every step recorded."""

    referral: ReferralRecord
    step: FollowUp
    step_on: str
    events: tuple[FollowUpEvent, ...]


@dataclass(frozen=True)
class CaseSummary:
    """What the case view shows besides the answers: status, history, notes, referrals."""

    interview: InterviewRecord
    status: CaseStatus
    status_on: str | None
    is_child: bool | None
    citizenship: tuple[str, ...]
    changes: tuple[StatusChange, ...]
    notes: tuple[CaseNote, ...]
    referrals: tuple[ReferralFollowUp, ...]


def visible_interview(vault: Vault, reference: str) -> InterviewRecord:
    """The interview if this account may see it, as the case list decides (an interviewer
    sees their own); otherwise the same answer as for a reference that does not exist."""
    record = get_by_reference(vault.connection, reference)
    scope = caselist.vault_scope(vault.connection, vault.user, vault.role)
    if scope is not None and record.interviewer != scope:
        raise InterviewNotFound(reference)
    return record


class CaseWork:
    """Case status, notes and referral follow-up for one unlocked vault."""

    def __init__(self, vault: Vault, *, clock: Clock | None = None) -> None:
        self.vault = vault
        self.clock: Clock = clock or vault.clock

    def _today(self) -> date:
        return self.clock().date()

    def _may_change(self, action: str) -> None:
        require_vault_role(self.vault, SUPERVISOR, action)
        require_manager(self.vault, action)

    def case(self, reference: str) -> CaseSummary:
        """The case behind an interview reference (any vault: a laptop reads its outcomes)."""
        connection = self.vault.connection
        record = visible_interview(self.vault, reference)
        status, status_on, child, citizenship = connection.execute(
            "SELECT case_status, case_status_on, is_child, citizenship FROM interviews"
            " WHERE id = ?", (record.id,)).fetchone()
        return CaseSummary(
            interview=record, status=CaseStatus(status), status_on=status_on,
            is_child=None if child is None else bool(child),
            citizenship=tuple(str(citizenship).split()),
            changes=tuple(casework.status_changes(connection, record.id)),
            notes=tuple(casework.notes(connection, record.id)),
            referrals=tuple(self._follow_up(r)
                            for r in referrals.list_for_interview(connection, record.id)),
        )

    def list_cases(self, case_filter: CaseFilter, *,
                   limit: int = DEFAULT_LIST_LIMIT) -> list[CaseLine]:
        """The cases the filter keeps, newest first, at most ``limit``."""
        connection = self.vault.connection
        where = case_where(connection, case_filter, table="i")
        scope = caselist.vault_scope(connection, self.vault.user, self.vault.role)
        sql, params = where.sql, where.params
        if scope is not None:  # an interviewer's own cases only, as in the case list
            sql, params = f"({sql}) AND i.interviewer = ?", (*params, scope)
        rows = connection.execute(
            "SELECT i.id, i.reference, i.created_at, i.form_id, i.site, i.interviewer,"  # noqa: S608
            " i.result_level, i.case_status, i.is_child FROM interviews i"
            f" WHERE {sql} ORDER BY i.created_at DESC, i.id DESC LIMIT ?",
            (*params, limit)).fetchall()
        ids = [int(row[0]) for row in rows]
        conflicted = {int(row[0]) for row in connection.execute(
            OPEN_CONFLICTS_SQL, (INTERVIEW_KIND,))} if ids else set()
        return [CaseLine(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
                         str(r[6]), CaseStatus(r[7]), None if r[8] is None else bool(r[8]),
                         int(r[0]) in conflicted) for r in rows]

    def _follow_up(self, record: ReferralRecord) -> ReferralFollowUp:
        step, since = casework.follow_up_state(self.vault.connection, record.id)
        events = casework.follow_up_events(self.vault.connection, record.id)
        return ReferralFollowUp(record, step, since, tuple(events))

    def set_status(self, reference: str, status: CaseStatus, *,
                   on: date | None = None) -> StatusChange:
        """Move the case to ``status`` (dated ``on``, today by default)."""
        self._may_change("change a case status")
        with transaction(self.vault.connection):
            record = get_by_reference(self.vault.connection, reference)
            change = casework.set_case_status(
                self.vault.connection, record.id, status, changed_on=on or self._today(),
                recorded_by=self.vault.user, clock=self.clock)
            self.vault.audit("case_status_changed", {
                "reference": record.reference, "change": change.uuid,
                "from": str(change.from_status), "to": str(change.to_status),
                "on": change.changed_on,
            })
        return change

    def add_note(self, reference: str, text: str, *, on: date | None = None) -> CaseNote:
        """Add a dated note to the case (its text is never audited)."""
        self._may_change("add a case note")
        with transaction(self.vault.connection):
            record = get_by_reference(self.vault.connection, reference)
            note = casework.add_note(self.vault.connection, record.id, text,
                                     noted_on=on or self._today(),
                                     recorded_by=self.vault.user, clock=self.clock)
            self.vault.audit("case_note_added", {
                "reference": record.reference, "note": note.uuid, "on": note.noted_on,
            })
        return note

    def referral(self, referral_id: str) -> ReferralFollowUp:
        record = referrals.get_referral(self.vault.connection, referral_id)
        visible_interview(self.vault, record.reference)
        return self._follow_up(record)

    def follow_up(self, referral_id: str, step: FollowUp, *, on: date | None = None,
                  reason: str = "") -> FollowUpEvent:
        """Record the referral's next step; a reason is needed when it did not succeed."""
        self._may_change("record a referral's follow-up")
        with transaction(self.vault.connection):
            record = referrals.get_referral(self.vault.connection, referral_id)
            event = casework.record_follow_up(
                self.vault.connection, record.id, step, event_on=on or self._today(),
                reason=reason, recorded_by=self.vault.user, clock=self.clock)
            self.vault.audit("referral_followed_up", {
                "reference": record.reference, "referral": record.uuid, "event": event.uuid,
                "step": str(event.step), "on": event.event_on,
                "successful": event.successful, "reason_given": bool(event.reason),
            })
        return event

    def waiting_referrals(self, days: int) -> list[WaitingReferral]:
        """Referrals waiting for the service's answer for more than ``days`` days."""
        require_manager(self.vault, "list the referrals waiting for an answer")
        if days < 0:
            raise casework.CaseWorkError("the number of days cannot be negative")
        return casework.waiting_referrals(self.vault.connection, days=days,
                                          today=self._today())
