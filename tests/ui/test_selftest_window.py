"""The self-test's desktop-app step builds the real main window on its unlock screen."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldapp.services.selftest import SelfTest


def test_the_whole_selftest_with_the_window(tmp_path: Path, qtbot: QtBot) -> None:
    results = list(SelfTest(tmp_path / "work", gui=True).run())
    assert [r.name for r in results][-2:] == ["desktop app", "clean up"]
    assert all(r.ok for r in results), [r.line() for r in results]
    assert "unlock screen" in results[-2].detail
    assert not (tmp_path / "work").exists()
