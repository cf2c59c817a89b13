"""A whole interview at the keyboard: sign in, start, answer every page, finalise, result."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.ui.conftest import scenario, sign_in
from tests.ui.driver import (
    answer_finalise_dialog,
    choose_in_combo,
    focused,
    run_interview,
    tab_into,
    type_text,
)
from ui.main_window import MainWindow
from ui.new_interview import NewInterviewDialog


def start_by_keyboard(qtbot: QtBot, main: MainWindow, form_id: str, language: str,
                      app_language: str, site: str) -> None:
    """Ctrl+N, then fill the dialog with Tab, arrows and typing, and press Enter."""
    done: list[bool] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewInterviewDialog)
        try:
            dialog.activateWindow()
            qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.form.hasFocus())
            keys(dialog)
        finally:
            done.append(dialog.result() == QDialog.DialogCode.Accepted)
            if dialog.isVisible():
                dialog.reject()

    def keys(dialog: NewInterviewDialog) -> None:
        tab_into(qtbot, dialog.form)
        choose_in_combo(qtbot, dialog.form, form_id)
        tab_into(qtbot, dialog.language)
        wanted = next(dialog.language.itemData(i) for i in range(dialog.language.count())
                      if str(dialog.language.itemData(i)).endswith(f"({language})"))
        choose_in_combo(qtbot, dialog.language, wanted)
        tab_into(qtbot, dialog.app_language)
        choose_in_combo(qtbot, dialog.app_language, app_language)
        tab_into(qtbot, dialog.site)
        type_text(qtbot, dialog.site, site)
        qtbot.keyClick(dialog.site, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert done == [True]
    # The offscreen platform does not hand activation back when a dialog closes.
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


@pytest.mark.parametrize(
    ("language", "name"),
    [("en", "adult labour case"), ("ar", "Arabic: some indicators")],
)
def test_full_interview_by_keyboard(window: MainWindow, qtbot: QtBot, language: str,
                                    name: str) -> None:
    main = window
    sign_in(qtbot, main)
    assert main.stack.currentWidget() is main.cases
    case = scenario("rapid_screening", name)
    answers: dict[str, Any] = dict(case["answers"])  # type: ignore[call-overload]
    start_by_keyboard(qtbot, main, "rapid_screening", language, language,
                      str(answers["site"]))
    assert main.stack.currentWidget() is main.interview
    if language == "ar":
        assert main.interview.page_area.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    pages = run_interview(qtbot, main.interview, answers)
    assert pages > 5
    # Past the last page, Enter asks before it finalises.
    asked = answer_finalise_dialog(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert asked
    assert main.stack.currentWidget() is main.result
    result = main.result.result
    assert result is not None
    expected = case["expect"]["values"]["result_level"]  # type: ignore[index]
    assert result.level == expected
    record = main.result.record
    assert record is not None and record.status == "finalised"


def test_messages_come_in_the_officers_language(window: MainWindow, qtbot: QtBot) -> None:
    """The questions are read in Arabic; the officer, working in English, reads the rule."""
    main = window
    sign_in(qtbot, main)
    start_by_keyboard(qtbot, main, "rapid_screening", "ar", "en", "")
    page = main.interview.page
    assert page is not None and main.stack.currentWidget() is main.interview
    site = next(widget for path, widget in page.questions.items() if path.endswith("/site"))
    assert any("\u0600" <= char <= "\u06ff" for char in site.view.label)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # the required site is empty
    assert main.interview.page is page  # it did not move on
    assert site.error.text() == "This answer is needed to continue."
