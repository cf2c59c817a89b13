"""The Qt binding under test is one the app accepts (PySide6 6.12.0 on CPython 3.11 is not)."""

from __future__ import annotations

from ui.binding_check import binding_defect


def test_this_pyside6_keeps_its_references() -> None:
    assert binding_defect() is None
