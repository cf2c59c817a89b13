"""The one failure of the expression language: :class:`ExpressionError`.

A form expression that does not parse, names an unknown function, nests too deeply or is used
with the wrong kind of value raises :class:`ExpressionError`. The message quotes the expression
(form content, never an answer), shortened so a hostile 100 kB expression does not flood a log.
"""

from __future__ import annotations

from fieldapp.errors import FieldappError

_QUOTE_LIMIT = 160


def quote(source: str) -> str:
    """The expression as it appears in messages: quoted, on one line, at most ~160 characters."""
    flat = " ".join(source.split())
    if len(flat) > _QUOTE_LIMIT:
        flat = flat[: _QUOTE_LIMIT - 3] + "..."
    return f"'{flat}'"


class ExpressionError(FieldappError):
    """A form expression is malformed, too complex, or misused (wrong function, wrong type)."""
