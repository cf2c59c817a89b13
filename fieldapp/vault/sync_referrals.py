"""Supervisor side: referrals the laptops made become referral rows the follow-up works on.

A laptop sends each state of a referral as a ``referral`` record (body: the referral row with
its interview's uuid, see sync_bodies.py). The import queues these records in ``sync_pending``
with the interview revisions, and :func:`show_referrals` runs at the end of each
materialising batch, once the batch's interviews are rows: a referral new to this vault
becomes a ``referrals`` row (same uuid as on the laptop, follow-up ``sent``), a known one takes
the laptop's newer status. The supervisor's own follow-up columns are never touched by what a
laptop sends. As with revisions, a referral is attached only to an interview shown from the
same device, and a body not in the expected shape is kept in the ledger and not shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fieldapp.vault.database import Connection
from fieldapp.vault.referrals import STATUSES
from fieldapp.vault.sync_inbox import uuid_bytes
from fieldapp.vault.sync_outbox import REFERRAL_KIND

MAX_TEXT = 400
_TEXTS = ("interview_uuid", "reference", "service_id", "service_name", "service_type",
          "language", "status", "created_at", "updated_at", "created_by", "file_name")
_KEYS = frozenset((*_TEXTS, "encrypted"))


@dataclass(frozen=True)
class ReferralBody:
    uuid: str
    device_id: str
    fields: dict[str, str]
    encrypted: bool


def parse_referral_body(kind: str, uuid: str, device_id: str,
                        body: object) -> ReferralBody | None:
    """The referral in a record, or ``None`` when the record is another kind or shape."""
    if kind != REFERRAL_KIND or not isinstance(body, dict) or body.keys() != _KEYS:
        return None
    fields: dict[str, Any] = {name: body[name] for name in _TEXTS}
    if not all(isinstance(value, str) and len(value) <= MAX_TEXT for value in fields.values()):
        return None
    if not isinstance(body["encrypted"], bool) or fields["status"] not in STATUSES:
        return None
    return ReferralBody(uuid, device_id, fields, body["encrypted"])


def _interview_of(connection: Connection, body: ReferralBody) -> int | None:
    """The interview the referral belongs to, if it is shown from the same device."""
    row = connection.execute(
        "SELECT i.id FROM interviews i JOIN sync_records r"
        " ON r.uuid = ? AND r.revision = i.revision AND r.kind = 'interview_revision'"
        " WHERE i.uuid = ? AND r.device_id = ?",
        (uuid_bytes(body.fields["interview_uuid"]), body.fields["interview_uuid"],
         body.device_id)).fetchone()
    return None if row is None else int(row[0])


def show_referrals(connection: Connection, bodies: Sequence[ReferralBody]) -> int:
    """Add or update the referral rows of ``bodies`` (inside the caller's transaction)."""
    shown = 0
    for body in sorted(bodies, key=lambda b: b.fields["updated_at"]):
        interview_id = _interview_of(connection, body)
        if interview_id is None:
            continue
        f = body.fields
        held = connection.execute(
            "SELECT interview_id, updated_at FROM referrals WHERE uuid = ?",
            (body.uuid,)).fetchone()
        if held is None:
            connection.execute(
                "INSERT INTO referrals (uuid, interview_id, service_id, service_name,"
                " service_type, language, encrypted, status, created_at, updated_at,"
                " created_by, file_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (body.uuid, interview_id, f["service_id"], f["service_name"],
                 f["service_type"], f["language"], int(body.encrypted), f["status"],
                 f["created_at"], f["updated_at"], f["created_by"], f["file_name"]))
            connection.execute(
                "UPDATE interviews SET referred_at = coalesce(referred_at, ?) WHERE id = ?",
                (f["created_at"], interview_id))
        elif int(held[0]) == interview_id and f["updated_at"] > str(held[1]):
            connection.execute(
                "UPDATE referrals SET status = ?, updated_at = ? WHERE uuid = ?",
                (f["status"], f["updated_at"], body.uuid))
        else:
            continue
        shown += 1
    return shown
