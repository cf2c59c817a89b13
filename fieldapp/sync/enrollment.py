"""Enrollment files, supervisor to laptop: the keys, forms, directory and policy to trust.

The supervisor signs an :class:`Enrollment` with its Ed25519 key: its public keys, the
organisation's age recovery recipient, the forms (id, version, file name, bytes), the
referral directory (CSV bytes), the retention policy, the organisation name and the issue
time (format in signed_file.py, binary fields base64). A new laptop has no key to check it
against yet, so :func:`read_enrollment` verifies it with the key it carries and the officer
compares :meth:`SupervisorPublicKeys.fingerprint` with the code on the supervisor's screen
(trust on first use, confirmed out of band). An enrolled laptop passes the key it already
trusts, and a file from any other supervisor is refused. Form and policy parts are shared
with update files (update.py).
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fieldapp.sync.errors import FileKind, InvalidKeyMaterial, WrongSupervisor
from fieldapp.sync.keys import (
    PUBLIC_KEY_BYTES,
    SupervisorIdentity,
    SupervisorPublicKeys,
    check_age_recipient,
)
from fieldapp.sync.schema import Fields, format_timestamp
from fieldapp.sync.signed_file import body_fields, pack_signed, parse_signed, verify_signed

MAX_FORMS = 200
MAX_FORM_BYTES = 16 * 1024 * 1024
MAX_DIRECTORY_BYTES = 16 * 1024 * 1024
MAX_PROVISIONING_BODY = 128 * 1024 * 1024
MAX_RETENTION_DAYS = 36_500
_FORM_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_FORM_VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.+-]{0,39}")
# A plain file name: the laptop writes forms to disk, so no separators, no leading dot.
_FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")
_ORGANISATION = re.compile(r"[^\x00-\x1f\x7f]{1,120}")
_KEYS = {
    "organisation", "supervisor", "recovery_recipient", "forms", "referral_directory",
    "retention", "issued_at",
}


@dataclass(frozen=True)
class FormFile:
    """One screening instrument, pinned by id and version."""

    form_id: str
    version: str
    filename: str
    content: bytes


@dataclass(frozen=True)
class RetentionPolicy:
    """How long acknowledged interviews stay on a laptop, and whether a stub is kept."""

    purge_after_days: int
    keep_stub: bool


@dataclass(frozen=True)
class Enrollment:
    organisation: str
    supervisor: SupervisorPublicKeys
    recovery_recipient: str | None
    forms: tuple[FormFile, ...]
    referral_directory: bytes
    retention: RetentionPolicy
    issued_at: datetime


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def forms_json(forms: tuple[FormFile, ...]) -> list[dict[str, Any]]:
    return [
        {
            "form_id": form.form_id,
            "version": form.version,
            "filename": form.filename,
            "content": b64(form.content),
        }
        for form in forms
    ]


def retention_json(policy: RetentionPolicy) -> dict[str, Any]:
    return {"purge_after_days": policy.purge_after_days, "keep_stub": policy.keep_stub}


def read_forms(fields: Fields) -> tuple[FormFile, ...]:
    def one(form: Fields) -> FormFile:
        form.expect_keys({"form_id", "version", "filename", "content"})
        return FormFile(
            form_id=form.text("form_id", pattern=_FORM_ID),
            version=form.text("version", pattern=_FORM_VERSION),
            filename=form.text("filename", pattern=_FILE_NAME),
            content=form.base64_bytes("content", max_bytes=MAX_FORM_BYTES),
        )

    forms = tuple(fields.each("forms", max_items=MAX_FORMS, read=one))
    if len({(form.form_id, form.version) for form in forms}) != len(forms):
        raise fields.error("a form version is listed twice")
    if len({form.filename for form in forms}) != len(forms):
        raise fields.error("two forms share a file name")
    return forms


def read_retention(fields: Fields) -> RetentionPolicy:
    fields.expect_keys({"purge_after_days", "keep_stub"})
    return RetentionPolicy(
        purge_after_days=fields.integer("purge_after_days", maximum=MAX_RETENTION_DAYS),
        keep_stub=fields.boolean("keep_stub"),
    )


def read_supervisor_keys(fields: Fields) -> SupervisorPublicKeys:
    fields.expect_keys({"age_recipient", "signing_public_key"})
    recipient = fields.text("age_recipient")
    signing_key = fields.hex_bytes("signing_public_key", PUBLIC_KEY_BYTES)
    try:
        return SupervisorPublicKeys(recipient, signing_key)
    except InvalidKeyMaterial as exc:
        raise fields.error("the supervisor keys are not valid keys") from exc


def write_enrollment(enrollment: Enrollment, supervisor: SupervisorIdentity) -> bytes:
    keys = supervisor.public_keys()
    if enrollment.supervisor != keys:
        raise ValueError("an enrollment must carry the public keys of the supervisor signing it")
    if enrollment.recovery_recipient is not None:
        check_age_recipient(enrollment.recovery_recipient)
    body = {
        "organisation": enrollment.organisation,
        "supervisor": keys.to_json(),
        "recovery_recipient": enrollment.recovery_recipient,
        "forms": forms_json(enrollment.forms),
        "referral_directory": b64(enrollment.referral_directory),
        "retention": retention_json(enrollment.retention),
        "issued_at": format_timestamp(enrollment.issued_at),
    }
    return pack_signed(FileKind.ENROLLMENT, keys.key_id_bytes, body, supervisor.sign)


def read_enrollment(data: bytes, trusted: SupervisorPublicKeys | None = None) -> Enrollment:
    """Verify an enrollment file; ``trusted`` is the supervisor an enrolled laptop knows."""
    signed = parse_signed(data, FileKind.ENROLLMENT, max_body=MAX_PROVISIONING_BODY)
    if trusted is not None and signed.signer_id != trusted.key_id:
        raise WrongSupervisor(FileKind.ENROLLMENT)
    fields = body_fields(signed, "enrollment")
    fields.expect_keys(_KEYS)
    carried = read_supervisor_keys(fields.nested("supervisor"))
    if trusted is not None and carried != trusted:
        raise WrongSupervisor(FileKind.ENROLLMENT)
    if signed.signer_id != carried.key_id:
        raise fields.error("it is not signed by the supervisor keys it carries")
    verify_signed(signed, carried.signing_public_key)
    recovery = None
    if not fields.is_null("recovery_recipient"):
        recovery = fields.text("recovery_recipient")
        try:
            check_age_recipient(recovery)
        except InvalidKeyMaterial as exc:
            raise fields.error("the recovery recipient is not an age recipient") from exc
    return Enrollment(
        organisation=fields.text("organisation", pattern=_ORGANISATION, max_chars=120),
        supervisor=carried,
        recovery_recipient=recovery,
        forms=read_forms(fields),
        referral_directory=fields.base64_bytes(
            "referral_directory", max_bytes=MAX_DIRECTORY_BYTES
        ),
        retention=read_retention(fields.nested("retention")),
        issued_at=fields.timestamp("issued_at"),
    )

