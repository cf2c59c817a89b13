"""First-run set-up, settings (idle time, text size, language), and a save that fails."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldapp.errors import FieldappError
from fieldapp.paths import VaultPaths
from fieldapp.services.session import create_vault
from fieldapp.services.sync import SupervisorSync
from fieldapp.sync.enrollment import RetentionPolicy
from fieldapp.vault.database import DiskFull
from fieldapp.xlsform import FormLibrary
from tests.conftest import REPO_ROOT
from tests.ui.conftest import new_window, sign_in
from ui.gateway import VaultGateway
from ui.main_window import MainWindow
from ui.settings import AppSettings, SettingsStore
from ui.tasks import Failure, ImmediateRunner

T = TypeVar("T")


def test_first_run_creates_the_vault(tmp_path: Path, qtbot: QtBot,
                                     form_library: FormLibrary) -> None:
    paths = VaultPaths(tmp_path / "new-vault")
    main = new_window(VaultGateway(paths, ImmediateRunner(), library=form_library),
                      tmp_path / "settings.ini", qtbot)
    try:
        assert main.stack.currentWidget() is main.setup
        qtbot.keyClicks(main.setup.user, "amira")
        qtbot.keyClicks(main.setup.password, "short")
        qtbot.keyClicks(main.setup.again, "short")
        qtbot.keyClick(main.setup.again, Qt.Key.Key_Return)
        assert "at least" in main.setup.feedback.text() and not paths.exists()
        for field in (main.setup.password, main.setup.again):
            field.clear()
            qtbot.keyClicks(field, "a long fictional passphrase")
        qtbot.keyClick(main.setup.again, Qt.Key.Key_Return)
        assert paths.exists()
        assert main.stack.currentWidget() is main.enrollment
        qtbot.keyClick(main.enrollment.skip_button, Qt.Key.Key_Space)
        assert main.stack.currentWidget() is main.cases
        assert main.gateway.account is not None and main.gateway.account.user == "amira"
    finally:
        main.shut_down()


def test_first_run_enrols_with_the_supervisor_file(tmp_path: Path, qtbot: QtBot,
                                                   form_library: FormLibrary) -> None:
    supervisor = create_vault(VaultPaths(tmp_path / "supervisor"), user="chief",
                              password="supervisor passphrase", vault_role="supervisor")
    with supervisor:
        stick = tmp_path / "stick"
        stick.mkdir()
        enrollment, code = SupervisorSync(supervisor).create_enrollment(
            stick, organisation="Example Outreach (fictional)",
            directory=REPO_ROOT / "resources" / "referral_directory.csv",
            forms=[REPO_ROOT / "forms" / "rapid_screening.xlsx"],
            retention=RetentionPolicy(30, True),
        )
    paths = VaultPaths(tmp_path / "laptop")
    main = new_window(VaultGateway(paths, ImmediateRunner(), library=form_library),
                      tmp_path / "settings.ini", qtbot)
    try:
        main.setup.user.setText("amira")
        main.setup.password.setText("a long fictional passphrase")
        main.setup.again.setText("a long fictional passphrase")
        main.setup.button.click()
        panel = main.enrollment
        panel.file.setText(str(enrollment))
        panel.code.setText("WRONG-CODE-0000")
        panel.enrol_button.click()
        assert panel.enrol_button.isEnabled() and panel.feedback.text()
        panel.code.setText(code)
        qtbot.keyClick(panel.code, Qt.Key.Key_Return)
        assert "Example Outreach (fictional)" in panel.feedback.text()
        assert len(list(stick.iterdir())) == 2  # the registration file is beside it
        qtbot.keyClick(panel.skip_button, Qt.Key.Key_Space)
        assert main.stack.currentWidget() is main.cases
    finally:
        main.shut_down()


def test_settings_change_idle_time_text_size_and_language(window: MainWindow) -> None:
    main = window
    base = QApplication.font().pointSizeF()
    main.apply_settings(AppSettings(idle_minutes=10, text_scale=150, language="fr"))
    assert main.guard.idle_interval_ms == 10 * 60_000
    assert QApplication.font().pointSizeF() == base * 1.5
    assert main.unlock.button.text() == "Déverrouiller"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    stored = SettingsStore(main.store.path).load()
    assert (stored.idle_minutes, stored.text_scale, stored.language) == (10, 150, "fr")
    main.apply_settings(AppSettings(idle_minutes=5, text_scale=100, language="ar"))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert main.unlock.button.text() == "فتح القفل"
    main.apply_settings(AppSettings(idle_minutes=5, text_scale=100, language="en"))
    assert main.unlock.button.text() == "Unlock"


def test_settings_file_values_are_clamped(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[General]\nidle_minutes=0\ntext_scale=900\nlanguage=xx\n")
    loaded = SettingsStore(path).load()
    assert (loaded.idle_minutes, loaded.text_scale, loaded.language) == (1, 175, "en")


class FailingRunner(ImmediateRunner):
    """Runs jobs at once, but fails them with ``error`` while it is set (a full disk)."""

    error: FieldappError | None = None

    def submit(self, job: Callable[[], T], on_success: Callable[[T], None] | None = None,
               on_failure: Failure | None = None) -> None:
        if self.error is not None and on_failure is not None:
            on_failure(self.error)
            return
        super().submit(job, on_success, on_failure)


def test_a_failed_save_keeps_the_answer_and_says_so(
    vault_dir: VaultPaths, form_library: FormLibrary, tmp_path: Path, qtbot: QtBot
) -> None:
    runner = FailingRunner()
    gateway = VaultGateway(vault_dir, runner, library=form_library)
    main = new_window(gateway, tmp_path / "settings.ini", qtbot)
    try:
        sign_in(qtbot, main)
        gateway.interviews(lambda s: s.start("rapid_screening", language="en"), main._on_opened)
        panel = main.interview
        assert panel.page is not None
        path = next(p for p, w in panel.page.questions.items() if w.view.name == "site")
        runner.error = DiskFull()
        panel._on_page_answered(path, "Harbour gate")
        assert panel.status.text() == "Not saved yet"
        assert panel.banner.isVisibleTo(panel) and "disk is full" in panel.banner.text()
        assert panel.saver.has_unsaved
        runner.error = None
        panel.retry_button.click()
        assert panel.status.text() == "All answers saved" and not panel.saver.has_unsaved
        reference = panel.opened.record.reference  # type: ignore[union-attr]
        found: list[Any] = []
        gateway.interviews(lambda s: s.open(reference).session.answers().get(path),
                           found.append)
        assert found == ["Harbour gate"]
    finally:
        main.shut_down()
