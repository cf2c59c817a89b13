"""Demo → new interview with a child (15): the path ends in a referral to child protection."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.e2e.driver import Driver
from tests.e2e.interview import answer_until_end, finalise, scenario, start_interview
from tests.e2e.steps import Steps, demo_password, no_dialog, quit_app, sign_in, started


def journey(d: Driver) -> Steps:
    yield from started(d)
    yield from sign_in(d, demo_password())
    yield from start_interview(d, "rapid")
    answers = scenario("rapid_screening", "child case: recruitment")["answers"]
    yield from answer_until_end(d, answers)
    yield from finalise(d)
    main = d.main_window()

    def shown() -> str:
        return " ".join(label.text() for label in main.result.findChildren(QLabel)
                        if label.isVisible()).lower()

    yield d.until(lambda: "child" in shown() and main.result.referral_button.isEnabled(),
                  "the result: a child, to be referred")
    d.shot("child-result")
    no_dialog(d)
    yield from quit_app(d)
