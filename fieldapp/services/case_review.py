"""Review queries over a case's revisions: who changed what, when, field by field.

Revisions are read from ``interview_revisions`` as they are stored (fieldapp.vault.revisions):
each holds the whole interview, with ``values`` (every relevant field and calculation by
name). :func:`diff_contents` compares two such contents field by field, so the case view can
show revisions side by side and the conflict review can show what two versions of one
revision disagree on. Fields are compared by name through ``values``; a content without
``values`` (an older format) is compared by its answer paths instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldapp.errors import FieldappError
from fieldapp.services.casework import visible_interview
from fieldapp.services.session import Vault
from fieldapp.vault import revisions
from fieldapp.vault.interviews import answers_of_content


@dataclass(frozen=True)
class FieldChange:
    """One field whose value differs; ``None`` where a side has no value."""

    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class RevisionSummary:
    """A revision without its content: number, author, reason, time, fields changed."""

    revision: int
    author: str
    reason: str
    created_at: str
    changed_fields: int


@dataclass(frozen=True)
class RevisionDiff:
    reference: str
    before: RevisionSummary
    after: RevisionSummary
    changes: tuple[FieldChange, ...]


class RevisionNotFound(FieldappError):
    def __init__(self, reference: str, revision: int, known: list[int]) -> None:
        listed = ", ".join(str(n) for n in known) or "none"
        super().__init__(
            f"interview {reference} has no revision {revision} (its revisions: {listed})")


def _fields(content: Mapping[str, Any]) -> dict[str, Any]:
    values = content.get("values")
    if isinstance(values, Mapping):
        return {str(name): value for name, value in values.items()
                if value is not None and value != "" and value != []}
    return dict(answers_of_content(content))


def diff_contents(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[FieldChange, ...]:
    """Every field whose value differs between two revision contents, by field name."""
    old, new = _fields(before), _fields(after)
    return tuple(FieldChange(name, old.get(name), new.get(name))
                 for name in sorted(old.keys() | new.keys()) if old.get(name) != new.get(name))


def case_revisions(vault: Vault, reference: str) -> list[RevisionSummary]:
    """The interview's revisions, oldest first, each with how many fields it changed."""
    record = visible_interview(vault, reference)
    stored = revisions.list_revisions(vault.connection, record.id)
    found = []
    previous: Mapping[str, Any] = {}
    for revision in stored:
        changed = len(diff_contents(previous, revision.content))
        found.append(RevisionSummary(revision.revision, revision.author, revision.reason,
                                     revision.created_at, changed))
        previous = revision.content
    return found


def revision_values(vault: Vault, reference: str, revision: int) -> dict[str, Any]:
    """One revision's fields by name (what the case view shows for it)."""
    record = visible_interview(vault, reference)
    stored = {r.revision: r for r in revisions.list_revisions(vault.connection, record.id)}
    if revision not in stored:
        raise RevisionNotFound(record.reference, revision, sorted(stored))
    return _fields(stored[revision].content)


def revision_diff(vault: Vault, reference: str, before: int, after: int) -> RevisionDiff:
    """What changed from revision ``before`` to revision ``after``, field by field."""
    record = visible_interview(vault, reference)
    stored = {r.revision: r for r in revisions.list_revisions(vault.connection, record.id)}
    for number in (before, after):
        if number not in stored:
            raise RevisionNotFound(record.reference, number, sorted(stored))
    summaries = {s.revision: s for s in case_revisions(vault, record.reference)}
    return RevisionDiff(record.reference, summaries[before], summaries[after],
                        diff_contents(stored[before].content, stored[after].content))
