"""The interview screen as an officer meets it: sections that do not apply, progress, the
answered question staying put, finalising with a confirmation, the list of missing answers,
and languages (changed mid-interview, right to left, questions for the officer alone)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QRadioButton
from pytestqt.qtbot import QtBot

from tests.conftest import REPO_ROOT
from tests.ui.conftest import scenario, sign_in
from tests.ui.driver import answer_finalise_dialog, fill_page, focused, run_interview
from ui.interview.editors import ChoiceEditor
from ui.interview.panel import InterviewPanel
from ui.interview.question import QuestionWidget
from ui.main_window import MainWindow

AUDIENCE = REPO_ROOT / "tests" / "core" / "forms_md" / "audience.md"
ADULT: dict[str, Any] = dict(scenario("rapid_screening", "adult labour case")["answers"])  # type: ignore[call-overload]


def _open(qtbot: QtBot, main: MainWindow, form: str = "rapid_screening",
          language: str = "en") -> InterviewPanel:
    sign_in(qtbot, main)
    main.gateway.interviews(lambda s: s.start(form, language=language),
                            main._on_opened)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return main.interview


def _to_page(qtbot: QtBot, panel: InterviewPanel, suffix: str,
             answers: dict[str, Any] = ADULT) -> None:
    """Answer and press Enter until the page ending in ``suffix`` is on screen."""
    for _ in range(30):
        assert panel.opened is not None
        key = panel.opened.session.current_page
        assert key is not None
        if key.endswith(suffix):
            return
        fill_page(qtbot, panel, answers)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    raise AssertionError(f"never reached {suffix}")


def _question(panel: InterviewPanel, name: str) -> QuestionWidget:
    assert panel.page is not None
    return next(w for w in panel.page.questions.values() if w.view.name == name)


def _click_choice(qtbot: QtBot, widget: QuestionWidget, choice: str) -> QRadioButton:
    editor = widget.editor
    assert isinstance(editor, ChoiceEditor)
    button = next(b for b in editor._buttons if b.property("choice") == choice)
    assert isinstance(button, QRadioButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return button


def test_a_section_that_does_not_apply_is_greyed_and_cannot_be_opened(
        window: MainWindow, qtbot: QtBot) -> None:
    panel = _open(qtbot, window)
    _to_page(qtbot, panel, "consent_page")
    _click_choice(qtbot, _question(panel, "consent"), "declined")
    model = panel.sections
    row = next(r for r in range(model.rowCount())
               if str(model.status(r).ref).endswith("/person"))  # type: ignore[union-attr]
    index = model.index(row)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEnabled
    assert "Not part of this interview" in str(model.data(index, Qt.ItemDataRole.ToolTipRole))
    before = panel.opened.session.current_page if panel.opened else None
    rect = panel.section_list.visualRect(index)
    qtbot.mouseClick(panel.section_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    panel.outline.choose(row)  # Ctrl+<number> asks the same way
    assert panel.opened is not None and panel.opened.session.current_page == before
    assert "does not apply" in panel.status.text()


def test_progress_never_goes_back_while_answering_forward(window: MainWindow,
                                                         qtbot: QtBot) -> None:
    panel = _open(qtbot, window)
    seen: list[int] = []
    texts: list[str] = []

    def note() -> None:
        seen.append(panel.progress.value())
        texts.append(panel.progress.format())

    panel.progress.valueChanged.connect(lambda _v: note())
    note()
    run_interview(qtbot, panel, ADULT)
    note()
    assert seen == sorted(seen), seen
    assert panel.progress.value() == panel.progress.maximum()
    assert texts[0].startswith("Section 1 of ")
    totals = {text.split(" of ")[1].split(":")[0] for text in texts if " of " in text}
    assert len(totals) == 1  # "of N" never changes under the officer


def test_sections_show_done_and_current(window: MainWindow, qtbot: QtBot) -> None:
    panel = _open(qtbot, window)
    _to_page(qtbot, panel, "age_page")
    states = [panel.sections.status(r).state.value  # type: ignore[union-attr]
              for r in range(panel.sections.rowCount())]
    assert states[:3] == ["done", "done", "current"]
    assert panel.section_list.currentIndex().row() == 2
    assert panel.sections.data(panel.sections.index(0)).startswith("✓")


def test_the_answered_question_stays_where_it_is(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(900, 560)
    panel = _open(qtbot, window)
    _to_page(qtbot, panel, "safety")
    safe = _question(panel, "safe_to_continue")
    panel.page_area.ensureWidgetVisible(safe, 0, 0)
    bar = panel.page_area.verticalScrollBar()
    bar.setValue(bar.value() + 60)  # the officer has scrolled a little further
    qtbot.wait(10)
    viewport = panel.page_area.viewport()
    before = safe.mapTo(viewport, QPoint(0, 0)).y()
    assert bar.value() > 0
    _click_choice(qtbot, safe, "no")  # brings in the stop reasons and the stop note
    moved = _question(panel, "safe_to_continue")
    assert moved is not safe  # the page was rebuilt with the follow-up questions
    assert abs(moved.mapTo(viewport, QPoint(0, 0)).y() - before) <= 2
    assert _question(panel, "stop_reason").isVisibleTo(panel)


def test_with_error_lines_shown_the_clicked_option_stays_under_the_mouse(
        window: MainWindow, qtbot: QtBot) -> None:
    window.resize(900, 560)
    panel = _open(qtbot, window)
    _to_page(qtbot, panel, "safety")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # every question of the page says "needed"
    assert _question(panel, "companion").error.isVisibleTo(panel)
    safe = _question(panel, "safe_to_continue")
    panel.page_area.ensureWidgetVisible(safe, 0, 0)
    viewport = panel.page_area.viewport()
    button = _click_choice(qtbot, safe, "no")
    clicked = button.mapTo(viewport, button.rect().center())
    # The error of this question goes, the stop reasons come in: the page is rebuilt.
    now = _question(panel, "safe_to_continue")
    assert not now.error.isVisibleTo(panel)
    under_mouse = viewport.childAt(clicked)
    editor = now.editor
    assert isinstance(editor, ChoiceEditor)
    assert under_mouse is editor._buttons[1] or editor._buttons[1].isAncestorOf(under_mouse)


def test_finalising_asks_first_and_enter_twice_does_not_finalise(window: MainWindow,
                                                                 qtbot: QtBot) -> None:
    panel = _open(qtbot, window)
    run_interview(qtbot, panel, dict(scenario("rapid_screening", "no indicators")["answers"]))  # type: ignore[call-overload]
    assert panel.opened is not None and panel.opened.session.current_page is None
    assert not panel.next_button.isVisibleTo(panel)
    assert panel.finalise_button.property("primary") is True
    assert focused() is panel.finalise_button
    assert panel.back_button.isEnabled()
    last = panel.opened.session.visible_pages()[-1].key
    qtbot.keyClick(focused(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert panel.opened.session.current_page == last  # Back works from the end page
    assert panel.next_button.isVisibleTo(panel)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert panel.opened.session.current_page is None
    asked = answer_finalise_dialog(qtbot, "Keep checking")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # a second Enter only asks
    assert asked and window.stack.currentWidget() is panel  # not finalised
    asked = answer_finalise_dialog(qtbot, "Finalise")
    qtbot.mouseClick(panel.finalise_button, Qt.MouseButton.LeftButton)
    assert asked and window.stack.currentWidget() is window.result


def test_missing_answers_do_not_squeeze_the_page_and_links_show_the_question(
        window: MainWindow, qtbot: QtBot) -> None:
    panel = _open(qtbot, window)
    _to_page(qtbot, panel, "consent_page")
    panel.jump(panel.opened.session.visible_pages()[-1].key)  # type: ignore[union-attr]
    qtbot.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    missing = panel.missing
    assert missing.isVisibleTo(panel) and len(missing.links) >= 3
    assert panel.page_area.height() >= 2 * missing.height()
    target = missing.links[-1]
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_Return)
    page = panel.page
    assert page is not None
    shown = next(w for w in page.questions.values() if w.property("highlighted"))
    top = shown.mapTo(panel.page_area.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < panel.page_area.viewport().height()


def test_right_to_left_officer_has_next_on_the_left_and_alt_left_forward(
        window: MainWindow, qtbot: QtBot) -> None:
    window.apply_settings(type(window.settings)(window.settings.idle_minutes,
                                                window.settings.text_scale, "ar",
                                                window.settings.last_user))
    panel = _open(qtbot, window, language="ar")
    assert panel.next_button.mapToGlobal(QPoint(0, 0)).x() < panel.back_button.mapToGlobal(
        QPoint(0, 0)).x()
    fill_page(qtbot, panel, ADULT)
    first = panel.opened.session.current_page  # type: ignore[union-attr]
    qtbot.keyClick(focused(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert panel.opened.session.current_page != first  # type: ignore[union-attr]
    qtbot.keyClick(focused(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert panel.opened.session.current_page == first  # type: ignore[union-attr]


def test_arabic_respondent_english_officer_keys_follow_the_officer(window: MainWindow,
                                                                  qtbot: QtBot) -> None:
    panel = _open(qtbot, window, language="ar")
    assert panel.page_area.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert panel.next_button.mapToGlobal(QPoint(0, 0)).x() > panel.back_button.mapToGlobal(
        QPoint(0, 0)).x()
    fill_page(qtbot, panel, ADULT)
    first = panel.opened.session.current_page  # type: ignore[union-attr]
    qtbot.keyClick(focused(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert panel.opened.session.current_page != first  # type: ignore[union-attr]


def test_languages_change_mid_interview_and_stay_with_it(window: MainWindow,
                                                         qtbot: QtBot) -> None:
    panel = _open(qtbot, window)
    reference = panel.opened.record.reference  # type: ignore[union-attr]
    combo = panel.languages.respondent
    combo.setCurrentIndex(combo.findData("Français (fr)"))
    combo.activated.emit(combo.currentIndex())
    assert panel.page is not None
    assert any("Lieu" in w.view.label for w in panel.page.questions.values())
    reopened: list[Any] = []
    window.gateway.interviews(lambda s: s.open(reference), reopened.append)
    assert reopened[0].record.language == "fr"
    officer = panel.languages.officer
    officer.setCurrentIndex(officer.findData("es"))
    officer.activated.emit(officer.currentIndex())
    assert window.settings.language == "es"
    assert window.interview.opened is not None
    assert window.interview.opened.session.officer_language == "Español (es)"
    assert window.interview.opened.session.language == "Français (fr)"
    window.apply_settings(type(window.settings)(window.settings.idle_minutes,
                                                window.settings.text_scale, "en",
                                                window.settings.last_user))


def test_questions_for_the_officer_are_in_the_officers_language(window: MainWindow,
                                                               qtbot: QtBot) -> None:
    sign_in(qtbot, window)
    window.gateway.interviews(lambda s: s.library.import_file(AUDIENCE))
    window.gateway.interviews(lambda s: s.start("audience", language="ar"), window._on_opened)
    panel = window.interview
    check = _question(panel, "private_space")
    assert check.label.text().startswith("Can others hear")
    assert check.audience is not None and check.audience.isVisibleTo(panel)
    assert check.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_answer_buttons_grow_with_the_text_size(window: MainWindow, qtbot: QtBot) -> None:
    from ui.app import application
    from ui.look import apply_look

    panel = _open(qtbot, window)
    _to_page(qtbot, panel, "safety")
    sizes = []
    for scale in (100, 175):
        apply_look(application(), scale)
        _click_choice(qtbot, _question(panel, "private_space"), "yes")
        editor = _question(panel, "private_space").editor
        assert isinstance(editor, ChoiceEditor)
        sizes.append(editor._buttons[0].sizeHint().height())
    apply_look(application(), 100)
    assert sizes[1] >= sizes[0] * 1.5


def test_the_forms_result_notes_are_body_text_not_bold(window: MainWindow,
                                                       qtbot: QtBot) -> None:
    panel = _open(qtbot, window)
    _to_page(qtbot, panel, "consent_page")
    panel.jump(f"/{panel.opened.form.root_name}/result")  # type: ignore[union-attr]
    assert panel.page is not None
    notes = [w for w in panel.page.questions.values() if w.view.kind == "note"]
    assert len(notes) >= 3
    for note in notes:
        note.label.ensurePolished()
        assert not note.label.font().bold(), note.view.name
