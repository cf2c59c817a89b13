"""Case work on a supervisor vault: every transition, its audit entry, and what is refused."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from fieldapp.errors import FieldappError
from fieldapp.paths import VaultPaths
from fieldapp.services import accounts
from fieldapp.services.case_filter import CaseFilter
from fieldapp.services.casework import CaseWork
from fieldapp.services.session import PermissionDenied
from fieldapp.services.sync_errors import WrongVaultRole
from fieldapp.vault import audit, referrals
from fieldapp.vault.case_states import (
    CASE_TRANSITIONS,
    CaseStatus,
    FollowUp,
    InvalidTransition,
    ReasonNeeded,
)
from fieldapp.vault.casework import CaseWorkError
from tests.core.test_sync_service_support import PASSWORD, Office, make_office


@dataclass
class Desk:
    """A supervisor holding one interview and one referral imported from a laptop."""

    office: Office
    work: CaseWork
    reference: str
    referral: str

    def today(self) -> date:
        return self.office.clock.now.date()

    def last_audit(self) -> audit.AuditEntry:
        return list(audit.entries(self.office.supervisor.connection))[-1]


def _export(office: Office) -> Path:
    result = office.laptop(0).export(office.folder(f"out{office.clock.now.timestamp()}"))
    assert result.path is not None
    return result.path


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    office = make_office(tmp_path, laptops=1)
    done = office.record(0, 1)
    made = referrals.add_referral(
        office.laptops[0].connection, interview_id=done.id, service_id="safe-passage-helpline",
        service_name="Safe Passage Helpline (sample)", service_type="hotline", language="en",
        encrypted=True, created_by="laptop1", clock=office.clock)
    report = office.boss().import_files([_export(office)])
    assert report.interviews_shown == 1  # the referral record is not counted as one
    office.clock.advance(days=20)
    yield Desk(office, CaseWork(office.supervisor, clock=office.clock), done.reference,
               made.uuid)
    office.close()


def test_a_laptop_referral_arrives_as_a_row_to_follow(desk: Desk) -> None:
    case = desk.work.case(desk.reference)
    [followed] = case.referrals
    assert followed.referral.uuid == desk.referral
    assert followed.step is FollowUp.SENT and followed.events == ()
    assert followed.step_on == "2026-03-02"
    assert case.status is CaseStatus.ACTIVE and case.changes == () and case.notes == ()


@pytest.mark.parametrize("current", list(CaseStatus))
@pytest.mark.parametrize("wanted", list(CaseStatus))
def test_every_case_transition_is_recorded_and_audited_or_refused(
        desk: Desk, current: CaseStatus, wanted: CaseStatus) -> None:
    connection = desk.office.supervisor.connection
    connection.execute("UPDATE interviews SET case_status = ?", (str(current),))
    entries_before = len(list(audit.entries(connection)))
    if wanted in CASE_TRANSITIONS[current]:
        change = desk.work.set_status(desk.reference, wanted, on=desk.today())
        assert (change.from_status, change.to_status) == (current, wanted)
        case = desk.work.case(desk.reference)
        assert case.status is wanted and case.status_on == desk.today().isoformat()
        assert case.changes == (change,)
        entry = desk.last_audit()
        assert (entry.event, entry.actor) == ("case_status_changed", "chief")
        assert entry.details == {"reference": desk.reference, "change": change.uuid,
                                 "from": str(current), "to": str(wanted),
                                 "on": desk.today().isoformat()}
    else:
        with pytest.raises(InvalidTransition):
            desk.work.set_status(desk.reference, wanted)
        assert desk.work.case(desk.reference).status is current
        assert len(list(audit.entries(connection))) == entries_before
    assert audit.verify_chain(connection).ok


def test_status_dates_cannot_be_in_the_future_or_go_backwards(desk: Desk) -> None:
    with pytest.raises(CaseWorkError, match="in the future"):
        desk.work.set_status(desk.reference, CaseStatus.FOLLOW_UP,
                             on=desk.today() + timedelta(days=1))
    desk.work.set_status(desk.reference, CaseStatus.FOLLOW_UP, on=desk.today())
    with pytest.raises(CaseWorkError, match="before"):
        desk.work.set_status(desk.reference, CaseStatus.ACTIVE,
                             on=desk.today() - timedelta(days=3))
    assert desk.work.case(desk.reference).status is CaseStatus.FOLLOW_UP


def test_notes_are_dated_kept_in_order_and_never_audited_as_text(desk: Desk) -> None:
    first = desk.work.add_note(desk.reference, "Called the shelter; a place on Monday.",
                               on=desk.today() - timedelta(days=2))
    second = desk.work.add_note(desk.reference, "  Moved in.  ")
    case = desk.work.case(desk.reference)
    assert [n.text for n in case.notes] == ["Called the shelter; a place on Monday.",
                                            "Moved in."]
    assert [n.noted_on for n in case.notes] == [
        (desk.today() - timedelta(days=2)).isoformat(), desk.today().isoformat()]
    entry = desk.last_audit()
    assert entry.event == "case_note_added"
    assert entry.details == {"reference": desk.reference, "note": second.uuid,
                             "on": second.noted_on}
    log = [str(e.details) for e in audit.entries(desk.office.supervisor.connection)]
    assert not any("shelter" in text or "Moved" in text for text in log)
    assert first.recorded_by == "chief"
    for bad in ("", "   ", "x" * 4001):
        with pytest.raises(CaseWorkError, match="1 to 4000 characters"):
            desk.work.add_note(desk.reference, bad)


PATHS = [
    [FollowUp.RECEIVED, FollowUp.ACCEPTED, FollowUp.SERVICES_STARTED, FollowUp.CLOSED],
    [FollowUp.ACCEPTED, FollowUp.CLOSED],
    [FollowUp.RECEIVED, FollowUp.DECLINED],
    [FollowUp.DECLINED],
    [FollowUp.CLOSED],
]


@pytest.mark.parametrize("path", PATHS)
def test_referral_follow_up_steps_are_recorded_and_audited(desk: Desk,
                                                           path: list[FollowUp]) -> None:
    reasons = {FollowUp.DECLINED: "no places left", FollowUp.CLOSED: "person moved away"}
    for step in path:
        reason = ""
        if step is FollowUp.DECLINED or (step is FollowUp.CLOSED
                                         and FollowUp.SERVICES_STARTED not in path):
            reason = reasons[step]
        event = desk.work.follow_up(desk.referral[:8], step, on=desk.today(), reason=reason)
        assert event.step is step and event.reason == reason
        assert event.successful is (not reason)
        entry = desk.last_audit()
        assert entry.event == "referral_followed_up"
        assert entry.details == {
            "reference": desk.reference, "referral": desk.referral, "event": event.uuid,
            "step": str(step), "on": desk.today().isoformat(),
            "successful": not reason, "reason_given": bool(reason)}
        assert "moved" not in str(entry.details) and "places" not in str(entry.details)
    followed = desk.work.referral(desk.referral)
    assert [e.step for e in followed.events] == path and followed.step is path[-1]
    with pytest.raises(InvalidTransition, match="it can be marked nothing"):
        desk.work.follow_up(desk.referral, FollowUp.ACCEPTED)


def test_an_unsuccessful_step_without_a_reason_is_refused(desk: Desk) -> None:
    with pytest.raises(ReasonNeeded, match="give a reason"):
        desk.work.follow_up(desk.referral, FollowUp.DECLINED)
    desk.work.follow_up(desk.referral, FollowUp.ACCEPTED)
    with pytest.raises(ReasonNeeded):
        desk.work.follow_up(desk.referral, FollowUp.CLOSED, reason="  ")
    with pytest.raises(InvalidTransition, match="cannot be marked received"):
        desk.work.follow_up(desk.referral, FollowUp.RECEIVED)
    with pytest.raises(CaseWorkError, match="before 2026-03-22"):
        desk.work.follow_up(desk.referral, FollowUp.SERVICES_STARTED,
                            on=desk.today() - timedelta(days=1))
    assert desk.work.referral(desk.referral).step is FollowUp.ACCEPTED


def test_referrals_waiting_too_long_for_an_answer(desk: Desk) -> None:
    [waiting] = desk.work.waiting_referrals(14)
    assert (waiting.reference, waiting.days_waiting, waiting.step) == (
        desk.reference, 20, FollowUp.SENT)
    assert desk.work.waiting_referrals(20) == []
    desk.work.follow_up(desk.referral, FollowUp.RECEIVED, on=desk.today() - timedelta(days=5))
    [waiting] = desk.work.waiting_referrals(4)
    assert (waiting.step, waiting.days_waiting) == (FollowUp.RECEIVED, 5)
    assert desk.work.waiting_referrals(14) == []
    desk.work.follow_up(desk.referral, FollowUp.ACCEPTED)
    assert desk.work.waiting_referrals(0) == []
    with pytest.raises(CaseWorkError, match="negative"):
        desk.work.waiting_referrals(-1)


def test_only_managers_of_a_supervisor_vault_change_cases(desk: Desk) -> None:
    laptop_work = CaseWork(desk.office.laptops[0], clock=desk.office.clock)
    with pytest.raises(WrongVaultRole):
        laptop_work.set_status(desk.reference, CaseStatus.CLOSED)
    assert laptop_work.case(desk.reference).status is CaseStatus.ACTIVE  # reading is fine
    accounts.add_user(desk.office.supervisor, "amira", "interviewer", PASSWORD)
    from fieldapp.services.session import unlock_vault

    officer = unlock_vault(VaultPaths(desk.office.root / "supervisor"), user="amira",
                           password=PASSWORD, clock=desk.office.clock)
    try:
        theirs = CaseWork(officer, clock=desk.office.clock)
        with pytest.raises(PermissionDenied):
            theirs.add_note(desk.reference, "x")
        with pytest.raises(PermissionDenied):
            theirs.waiting_referrals(1)
        # Another officer's case is not there for this account, as in the case list.
        with pytest.raises(FieldappError, match="no interview with reference"):
            theirs.case(desk.reference)
        with pytest.raises(FieldappError, match="no interview with reference"):
            theirs.referral(desk.referral)
        assert theirs.list_cases(CaseFilter()) == []
        assert [c.reference for c in desk.work.list_cases(CaseFilter())] == [desk.reference]
    finally:
        officer.lock()


def test_unknown_references_and_referrals_give_clear_errors(desk: Desk) -> None:
    with pytest.raises(FieldappError, match="no interview with reference R-0000-0000"):
        desk.work.set_status("R-0000-0000", CaseStatus.CLOSED)
    with pytest.raises(FieldappError, match="no referral with id ffffffff"):
        desk.work.follow_up("ffffffff", FollowUp.RECEIVED)
