"""The syntax tree of a parsed expression: one frozen dataclass per construct.

Chains of operators of the same precedence (``a + b - c + ...``, ``x or y or ...``) are one
node with a list of operands rather than a deep left-leaning tree, so a long scoring sum over
hundreds of questions does not turn into hundreds of nested calls when compiled.
Every location path keeps the text it was written as, for dependency tracking.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Literal:
    value: str


@dataclass(frozen=True, slots=True)
class Number:
    value: float


@dataclass(frozen=True, slots=True)
class Reference:
    """An ODK ``${name}`` reference that pyxform has not resolved to a path."""

    name: str


@dataclass(frozen=True, slots=True)
class Call:
    name: str
    args: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class Negate:
    """Unary minus, applied ``count`` times (``--x`` is ``number(x)``)."""

    operand: Expr
    count: int


@dataclass(frozen=True, slots=True)
class Logical:
    """``a or b or ...`` / ``a and b and ...``, evaluated left to right with short-circuit."""

    operator: str
    operands: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class Chain:
    """Left-associative binary operators of one precedence: comparison or arithmetic."""

    first: Expr
    rest: tuple[tuple[str, Expr], ...]


@dataclass(frozen=True, slots=True)
class Union:
    operands: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class NodeTest:
    """``kind`` is 'name', 'node', 'text', 'comment' or 'processing-instruction'.

    A name test has the local ``name`` (None for ``*``) and the ``prefix`` it was written
    with (``jr:complete``: 'jr'; None when unprefixed); a processing-instruction test may
    name its target in ``name``.
    """

    kind: str
    name: str | None = None
    prefix: str | None = None


@dataclass(frozen=True, slots=True)
class Step:
    axis: str
    test: NodeTest
    predicates: tuple[Expr, ...] = ()


@dataclass(frozen=True, slots=True)
class Path:
    """A location path. ``start`` is 'root', 'context', or a filter expression."""

    start: str | Filter
    steps: tuple[Step, ...]
    text: str


@dataclass(frozen=True, slots=True)
class Filter:
    """A primary expression with predicates: ``(expr)[1]``, ``instance('x')``."""

    primary: Expr
    predicates: tuple[Expr, ...] = ()


Expr = Literal | Number | Reference | Call | Negate | Logical | Chain | Union | Path | Filter
