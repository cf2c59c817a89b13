"""The app shell as an officer meets it: start, first run, lock and sign in again, and the
database thread never releasing a screen's objects behind the GUI thread's back."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from fieldapp.errors import FieldappError
from fieldapp.paths import VaultPaths
from fieldapp.services.session import create_vault
from fieldapp.services.sync import SupervisorSync
from fieldapp.sync.enrollment import RetentionPolicy
from fieldapp.xlsform import FormLibrary
from tests.conftest import ADMIN_PASSWORD, REPO_ROOT
from tests.e2e.driver import clipped_widgets
from tests.ui.conftest import new_window, sign_in
from ui.gateway import VaultGateway
from ui.tasks import DatabaseThread, Failure, ImmediateRunner


class DeferredRunner:
    """Runs the submitted jobs only when told, as the database thread does a moment later."""

    pending = 0

    def __init__(self) -> None:
        self._queue: list[tuple[Callable[[], Any], Callable[[Any], None] | None,
                                Failure | None]] = []
        self._now = ImmediateRunner()

    def submit(self, job: Callable[[], Any], on_success: Callable[[Any], None] | None = None,
               on_failure: Failure | None = None) -> None:
        self._queue.append((job, on_success, on_failure))

    def run_all(self) -> None:
        while self._queue:
            job, on_success, on_failure = self._queue.pop(0)
            self._now.submit(job, on_success, on_failure or (lambda _error: None))

    def shutdown(self) -> None:
        self.run_all()


def test_no_locked_vault_message_when_the_app_starts(
        vault_dir: VaultPaths, form_library: FormLibrary, tmp_path: Path, qtbot: QtBot,
        monkeypatch: Any) -> None:
    shown: list[FieldappError] = []
    monkeypatch.setattr("ui.main_window.show_problem", lambda _parent, error: shown.append(error))
    runner = DeferredRunner()
    main = new_window(VaultGateway(vault_dir, runner, library=form_library),
                      tmp_path / "settings.ini", qtbot)
    try:
        runner.run_all()  # what the screens asked for before anyone signed in
        assert shown == []
        assert main.stack.currentWidget() is main.unlock
    finally:
        main.shut_down()


def test_lock_right_after_first_run_then_sign_in(tmp_path: Path, qtbot: QtBot,
                                                 form_library: FormLibrary) -> None:
    paths = VaultPaths(tmp_path / "new-vault")
    main = new_window(VaultGateway(paths, ImmediateRunner(), library=form_library),
                      tmp_path / "settings.ini", qtbot)
    try:
        main.setup.user.setText("amira")
        main.setup.password.setText(ADMIN_PASSWORD)
        main.setup.again.setText(ADMIN_PASSWORD)
        main.setup.button.click()
        qtbot.keyClick(main.enrollment.skip_button, Qt.Key.Key_Space)
        main.lock()
        names = [main.unlock.user_box.itemText(i) for i in range(main.unlock.user_box.count())]
        assert names == ["amira"]
        assert main.unlock.user_box.currentText() == "amira"
        sign_in(qtbot, main)
        assert main.unlock.feedback.text() == ""
        assert main.stack.currentWidget() is main.cases
    finally:
        main.shut_down()


class _Marker:
    """Records the thread its last reference was dropped on."""

    def __init__(self, released: list[str]) -> None:
        self._released = released

    def __del__(self) -> None:
        self._released.append(threading.current_thread().name)


def _job_holding(owner: _Marker) -> Callable[[], int]:
    return lambda: 1 if owner else 0


def test_a_job_and_its_callbacks_are_released_on_the_gui_thread(qtbot: QtBot) -> None:
    # A job's closure often holds the screen that asked for it (a dialog); if the database
    # thread dropped the last reference, Qt would delete the widget there and crash.
    runner = DatabaseThread()
    released: list[str] = []
    done: list[int] = []
    try:
        runner.submit(_job_holding(_Marker(released)), done.append)
        qtbot.waitUntil(lambda: done == [1])
        gc.collect()
        runner.submit(lambda: 2, done.append)  # the thread takes its next job
        qtbot.waitUntil(lambda: done == [1, 2])
        gc.collect()
        assert released == [threading.main_thread().name]
    finally:
        runner.shutdown()


def _main_over(paths: VaultPaths, runner: Any, library: FormLibrary, tmp_path: Path,
               qtbot: QtBot) -> Any:
    return new_window(VaultGateway(paths, runner, library=library), tmp_path / "settings.ini",
                      qtbot)


def test_first_run_screens_fit_a_small_laptop_screen(tmp_path: Path, qtbot: QtBot,
                                                     form_library: FormLibrary) -> None:
    main = _main_over(VaultPaths(tmp_path / "new"), ImmediateRunner(), form_library, tmp_path,
                      qtbot)
    try:
        main.resize(1366, 700)
        for panel in (main.setup, main.enrollment, main.unlock):
            main.stack.setCurrentWidget(panel)
            qtbot.wait(20)
            assert clipped_widgets(against_screen=False) == [], type(panel).__name__
    finally:
        main.shut_down()


def test_creating_the_vault_shows_progress_not_an_error(tmp_path: Path, qtbot: QtBot,
                                                        form_library: FormLibrary) -> None:
    runner = DeferredRunner()
    main = _main_over(VaultPaths(tmp_path / "new"), runner, form_library, tmp_path, qtbot)
    try:
        setup = main.setup
        setup.user.setText("amira")
        setup.password.setText(ADMIN_PASSWORD)
        setup.again.setText(ADMIN_PASSWORD)
        setup.button.click()
        assert setup.feedback.property("role") == "status"
        assert setup.progress.isVisible() and not setup.button.isEnabled()
        runner.run_all()
        assert not setup.progress.isVisible()
        assert main.stack.currentWidget() is main.enrollment
    finally:
        main.shut_down()


def test_enrolment_codes_are_plain_and_large(tmp_path: Path, qtbot: QtBot,
                                             form_library: FormLibrary) -> None:
    supervisor = create_vault(VaultPaths(tmp_path / "supervisor"), user="chief",
                              password="supervisor passphrase", vault_role="supervisor")
    with supervisor:
        enrollment, code = SupervisorSync(supervisor).create_enrollment(
            tmp_path, organisation="Example Outreach (fictional)",
            directory=REPO_ROOT / "resources" / "referral_directory.csv",
            forms=[REPO_ROOT / "forms" / "rapid_screening.xlsx"],
            retention=RetentionPolicy(30, True))
    main = _main_over(VaultPaths(tmp_path / "laptop"), ImmediateRunner(), form_library,
                      tmp_path, qtbot)
    try:
        main.setup.user.setText("amira")
        main.setup.password.setText(ADMIN_PASSWORD)
        main.setup.again.setText(ADMIN_PASSWORD)
        main.setup.button.click()
        form = main.enrollment.form
        form.file.setText(str(enrollment))
        form.code.setText("AAAA-BBBB-CCCC-DDDD")
        form.submit()
        refusal = form.feedback.text()
        assert refusal.startswith("This supervisor code does not match") and refusal.endswith(".")
        form.code.setText(code.lower().replace("-", " "))
        form.submit()
        shown = form.laptop_code.text()
        assert form.laptop_code.isVisibleTo(main) and len(shown) == 19
        assert not set(shown) & set("ILOU")
        face = QFontInfo(form.laptop_code.font())
        assert face.fixedPitch()
        assert face.pointSizeF() >= 1.5 * QFontInfo(QApplication.font()).pointSizeF()
        assert shown not in form.feedback.text()  # on its own line, not inside a sentence
    finally:
        main.shut_down()


def test_quick_exit_leaves_nothing_of_the_app_on_screen(window: Any, qtbot: QtBot) -> None:
    main = window
    sign_in(qtbot, main)
    main.quick_exit()
    qtbot.wait(10)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert not main.toolbar.isVisible()
    assert main.windowTitle() == "Calendar" and app.applicationDisplayName() == "Calendar"
    assert not main.windowIcon().isNull()
    assert not main.settings_action.isEnabled()  # its shortcut would open Settings over it
    widgets = [*main.findChildren(QLabel), *main.findChildren(QAbstractButton)]
    shown = " ".join(w.text() for w in widgets if w.isVisible()).lower()
    for word in ("fieldapp", "quick exit", "lock", "sign in", "interview", "case"):
        assert word not in shown
    qtbot.keyClick(main.neutral.button, Qt.Key.Key_Space)
    assert main.toolbar.isVisible() and main.windowTitle() == "fieldapp"
    assert app.applicationDisplayName() == "fieldapp" and main.settings_action.isEnabled()
