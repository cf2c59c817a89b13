"""Noticing failed-attempt counters wound back by hand, at the next successful unlock.

The back-off counters in ``keystore.json`` change before anyone is unlocked, so nothing can
authenticate them: someone who can write the file can reset them and get more guesses at the
keyboard. What can be done is to notice afterwards. Every successful unlock stores, inside the
encrypted database (``meta``), each slot's running total of failures (which never decreases)
and its current count. The next successful unlock compares the keystore it found with that
record: a running total lower than recorded, a current count that fell while the total rose
less, or a slot disabled then and enabled now without a new slot id (an admin reset makes a
new slot) means the file was edited. The caller writes an audit entry naming the accounts.

The limits, stated in docs/security.md: counters restored to exactly what the last unlock saw
(a copy of the file taken then) look untouched; someone holding the data key can rewrite the
record itself; and nothing is noticed until someone unlocks.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from fieldapp.vault.database import Connection
from fieldapp.vault.keystore import SlotInfo

RECORD_KEY = "lockout_record"


def _snapshot(users: Iterable[SlotInfo]) -> dict[str, list[int]]:
    return {
        info.slot_id: [info.failures_total, info.failed_attempts, int(info.disabled)]
        for info in users
    }


def _stored(connection: Connection) -> dict[str, list[int]]:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (RECORD_KEY,)).fetchone()
    if row is None:
        return {}
    try:
        found = json.loads(row[0])
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def wound_back(connection: Connection, before_unlock: Iterable[SlotInfo]) -> list[str]:
    """Accounts whose counters in the keystore, as found before this unlock, went backwards
    relative to the record the previous successful unlock stored."""
    record = _stored(connection)
    found = []
    for info in before_unlock:
        previous = record.get(info.slot_id)
        if not isinstance(previous, list) or len(previous) != 3:
            continue
        total, failed, disabled = previous
        rose = info.failures_total - total
        if rose < 0 or info.failed_attempts < failed + rose or (disabled and not info.disabled):
            found.append(info.user)
    return sorted(found)


def store(connection: Connection, after_unlock: Iterable[SlotInfo]) -> None:
    """Record the counters as this successful unlock leaves them."""
    connection.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (RECORD_KEY, json.dumps(_snapshot(after_unlock), sort_keys=True)),
    )
