"""Screenshots of every main screen, in English and Arabic, for the docs.

``python -m ui.screenshots --out docs/screenshots`` builds a throwaway demo vault of fictional
interviews (and a small supervisor vault for the Import screen) in a temporary folder, starts
the real main window offscreen at 1366x768, signs in as an officer would, and writes one PNG
per screen and language: sign-in, case list, new interview, interview page, result, referral
dialog, Sync, Import and Settings. English files are ``app-<screen>.png``, Arabic ones
``app-<screen>-ar.png``. A second supervisor vault, with a laptop enrolled and its bundle in
an inbox folder, gives the supervisor's pages (docs/supervisor.md, in English): the Import
screen after importing the folder (``app-supervisor-import.png``) and the export dialog on the
review list (``app-supervisor-export.png``). ``--scale 175`` shoots at the largest text
size. The temporary folder is deleted afterwards; nothing personal is involved (the demo data
is fictional).

A message box that opens on its own (a known start-up message, for instance) would block an
unattended run: it is closed, and its text is reported on stderr as a problem to look at.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from fieldapp.demo import DEMO_USER, create_demo_vault, demo_password
from fieldapp.paths import VaultPaths, forms_dir, resource_path
from fieldapp.services.caselist import CaseRow, CaseStatus
from fieldapp.services.session import create_vault
from fieldapp.vault import sync_store
from fieldapp.xlsform import FormEntry
from ui.app import SETTINGS_FILE, application, build_window
from ui.cases.model import CaseColumn
from ui.export_dialog import ExportDialog
from ui.look import apply_look
from ui.main_window import MainWindow
from ui.new_interview import NewInterviewDialog
from ui.settings import AppSettings, SettingsStore
from ui.settings_dialog import SettingsDialog

SIZE = (1366, 768)
LANGUAGES = ("en", "ar")
SUPERVISOR = "chief"
OFFICER = "amira"
OFFICE_INTERVIEWS = 12
TIMEOUT_S = 120.0


class ShotFailed(Exception):
    """A screen did not appear in time (the message says which)."""


def wait_for(condition: Callable[[], bool], what: str, timeout: float = TIMEOUT_S) -> None:
    """Run the event loop until ``condition`` holds."""
    deadline = time.monotonic() + timeout
    app = QApplication.instance()
    while not condition():
        if time.monotonic() > deadline:
            raise ShotFailed(f"timed out waiting for {what}")
        if app is not None:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def settle(ms: int = 300) -> None:
    """Let layouts, timers and repaints finish."""
    end = time.monotonic() + ms / 1000
    app = QApplication.instance()
    while time.monotonic() < end and app is not None:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


class Shooter:
    """Writes the PNGs of one language into ``out``."""

    def __init__(self, out: Path, language: str) -> None:
        self.out = out
        self.suffix = "" if language == "en" else f"-{language}"
        self.written: list[Path] = []

    def save(self, widget: QWidget, screen: str) -> None:
        settle()
        path = self.out / f"app-{screen}{self.suffix}.png"
        if not widget.grab().save(str(path)):
            raise ShotFailed(f"could not write {path}")
        self.written.append(path)


def _close_stray_boxes() -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        print(f"screenshots: closed a message box: {box.text()}", file=sys.stderr)
        box.done(0)


def _window(data_dir: Path, user: str, scale: int, language: str) -> MainWindow:
    SettingsStore(data_dir / SETTINGS_FILE).save(
        AppSettings(text_scale=scale, language=language, last_user=user))
    window = build_window(data_dir, last_user=user)
    window.resize(*SIZE)
    window.show()
    window.start()
    return window


def _sign_in(window: MainWindow, password: str) -> None:
    wait_for(lambda: window.stack.currentWidget() is window.unlock, "the sign-in screen")
    window.unlock.password.setText(password)
    window.unlock.button.click()
    wait_for(lambda: window.gateway.account is not None
             and window.stack.currentWidget() is window.cases, "the case list")


def _row(window: MainWindow, wanted: Callable[[CaseRow], bool]) -> CaseRow:
    model = window.cases.model
    wait_for(lambda: model.rowCount() > 0, "case list rows")
    for number in range(model.rowCount()):
        row = model.row_at(number)
        if wanted(row):
            return row
    raise ShotFailed("the demo vault has no interview of the kind needed")


def _entries(window: MainWindow) -> list[FormEntry]:
    found: list[list[FormEntry]] = []
    library = window.gateway.library
    window.gateway.run(lambda _vault: library.entries(), found.append,
                       lambda error: print(f"screenshots: {error}", file=sys.stderr))
    wait_for(lambda: bool(found), "the list of forms")
    return found[0]


def _show_dialog(dialog: QDialog, shoot: Shooter, screen: str) -> None:
    dialog.show()
    shoot.save(dialog, screen)
    dialog.hide()


def shoot_laptop(data_dir: Path, password: str, shoot: Shooter, scale: int,
                 language: str) -> None:
    """Every screen of the demo laptop vault."""
    window = _window(data_dir, DEMO_USER, scale, language)
    try:
        wait_for(lambda: window.stack.currentWidget() is window.unlock, "the sign-in screen")
        shoot.save(window, "unlock")
        _sign_in(window, password)
        window.cases.table.sortByColumn(CaseColumn.RESULT, Qt.SortOrder.AscendingOrder)
        model = window.cases.model
        wait_for(lambda: model.rowCount() > 0 and "(" in str(
            model.data(model.index(0, CaseColumn.FORM))), "case list rows with form titles")
        shoot.save(window, "cases")
        _show_dialog(NewInterviewDialog(_entries(window), language, window), shoot,
                     "new-interview")
        draft = _row(window, lambda row: row.status is CaseStatus.DRAFT)
        window.open_interview(draft.reference)
        wait_for(lambda: window.stack.currentWidget() is window.interview, "the interview")
        shoot.save(window, "interview")
        window.show_cases()
        urgent = _row(window, lambda row: row.result_level == "refer_now")
        window.open_interview(urgent.reference)
        wait_for(lambda: window.stack.currentWidget() is window.result, "the result")
        shoot.save(window, "result")
        from ui.referral_dialog import ReferralDialog  # the PDF stack, only when needed

        referral = ReferralDialog(window.gateway, urgent.reference, window)
        referral.resize(1200, 700)
        _show_dialog(referral, shoot, "referral")
        window.show_sync()
        wait_for(lambda: window.sync.status is not None, "the Sync screen")
        shoot.save(window, "sync")
        _show_dialog(SettingsDialog(window.settings, window), shoot, "settings")
    finally:
        _close(window)


def shoot_supervisor(data_dir: Path, password: str, shoot: Shooter, scale: int,
                     language: str) -> None:
    """The Import screen of a supervisor's vault."""
    window = _window(data_dir, SUPERVISOR, scale, language)
    try:
        _sign_in(window, password)
        window.show_import()
        wait_for(lambda: window.stack.currentWidget() is window.importer, "the Import screen")
        settle(1000)
        shoot.save(window, "import")
    finally:
        _close(window)


def build_office(folder: Path, password: str) -> Path:
    """A supervisor's vault with one enrolled laptop's bundle waiting in ``folder/inbox``.

    The laptop records fictional scenarios of the rapid screening form over the last weeks
    and exports them, as a real laptop does; the supervisor imports them on screen.
    """
    from fieldapp.services.interviews import InterviewService, VaultFormStore
    from fieldapp.services.sync import LaptopSync, SupervisorSync
    from fieldapp.sync import RetentionPolicy
    from fieldapp.xlsform import FormLibrary

    office, stick, inbox = folder / "office", folder / "stick", folder / "inbox"
    stick.mkdir(parents=True)
    inbox.mkdir()
    with create_vault(VaultPaths(office), user=SUPERVISOR, password=password,
                      role="supervisor", vault_role=sync_store.SUPERVISOR) as supervisor:
        boss = SupervisorSync(supervisor)
        enrollment, code = boss.create_enrollment(
            stick, organisation="Example Outreach (fictional)",
            directory=resource_path("referral_directory.csv"), retention=RetentionPolicy(30,
                                                                                      True))
        with create_vault(VaultPaths(folder / "laptop1"), user=OFFICER,
                          password=password) as laptop:
            library = FormLibrary(VaultFormStore(lambda: laptop.connection))
            sync = LaptopSync(laptop, library)
            applied = sync.apply_enrollment(enrollment, fingerprint=code, label="Laptop 1",
                                            registration_dir=stick)
            assert applied.registration is not None
            boss.register_device(applied.registration, applied.device_fingerprint)
            scenarios = json.loads((forms_dir() / "rapid_screening.tests.json").read_text(
                encoding="utf-8"))["scenarios"]
            complete = [s for s in scenarios if s["expect"].get("complete") is True
                        and s.get("lang", "en") == "en"]
            now = datetime.now(UTC)
            for number, scenario in enumerate(complete[:OFFICE_INTERVIEWS]):
                moment = now - timedelta(days=3 * (OFFICE_INTERVIEWS - number))
                service = InterviewService(laptop, library, clock=_at(moment))
                service.record_answers("rapid_screening", scenario["answers"])
            sync.export(inbox)
    return office


def _at(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


def shoot_office(data_dir: Path, inbox: Path, password: str, shoot: Shooter, scale: int,
                 language: str) -> None:
    """The Import screen after a folder of bundles, and the export dialog on the review list."""
    window = _window(data_dir, SUPERVISOR, scale, language)
    try:
        _sign_in(window, password)
        window.show_import()
        importer = window.importer
        wait_for(lambda: window.stack.currentWidget() is importer, "the Import screen")
        importer.inbox.setText(str(inbox))
        importer.bundle_import.import_inbox(inbox, settle_seconds=0)
        wait_for(lambda: not importer.bundle_import.running
                 and bool(importer.message.text()), "the bundles imported")
        settle(1000)
        shoot.save(window, "supervisor-import")
        window.show_review()
        review = window.workspace.review
        wait_for(lambda: review.model.rowCount() > 0, "the review list")
        dialog = ExportDialog(window.gateway, window.workspace)
        dialog.select("aggregate", ".csv")
        wait_for(lambda: bool(dialog.count_label.text()), "the export dialog's count")
        _show_dialog(dialog, shoot, "supervisor-export")
    finally:
        _close(window)


def _close(window: MainWindow) -> None:
    """Lock, close and delete the window now, and leave the app in English, left to right.

    A closed window's shortcuts and translators would otherwise stay with the application
    (which matters when the script runs inside another program, such as the tests).
    """
    window.shut_down()
    window.translations.apply("en")
    window.hide()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle(100)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--scale", type=int, default=100, choices=(100, 125, 150, 175))
    parser.add_argument("--language", choices=LANGUAGES, action="append")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)
    app = application()
    watchdog = QTimer()
    watchdog.timeout.connect(_close_stray_boxes)
    watchdog.start(200)
    folder = Path(tempfile.mkdtemp(prefix="fieldapp-shots-"))
    written: list[Path] = []
    try:
        password = demo_password()
        laptop = folder / "laptop"
        print("screenshots: creating the demo vault…", file=sys.stderr)
        create_demo_vault(VaultPaths(laptop), password=password)
        office = folder / "office"
        create_vault(VaultPaths(office), user=SUPERVISOR, password=password,
                     role="supervisor", vault_role=sync_store.SUPERVISOR).lock()
        for language in args.language or LANGUAGES:
            shoot = Shooter(args.out, language)
            shoot_laptop(laptop, password, shoot, args.scale, language)
            shoot_supervisor(office, password, shoot, args.scale, language)
            written += shoot.written
        print("screenshots: a laptop's bundle for the supervisor…", file=sys.stderr)
        busy = build_office(folder / "busy", password)
        shoot = Shooter(args.out, "en")  # the supervisor's pages are in English
        shoot_office(busy, folder / "busy" / "inbox", password, shoot, args.scale, "en")
        written += shoot.written
    except ShotFailed as problem:
        print(f"screenshots: {problem}", file=sys.stderr)
        return 1
    finally:
        watchdog.stop()
        shutil.rmtree(folder, ignore_errors=True)
        apply_look(app, 100)
        app.processEvents()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
