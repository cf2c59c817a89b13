"""The neutral screen shown after a quick exit: an ordinary calendar, nothing of this app.

Whoever glances at the laptop (the officer's client, or the person the interviewee fears) sees
a plain calendar with today's date and the time, in a window titled "Calendar" with a
calendar icon, in the title bar and the taskbar alike; the toolbar of the app is gone. The
vault is already locked behind it. The small "Continue" button at the bottom right (or Enter)
leads back to sign-in, where the app's own title and toolbar come back.

:func:`neutral_icon` draws the icon here, so no file or theme name mentions the app.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLabel, QPushButton, QVBoxLayout, QWidget

NEUTRAL_TITLE = "Calendar"
ICON_SIZES = (16, 24, 32, 48, 64)


def neutral_icon() -> QIcon:
    """A plain desk-calendar icon: a red band over a white page with today's day number."""
    icon = QIcon()
    day = str(QDate.currentDate().day())
    for size in ICON_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = QRect(1, 2, size - 2, size - 3)
        painter.setPen(QColor("#5f6368"))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(page, size / 10, size / 10)
        band = QRect(page.left(), page.top(), page.width(), max(3, size // 4))
        painter.fillRect(band, QColor("#c5221f"))
        font = QFont()
        font.setPixelSize(max(6, size // 2))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#202124"))
        painter.drawText(QRect(page.left(), band.bottom(), page.width(),
                               page.bottom() - band.bottom()),
                         Qt.AlignmentFlag.AlignCenter, day)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class NeutralPanel(QWidget):
    continue_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.clock = QLabel()
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock.setProperty("role", "title")
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMaximumSize(640, 420)
        self.button = QPushButton(self.tr("Continue"))
        self.button.setFlat(True)
        self.button.setDefault(True)
        self.button.clicked.connect(self.continue_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.clock)
        layout.addWidget(self.calendar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self._tick)
        self._tick()

    def showEvent(self, event: object) -> None:
        self.calendar.setSelectedDate(QDate.currentDate())
        self._tick()
        self._timer.start()
        self.button.setFocus()

    def hideEvent(self, event: object) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = QDateTime.currentDateTime()
        self.clock.setText(QLocale().toString(now, QLocale.FormatType.LongFormat))
