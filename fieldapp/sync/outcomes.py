"""Case outcomes, supervisor to the laptop that made the interviews: sealed, inside updates.

An update file is signed, not encrypted, and every laptop reads it; case notes and follow-up
reasons are personal data. So each laptop's outcomes travel sealed with age to that laptop's
own Ed25519 key, as an ``ssh-ed25519`` age recipient (age converts the key to X25519; the
laptop's key never leaves its vault): a :class:`SealedOutcomes` per device, carried in the
update's optional ``case_outcomes`` list and covered by the supervisor's signature. Another
laptop sees only that the entry exists and its size.

Inside, one JSON object (``format`` ``fieldapp-case-outcomes`` 1): the device id again (a
sealed entry moved to another device's slot is refused) and, for every interview of that
laptop with case work, its current state: HTCDS case status and day, status changes, notes,
and each referral's follow-up step with its events. Each entry is the whole state, not a
change, so a laptop that skipped an update still ends up with the latest outcome.
:func:`read_outcomes` checks every field of the untrusted content.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from fieldapp.sync.errors import FileKind
from fieldapp.sync.keys import DeviceIdentity
from fieldapp.sync.schema import Fields, malformed

FORMAT = "fieldapp-case-outcomes"
FORMAT_VERSION = 1
MAX_SEALED_BYTES = 32 * 1024 * 1024
MAX_CASES = 200_000
MAX_ITEMS = 1000
MAX_TEXT = 4000
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DEVICE_ID = re.compile(r"[0-9a-f]{32}")
_STATUSES = frozenset({"Active", "FollowUp", "Closed", "ClosedReferred"})
_STEPS = frozenset({"sent", "received", "accepted", "declined", "services_started", "closed"})


@dataclass(frozen=True)
class StatusChangeOutcome:
    uuid: str
    from_status: str
    to_status: str
    changed_on: str
    recorded_at: str
    recorded_by: str


@dataclass(frozen=True)
class NoteOutcome:
    uuid: str
    noted_on: str
    text: str
    recorded_at: str
    recorded_by: str


@dataclass(frozen=True)
class FollowUpOutcome:
    uuid: str
    step: str
    event_on: str
    successful: bool
    reason: str
    recorded_at: str
    recorded_by: str


@dataclass(frozen=True)
class ReferralOutcome:
    uuid: str
    step: str
    step_on: str | None
    events: tuple[FollowUpOutcome, ...]


@dataclass(frozen=True)
class CaseOutcome:
    """The supervisor's current word on one interview."""

    interview_uuid: str
    case_status: str
    case_status_on: str | None
    changes: tuple[StatusChangeOutcome, ...]
    notes: tuple[NoteOutcome, ...]
    referrals: tuple[ReferralOutcome, ...]


@dataclass(frozen=True)
class SealedOutcomes:
    """One laptop's outcomes, encrypted to it."""

    device_id: str
    sealed: bytes


def ssh_recipient(public_key: bytes) -> str:
    """The ``ssh-ed25519 ...`` age recipient of a device's Ed25519 public key."""
    key = Ed25519PublicKey.from_public_bytes(public_key)
    return key.public_bytes(serialization.Encoding.OpenSSH,
                            serialization.PublicFormat.OpenSSH).decode("ascii")


def seal_outcomes(device_id: str, public_key: bytes,
                  outcomes: Sequence[CaseOutcome]) -> SealedOutcomes:
    body = {"format": FORMAT, "format_version": FORMAT_VERSION, "device_id": device_id,
            "cases": [_case_json(outcome) for outcome in outcomes]}
    plain = json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")
    recipient = pyrage.ssh.Recipient.from_str(ssh_recipient(public_key))
    return SealedOutcomes(device_id, pyrage.encrypt(plain, [recipient]))


def _case_json(outcome: CaseOutcome) -> dict[str, Any]:
    data = asdict(outcome)
    for referral in data["referrals"]:
        for event in referral["events"]:
            event["reason"] = event["reason"] or None
    return data


def open_outcomes(sealed: SealedOutcomes, device: DeviceIdentity) -> list[CaseOutcome]:
    """Decrypt and check this laptop's outcomes (the entry must name this laptop)."""
    pem = device.signing_key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.OpenSSH,
                                           serialization.NoEncryption())
    try:
        plain = pyrage.decrypt(sealed.sealed, [pyrage.ssh.Identity.from_buffer(pem)])
        data = json.loads(plain.decode("utf-8"))
    except (pyrage.DecryptError, UnicodeDecodeError, ValueError) as exc:
        raise malformed(FileKind.UPDATE, "this laptop's case outcomes cannot be opened") from exc
    return read_outcomes(data, device.device_id)


def read_outcomes(data: object, device_id: str) -> list[CaseOutcome]:
    fields = Fields(data, FileKind.UPDATE, "case outcomes")
    fields.expect_keys({"format", "format_version", "device_id", "cases"})
    if fields.text("format") != FORMAT or fields.integer("format_version") != FORMAT_VERSION:
        raise fields.error("the case outcomes are in an unknown format")
    if fields.text("device_id", pattern=_DEVICE_ID) != device_id:
        raise fields.error("the case outcomes are for another laptop")
    return fields.each("cases", max_items=MAX_CASES, read=_case)


def _uuid(fields: Fields, name: str = "uuid") -> str:
    return fields.uuid_text(name)


def _day(fields: Fields, name: str) -> str:
    return fields.text(name, max_chars=10, pattern=_DAY)


def _optional_day(fields: Fields, name: str) -> str | None:
    return None if fields.is_null(name) else _day(fields, name)


def _free_text(fields: Fields, name: str, *, allow_empty: bool) -> str:
    # An empty reason travels as null: a text field of the format is never empty.
    if allow_empty and fields.is_null(name):
        return ""
    return fields.text(name, max_chars=MAX_TEXT)


def _one_of(fields: Fields, name: str, allowed: frozenset[str]) -> str:
    value = fields.text(name, max_chars=40)
    if value not in allowed:
        raise fields.error(f"{name} is not a known value")
    return value


def _change(fields: Fields) -> StatusChangeOutcome:
    fields.expect_keys({"uuid", "from_status", "to_status", "changed_on", "recorded_at",
                        "recorded_by"})
    return StatusChangeOutcome(_uuid(fields), _one_of(fields, "from_status", _STATUSES),
                               _one_of(fields, "to_status", _STATUSES),
                               _day(fields, "changed_on"), fields.text("recorded_at"),
                               fields.text("recorded_by"))


def _note(fields: Fields) -> NoteOutcome:
    fields.expect_keys({"uuid", "noted_on", "text", "recorded_at", "recorded_by"})
    return NoteOutcome(_uuid(fields), _day(fields, "noted_on"),
                       _free_text(fields, "text", allow_empty=False),
                       fields.text("recorded_at"), fields.text("recorded_by"))


def _event(fields: Fields) -> FollowUpOutcome:
    fields.expect_keys({"uuid", "step", "event_on", "successful", "reason", "recorded_at",
                        "recorded_by"})
    return FollowUpOutcome(_uuid(fields), _one_of(fields, "step", _STEPS),
                           _day(fields, "event_on"), fields.boolean("successful"),
                           _free_text(fields, "reason", allow_empty=True),
                           fields.text("recorded_at"), fields.text("recorded_by"))


def _referral(fields: Fields) -> ReferralOutcome:
    fields.expect_keys({"uuid", "step", "step_on", "events"})
    return ReferralOutcome(_uuid(fields), _one_of(fields, "step", _STEPS),
                           _optional_day(fields, "step_on"),
                           tuple(fields.each("events", max_items=MAX_ITEMS, read=_event)))


def _case(fields: Fields) -> CaseOutcome:
    fields.expect_keys({"interview_uuid", "case_status", "case_status_on", "changes", "notes",
                        "referrals"})
    return CaseOutcome(
        _uuid(fields, "interview_uuid"), _one_of(fields, "case_status", _STATUSES),
        _optional_day(fields, "case_status_on"),
        tuple(fields.each("changes", max_items=MAX_ITEMS, read=_change)),
        tuple(fields.each("notes", max_items=MAX_ITEMS, read=_note)),
        tuple(fields.each("referrals", max_items=MAX_ITEMS, read=_referral)))


def outcomes_json(entries: Sequence[SealedOutcomes]) -> list[dict[str, Any]]:
    """The update's ``case_outcomes`` list."""
    return [{"device_id": e.device_id, "sealed": base64.b64encode(e.sealed).decode("ascii")}
            for e in entries]


def read_sealed(fields: Fields) -> tuple[SealedOutcomes, ...]:
    """The update's ``case_outcomes`` list, each entry checked (not opened)."""
    def entry(item: Fields) -> SealedOutcomes:
        item.expect_keys({"device_id", "sealed"})
        return SealedOutcomes(item.text("device_id", pattern=_DEVICE_ID),
                              item.base64_bytes("sealed", max_bytes=MAX_SEALED_BYTES))

    found = tuple(fields.each("case_outcomes", max_items=MAX_ITEMS * 10, read=entry))
    if len({e.device_id for e in found}) != len(found):
        raise fields.error("case outcomes name a laptop twice")
    return found

