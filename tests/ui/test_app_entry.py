"""``fieldapp --demo``: a throwaway vault, credentials printed, window shown, vault deleted."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from PySide6.QtWidgets import QApplication

from fieldapp.commands.context import CommandContext, PasswordSource
from ui import app as app_module


def test_demo_mode_prints_credentials_and_cleans_up(tmp_path: Path, qapp: QApplication) -> None:
    out = io.StringIO()
    ctx = CommandContext(data_dir=tmp_path / "unused", user=None,
                         passwords=PasswordSource(from_stdin=True), stdout=out,
                         stderr=io.StringIO())
    running = app_module.start(argparse.Namespace(demo=True, data_dir=None, user=None), ctx)
    window = running.window
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
