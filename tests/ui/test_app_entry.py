"""``fieldapp --demo``: a throwaway vault, credentials printed, window shown, vault deleted."""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldapp.commands.context import CommandContext, PasswordSource
from ui import app as app_module

FIRST_WINDOW_S = 2.0


def test_demo_mode_prints_credentials_and_cleans_up(tmp_path: Path, qtbot: QtBot) -> None:
    out = io.StringIO()
    ctx = CommandContext(data_dir=tmp_path / "unused", user=None,
                         passwords=PasswordSource(from_stdin=True), stdout=out,
                         stderr=io.StringIO())
    began = time.monotonic()
    running = app_module.start(argparse.Namespace(demo=True, data_dir=None, user=None), ctx)
    # A window at once, with progress, while the demo vault is built behind it.
    assert time.monotonic() - began < FIRST_WINDOW_S
    assert any(w.isVisible() for w in QApplication.topLevelWidgets())
    qtbot.waitUntil(lambda: running.window is not None and running.window.isVisible(),
                    timeout=60_000)
    window = running.window
    assert window is not None
    assert running.progress is not None and not running.progress.isVisible()
    vault = window.gateway.paths
    try:
        assert window.isVisible() and window.stack.currentWidget() is window.unlock
        assert vault.exists() and window.unlock.user_box.currentText() == "demo"
        printed = out.getvalue()
        assert "Demo account: demo" in printed and "Demo password: demo-" in printed
    finally:
        running.close()
    assert not vault.data_dir.exists() and running.demo_dir is not None
    assert not running.demo_dir.exists()
    assert not (tmp_path / "unused").exists()
