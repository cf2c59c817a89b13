"""A vault that could only be opened for reading says so after signing in, in plain words."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

from pytestqt.qtbot import QtBot

from fieldapp.paths import VaultPaths
from fieldapp.services.session import create_vault
from fieldapp.vault.database import DiskFull, VaultReadOnly
from tests.conftest import ADMIN, ADMIN_PASSWORD
from ui.gateway import _account_of
from ui.problems import read_only_notice


def test_each_reason_has_its_sentence() -> None:
    full = read_only_notice(DiskFull())
    medium = read_only_notice(VaultReadOnly())
    assert "disk is full" in full and "reading only" in full
    assert "cannot be written" in medium and "reading only" in medium


def test_the_signed_in_account_carries_the_reason(tmp_path: Path, qtbot: QtBot) -> None:
    with create_vault(VaultPaths(tmp_path / "v"), user=ADMIN, password=ADMIN_PASSWORD) as vault:
        assert _account_of(vault).read_only is None
        vault.read_only = DiskFull()
        assert isinstance(_account_of(vault).read_only, DiskFull)


def test_the_window_shows_the_notice_once_signed_in(qtbot: QtBot) -> None:
    from ui import main_window
    from ui.gateway import Account

    window = mock.MagicMock()
    window.settings = mock.MagicMock(idle_minutes=5, text_scale=100, language="en")
    window._resume = None
    with mock.patch.object(main_window, "show_read_only") as shown:
        main_window.MainWindow._on_signed_in(window, Account(ADMIN, "admin", read_only=DiskFull()))
        main_window.MainWindow._on_signed_in(window, Account(ADMIN, "admin"))
    assert shown.call_count == 1 and isinstance(shown.call_args.args[1], DiskFull)
