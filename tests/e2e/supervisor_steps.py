"""Steps of the supervisor's journeys: Qt's file dialogs, combo boxes, the review screens.

Each step is a generator to use with ``yield from`` inside a journey, like those of
``steps.py``. Paths come from the test through environment variables (``FIELDAPP_E2E_*``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLineEdit, QTabWidget

from tests.e2e.driver import Driver, JourneyFailed
from tests.e2e.steps import Steps


def choose_path(d: Driver, path: str, what: str) -> Steps:
    """In the Qt file dialog just opened: type the whole path in its name field, Enter."""
    yield d.until(lambda: d.dialog(QFileDialog) is not None, f"the file dialog ({what})")
    files = d.dialog(QFileDialog)
    assert files is not None
    name = files.findChild(QLineEdit, "fileNameEdit")
    d.expect(name is not None, "the file dialog has a name field")
    yield d.later(name.clear, "clear the suggested name")
    yield d.type(name, path)
    yield d.key(name, Qt.Key.Key_Return)
    del files, name
    yield d.until(lambda: d.dialog(QFileDialog) is None, f"the file dialog closed ({what})")


def pick(d: Driver, box: QComboBox, data: object) -> Steps:
    """Choose the entry holding ``data`` (as picking it from the drop-down list does)."""
    index = box.findData(data)
    if index < 0:
        raise JourneyFailed(f"{box.accessibleName()!r} offers no {data!r}: "
                            f"{[box.itemText(i) for i in range(box.count())]}")
    yield d.later(lambda: box.setCurrentIndex(index), f"choose {data!r} in "
                  f"{box.accessibleName()!r}")


def pick_text(d: Driver, box: QComboBox, text: str) -> Steps:
    index = box.findText(text)
    if index < 0:
        raise JourneyFailed(f"no {text!r} in {[box.itemText(i) for i in range(box.count())]}")
    yield d.later(lambda: box.setCurrentIndex(index), f"choose {text!r}")


def key_down_to(d: Driver, box: QComboBox, wanted: Callable[[QComboBox], bool],
                what: str) -> Steps:
    """Arrow down through a combo box from the keyboard until ``wanted`` holds: each press
    is a user's choice (``activated``), as it is for the boxes that act on it."""
    for _ in range(box.count()):
        if wanted(box):
            return
        yield d.key(box, Qt.Key.Key_Down)
        yield d.pause(0.1)
    if not wanted(box):
        raise JourneyFailed(f"could not choose {what} in {box.accessibleName()!r}")


def show_tab(d: Driver, tabs: QTabWidget, title: str) -> Steps:
    """Click the tab whose title starts with ``title``."""
    bar = tabs.tabBar()
    found = [i for i in range(tabs.count())
             if tabs.tabText(i).replace("&", "").startswith(title)]
    if not found:
        raise JourneyFailed(f"no tab {title!r}: "
                            f"{[tabs.tabText(i) for i in range(tabs.count())]}")
    index = found[0]
    point = bar.tabRect(index).center()
    yield d.later(lambda: _click(bar, point), f"the {title!r} tab")
    yield d.until(lambda: tabs.currentIndex() == index, f"the {title!r} tab shown")


def _click(widget: Any, point: Any) -> None:
    from PySide6.QtTest import QTest

    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)


def ok_dialog(d: Driver, kind: type[QDialog], what: str) -> Steps:
    """Press OK in the ``kind`` dialog on top and wait until it is gone."""
    dialog = d.dialog(kind)
    d.expect(dialog is not None, f"the {what} dialog is open")
    yield d.click(d.button("OK", root=dialog), f"OK ({what})")
    del dialog
    yield d.until(lambda: d.dialog(kind) is None, f"the {what} dialog closed")
