"""The hash-chained audit log of security events.

Each entry stores the hash of the one before it and its own hash over
``prev_hash + canonical JSON(seq, at, actor, event, details)``; the newest (seq, hash) is also
kept in ``meta`` and updated in the same transaction. :func:`verify_chain` recomputes the
chain, so an edited entry, a deleted entry (a gap or a broken link) or a cut-off tail (head
mismatch) is found. Someone holding the data key could rewrite the whole chain consistently;
the chain proves the log was not altered by anything less, and entries leave the laptop in sync
bundles, where the supervisor keeps them. Details never hold answers or names of interviewees:
only account names, references, counts and file-free descriptions.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fieldapp.vault.database import Connection, transaction

GENESIS = "0" * 64
HEAD_KEY = "audit_head"

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    event: str
    details: Mapping[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    problems: tuple[str, ...]


def _entry_hash(prev_hash: str, seq: int, at: str, actor: str, event: str, details: str) -> str:
    body = json.dumps(
        {"seq": seq, "at": at, "actor": actor, "event": event, "details": json.loads(details)},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def append(
    connection: Connection,
    event: str,
    actor: str,
    details: Mapping[str, Any] | None = None,
    *,
    clock: Clock = utc_now,
) -> AuditEntry:
    """Add one entry at the end of the chain (inside the caller's transaction if any)."""
    details_text = json.dumps(dict(details or {}), sort_keys=True, ensure_ascii=False)
    at = clock().isoformat(timespec="seconds")
    with transaction(connection):
        row = connection.execute(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        seq, prev_hash = (row[0] + 1, row[1]) if row else (1, GENESIS)
        digest = _entry_hash(prev_hash, seq, at, actor, event, details_text)
        connection.execute(
            "INSERT INTO audit_log (seq, at, actor, event, details, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (seq, at, actor, event, details_text, prev_hash, digest),
        )
        connection.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (HEAD_KEY, f"{seq}:{digest}"),
        )
    return AuditEntry(seq, at, actor, event, json.loads(details_text), prev_hash, digest)


def entries(connection: Connection, *, since: int = 0) -> Iterator[AuditEntry]:
    cursor = connection.execute(
        "SELECT seq, at, actor, event, details, prev_hash, hash FROM audit_log"
        " WHERE seq > ? ORDER BY seq",
        (since,),
    )
    for seq, at, actor, event, details, prev_hash, digest in cursor:
        yield AuditEntry(seq, at, actor, event, json.loads(details), prev_hash, digest)


def verify_chain(connection: Connection) -> ChainReport:
    """Recompute the chain from the first entry and compare it with the stored head."""
    problems: list[str] = []
    expected_prev = GENESIS
    expected_seq = 1
    count = 0
    last_hash = GENESIS
    cursor = connection.execute(
        "SELECT seq, at, actor, event, details, prev_hash, hash FROM audit_log ORDER BY seq"
    )
    for seq, at, actor, event, details, prev_hash, digest in cursor:
        count += 1
        if seq != expected_seq:
            problems.append(f"entries {expected_seq} to {seq - 1} are missing")
        if prev_hash != expected_prev:
            problems.append(f"entry {seq} does not follow the entry before it")
        try:
            recomputed = _entry_hash(prev_hash, seq, at, actor, event, details)
        except (ValueError, TypeError):
            recomputed = ""
        if recomputed != digest:
            problems.append(f"entry {seq} was altered after it was written")
        expected_prev = digest
        expected_seq = seq + 1
        last_hash = digest
    head = connection.execute("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,)).fetchone()
    head_value = head[0] if head else None
    if count == 0 and head_value is None:
        return ChainReport(True, 0, ())
    if head_value != f"{expected_seq - 1}:{last_hash}":
        problems.append("the newest entries were removed or the log head was altered")
    return ChainReport(not problems, count, tuple(problems))
