"""Every dialog of the main screens closed each way a user closes one: its Cancel or Close
button, Esc, and the window manager's close button; the app carries on afterwards."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.e2e.driver import Driver
from tests.e2e.steps import Steps, demo_password, quit_app, sign_in, started

WAYS = ("button", "escape", "window")


def close_each_way(d: Driver, opener: Callable[[], Steps], button: str, what: str) -> Steps:
    """Open a dialog with ``opener`` and close it by ``button``, Esc and the title bar."""
    for how in WAYS:
        yield from opener()
        yield d.until(lambda: d.dialog(QDialog) is not None, f"the {what} dialog")
        dialog = d.dialog(QDialog)
        assert dialog is not None
        if how == "button":
            yield d.click(d.button(button, root=dialog))
        elif how == "escape":
            yield d.key(dialog, Qt.Key.Key_Escape)
        else:
            yield d.until_settled(dialog)
            yield d.pause(0.2)
            yield d.wm_close(dialog)
        del dialog
        yield d.until(lambda: d.dialog(QDialog) is None, f"the {what} dialog closed ({how})")


def journey(d: Driver) -> Steps:
    yield from started(d)
    yield from sign_in(d, demo_password())
    main = d.main_window()

    def settings() -> Steps:
        yield d.click(d.button("Settings"))

    def new_interview() -> Steps:
        yield d.click(main.cases.new_button)

    yield from close_each_way(d, settings, "Cancel", "settings")
    yield from close_each_way(d, new_interview, "Cancel", "new interview")
    yield d.until(lambda: main.stack.currentWidget() is main.cases, "still on the case list")
    yield from quit_app(d)
