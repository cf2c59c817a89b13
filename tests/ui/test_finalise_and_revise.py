"""Finalising with answers missing (links back to them), repeats, and revising afterwards."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QPushButton
from pytestqt.qtbot import QtBot

from fieldapp.vault import audit
from tests.conftest import REPO_ROOT
from tests.ui.conftest import scenario, sign_in
from tests.ui.driver import answer_finalise_dialog, focused, run_interview
from ui.interview.editors import (
    AcknowledgeEditor,
    ChoiceEditor,
    RangeEditor,
    RankEditor,
    TextEditor,
)
from ui.main_window import MainWindow

ALL_TYPES = REPO_ROOT / "tests" / "core" / "forms_md" / "all_types.md"


def _open(qtbot: QtBot, main: MainWindow, form: str) -> None:
    sign_in(qtbot, main)
    main.gateway.interviews(lambda s: s.start(form, language="en", site="Gate 3"),
                            main._on_opened)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def test_finalising_early_lists_what_is_missing_with_links(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    main = window
    _open(qtbot, main, "rapid_screening")
    qtbot.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    missing = main.interview.missing
    assert missing.isVisibleTo(main.interview) and missing.links
    assert main.stack.currentWidget() is main.interview
    target = missing.links[1]
    assert "—" in target.text()
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_Return)
    page = main.interview.page
    assert page is not None
    focus = focused()
    assert any(widget.isAncestorOf(focus) for widget in page.questions.values())


def _all_types(qtbot: QtBot, main: MainWindow) -> None:
    """Sign in and start the engine's every-type test form (imported into this vault)."""
    sign_in(qtbot, main)
    main.gateway.interviews(lambda s: s.library.import_file(ALL_TYPES))
    main.gateway.interviews(lambda s: s.start("all_types", language=None), main._on_opened)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def test_every_question_type_has_its_widget(window: MainWindow, qtbot: QtBot) -> None:
    main = window
    _all_types(qtbot, main)
    panel = main.interview
    opened = panel.opened
    assert opened is not None
    seen: dict[str, type] = {}
    for page in opened.session.visible_pages():
        panel.jump(page.key)
        assert panel.page is not None
        for widget in panel.page.questions.values():
            seen[str(widget.view.kind)] = type(widget.editor)
    assert seen["text"] is TextEditor and seen["integer"] is TextEditor
    assert seen["date"] is TextEditor and seen["dateTime"] is TextEditor
    assert seen["select_one"] is ChoiceEditor and seen["select_multiple"] is ChoiceEditor
    assert seen["acknowledge"] is AcknowledgeEditor and seen["trigger"] is AcknowledgeEditor
    assert seen["range"] is RangeEditor and seen["rank"] is RankEditor
    assert seen["note"] is type(None)


def test_repeat_entries_can_be_added_and_removed(window: MainWindow, qtbot: QtBot) -> None:
    main = window
    _all_types(qtbot, main)
    panel = main.interview
    opened = panel.opened
    assert opened is not None
    session = opened.session
    repeat_page = "/data/journey#repeat"
    panel.jump(repeat_page)
    page = panel.page
    assert page is not None and page.add_button is not None
    qtbot.keyClick(page.add_button, Qt.Key.Key_Space)
    # The form starts with one entry, as in ODK: the one added is the second.
    assert session.current_page is not None and session.current_page.startswith(
        "/data/journey[2]")
    panel.jump(repeat_page)
    for _ in range(2):  # the added entry, then the one the form started with
        page = panel.page
        assert page is not None
        buttons = [b for b in page.findChildren(QPushButton) if b is not page.add_button]
        assert [b.text() for b in buttons] == ["Remove the last entry"]
        buttons[0].click()
    page = panel.page
    assert page is not None
    assert not [b for b in page.findChildren(QPushButton) if b is not page.add_button]
    assert session.answers().get("/data/journey") in (0, None)


def test_an_entry_the_form_starts_with_can_be_removed_from_its_own_page(
        window: MainWindow, qtbot: QtBot) -> None:
    """The journey's first entry has a required question: an officer with no place to enter
    removes the entry where she is, instead of being held on its page."""
    main = window
    _all_types(qtbot, main)
    panel = main.interview
    opened = panel.opened
    assert opened is not None
    session = opened.session
    entry = next(p.key for p in session.visible_pages() if p.key.startswith("/data/journey[1]"))
    panel.jump(entry)
    page = panel.page
    assert page is not None and page.remove_entry_button is not None
    qtbot.keyClick(page.remove_entry_button, Qt.Key.Key_Space)
    assert session.current_page == "/data/journey#repeat"
    assert session.answers().get("/data/journey") in (0, None)
    page = panel.page
    assert page is not None and page.remove_entry_button is None
    panel.go_next()
    assert session.current_page != "/data/journey#repeat"


def test_correcting_a_finalised_interview_makes_a_revision(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = window
    _open(qtbot, main, "rapid_screening")
    answers: dict[str, Any] = dict(scenario("rapid_screening", "no indicators")["answers"])  # type: ignore[call-overload]
    run_interview(qtbot, main.interview, answers)
    answer_finalise_dialog(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert main.stack.currentWidget() is main.result
    record = main.result.record
    assert record is not None and record.revision == 1
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args, **kwargs: ("age was misheard", True)))
    main.result.revise_button.click()
    assert main.stack.currentWidget() is main.interview
    opened = main.interview.opened
    assert opened is not None and not opened.read_only
    answer_finalise_dialog(qtbot)
    main.interview.finalise()
    assert main.stack.currentWidget() is main.result
    assert main.result.record is not None and main.result.record.revision == 2
    events: list[Any] = []
    main.gateway.run(lambda vault: [(e.event, dict(e.details)) for e in
                                    audit.entries(vault.connection)], events.append)
    # The reason stays with the revision; the audit log keeps no officer's free text.
    assert ("revision_started", {"reference": record.reference, "revision": 2}) in events[0]
