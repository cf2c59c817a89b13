"""The interviews an export reads: finalised ones, each as its latest finalised revision.

Exports never replay the form engine: a revision already holds the answers by instance path
(``interview.answers``) and every field and calculation by name (``values``), as the interview
service finalised them or as a laptop sent them. :func:`iter_interviews` streams them from the
vault in id order, one row at a time (the cursor is not fetched whole), so 100,000 interviews
cost the memory of one. Left out: drafts (unfinished, they may still change), interviews
reopened for a revision until they are finalised again, and interviews purged from a laptop
(no revision left). A :class:`~fieldapp.services.case_filter.CaseFilter`, the one the review
list and the dashboard use, narrows the interviews the same way everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fieldapp.services.case_filter import CaseFilter, case_where
from fieldapp.vault.database import Connection

# Only what this account's content keys open (fieldapp.vault.content_seal). Clear text
# always opens, and SQLite answers typeof() from the record's header without loading the
# value, so only sealed content (a BLOB) is handed to the keyring: counting 100,000 clear
# revisions reads their pages' headers (1.2 s) instead of all 900 MB of them (4.6 s).
OPENABLE = "(typeof(r.content) = 'text' OR fa_can_open(r.content))"
_QUERY = (
    "SELECT i.id, i.uuid, i.reference, i.form_id, i.form_version, i.language, i.site,"  # noqa: S608
    " i.interviewer, i.revision, i.result_level, i.created_at, i.finalised_at, i.case_status,"
    # Clear text as it is: through fa_open it would be copied between SQLite and Python
    # three times (800 MB for 100,000 revisions) to come back unchanged.
    " CASE WHEN typeof(r.content) = 'text' THEN r.content"
    " ELSE fa_open(r.content, 'revision') END"
    " FROM interviews AS i JOIN interview_revisions AS r"
    " ON r.interview_id = i.id AND r.revision = i.revision"
    " WHERE i.status = 'finalised' AND " + OPENABLE
)


@dataclass(frozen=True)
class ExportInterview:
    """One finalised interview as exports see it (the vault's row and its revision)."""

    uuid: str
    reference: str
    form_id: str
    form_version: str
    language: str
    site: str
    interviewer: str
    revision: int
    result_level: str
    created_at: str
    finalised_at: str
    case_status: str
    # By path; empty when only the values were decoded (see revision_values).
    answers: Mapping[str, Any]
    values: Mapping[str, Any]

    @property
    def instance_id(self) -> str:
        """The ODK instance id the form gave it (``uuid:...``), else one made from our uuid."""
        given = self.values.get("instanceID")
        if not given:
            given = next((value for path, value in self.answers.items()
                          if path.endswith("/meta/instanceID")), None)
        if isinstance(given, str) and given.startswith("uuid:"):
            return given
        return f"uuid:{self.uuid}"


_DECODER = json.JSONDecoder()
VALUES_KEY = '"values":'


def _top_values(content: str, at: int | None = None) -> tuple[dict[str, Any], int, int] | None:
    """The top-level ``values`` of a revision's text and where its JSON starts and ends, or
    None when only decoding the whole text can tell (see :func:`revision_values`). ``at``:
    where the last ``"values":`` is, when the caller knows."""
    if at is None:
        at = content.rfind(VALUES_KEY)
    if at < 0:
        return None
    start = at + len(VALUES_KEY)
    while start < len(content) and content[start] in " \t\r\n":
        start += 1
    try:
        values, end = _DECODER.raw_decode(content, start)
    except ValueError:
        return None
    if isinstance(values, dict) and content[end:].strip() == "}":
        return values, start, end
    return None


def revision_values(content: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(values, answers) of a revision's JSON text, decoding as little as it can.

    A revision is ``{"interview": {... "answers": ...}, "values": {...}}`` and its answers by
    path repeat what its values by name hold, so only the last top-level member, ``values``,
    is decoded (a third to almost half of the work): found as the last ``"values":`` in the
    text (inside a JSON string the quotes would be escaped), it is the top-level one exactly
    when nothing but the closing brace follows it. Anything else (a field named ``values``
    last in its object, another layout) falls back to decoding the whole text.
    """
    top = _top_values(content)
    if top is not None:
        return top[0], {}
    whole = json.loads(content)
    interview = whole.get("interview") if isinstance(whole, dict) else None
    answers = interview.get("answers") if isinstance(interview, dict) else None
    values = whole.get("values") if isinstance(whole, dict) else None
    return (values if isinstance(values, dict) else {},
            answers if isinstance(answers, dict) else {})


def values_tail(content: str) -> str:
    """The end of a revision's text from its last ``"values":`` on (all of it if there is
    none): what :func:`tail_values` needs, found without decoding anything."""
    at = content.rfind(VALUES_KEY)
    return content[at:] if at > 0 else content


def tail_values(tail: str) -> dict[str, Any] | None:
    """The values a :func:`values_tail` holds, or None when only the whole revision can tell
    (the same cases as :func:`revision_values`' fallback)."""
    # values_tail cut it at its last "values":, so that is where it starts.
    top = _top_values(tail, 0) if tail.startswith(VALUES_KEY) else None
    return top[0] if top is not None else None


def revision_content(connection: Connection, interview_id: int, revision: int) -> str:
    """One revision's whole text (for a :func:`values_tail` that could not be decoded alone)."""
    row = connection.execute(
        "SELECT content FROM interview_revisions WHERE interview_id = ? AND revision = ?",
        (interview_id, revision)).fetchone()
    return str(row[0])


def _where(connection: Connection, form_id: str | None,
           case_filter: CaseFilter | None) -> tuple[str, tuple[Any, ...]]:
    """Extra conditions on ``i`` (the interviews): one form, the shared case filter."""
    clause = ""
    params: tuple[Any, ...] = ()
    if form_id is not None:
        clause, params = " AND i.form_id = ?", (form_id,)
    if case_filter is not None and not case_filter.is_empty:
        where = case_where(connection, case_filter, table="i")
        clause, params = f"{clause} AND ({where.sql})", (*params, *where.params)
    return clause, params


def count_interviews(connection: Connection, form_id: str | None = None,
                     case_filter: CaseFilter | None = None) -> int:
    clause, params = _where(connection, form_id, case_filter)
    row = connection.execute(
        "SELECT count(*) FROM interviews AS i JOIN interview_revisions AS r"  # noqa: S608
        " ON r.interview_id = i.id AND r.revision = i.revision"
        " WHERE i.status = 'finalised' AND " + OPENABLE + clause,
        params,
    ).fetchone()
    return int(row[0])


def count_rows(connection: Connection, form_id: str | None = None,
               case_filter: CaseFilter | None = None) -> int:
    """How many finalised interviews there are, whether or not this account can open their
    content: at most :func:`count_interviews`, from the indexes alone (that one reads the
    start of every revision to tell sealed content from clear, a second per 100,000)."""
    clause, params = _where(connection, form_id, case_filter)
    row = connection.execute(
        "SELECT count(*) FROM interviews AS i JOIN interview_revisions AS r"  # noqa: S608
        " ON r.interview_id = i.id AND r.revision = i.revision"
        " WHERE i.status = 'finalised'" + clause,
        params,
    ).fetchone()
    return int(row[0])


def form_versions(connection: Connection, form_id: str | None = None,
                  case_filter: CaseFilter | None = None) -> list[tuple[str, str]]:
    """(form id, version) of every finalised interview's form, sorted."""
    clause, params = _where(connection, form_id, case_filter)
    rows = connection.execute(
        "SELECT DISTINCT i.form_id, i.form_version FROM interviews AS i"  # noqa: S608
        " WHERE i.status = 'finalised'" + clause + " ORDER BY 1, 2",
        params,
    ).fetchall()
    return [(str(form), str(version)) for form, version in rows]


def interviews_query(connection: Connection, form_id: str | None = None,
                     case_filter: CaseFilter | None = None,
                     after_id: int | None = None) -> tuple[str, tuple[Any, ...]]:
    """The query of :func:`iter_interviews` and its parameters: rows (with an id above
    ``after_id``) in id order, each ``(id, uuid, ... case_status, content)``."""
    clause, params = _where(connection, form_id, case_filter)
    if after_id is not None:
        clause, params = f" AND i.id > ?{clause}", (after_id, *params)
    return _QUERY + clause + " ORDER BY i.id", params


def interview_of(row: Sequence[Any], values: Mapping[str, Any],
                 answers: Mapping[str, Any]) -> ExportInterview:
    """The interview of a row of :func:`interviews_query` (its content decoded apart)."""
    return ExportInterview(
        uuid=str(row[1]), reference=str(row[2]), form_id=str(row[3]),
        form_version=str(row[4]), language=str(row[5]), site=str(row[6]),
        interviewer=str(row[7]), revision=int(row[8]), result_level=str(row[9]),
        created_at=str(row[10]), finalised_at=str(row[11] or ""),
        case_status=str(row[12] or ""), answers=answers, values=values,
    )


def iter_interviews(
    connection: Connection, form_id: str | None = None, case_filter: CaseFilter | None = None,
    *, after_id: int | None = None,
) -> Iterator[ExportInterview]:
    """Every finalised interview (of ``form_id``, passing ``case_filter``), oldest first
    (from the first with an id above ``after_id``)."""
    sql, params = interviews_query(connection, form_id, case_filter, after_id)
    for row in connection.execute(sql, params):
        values, answers = revision_values(row[13])
        yield interview_of(row, values, answers)
