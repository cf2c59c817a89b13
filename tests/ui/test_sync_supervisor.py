"""The supervisor's Import screen over real vaults: a supervisor, its laptops, real bundles.

Each test builds an office (tests.core.test_sync_service_support: a supervisor vault and two
enrolled, registered laptops, all encrypted, fast test KDF), writes bundles from the laptops
as they would go onto a stick, and drives the panel the way a supervisor does: buttons, the
inbox folder, the watch box, Cancel. File and folder questions are replaced; everything else
is the real core behind a gateway (at once on the test thread, and in the last test on the
real database thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from fieldapp.paths import VaultPaths
from fieldapp.services import caselist
from fieldapp.services.session import Vault
from fieldapp.services.sync import SupervisorSync
from fieldapp.services.sync_import import DUPLICATE, IMPORTED, REJECTED, SKIPPED, FileReport
from fieldapp.services.sync_progress import APPLYING, SHOWING, ImportProgress
from tests.core.test_sync_service_support import PASSWORD, Office, make_office
from ui.gateway import VaultGateway, VaultLocked
from ui.sync.supervisor import ImportPanel
from ui.sync.supervisor_models import ITEM_ROLE, ReportColumn
from ui.sync_reasons import reason_text
from ui.tasks import DatabaseThread, ImmediateRunner, TaskRunner

T = TypeVar("T")


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    built = make_office(tmp_path)
    yield built
    built.close()


def _gateway(office: Office, runner: TaskRunner) -> VaultGateway:
    office.supervisor.lock()  # the panel's gateway opens the supervisor vault itself
    gateway = VaultGateway(VaultPaths(office.root / "supervisor"), runner)
    gateway.unlock("chief", PASSWORD, lambda _account: None, _raise)
    return gateway


def _raise(error: Exception) -> None:
    raise error


@pytest.fixture
def panel(office: Office, qtbot: QtBot) -> Iterator[ImportPanel]:
    gateway = _gateway(office, ImmediateRunner())
    widget = ImportPanel(gateway)
    qtbot.addWidget(widget)
    widget.settle_seconds = 0
    widget.refresh()
    yield widget
    widget.clear()
    gateway.lock()


def on_vault(panel: ImportPanel, work: Callable[[Vault], T]) -> T:
    """``work`` on the panel's (immediate) gateway, for checking what the vault holds."""
    found: list[T] = []
    panel._gateway.run(work, found.append)
    assert len(found) == 1
    return found[0]


def case_references(panel: ImportPanel) -> set[str]:
    page = on_vault(panel, lambda vault: caselist.fetch_page(vault.connection,
                                                             caselist.CaseQuery()))
    return {row.reference for row in page.rows}


def rows(panel: ImportPanel) -> list[FileReport]:
    proxy = panel.reports.proxy
    return [proxy.index(row, 0).data(ITEM_ROLE) for row in range(proxy.rowCount())]


def cell(panel: ImportPanel, row: int, column: ReportColumn) -> str:
    return str(panel.reports.proxy.index(row, column).data())


def export(office: Office, laptop: int, folder: Path, *interviews: int) -> Path:
    for number in interviews:
        office.record(laptop, number)
    result = office.laptop(laptop).export(folder)
    assert result.path is not None
    return result.path


def import_files(panel: ImportPanel, monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    monkeypatch.setattr(panel, "_choose_files", lambda: list(paths))
    panel.import_files_button.click()


def test_files_from_two_laptops_then_the_same_file_again(
    office: Office, panel: ImportPanel, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = office.folder("stick-a")
    first = export(office, 0, stick, 1, 2)
    second = export(office, 1, stick, 3)
    assert panel.status.devices.text() == "2" and panel.status.bundles.text() == "0"
    assert panel.status.code.text() == office.code
    with qtbot.waitSignal(panel.imported, timeout=1000):
        import_files(panel, monkeypatch, [first, second])
    shown = rows(panel)
    assert [(r.file, r.status) for r in shown] == [(first.name, IMPORTED),
                                                   (second.name, IMPORTED)]
    assert [cell(panel, n, ReportColumn.LAPTOP) for n in (0, 1)] == ["Laptop1", "Laptop2"]
    assert [cell(panel, n, ReportColumn.OUTCOME) for n in (0, 1)] == ["Imported"] * 2
    assert cell(panel, 0, ReportColumn.SEQUENCE_STATUS) == "In order"
    assert shown[0].new > 0 and cell(panel, 0, ReportColumn.NEW) == str(shown[0].new)
    assert len(case_references(panel)) == 3
    assert panel.status.bundles.text() == "2" and panel.status.receipts.text() == "2"
    assert "2 imported" in panel.message.text() and "3 interview" in panel.message.text()
    assert not panel.progress.isVisibleTo(panel) and panel.import_files_button.isEnabled()

    emitted: list[bool] = []
    panel.imported.connect(lambda: emitted.append(True))
    import_files(panel, monkeypatch, [first])
    assert [(r.file, r.status) for r in rows(panel)] == [
        (first.name, DUPLICATE), (first.name, IMPORTED), (second.name, IMPORTED)]
    assert cell(panel, 0, ReportColumn.OUTCOME) == "Already imported"
    assert "imported before" in cell(panel, 0, ReportColumn.REASON)
    assert emitted == []  # nothing new: the case list need not refresh
    assert panel.status.bundles.text() == "2"
    assert panel.reports.totals.text().startswith("3 file(s): 2 imported, 1 already imported")


def test_damaged_and_empty_files_are_rejected_and_the_good_one_imports(
    office: Office, panel: ImportPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = office.folder("stick-b")
    good = export(office, 0, stick, 1)
    other = export(office, 1, office.folder("spare"), 2)
    damaged = stick / "0a0a0a0a0a0a0a0a0a0a.fsb"
    data = bytearray(other.read_bytes())
    data[len(data) // 2] ^= 0x40
    damaged.write_bytes(bytes(data))
    empty = stick / "0b0b0b0b0b0b0b0b0b0b.fsb"
    empty.write_bytes(b"")
    import_files(panel, monkeypatch, [damaged, good, empty])
    shown = {r.file: r for r in rows(panel)}
    assert shown[good.name].status == IMPORTED
    assert shown[damaged.name].status == REJECTED and shown[damaged.name].reason
    assert (shown[empty.name].status, shown[empty.name].reason) == (REJECTED, "empty_file")
    for row, report in enumerate(rows(panel)):
        if report.status == REJECTED:
            assert cell(panel, row, ReportColumn.OUTCOME) == "✖ Rejected"
            # The sentence for the reason code in the app language; the core's words beside.
            sentence = reason_text(report.reason)
            assert sentence and cell(panel, row, ReportColumn.REASON) == sentence
            assert report.message and "Traceback" not in report.message
            tip = panel.reports.proxy.index(row, ReportColumn.REASON).data(
                Qt.ItemDataRole.ToolTipRole)
            assert tip == report.message
            assert cell(panel, row, ReportColumn.NEW) == ""
            panel.reports.table.selectRow(row)
            assert panel.reports.detail.text() == f"{report.file}: {sentence}"
    assert cell(panel, [r.file for r in rows(panel)].index(empty.name),
                ReportColumn.REASON) == "The file is empty. Copy it again."
    assert panel.message.property("role") == "banner"
    assert "2 rejected" in panel.message.text()
    assert len(case_references(panel)) == 1
    assert panel.status.bundles.text() == "1"
    panel.reports.problems_only.setChecked(True)
    assert {r.file for r in rows(panel)} == {damaged.name, empty.name}


def test_inbox_files_are_filed_away_and_the_watch_picks_up_new_ones(
    office: Office, panel: ImportPanel, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = office.folder("inbox")
    good = export(office, 0, inbox, 1)
    bad = inbox / "0c0c0c0c0c0c0c0c0c0c.fsb"
    bad.write_bytes(b"not a bundle at all, only fictional bytes" * 4)
    monkeypatch.setattr(panel, "_choose_folder", lambda _title: inbox)
    panel.import_inbox_button.click()  # no folder typed yet: it is asked for
    assert panel.inbox.text() == str(inbox)
    assert (inbox / "processed" / good.name).is_file() and not good.exists()
    assert (inbox / "rejected" / bad.name).is_file() and not bad.exists()
    moved = {r.file: r.moved_to for r in rows(panel)}
    assert moved == {good.name: f"processed/{good.name}", bad.name: f"rejected/{bad.name}"}
    assert {cell(panel, n, ReportColumn.MOVED_TO) for n in (0, 1)} == {"processed/",
                                                                        "rejected/"}

    panel.watch_timer.setInterval(20)
    panel.watch.setChecked(True)
    assert panel.watch_timer.isActive() and panel.watcher.folder == inbox
    qtbot.wait(60)
    assert len(rows(panel)) == 2  # nothing new in the inbox: no import
    late = export(office, 1, inbox, 2)
    qtbot.waitUntil(lambda: len(rows(panel)) == 3, timeout=3000)
    assert rows(panel)[0].file == late.name and rows(panel)[0].status == IMPORTED
    assert (inbox / "processed" / late.name).is_file()
    assert len(case_references(panel)) == 2

    panel.settle_seconds = 3600  # a file just written is still being copied: it waits
    waiting = export(office, 0, inbox, 3)
    qtbot.wait(100)
    assert waiting.exists() and len(rows(panel)) == 3
    panel.watch.setChecked(False)
    assert not panel.watch_timer.isActive()


def test_a_second_import_never_starts_while_one_runs(
    office: Office, panel: ImportPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = office.folder("inbox")
    first = export(office, 0, office.folder("stick"), 1)
    waiting = export(office, 1, inbox, 2)
    panel.inbox.setText(str(inbox))
    panel.watch.setChecked(True)  # the first look imports what is there
    assert [r.file for r in rows(panel)] == [waiting.name]
    refused: list[bool] = []
    scans: list[object] = []
    panel.watcher.files_ready.connect(scans.append)

    def during(progress: ImportProgress) -> None:
        if progress.stage == APPLYING:
            assert not panel.import_files_button.isEnabled()
            refused.append(panel.bundle_import.import_files([first]))
            panel.watcher._on_timer_timeout()  # the watch looks while this import runs

    panel.bundle_import.progressed.connect(during)
    export(office, 0, inbox, 3)
    import_files(panel, monkeypatch, [first])
    assert refused == [False] and scans == []
    assert [r.file for r in rows(panel)].count(first.name) == 1


def test_cancel_after_the_first_file_skips_the_rest(
    office: Office, panel: ImportPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = office.folder("stick-c")
    paths = [export(office, 0, stick, 1), export(office, 1, stick, 2),
             export(office, 0, stick, 3)]
    seen: list[ImportProgress] = []

    def cancel_after_first(progress: ImportProgress) -> None:
        seen.append(progress)
        if progress.stage == APPLYING and progress.done == 0:
            assert panel.progress.format() == "File 1 of 3"
            panel.cancel_button.click()
            assert panel.progress.format() == "Stopping after this bundle…"

    panel.bundle_import.progressed.connect(cancel_after_first)
    import_files(panel, monkeypatch, paths)
    panel.bundle_import.progressed.disconnect(cancel_after_first)
    assert [(r.status, r.reason) for r in rows(panel)] == [
        (IMPORTED, None), (SKIPPED, "cancelled"), (SKIPPED, "cancelled")]
    assert "cancelled before this file" in cell(panel, 1, ReportColumn.REASON)
    assert "Import cancelled: 1 file(s) done, 2 left untouched" in panel.message.text()
    assert not any(p.stage == SHOWING for p in seen)
    assert panel.status.bundles.text() == "1"
    # The bundle applied before the cancel is in the case list too: one transaction for both.
    assert len(case_references(panel)) == 1
    assert panel.status.pending.text() == "0"
    assert not panel.status.show_pending_button.isVisibleTo(panel)
    import_files(panel, monkeypatch, paths[1:])  # the rest, untouched, import later
    assert [r.status for r in rows(panel)[:2]] == [IMPORTED, IMPORTED]
    assert len(case_references(panel)) == 3


def test_receipts_go_to_the_chosen_folder_and_the_laptop_takes_them(
    office: Office, panel: ImportPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    back = office.folder("to-laptops")
    monkeypatch.setattr(panel, "_choose_folder", lambda _title: back)
    panel.receipts.choose_button.click()
    assert panel.receipts.folder() == back
    bundle = export(office, 0, office.folder("stick-d"), 1, 2)
    import_files(panel, monkeypatch, [bundle])
    written = sorted(back.glob("*.fsr"))
    assert len(written) == 1
    assert panel.receipts.message.text() == (
        f"1 receipt(s) written to {back}. Each laptop takes only its own receipts.")
    assert panel.status.receipts.text() == "0"
    results, _purged = office.laptop(0).import_receipts(written)
    assert results[0].unmatched == 0 and results[0].acknowledged > 0
    assert office.laptop(0).status().pending_revisions == 0
    panel.receipts.write_button.click()
    assert panel.receipts.message.text().startswith("No receipt waiting")


def test_write_receipts_asks_for_a_folder_and_shows_a_refusal(
    office: Office, panel: ImportPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_files(panel, monkeypatch, [export(office, 1, office.folder("stick-e"), 4)])
    assert panel.status.receipts.text() == "1"  # no folder chosen: nothing written yet
    gone = office.root / "no-such-folder"
    monkeypatch.setattr(panel, "_choose_folder", lambda _title: gone)
    panel.receipts.write_button.click()
    assert panel.receipts.message.property("role") == "error"
    assert "does not exist" in panel.receipts.message.text()
    out = office.folder("receipts")
    panel.receipts.folder_line.setText(str(out))
    panel.receipts.write_button.click()
    assert len(list(out.glob("*.fsr"))) == 1 and panel.status.receipts.text() == "0"


def test_accepting_a_laptop_refuses_a_wrong_code_and_takes_the_right_one(
    office: Office, panel: ImportPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    office.add_laptop("laptop3", register=False)
    registration = next((office.root / "laptop3-registration").glob("*.fsd"))
    code = office.laptop(2).status().device_fingerprint
    assert code is not None
    bundle = export(office, 2, office.folder("stick-f"), 7)
    import_files(panel, monkeypatch, [bundle])
    assert rows(panel)[0].reason == "unknown_device"
    assert panel.laptops.model.rowCount() == 2

    monkeypatch.setattr(panel, "_choose_registration", lambda: registration)
    monkeypatch.setattr(panel, "_ask_laptop_code", lambda: "AAAA-BBBB-CCCC-DDDD")
    panel.laptops.accept_button.click()
    assert panel.laptops.feedback.property("role") == "error"
    assert "does not match" in panel.laptops.feedback.text()
    assert panel.laptops.model.rowCount() == 2 and panel.status.devices.text() == "2"

    monkeypatch.setattr(panel, "_ask_laptop_code", lambda: code.lower().replace("-", " "))
    panel.laptops.accept_button.click()
    assert panel.laptops.feedback.text() == "Laptop3 accepted: its bundles can be imported now."
    assert panel.status.devices.text() == "3"
    labels = {panel.laptops.model.device(n).label for n in range(3)}
    assert labels == {"Laptop1", "Laptop2", "Laptop3"}
    import_files(panel, monkeypatch, [bundle])
    assert rows(panel)[0].status == IMPORTED
    assert cell(panel, 0, ReportColumn.LAPTOP) == "Laptop3"
    device = next(panel.laptops.model.device(n) for n in range(3)
                  if panel.laptops.model.device(n).label == "Laptop3")
    assert device.bundles == 1 and device.last_imported_at is not None


def test_problems_are_shown_inline_and_a_locked_vault_is_passed_on(
    office: Office, panel: ImportPanel, qtbot: QtBot
) -> None:
    panel.inbox.setText(str(office.root / "stick-that-was-pulled-out"))
    panel.import_inbox_button.click()
    assert panel.message.property("role") == "error"
    assert panel.message.text() == ("The file or folder could not be read: it was moved, or the "
                                    "stick or drive was taken out.")
    assert panel.import_files_button.isEnabled()
    panel._gateway.lock()
    with qtbot.waitSignal(panel.failed, timeout=1000) as blocker:
        panel.refresh()
    assert isinstance(blocker.args[0], VaultLocked)


def test_clear_stops_the_watch_and_forgets_everything(
    office: Office, panel: ImportPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = office.folder("inbox")
    export(office, 0, inbox, 1)
    panel.inbox.setText(str(inbox))
    panel.receipts.folder_line.setText(str(office.folder("back")))
    panel.watch.setChecked(True)
    assert len(rows(panel)) == 1 and panel.watch_timer.isActive()
    panel.clear()
    assert not panel.watch_timer.isActive() and not panel.watch.isChecked()
    assert panel.reports.model.rowCount() == 0 and panel.laptops.model.rowCount() == 0
    assert panel.status.code.text() == "" and panel.status.devices.text() == ""
    assert panel.inbox.text() == "" and panel.receipts.folder() is None
    assert panel.message.text() == "" and panel.reports.totals.text().startswith("No file")
    export(office, 1, inbox, 2)
    panel.watcher._on_timer_timeout()  # a late tick after the lock does nothing
    assert panel.reports.model.rowCount() == 0


def _accept_the_dialog() -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog)
    dialog.accept()


def test_the_folder_dialog_keeps_no_chosen_path_in_qt_settings(
    office: Office, panel: ImportPanel, qt_config: Path
) -> None:
    inbox = office.folder("inbox-on-the-shared-drive")
    panel.inbox.setText(str(inbox))
    QTimer.singleShot(100, _accept_the_dialog)
    assert panel._choose_folder("Inbox folder") == inbox
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    saved = (qt_config / "QtProject.conf").read_text(encoding="utf-8")
    assert "lastVisited" in saved  # Qt wrote its dialog settings, as it always does
    assert "inbox-on-the-shared-drive" not in saved and str(office.root) not in saved


def test_the_import_runs_on_the_database_thread_and_progress_reaches_the_gui(
    office: Office, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = DatabaseThread()
    gateway = _gateway(office, runner)
    panel = ImportPanel(gateway)
    qtbot.addWidget(panel)
    try:
        qtbot.waitUntil(lambda: gateway.account is not None, timeout=10_000)
        panel.refresh()
        qtbot.waitUntil(lambda: panel.status.devices.text() == "2", timeout=10_000)
        stick = office.folder("stick-g")
        paths = [export(office, 0, stick, 1), export(office, 1, stick, 2),
                 export(office, 0, stick, 3)]
        import_threads: list[threading.Thread] = []
        real = SupervisorSync.import_files

        def recorded(self: SupervisorSync, *args: object, **kwargs: object) -> object:
            import_threads.append(threading.current_thread())
            return real(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(SupervisorSync, "import_files", recorded)
        progress_threads: list[threading.Thread] = []
        stages: list[str] = []

        def on_progress(progress: ImportProgress) -> None:
            progress_threads.append(threading.current_thread())
            stages.append(progress.stage)

        panel.bundle_import.progressed.connect(on_progress)
        with qtbot.waitSignal(panel.imported, timeout=30_000):
            import_files(panel, monkeypatch, paths)
            assert panel.bundle_import.running and not panel.import_files_button.isEnabled()
            assert panel.reports.model.rowCount() == 0  # the click returned at once
        assert [r.status for r in rows(panel)] == [IMPORTED] * 3
        assert import_threads and all(t.name == "fieldapp-db" for t in import_threads)
        assert progress_threads and all(t is threading.main_thread() for t in progress_threads)
        assert APPLYING in stages and SHOWING in stages
        qtbot.waitUntil(lambda: panel.status.bundles.text() == "3", timeout=10_000)
    finally:
        panel.clear()
        gateway.lock()
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
        runner.shutdown()

