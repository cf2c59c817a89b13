"""The laptop's Sync screen on real vaults: state, export, receipts, updates, purge, enrolment.

Each test builds a fictional office (a supervisor vault and an enrolled laptop, fast test KDF)
and drives the panel over the laptop's vault through a gateway; the supervisor's side runs
straight on its vault. Dialogs are replaced through the panel's ``_choose_*`` and ``_confirm``
methods. What each test checks is what the vaults hold afterwards as well as what the screen
says.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from fieldapp.errors import FieldappError
from fieldapp.paths import VaultPaths
from fieldapp.services import caselist
from fieldapp.services.interviews import InterviewService, VaultFormStore
from fieldapp.services.session import Vault, create_vault
from fieldapp.services.sync_errors import WrongVaultRole
from fieldapp.services.sync_export import ExportResult
from fieldapp.sync import (
    Receipt,
    RetentionPolicy,
    SupervisorIdentity,
    Update,
    write_receipt,
    write_update,
)
from fieldapp.sync.errors import FileKind
from fieldapp.sync.receipt import ReceivedRecord
from fieldapp.sync.signed_file import parse_signed
from fieldapp.vault import sync_outbox, sync_store
from fieldapp.xlsform import FormLibrary
from tests.core.test_sync_service_support import (
    PASSWORD,
    START,
    Office,
    answers,
    make_office,
)
from ui.gateway import VaultGateway
from ui.sync import laptop_status
from ui.sync.laptop import LaptopSyncPanel
from ui.tasks import Failure, ImmediateRunner

T = TypeVar("T")
MONTH = RetentionPolicy(30, True)


class HeldRunner(ImmediateRunner):
    """Runs jobs at once, or keeps them while ``hold`` is set (a job still running)."""

    def __init__(self) -> None:
        self.hold = False
        self.held: list[tuple[Callable[[], Any], Any, Any]] = []

    def submit(self, job: Callable[[], T], on_success: Callable[[T], None] | None = None,
               on_failure: Failure | None = None) -> None:
        if self.hold:
            self.held.append((job, on_success, on_failure))
        else:
            super().submit(job, on_success, on_failure)

    def release(self) -> None:
        self.hold = False
        while self.held:
            job, on_success, on_failure = self.held.pop(0)
            super().submit(job, on_success, on_failure)


def _raise(error: Exception) -> None:
    raise error


def open_gateway(root: Path, name: str, user: str) -> VaultGateway:
    """A gateway over the vault ``root/name``, signed in, with a library of its stored forms."""
    holder: list[VaultGateway] = []
    library = FormLibrary(VaultFormStore(lambda: holder[0]._connection()), builtin_dir=root)
    gateway = VaultGateway(VaultPaths(root / name), HeldRunner(), library=library)
    holder.append(gateway)
    gateway.unlock(user, PASSWORD, lambda _account: None, _raise)
    return gateway


def ask(gateway: VaultGateway, work: Callable[[Vault], T]) -> T:
    found: list[T] = []
    gateway.run(work, found.append, _raise)
    return found[0]


def record(gateway: VaultGateway, number: int) -> None:
    ask(gateway, lambda vault: InterviewService(vault, gateway.library).record_answers(
        "sync_mini", answers(number)))


def answer_rows(gateway: VaultGateway) -> int:
    return ask(gateway, lambda vault: int(
        vault.connection.execute("SELECT count(*) FROM answers").fetchone()[0]))


def acknowledged(gateway: VaultGateway) -> int:
    return ask(gateway, lambda vault: sync_outbox.acknowledged_count(vault.connection))


def cases(gateway: VaultGateway) -> list[caselist.CaseRow]:
    return ask(gateway, lambda vault: list(
        caselist.fetch_page(vault.connection, caselist.CaseQuery()).rows))


def make_panel(qtbot: QtBot, gateway: VaultGateway) -> LaptopSyncPanel:
    panel = LaptopSyncPanel(gateway)
    qtbot.addWidget(panel)
    panel.resize(1100, 760)
    panel.show()
    panel.refresh()
    return panel


def choose(panel: LaptopSyncPanel, monkeypatch: pytest.MonkeyPatch, *, folder: Path | None = None,
           files: list[Path] | None = None) -> None:
    monkeypatch.setattr(panel, "_choose_folder", lambda _title: folder)
    monkeypatch.setattr(panel, "_choose_files", lambda _title, _filter: list(files or []))


def answer_confirmations(panel: LaptopSyncPanel, monkeypatch: pytest.MonkeyPatch,
                         answer: bool) -> list[str]:
    asked: list[str] = []

    def confirm(_title: str, text: str, _action: str) -> bool:
        asked.append(text)
        return answer

    monkeypatch.setattr(panel, "_confirm", confirm)
    return asked


def shown(label: QLabel) -> str:
    return label.text() if label.isVisibleTo(label.window()) else ""


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    built = make_office(tmp_path, laptops=1)
    yield built
    built.close()


@pytest.fixture
def gateway(office: Office) -> Iterator[VaultGateway]:
    for number in range(3):
        office.record(0, number)
    office.laptops[0].lock()
    gate = open_gateway(office.root, "laptop1", "laptop1")
    yield gate
    gate.lock()


@pytest.fixture
def panel(qtbot: QtBot, gateway: VaultGateway) -> LaptopSyncPanel:
    return make_panel(qtbot, gateway)


def _export(panel: LaptopSyncPanel, monkeypatch: pytest.MonkeyPatch, folder: Path) -> Path:
    before = set(folder.iterdir())
    choose(panel, monkeypatch, folder=folder)
    panel.export_button.click()
    written = set(folder.iterdir()) - before
    assert len(written) == 1, shown(panel.problem)
    return written.pop()


def _receipts_for(office: Office, bundle: Path) -> list[Path]:
    report = office.boss().import_files([bundle])
    assert report.to_json()["totals"]["imported"] == 1
    return office.boss().export_receipts(office.folder("back"))


# -- state -------------------------------------------------------------------------------------


def test_an_enrolled_laptop_shows_what_waits(panel: LaptopSyncPanel, office: Office,
                                             gateway: VaultGateway) -> None:
    values = {key: label.text() for key, label in panel.values.items()}
    assert values["enrolled"] == "Yes"
    assert values["organisation"] == "Example Outreach (test)"
    assert values["supervisor"] == office.code
    assert values["label"] == "Laptop1"
    device_code = ask(gateway, lambda vault: sync_store.load_device_identity(
        vault.connection).fingerprint())  # type: ignore[union-attr]
    assert values["code"] == device_code
    assert values["waiting"] == "3 interviews, not sent yet"
    assert values["last_bundle"] == "None saved yet"
    assert values["acknowledged"] == "0 interviews"
    assert values["retention"].startswith("Finalised interviews are removed as soon as")
    assert values["update"] == "None yet" and values["purged"] == "None yet"
    assert re.fullmatch(r"[1-9]\d* events?", values["audit"])
    assert panel.action_box.isVisible() and not panel.enrol_box.isVisible()
    assert all(button.isEnabled() for button in (
        panel.export_button, panel.receipts_button, panel.updates_button,
        panel.purge_button, panel.registration_button))


def test_a_supervisor_vault_is_explained_on_the_screen(qtbot: QtBot, office: Office) -> None:
    office.supervisor.lock()
    gateway = open_gateway(office.root, "supervisor", "chief")
    try:
        panel = make_panel(qtbot, gateway)
        assert "belongs to a supervisor" in shown(panel.status_problem)
        assert not panel.action_box.isVisible() and not panel.enrol_box.isVisible()
        errors: list[FieldappError] = []
        panel.failed.connect(errors.append)
        panel.hide()
        panel.refresh()  # hidden: the message cannot be read there, so it goes out
        assert len(errors) == 1 and isinstance(errors[0], WrongVaultRole)
    finally:
        gateway.lock()


# -- export ------------------------------------------------------------------------------------


def test_export_writes_a_bundle_the_supervisor_imports(
    panel: LaptopSyncPanel, office: Office, monkeypatch: pytest.MonkeyPatch,
    gateway: VaultGateway,
) -> None:
    runner = gateway.runner
    assert isinstance(runner, HeldRunner)
    choose(panel, monkeypatch, folder=office.stick)
    before = set(office.stick.iterdir())
    runner.hold = True
    panel.export_button.click()
    # While the job runs: buttons off, a moving bar, a word of what is happening.
    assert not panel.export_button.isEnabled() and not panel.receipts_button.isEnabled()
    assert panel.progress.isVisible() and panel.working.text() == "Working…"
    runner.release()
    assert panel.export_button.isEnabled() and not panel.progress.isVisible()
    (bundle,) = set(office.stick.iterdir()) - before
    assert bundle.suffix == ".fsb"
    outcome = shown(panel.outcome)
    assert outcome.startswith("Sync file 1 saved: " + bundle.name)
    assert "It carries 3 interviews and this laptop's activity log." in outcome
    assert not re.search(r"bundle|revision|record", outcome, re.IGNORECASE)
    report = office.boss().import_files([bundle])
    assert report.interviews_shown == 3 and report.to_json()["totals"]["rejected"] == 0
    assert panel.values["waiting"].text() == (
        "3 interviews, sent and waiting for your supervisor's receipt")
    assert panel.values["last_bundle"].text().startswith("Number 1, saved ")


def test_nothing_new_is_said_and_only_a_confirmed_force_writes_a_bundle(
    panel: LaptopSyncPanel, office: Office, monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = office.folder("usb")
    _export(panel, monkeypatch, folder)
    asked = answer_confirmations(panel, monkeypatch, False)
    panel.export_button.click()
    assert len(list(folder.iterdir())) == 1
    assert shown(panel.outcome).startswith(
        "Nothing new since sync file 1: no file was saved.")
    assert "3 interviews still to be confirmed by your supervisor." in shown(panel.outcome)
    assert len(asked) == 1 and "Save a sync file anyway?" in asked[0]
    assert "Nothing is new since sync file 1." in asked[0]
    asked = answer_confirmations(panel, monkeypatch, True)
    forced = _export(panel, monkeypatch, folder)
    assert len(asked) == 1
    assert shown(panel.outcome).startswith("Sync file 2 saved: " + forced.name)
    assert panel.values["last_bundle"].text().startswith("Number 2, ")


def test_export_into_a_missing_folder_says_so_plainly(
    panel: LaptopSyncPanel, office: Office, monkeypatch: pytest.MonkeyPatch,
) -> None:
    errors: list[FieldappError] = []
    panel.failed.connect(errors.append)
    missing = office.root / "stick-removed"
    choose(panel, monkeypatch, folder=missing)
    panel.export_button.click()
    assert shown(panel.problem) == f"The folder {missing} does not exist."
    assert "Traceback" not in shown(panel.problem) and not shown(panel.outcome)
    assert panel.export_button.isEnabled() and not missing.exists()
    assert errors == []  # shown on the screen, not passed on
    assert panel.values["last_bundle"].text() == "None saved yet"


# -- receipts, updates, purge ------------------------------------------------------------------


def test_receipts_mark_records_received_and_the_policy_purges(
    panel: LaptopSyncPanel, office: Office, monkeypatch: pytest.MonkeyPatch,
    gateway: VaultGateway,
) -> None:
    receipts = _receipts_for(office, _export(panel, monkeypatch, office.stick))
    assert answer_rows(gateway) > 0
    choose(panel, monkeypatch, files=receipts)
    panel.receipts_button.click()
    lines = shown(panel.outcome).splitlines()
    assert lines[0].startswith("Receipt for sync file 1: ")
    assert lines[-1] == "3 synced interviews removed from this laptop."
    assert not shown(panel.problem)
    assert acknowledged(gateway) > 0 and answer_rows(gateway) == 0
    assert [row.status for row in cases(gateway)] == [caselist.CaseStatus.SYNCED] * 3
    assert panel.values["waiting"].text() == "None: every finalised interview is confirmed"
    assert panel.values["purged"].text().startswith("3 ")


def _forged_receipt(real: Path, folder: Path) -> Path:
    """The real receipt's list, signed by a stranger: it would purge everything if trusted."""
    body = json.loads(parse_signed(real.read_bytes(), FileKind.RECEIPT, max_body=10**8).body)
    receipt = Receipt(body["bundle_uuid"], body["device_id"], body["sequence"],
                      tuple(ReceivedRecord(*item) for item in body["records"]), START)
    path = folder / "forged.fsr"
    path.write_bytes(write_receipt(receipt, SupervisorIdentity.generate()))
    return path


def test_a_forged_or_damaged_receipt_is_refused_with_its_reason(
    panel: LaptopSyncPanel, office: Office, monkeypatch: pytest.MonkeyPatch,
    gateway: VaultGateway,
) -> None:
    (real,) = _receipts_for(office, _export(panel, monkeypatch, office.stick))
    folder = office.folder("suspect")
    forged = _forged_receipt(real, folder)
    damaged = folder / "damaged.fsr"
    damaged.write_bytes(real.read_bytes()[:40])
    rows, acks = answer_rows(gateway), acknowledged(gateway)
    choose(panel, monkeypatch, files=[forged, damaged])
    panel.receipts_button.click()
    refused = shown(panel.problem).splitlines()
    assert len(refused) == 2 and not shown(panel.outcome)
    assert refused[0].startswith("forged.fsr was refused; nothing from it was applied: ")
    assert "supervisor" in refused[0]
    assert refused[1].startswith("damaged.fsr was refused; nothing from it was applied: ")
    assert "incomplete" in refused[1]
    assert (answer_rows(gateway), acknowledged(gateway)) == (rows, acks)
    assert panel.values["acknowledged"].text() == "0 interviews"
    # With a good one beside it, the good one counts and the bad one is still named.
    choose(panel, monkeypatch, files=[damaged, real])
    panel.receipts_button.click()
    assert shown(panel.problem).startswith("damaged.fsr was refused")
    assert shown(panel.outcome).startswith("Receipt for sync file 1: ")
    assert answer_rows(gateway) == 0


def test_updates_apply_in_order_and_a_forged_one_changes_nothing(
    panel: LaptopSyncPanel, office: Office, monkeypatch: pytest.MonkeyPatch,
) -> None:
    update, number = office.boss().export_update(office.folder("updates"),
                                                 retention=RetentionPolicy(14, False))
    assert number == 1
    choose(panel, monkeypatch, files=[update])
    panel.updates_button.click()
    assert shown(panel.outcome).splitlines() == [
        "Update 1 applied: 0 form versions added.",
        "New removal rule: Finalised interviews are removed 14 days after the supervisor "
        "confirmed them; nothing of them stays on this laptop.",
    ]
    assert panel.values["update"].text() == "Number 1"
    assert panel.values["retention"].text().startswith("Finalised interviews are removed 14 ")
    forged = office.folder("forged") / "forged.fsu"
    forged.write_bytes(write_update(Update(2, (), None, RetentionPolicy(0, False), START),
                                    SupervisorIdentity.generate()))
    choose(panel, monkeypatch, files=[forged])
    panel.updates_button.click()
    assert shown(panel.problem).startswith("forged.fsu was refused; nothing from it was applied")
    choose(panel, monkeypatch, files=[update, forged])
    panel.updates_button.click()
    assert shown(panel.problem).startswith(
        "One of the 2 update files was refused, so none was applied: ")
    assert not shown(panel.outcome)
    assert panel.values["update"].text() == "Number 1"
    assert "14 days" in panel.values["retention"].text()


def test_remove_now_says_what_goes_and_keeps_what_is_unconfirmed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    office = make_office(tmp_path, laptops=1, retention=MONTH)
    try:
        for number in range(2):
            office.record(0, number)
        office.laptops[0].lock()
        gateway = open_gateway(office.root, "laptop1", "laptop1")
        panel = make_panel(qtbot, gateway)
        receipts = _receipts_for(office, _export(panel, monkeypatch, office.stick))
        choose(panel, monkeypatch, files=receipts)
        panel.receipts_button.click()
        assert shown(panel.outcome).endswith("No interview is due for removal yet.")
        record(gateway, 7)  # finalised after the bundle left: not confirmed
        update, _number = office.boss().export_update(office.folder("updates"),
                                                      retention=RetentionPolicy(0, True))
        choose(panel, monkeypatch, files=[update])
        panel.updates_button.click()
        rows = answer_rows(gateway)
        asked = answer_confirmations(panel, monkeypatch, False)
        panel.purge_button.click()
        assert asked == [
            "Every finalised interview the supervisor has confirmed will be removed from this "
            "laptop. Their answers, site and name go; a short entry (reference, form, dates, "
            "result) stays in your log. Nothing the supervisor has not confirmed is removed."]
        assert answer_rows(gateway) == rows
        answer_confirmations(panel, monkeypatch, True)
        panel.purge_button.click()
        assert shown(panel.outcome) == "2 synced interviews removed from this laptop."
        statuses = sorted(row.status for row in cases(gateway))
        assert statuses == sorted([caselist.CaseStatus.SYNCED] * 2
                                  + [caselist.CaseStatus.FINALISED])
        assert 0 < answer_rows(gateway) < rows  # the unconfirmed interview keeps its answers
        assert panel.values["waiting"].text() == "1 interview, not sent yet"
        gateway.lock()
    finally:
        office.close()


# -- enrolment and registration ----------------------------------------------------------------


def test_a_fresh_laptop_enrols_from_the_panel(qtbot: QtBot, office: Office) -> None:
    create_vault(VaultPaths(office.root / "fresh"), user="fresh", password=PASSWORD).lock()
    gateway = open_gateway(office.root, "fresh", "fresh")
    try:
        panel = make_panel(qtbot, gateway)
        assert panel.values["enrolled"].text() == "Not yet"
        assert panel.enrol_box.isVisible() and not panel.action_box.isVisible()
        assert not panel.export_button.isEnabled()
        assert not panel.values["supervisor"].isVisibleTo(panel)
        assert office.enrollment is not None
        stick = office.folder("fresh-stick")
        enrollment = Path(shutil.copy(office.enrollment, stick))
        form = panel.enrol_form
        form.choose_file = lambda: enrollment  # type: ignore[method-assign]
        form.browse_button.click()
        assert form.file.text() == str(enrollment)
        qtbot.keyClicks(form.code, "AAAA-BBBB-CCCC-DDDD")
        qtbot.keyClick(form.code, Qt.Key.Key_Return)
        assert "does not match" in form.feedback.text()
        assert panel.values["enrolled"].text() == "Not yet"
        form.code.clear()
        qtbot.keyClicks(form.code, office.code)
        qtbot.keyClick(form.code, Qt.Key.Key_Return)
        (registration,) = [path for path in stick.iterdir() if path.suffix == ".fsd"]
        code = panel.values["code"].text()
        outcome = shown(panel.outcome)
        assert outcome.startswith("Enrolled with Example Outreach (test).")
        assert code in outcome and str(registration) in outcome
        assert panel.values["enrolled"].text() == "Yes" and panel.action_box.isVisible()
        assert not panel.enrol_box.isVisible() and form.code.text() == ""
        accepted = office.boss().register_device(registration, code)  # the code read aloud
        assert accepted.label == panel.values["label"].text()
    finally:
        gateway.lock()


def test_the_registration_file_is_written_again(
    panel: LaptopSyncPanel, office: Office, monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = office.folder("registration-again")
    choose(panel, monkeypatch, folder=folder)
    panel.registration_button.click()
    (written,) = folder.iterdir()
    assert shown(panel.outcome).splitlines() == [
        f"Registration file written: {written}",
        f"Read this laptop's code to your supervisor: {panel.values['code'].text()}",
    ]


# -- lock --------------------------------------------------------------------------------------


def test_clear_leaves_nothing_on_screen_and_late_results_are_dropped(
    panel: LaptopSyncPanel, office: Office, monkeypatch: pytest.MonkeyPatch,
    gateway: VaultGateway,
) -> None:
    bundle = _export(panel, monkeypatch, office.stick)
    secrets = [office.code, panel.values["code"].text(), "Example Outreach", bundle.name,
               "Laptop1", "Gate", "Test Person"]
    runner = gateway.runner
    assert isinstance(runner, HeldRunner)
    runner.hold = True
    choose(panel, monkeypatch, folder=office.folder("second"))
    answer_confirmations(panel, monkeypatch, True)
    panel.export_button.click()
    panel.clear()
    runner.release()  # the export ends after the lock: its outcome must not appear
    texts = [label.text() for label in panel.findChildren(QLabel) if label.isVisibleTo(panel)]
    texts += [edit.text() for edit in panel.findChildren(QLineEdit)]
    texts += [label.text() for label in panel.values.values()]
    texts += [panel.outcome.text(), panel.problem.text(), panel.status_problem.text()]
    assert not [text for text in texts for secret in secrets if secret in text]
    assert not panel.status_box.isVisible() and not panel.action_box.isVisible()
    assert not panel.progress.isVisible() and not panel.export_button.isEnabled()
    assert panel.status is None


# -- words -------------------------------------------------------------------------------------


def test_times_are_local_and_policies_are_said_in_words() -> None:
    plus_two = timezone(timedelta(hours=2))
    assert laptop_status.local_time("2026-03-02T09:00:00.000+00:00", plus_two) == (
        "2026-03-02 11:00")
    assert laptop_status.local_time("2026-03-02T09:00:00.000+00:00", UTC) == "2026-03-02 09:00"
    assert laptop_status.retention_text(RetentionPolicy(30, True)) == (
        "Finalised interviews are removed 30 days after the supervisor confirmed them; "
        "a short entry stays in your log.")
    assert laptop_status.retention_text(RetentionPolicy(0, False)).endswith(
        "nothing of them stays on this laptop.")
    assert laptop_status.retention_text(None).startswith("None received")
    assert "at least 30 days ago" in laptop_status.purge_question(MONTH)
    assert laptop_status.sentence("the folder /x does not exist") == (
        "The folder /x does not exist.")
    assert laptop_status.sentence("Done!") == "Done!"


def _result(**changes: object) -> ExportResult:
    values: dict[str, object] = dict(
        path=None, sequence=None, interview_revisions=0, referrals=0, audit_entries=12,
        new_records=12, resent_records=0, last_sequence=None, purged=0, interviews=0)
    values.update(changes)
    return ExportResult(**values)  # type: ignore[arg-type]


def test_nothing_sent_yet_is_never_called_nothing_new_since_the_last_file() -> None:
    only_log = _result()
    question = laptop_status.force_question(only_log)
    assert "since" not in question and "last" not in question
    assert question.startswith("There is no finalised interview to send, only this laptop's "
                               "activity log (12 events).")
    assert laptop_status.export_text(only_log) == (
        "No finalised interview to send yet: no sync file was saved.")
    after_one = _result(last_sequence=4, interviews=1, interview_revisions=2)
    assert laptop_status.export_text(after_one) == (
        "Nothing new since sync file 4: no file was saved. 1 interview still to be "
        "confirmed by your supervisor.")


def test_the_officer_reads_no_sync_jargon() -> None:
    texts = [
        laptop_status.export_text(_result(path=Path("a.fsb"), sequence=2, interviews=3,
                                          interview_revisions=4, resent_records=2)),
        laptop_status.export_text(_result(last_sequence=1, interviews=2)),
        laptop_status.force_question(_result(last_sequence=1)),
        laptop_status.force_question(_result()),
        *laptop_status.field_labels().values(),
    ]
    for text in texts:
        jargon = re.search(r"bundle|revision|record|log entr|\(s\)", text, re.IGNORECASE)
        assert jargon is None, text
