"""The neutral screen shown after a quick exit: nothing on it says what this laptop was doing.

It shows only the date and time, under a plain window title, so a glance over the officer's
shoulder (or by the person the interviewee fears) sees nothing. The vault is already locked
behind it; "Continue" leads back to sign-in.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

NEUTRAL_TITLE = "Untitled"


class NeutralPanel(QWidget):
    continue_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.clock = QLabel()
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock.setProperty("role", "title")
        self.button = QPushButton(self.tr("Continue"))
        self.button.setFlat(True)
        self.button.clicked.connect(self.continue_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.clock)
        layout.addStretch(2)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self._tick)
        self._tick()

    def showEvent(self, event: object) -> None:
        self._tick()
        self._timer.start()
        self.button.setFocus()

    def hideEvent(self, event: object) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = QDateTime.currentDateTime()
        self.clock.setText(QLocale().toString(now, QLocale.FormatType.LongFormat))
