"""Sync end to end on real vaults: enrollment, export, import, receipts, purge, revisions.

Two laptops and a supervisor, each a real encrypted vault; every file goes through a folder
as it would through a USB stick. The tests follow the flows of the sync issue and check what
each side holds afterwards, including what must not change.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest

from fieldapp.errors import UsageError
from fieldapp.paths import VaultPaths
from fieldapp.services import accounts, caselist
from fieldapp.services.interviews import InterviewService
from fieldapp.services.session import PermissionDenied, create_vault, unlock_vault
from fieldapp.services.sync import LaptopSync, SupervisorSync
from fieldapp.services.sync_errors import (
    EnrollmentOutdated,
    FingerprintMismatch,
    NotEnrolled,
    WrongVaultRole,
)
from fieldapp.sync import (
    RetentionPolicy,
    SupervisorIdentity,
    SyncRecord,
    read_bundle,
    read_bundle_for_recovery,
    read_enrollment,
)
from fieldapp.sync.enrollment import Enrollment, write_enrollment
from fieldapp.sync.errors import FileKind, ReceiptForAnotherDevice, WrongSupervisor
from fieldapp.sync.signed_file import parse_signed
from fieldapp.vault import (
    interviews,
    referrals,
    revisions,
    sync_materialise,
    sync_outbox,
    sync_store,
)
from tests.core.test_sync_service_support import (
    DIRECTORY,
    PASSWORD,
    Office,
    interview_bundle,
    make_office,
)

MONTH = RetentionPolicy(30, True)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    built = make_office(tmp_path)
    yield built
    built.close()


@pytest.fixture
def month_office(tmp_path: Path) -> Iterator[Office]:
    built = make_office(tmp_path, retention=MONTH)
    yield built
    built.close()


def _cases(office: Office, vault_index: int | None = None) -> list[caselist.CaseRow]:
    vault = office.supervisor if vault_index is None else office.laptops[vault_index]
    return list(caselist.fetch_page(vault.connection, caselist.CaseQuery()).rows)


def _count(office: Office, table: str, vault_index: int | None = None) -> int:
    vault = office.supervisor if vault_index is None else office.laptops[vault_index]
    return int(vault.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_two_laptops_to_one_supervisor_then_receipts_and_purge(office: Office) -> None:
    first = [office.record(0, n) for n in range(3)]
    second = [office.record(1, n, level="no_indicators") for n in range(3, 5)]
    out = office.folder("to-supervisor")
    bundles = [office.laptop(i).export(out).path for i in (0, 1)]
    assert all(bundles)
    report = office.boss().import_files([p for p in bundles if p])
    totals = report.to_json()["totals"]
    assert (totals["imported"], totals["rejected"], totals["conflicts"]) == (2, 0, 0)
    assert report.interviews_shown == 5
    shown = {row.reference: row for row in _cases(office)}
    assert set(shown) == {r.reference for r in first + second}
    row = shown[first[1].reference]
    assert (row.status, row.result_level, row.site, row.interviewer) == (
        caselist.CaseStatus.SYNCED, "refer_now", "Gate 1", "laptop1")
    assert shown[second[0].reference].result_level == "no_indicators"
    accounts.add_user(office.supervisor, "reviewer", "supervisor", "reviewer passphrase")
    with unlock_vault(office.supervisor.paths, user="reviewer",
                      password="reviewer passphrase") as reviewer:
        detail = InterviewService(reviewer, office.library(reviewer)).detail(first[2].reference)
    assert detail.values["alias"] == "Test Person 2" and detail.result.level == "refer_now"
    audit_rows = office.supervisor.connection.execute(
        "SELECT count(*) FROM sync_records WHERE kind = 'audit_entry'").fetchone()[0]
    assert audit_rows > 0  # the laptops' audit logs arrived too

    back = office.folder("to-laptops")
    receipts = office.boss().export_receipts(back)
    assert len(receipts) == 2 and office.boss().export_receipts(back) == []
    for index in (0, 1):
        mine = [p for p in receipts if _receipt_device(p) == _device(office, index)]
        others = [p for p in receipts if p not in mine]
        with pytest.raises(ReceiptForAnotherDevice):
            office.laptop(index).import_receipts(others)
        results, purged = office.laptop(index).import_receipts(mine)
        assert results[0].unmatched == 0 and purged == (3 if index == 0 else 2)
        assert _count(office, "answers", index) == 0
        assert _count(office, "interview_revisions", index) == 0
        stubs = _cases(office, index)
        assert all(stub.status == caselist.CaseStatus.SYNCED for stub in stubs)
        assert office.laptop(index).status().pending_revisions == 0
    assert _count(office, "interview_revisions") == 5  # the supervisor keeps everything
    assert len(list(caselist.fetch_page(office.supervisor.connection,
                                        caselist.CaseQuery(text="Test Person")).rows)) == 5


def _device(office: Office, index: int) -> str:
    identity = sync_store.load_device_identity(office.laptops[index].connection)
    assert identity is not None
    return identity.device_id


def _receipt_device(path: Path) -> str:
    body = parse_signed(path.read_bytes(), FileKind.RECEIPT, max_body=10**8).body
    return str(json.loads(body)["device_id"])


def test_export_is_incremental_and_says_when_nothing_is_new(office: Office) -> None:
    laptop = office.laptop(0)
    out = office.folder("out")
    office.record(0, 1)
    first = laptop.export(out)
    assert first.path is not None and first.sequence == 1 and first.new_records == first.records
    again = laptop.export(out)
    assert again.path is None and again.last_sequence == 1 and again.interview_revisions == 1
    office.record(0, 2)
    second = laptop.export(out)
    assert second.sequence == 2 and second.interview_revisions == 2
    assert second.resent_records >= 1  # the first interview, not yet acknowledged
    forced = laptop.export(out, force=True)
    assert forced.sequence == 3
    assert first.path and second.path and forced.path
    report = office.boss().import_files([second.path, first.path, forced.path])
    files = report.to_json()["files"]
    assert [f["sequence_status"] for f in files] == ["gap", "late", "in_order"]
    assert files[0]["missing_sequences"] == [1]
    # Bundle 2 carried bundle 1's interview again: the late bundle 1 adds nothing new to it.
    assert files[0]["unchanged"] == 0 and files[1]["unchanged"] >= 1
    assert report.interviews_shown == 2
    assert len(_cases(office)) == 2
    names = [path.name for path in (first.path, second.path, forced.path)]
    assert all(len(name) == 24 and name.endswith(".fsb") for name in names)


def test_nothing_unacknowledged_is_purged(office: Office) -> None:
    laptop = office.laptop(0)
    office.record(0, 1)
    sent = laptop.export(office.folder("out"))
    assert sent.path is not None
    late = office.record(0, 2)  # finalised after the bundle left
    office.boss().import_files([sent.path])
    receipts = office.boss().export_receipts(office.folder("back"))
    _results, purged = laptop.import_receipts(receipts)
    assert purged == 1
    kept = interviews.get_by_reference(office.laptops[0].connection, late.reference)
    assert len(revisions.list_revisions(office.laptops[0].connection, kept.id)) == 1
    assert interviews.load_answers(office.laptops[0].connection, kept.id)
    assert laptop.status().pending_revisions == 1


def test_retention_waits_for_the_policy_and_revisions_travel(month_office: Office) -> None:
    office = month_office
    laptop = office.laptop(0)
    done = office.record(0, 1)
    office.boss().import_files([_export(office)])
    laptop.import_receipts(office.boss().export_receipts(office.folder("back")))
    assert laptop.purge() == 0
    connection = office.laptops[0].connection
    assert _synced(office, done.reference)

    service = InterviewService(office.laptops[0], office.library(office.laptops[0]),
                               clock=office.clock)
    opened = service.begin_revision(done.reference, "age misheard")
    service.save(opened, opened.session.answer("/data/age", 44))
    service.finalise(opened)
    sync_outbox.refresh_synced_marks(connection, now="t")
    assert not _synced(office, done.reference)
    office.boss().import_files([_export(office)])
    supervisor_row = interviews.get_by_reference(office.supervisor.connection, done.reference)
    assert supervisor_row.revision == 2
    assert dict(interviews.load_answers(office.supervisor.connection,
                                        supervisor_row.id))["/data/age"] == 44
    laptop.import_receipts(office.boss().export_receipts(office.folder("back2")))
    office.clock.advance(days=29)
    assert laptop.purge() == 0
    office.clock.advance(days=2)
    assert laptop.purge() == 1
    assert _count(office, "answers", 0) == 0


def _export(office: Office, index: int = 0) -> Path:
    result = office.laptop(index).export(office.folder(f"out{office.clock.now.timestamp()}"))
    assert result.path is not None
    return result.path


def _synced(office: Office, reference: str) -> bool:
    row = office.laptops[0].connection.execute(
        "SELECT synced_at FROM interviews WHERE reference = ?", (reference,)).fetchone()
    return row[0] is not None


# -- enrollment and registration -----------------------------------------------------------------


def test_enrollment_needs_the_supervisor_code(office: Office) -> None:
    vault = create_vault(VaultPaths(office.root / "new"), user="x", password=PASSWORD)
    try:
        sync = LaptopSync(vault, office.library(vault), clock=office.clock)
        assert office.enrollment is not None
        with pytest.raises(UsageError):
            sync.apply_enrollment(office.enrollment)
        with pytest.raises(FingerprintMismatch):
            sync.apply_enrollment(office.enrollment, fingerprint="0000-0000-0000-0000")
        assert sync_store.trusted_supervisor(vault.connection) is None
        assert sync_store.load_device_identity(vault.connection) is None
        with pytest.raises(NotEnrolled):
            sync.export(office.folder("x"))
        done = sync.apply_enrollment(office.enrollment, fingerprint=office.code.lower())
        assert done.first_enrollment and done.forms_added == 1
    finally:
        vault.lock()


def test_an_enrolled_laptop_trusts_only_its_supervisor_and_never_goes_back(
    office: Office,
) -> None:
    laptop = office.laptop(0)
    stranger = SupervisorIdentity.generate()
    assert office.enrollment is not None
    mine = read_enrollment(office.enrollment.read_bytes())
    forged = write_enrollment(Enrollment(
        mine.organisation, stranger.public_keys(), None, (), mine.referral_directory,
        RetentionPolicy(0, False), mine.issued_at), stranger)
    path = office.folder("forged") / "forged.fse"
    path.write_bytes(forged)
    with pytest.raises(WrongSupervisor):
        laptop.apply_enrollment(path)
    with pytest.raises(EnrollmentOutdated):
        laptop.apply_enrollment(office.enrollment)
    newer, _code = office.boss().create_enrollment(
        office.folder("newer"), organisation="Example Outreach (renamed)",
        directory=DIRECTORY, forms=[office.root / "forms" / "sync_mini.md"],
        retention=RetentionPolicy(5, False))
    done = laptop.apply_enrollment(newer)
    assert not done.first_enrollment and done.forms_added == 0
    policy = sync_store.retention_policy(office.laptops[0].connection)
    assert policy == RetentionPolicy(5, False)


def test_registration_needs_the_laptop_code_and_unregistered_laptops_are_refused(
    office: Office,
) -> None:
    office.add_laptop("laptop3", register=False)
    registration = next((office.root / "laptop3-registration").iterdir())
    with pytest.raises(FingerprintMismatch):
        office.boss().register_device(registration, "AAAA-BBBB-CCCC-DDDD")
    office.record(2, 1)
    report = office.boss().import_files([_export(office, 2)])
    assert report.files[0].status == "rejected" and report.files[0].reason == "unknown_device"
    assert _count(office, "sync_records") == 0 and _count(office, "interviews") == 0
    code = office.laptop(2).write_registration(office.folder("again"))[1]
    office.boss().register_device(registration, code.replace("-", " "))
    assert len(office.boss().devices()) == 3


def test_the_organisation_recovery_recipient_reaches_the_laptops(tmp_path: Path) -> None:
    organisation = pyrage.x25519.Identity.generate()
    recipient_file = tmp_path / "org.txt"
    recipient_file.write_text(f"{organisation.to_public()}\n", encoding="utf-8")
    office = make_office(tmp_path / "o", laptops=0)
    try:
        office.boss().set_recovery_recipient(recipient_file)
        office.enrollment, office.code = office.boss().create_enrollment(
            office.folder("e2"), organisation="Example", directory=DIRECTORY,
            forms=[office.root / "forms" / "sync_mini.md"], retention=MONTH)
        vault = office.add_laptop("laptop1")
        assert vault.keystore.recovery_recipient == str(organisation.to_public())
        assert vault.keystore.recover(organisation) == vault.key
        office.record(0, 1)
        data = _export(office).read_bytes()
        opened = read_bundle_for_recovery(
            data, known_devices=sync_store.known_devices(office.supervisor.connection),
            recovery=organisation)
        assert any(r.kind == "interview_revision" for r in opened.records)
        written = office.boss().export_keys(office.folder("keys"))
        assert [p.name for p in written] == ["supervisor-keys.json", "recovery-recipient.txt"]
    finally:
        office.close()


def test_each_side_refuses_the_other_sides_jobs(office: Office) -> None:
    with pytest.raises(WrongVaultRole):
        LaptopSync(office.supervisor).export(office.folder("x"))
    with pytest.raises(WrongVaultRole):
        SupervisorSync(office.laptops[0]).import_files([])
    with pytest.raises(WrongVaultRole):
        SupervisorSync(office.laptops[0]).create_enrollment(
            office.folder("y"), organisation="x", directory=DIRECTORY,
            retention=MONTH)
    accounts.add_user(office.supervisor, "clerk", "interviewer", "clerk passphrase")
    with unlock_vault(office.supervisor.paths, user="clerk",
                      password="clerk passphrase") as clerk, pytest.raises(PermissionDenied):
        SupervisorSync(clerk).import_files([])


def test_referrals_travel_with_every_state_and_hold_back_the_purge(office: Office) -> None:
    laptop = office.laptop(0)
    connection = office.laptops[0].connection
    done = office.record(0, 1)
    made = referrals.add_referral(
        connection, interview_id=done.id, service_id="safe-passage-helpline",
        service_name="Safe Passage Helpline (sample)", service_type="hotline",
        language="en", encrypted=True, created_by="laptop1", clock=office.clock)
    first = laptop.export(office.folder("out1"))
    assert (first.interview_revisions, first.referrals) == (1, 1) and first.path
    office.boss().import_files([first.path])
    referrals.set_status(connection, made.uuid, "accepted", clock=office.clock)
    # The receipt of the first bundle covers the referral's first state only: still owing.
    laptop.import_receipts(office.boss().export_receipts(office.folder("back1")))
    assert _count(office, "interview_revisions", 0) == 1
    second = laptop.export(office.folder("out2"))
    assert (second.interview_revisions, second.referrals) == (0, 1) and second.path
    office.boss().import_files([second.path])
    held = office.supervisor.connection.execute(
        "SELECT revision FROM sync_records WHERE kind = 'referral' ORDER BY revision"
    ).fetchall()
    assert [row[0] for row in held] == [1, 2]
    _results, purged = laptop.import_receipts(
        office.boss().export_receipts(office.folder("back2")))
    assert purged == 1 and _count(office, "interview_revisions", 0) == 0
    assert laptop.export(office.folder("out3")).path is None


def test_a_conflict_keeps_both_versions_for_review(office: Office) -> None:
    office.record(0, 1)
    first = _export(office)
    office.boss().import_files([first])
    device = sync_store.load_device_identity(office.laptops[0].connection)
    identity = sync_store.load_supervisor_identity(office.supervisor.connection)
    assert device is not None and identity is not None
    known = sync_store.known_devices(office.supervisor.connection)
    received = read_bundle(first.read_bytes(), known_devices=known, supervisor=identity)
    [record] = [r for r in received.records if r.kind == "interview_revision"]
    # The same revision with other content (a laptop restored from an old backup, edited).
    other = SyncRecord(record.kind, record.uuid, record.revision, record.device_id,
                       {**record.body, "site": "Gate 9"})
    path = office.folder("restored") / "b.fsb"
    path.write_bytes(interview_bundle(device, identity.public_keys(), [other], sequence=2))
    report = office.boss().import_files([path])
    assert (report.files[0].conflicts, report.files[0].new) == (1, 0)
    [conflict] = office.boss().conflicts()
    versions = office.boss().versions(conflict.uuid, conflict.revision)
    assert [v.body["site"] for v in versions] == ["Gate 1", "Gate 9"]
    shown = interviews.get_by_reference(office.supervisor.connection,
                                        str(record.body["reference"]))
    assert shown.site == "Gate 1"  # the first version stays shown


def test_an_imported_interview_opens_whole_and_is_edited_on_a_full_copy(office: Office) -> None:
    done = office.record(0, 7)
    office.boss().import_files([_export(office)])
    supervisor = office.supervisor
    row = interviews.get_by_reference(supervisor.connection, done.reference)
    # Nothing written per answer on import: the revision is the record of the answers.
    assert _count(office, "answers") == 0
    laptop_answers = dict(interviews.load_answers(office.laptops[0].connection, done.id))
    assert dict(interviews.load_answers(supervisor.connection, row.id)) == laptop_answers
    service = InterviewService(supervisor, office.library(supervisor), clock=office.clock)
    opened = service.open(done.reference)
    assert opened.read_only and opened.session.values()["alias"] == "Test Person 7"
    # A correction made on the supervisor's machine starts from every answer, not one.
    opened = service.begin_revision(done.reference, "age misheard")
    assert _count(office, "answers") == len(laptop_answers)
    service.save(opened, opened.session.answer("/data/age", 52))
    service.finalise(opened)
    latest = dict(interviews.revision_answers(supervisor.connection, row.id))
    assert latest == {**laptop_answers, "/data/age": 52}


def test_records_left_queued_are_shown_by_the_next_import(office: Office) -> None:
    first = [office.record(0, n) for n in range(2)]
    out = office.folder("queued")
    earlier = office.laptop(0).export(out).path
    assert earlier is not None
    # As an older version of the app left them: recorded in the ledger, queued, not shown.
    importer = office.boss().importer()
    report = importer.import_files([earlier], materialise=False)
    assert report.count("imported") == 1 and report.interviews_shown == 0
    assert _cases(office) == []
    assert sync_materialise.pending_count(office.supervisor.connection) == 2
    later = [office.record(0, n) for n in range(2, 4)]
    newer = office.laptop(0).export(out).path
    assert newer is not None
    report = office.boss().import_files([newer])
    assert report.interviews_shown == 4  # two from this bundle, two left queued
    assert {row.reference for row in _cases(office)} == {r.reference for r in first + later}
    assert sync_materialise.pending_count(office.supervisor.connection) == 0
