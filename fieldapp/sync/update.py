"""Update files, supervisor to laptops: new forms, referral directory or policy, never older.

An :class:`Update` carries a monotonically increasing ``update_sequence``, any new form
versions, optionally a new referral directory and a new retention policy, its issue time and,
when the supervisor has news of their interviews, each laptop's case outcomes sealed to it,
signed by the supervisor (format in signed_file.py; forms and policy as in enrollment.py).
:func:`read_update` verifies it against the supervisor key the laptop already trusts and
refuses any update whose number is not above the last one applied, so an old file found on a
stick cannot roll a laptop back to a withdrawn form or a longer retention period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from fieldapp.sync.enrollment import (
    MAX_DIRECTORY_BYTES,
    MAX_PROVISIONING_BODY,
    FormFile,
    RetentionPolicy,
    b64,
    forms_json,
    read_forms,
    read_retention,
    retention_json,
)
from fieldapp.sync.errors import FileKind, UpdateRollback, WrongSupervisor
from fieldapp.sync.keys import SupervisorIdentity, SupervisorPublicKeys
from fieldapp.sync.outcomes import SealedOutcomes, outcomes_json, read_sealed
from fieldapp.sync.schema import format_timestamp
from fieldapp.sync.signed_file import body_fields, pack_signed, parse_signed, verify_signed

_KEYS = {"update_sequence", "forms", "referral_directory", "retention", "issued_at"}


@dataclass(frozen=True)
class Update:
    """Changes for enrolled laptops; ``None`` means "unchanged"."""

    update_sequence: int
    forms: tuple[FormFile, ...]
    referral_directory: bytes | None
    retention: RetentionPolicy | None
    issued_at: datetime
    # Each laptop's case outcomes, sealed to it (fieldapp.sync.outcomes).
    case_outcomes: tuple[SealedOutcomes, ...] = ()


def write_update(update: Update, supervisor: SupervisorIdentity) -> bytes:
    if update.update_sequence < 1:
        raise ValueError("update numbers start at 1")
    body = {
        "update_sequence": update.update_sequence,
        "forms": forms_json(update.forms),
        "referral_directory": (
            None if update.referral_directory is None else b64(update.referral_directory)
        ),
        "retention": None if update.retention is None else retention_json(update.retention),
        "issued_at": format_timestamp(update.issued_at),
    }
    if update.case_outcomes:  # only then: an update without them reads as before
        body["case_outcomes"] = outcomes_json(update.case_outcomes)
    return pack_signed(
        FileKind.UPDATE, supervisor.public_keys().key_id_bytes, body, supervisor.sign
    )


def read_update(
    data: bytes, trusted: SupervisorPublicKeys, *, last_applied_sequence: int
) -> Update:
    """Verify an update against ``trusted`` and refuse anything not newer than the last one."""
    signed = parse_signed(data, FileKind.UPDATE, max_body=MAX_PROVISIONING_BODY)
    if signed.signer_id != trusted.key_id:
        raise WrongSupervisor(FileKind.UPDATE)
    verify_signed(signed, trusted.signing_public_key)
    fields = body_fields(signed, "update")
    fields.expect_keys(_KEYS, optional=frozenset({"case_outcomes"}))
    sequence = fields.integer("update_sequence", minimum=1)
    if sequence <= last_applied_sequence:
        raise UpdateRollback(sequence, last_applied_sequence)
    directory = None
    if not fields.is_null("referral_directory"):
        directory = fields.base64_bytes("referral_directory", max_bytes=MAX_DIRECTORY_BYTES)
    retention = None
    if not fields.is_null("retention"):
        retention = read_retention(fields.nested("retention"))
    return Update(
        update_sequence=sequence,
        forms=read_forms(fields),
        referral_directory=directory,
        retention=retention,
        issued_at=fields.timestamp("issued_at"),
        case_outcomes=read_sealed(fields) if fields.has("case_outcomes") else (),
    )
