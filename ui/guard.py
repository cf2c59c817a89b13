"""Protection while the laptop is in use: quick exit on three Shift presses, and idle lock.

Both watch every input event of the application through one event filter. Shift presses are
counted as transitions (down after up), so the same press seen again while it travels from a
child widget to its parents counts once; any other key starts the count again, so typing
capitals never triggers it. The idle lock fires after the configured minutes without a key
press, click or wheel turn.

An application-wide filter sees every event of every object, and a page turn sends a few
thousand to the widgets it builds (polish, child added, layout...): a fifth of the turn's time.
Input only arrives through the event loop, never while code runs, so the screens build their
widgets inside :meth:`Guard.paused`, which takes the filter off meanwhile.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

PRESSES = 3
WINDOW_SECONDS = 1.5
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class Guard(QObject):
    """Emits ``quick_exit_requested`` and ``idle_timed_out``; install on the application."""

    quick_exit_requested = Signal()
    idle_timed_out = Signal()

    def __init__(
        self, idle_minutes: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self._clock = clock
        self._presses: list[float] = []
        self._shift_down = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.idle_timed_out)
        self.set_idle_minutes(idle_minutes)
        self._app: QCoreApplication | None = None

    def install(self, app: QCoreApplication) -> None:
        """Watch every input event of ``app``."""
        self._app = app
        app.installEventFilter(self)

    def uninstall(self) -> None:
        if self._app is not None:
            self._app.removeEventFilter(self)
        self._app = None

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """The filter off while code builds widgets (no input can arrive meanwhile)."""
        app = self._app
        if app is None:
            yield
            return
        app.removeEventFilter(self)
        try:
            yield
        finally:
            if self._app is app:
                app.installEventFilter(self)

    def set_idle_minutes(self, minutes: float) -> None:
        self._idle.setInterval(max(1, round(minutes * 60_000)))

    @property
    def idle_interval_ms(self) -> int:
        return self._idle.interval()

    def arm(self) -> None:
        """Start counting idle time (after unlocking)."""
        self._idle.start()

    def disarm(self) -> None:
        """Stop the idle timer (while locked there is nothing to lock)."""
        self._idle.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY and self._idle.isActive():
            self._idle.start()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self._on_key_press(event)
        elif (
            kind == QEvent.Type.KeyRelease
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Shift
            and not event.isAutoRepeat()
        ):
            self._shift_down = False
        return False

    def _on_key_press(self, event: QKeyEvent) -> None:
        if event.key() != Qt.Key.Key_Shift:
            self._presses.clear()
            return
        if event.isAutoRepeat() or self._shift_down:
            return
        self._shift_down = True
        now = self._clock()
        self._presses = [t for t in self._presses if now - t <= WINDOW_SECONDS]
        self._presses.append(now)
        if len(self._presses) >= PRESSES:
            self._presses.clear()
            self.quick_exit_requested.emit()
