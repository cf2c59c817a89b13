"""Steps shared by the journeys: signing in, opening a case, reading what the terminal said.

Each step is a generator to use with ``yield from`` inside a journey.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Generator
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from fieldapp.services.caselist import CaseStatus
from tests.e2e.driver import Driver, JourneyFailed, Wait

Steps = Generator[Wait, None, None]


def printed() -> str:
    """What the app printed on standard output so far."""
    return "".join(getattr(sys.stdout, "seen", []))  # the launcher's tee


def demo_password() -> str:
    found = re.search(r"Demo password: (\S+)", printed())
    if found is None:
        raise JourneyFailed("the demo password was not printed")
    return found.group(1)


def main_window(d: Driver) -> Any:
    return d.main_window()


def started(d: Driver) -> Steps:
    """The main window is up; the journey's text size is applied."""
    yield d.until(d.has_main_window, "the main window", timeout=60)
    d.apply_scale()
    yield d.pause(0.2)


def sign_in(d: Driver, password: str) -> Steps:
    main = d.main_window()
    yield d.until(lambda: main.stack.currentWidget() is main.unlock, "the sign-in screen")
    field: QLineEdit = main.unlock.password
    yield d.type(field, password)
    yield d.key(field, Qt.Key.Key_Return)
    yield d.until(lambda: main.gateway.account is not None
                  and main.stack.currentWidget() is main.cases, "the case list after sign-in")


def open_case(d: Driver, *, finalised: bool) -> Steps:
    """Open the first case of the list that is finalised (or still a draft)."""
    main = d.main_window()
    cases = main.cases
    yield d.until(lambda: cases.proxy.rowCount() > 0, "rows in the case list")
    wanted = "finalised" if finalised else "draft"
    row = _row_with_status(cases, finalised)
    if row is None:
        raise JourneyFailed(f"no {wanted} case in the list")
    index = cases.proxy.index(row, 0)
    cases.table.scrollTo(index)
    rect = cases.table.visualRect(index)
    yield d.later(lambda: _double_click(cases.table.viewport(), rect.center()),
                  f"double-click a {wanted} case")
    target = main.result if finalised else main.interview
    yield d.until(lambda: main.stack.currentWidget() is target, f"the {wanted} case opened")


def _row_with_status(cases: Any, finalised: bool) -> int | None:
    for row in range(cases.proxy.rowCount()):
        source = cases.proxy.mapToSource(cases.proxy.index(row, 0)).row()
        case = cases.model.row_at(source)
        if (case.status != CaseStatus.DRAFT) == finalised:
            return row
    return None


def _double_click(viewport: Any, point: Any) -> None:
    from PySide6.QtTest import QTest

    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)


def no_dialog(d: Driver) -> None:
    """Nothing pops up over the window (a stray message on start, say)."""
    from PySide6.QtWidgets import QDialog

    dialog = d.dialog(QDialog)
    if dialog is not None:
        raise JourneyFailed(f"unexpected dialog {dialog.windowTitle()!r}\n{d.describe_screen()}")


def quit_app(d: Driver) -> Steps:
    """Close the main window with the window manager's close button; the app then ends."""
    main = d.main_window()
    closing = d.wm_close(main)
    closing.ends_app = True
    yield closing
    yield d.until(lambda: False, "the app to end", ends_app=True)
