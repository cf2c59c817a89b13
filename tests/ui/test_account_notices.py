"""What an unlock found about the accounts reaches the person signing in to the app.

The core's findings (tests/core/test_lockout_record.py, test_account_roles.py) were printed by
the command line only; the app said nothing. Here the real unlock runs through the app's
gateway, and the window shows one box once per sign-in: warnings to anyone, information to an
admin only, in the app's language.
"""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fieldapp.paths import VaultPaths
from fieldapp.services import accounts
from fieldapp.services.session import create_vault
from fieldapp.vault.account_notices import AccountNotice, NoticeKind
from tests.core.test_lockout_record import (
    ADMIN,
    ADMIN_PASSWORD,
    OFFICER,
    OFFICER_PASSWORD,
    _edit_counters,
    _guess,
)
from ui.account_notices import notice_text, show_account_notices, shown_to
from ui.gateway import Account, VaultGateway
from ui.tasks import ImmediateRunner


@pytest.fixture
def paths(tmp_path: Path) -> VaultPaths:
    made = VaultPaths(tmp_path / "vault")
    with create_vault(made, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        accounts.add_user(admin, OFFICER, "interviewer", OFFICER_PASSWORD)
    return made


def _raise(error: Exception) -> None:
    raise error


def _sign_in(paths: VaultPaths, user: str, password: str) -> Account:
    gateway = VaultGateway(paths, ImmediateRunner())
    signed: list[Account] = []
    gateway.unlock(user, password, signed.append, _raise)
    gateway.lock()
    return signed[0]


def test_counters_set_back_reach_the_officer_signing_in(paths: VaultPaths,
                                                        qtbot: QtBot) -> None:
    _guess(paths, 4)
    _edit_counters(paths, failed_attempts=0, last_failure_at=None)
    account = _sign_in(paths, OFFICER, OFFICER_PASSWORD)
    [notice] = account.notices
    assert notice.kind is NoticeKind.COUNTERS_WOUND_BACK and notice.accounts == (OFFICER,)
    assert notice.startswith("failed-attempt counters were set back")  # the CLI's sentence
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_account_notices(parent, account.notices, account.role)
    assert box is not None and box.isVisible()
    assert box.icon() == QMessageBox.Icon.Warning
    assert f"set back by editing the keystore file for: {OFFICER}" in box.text()
    assert "audit log" in box.informativeText()
    box.close()


def test_information_is_for_admins_only() -> None:
    signed = AccountNotice(NoticeKind.ROLES_SIGNED)
    altered = AccountNotice(NoticeKind.SLOTS_ALTERED, ["ines", "tomas"])
    assert shown_to([signed, altered], "interviewer") == [altered]
    assert shown_to([signed, altered], "admin") == [signed, altered]
    assert show_account_notices(None, [signed], "supervisor") is None
    assert "ines, tomas" in notice_text(altered) and "ines, tomas" in altered
    assert all(notice_text(AccountNotice(kind, ["x"])) for kind in NoticeKind)
    assert "(3 officer(s))" in notice_text(AccountNotice(NoticeKind.CONTENT_SEALED, detail=3))


def test_the_window_shows_them_once_per_sign_in() -> None:
    from ui import main_window

    window = mock.MagicMock()
    window.settings = mock.MagicMock(idle_minutes=5, text_scale=100, language="en")
    window._resume = None
    account = Account("amira", "admin", notices=(AccountNotice(NoticeKind.ROLES_SIGNED),))
    with mock.patch.object(main_window, "show_account_notices") as shown:
        main_window.MainWindow._on_signed_in(window, account)
        main_window.MainWindow._on_signed_in(window, account)  # back from the enrolment
        assert shown.call_count == 1
        main_window.MainWindow._on_signed_in(window, Account("amira", "admin"))  # next sign-in
        assert shown.call_count == 2
