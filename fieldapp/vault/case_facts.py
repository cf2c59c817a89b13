"""What the review filters read from an interview's answers: child or adult, citizenship.

The forms name these fields alike (``is_child``, role ``is_child``, ``1``/``0``; and
``citizenship``, HTCDS ``prs_Citizenship``, ISO 3166 alpha-2 codes, a ``select_multiple``),
see docs/forms.md. They are copied onto the ``interviews`` row whenever a revision becomes the
one shown (finalising here, or an import from a laptop), so the review list and dashboard
filter and count without opening a revision. Migration 8 fills rows already held the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

CHILD_FIELD = "is_child"
CITIZENSHIP_FIELD = "citizenship"
_MAX_CODES = 20


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
