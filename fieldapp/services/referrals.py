"""The referral use case: from a finalised interview to a referral document, recorded.

The desktop app and the ``fieldapp referral`` commands both go through these functions;
neither renders, encrypts or records on its own. :func:`make_referral` reads the latest
finalised revision of an interview, builds the request through the form's tags
(:mod:`fieldapp.referral.adapter`), renders it in memory, encrypts it with a fresh passphrase
when asked, and records the referral (``referrals`` row, interview marked referred, audit entry
with the reference, service id and whether it was encrypted: no personal data) in one
transaction. Given a ``deliver`` callback (writing the file), that runs inside the same
transaction, so a referral is recorded exactly when its file was written. Only
:func:`save_referral` writes, through :func:`fieldapp.referral.write_once`; with encryption on,
the only bytes that ever exist outside memory are encrypted. :func:`preview_referral` renders
without recording, for a look before sending. The directory comes from :func:`list_directory`:
the one the supervisor distributed into the vault if there is one, else the sample shipped in
``resources/``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from fieldapp.interview.serialise import read_interview_json
from fieldapp.paths import resource_path
from fieldapp.referral import (
    ReferralError,
    ReferralRequest,
    Service,
    encrypt_pdf,
    generate_passphrase,
    load_directory,
    neutral_file_name,
    render_referral,
    write_once,
)
from fieldapp.referral.adapter import InterviewFacts, build_request, interview_facts
from fieldapp.referral.directory import _limited, _services
from fieldapp.referral.errors import DirectoryError
from fieldapp.referral.model import LANGUAGES
from fieldapp.services import caselist
from fieldapp.services.form_library import vault_library
from fieldapp.services.session import Vault
from fieldapp.vault import interviews, referrals, revisions, sync_store
from fieldapp.vault.audit import Clock, utc_now
from fieldapp.vault.database import transaction
from fieldapp.vault.interviews import InterviewNotFound, InterviewRecord
from fieldapp.vault.referrals import STATUSES, ReferralRecord
from fieldapp.xlsform import FormDefinition, FormLibrary

DIRECTORY_FILE = "referral_directory.csv"
STORED_DIRECTORY_NAME = "referral directory"

Deliver = Callable[[bytes], None]


class UnknownService(ReferralError):
    def __init__(self, service_id: str) -> None:
        super().__init__(f"no service with id {service_id[:64]!r} in the referral directory")


class NotReadyForReferral(ReferralError):
    def __init__(self, reference: str) -> None:
        super().__init__(
            f"interview {reference} is not finalised: finalise it before making a referral"
        )


class MadeReferral(NamedTuple):
    """A referral made: the bytes to hand over, the passphrase (shown once) and its record."""

    pdf: bytes
    passphrase: str | None
    record: ReferralRecord


@dataclass(frozen=True)
class ReferralContext:
    """What choosing a service for one interview needs: facts and the suggested services."""

    interview: InterviewRecord
    facts: InterviewFacts
    language: str  # the default document language: the interview's, when a document has it
    suggested: tuple[str, ...]  # service ids the officer chose in the interview


# -- the directory ---------------------------------------------------------------------------


def list_directory(source: Vault | Path | None = None) -> tuple[Service, ...]:
    """The referral directory: a file, or the vault's (distributed by the supervisor), or the
    sample shipped with the app when the vault has none. The single place to change where the
    directory comes from."""
    if isinstance(source, Path):
        return load_directory(source)
    if source is not None:
        stored = sync_store.stored_directory(source.connection)
        if stored is not None:
            return _parse_directory(stored)
    return load_directory(resource_path(DIRECTORY_FILE))


def _parse_directory(data: bytes) -> tuple[Service, ...]:
    """A directory CSV kept in the vault, checked row by row as a directory file is."""
    try:
        reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), strict=True)
        rows = list(_limited(reader, STORED_DIRECTORY_NAME))
    except (UnicodeDecodeError, csv.Error) as error:
        raise DirectoryError(f"{STORED_DIRECTORY_NAME}: not a readable UTF-8 CSV") from error
    return _services(STORED_DIRECTORY_NAME, rows)


def find_service(services: Sequence[Service], service_id: str) -> Service:
    found = next((service for service in services if service.id == service_id), None)
    if found is None:
        raise UnknownService(service_id)
    return found


# -- reading an interview for a referral -----------------------------------------------------


def _library(vault: Vault, library: FormLibrary | None) -> FormLibrary:
    """The caller's library, else the process's library of this vault (forms loaded once)."""
    return library or vault_library(vault)


def _interview(vault: Vault, reference: str) -> InterviewRecord:
    """The interview, if this account may see it (interviewers: their own only)."""
    record = interviews.get_by_reference(vault.connection, reference)
    scope = caselist.vault_scope(vault.connection, vault.user, vault.role)
    if scope is not None and record.interviewer != scope:
        raise InterviewNotFound(reference)  # the same answer as for a missing reference
    return record


def _finalised(
    vault: Vault, reference: str, library: FormLibrary | None
) -> tuple[InterviewRecord, FormDefinition, list[tuple[str, object]]]:
    """The finalised interview, its pinned form and the answer rows of its latest revision."""
    record = _interview(vault, reference)
    stored = revisions.list_revisions(vault.connection, record.id)
    if record.status != "finalised" or not stored:
        raise NotReadyForReferral(record.reference)
    form = _library(vault, library).get(record.form_id, record.form_version)
    saved = read_interview_json(form, stored[-1].content["interview"])
    return record, form, saved.rows


def referral_context(
    vault: Vault, reference: str, *, library: FormLibrary | None = None
) -> ReferralContext:
    record, form, rows = _finalised(vault, reference, library)
    facts = interview_facts(form, rows)
    return ReferralContext(record, facts, _language_of(record), facts.services_selected)


def default_language(vault: Vault, reference: str) -> str:
    """The document language a referral of this interview defaults to, from its row alone.

    What :func:`referral_context` says too, without reading the form or replaying the answers:
    the command line needs only this before :func:`make_referral` replays them.
    """
    return _language_of(_interview(vault, reference))


def _language_of(record: InterviewRecord) -> str:
    """The interview's language when documents have it, else the first document language."""
    return record.language if record.language in LANGUAGES else LANGUAGES[0]


def _request(
    vault: Vault, reference: str, service_id: str, language: str, *, reason: str,
    urgency: str | None, officer_name: str | None, organisation: str | None,
    library: FormLibrary | None, created_at: datetime,
) -> tuple[InterviewRecord, ReferralRequest]:
    record, form, rows = _finalised(vault, reference, library)
    service = find_service(list_directory(vault), service_id)
    if organisation is None:
        organisation = sync_store.get_setting(vault.connection, sync_store.ORGANISATION) or ""
    request = build_request(
        form, rows, reference=record.reference, language=language, service=service,
        officer_name=vault.user if officer_name is None else officer_name,
        organisation=organisation, created_at=created_at, reason=reason, urgency=urgency,
    )
    return record, request


# -- making, saving and following referrals ---------------------------------------------------


def preview_referral(
    vault: Vault, reference: str, service_id: str, language: str, *, reason: str = "",
    urgency: str | None = None, officer_name: str | None = None,
    organisation: str | None = None, library: FormLibrary | None = None,
    clock: Clock = utc_now,
) -> bytes:
    """The document as it would be sent, unencrypted and in memory only; nothing recorded."""
    _record, request = _request(
        vault, reference, service_id, language, reason=reason, urgency=urgency,
        officer_name=officer_name, organisation=organisation, library=library,
        created_at=clock(),
    )
    return render_referral(request)


def make_referral(
    vault: Vault, reference: str, service_id: str, lang: str, encrypt: bool, *,
    reason: str = "", urgency: str | None = None, officer_name: str | None = None,
    organisation: str | None = None, file_name: str | None = None,
    deliver: Deliver | None = None, library: FormLibrary | None = None,
    clock: Clock = utc_now,
) -> MadeReferral:
    """Render (and, when asked, encrypt) the referral and record it.

    ``deliver`` (for example ``lambda pdf: save_referral(path, pdf)``) runs inside the
    recording transaction: if it fails, nothing is recorded. ``file_name`` is what the record
    keeps: a neutral name by default, never a folder, ``""`` for a referral printed on paper.
    """
    created_at = clock()
    record, request = _request(
        vault, reference, service_id, lang, reason=reason, urgency=urgency,
        officer_name=officer_name, organisation=organisation, library=library,
        created_at=created_at,
    )
    pdf = render_referral(request)
    passphrase = generate_passphrase() if encrypt else None
    if passphrase is not None:
        pdf = encrypt_pdf(pdf, passphrase)
    name = neutral_file_name(created_at) if file_name is None else Path(file_name).name
    service = request.service
    with transaction(vault.connection):
        made = referrals.add_referral(
            vault.connection, interview_id=record.id, service_id=service.id,
            service_name=service.name, service_type=service.type, language=lang,
            encrypted=encrypt, created_by=vault.user, file_name=name,
            clock=lambda: created_at,
        )
        revisions.mark_referred(vault.connection, record.id, clock=lambda: created_at)
        vault.audit("referral_made", {
            "reference": record.reference, "referral": made.uuid, "service": service.id,
            "encrypted": "yes" if encrypt else "no",
        })
        if deliver is not None:
            deliver(pdf)
    return MadeReferral(pdf, passphrase, made)


def save_referral(path: Path | str, data: bytes, *, overwrite: bool = False) -> None:
    """Write a referral file once, atomically; refuses an existing file unless ``overwrite``."""
    write_once(path, data, overwrite=overwrite)


def set_referral_status(
    vault: Vault, referral_id: str, status: str, *, clock: Clock = utc_now
) -> ReferralRecord:
    """Record what the receiving service said (``accepted``, ``declined``, ``completed``)."""
    with transaction(vault.connection):
        current = referrals.get_referral(vault.connection, referral_id)
        _interview(vault, current.reference)
        record, previous = referrals.set_status(vault.connection, current.uuid, status,
                                                clock=clock)
        if previous != status:
            vault.audit("referral_status_changed", {
                "reference": record.reference, "referral": record.uuid,
                "from": previous, "to": status,
            })
    return record


def list_referrals(vault: Vault, reference: str) -> list[ReferralRecord]:
    """The referrals made for one interview, oldest first."""
    record = _interview(vault, reference)
    return referrals.list_for_interview(vault.connection, record.id)


__all__ = [
    "STATUSES",
    "MadeReferral",
    "NotReadyForReferral",
    "ReferralContext",
    "UnknownService",
    "default_language",
    "find_service",
    "list_directory",
    "list_referrals",
    "make_referral",
    "preview_referral",
    "referral_context",
    "save_referral",
    "set_referral_status",
]
