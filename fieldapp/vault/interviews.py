"""The interview repository: interviews, their answers as they are given, and revisions.

Every answer is written the moment it is given, in one short transaction per change (the
session's "writes": upserts, and deletes as ``None``), so a crash or a pulled plug loses nothing
the screen showed as saved. Values are stored as JSON text. Finalising stores the complete
answer set as revision 1; later edits add revisions with a reason. Readers get frozen
dataclasses, never raw rows.

The ``answers`` rows are the working copy of an interview. An interview that arrived finalised
from a laptop (a supervisor's import) has none: its answers are those of its latest revision,
which :func:`load_answers` reads instead, and :func:`ensure_working_copy` writes out as rows
before such an interview is edited again. Writing millions of answer rows nobody edits was most
of an import's time.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fieldapp.vault.audit import Clock, utc_now
from fieldapp.vault.content_seal import ANSWER, LABEL, REVISION, Keyring, keyring_of
from fieldapp.vault.database import Connection, VaultDatabaseError, transaction

REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"  # no 0/O, 1/I/L, U: read aloud safely

AnswerWrite = tuple[str, Any]  # (instance path, JSON-able value or None to delete)

_COLUMNS = (
    "id, uuid, reference, form_id, form_version, language, site, interviewer, status,"
    " revision, position, result_level, created_at, updated_at, finalised_at, purged_at"
)


@dataclass(frozen=True)
class InterviewRecord:
    id: int
    uuid: str
    reference: str
    form_id: str
    form_version: str
    language: str
    site: str
    interviewer: str
    status: str
    revision: int
    position: str
    result_level: str
    created_at: str
    updated_at: str
    finalised_at: str | None
    # When a retention purge removed the answers and left this row as a stub, else None.
    purged_at: str | None = None


class InterviewNotFound(VaultDatabaseError):
    def __init__(self, reference: str) -> None:
        super().__init__(f"no interview with reference {reference} in this vault")


class InterviewReadOnly(VaultDatabaseError):
    def __init__(self, reference: str) -> None:
        super().__init__(
            f"interview {reference} is finalised: edit it as a new revision with a reason"
        )


def new_reference() -> str:
    """An opaque reference such as ``R-7KQ2-M9XD`` (about 39 bits, no names or places)."""
    chars = [secrets.choice(REFERENCE_ALPHABET) for _ in range(8)]
    return f"R-{''.join(chars[:4])}-{''.join(chars[4:])}"


def _now(clock: Clock) -> str:
    return clock().isoformat(timespec="milliseconds")


def create_interview(
    connection: Connection,
    *,
    form_id: str,
    form_version: str,
    language: str,
    interviewer: str,
    site: str = "",
    clock: Clock = utc_now,
) -> InterviewRecord:
    now = _now(clock)
    with transaction(connection):
        for _attempt in range(5):
            reference = new_reference()
            taken = connection.execute(
                "SELECT 1 FROM interviews WHERE reference = ?", (reference,)
            ).fetchone()
            if not taken:
                break
        cursor = connection.execute(
            "INSERT INTO interviews (uuid, reference, form_id, form_version, language, site,"
            " interviewer, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), reference, form_id, form_version, language, site, interviewer,
             now, now),
        )
        interview_id = cursor.lastrowid
    assert interview_id is not None
    return get_by_id(connection, interview_id)


def _record(row: Sequence[Any]) -> InterviewRecord:
    return InterviewRecord(*row)


def get_by_id(connection: Connection, interview_id: int) -> InterviewRecord:
    row = connection.execute(
        f"SELECT {_COLUMNS} FROM interviews WHERE id = ?",  # noqa: S608 - constant columns
        (interview_id,),
    ).fetchone()
    if row is None:
        raise InterviewNotFound(str(interview_id))
    return _record(row)


def get_by_reference(connection: Connection, reference: str) -> InterviewRecord:
    row = connection.execute(
        f"SELECT {_COLUMNS} FROM interviews WHERE reference = ?",  # noqa: S608 - constant columns
        (reference.upper(),),
    ).fetchone()
    if row is None:
        raise InterviewNotFound(reference)
    return _record(row)


def list_interviews(
    connection: Connection, *, interviewer: str | None = None
) -> list[InterviewRecord]:
    if interviewer is None:
        rows = connection.execute(
            f"SELECT {_COLUMNS} FROM interviews ORDER BY created_at DESC"  # noqa: S608
        )
    else:
        rows = connection.execute(
            f"SELECT {_COLUMNS} FROM interviews WHERE interviewer = ?"  # noqa: S608
            " ORDER BY created_at DESC",
            (interviewer,),
        )
    return [_record(row) for row in rows]


def save_answers(
    connection: Connection,
    interview_id: int,
    writes: Iterable[AnswerWrite],
    *,
    position: str | None = None,
    clock: Clock = utc_now,
) -> None:
    """Apply one change's writes in one transaction; returns once they are durable."""
    with transaction(connection):
        apply_answers(connection, interview_id, writes, position=position, clock=clock)


# Columns of ``interviews`` that answers fill in and the case list searches (see caselist).
SEARCHABLE = ("person_label", "site")


def apply_answers(
    connection: Connection,
    interview_id: int,
    writes: Iterable[AnswerWrite],
    *,
    position: str | None = None,
    searchable: Mapping[str, str] | None = None,
    clock: Clock = utc_now,
) -> bool:
    """:func:`save_answers` inside the caller's open transaction, so a caller that writes more
    commits once, without a savepoint (each costs a statement journal under SQLCipher).

    ``searchable`` holds new values of :data:`SEARCHABLE` columns these answers set; they go
    into the same ``UPDATE`` of the interview's row. Returns whether what the search index
    holds of the row changed (the caller then queues the interview for it).
    """
    if not connection.in_transaction:
        raise RuntimeError("apply_answers needs an open transaction")
    now = _now(clock)
    rows = connection.execute(
        "SELECT status, reference, interviewer, person_label, site FROM interviews"
        " WHERE id = ?", (interview_id,),
    ).fetchall()  # fetchall: an unfinished statement would slow the commit down
    current = rows[0] if rows else None
    if current is None:
        raise InterviewNotFound(str(interview_id))
    if current[0] != "draft":
        raise InterviewReadOnly(current[1])
    keyring, officer = keyring_of(connection), str(current[2])
    for path, value in writes:
        if value is None:
            connection.execute(
                "DELETE FROM answers WHERE interview_id = ? AND path = ?",
                (interview_id, path),
            )
        else:
            connection.execute(
                "INSERT INTO answers (interview_id, path, value, updated_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (interview_id, path)"
                " DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                (interview_id, path,
                 keyring.seal(json.dumps(value, ensure_ascii=False), officer, ANSWER), now),
            )
    columns: list[str] = ["updated_at"]
    values: list[str | bytes] = [now]
    if position is not None:
        columns.append("position")
        values.append(position)
    stored = dict(zip(SEARCHABLE, current[3:], strict=True))
    indexed = False
    for column, value in (searchable or {}).items():
        if column not in stored:
            raise ValueError(f"not a searchable column: {column}")
        if column == "person_label":
            if not label_differs(keyring, stored[column], value):
                continue
            label = seal_label(keyring, officer, value)
            columns.append(column)
            values.append(label)
            indexed = indexed or in_index(stored[column]) or in_index(label)
        elif value != stored[column]:
            columns.append(column)
            values.append(value)
            indexed = True
    assignments = ", ".join(f"{column} = ?" for column in columns)  # names from this module
    connection.execute(
        f"UPDATE interviews SET {assignments} WHERE id = ?",  # noqa: S608
        (*values, interview_id),
    )
    return indexed


def in_index(label: object) -> bool:
    """Whether the search index holds a stored name: a clear one does, a sealed one never
    (fieldapp.vault.search_index), so changing one sealed name for another leaves the index
    as it was and the answer's commit writes no page of the search queue."""
    return isinstance(label, str) and label != ""


def seal_label(keyring: Keyring, officer: str, label: str) -> str | bytes:
    """A name or alias as stored: sealed under the officer's key on a sealed laptop ('' stays
    '': it says only that none was recorded, as anonymous consent asks)."""
    return keyring.seal(label, officer, LABEL) if label else ""


def label_differs(keyring: Keyring, stored: object, label: str) -> bool:
    """Whether ``label`` is not what is stored (a name this account cannot open differs)."""
    if not keyring.can_open(stored):
        return True
    return bool(keyring.open(stored, LABEL) != label)


def set_label(connection: Connection, interview_id: int, label: str) -> bool:
    """Store the interview's name or alias (caller's transaction); whether what the search
    index holds of the row changed (see :func:`in_index`)."""
    row = connection.execute("SELECT interviewer, person_label FROM interviews WHERE id = ?",
                             (interview_id,)).fetchone()
    if row is None:
        raise InterviewNotFound(str(interview_id))
    keyring = keyring_of(connection)
    if not label_differs(keyring, row[1], label):
        return False
    stored = seal_label(keyring, str(row[0]), label)
    connection.execute("UPDATE interviews SET person_label = ? WHERE id = ?",
                       (stored, interview_id))
    return in_index(row[1]) or in_index(stored)


def load_answers(connection: Connection, interview_id: int) -> list[AnswerWrite]:
    """The interview's answers: its working copy, or else those of its latest revision."""
    rows = connection.execute(
        "SELECT path, value FROM answers WHERE interview_id = ? ORDER BY path", (interview_id,)
    ).fetchall()
    if rows:
        keyring = keyring_of(connection)
        return [(path, json.loads(keyring.open(value, ANSWER))) for path, value in rows]
    return revision_answers(connection, interview_id)


def revision_answers(connection: Connection, interview_id: int) -> list[AnswerWrite]:
    """The answer rows of the latest revision's content ([] for a draft never finalised)."""
    row = connection.execute(
        "SELECT content FROM interview_revisions WHERE interview_id = ?"
        " ORDER BY revision DESC LIMIT 1",
        (interview_id,),
    ).fetchone()
    if row is None:
        return []
    return answers_of_content(json.loads(keyring_of(connection).open(row[0], REVISION)))


def answers_of_content(content: Any) -> list[AnswerWrite]:
    """``(path, value)`` rows of a revision's content (``{"interview": {"answers": ...}}``)."""
    interview = content.get("interview") if isinstance(content, dict) else None
    answers = interview.get("answers") if isinstance(interview, dict) else None
    if not isinstance(answers, dict):
        return []
    return [(path, value) for path, value in sorted(answers.items())
            if isinstance(path, str) and value is not None]


def ensure_working_copy(connection: Connection, interview_id: int, *,
                        clock: Clock = utc_now) -> int:
    """Write the latest revision's answers as rows if the interview has none; how many.

    Call inside the transaction that makes the interview editable again, so that a draft
    always has its full answer set as rows and a partial edit never hides the rest."""
    if connection.execute("SELECT 1 FROM answers WHERE interview_id = ? LIMIT 1",
                          (interview_id,)).fetchone():
        return 0
    now = _now(clock)
    keyring, officer = keyring_of(connection), get_by_id(connection, interview_id).interviewer
    rows = [(interview_id, path,
             keyring.seal(json.dumps(value, ensure_ascii=False), officer, ANSWER), now)
            for path, value in revision_answers(connection, interview_id)]
    connection.executemany(
        "INSERT INTO answers (interview_id, path, value, updated_at) VALUES (?, ?, ?, ?)", rows)
    return len(rows)
