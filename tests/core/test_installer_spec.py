"""build_installer.spec leaves out Qt modules the app never uses; never one it imports.

A module the spec excludes is missing from the frozen folder, and the app fails there only
(the wheel and the source tree still have it), so this compares the two lists directly.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _excluded_qt_modules() -> set[str]:
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    block = re.search(r'f"PySide6\.\{name\}" for name in \((.*?)\)\)', spec, re.S)
    assert block, "the spec's list of excluded Qt modules was not found"
    return set(re.findall(r'"(Qt\w+)"', block.group(1)))


def _imported_qt_modules() -> dict[str, str]:
    found: dict[str, str] = {}
    for package in ("fieldapp", "ui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            for name in re.findall(r"^\s*(?:from|import)\s+PySide6\.(Qt\w+)", text, re.M):
                found.setdefault(name, str(path.relative_to(ROOT)))
    return found


def test_the_spec_lists_excluded_qt_modules() -> None:
    assert {"QtWebEngineCore", "Qt3DCore"} <= _excluded_qt_modules()


def test_no_qt_module_the_app_imports_is_excluded() -> None:
    imported = _imported_qt_modules()
    assert {"QtWidgets", "QtCharts"} <= set(imported)
    clash = {name: imported[name] for name in _excluded_qt_modules() & set(imported)}
    assert not clash, f"build_installer.spec excludes modules the app imports: {clash}"
