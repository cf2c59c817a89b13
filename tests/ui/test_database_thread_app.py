"""The app over the real database thread: the vault is unlocked, used and locked there, and
the window keeps working while it does (no call reaches SQLCipher from the GUI thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldapp.paths import VaultPaths
from fieldapp.xlsform import FormLibrary
from tests.conftest import ADMIN_PASSWORD
from tests.ui.conftest import new_window
from tests.ui.driver import type_text
from ui.gateway import VaultGateway
from ui.tasks import DatabaseThread


def test_sign_in_answer_and_quick_exit_on_the_database_thread(
    vault_dir: VaultPaths, form_library: FormLibrary, tmp_path: Path, qtbot: QtBot
) -> None:
    gateway = VaultGateway(vault_dir, DatabaseThread(), library=form_library)
    main = new_window(gateway, tmp_path / "settings.ini", qtbot)
    try:
        qtbot.keyClicks(main.unlock.password, ADMIN_PASSWORD)
        qtbot.keyClick(main.unlock.password, Qt.Key.Key_Return)
        assert not main.unlock.button.isEnabled()  # checking, and the window still responds
        qtbot.waitUntil(lambda: main.stack.currentWidget() is main.cases, timeout=10_000)
        gateway.interviews(
            lambda service: service.start("rapid_screening", language="en"), main._on_opened
        )
        qtbot.waitUntil(lambda: main.interview.opened is not None, timeout=10_000)
        main.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        page = main.interview.page
        assert page is not None
        site_path = next(p for p, w in page.questions.items() if w.view.name == "site")
        field = page.questions[site_path].editor._field  # type: ignore[union-attr]
        field.setFocus()
        field.selectAll()
        type_text(qtbot, field, "Harbour gate")
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: main.interview.status.text() == "All answers saved",
                        timeout=10_000)
        reference = main.interview.opened.record.reference  # type: ignore[union-attr]
        main.quick_exit()
        assert main.stack.currentWidget() is main.neutral
        qtbot.waitUntil(lambda: gateway.runner.pending == 0, timeout=10_000)  # type: ignore[attr-defined]
        assert gateway._vault is None
        seen: list[str] = []
        gateway.unlock("admin", ADMIN_PASSWORD, lambda _a: None, lambda _e: None)
        gateway.interviews(lambda s: s.open(reference).record.site, seen.append)
        qtbot.waitUntil(lambda: seen == ["Harbour gate"], timeout=10_000)
    finally:
        main.shut_down()
