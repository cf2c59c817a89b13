"""Steps for journeys through an interview, by what the officer sees and does.

:func:`start_interview` goes through the New interview dialog; :func:`answer_until_end` answers
each page from a form's test scenario (``forms/*.tests.json``: question name -> value) by
clicking the option whose text is the choice's label, ticking boxes, typing into fields and
spin boxes, and pressing Next, until the end page; :func:`finalise` presses Finalise… and
accepts a confirmation if one is asked. They find widgets by their visible text and the
question each belongs to, not by how an editor is built, so they keep working while the
screens change.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.conftest import REPO_ROOT
from tests.e2e.driver import Driver, JourneyFailed
from tests.e2e.steps import Steps

MAX_PAGES = 80
PASSES = 4


def scenario(form: str, name_start: str) -> dict[str, Any]:
    data = json.loads((REPO_ROOT / "forms" / f"{form}.tests.json").read_text(encoding="utf-8"))
    found: dict[str, Any] = next(s for s in data["scenarios"]
                                 if s["name"].startswith(name_start))
    return found


def start_interview(d: Driver, form_title: str | None = None) -> Steps:
    """New interview on the case list, the form chosen by its title (else the first), Start."""
    main = d.main_window()
    yield d.click(main.cases.new_button)
    yield d.until(lambda: d.dialog(QDialog) is not None, "the New interview dialog")
    dialog = d.dialog(QDialog)
    assert dialog is not None
    if form_title is not None:
        combo = dialog.findChildren(QComboBox)[0]
        index = combo.findText(form_title, Qt.MatchFlag.MatchContains)
        d.expect(index >= 0, f"the form {form_title!r} is offered")
        yield d.later(lambda: combo.setCurrentIndex(index), f"choose {form_title}")
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    start = box.button(QDialogButtonBox.StandardButton.Ok)
    del dialog, box
    yield d.click(start)
    yield d.until(lambda: main.stack.currentWidget() is main.interview
                  and main.interview.page is not None, "the interview's first page", 60)


def _at_end(main: Any) -> bool:
    panel = main.interview
    return bool(panel.finalise_button.isVisible() and not panel.next_button.isVisible())


def answer_until_end(d: Driver, answers: dict[str, Any]) -> Steps:
    main = d.main_window()
    panel = main.interview
    for _ in range(MAX_PAGES):
        if _at_end(main) or main.stack.currentWidget() is not panel:
            return
        # An answer can show more questions on the page (or rebuild it): go over it again
        # until nothing is left to answer.
        for _pass in range(PASSES):
            page = panel.page
            todo = [path for path in (list(page.questions) if page is not None else [])
                    if _to_answer(panel, path, answers)]
            if not todo:
                break
            for path in todo:
                if _to_answer(panel, path, answers):
                    yield from _answer(d, panel, path, answers[_view(panel, path).name])
        before = panel.page
        yield d.click(panel.next_button)
        yield d.until(lambda b=before: panel.page is not b or _at_end(main)
                      or main.stack.currentWidget() is not panel, "the next page")
    raise JourneyFailed(f"no end page after {MAX_PAGES} pages")


def _to_answer(panel: Any, path: str, answers: dict[str, Any]) -> bool:
    view = _view(panel, path)
    return bool(view is not None and view.name in answers and not view.read_only
                and view.relevant and not _same(view.value, answers[view.name]))


def _widget(panel: Any, path: str) -> Any:
    """The question's widget shown now (an answer may have rebuilt the page)."""
    page = panel.page
    widget = page.questions.get(path) if page is not None else None
    return widget if widget is not None and widget.isVisible() else None


def _view(panel: Any, path: str) -> Any:
    """What the interview session holds for the question now (the widget's own copy may
    be older: a page is not rebuilt for every answer)."""
    if _widget(panel, path) is None or panel.opened is None:
        return None
    return panel.opened.session.question_view(path)


def _same(shown: Any, wanted: Any) -> bool:
    if isinstance(wanted, list):
        return isinstance(shown, list | tuple) and sorted(map(str, shown)) == sorted(
            map(str, wanted))
    return shown is not None and str(shown) == str(wanted)


def _answer(d: Driver, panel: Any, path: str, value: Any) -> Steps:
    view = _view(panel, path)
    assert view is not None
    labels = {choice.name: choice.label for choice in view.choices}
    wanted = value if isinstance(value, list) else [value]
    if labels:
        for name in wanted:
            label = labels[str(name)]

            def choose(label: str = label) -> None:
                widget = _widget(panel, path)
                if widget is None:
                    raise JourneyFailed(f"{path} is no longer shown")
                combo = widget.findChild(QComboBox)
                if combo is not None and combo.isVisible():
                    # As a pick in the open list does: the index, then 'activated'.
                    index = combo.findText(label)
                    if index < 0:
                        raise JourneyFailed(f"{path}: {label!r} is not in the list")
                    combo.setCurrentIndex(index)
                    combo.activated.emit(index)
                    return
                listed = next((v for v in widget.findChildren(QListView) if v.isVisible()), None)
                if listed is not None:  # a long checklist: the row, then Space, as by keyboard
                    model = listed.model()
                    rows = [model.index(row, 0) for row in range(model.rowCount())]
                    index = next((i for i in rows if i.data() == label), None)
                    if index is None:
                        raise JourneyFailed(f"{path}: {label!r} is not in the list")
                    if index.data(Qt.ItemDataRole.CheckStateRole) != Qt.CheckState.Checked.value:
                        listed.setFocus()
                        listed.setCurrentIndex(index)
                        QTest.keyClick(listed, Qt.Key.Key_Space)
                    return
                button = _button_with_text(widget, label)
                if button is None:
                    raise JourneyFailed(f"{path}: no option {label!r} shown")
                if not button.isChecked():
                    # On the mark and the start of its text, where a radio button or a tick
                    # box takes a click whatever the width of its row.
                    QTest.mouseClick(button, Qt.MouseButton.LeftButton,
                                     pos=QPoint(min(10, button.width() // 2),
                                                button.height() // 2))

            yield d.later(choose, f"{view.name}: {label}")
            yield d.pause(0.05)
    else:
        widget = _widget(panel, path)
        assert widget is not None
        field = next((f for kind in (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
                      for f in widget.findChildren(kind) if f.isVisible()), None)
        if field is None:
            raise JourneyFailed(f"{view.name}: no way to answer {view.kind}")
        if isinstance(field, QAbstractSpinBox):
            yield d.later(field.selectAll, "select the number")
        yield d.type(field, str(value))
        yield d.key(field, Qt.Key.Key_Tab)
    yield d.until(lambda: (shown := _view(panel, path)) is None
                  or _same(shown.value, value), f"{path} answered")


def _button_with_text(root: QWidget, text: str) -> QAbstractButton | None:
    for button in root.findChildren(QAbstractButton):
        # An option row's button carries its text as the accessible name (the row's label
        # shows it, so that it can wrap).
        shown = button.text().replace("&", "") or button.accessibleName()
        if button.isVisible() and shown == text:
            return button
    return None


def finalise(d: Driver) -> Steps:
    """Finalise… on the end page; a confirmation, if asked, is accepted. Does nothing when
    the result is already shown."""
    main = d.main_window()
    panel = main.interview
    if main.stack.currentWidget() is main.result:
        return  # Next on the last page finalised already
    yield d.click(panel.finalise_button)
    yield d.until(lambda: main.stack.currentWidget() is main.result
                  or d.dialog(QDialog) is not None, "the result or a confirmation", 60)
    box = d.dialog(QDialog)
    if box is not None and main.stack.currentWidget() is not main.result:
        accept = _accept_button(box)
        del box
        yield d.click(accept)
    yield d.until(lambda: main.stack.currentWidget() is main.result, "the result", 60)


def _accept_button(box: QDialog) -> QAbstractButton:
    if isinstance(box, QMessageBox):
        for button in box.buttons():
            if box.buttonRole(button) in (QMessageBox.ButtonRole.AcceptRole,
                                          QMessageBox.ButtonRole.YesRole):
                return button
    found = box.findChild(QDialogButtonBox)
    if found is not None:
        ok = found.button(QDialogButtonBox.StandardButton.Ok) or found.buttons()[0]
        return ok
    raise JourneyFailed("the confirmation has no button to accept it")
