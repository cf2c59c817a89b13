"""The bodies of the records a vault syncs: interview revisions and audit entries, both ways.

Record kinds (``fieldapp.sync.records.KNOWN_KINDS``): ``interview_revision``, ``referral`` and
``audit_entry``; the supervisor keeps every kind in its ledger and shows interview revisions
in its case list. A ``referral`` is keyed by the referral's uuid; each new state of it (a new
status) is the next revision, its body the referral row with the interview's uuid and
reference.

An ``interview_revision`` record is keyed by the interview's uuid and the revision number. Its
body is the revision content exactly as finalised plus the interview facts that never change
(reference, form id and version, language, interviewer, creation time) and the revision's own
facts (finalised time, author, reason, and the site, result level and person label read from
that revision's content). Everything comes from immutable rows, so sending the same revision
again gives byte-identical JSON and the supervisor sees a duplicate, never a false conflict.
An ``audit_entry`` is keyed by a uuid derived from the vault id and the entry's number, revision
1, its body the entry as the hash chain stores it. The supervisor reads interview bodies with
:func:`parse_interview_body`, which returns ``None`` for any body not in this shape: such a
record is kept as it came and simply not shown as an interview.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldapp.vault.case_facts import case_facts, choice_facts
from fieldapp.vault.sync_outbox import INTERVIEW_KIND, PendingAudit, PendingRevision, ReferralRow

MAX_FACT_CHARS = 400
_AUDIT_NAMESPACE = uuid.UUID("6f1c2c5e-5d0b-4b8e-9a51-0c3f1d2b7a10")
# The text facts of an interview body; ``content`` (an object) is the revision itself.
_FACTS = (
    "reference", "form_id", "form_version", "language", "interviewer", "created_at",
    "finalised_at", "author", "reason", "site", "result_level", "person_label",
)
_BODY_KEYS = frozenset((*_FACTS, "content"))


@dataclass(frozen=True)
class RevisionFacts:
    """What one revision's content says about where and with what result it was done."""

    site: str = ""
    result_level: str = ""
    person_label: str = ""


@dataclass(frozen=True)
class InterviewRevisionBody:
    """An interview revision record as the supervisor stores and shows it."""

    uuid: str
    revision: int
    device_id: str
    facts: Mapping[str, str]
    content: Mapping[str, Any]

    def content_text(self) -> str:
        return json.dumps(self.content, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class ShownRevision:
    """An interview revision as the case list takes it: the body's facts, the content as
    stored (JSON text) and the facts read from that content for the interview's row.

    Made where the bundle is read (a helper process during an import), so the writer gets
    text and small values, never the content's objects to serialise again.
    """

    uuid: str
    revision: int
    device_id: str
    facts: Mapping[str, str]
    content_text: str
    is_child: int | None
    citizenship: str
    exploitation: str | None  # the dashboard's choice facts (case_facts.choice_facts)
    control: str | None


def shown_revision(body: InterviewRevisionBody) -> ShownRevision:
    """What the case list stores of ``body`` (every fact read from its content is read here)."""
    is_child, citizenship = case_facts(body.content)
    return ShownRevision(body.uuid, body.revision, body.device_id, body.facts,
                         body.content_text(), is_child, citizenship, *choice_facts(body.content))


def interview_body(pending: PendingRevision, facts: RevisionFacts) -> dict[str, Any]:
    return {
        "reference": pending.reference,
        "form_id": pending.form_id,
        "form_version": pending.form_version,
        "language": pending.language,
        "interviewer": pending.interviewer,
        "created_at": pending.created_at,
        "finalised_at": pending.finalised_at,
        "author": pending.author,
        "reason": pending.reason,
        "site": facts.site,
        "result_level": facts.result_level,
        "person_label": facts.person_label,
        "content": json.loads(pending.content),
    }


def referral_body(row: ReferralRow) -> dict[str, Any]:
    return {
        "interview_uuid": row.interview_uuid,
        "reference": row.reference,
        "service_id": row.service_id,
        "service_name": row.service_name,
        "service_type": row.service_type,
        "language": row.language,
        "encrypted": row.encrypted,
        "status": row.status,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
        "created_by": row.created_by,
        "file_name": row.file_name,
    }


def audit_uuid(vault_id: str, seq: int) -> str:
    """Stable per vault and entry: sending an entry again names the same record."""
    return str(uuid.uuid5(_AUDIT_NAMESPACE, f"{vault_id}:{seq}"))


def audit_body(entry: PendingAudit) -> dict[str, Any]:
    return {
        "seq": entry.seq,
        "at": entry.at,
        "actor": entry.actor,
        "event": entry.event,
        "details": json.loads(entry.details),
        "prev_hash": entry.prev_hash,
        "hash": entry.hash,
    }


def parse_interview_body(kind: str, uuid: str, revision: int, device_id: str,
                         body: object) -> InterviewRevisionBody | None:
    """The interview revision in a record's parts, or ``None`` when it has another shape."""
    if kind != INTERVIEW_KIND or not isinstance(body, dict) or body.keys() != _BODY_KEYS:
        return None
    content = body["content"]
    if not isinstance(content, dict):
        return None
    facts: dict[str, str] = {}
    for name in _FACTS:
        value = body[name]
        if not isinstance(value, str) or len(value) > MAX_FACT_CHARS:
            return None
        facts[name] = value
    if not facts["reference"] or not facts["form_id"] or not facts["interviewer"]:
        return None
    return InterviewRevisionBody(uuid, revision, device_id, facts, content)
