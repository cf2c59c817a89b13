"""Case outcomes travel back in updates: sealed to the laptop that made the interview."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from fieldapp.errors import UsageError
from fieldapp.services.case_outcomes import interview_outcome
from fieldapp.services.casework import CaseWork
from fieldapp.sync import RetentionPolicy, read_update, write_update
from fieldapp.sync.errors import MalformedFile
from fieldapp.sync.outcomes import open_outcomes, read_outcomes
from fieldapp.vault import audit, referrals, sync_store
from fieldapp.vault.case_states import CaseStatus, FollowUp
from fieldapp.vault.content_seal import is_sealed
from tests.core.test_sync_service_support import Office, make_office

NOTE = "Marker note QZX: placed at the shelter"
REASON = "Marker reason QZY: moved to another city"


def _export(office: Office, index: int) -> Path:
    result = office.laptop(index).export(office.folder(f"out{office.clock.now.timestamp()}"))
    assert result.path is not None
    return result.path


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    built = make_office(tmp_path, laptops=2)
    yield built
    built.close()


def _case_work(office: Office) -> tuple[str, str, str]:
    """Laptop 1 and 2 each send an interview; the supervisor works on laptop 1's."""
    mine = office.record(0, 1)
    made = referrals.add_referral(
        office.laptops[0].connection, interview_id=mine.id, service_id="safe-passage-helpline",
        service_name="Safe Passage Helpline (sample)", service_type="hotline", language="en",
        encrypted=True, created_by="laptop1", clock=office.clock)
    theirs = office.record(1, 2)
    office.boss().import_files([_export(office, 0), _export(office, 1)])
    office.clock.advance(days=3)
    work = CaseWork(office.supervisor, clock=office.clock)
    work.set_status(mine.reference, CaseStatus.FOLLOW_UP)
    work.add_note(mine.reference, NOTE)
    work.follow_up(made.uuid, FollowUp.ACCEPTED, on=office.clock.now.date() - timedelta(days=1))
    work.follow_up(made.uuid, FollowUp.CLOSED, reason=REASON)
    return mine.reference, theirs.reference, made.uuid


def test_statuses_notes_and_follow_up_reach_the_laptop_that_made_the_interview(
        office: Office) -> None:
    mine, theirs, referral = _case_work(office)
    path, number = office.boss().export_update(office.folder("update1"))
    data = path.read_bytes()
    # Sealed, not merely signed. (Only long strings: three letters can occur by chance in
    # the base64 of the sealed shares.)
    for secret in (NOTE, REASON, mine, "FollowUp"):
        assert secret.encode() not in data
    [applied] = office.laptop(0).import_updates([path])
    assert (applied.update_sequence, applied.case_outcomes) == (number, 1)

    outcome = interview_outcome(office.laptops[0], mine)
    assert outcome.status is CaseStatus.FOLLOW_UP
    assert outcome.status_on == office.clock.now.date().isoformat()
    assert [n.text for n in outcome.notes] == [NOTE]
    assert [c.to_status for c in outcome.changes] == [CaseStatus.FOLLOW_UP]
    [followed] = outcome.referrals
    assert followed.referral.uuid == referral and followed.step is FollowUp.CLOSED
    assert [(e.step, e.reason) for e in followed.events] == [
        (FollowUp.ACCEPTED, ""), (FollowUp.CLOSED, REASON)]
    # Kept sealed under the officer's key: a colleague's data key does not read them.
    connection = office.laptops[0].connection
    texts = connection.execute("SELECT text FROM case_notes UNION ALL SELECT reason"
                               " FROM referral_events WHERE reason != ''").fetchall()
    assert len(texts) == 2 and all(is_sealed(text) for text, in texts)
    entry = list(audit.entries(office.laptops[0].connection))[-1]
    assert entry.event == "update_applied" and entry.details["case_outcomes"] == 1
    assert "QZX" not in str(entry.details)

    # The other laptop applies the same update and learns nothing of laptop 1's case.
    [other] = office.laptop(1).import_updates([path])
    assert other.case_outcomes == 0
    assert interview_outcome(office.laptops[1], theirs).status is CaseStatus.ACTIVE
    assert office.laptops[1].connection.execute(
        "SELECT count(*) FROM case_notes").fetchone()[0] == 0


def test_a_later_update_brings_the_latest_state_and_repeats_nothing(office: Office) -> None:
    mine, _theirs, _referral = _case_work(office)
    office.boss().export_update(office.folder("update1"))  # never reaches laptop 1
    CaseWork(office.supervisor, clock=office.clock).set_status(mine, CaseStatus.CLOSED)
    second, _ = office.boss().export_update(office.folder("update2"))
    # Laptop 1 missed the first update: the second alone carries the whole state.
    office.laptop(0).import_updates([second])
    outcome = interview_outcome(office.laptops[0], mine)
    assert outcome.status is CaseStatus.CLOSED
    assert [c.to_status for c in outcome.changes] == [CaseStatus.FOLLOW_UP, CaseStatus.CLOSED]
    assert [n.text for n in outcome.notes] == [NOTE]
    third, _ = office.boss().export_update(office.folder("update3"))
    office.laptop(0).import_updates([third])
    again = interview_outcome(office.laptops[0], mine)
    assert (len(again.changes), len(again.notes), len(again.referrals[0].events)) == (2, 1, 2)


def test_the_preview_counts_what_the_next_update_carries(office: Office) -> None:
    before = office.boss().update_preview()
    assert (before.next_sequence, before.outcome_cases, before.outcome_laptops) == (1, 0, 0)
    _case_work(office)
    preview = office.boss().update_preview()
    # Laptop 2's interview has no case work: only laptop 1's case goes back.
    assert (preview.next_sequence, preview.outcome_cases, preview.outcome_laptops) == (1, 1, 1)
    assert preview.directory_known  # the enrollment distributed one
    _path, number = office.boss().export_update(office.folder("update1"))
    assert office.boss().update_preview().next_sequence == number + 1


def test_an_update_without_case_work_reads_as_before(office: Office) -> None:
    with pytest.raises(UsageError, match="an update needs at least one form"):
        office.boss().export_update(office.folder("nothing"))
    policy, _ = office.boss().export_update(office.folder("policy"),
                                            retention=RetentionPolicy(30, True))
    assert b"case_outcomes" not in policy.read_bytes()  # laptops of the last release read it
    [applied] = office.laptop(0).import_updates([policy])
    assert applied.case_outcomes == 0


def test_a_sealed_entry_opens_only_for_its_laptop(office: Office) -> None:
    _case_work(office)
    path, _ = office.boss().export_update(office.folder("update1"))
    trusted = sync_store.trusted_supervisor(office.laptops[0].connection)
    assert trusted is not None
    update = read_update(path.read_bytes(), trusted, last_applied_sequence=0)
    [entry] = update.case_outcomes
    laptop1 = sync_store.load_device_identity(office.laptops[0].connection)
    laptop2 = sync_store.load_device_identity(office.laptops[1].connection)
    assert laptop1 is not None and laptop2 is not None and entry.device_id == laptop1.device_id
    assert len(open_outcomes(entry, laptop1)) == 1
    with pytest.raises(MalformedFile, match="cannot be opened"):
        open_outcomes(replace(entry, device_id=laptop2.device_id), laptop2)
    # A supervisor's own file moved into another laptop's slot is refused on reading.
    with pytest.raises(MalformedFile, match="for another laptop"):
        read_outcomes({"format": "fieldapp-case-outcomes", "format_version": 1,
                       "device_id": laptop1.device_id, "cases": []}, laptop2.device_id)
    # Re-signed by the supervisor with the entry under laptop 2's id: laptop 2 cannot open it.
    supervisor = sync_store.load_supervisor_identity(office.supervisor.connection)
    assert supervisor is not None
    moved = replace(update, update_sequence=9,
                    case_outcomes=(replace(entry, device_id=laptop2.device_id),))
    stick = office.folder("moved") / "moved.fsu"
    stick.write_bytes(write_update(moved, supervisor))
    with pytest.raises(MalformedFile, match="cannot be opened"):
        office.laptop(1).import_updates([stick])


@pytest.mark.parametrize("broken", [
    {"cases": [{"interview_uuid": "not-a-uuid"}]},
    {"cases": [{"interview_uuid": "00000000-0000-4000-8000-000000000000",
                "case_status": "Open", "case_status_on": None, "changes": [], "notes": [],
                "referrals": []}]},
    {"format_version": 2},
    {"extra": 1},
])
def test_untrusted_outcome_content_is_checked(broken: dict[str, object]) -> None:
    device = "0" * 32
    data = {"format": "fieldapp-case-outcomes", "format_version": 1, "device_id": device,
            "cases": [], **broken}
    with pytest.raises(MalformedFile):
        read_outcomes(data, device)
