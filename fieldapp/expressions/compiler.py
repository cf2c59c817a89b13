"""Compiles a syntax tree into nested Python closures, one per construct.

The tree is walked once at compile time and every node becomes a closure ``Context -> Value``
that calls its children's closures, so evaluation does no dispatch on node types and no
dictionary lookups of function names. Functions are checked here: an unknown name or a wrong
number of arguments fails the compile with :class:`ExpressionError`, or, when the caller asks
for ODK's behaviour, fails only if evaluation reaches the call (``false() and substring()``
is false in ODK). Nothing is ever passed to
``eval`` or ``exec``; a form can only combine the operations this module knows.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from fieldapp.expressions.environment import Context
from fieldapp.expressions.errors import ExpressionError, quote
from fieldapp.expressions.functions import lookup
from fieldapp.expressions.library import CallSite, Evaluator
from fieldapp.expressions.nodes import Node, NodeList, in_document_order
from fieldapp.expressions.operators import COMPARISONS, arithmetic, compare
from fieldapp.expressions.paths import compile_path
from fieldapp.expressions.syntax import (
    Call,
    Chain,
    Expr,
    Filter,
    Literal,
    Logical,
    Negate,
    Number,
    Path,
    Union,
)
from fieldapp.expressions.values import Value, to_boolean, to_number


class Compiler:
    """Compiles the nodes of one expression; ``compile_text`` compiles other expressions."""

    def __init__(
        self,
        source: str,
        compile_text: Callable[[str], Evaluator],
        *,
        defer_call_errors: bool = False,
    ) -> None:
        self.source = source
        self.compile_text = compile_text
        # False for a form's own expressions: a bad call is reported when the form loads
        # (and by `fieldapp form check`), even behind an `and` that would never reach it.
        # True follows ODK, which reports it only if evaluation reaches the call.
        self.defer_call_errors = defer_call_errors

    def compile(self, node: Expr) -> Evaluator:
        if isinstance(node, Literal | Number):
            constant: Value = node.value
            return lambda ctx: constant
        if isinstance(node, Path):
            return compile_path(node, self.compile, self.source)
        if isinstance(node, Chain):
            return self._chain(node)
        if isinstance(node, Logical):
            return self._logical(node)
        if isinstance(node, Call):
            return self._call(node)
        if isinstance(node, Negate):
            return self._negate(node)
        if isinstance(node, Union):
            return self._union(node)
        if isinstance(node, Filter):
            return self._filter(node)
        return _reference(node.name, self.source)

    def _chain(self, node: Chain) -> Evaluator:
        first = self.compile(node.first)
        rest = [(operator, self.compile(operand)) for operator, operand in node.rest]
        if len(rest) == 1:
            operator, second = rest[0]
            if operator in COMPARISONS:
                return lambda ctx: compare(operator, first(ctx), second(ctx))
            return lambda ctx: arithmetic(operator, first(ctx), second(ctx))

        def run(ctx: Context) -> Value:
            value = first(ctx)
            for operator, operand in rest:
                if operator in COMPARISONS:
                    value = compare(operator, value, operand(ctx))
                else:
                    value = arithmetic(operator, value, operand(ctx))
            return value

        return run

    def _logical(self, node: Logical) -> Evaluator:
        operands = [self.compile(operand) for operand in node.operands]
        if node.operator == "or":
            return lambda ctx: any(to_boolean(operand(ctx)) for operand in operands)
        return lambda ctx: all(to_boolean(operand(ctx)) for operand in operands)

    def _negate(self, node: Negate) -> Evaluator:
        operand = self.compile(node.operand)
        if node.count % 2:
            return lambda ctx: -to_number(operand(ctx))
        return lambda ctx: to_number(operand(ctx))

    def _union(self, node: Union) -> Evaluator:
        operands = [self.compile(operand) for operand in node.operands]

        def run(ctx: Context) -> Value:
            merged: NodeList = []
            for operand in operands:
                value = operand(ctx)
                if not isinstance(value, list):
                    raise ExpressionError(
                        f"'|' joins node-sets only, in expression {quote(self.source)}"
                    )
                merged.extend(value)
            return in_document_order(merged)

        return run

    def _filter(self, node: Filter) -> Evaluator:
        # A filter with predicates is a path with no steps after its start.
        primary = self.compile(node.primary)
        if not node.predicates:
            return primary
        as_path = Path(Filter(node.primary), (), "")
        start = compile_path(as_path, self.compile, self.source)
        tests = [self.compile(predicate) for predicate in node.predicates]

        def run(ctx: Context) -> Value:
            nodes = start(ctx)
            assert isinstance(nodes, list)
            for test in tests:
                size = len(nodes)
                kept: NodeList = []
                for position, item in enumerate(nodes, 1):
                    value = test(ctx.at(item, position, size))
                    keep = value == position if type(value) is float else to_boolean(value)
                    if keep:
                        kept.append(item)
                nodes = kept
            return nodes

        return run

    def _call(self, node: Call) -> Evaluator:
        if not self.defer_call_errors:
            return self._checked_call(node)
        try:
            return self._checked_call(node)
        except ExpressionError as error:
            failure = error

            def fail(ctx: Context) -> Value:
                raise failure

            return fail

    def _checked_call(self, node: Call) -> Evaluator:
        function = lookup(node.name)
        if function is None:
            raise ExpressionError(
                f"unknown function '{node.name}' in expression {quote(self.source)}"
            )
        if not function.in_forms and not self.defer_call_errors:
            raise ExpressionError(
                f"{node.name}() is not available in a form's expressions (the form's labels"
                f" use its translations directly), in expression {quote(self.source)}"
            )
        count = len(node.args)
        if count < function.min_args or (
            function.max_args is not None and count > function.max_args
        ):
            raise ExpressionError(
                f"{node.name}() takes {_arity(function.min_args, function.max_args)},"
                f" not {count}, in expression {quote(self.source)}"
            )
        site = CallSite(
            name=node.name,
            args=tuple(self.compile(arg) for arg in node.args),
            nodes=node.args,
            source=self.source,
            compile_text=self.compile_text,
            compile_node=self.compile,
        )
        return function.build(site)


def _arity(low: int, high: int | None) -> str:
    if high is None:
        return f"at least {low} argument{'s' if low != 1 else ''}"
    if low == high:
        return f"{low} argument{'s' if low != 1 else ''}"
    return f"{low} to {high} arguments"


def _reference(name: str, source: str) -> Evaluator:
    """``${name}``: the element of that name, nearest the context node when there are several.

    pyxform resolves references before a form reaches the engine; this serves expressions
    written by hand, as in conformance tables.
    """

    def run(ctx: Context) -> Value:
        found: list[etree._Element] = []
        for root in ctx.main.children:
            if root.tag == name:
                found.append(root)
            found.extend(root.iterdescendants(name))
        if not found:
            raise ExpressionError(f"no question named '{name}' for expression {quote(source)}")
        if len(found) == 1:
            return list[Node](found)
        return _nearest(found, ctx.node)

    return run


def _nearest(found: list[etree._Element], here: Node) -> Value:
    """Those of ``found`` sharing the deepest common ancestor with ``here`` (repeat siblings)."""
    # The list keeps the proxies alive, so their ids stay valid while the dict is used.
    line = list(reversed(_ancestry(here)))
    depth_of = {id(node): depth for depth, node in enumerate(line)}
    scored = [
        (next((depth_of[id(up)] for up in _ancestry(element) if id(up) in depth_of), -1), element)
        for element in found
    ]
    best = max(depth for depth, _ in scored)
    return [element for depth, element in scored if depth == best]


def _ancestry(node: Node) -> list[Node]:
    chain: list[Node] = []
    current = node if isinstance(node, etree._Element) else None
    while current is not None:
        chain.append(current)
        current = current.getparent()
    return chain
