"""Conflict review on a supervisor's vault: list, compare side by side, resolve, undo.

A conflict is an interview revision received in more than one version (a laptop restored from
an old backup and edited again, for instance). :class:`ConflictReview` lists them by case,
reads every version back from the bundles kept in the ledger (verified again with the
supervisor's key) and numbers them 1, 2, ... in the order received, shows what each differs
from the version shown in, field by field, with its author and time, and resolves a conflict
by choosing a version with a reason. Only a version from the laptop the interview came from
can be chosen. A resolution can be undone: the version it replaced is shown again, and both
steps stay on record. Each step is audited with the reference, revision, resolution id and
content hashes, never the reason's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldapp.errors import FieldappError
from fieldapp.services.case_review import FieldChange, diff_contents
from fieldapp.services.session import Vault
from fieldapp.services.sync import SupervisorSync
from fieldapp.services.sync_errors import require_manager, require_vault_role
from fieldapp.vault import conflict_resolutions as resolutions
from fieldapp.vault.audit import Clock
from fieldapp.vault.conflict_resolutions import Resolution
from fieldapp.vault.database import transaction
from fieldapp.vault.interviews import InterviewRecord, get_by_id, get_by_reference
from fieldapp.vault.sync_bodies import InterviewRevisionBody, parse_interview_body
from fieldapp.vault.sync_store import SUPERVISOR

MAX_REASON_CHARS = 500
_HASH_SHOWN = 16  # hex characters of a content hash in the audit log and listings


@dataclass(frozen=True)
class CaseConflict:
    """One interview revision held in several versions."""

    interview_id: int
    reference: str
    revision: int
    versions: int
    flagged_at: str
    resolution: Resolution | None


@dataclass(frozen=True)
class ConflictVersion:
    """One version of a conflicting revision, compared with the version shown now."""

    number: int
    content_hash: str
    device_id: str
    author: str
    finalised_at: str
    reason: str
    shown: bool
    same_device: bool
    values: dict[str, Any]
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class ConflictView:
    conflict: CaseConflict
    versions: tuple[ConflictVersion, ...]


class ConflictError(FieldappError):
    """A resolution the vault refuses (no such conflict or version, no reason, ...)."""


def _short(content_hash: str) -> str:
    return content_hash[:_HASH_SHOWN]


class ConflictReview:
    """Conflicts of one unlocked supervisor vault."""

    def __init__(self, vault: Vault, *, clock: Clock | None = None) -> None:
        self.vault = vault
        self.clock: Clock = clock or vault.clock

    def _require(self, action: str) -> None:
        # Versions hold every answer of colleagues' interviews: managers only, as changes.
        require_vault_role(self.vault, SUPERVISOR, action)
        require_manager(self.vault, action)

    def conflicts(self) -> list[CaseConflict]:
        """Every interview revision held in more than one version, oldest flagged first."""
        self._require("review conflicts")
        connection = self.vault.connection
        found = []
        for uuid, revision, others, flagged in resolutions.conflicted(connection):
            row = connection.execute("SELECT id FROM interviews WHERE uuid = ?",
                                     (uuid,)).fetchone()
            if row is None:
                continue  # never shown as an interview (another device's record)
            record = get_by_id(connection, int(row[0]))
            found.append(CaseConflict(record.id, record.reference, revision, others + 1,
                                      flagged,
                                      resolutions.in_force(connection, record.id, revision)))
        return found

    def _conflict(self, reference: str, revision: int) -> CaseConflict:
        record = get_by_reference(self.vault.connection, reference)
        for conflict in self.conflicts():
            if conflict.interview_id == record.id and conflict.revision == revision:
                return conflict
        raise ConflictError(
            f"revision {revision} of interview {record.reference} is not in conflict")

    def _bodies(self, record: InterviewRecord,
                revision: int) -> list[tuple[str, str, InterviewRevisionBody | None]]:
        versions = SupervisorSync(self.vault, clock=self.clock).versions(record.uuid, revision)
        return [(v.content_hash, v.device_id,
                 parse_interview_body(v.kind, v.uuid, v.revision, v.device_id, v.body))
                for v in versions]

    def view(self, reference: str, revision: int) -> ConflictView:
        """Every version of the revision, numbered, each compared with the one shown."""
        self._require("review conflicts")
        conflict = self._conflict(reference, revision)
        record = get_by_id(self.vault.connection, conflict.interview_id)
        bodies = self._bodies(record, revision)
        shown_hash = resolutions.shown_hash(self.vault.connection, record.id, record.uuid,
                                            revision)
        first_device = bodies[0][1] if bodies else ""
        shown_content: dict[str, Any] = next(
            (dict(body.content) for digest, _d, body in bodies
             if digest == shown_hash and body is not None), {})
        versions = []
        for number, (digest, device, body) in enumerate(bodies, start=1):
            content = dict(body.content) if body is not None else {}
            facts = body.facts if body is not None else {}
            versions.append(ConflictVersion(
                number, digest, device, facts.get("author", ""), facts.get("finalised_at", ""),
                facts.get("reason", ""), digest == shown_hash, device == first_device,
                dict(content.get("values", {})) if isinstance(content.get("values"), dict)
                else {}, diff_contents(shown_content, content)))
        return ConflictView(conflict, tuple(versions))

    def resolve(self, reference: str, revision: int, version: int,
                reason: str) -> Resolution:
        """Show version ``version`` of the revision, for ``reason``; audited, reversible."""
        self._require("resolve conflicts")
        reason = reason.strip()
        if not reason or len(reason) > MAX_REASON_CHARS:
            raise ConflictError(f"say why this version is kept (1-{MAX_REASON_CHARS} characters)")
        view = self.view(reference, revision)
        if view.conflict.resolution is not None:
            raise ConflictError(
                f"revision {revision} of {view.conflict.reference} is resolved already:"
                " undo that resolution first")
        chosen = next((v for v in view.versions if v.number == version), None)
        if chosen is None:
            raise ConflictError(f"there is no version {version}: choose 1 to "
                                f"{len(view.versions)}")
        if not chosen.same_device:
            raise ConflictError(f"version {version} came from another laptop than the"
                                " interview: it cannot replace it")
        shown = next(v for v in view.versions if v.shown)
        return self._apply(view.conflict, chosen.content_hash, shown.content_hash, reason)

    def _apply(self, conflict: CaseConflict, chosen: str, replaced: str,
               reason: str) -> Resolution:
        record = get_by_id(self.vault.connection, conflict.interview_id)
        body = next(b for digest, _d, b in self._bodies(record, conflict.revision)
                    if digest == chosen)
        if body is None:
            raise ConflictError("the chosen version cannot be read as an interview")
        connection = self.vault.connection
        now = self.clock().isoformat(timespec="milliseconds")
        with transaction(connection):
            resolutions.show_version(connection, record.id, body, now=now)
            resolution_id = resolutions.add(
                connection, record.id, conflict.revision, chosen_hash=chosen,
                replaced_hash=replaced, reason=reason, by=self.vault.user, clock=self.clock)
            connection.execute("INSERT OR IGNORE INTO search_queue (interview_id) VALUES (?)",
                               (record.id,))
            self.vault.audit("conflict_resolved", {
                "reference": record.reference, "revision": conflict.revision,
                "resolution": resolution_id, "chosen": _short(chosen),
                "replaced": _short(replaced),
            })
        resolution = resolutions.in_force(connection, record.id, conflict.revision)
        assert resolution is not None
        return resolution

    def undo(self, reference: str, revision: int) -> Resolution:
        """Undo the resolution in force: the version it replaced is shown again."""
        self._require("undo a conflict resolution")
        conflict = self._conflict(reference, revision)
        resolution = conflict.resolution
        if resolution is None:
            raise ConflictError(
                f"revision {revision} of {conflict.reference} has no resolution to undo")
        record = get_by_id(self.vault.connection, conflict.interview_id)
        body = next((b for digest, _d, b in self._bodies(record, revision)
                     if digest == resolution.replaced_hash), None)
        if body is None:
            raise ConflictError("the replaced version cannot be read back from the ledger")
        connection = self.vault.connection
        now = self.clock().isoformat(timespec="milliseconds")
        with transaction(connection):
            resolutions.show_version(connection, record.id, body, now=now)
            resolutions.mark_undone(connection, resolution.id, by=self.vault.user,
                                    clock=self.clock)
            connection.execute("INSERT OR IGNORE INTO search_queue (interview_id) VALUES (?)",
                               (record.id,))
            self.vault.audit("conflict_resolution_undone", {
                "reference": record.reference, "revision": revision,
                "resolution": resolution.id, "shown": _short(resolution.replaced_hash),
            })
        undone = resolutions.history(connection, record.id)
        return next(r for r in undone if r.id == resolution.id)

    def history(self, reference: str) -> list[Resolution]:
        """Every resolution of the case's conflicts, undone ones included."""
        self._require("review conflicts")
        record = get_by_reference(self.vault.connection, reference)
        return resolutions.history(self.vault.connection, record.id)
