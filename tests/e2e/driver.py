"""The in-process side of an end-to-end journey: real widgets, real events, real window manager.

A journey is a generator function ``journey(d: Driver)``. It yields :class:`Wait` objects
(``yield d.until(...)``) and the driver resumes it from a timer once the condition holds, so
the journey keeps running inside the nested event loop of a modal dialog just as a user keeps
clicking while a dialog is open. Actions (``d.click``, ``d.type``, ``d.key``, ``d.wm_close``)
never run inside the journey's own step: they are posted to the event loop, because a click
that opens a modal dialog does not return until the dialog closes.

Every wait also checks the screen: a visible widget smaller than its minimum size hint, or a
word-wrapped label shorter than the height its text needs, fails the journey (see
:func:`clipped_widgets`). A failure prints ``E2E FAILURE`` and the reason on stderr and ends
the app with exit code 3; a journey that ran to its end prints ``E2E PASSED`` on stdout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollBar,
    QWidget,
)

W = TypeVar("W", bound=QWidget)
TICK_MS = 25
DEFAULT_TIMEOUT_S = 30.0
SETTLE_S = 0.6
Journey = Callable[["Driver"], Generator["Wait", None, None]]


@dataclass
class Wait:
    """Resume the journey once ``ready()`` is true; fail after ``timeout`` seconds."""

    ready: Callable[[], object]
    what: str
    timeout: float = DEFAULT_TIMEOUT_S
    check_layout: bool = True
    ends_app: bool = False  # the app quitting meanwhile is the journey's expected end


class JourneyFailed(AssertionError):
    pass


class Driver(QObject):
    """Runs one journey on the GUI thread; see the module docstring."""

    def __init__(self, name: str, journey: Journey, *, scale: int = 100) -> None:
        super().__init__()
        self.name = name
        self.scale = scale
        self._journey = journey(self)
        self._wait: Wait | None = None
        self._deadline = 0.0
        self._stepping = False
        self._settled = False
        self._settle_deadline = 0.0
        self._failure: BaseException | None = None
        self._done = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.notes: list[str] = []

    def start(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.aboutToQuit.connect(self._on_quitting)
        self._timer.start()

    def _on_quitting(self) -> None:
        if not self._done and self._wait is not None and self._wait.ends_app:
            self._done = True
            self._timer.stop()
            print(f"E2E PASSED {self.name}", flush=True)
        elif not self._done:
            what = self._wait.what if self._wait is not None else "the start"
            print(f"E2E FAILURE in {self.name}: the app quit before the journey ended "
                  f"(at: {what})", file=sys.stderr, flush=True)

    # -- the step loop ------------------------------------------------------------------------
    def _tick(self) -> None:
        if self._stepping or self._done:
            return
        self._stepping = True
        try:
            if self._failure is not None:
                raise self._failure
            wait = self._wait
            if wait is not None and not self._settled:
                if not wait.ready():
                    if time.monotonic() > self._deadline:
                        raise JourneyFailed(f"timed out waiting for: {wait.what}\n"
                                            f"{self.describe_screen()}")
                    return
                if wait.check_layout:
                    # Checked on the next tick, once pending layout requests have run.
                    self._settled = True
                    return
            if wait is not None and wait.check_layout:
                # A layout may still be catching up with a text set a moment ago: only a
                # clipping that lasts counts.
                if clipped_widgets() and time.monotonic() < self._settle_until():
                    return
                self.assert_not_clipped(wait.what)
            self._settled = False
            self._settle_deadline = 0.0
            self._wait = next(self._journey)
            self._deadline = time.monotonic() + self._wait.timeout
        except StopIteration:
            self._done = True
            self._timer.stop()
            print(f"E2E PASSED {self.name}", flush=True)
        except BaseException as error:
            self._done = True
            self._timer.stop()
            print(f"E2E FAILURE in {self.name}: {error}", file=sys.stderr, flush=True)
            if not isinstance(error, JourneyFailed):
                traceback.print_exc(file=sys.stdout)  # stdout: stderr is checked for tracebacks
            QApplication.exit(3)
        finally:
            self._stepping = False

    def _settle_until(self) -> float:
        if not self._settle_deadline:
            self._settle_deadline = time.monotonic() + SETTLE_S
        return self._settle_deadline

    # -- waiting ------------------------------------------------------------------------------
    def until(self, ready: Callable[[], object], what: str,
              timeout: float = DEFAULT_TIMEOUT_S, *, check_layout: bool = True,
              ends_app: bool = False) -> Wait:
        return Wait(ready, what, timeout, check_layout, ends_app)

    def pause(self, seconds: float) -> Wait:
        end = time.monotonic() + seconds
        return Wait(lambda: time.monotonic() >= end, f"{seconds} s", seconds + 5,
                    check_layout=False)

    def until_shown(self, find: Callable[[], QWidget | None], what: str,
                    timeout: float = DEFAULT_TIMEOUT_S) -> Wait:
        return self.until(lambda: (w := find()) is not None and w.isVisible(), what, timeout)

    # -- finding ------------------------------------------------------------------------------
    @staticmethod
    def main_window() -> QMainWindow:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMainWindow) and widget.isVisible():
                return widget
        raise JourneyFailed("no main window is shown")

    @staticmethod
    def has_main_window() -> bool:
        return any(isinstance(w, QMainWindow) and w.isVisible()
                   for w in QApplication.topLevelWidgets())

    @staticmethod
    def dialog(kind: type[QDialog] = QDialog) -> QDialog | None:
        """The visible dialog on top (the active modal one when there is one)."""
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isVisible():
            return modal
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                return widget
        return None

    @staticmethod
    def find(kind: type[W], *, text: str | None = None, name: str | None = None,
             root: QWidget | None = None) -> W | None:
        """The first visible ``kind`` under ``root`` (default: every window) by text or name."""
        roots: Iterable[QWidget] = ([root] if root is not None else
                                    [w for w in QApplication.topLevelWidgets() if w.isVisible()])
        for top in roots:
            candidates = [top, *top.findChildren(kind)]
            for widget in candidates:
                if not isinstance(widget, kind) or not widget.isVisible():
                    continue
                if name is not None and widget.objectName() != name:
                    continue
                if text is not None and _text_of(widget) != text:
                    continue
                return widget
        return None

    def get(self, kind: type[W], *, text: str | None = None, name: str | None = None,
            root: QWidget | None = None) -> W:
        widget = self.find(kind, text=text, name=name, root=root)
        if widget is None:
            raise JourneyFailed(f"no visible {kind.__name__} text={text!r} name={name!r}\n"
                                f"{self.describe_screen()}")
        return widget

    def button(self, text: str, root: QWidget | None = None) -> QAbstractButton:
        return self.get(QAbstractButton, text=text, root=root)

    # -- acting (posted to the event loop) ----------------------------------------------------
    def later(self, action: Callable[[], Any], what: str) -> Wait:
        """Run ``action`` from the event loop; the wait is over once it has started."""
        started: list[bool] = []

        holder = [action]

        def run() -> None:
            started.append(True)
            try:
                holder.pop()()  # not kept afterwards: the action may hold a widget
            except BaseException as error:  # failed at once, not by a later time-out
                self._failure = error

        QTimer.singleShot(0, run)
        return Wait(lambda: bool(started), what, check_layout=False)

    def click(self, widget: QWidget, what: str = "") -> Wait:
        if not widget.isVisible() or not widget.isEnabled():
            raise JourneyFailed(f"cannot click {_describe(widget)}: visible="
                                f"{widget.isVisible()} enabled={widget.isEnabled()}")
        return self.later(lambda: QTest.mouseClick(widget, Qt.MouseButton.LeftButton),
                          what or f"click {_describe(widget)}")

    def type(self, widget: QWidget, text: str) -> Wait:
        def act() -> None:
            widget.setFocus()
            QTest.keyClicks(widget, text)

        return self.later(act, f"type into {_describe(widget)}")

    def key(self, widget: QWidget | None, key: Qt.Key,
            modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> Wait:
        def act() -> None:
            target = widget or QApplication.focusWidget() or QApplication.activeWindow()
            if target is None:
                raise JourneyFailed("no widget to send a key to")
            QTest.keyClick(target, key, modifiers)

        return self.later(act, f"key {key!r}")

    def x_key(self, *keys: str) -> Wait:
        """Press keys on the real X keyboard (xdotool): they reach the focused window."""
        return self.later(lambda: _xdotool("key", "--delay", "40", *keys), f"X keys {keys}")

    @staticmethod
    def window_titled(prefix: str) -> QWindow | None:
        """The shown native window whose title starts with ``prefix``.

        Looks only at QWindow objects, never at the widgets behind them: reaching a dialog's
        widget from the driver would give the driver a reference to it and so change when the
        app's own code releases it (the lifetime defects the journeys are there to catch)."""
        for window in QGuiApplication.topLevelWindows():
            if window.isVisible() and window.title().startswith(prefix):
                return window
        return None

    def wm_close(self, window: QWidget) -> Wait:
        """Click the window manager's close button in the title bar, as a user does.

        The spot is worked out when the click happens, from where the window manager has put
        the frame by then (a dialog that has just opened may still be moving)."""

        def act() -> None:
            frame = window.frameGeometry()
            inner = window.geometry()
            title = max(inner.top() - frame.top(), 1)
            border = max(frame.right() - inner.right(), 0)
            point = QPoint(frame.right() - border - title // 2, frame.top() + title // 2)
            _xdotool("mousemove", str(point.x()), str(point.y()), "click", "1")

        return self.later(act, f"close button of {_describe(window)}")

    def until_settled(self, window: QWidget) -> Wait:
        """The window is shown and framed by the window manager, its frame still for a moment.

        Focus is not waited for: a user clicks a title bar button whether or not the window
        has focus, and on a loaded machine the window manager may hand focus over late."""
        seen: list[QRect] = []

        def settled() -> bool:
            if not window.isVisible() or window.frameGeometry() == window.geometry():
                seen.clear()
                return False
            seen.append(window.frameGeometry())
            return len(seen) >= 4 and all(rect == seen[-1] for rect in seen[-4:])

        return self.until(settled, f"{_describe(window)} framed and still")

    # -- the app's own settings ---------------------------------------------------------------
    def apply_scale(self) -> None:
        """Use the text size the journey runs at, as the Settings dialog would set it."""
        main: Any = self.main_window()
        if self.scale != main.settings.text_scale:
            main.apply_settings(replace(main.settings, text_scale=self.scale))

    # -- checking -----------------------------------------------------------------------------
    def assert_not_clipped(self, where: str) -> None:
        problems = clipped_widgets()
        if problems:
            raise JourneyFailed(f"clipped widgets after '{where}':\n  " + "\n  ".join(problems))

    def expect(self, condition: object, message: str) -> None:
        if not condition:
            raise JourneyFailed(f"{message}\n{self.describe_screen()}")

    def shot(self, name: str) -> None:
        """Save the whole screen as NAME-SCALE.png in FIELDAPP_E2E_SHOTS, when that is set."""
        folder = os.environ.get("FIELDAPP_E2E_SHOTS")
        if folder:
            screen = QGuiApplication.primaryScreen()
            screen.grabWindow(0).save(os.path.join(folder, f"{name}-{self.scale}.png"))

    @staticmethod
    def describe_screen() -> str:
        lines = ["on screen:"]
        for top in QApplication.topLevelWidgets():
            if top.isVisible():
                lines.append(f"  window {_describe(top)} title={top.windowTitle()!r}")
                for widget in top.findChildren(QAbstractButton):
                    if widget.isVisible():
                        lines.append(f"    button {_text_of(widget)!r}")
                for label in top.findChildren(QLabel):
                    if label.isVisible() and label.text():
                        lines.append(f"    label {label.text()[:90]!r}")
        return "\n".join(lines)


def _xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=10,
                   env={**os.environ, "DISPLAY": os.environ.get("DISPLAY", "")})


def _text_of(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    if callable(text):
        return str(text()).replace("&", "")
    return ""


def _describe(widget: QWidget) -> str:
    name = widget.objectName()
    text = _text_of(widget)
    bits = [type(widget).__name__]
    if name:
        bits.append(f"#{name}")
    if text:
        bits.append(repr(text[:40]))
    return " ".join(bits)


def _ignored(widget: QWidget) -> bool:
    """Widgets whose size the app does not choose: scroll bars, views' inner editors."""
    if isinstance(widget, QScrollBar) or widget.objectName().startswith(("qt_", "_q_")):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QLineEdit | QComboBox | QAbstractSpinBox):
        return True  # their own parts (the clear button of a search field...)
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def clipped_widgets(*, against_screen: bool = True) -> list[str]:
    """Visible widgets drawn smaller than they need: below their minimum size hint, or a
    word-wrapped label cut short of its text's height; and, with ``against_screen``, windows
    larger than their screen (offscreen tests size a window for a laptop screen the offscreen
    platform's 800x800 screen is not)."""
    problems: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        screen = top.screen() if against_screen else None
        # windowType(), not a mask of windowFlags(): Popup and ToolTip include the Window bit,
        # so masking with them matched every window and this check never ran.
        if top.isWindow() and screen is not None and top.windowType() not in (
                Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            room = screen.availableGeometry()
            frame = top.frameGeometry()
            if frame.width() > room.width() + 1 or frame.height() > room.height() + 1:
                problems.append(f"window {_describe(top)} is {frame.width()}x{frame.height()},"
                                f" larger than the screen's {room.width()}x{room.height()}")
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible() or _ignored(widget):
                continue
            size = widget.size()
            if size.width() <= 0 or size.height() <= 0:
                continue
            need = widget.minimumSizeHint()
            if isinstance(widget, QAbstractScrollArea):
                continue  # scrolls what does not fit: any size is usable
            if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
                needed_height = widget.heightForWidth(size.width())
                if needed_height > size.height() + 1:
                    problems.append(f"{_describe(widget)} is {size.height()} px tall, its "
                                    f"text needs {needed_height} px")
                continue
            fixed_height = isinstance(widget, QLineEdit | QAbstractButton)
            short = size.height() + 1 < need.height()
            narrow = size.width() + 1 < need.width()
            if need.isValid() and ((fixed_height and short) or (isinstance(widget, QLabel)
                                   and widget.text() and (short or narrow))):
                problems.append(f"{_describe(widget)} is {size.width()}x{size.height()}, "
                                f"needs {need.width()}x{need.height()}")
    return problems
