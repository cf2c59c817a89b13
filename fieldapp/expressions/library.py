"""How a function of the expression language is declared and built into an evaluator.

Each function is a :class:`Function`: its arity and a builder that receives the call site
(compiled arguments, their syntax trees) and returns a closure ``Context -> Value``. Building
at compile time lets ``if()`` and ``coalesce()`` evaluate lazily, lets ``indexed-repeat()``
look at its path arguments, and keeps the per-call cost of ordinary functions to one Python
call. The registries of the ``functions_*`` modules are merged by
:mod:`fieldapp.expressions.functions`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fieldapp.expressions.environment import Context
from fieldapp.expressions.errors import ExpressionError, quote
from fieldapp.expressions.nodes import NodeList
from fieldapp.expressions.syntax import Expr
from fieldapp.expressions.values import Value

Evaluator = Callable[[Context], Value]


@dataclass(frozen=True)
class CallSite:
    """One call in one expression, as its builder sees it."""

    name: str
    args: tuple[Evaluator, ...]
    nodes: tuple[Expr, ...]
    source: str
    compile_text: Callable[[str], Evaluator]  # compiles another expression (a path in a string)
    compile_node: Callable[[Expr], Evaluator]

    def error(self, problem: str) -> ExpressionError:
        return ExpressionError(f"{self.name}(): {problem} in expression {quote(self.source)}")


Builder = Callable[[CallSite], Evaluator]


@dataclass(frozen=True)
class Function:
    min_args: int
    max_args: int | None  # None: any number
    build: Builder
    volatile: bool = False  # depends on the clock or chance: recompute every time
    # False: only for expressions evaluated on their own over a whole XForm (jr:itext reads
    # the form's translations, which a form's own expressions cannot reach here).
    in_forms: bool = True


def eager(fn: Callable[..., Value]) -> Builder:
    """A builder for a function of its evaluated arguments (no context, no laziness)."""

    def build(site: CallSite) -> Evaluator:
        args = site.args
        if not args:
            return lambda ctx: fn()
        if len(args) == 1:
            (first,) = args
            return lambda ctx: fn(first(ctx))
        if len(args) == 2:
            first, second = args
            return lambda ctx: fn(first(ctx), second(ctx))
        return lambda ctx: fn(*[arg(ctx) for arg in args])

    return build


def contextual(fn: Callable[..., Value]) -> Builder:
    """A builder for a function of the context and its evaluated arguments."""

    def build(site: CallSite) -> Evaluator:
        args = site.args
        return lambda ctx: fn(ctx, *[arg(ctx) for arg in args])

    return build


def context_node(ctx: Context) -> Value:
    """The argument XPath supplies when ``string()``, ``number()``... get none: ``.``."""
    return [ctx.node]


def defaulting_to_context(fn: Callable[[Value], Value]) -> Builder:
    """Like :func:`eager` for one argument that defaults to the context node."""

    def build(site: CallSite) -> Evaluator:
        (arg,) = site.args or (context_node,)
        return lambda ctx: fn(arg(ctx))

    return build


def node_set(site: CallSite, value: Value, position: int = 1) -> NodeList:
    """The argument as a node-set, or the error a form author needs to fix the call."""
    if not isinstance(value, list):
        raise site.error(f"argument {position} must be a node-set (a path), not a value")
    return value
