"""Failed restore attempts, kept beside the vault so guessing a backup's password meets back-off.

A backup carries its own keystore, whose slots count wrong passwords like any keystore
(:mod:`fieldapp.vault.keystore_backoff`). Restoring opens that keystore in a temporary folder,
so what it counted would vanish with the folder and every guess would be answered at once. The
counters are therefore carried over through ``restore-attempts.json`` in the data directory:
before an attempt, those recorded for (the backup's vault id, the account) are written into
the staged keystore; after it, the staged counters are recorded again (a success clears them).

Like the keystore's own counters they carry no authentication: someone who can delete this
file can reset them. They guard the keyboard, not the files (see the back-off's docstring).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

FILE_NAME = "restore-attempts.json"
_COUNTERS = ("failed_attempts", "last_failure_at", "disabled")


class RestoreAttempts:
    """The record of failed restore attempts in one data directory."""

    def __init__(self, data_dir: Path) -> None:
        self._path = data_dir / FILE_NAME

    def carry_in(self, staged_keystore: Path, user: str) -> None:
        """Give ``user``'s slot in the staged keystore the counters recorded for it."""
        document = _read_json(staged_keystore)
        recorded = self._load().get(_key(document, user))
        if not recorded:
            return
        for slot in _slots_of(document, user):
            slot.update({name: recorded[name] for name in _COUNTERS if name in recorded})
        staged_keystore.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n",
                                   encoding="utf-8")

    def carry_out(self, staged_keystore: Path, user: str) -> None:
        """Record the staged keystore's counters for ``user`` (cleared after a success)."""
        document = _read_json(staged_keystore)
        slots = _slots_of(document, user)
        if not slots:
            return
        counters = {name: slots[0].get(name) for name in _COUNTERS}
        records = self._load()
        key = _key(document, user)
        if counters["failed_attempts"] or counters["disabled"]:
            records[key] = counters
        elif records.pop(key, None) is None:
            return
        self._save(records)

    def _load(self) -> dict[str, dict[str, Any]]:
        try:
            loaded = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            # A damaged record must not lock anyone out of their backup for good.
            return {}
        return loaded if isinstance(loaded, dict) else {}

    def _save(self, records: dict[str, dict[str, Any]]) -> None:
        folder = self._path.parent
        handle, partial = tempfile.mkstemp(dir=folder, prefix=".restore-attempts-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(records, out, sort_keys=True)
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, self._path)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise


def _read_json(path: Path) -> dict[str, Any]:
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # the keystore's own loader reports a damaged file properly
    return loaded if isinstance(loaded, dict) else {}


def _slots_of(document: dict[str, Any], user: str) -> list[dict[str, Any]]:
    slots = document.get("slots")
    if not isinstance(slots, list):
        return []
    return [slot for slot in slots if isinstance(slot, dict) and slot.get("user") == user]


def _key(document: dict[str, Any], user: str) -> str:
    return f"{document.get('vault_id', '')}/{user}"
