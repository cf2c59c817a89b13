"""Unlock time with the Argon2id parameters this machine calibrates to (target 0.5-1 s).

Calibration runs as it does when a slot is created (never the fast test parameters, whatever
the environment says); then a keystore sealed with those parameters is unlocked a few times
from disk, so each figure covers reading the file, Argon2id, AES-GCM, age and the tag checks.

The accounts record (roles signed by the admin key) adds a signature check to every unlock
and, in the session, a scan of every slot and the failed-attempt record. Its cost is measured
side by side in the same run, samples interleaved: the same accounts in a keystore without a
record (the layout of release 0.1.0, opened exactly as before) and with one, first at the
keystore level and then as a whole ``unlock_vault`` of an interviewer.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.table import BenchRow, median
from fieldapp.paths import VaultPaths
from fieldapp.vault.kdf import KdfParams, calibrate
from fieldapp.vault.keystore import AdminSigner, Keystore

ROUNDS = 7
TARGET = (0.5, 1.0)
MAX_RATIO = 1.10
OFFICER, OFFICER_PASSWORD = "officer", "officer passphrase"
ADMIN, ADMIN_PASSWORD = "bench", "bench passphrase"


def _describe(params: KdfParams) -> str:
    return f"m={params.memory_kib // 1024} MiB t={params.iterations} p={params.lanes}"


def _keystore(path: Path, key: bytes, params: KdfParams, *, signed: bool,
              vault_id: str | None = None) -> None:
    """Two admins and two interviewers, signed or in the release 0.1.0 layout."""
    keystore = Keystore.create(path, vault_id=vault_id)
    signer = AdminSigner.generate() if signed else None
    for user, role, password in ((ADMIN, "admin", ADMIN_PASSWORD),
                                 ("deputy", "admin", "deputy passphrase"),
                                 (OFFICER, "interviewer", OFFICER_PASSWORD),
                                 ("second", "interviewer", "second passphrase")):
        keystore.add_slot(user, role, password, key, params, signer=signer)
    keystore.save()
    if not signed:
        document = json.loads(path.read_bytes())
        del document["accounts"]
        document["version"] = 1
        for slot in document["slots"]:
            del slot["admin_key_wrapped"], slot["failures_total"]
        path.write_text(json.dumps(document, indent=2) + "\n")


def _interleaved(first: Callable[[], None], second: Callable[[], None]) -> tuple[float, float]:
    samples: tuple[list[float], list[float]] = ([], [])
    for _round in range(ROUNDS):
        for action, found in ((first, samples[0]), (second, samples[1])):
            start = time.perf_counter()
            action()
            found.append(time.perf_counter() - start)
    return median(samples[0]), median(samples[1])


def _session_pair(work: Path, params: KdfParams) -> tuple[float, float]:
    """``unlock_vault`` of an interviewer: unsigned keystore against signed, same database."""
    from fieldapp.services.session import create_vault, unlock_vault

    signed = VaultPaths(work / "signed")
    with create_vault(signed, user=ADMIN, password=ADMIN_PASSWORD, params=params) as vault:
        key, vault_id = vault.key, vault.keystore.vault_id
        # As in a vault of release 0.1.0, which had no accounts record to remember.
        vault.connection.execute("DELETE FROM meta WHERE key = 'accounts_signed'")
        # The same slots and parameters on both sides (accounts.add_user would calibrate anew).
        _keystore(signed.keystore, key, params, signed=True, vault_id=vault_id)
    unsigned = VaultPaths(work / "unsigned")
    shutil.copytree(signed.data_dir, unsigned.data_dir)
    _keystore(unsigned.keystore, key, params, signed=False, vault_id=vault_id)

    def opener(paths: VaultPaths) -> Callable[[], None]:
        return lambda: unlock_vault(paths, user=OFFICER, password=OFFICER_PASSWORD).lock()

    return _interleaved(opener(unsigned), opener(signed))


def run() -> list[BenchRow]:
    started = time.perf_counter()
    params = calibrate(TARGET)
    calibration = time.perf_counter() - started
    key = os.urandom(32)
    with tempfile.TemporaryDirectory(prefix=".bench-") as work:
        unsigned_path, signed_path = Path(work) / "unsigned.json", Path(work) / "signed.json"
        _keystore(unsigned_path, key, params, signed=False)
        _keystore(signed_path, key, params, signed=True)

        def unlocker(path: Path) -> Callable[[], None]:
            def unlock() -> None:
                opened = Keystore.load(path).unlock(OFFICER, OFFICER_PASSWORD, now=time.time())
                assert opened == key
            return unlock

        before, after = _interleaved(unlocker(unsigned_path), unlocker(signed_path))
        session_before, session_after = _session_pair(Path(work), params)
    low, high = TARGET
    ratio, session_ratio = after / before, session_after / session_before
    return [
        BenchRow("unlock (Argon2id as calibrated)", after, "s", f"{low:g}-{high:g} s",
                 low <= after <= high, f"median of {ROUNDS}; {_describe(params)}"),
        BenchRow("unlock, keystore without accounts record (as before)", before, "s", "",
                 None, "same run, interleaved"),
        BenchRow("unlock with signed accounts / without", ratio, "x", f"<= {MAX_RATIO:g}x",
                 ratio <= MAX_RATIO, "keystore level"),
        BenchRow("unlock_vault (interviewer), unsigned keystore", session_before, "s", "",
                 None, "database open, migrations check, audit entry"),
        BenchRow("unlock_vault (interviewer), signed accounts", session_after, "s", "",
                 None, "+ record check, altered-slot scan, counter record"),
        BenchRow("unlock_vault signed / unsigned", session_ratio, "x", f"<= {MAX_RATIO:g}x",
                 session_ratio <= MAX_RATIO, "same run, interleaved"),
        BenchRow("calibration (each new slot)", calibration, "s", "",
                 None, "floor 64 MiB, t=3"),
    ]
