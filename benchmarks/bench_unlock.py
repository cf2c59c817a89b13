"""Unlock time with the Argon2id parameters this machine calibrates to (target 0.5-1 s).

Calibration runs as it does when a slot is created (never the fast test parameters, whatever
the environment says); then a keystore sealed with those parameters is unlocked a few times
from disk, so each figure covers reading the file, Argon2id, AES-GCM, age and the tag checks.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from benchmarks.table import BenchRow, median
from fieldapp.vault.kdf import KdfParams, calibrate
from fieldapp.vault.keystore import Keystore

ROUNDS = 5
TARGET = (0.5, 1.0)


def _describe(params: KdfParams) -> str:
    return f"m={params.memory_kib // 1024} MiB t={params.iterations} p={params.lanes}"


def run() -> list[BenchRow]:
    started = time.perf_counter()
    params = calibrate(TARGET)
    calibration = time.perf_counter() - started
    key = os.urandom(32)
    with tempfile.TemporaryDirectory(prefix=".bench-") as work:
        path = Path(work) / "keystore.json"
        keystore = Keystore.create(path)
        keystore.add_slot("bench", "admin", "bench passphrase", key, params)
        keystore.save()
        samples = []
        for _round in range(ROUNDS):
            start = time.perf_counter()
            unlocked = Keystore.load(path).unlock("bench", "bench passphrase", now=time.time())
            samples.append(time.perf_counter() - start)
            assert unlocked == key
    low, high = TARGET
    seconds = median(samples)
    return [
        BenchRow("unlock (Argon2id as calibrated)", seconds, "s", f"{low:g}-{high:g} s",
                 low <= seconds <= high, f"median of {ROUNDS}; {_describe(params)}"),
        BenchRow("calibration (each new slot)", calibration, "s", "",
                 None, "floor 64 MiB, t=3"),
    ]
