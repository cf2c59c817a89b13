"""Quick exit on three Shift presses, never while typing; idle lock after inactivity."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from ui.guard import Guard


def _guarded(qtbot: QtBot, minutes: float = 5) -> tuple[Guard, QLineEdit, list[str]]:
    guard = Guard(minutes)
    app = QApplication.instance()
    assert app is not None
    guard.install(app)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    events: list[str] = []
    guard.quick_exit_requested.connect(lambda: events.append("exit"))
    guard.idle_timed_out.connect(lambda: events.append("idle"))
    return guard, field, events


def test_three_shift_presses_request_quick_exit(qtbot: QtBot) -> None:
    guard, field, events = _guarded(qtbot)
    for _ in range(3):
        qtbot.keyClick(field, Qt.Key.Key_Shift)
    assert events == ["exit"]
    guard.uninstall()


def test_typing_capitals_does_not(qtbot: QtBot) -> None:
    guard, field, events = _guarded(qtbot)
    for letter in (Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_C):
        qtbot.keyClick(field, Qt.Key.Key_Shift)
        qtbot.keyClick(field, letter, Qt.KeyboardModifier.ShiftModifier)
    assert events == []
    qtbot.keyClick(field, Qt.Key.Key_Shift)
    qtbot.keyClick(field, Qt.Key.Key_Shift)
    assert events == []  # two presses after the last letter
    guard.uninstall()


def test_idle_lock_fires_and_input_postpones_it(qtbot: QtBot) -> None:
    guard, field, events = _guarded(qtbot, minutes=0.005)  # 300 ms
    guard.arm()
    for _ in range(4):
        qtbot.wait(120)
        qtbot.keyClick(field, Qt.Key.Key_X)
    assert events == []
    qtbot.waitUntil(lambda: events == ["idle"], timeout=2000)
    guard.disarm()
    guard.uninstall()


def test_the_watch_pauses_while_code_builds_and_comes_back(qtbot: QtBot) -> None:
    guard, field, events = _guarded(qtbot)
    try:
        with guard.paused():
            for _ in range(3):  # what code sends meanwhile is not the officer's input
                qtbot.keyClick(field, Qt.Key.Key_Shift)
        assert events == []
        for _ in range(3):
            qtbot.keyClick(field, Qt.Key.Key_Shift)
        assert events == ["exit"]
        guard.uninstall()
        with guard.paused():  # not installed: nothing to pause, nothing installed after
            pass
        for _ in range(3):
            qtbot.keyClick(field, Qt.Key.Key_Shift)
        assert events == ["exit"]
    finally:
        guard.uninstall()
