"""What the session hands back after each step: small frozen results the UI and vault apply.

A :class:`Change` says which values and which visibilities changed and which errors appeared
or cleared (so the UI updates only those widgets), and carries ``writes``: the answer rows to
upsert (a value) or delete (None), applied by the vault in one short transaction, so an answer
the screen shows as saved is on disk. Navigation returns a :class:`Navigation`; validation
problems are :class:`FieldError` records naming the field, never quoting the answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

JsonValue = Any  # str | int | float | bool | list | dict | None, as json.loads gives
Write = tuple[str, JsonValue]


@dataclass(frozen=True)
class FieldError:
    """A problem with one field: its concrete path, its name and a message for the officer."""

    path: str
    name: str
    message: str

    def as_json(self) -> dict[str, str]:
        return {"field": self.name, "path": self.path, "message": self.message}


@dataclass(frozen=True)
class Change:
    """The effect of one answer, clear, repeat edit or completion."""

    values: Mapping[str, JsonValue] = field(default_factory=dict)
    visibility: Mapping[str, bool] = field(default_factory=dict)
    errors: Mapping[str, str | None] = field(default_factory=dict)
    writes: tuple[Write, ...] = ()
    pages_changed: bool = False
    position: str | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.values or self.visibility or self.errors or self.writes
                    or self.pages_changed)


@dataclass(frozen=True)
class Navigation:
    """Where ``next``/``back``/``jump`` led: the new page key, or the errors that held it."""

    moved: bool
    page: str | None
    errors: tuple[FieldError, ...] = ()

    @property
    def at_end(self) -> bool:
        return self.moved and self.page is None


@dataclass(frozen=True)
class Progress:
    """How far the interview is: pages and answered questions among those visible."""

    page_number: int
    page_count: int
    answered: int
    questions: int

    @property
    def fraction(self) -> float:
        return self.answered / self.questions if self.questions else 1.0
