"""Quick exit, idle lock, resuming a draft, and keeping interview text off the clipboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldapp.paths import VaultPaths
from fieldapp.xlsform import FormLibrary
from tests.conftest import ADMIN
from tests.ui.conftest import new_window, scenario, sign_in
from tests.ui.driver import fill_page, focused, type_text
from ui.gateway import VaultGateway
from ui.inputs import SensitiveLineEdit
from ui.main_window import MainWindow
from ui.neutral import NEUTRAL_TITLE
from ui.tasks import ImmediateRunner

ANSWERS: dict[str, Any] = dict(scenario("rapid_screening", "adult labour")["answers"])  # type: ignore[call-overload]


def _start(qtbot: QtBot, main: MainWindow) -> str:
    sign_in(qtbot, main)
    main.gateway.interviews(
        lambda service: service.start("rapid_screening", language="en", site="Gate 3"),
        main._on_opened,
    )
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    opened = main.interview.opened
    assert opened is not None
    return opened.record.reference


def _pages(qtbot: QtBot, main: MainWindow, count: int) -> None:
    for _ in range(count):
        fill_page(qtbot, main.interview, ANSWERS)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)


def _saved_answers(gateway: VaultGateway, reference: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = []
    gateway.interviews(lambda service: service.open(reference).session.answers(), found.append)
    return found[0]


def _text_field(main: MainWindow) -> tuple[str, SensitiveLineEdit]:
    page = main.interview.page
    assert page is not None
    for path, widget in page.questions.items():
        editor = widget.editor
        field = getattr(editor, "_field", None)
        if isinstance(field, SensitiveLineEdit):
            return path, field
    raise AssertionError("no text question on this page")


def test_quick_exit_saves_locks_and_shows_neutral_screen(
    window: MainWindow, qtbot: QtBot, app_gateway: VaultGateway
) -> None:
    main = window
    reference = _start(qtbot, main)
    _pages(qtbot, main, 4)  # to the page with the person's name
    path, field = _text_field(main)
    field.setFocus()
    type_text(qtbot, field, "Kim Fictional")  # typed, not yet committed
    for _ in range(3):
        qtbot.keyClick(field, Qt.Key.Key_Shift)
    assert main.stack.currentWidget() is main.neutral
    assert main.windowTitle() == NEUTRAL_TITLE
    assert app_gateway.account is None and app_gateway._vault is None
    assert main.interview.opened is None and main.cases.model.rowCount() == 0
    qtbot.keyClick(main.neutral.button, Qt.Key.Key_Space)
    assert main.stack.currentWidget() is main.unlock
    sign_in(qtbot, main)
    assert _saved_answers(app_gateway, reference)[path] == "Kim Fictional"


def test_quick_exit_button(window: MainWindow, qtbot: QtBot) -> None:
    _start(qtbot, window)
    window.quick_exit_action.trigger()
    assert window.stack.currentWidget() is window.neutral


def test_idle_lock_then_resume_where_it_stopped(
    window: MainWindow, qtbot: QtBot, app_gateway: VaultGateway
) -> None:
    main = window
    reference = _start(qtbot, main)
    _pages(qtbot, main, 3)
    opened = main.interview.opened
    assert opened is not None
    where = opened.session.current_page
    main.guard.set_idle_minutes(0.003)  # about 200 ms
    main.guard.arm()
    qtbot.waitUntil(lambda: main.stack.currentWidget() is main.unlock, timeout=3000)
    assert app_gateway._vault is None and main.interview.opened is None
    sign_in(qtbot, main)
    assert main.stack.currentWidget() is main.interview
    resumed = main.interview.opened
    assert resumed is not None
    assert resumed.record.reference == reference and resumed.session.current_page == where


def test_reopening_a_draft_after_closing_resumes(
    window: MainWindow, qtbot: QtBot, vault_dir: VaultPaths, form_library: FormLibrary,
    tmp_path: Path,
) -> None:
    main = window
    reference = _start(qtbot, main)
    _pages(qtbot, main, 5)
    opened = main.interview.opened
    assert opened is not None
    where = opened.session.current_page
    answers = opened.session.answers()
    main.close()
    main.shut_down()
    # The app starts again: a new window over the same vault.
    again = new_window(VaultGateway(vault_dir, ImmediateRunner(), library=form_library),
                       tmp_path / "settings.ini", qtbot)
    sign_in(qtbot, again)
    rows = [again.cases.proxy.row_at(i) for i in range(again.cases.proxy.rowCount())]
    assert [row.reference for row in rows] == [reference]
    again.activateWindow()
    again.cases.table.setFocus()
    qtbot.keyClick(again.cases.table, Qt.Key.Key_Return)
    resumed = again.interview.opened
    assert resumed is not None and resumed.session.current_page == where
    assert resumed.session.answers() == answers
    assert again.interview.page is not None and again.interview.page.key == where
    again.shut_down()


def test_interview_text_never_reaches_the_clipboard(window: MainWindow, qtbot: QtBot) -> None:
    main = window
    _start(qtbot, main)
    _pages(qtbot, main, 4)
    _path, field = _text_field(main)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    field.setFocus()
    type_text(qtbot, field, "Kim Fictional")
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "before"
    assert field.text() == "Kim Fictional"
    assert field.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData
    assert field.inputMethodHints() & Qt.InputMethodHint.ImhNoPredictiveText
    assert field.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu


def test_wrong_password_is_told_plainly(window: MainWindow, qtbot: QtBot) -> None:
    sign_in(qtbot, window, "not the password")
    assert window.stack.currentWidget() is window.unlock
    assert "Wrong account or password" in window.unlock.feedback.text()
    assert window.unlock.password.text() == ""
    assert ADMIN in [window.unlock.user_box.itemText(i)
                     for i in range(window.unlock.user_box.count())]


def test_back_off_after_repeated_wrong_passwords(window: MainWindow, qtbot: QtBot) -> None:
    for _ in range(5):
        sign_in(qtbot, window, "still not the password")
    sign_in(qtbot, window, "and again")
    unlock = window.unlock
    assert "Too many wrong attempts" in unlock.feedback.text()
    assert not unlock.button.isEnabled() and not unlock.password.isEnabled()
    assert unlock._countdown.isActive()


def test_quick_exit_closes_open_dialogs(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    _start(qtbot, window)
    window.show_cases()
    closed: list[bool] = []

    def quick_exit_while_the_dialog_is_open() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        window.quick_exit()
        closed.append(not dialog.isVisible())

    QTimer.singleShot(0, quick_exit_while_the_dialog_is_open)
    window.new_interview()  # opens the new-interview dialog (modal)
    assert closed == [True]
    assert window.stack.currentWidget() is window.neutral
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()]
