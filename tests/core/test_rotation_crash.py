"""Crash during key rotation: SIGKILL at random moments never leaves a vault that will not open.

A child process rotates the data key in a loop (each rotation re-seals the keystore and runs
``PRAGMA rekey`` over every page); the parent kills it at a random moment, then unlocks the
vault with the account's password, runs ``check`` and reads every interview back. Whichever key
won (the old or the new), the vault must open, every page must authenticate in the database
file itself (not only through the WAL), and nothing may be lost. Five rounds run by default;
the slow marker runs fifty.
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
from fieldapp.services.maintenance import check_vault
from fieldapp.services.session import create_vault, unlock_vault
from fieldapp.vault import interviews
from tests.conftest import ADMIN, ADMIN_PASSWORD

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("rotate_child.py")
INTERVIEWS = 40


def _fill(paths: VaultPaths) -> None:
    with create_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as vault:
        for index in range(INTERVIEWS):
            record = interviews.create_interview(
                vault.connection, form_id="f", form_version="1", language="en",
                interviewer=ADMIN,
            )
            interviews.save_answers(
                vault.connection, record.id, [("/data/name", f"fictional {index}")],
                position="p",
            )


def _assert_whole(paths: VaultPaths) -> None:
    with unlock_vault(paths, user=ADMIN, password=ADMIN_PASSWORD) as vault:
        results = check_vault(vault)
        assert all(result.ok for result in results), [r for r in results if not r.ok]
        names = {
            dict(interviews.load_answers(vault.connection, row[0])).get("/data/name")
            for row in vault.connection.execute("SELECT id FROM interviews").fetchall()
        }
    assert names == {f"fictional {index}" for index in range(INTERVIEWS)}
    # Without its WAL the database file alone still opens with the keystore's key.
    wal = paths.data_dir / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def _run_rounds(tmp_path: Path, rounds: int, seed: int) -> None:
    rng = random.Random(seed)
    paths = VaultPaths(tmp_path / "vault")
    _fill(paths)
    env = {**os.environ, "ROTATE_TEST_PASSWORD": ADMIN_PASSWORD, "PYTHONPATH": str(REPO)}
    rotated = 0
    for _round in range(rounds):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(paths.data_dir), ADMIN],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        rotated += sum(1 for line in child.stdout if line.startswith("rotated"))
        child.wait()
        child.stdout.close()
        _assert_whole(paths)
    assert rotated, "no rotation finished in any round: the test proved nothing"


def test_sigkill_during_rotation_keeps_the_vault_whole(tmp_path: Path) -> None:
    _run_rounds(tmp_path, rounds=5, seed=11)


@pytest.mark.slow
def test_sigkill_during_rotation_many_rounds(tmp_path: Path) -> None:
    _run_rounds(tmp_path, rounds=50, seed=1234)
