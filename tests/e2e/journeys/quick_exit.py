"""Item 6: quick exit in the middle of typing, with the real keyboard (Shift three times):
an ordinary calendar, by its title bar, taskbar title and icon too; then back to sign-in."""

from __future__ import annotations

import os
import subprocess

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from tests.e2e.driver import Driver, JourneyFailed
from tests.e2e.steps import Steps, demo_password, open_case, quit_app, sign_in, started

TELL_TALE = ("fieldapp", "quick exit", "lock", "sign in", "interview", "case", "sync")


def _x_title(window: QWidget) -> str:
    """The title the window manager shows (title bar, taskbar), read from the X server."""
    found = subprocess.run(["xprop", "-id", str(int(window.winId())), "_NET_WM_NAME"],
                           capture_output=True, text=True, check=True, timeout=10,
                           env={**os.environ})
    return found.stdout.split("=", 1)[-1].strip().strip('"')


def _text_field(root: QWidget) -> QLineEdit | None:
    for field in root.findChildren(QLineEdit):
        if field.isVisible() and field.isEnabled() and not field.isReadOnly():
            return field
    return None


def journey(d: Driver) -> Steps:
    yield from started(d)
    yield from sign_in(d, demo_password())
    main = d.main_window()
    yield from open_case(d, finalised=False)
    field = _text_field(main.interview)
    if field is None:  # this draft's page asks no text: type a search in the case list
        yield d.later(main.cases_action.trigger, "back to the case list")
        yield d.until(lambda: main.stack.currentWidget() is main.cases, "the case list")
        field = main.cases.search
    if field is None or not field.isVisible():
        raise JourneyFailed("no text field to type into")
    yield d.later(field.setFocus, "focus the text field")
    yield d.x_key("shift+k", "i", "m")
    yield d.x_key("shift", "shift", "shift")
    yield d.until(lambda: main.stack.currentWidget() is main.neutral, "the neutral screen")
    yield d.pause(0.5)  # the window manager has the new title
    d.shot("neutral")
    d.expect(not main.toolbar.isVisible(), "the toolbar is gone")
    title = _x_title(main)
    d.expect(title == "Calendar", f"the title bar and taskbar say 'Calendar', not {title!r}")
    shown = " ".join(label.text() for label in main.findChildren(QLabel)
                     if label.isVisible()).lower()
    d.expect(not any(word in shown for word in TELL_TALE), f"nothing tells of the app: {shown}")
    d.expect(d.dialog() is None, "no dialog over the neutral screen")
    yield d.click(main.neutral.button)
    yield d.until(lambda: main.stack.currentWidget() is main.unlock, "the sign-in screen")
    yield d.pause(0.3)
    d.expect(main.toolbar.isVisible() and _x_title(main) == "fieldapp",
             "the app's own title and toolbar are back")
    yield from sign_in(d, demo_password())
    yield from quit_app(d)
