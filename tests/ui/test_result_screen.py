"""The result screen: safety answers are on it, and a stopped interview says why and what next."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.conftest import scenario, sign_in
from ui.main_window import MainWindow


def _texts(main: MainWindow) -> str:
    body = main.result.page_area.widget()
    assert body is not None
    return "\n".join(label.text() for label in body.findChildren(QLabel))


def _record(main: MainWindow, qtbot: QtBot, answers: dict[str, Any]) -> str:
    sign_in(qtbot, main)
    records: list[Any] = []
    main.gateway.interviews(
        lambda s: s.record_answers("rapid_screening", answers, language="en"), records.append)
    main._on_interview_finalised(records[0])
    return _texts(main)


def test_the_result_lists_the_safety_answers(window: MainWindow, qtbot: QtBot) -> None:
    answers: dict[str, Any] = dict(scenario("rapid_screening", "adult labour case")["answers"])  # type: ignore[call-overload]
    answers["safety_risks"] = ["controller_nearby"]
    answers["urgency"] = "immediate"  # a controller nearby raises the urgency the form allows
    text = _record(window, qtbot, answers)
    assert "Someone who controls the person is nearby or waiting" in text
    assert text.index("Safety") < text.index("What to do")


def test_a_stopped_interview_says_why_and_what_to_do(window: MainWindow, qtbot: QtBot) -> None:
    answers: dict[str, Any] = dict(scenario("rapid_screening", "unsafe to continue")["answers"])  # type: ignore[call-overload]
    text = _record(window, qtbot, answers)
    assert "No dimension was found positive" not in text
    assert "Why the interview stopped" in text
    assert "Companion could not be separated" in text and "No private place" in text
    assert "escalation procedure" in text
    assert not window.result.referral_button.isEnabled()
