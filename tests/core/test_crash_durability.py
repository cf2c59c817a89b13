"""Crash during save: SIGKILL at random moments never loses an acknowledged answer.

A child process writes answers through the real repository and prints an acknowledgement after
each commit returns; the parent kills it at a random point, reopens the vault and checks that
every acknowledged answer is there and that ``integrity_check`` and ``cipher_integrity_check``
are clean. Five rounds run by default; the slow marker runs sixty.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from fieldapp.vault import interviews
from fieldapp.vault.database import open_database
from fieldapp.vault.migrations import migrate

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("crash_child.py")


def _run_rounds(tmp_path: Path, rounds: int, seed: int) -> None:
    rng = random.Random(seed)
    key = os.urandom(32)
    path = tmp_path / "vault.db"
    connection = open_database(path, key, create=True)
    migrate(connection)
    record = interviews.create_interview(
        connection, form_id="f", form_version="1", language="en", interviewer="officer"
    )
    connection.close()
    env = {**os.environ, "CRASH_TEST_KEY": key.hex(), "PYTHONPATH": str(REPO)}
    acknowledged: set[int] = set()
    next_index = 0
    for _round in range(rounds):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(record.id), str(next_index)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        acks: list[int] = []

        def reader(stream: object = child.stdout, into: list[int] = acks) -> None:
            for line in stream:  # type: ignore[attr-defined]
                if line.startswith("ack "):
                    into.append(int(line.split()[1]))

        thread = threading.Thread(target=reader, daemon=True)
        thread.start()
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait()
        thread.join(timeout=5)
        child.stdout.close()
        acknowledged.update(acks)
        next_index = (max(acks) + 1) if acks else next_index

        check = open_database(path, key)
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert check.execute("PRAGMA cipher_integrity_check").fetchall() == []
        saved = dict(interviews.load_answers(check, record.id))
        missing = [i for i in acknowledged if saved.get(f"/data/q{i}") != f"answer {i}"]
        assert not missing, f"acknowledged answers lost: {missing[:10]}"
        check.close()
    assert acknowledged, "the child never acknowledged a write: the test proved nothing"


def test_sigkill_during_saves_loses_nothing(tmp_path: Path) -> None:
    _run_rounds(tmp_path, rounds=4, seed=20261122)


@pytest.mark.slow
def test_sigkill_during_saves_many_rounds(tmp_path: Path) -> None:
    _run_rounds(tmp_path, rounds=60, seed=random.randrange(1 << 30))
