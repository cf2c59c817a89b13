"""Existing vaults: accounts are signed at the first admin unlock, and a crash there loses nothing.

Until an admin unlocks, slots open as they did (with a notice); the admin's unlock makes the
admin key and the signed record in one atomic keystore write. The crash tests stop that
unlock at every write step in turn (in process) and kill a child doing it at random moments
(SIGKILL); after each, every account still opens and every interview reads back.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from fieldapp.paths import VaultPaths
from fieldapp.services import accounts
from fieldapp.services.maintenance import check_vault
from fieldapp.services.session import unlock_vault
from fieldapp.vault import audit, keystore_file
from fieldapp.vault.keystore import Keystore
from tests.core.legacy_vault import (
    ADMIN,
    ADMIN_PASSWORD,
    ALL_NAMES,
    OFFICER,
    OFFICER_PASSWORD,
    SECOND_ADMIN,
    SECOND_PASSWORD,
    interview_names,
    make_legacy_vault,
    names_of,
)

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("migrate_child.py")


@pytest.fixture(scope="module")
def legacy(tmp_path_factory: pytest.TempPathFactory) -> VaultPaths:
    return make_legacy_vault(tmp_path_factory.mktemp("legacy") / "vault")


def _copy(legacy: VaultPaths, tmp_path: Path) -> VaultPaths:
    target = tmp_path / "vault"
    shutil.copytree(legacy.data_dir, target)
    return VaultPaths(target)


def _assert_whole(paths: VaultPaths) -> None:
    """Every account opens with its role, and every interview reads back."""
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert admin.keystore.signed and admin.signer is not None
        assert interview_names(admin.connection, ADMIN) == names_of(ADMIN)
        assert all(result.ok for result in check_vault(admin))
        assert audit.verify_chain(admin.connection).ok
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        assert officer.role == "interviewer" and officer.notices == []
        # Each officer reads her own interviews (per-officer content keys).
        assert interview_names(officer.connection, OFFICER) == names_of(OFFICER)
    assert names_of(ADMIN) | names_of(OFFICER) == ALL_NAMES


def test_before_an_admin_unlocks_slots_open_as_before(legacy: VaultPaths,
                                                      tmp_path: Path) -> None:
    paths = _copy(legacy, tmp_path)
    with unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD) as officer:
        assert officer.role == "interviewer"
        assert officer.notices == [
            "account roles are not signed yet: an admin's next unlock signs them"]
        assert interview_names(officer.connection) == ALL_NAMES
    assert not Keystore.load(paths.keystore).signed


def test_the_first_admin_unlock_signs_the_accounts(legacy: VaultPaths, tmp_path: Path) -> None:
    paths = _copy(legacy, tmp_path)
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert admin.signer is not None
        assert admin.notices == [
            "account roles are now signed with the admin key; check the account list once",
            "interview content is now sealed per officer (2 officer(s)): each officer reads "
            "their own, supervisor accounts read every officer's"]
        created = [e for e in audit.entries(admin.connection)
                   if e.event == "accounts_record_created"]
        assert [e.details for e in created] == [{"accounts": 3}]
    _assert_whole(paths)
    # The other admin receives the key at their own unlock and can manage accounts.
    with unlock_vault(paths, user=SECOND_ADMIN, password=SECOND_PASSWORD) as second:
        assert second.signer is not None and second.notices == []
        accounts.add_user(second, "tomas", "interviewer", "a new officer's passphrase")
    with unlock_vault(paths, user="tomas", password="a new officer's passphrase") as tomas:
        assert tomas.role == "interviewer"


class Killed(BaseException):
    """Stands for the process dying: nothing in the program catches it."""


class _FaultyOs(ModuleType):
    """``os`` as the keystore writer sees it, dying at the ``fail_at``-th write step."""

    def __init__(self, fail_at: int) -> None:
        super().__init__("os")
        self.fail_at = fail_at
        self.steps = 0

    def __getattr__(self, name: str) -> Any:
        real = getattr(os, name)
        if name not in {"replace", "fsync", "fdopen"}:
            return real

        def step(*args: Any, **kwargs: Any) -> Any:
            self.steps += 1
            if self.steps == self.fail_at:
                raise Killed(f"stopped at write step {self.steps} ({name})")
            return real(*args, **kwargs)

        return step


def test_stopping_the_migration_at_every_write_step(legacy: VaultPaths, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    stopped = 0
    for fail_at in range(1, 50):
        paths = _copy(legacy, tmp_path / str(fail_at))
        faulty = _FaultyOs(fail_at)
        with monkeypatch.context() as patch:
            patch.setattr(keystore_file, "os", faulty)
            try:
                unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD).lock()
            except Killed:
                stopped += 1
            else:
                break
        _assert_whole(paths)
    else:
        pytest.fail("the migration never ran to its end")
    assert stopped >= 5, "fewer write steps than a keystore save makes: nothing was tested"


def _start_child(paths: VaultPaths) -> subprocess.Popen[str]:
    env = {**os.environ, "MIGRATE_TEST_PASSWORD": ADMIN_PASSWORD, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(paths.data_dir), ADMIN],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


def test_sigkill_during_migration_keeps_every_interview(legacy: VaultPaths,
                                                        tmp_path: Path) -> None:
    # One whole run first, to learn how long the unlock takes on this machine now.
    timing = _start_child(_copy(legacy, tmp_path / "timing"))
    started = time.perf_counter()
    assert timing.stdout is not None and timing.stdout.readline().strip() == "migrated"
    window = time.perf_counter() - started
    timing.kill()
    timing.wait()
    timing.stdout.close()
    rng = random.Random(14)
    outcomes: list[bool] = []
    reach = 1.2 * window
    # At least ten kills, and more until some came before the keystore was replaced and some
    # after: the reach of the random delay shrinks after a kill too late, grows after one
    # too early, so a machine faster or slower than the timing run still lands both.
    while len(outcomes) < 10 or len(set(outcomes)) < 2:
        assert len(outcomes) < 40, f"kills never covered both sides: {outcomes}"
        paths = _copy(legacy, tmp_path / str(len(outcomes)))
        child = _start_child(paths)
        time.sleep(rng.uniform(0.0, reach))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.stdout is not None
        child.stdout.close()
        outcomes.append(Keystore.load(paths.keystore).signed)
        reach *= 0.7 if outcomes[-1] else 1.3
        _assert_whole(paths)
