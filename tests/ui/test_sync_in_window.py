"""The Sync and Import screens in the main window: which vault shows which, and the lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldapp.paths import VaultPaths
from fieldapp.services.session import create_vault
from fieldapp.xlsform import FormLibrary
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.ui.conftest import new_window, sign_in
from ui.gateway import VaultGateway
from ui.main_window import MainWindow
from ui.tasks import ImmediateRunner


def test_a_laptop_gets_the_sync_screen_and_loses_it_on_lock(window: MainWindow,
                                                            qtbot: QtBot) -> None:
    main = window
    assert not main.sync_action.isVisible() and not main.import_action.isVisible()
    sign_in(qtbot, main)
    assert main.sync_action.isVisible() and not main.import_action.isVisible()
    qtbot.keyClick(main.cases.table, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert main.stack.currentWidget() is main.sync
    assert main.sync.status is not None and not main.sync.status.enrolled
    main.show_import()  # not on a laptop
    assert main.stack.currentWidget() is main.sync
    main.lock()
    assert main.stack.currentWidget() is main.unlock
    assert main.sync.status is None
    assert not main.sync_action.isVisible()


def test_a_supervisor_vault_gets_the_import_screen(tmp_path: Path, qtbot: QtBot,
                                                   form_library: FormLibrary) -> None:
    paths = VaultPaths(tmp_path / "supervisor")
    create_vault(paths, user=ADMIN, password=ADMIN_PASSWORD, vault_role="supervisor").lock()
    main = new_window(VaultGateway(paths, ImmediateRunner(), library=form_library),
                      tmp_path / "settings.ini", qtbot)
    try:
        sign_in(qtbot, main)
        account = main.gateway.account
        assert account is not None and account.on_supervisor_vault
        assert account.case_scope is None  # the admin of a supervisor vault sees every case
        assert main.import_action.isVisible() and not main.sync_action.isVisible()
        main.import_action.trigger()
        assert main.stack.currentWidget() is main.importer
        assert main.importer.status.code.text() != ""
        main.show_sync()  # not on a supervisor's vault
        assert main.stack.currentWidget() is main.importer
        main.quick_exit()
        assert main.stack.currentWidget() is main.neutral
        assert main.importer.status.code.text() == ""
    finally:
        main.shut_down()
