"""Interview steps at the keyboard: start one from the New interview dialog by keys alone,
answer pages with clicks and typing from a form's test scenario, and move on with Enter (the
journeys that check keys and reading direction use these; :mod:`tests.e2e.interview` has the
steps by visible text).

Each answer goes through the widgets on screen (a click on a choice row, typing then Tab, the
arrow keys in a list box); only the long checklists (countries) are ticked through their model,
as a screen reader would. The page may be rebuilt after any answer, so every step looks its
widgets up again.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

from tests.conftest import REPO_ROOT
from tests.e2e.driver import Driver, JourneyFailed
from tests.e2e.steps import Steps
from ui.interview.editors import ChecklistEditor, ChoiceEditor, TextEditor
from ui.new_interview import NewInterviewDialog

MAX_PAGES = 60


def scenario_answers(form: str, name_start: str) -> dict[str, Any]:
    data = json.loads((REPO_ROOT / "forms" / f"{form}.tests.json").read_text(encoding="utf-8"))
    case = next(s for s in data["scenarios"] if s["name"].startswith(name_start))
    return dict(case["answers"])


def _pick(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index < 0:
        raise JourneyFailed(f"{data!r} is not offered in {combo.objectName() or 'a list'}")
    combo.setFocus()
    key = Qt.Key.Key_Down if index > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != index:
        QTest.keyClick(combo, key)


def start_interview(d: Driver, form_id: str, language_code: str, app_language: str,
                    site: str = "") -> Steps:
    """Ctrl+N, fill the New interview dialog at the keyboard, Enter."""
    main: Any = d.main_window()
    yield d.key(None, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    yield d.until(lambda: d.dialog(NewInterviewDialog) is not None, "the New interview dialog")
    dialog = d.dialog(NewInterviewDialog)
    assert isinstance(dialog, NewInterviewDialog)
    yield d.later(lambda: _pick(dialog.form, form_id), "choose the form")
    wanted = next(dialog.language.itemData(i) for i in range(dialog.language.count())
                  if str(dialog.language.itemData(i)).endswith(f"({language_code})"))
    yield d.later(lambda: _pick(dialog.language, wanted), "choose the respondent's language")
    yield d.later(lambda: _pick(dialog.app_language, app_language), "choose my language")
    if site:
        yield d.type(dialog.site, site)
    yield d.key(dialog.site, Qt.Key.Key_Return)
    yield d.until(lambda: main.stack.currentWidget() is main.interview
                  and main.interview.page is not None, "the interview's first page")


def _value_matches(current: Any, wanted: Any) -> bool:
    if isinstance(wanted, list) and isinstance(current, list):
        return sorted(map(str, wanted)) == sorted(map(str, current))
    return current is not None and str(current) == str(wanted)


def _answer(d: Driver, path: str, value: Any) -> Steps:
    main: Any = d.main_window()
    panel = main.interview

    def widget() -> Any:
        return panel.page.questions[path]

    editor = widget().editor
    if isinstance(editor, TextEditor):
        field = editor._field
        yield d.type(field, str(value))
        yield d.key(field, Qt.Key.Key_Tab)
    elif isinstance(editor, ChecklistEditor):
        names = value if isinstance(value, list) else [value]

        def tick() -> None:
            current = widget().editor
            for name in names:
                item = current._model.item(current._rows[name])
                item.setCheckState(Qt.CheckState.Checked)

        yield d.later(tick, f"tick {names}")
    elif isinstance(editor, ChoiceEditor) and editor._combo is not None:
        combo = editor._combo
        target = editor.index_of(value)

        def choose() -> None:
            combo.setFocus()
            while combo.currentIndex() < target:
                QTest.keyClick(combo, Qt.Key.Key_Down)

        yield d.later(choose, f"choose {value!r}")
    elif isinstance(editor, ChoiceEditor):
        wanted = set(value if isinstance(value, list) else [value])
        for index in range(len(editor._buttons)):
            button = widget().editor._buttons[index]
            if (button.property("choice") in wanted) != button.isChecked():
                yield d.click(button, f"choose {button.text()!r}")
                yield d.until(lambda: path in panel.page.questions, "the page after a click")
    else:
        raise JourneyFailed(f"no recipe for {type(editor).__name__} at {path}")
    yield d.until(lambda: _value_matches(widget().view.value, value), f"{path} answered")


def answer_page(d: Driver, answers: dict[str, Any]) -> Steps:
    """Answer every question of the page the scenario answers (also those that appear)."""
    main: Any = d.main_window()
    panel = main.interview
    done: set[str] = set()
    while True:
        todo = [(path, w.view.name) for path, w in panel.page.questions.items()
                if path not in done and w.view.name in answers and w.editor is not None
                and not w.view.read_only]
        if not todo:
            return
        path, name = todo[0]
        done.add(path)
        if not _value_matches(panel.page.questions[path].view.value, answers[name]):
            yield from _answer(d, path, answers[name])


def next_page(d: Driver) -> Steps:
    """Enter, as the officer presses it; the page must change."""
    main: Any = d.main_window()
    before = main.interview.opened.session.current_page
    yield d.key(None, Qt.Key.Key_Return)
    yield d.until(lambda: main.interview.opened.session.current_page != before,
                  f"the page after {before}")


def run_to_end(d: Driver, answers: dict[str, Any]) -> Steps:
    """Answer and press Enter until past the last page."""
    main: Any = d.main_window()
    for _ in range(MAX_PAGES):
        if main.interview.opened.session.current_page is None:
            return
        yield from answer_page(d, answers)
        yield from next_page(d)
    raise JourneyFailed("the interview never ended")
