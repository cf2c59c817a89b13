"""The interview repository: interviews, their answers as they are given, and revisions.

Every answer is written the moment it is given, in one short transaction per change (the
session's "writes": upserts, and deletes as ``None``), so a crash or a pulled plug loses nothing
the screen showed as saved. Values are stored as JSON text. Finalising stores the complete
answer set as revision 1; later edits add revisions with a reason. Readers get frozen
dataclasses, never raw rows.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from fieldapp.vault.audit import Clock, utc_now
from fieldapp.vault.database import Connection, VaultDatabaseError, transaction

REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"  # no 0/O, 1/I/L, U: read aloud safely

AnswerWrite = tuple[str, Any]  # (instance path, JSON-able value or None to delete)

_COLUMNS = (
    "id, uuid, reference, form_id, form_version, language, site, interviewer, status,"
    " revision, position, result_level, created_at, updated_at, finalised_at"
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
    now = _now(clock)
    with transaction(connection):
        rows = connection.execute(
            "SELECT status, reference FROM interviews WHERE id = ?", (interview_id,)
        ).fetchall()  # fetchall: an unfinished statement would slow the commit down
        status = rows[0] if rows else None
        if status is None:
            raise InterviewNotFound(str(interview_id))
        if status[0] != "draft":
            raise InterviewReadOnly(status[1])
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
                    (interview_id, path, json.dumps(value, ensure_ascii=False), now),
                )
        if position is None:
            connection.execute(
                "UPDATE interviews SET updated_at = ? WHERE id = ?", (now, interview_id)
            )
        else:
            connection.execute(
                "UPDATE interviews SET updated_at = ?, position = ? WHERE id = ?",
                (now, position, interview_id),
            )


def load_answers(connection: Connection, interview_id: int) -> list[AnswerWrite]:
    rows = connection.execute(
        "SELECT path, value FROM answers WHERE interview_id = ? ORDER BY path", (interview_id,)
    )
    return [(path, json.loads(value)) for path, value in rows]
