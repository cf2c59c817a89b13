"""Driving the interview window with the keyboard only, as an officer would.

Focus moves with Tab; radio buttons with the arrow keys; boxes tick with Space; lists open
with the arrow keys; long checklists filter as one types; Enter goes to the next page. Answers
come from a form's test scenario (field name -> value), so the same driver runs any page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QMessageBox,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.interview.editors import (
    AcknowledgeEditor,
    ChecklistEditor,
    ChoiceEditor,
    RangeEditor,
    TextEditor,
)
from ui.interview.panel import InterviewPanel
from ui.interview.question import QuestionWidget

MAX_TABS = 400
MAX_PAGES = 120


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def tab_into(qtbot: QtBot, target: QWidget) -> None:
    """Press Tab until the focus is inside ``target``."""
    for _ in range(MAX_TABS):
        current = focused()
        if current is target or target.isAncestorOf(current):
            return
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    raise AssertionError(
        f"Tab never reached {target!r} ({target.isVisible()=}, {target.isEnabled()=}); "
        f"focus is on {focused()!r}"
    )


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget``; characters outside ASCII arrive as an Arabic (or other)
    keyboard layout delivers them: key events carrying the text."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            )


def _choice_index(editor: ChoiceEditor, name: str) -> int:
    return editor._names.index(name)


def _widget(panel: InterviewPanel, path: str) -> QuestionWidget:
    """The question's widget now on screen (an answer may have rebuilt the page)."""
    assert panel.page is not None
    return panel.page.questions[path]


def answer(qtbot: QtBot, panel: InterviewPanel, path: str, value: Any) -> None:
    widget = _widget(panel, path)
    editor = widget.editor
    assert editor is not None
    tab_into(qtbot, editor)
    if isinstance(editor, TextEditor):
        type_text(qtbot, focused(), str(value))
    elif isinstance(editor, ChecklistEditor):
        for name in value if isinstance(value, list) else [value]:
            label = next(c.label for c in widget.view.choices if c.name == name)
            if focused() is editor.list:
                qtbot.keyClick(editor.list, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
            editor.filter.selectAll()
            type_text(qtbot, editor.filter, label)
            qtbot.keyClick(editor.filter, Qt.Key.Key_Return)
            qtbot.keyClick(focused(), Qt.Key.Key_Space)
    elif isinstance(editor, ChoiceEditor) and editor._combo is not None:
        target = editor.index_of(value)
        while editor._combo.currentIndex() < target:
            qtbot.keyClick(editor._combo, Qt.Key.Key_Down)
    elif isinstance(editor, ChoiceEditor) and not editor._multiple:
        target = _choice_index(editor, value)
        current = focused()
        assert isinstance(current, QRadioButton)
        position = editor._buttons.index(current)
        if not current.isChecked():
            # Qt's arrows move the check along only from a checked button: Space first.
            qtbot.keyClick(current, Qt.Key.Key_Space)
        for _ in range(abs(target - position)):
            # Space may have rebuilt the page (a follow-up appeared): look the row up again.
            now = _widget(panel, path).editor
            assert isinstance(now, ChoiceEditor)
            qtbot.keyClick(focused(), _towards(focused(), now._buttons[target]))
    elif isinstance(editor, ChoiceEditor):
        wanted = set(value if isinstance(value, list) else [value])
        for index in range(len(editor._buttons)):
            # Each tick may rebuild the page (relevance changed): look the box up again.
            current = _widget(panel, path).editor
            assert isinstance(current, ChoiceEditor)
            box = current._buttons[index]
            tab_into(qtbot, box)
            assert isinstance(focused(), QCheckBox)
            if (box.property("choice") in wanted) != box.isChecked():
                qtbot.keyClick(box, Qt.Key.Key_Space)
    elif isinstance(editor, AcknowledgeEditor):
        if bool(value) != editor.box.isChecked():
            qtbot.keyClick(editor.box, Qt.Key.Key_Space)
    elif isinstance(editor, RangeEditor):
        qtbot.keyClicks(editor.spin, str(value))
    else:
        raise AssertionError(f"no keyboard recipe for {type(editor).__name__}")


def _towards(current: QWidget, target: QWidget) -> Qt.Key:
    """The arrow key pointing from ``current`` to ``target`` on screen (rows or tiles)."""
    here = current.mapToGlobal(current.rect().center())
    there = target.mapToGlobal(target.rect().center())
    if abs(there.y() - here.y()) > current.height() // 2:
        return Qt.Key.Key_Down if there.y() > here.y() else Qt.Key.Key_Up
    return Qt.Key.Key_Right if there.x() > here.x() else Qt.Key.Key_Left


def _needs_answer(widget: QuestionWidget, value: Any) -> bool:
    if widget.editor is None or widget.view.read_only:
        return False
    current = widget.view.value
    if isinstance(value, list) and isinstance(current, list):
        return sorted(map(str, value)) != sorted(map(str, current))
    return current is None or str(current) != str(value)


def fill_page(qtbot: QtBot, panel: InterviewPanel, answers: dict[str, Any]) -> None:
    """Answer every question of the current page that the scenario answers, including those
    an earlier answer makes appear."""
    done: set[str] = set()
    while True:
        page = panel.page
        assert page is not None
        todo = [path for path, widget in page.questions.items()
                if path not in done and widget.view.name in answers]
        if not todo:
            return
        for path in todo:
            done.add(path)
            widget = panel.page.questions.get(path) if panel.page else None
            if widget is not None and _needs_answer(widget, answers[widget.view.name]):
                answer(qtbot, panel, path, answers[widget.view.name])


def run_interview(qtbot: QtBot, panel: InterviewPanel, answers: dict[str, Any]) -> int:
    """Fill and page through the whole interview with Enter; returns the pages visited."""
    for visited in range(1, MAX_PAGES):
        assert panel.opened is not None
        if panel.opened.session.current_page is None:
            return visited
        fill_page(qtbot, panel, answers)
        key = panel.opened.session.current_page
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        if panel.opened is not None and panel.opened.session.current_page == key:
            problems = [f"{w.view.name}={answers.get(w.view.name)!r}/{w.view.value!r}: "
                        f"{w.error.text()}" for w in (panel.page.questions.values()
                                                      if panel.page else []) if w.error.text()]
            raise AssertionError(f"stuck on {key}: {problems}")
    raise AssertionError("the interview never ended")


def choose_in_combo(qtbot: QtBot, combo: QComboBox, data: Any) -> None:
    """Select an item of a closed list box with the arrow keys."""
    target = combo.findData(data)
    assert target >= 0, f"{data!r} is not offered"
    combo.setFocus()
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def answer_finalise_dialog(qtbot: QtBot, choice: str = "Finalise") -> list[str]:
    """Answer the next "Finalise the interview" question by pressing ``choice`` (Tab to it
    and Space, as at the keyboard); returns the dialog's text once it was seen."""
    seen: list[str] = []

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(dialog.text())
        # By role, not by text: in an Arabic app the buttons read in Arabic.
        role = (QMessageBox.ButtonRole.AcceptRole if choice == "Finalise"
                else QMessageBox.ButtonRole.RejectRole)
        button = next(b for b in dialog.buttons() if dialog.buttonRole(b) == role)
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)

    QTimer.singleShot(0, press)
    return seen
