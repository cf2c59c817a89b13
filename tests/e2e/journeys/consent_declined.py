"""Demo → new interview → the person declines consent → the short path to a result."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.e2e.driver import Driver
from tests.e2e.interview import answer_until_end, finalise, scenario, start_interview
from tests.e2e.steps import Steps, demo_password, no_dialog, quit_app, sign_in, started


def journey(d: Driver) -> Steps:
    yield from started(d)
    yield from sign_in(d, demo_password())
    yield from start_interview(d, "rapid")
    answers = scenario("rapid_screening", "consent refused: anonymous")["answers"]
    yield from answer_until_end(d, answers)
    yield from finalise(d)
    main = d.main_window()

    def shown() -> str:
        return " ".join(label.text() for label in main.result.findChildren(QLabel)
                        if label.isVisible())

    yield d.until(lambda: "did not agree" in shown(), "the result: the person did not agree")
    d.shot("consent-declined-result")
    no_dialog(d)
    yield from quit_app(d)
