"""Item 10: a new interview answered to its end page, where "Finalise…" is the main button,
Back works, a second Enter only asks, "Keep checking" keeps the interview open, and only the
explicit "Finalise" finalises it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from tests.e2e.driver import Driver
from tests.e2e.interview_keyboard import run_to_end, scenario_answers, start_interview
from tests.e2e.steps import Steps, demo_password, quit_app, sign_in, started


def _question_box(d: Driver) -> QMessageBox | None:
    box = d.dialog(QMessageBox)  # type: ignore[arg-type]
    return box if isinstance(box, QMessageBox) else None


def journey(d: Driver) -> Steps:
    yield from started(d)
    yield from sign_in(d, demo_password())
    main: Any = d.main_window()
    answers = scenario_answers("rapid_screening", "consent refused: anonymous")
    yield from start_interview(d, "rapid_screening", "en", "en", answers["site"])
    yield from run_to_end(d, answers)
    panel = main.interview
    d.expect(not panel.next_button.isVisible(), "Next is still shown past the last page")
    d.expect(panel.finalise_button.hasFocus(), "Finalise… does not have the focus")
    d.expect(panel.back_button.isEnabled(), "Back is disabled on the end page")
    # Back from the end page, with the real keyboard, then forward again.
    yield d.x_key("alt+Left")
    yield d.until(lambda: panel.opened.session.current_page is not None, "back on the last page")
    yield d.x_key("Return")
    yield d.until(lambda: panel.opened.session.current_page is None, "the end page again")
    # Enter on the end page asks; Enter again picks the default, "Keep checking".
    yield d.x_key("Return")
    yield d.until(lambda: _question_box(d) is not None, "the confirmation")
    box = _question_box(d)
    assert box is not None
    d.expect(box.defaultButton() is not None and box.defaultButton().text() == "Keep checking",
             "the confirmation's default button is not 'Keep checking'")
    del box
    yield d.x_key("Return")
    yield d.until(lambda: _question_box(d) is None, "the confirmation closed")
    d.expect(main.stack.currentWidget() is panel, "a second Enter finalised the interview")
    yield d.click(panel.finalise_button)
    yield d.until(lambda: _question_box(d) is not None, "the confirmation again")
    finalise = d.button("Finalise", root=_question_box(d))
    yield d.click(finalise)
    del finalise
    yield d.until(lambda: main.stack.currentWidget() is main.result
                  and main.result.result is not None, "the result screen")
    d.expect(main.result.record.status == "finalised", "the interview is not finalised")
    yield from quit_app(d)
