"""What the review filters and the dashboard read from an interview's answers.

The forms name these fields alike (``is_child``, role ``is_child``, ``1``/``0``; and
``citizenship``, HTCDS ``prs_Citizenship``, ISO 3166 alpha-2 codes, a ``select_multiple``),
see docs/forms.md. They are copied onto the ``interviews`` row whenever a revision becomes the
one shown (finalising here, or an import from a laptop), so the review list and dashboard
filter and count without opening a revision. Migration 8 fills rows already held the same way.

The dashboard also counts types of exploitation and means of control (``exploitation_types``
and ``methods_of_control``, the ``select_multiple`` fields tagged HTCDS
``vic_TypeOfExploitation`` and ``vic_MethodsOfControl``). Those live in the side table
``interview_choice_facts`` (migration 9), one row per interview, stamped with the interview's
``revision`` and ``updated_at`` they were read for: an import writes them with the interview
(:func:`store_choice_facts`, one batched statement), and a reader that finds a row whose stamp
differs from the interview's (a later write that did not refresh it) reads that revision
instead. The choices are kept as ``json_extract`` gives them from the revision's JSON (a JSON
list as text, or the stored text), so reading them back is the same whichever wrote them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from fieldapp.vault.database import Connection

CHILD_FIELD = "is_child"
CITIZENSHIP_FIELD = "citizenship"
EXPLOITATION_FIELD = "exploitation_types"
CONTROL_FIELD = "methods_of_control"
_MAX_CODES = 20
# (interview id, revision, updated_at, exploitation, control) as the import stores them.
ChoiceFactsRow = tuple[int, int, str, str | None, str | None]


def _child(value: Any) -> int | None:
    text = str(value).strip() if value is not None else ""
    return {"1": 1, "0": 0}.get(text)


def _codes(value: Any) -> str:
    if isinstance(value, str):
        items: list[Any] = value.split()
    elif isinstance(value, list):
        items = value
    else:
        return ""
    codes = [str(item).strip().upper() for item in items if isinstance(item, str)]
    return " ".join(code for code in codes[:_MAX_CODES] if code.isalpha() and len(code) <= 3)


def case_facts(content: Mapping[str, Any]) -> tuple[int | None, str]:
    """(is_child: 1, 0 or None when unknown; citizenship codes space-separated) of a revision."""
    values = content.get("values")
    if not isinstance(values, Mapping):
        return None, ""
    return _child(values.get(CHILD_FIELD)), _codes(values.get(CITIZENSHIP_FIELD))


def choices_as_stored(value: Any) -> str | None:
    """A select_multiple's value as ``json_extract`` returns it from the revision's JSON.

    A list is its compact JSON text, a text itself; anything else (a number, an object,
    nothing) is ``None``, as the migration's backfill keeps only arrays and texts.
    """
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value if isinstance(value, str) else None


def choice_facts(content: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """(types of exploitation, means of control) of a revision, as stored."""
    values = content.get("values")
    if not isinstance(values, Mapping):
        return None, None
    return (choices_as_stored(values.get(EXPLOITATION_FIELD)),
            choices_as_stored(values.get(CONTROL_FIELD)))


# One row per interview an import just wrote or changed, by the id the importer knows: a plain
# keyed insert. (Finding each interview by uuid inside the statement cost SQLite six
# allocations of about 3 KB per row, each locked and wiped under ``cipher_memory_security``:
# a fifth of an import's time, docs/performance.md, Sync.)
_STORE_SQL = (
    "INSERT INTO interview_choice_facts (interview_id, revision, updated_at, exploitation,"
    " control) VALUES (?, ?, ?, ?, ?)"
    " ON CONFLICT (interview_id) DO UPDATE SET revision = excluded.revision,"
    " updated_at = excluded.updated_at, exploitation = excluded.exploitation,"
    " control = excluded.control"
)


def store_choice_facts(connection: Connection, rows: Iterable[ChoiceFactsRow]) -> None:
    """Keep the choice facts of interviews an import just showed (in its transaction): rows of
    (interview id, revision shown, its ``updated_at``, exploitation, control)."""
    connection.executemany(_STORE_SQL, rows)
