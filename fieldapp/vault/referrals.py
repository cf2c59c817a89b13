"""The referral repository: one row per referral document made, and its status afterwards.

A referral row records that a document went to a service: which interview, which service (id,
name and type as they were at the time, since a later directory may rename or drop it), the
document language, whether the file was encrypted, who made it, the neutral file name and the
status the receiving service reported (``sent``, ``accepted``, ``declined``, ``completed``).
It never holds the PDF or any answer: the document can be made again from the interview.
Auditing is the caller's job (the referral service records each step with the reference).
Readers get frozen dataclasses, never raw rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fieldapp.vault.audit import Clock, utc_now
from fieldapp.vault.database import Connection, VaultDatabaseError, transaction

STATUSES: tuple[str, ...] = ("sent", "accepted", "declined", "completed")
MIN_ID_PREFIX = 6  # characters of a referral id an officer may type instead of all 36

_COLUMNS = (
    "r.id, r.uuid, r.interview_id, i.reference, r.service_id, r.service_name, r.service_type,"
    " r.language, r.encrypted, r.status, r.created_at, r.updated_at, r.created_by, r.file_name"
)
_FROM = "FROM referrals r JOIN interviews i ON i.id = r.interview_id"


@dataclass(frozen=True)
class ReferralRecord:
    id: int
    uuid: str
    interview_id: int
    reference: str
    service_id: str
    service_name: str
    service_type: str
    language: str
    encrypted: bool
    status: str
    created_at: str
    updated_at: str
    created_by: str
    file_name: str


class ReferralNotFound(VaultDatabaseError):
    def __init__(self, referral_id: str) -> None:
        super().__init__(f"no referral with id {referral_id[:40]} in this vault")


class AmbiguousReferralId(VaultDatabaseError):
    def __init__(self, referral_id: str) -> None:
        super().__init__(
            f"more than one referral id starts with {referral_id[:40]}: give more characters"
        )


class UnknownReferralStatus(VaultDatabaseError):
    def __init__(self, status: str) -> None:
        super().__init__(
            f"unknown referral status {status[:40]!r}: use one of {', '.join(STATUSES)}"
        )


def _now(clock: Clock) -> str:
    return clock().isoformat(timespec="milliseconds")


def _record(row: Sequence[Any]) -> ReferralRecord:
    values = list(row)
    values[8] = bool(values[8])
    return ReferralRecord(*values)


def add_referral(
    connection: Connection,
    *,
    interview_id: int,
    service_id: str,
    service_name: str,
    service_type: str,
    language: str,
    encrypted: bool,
    created_by: str,
    file_name: str = "",
    clock: Clock = utc_now,
) -> ReferralRecord:
    """Record one referral (status ``sent``) and return it."""
    now = _now(clock)
    with transaction(connection):
        cursor = connection.execute(
            "INSERT INTO referrals (uuid, interview_id, service_id, service_name, service_type,"
            " language, encrypted, status, created_at, updated_at, created_by, file_name)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 'sent', ?, ?, ?, ?)",
            (str(uuid.uuid4()), interview_id, service_id, service_name, service_type, language,
             int(encrypted), now, now, created_by, file_name),
        )
        referral_id = cursor.lastrowid
    assert referral_id is not None
    return _by_row_id(connection, referral_id)


def _by_row_id(connection: Connection, referral_id: int) -> ReferralRecord:
    row = connection.execute(
        f"SELECT {_COLUMNS} {_FROM} WHERE r.id = ?", (referral_id,)
    ).fetchone()
    if row is None:
        raise ReferralNotFound(str(referral_id))
    return _record(row)


def get_referral(connection: Connection, referral_id: str) -> ReferralRecord:
    """The referral whose id is ``referral_id`` or starts with it (at least 6 characters)."""
    wanted = referral_id.strip().lower()
    if len(wanted) < MIN_ID_PREFIX or not all(c in "0123456789abcdef-" for c in wanted):
        raise ReferralNotFound(referral_id)
    rows = connection.execute(
        f"SELECT {_COLUMNS} {_FROM} WHERE r.uuid >= ? AND r.uuid < ?"
        " ORDER BY r.uuid LIMIT 2",
        (wanted, wanted + "\uffff"),
    ).fetchall()
    if not rows:
        raise ReferralNotFound(referral_id)
    if len(rows) > 1 and rows[0][1] != wanted:
        raise AmbiguousReferralId(referral_id)
    return _record(rows[0])


def list_for_interview(connection: Connection, interview_id: int) -> list[ReferralRecord]:
    """The interview's referrals, oldest first."""
    rows = connection.execute(
        f"SELECT {_COLUMNS} {_FROM} WHERE r.interview_id = ?"
        " ORDER BY r.created_at, r.id",
        (interview_id,),
    )
    return [_record(row) for row in rows]


def set_status(
    connection: Connection, referral_id: str, status: str, *, clock: Clock = utc_now
) -> tuple[ReferralRecord, str]:
    """Change a referral's status; returns the updated record and the status it had."""
    if status not in STATUSES:
        raise UnknownReferralStatus(status)
    with transaction(connection):
        record = get_referral(connection, referral_id)
        if record.status != status:
            connection.execute(
                "UPDATE referrals SET status = ?, updated_at = ? WHERE id = ?",
                (status, _now(clock), record.id),
            )
    return _by_row_id(connection, record.id), record.status
