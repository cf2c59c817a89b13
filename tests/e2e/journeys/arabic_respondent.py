"""Item 9: an Arabic respondent with an English-speaking officer. The page reads right to
left; the officer's controls stay in the officer's direction (Next on the right, Alt+Right
forward), guidance and messages are in English. The officer then switches to Arabic
mid-interview: the answers stay, Next moves to the left and Alt+Left goes forward."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.e2e.driver import Driver
from tests.e2e.interview_keyboard import answer_page, next_page, scenario_answers, start_interview
from tests.e2e.steps import Steps, demo_password, quit_app, sign_in, started


def _x(widget: Any) -> int:
    return int(widget.mapToGlobal(QPoint(0, 0)).x())


def _arabic(text: str) -> bool:
    return any("\u0600" <= char <= "\u06ff" for char in text)


def _page(main: Any) -> str | None:
    return main.interview.opened.session.current_page if main.interview.opened else None


def journey(d: Driver) -> Steps:
    yield from started(d)
    yield from sign_in(d, demo_password())
    main: Any = d.main_window()
    answers = scenario_answers("rapid_screening", "Arabic: some indicators")
    yield from start_interview(d, "rapid_screening", "ar", "en", answers["site"])
    panel = main.interview
    d.expect(panel.page_area.layoutDirection() == Qt.LayoutDirection.RightToLeft,
             "the Arabic page is not right to left")
    d.expect(QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight,
             "the English app is not left to right")
    d.expect(_x(panel.next_button) > _x(panel.back_button), "Next is not right of Back")
    yield from answer_page(d, answers)
    first = _page(main)
    yield d.x_key("alt+Right")
    yield d.until(lambda: _page(main) != first, "Alt+Right moved forward")
    safety = panel.page
    for widget in safety.questions.values():
        # Read aloud: Arabic. Marked for the officer alone (fa:audience): English.
        text = widget.label.text()
        d.expect(not text or _arabic(text) != widget.view.for_officer,
                 f"{widget.view.name} is in the wrong language: {text[:60]!r}")
    guidance = [w.guidance.text() for w in safety.questions.values() if w.guidance is not None]
    d.expect(guidance and all(text.startswith("Officer guidance:") and not _arabic(text)
                              for text in guidance), "guidance is not in English")
    yield d.x_key("alt+Left")
    yield d.until(lambda: _page(main) == first, "Alt+Left moved back")
    yield from next_page(d)
    yield from answer_page(d, answers)
    # The officer hands over to an Arabic-speaking colleague: the app turns right to left.
    at = _page(main)
    officer = panel.languages.officer
    yield d.later(lambda: (officer.setCurrentIndex(officer.findData("ar")),
                           officer.activated.emit(officer.currentIndex())), "officer: Arabic")
    yield d.until(lambda: QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
                  and main.interview.opened is not None, "the app in Arabic")
    panel = main.interview
    d.expect(_page(main) == at, "the interview moved when the language changed")
    d.expect(_x(panel.next_button) < _x(panel.back_button), "Next is not left of Back")
    yield d.x_key("alt+Left")
    yield d.until(lambda: _page(main) != at, "Alt+Left moved forward in Arabic")
    yield d.x_key("alt+Right")
    yield d.until(lambda: _page(main) == at, "Alt+Right moved back in Arabic")
    yield from quit_app(d)
