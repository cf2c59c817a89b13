"""Crash during import: SIGKILL at random moments applies a bundle whole or not at all.

A child process (sync_import_child.py) imports one large bundle into a real supervisor vault
and is killed at a random moment. Afterwards the vault must be intact (``integrity_check``,
``cipher_integrity_check``), hold the bundle completely or not at all, and keep every interview
revision of it either shown or still queued to be shown; importing the file again must then
succeed once and report a duplicate after that. Four rounds by default, forty when slow.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldapp.paths import VaultPaths
from fieldapp.services.session import Vault, create_vault, unlock_vault
from fieldapp.services.sync import SupervisorSync
from fieldapp.sync import DeviceIdentity, read_registration, write_registration
from fieldapp.vault import sync_store
from tests.conftest import REPO_ROOT
from tests.core.test_sync_service_support import (
    PASSWORD,
    START,
    interview_bundle,
    interview_records,
)

CHILD = Path(__file__).with_name("sync_import_child.py")
RECORDS = 3000


def _count(vault: Vault, table: str) -> int:
    return int(vault.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _prepare(tmp_path: Path) -> tuple[VaultPaths, Path]:
    paths = VaultPaths(tmp_path / "supervisor")
    with create_vault(paths, user="chief", password=PASSWORD, vault_role="supervisor") as vault:
        identity = sync_store.load_supervisor_identity(vault.connection)
        assert identity is not None
        device = DeviceIdentity.generate()
        registration = read_registration(write_registration(device, label="L1",
                                                            created_at=START))
        sync_store.register_device(vault.connection, registration, now="t", accepted_by="c")
        data = interview_bundle(device, identity.public_keys(),
                                interview_records(device, RECORDS))
    bundle = tmp_path / "big.fsb"
    bundle.write_bytes(data)
    return paths, bundle


def _check(paths: VaultPaths) -> bool:
    """The vault is intact and holds the bundle whole or not at all; True if whole."""
    with unlock_vault(paths, user="chief", password=PASSWORD) as vault:
        connection = vault.connection
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA cipher_integrity_check").fetchall() == []
        bundles, records = _count(vault, "sync_bundles_in"), _count(vault, "sync_records")
        assert (bundles, records) in {(0, 0), (1, RECORDS)}, (bundles, records)
        shown = _count(vault, "interview_revisions")
        assert shown + _count(vault, "sync_pending") == records
        assert _count(vault, "interviews") == shown
        return bundles == 1


def _rounds(tmp_path: Path, rounds: int, seed: int) -> None:
    rng = random.Random(seed)
    paths, bundle = _prepare(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "FIELDAPP_INSECURE_TEST_KDF": "1"}
    outcomes = []
    for _round in range(rounds):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(paths.data_dir), str(bundle)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True, env=env,
        )
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(PASSWORD + "\n")
        child.stdin.close()
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 1.2))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        outcomes.append(_check(paths))
    with unlock_vault(paths, user="chief", password=PASSWORD) as vault:
        boss = SupervisorSync(vault)
        first = boss.import_files([bundle]).files[0].status
        assert first == ("duplicate" if outcomes[-1] else "imported")
        assert boss.import_files([bundle]).files[0].status == "duplicate"
        assert _count(vault, "interviews") == RECORDS
        assert _count(vault, "sync_pending") == 0
    assert _check(paths)


def test_sigkill_during_import_applies_all_or_nothing(tmp_path: Path) -> None:
    _rounds(tmp_path, rounds=4, seed=20260302)


@pytest.mark.slow
def test_sigkill_during_import_many_rounds(tmp_path: Path) -> None:
    _rounds(tmp_path, rounds=40, seed=random.randrange(1 << 30))
