"""The failures an interview can meet: a bad answer, and saved data that does not fit the form.

Messages name the field (form content) and what was expected, never the value that was given:
the value may be a person's name or testimony.
"""

from __future__ import annotations

from fieldapp.errors import FieldappError


class AnswerError(FieldappError):
    """A value that does not fit its question (type, choices, range), or a field that cannot
    be answered (a note, a calculation, a read-only field, an unknown path)."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(f"{field}: {message}")
        self.reason = message


class InterviewDataError(FieldappError):
    """Saved interview data (JSON or answer rows) that this form version cannot take back."""


class SessionError(FieldappError):
    """A request the interview cannot follow: an unknown page, section, repeat or language."""
