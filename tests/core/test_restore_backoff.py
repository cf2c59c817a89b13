"""Guessing a backup's password through ``restore`` meets the same back-off as unlocking.

Restore unlocks the backup's own keystore in a temporary folder, so the failures it recorded
there were thrown away with the folder and every wrong password was answered at once, forever.
The attempts on a backup are now kept beside the vault, per backup vault and account.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldapp.paths import VaultPaths
from fieldapp.services import maintenance
from fieldapp.services.session import Vault
from fieldapp.vault.errors import SlotDisabled, SlotLockedOut, WrongPassword
from fieldapp.vault.keystore_backoff import DISABLE_AFTER, FREE_ATTEMPTS
from tests.conftest import ADMIN, ADMIN_PASSWORD


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _backup(vault: Vault, tmp_path: Path) -> Path:
    return maintenance.backup(vault, tmp_path / "backup.fab")


def test_wrong_backup_passwords_meet_growing_delays(vault: Vault, tmp_path: Path) -> None:
    source = _backup(vault, tmp_path)
    target = VaultPaths(tmp_path / "elsewhere")
    clock = Clock()
    for _attempt in range(FREE_ATTEMPTS):
        with pytest.raises(WrongPassword):
            maintenance.restore(target, source, user=ADMIN, password="guess", clock=clock)
    with pytest.raises(SlotLockedOut):
        maintenance.restore(target, source, user=ADMIN, password="guess", clock=clock)
    with pytest.raises(SlotLockedOut):  # even the right password must wait
        maintenance.restore(target, source, user=ADMIN, password=ADMIN_PASSWORD, clock=clock)
    clock.now += timedelta(minutes=1)
    with pytest.raises(WrongPassword):
        maintenance.restore(target, source, user=ADMIN, password="guess", clock=clock)
    assert not target.database.exists()


def test_the_right_password_after_the_wait_restores_and_clears(vault: Vault,
                                                               tmp_path: Path) -> None:
    source = _backup(vault, tmp_path)
    target = VaultPaths(tmp_path / "elsewhere")
    clock = Clock()
    for _attempt in range(FREE_ATTEMPTS + 1):
        with pytest.raises((WrongPassword, SlotLockedOut)):
            maintenance.restore(target, source, user=ADMIN, password="guess", clock=clock)
    clock.now += timedelta(hours=1)
    maintenance.restore(target, source, user=ADMIN, password=ADMIN_PASSWORD, clock=clock)
    assert target.database.exists()
    for _attempt in range(FREE_ATTEMPTS - 1):  # the count started again
        with pytest.raises(WrongPassword):
            maintenance.restore(target, source, user=ADMIN, password="guess", clock=clock)


def test_too_many_guesses_disable_restoring_that_backup(vault: Vault, tmp_path: Path) -> None:
    source = _backup(vault, tmp_path)
    target = VaultPaths(tmp_path / "elsewhere")
    clock = Clock()
    for _attempt in range(DISABLE_AFTER):
        clock.now += timedelta(hours=1)
        with pytest.raises((WrongPassword, SlotDisabled)):
            maintenance.restore(target, source, user=ADMIN, password="guess", clock=clock)
    clock.now += timedelta(hours=1)
    with pytest.raises(SlotDisabled):
        maintenance.restore(target, source, user=ADMIN, password=ADMIN_PASSWORD, clock=clock)
