"""Location paths compiled into closures over lxml trees: steps, axes, predicates.

``/data/grp/age`` is by far the most common path in a form, so a path of plain child steps
without predicates gets a dedicated closure that asks lxml for the matching children of each
step directly. Every other path goes through the general step loop: axis, node test,
predicates (a number predicate selects by position), and document order restored only where an
axis can break it (parent, ancestors, preceding siblings, anything after ``//``).

A form's instances carry no namespaces (``EvaluationEnvironment.namespaces`` is None): a name
test is then the plain tag, and a prefixed one (``jr:x``) matches ``x``. When an evaluation
has namespaces (a document read with them), each name test is resolved through them as ODK
does (:mod:`fieldapp.expressions.namespaces`); the fast paths are for the first case only.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from fieldapp.expressions.analysis import context_free
from fieldapp.expressions.axes import axis_of, plain_tags
from fieldapp.expressions.environment import Context
from fieldapp.expressions.errors import ExpressionError, quote
from fieldapp.expressions.namespaces import Namespaces
from fieldapp.expressions.nodes import (
    NodeList,
    children,
    in_document_order,
    string_value,
)
from fieldapp.expressions.operators import COMPARISONS, compare
from fieldapp.expressions.syntax import Chain, Expr, Filter, Number, Path, Step
from fieldapp.expressions.values import Value, to_boolean

Evaluator = Callable[[Context], Value]
StepRunner = Callable[[NodeList, Context], NodeList]

_ORDER_KEEPING = frozenset({"child", "attribute", "self"})
_REVERSE = frozenset({"ancestor", "ancestor-or-self", "preceding-sibling"})


def compile_path(path: Path, compile_node: Callable[[Expr], Evaluator], source: str) -> Evaluator:
    if path.start == "root" and _plain_children(path.steps):
        return _plain_absolute([step.test.name or "" for step in path.steps])
    if path.start == "context" and _plain_children(path.steps):
        return _plain_relative([step.test.name or "" for step in path.steps])
    return _compile_general(path, compile_node, source)


def _compile_general(
    path: Path, compile_node: Callable[[Expr], Evaluator], source: str
) -> Evaluator:
    start = _compile_start(path.start, compile_node, source)
    runners: list[StepRunner] = []
    after_descendant = False
    for step in path.steps:
        runners.append(_compile_step(step, compile_node, after_descendant))
        after_descendant = after_descendant or step.axis.startswith("descendant")

    def run(ctx: Context) -> Value:
        nodes = start(ctx)
        for runner in runners:
            if not nodes:
                break
            nodes = runner(nodes, ctx)
        return nodes

    return run


def _plain_children(steps: tuple[Step, ...]) -> bool:
    return bool(steps) and all(
        step.axis == "child"
        and step.test.kind == "name"
        and step.test.name is not None
        and step.test.prefix is None
        and not step.predicates
        for step in steps
    )


def _resolved_children(nodes: NodeList, names: list[str], namespaces: Namespaces) -> NodeList:
    """Plain child steps in a document with namespaces: each name resolved through them."""
    for name in names:
        tags = namespaces.tags(None, name)
        nodes = [child for node in nodes for child in children(node, tags)]
        if not nodes:
            break
    return nodes


def _plain_absolute(names: list[str]) -> Evaluator:
    first, rest = names[0], names[1:]

    def run(ctx: Context) -> Value:
        if ctx.env.namespaces is not None:
            return _resolved_children([ctx.main], names, ctx.env.namespaces)
        nodes: NodeList = [root for root in ctx.main.children if root.tag == first]
        for name in rest:
            if len(nodes) == 1:
                only = nodes[0]
                nodes = list(only.iterchildren(name))  # type: ignore[union-attr]
            else:
                nodes = [
                    child
                    for node in nodes
                    for child in node.iterchildren(name)  # type: ignore[union-attr]
                ]
            if not nodes:
                break
        return nodes

    return run


def _single_child_name(node: Expr) -> str | None:
    is_child_name = (
        isinstance(node, Path)
        and node.start == "context"
        and len(node.steps) == 1
        and _plain_children(node.steps)
    )
    return node.steps[0].test.name if is_child_name and isinstance(node, Path) else None


def _plain_relative(names: list[str]) -> Evaluator:
    def run(ctx: Context) -> Value:
        if ctx.env.namespaces is not None:
            return _resolved_children([ctx.node], names, ctx.env.namespaces)
        nodes: NodeList = [ctx.node]
        for name in names:
            nodes = [child for node in nodes for child in children(node, (name,))]
            if not nodes:
                break
        return nodes

    return run


def _compile_start(
    start: str | Filter, compile_node: Callable[[Expr], Evaluator], source: str
) -> Callable[[Context], NodeList]:
    if start == "root":
        return lambda ctx: [ctx.main]
    if start == "context":
        return lambda ctx: [ctx.node]
    assert isinstance(start, Filter)
    evaluate = compile_node(start)

    def from_filter(ctx: Context) -> NodeList:
        value = evaluate(ctx)
        if not isinstance(value, list):
            raise ExpressionError(
                f"a path continues from a value that is not a node-set in expression"
                f" {quote(source)}"
            )
        return value

    return from_filter


def _compile_step(
    step: Step, compile_node: Callable[[Expr], Evaluator], after_descendant: bool
) -> StepRunner:
    plain_axis = axis_of(step, plain_tags(step))
    named = step.test.kind == "name"
    filters = [_compile_predicate(predicate, compile_node) for predicate in step.predicates]
    reverse = step.axis in _REVERSE
    reorder = step.axis not in _ORDER_KEEPING or after_descendant

    def run(nodes: NodeList, ctx: Context) -> NodeList:
        namespaces = ctx.env.namespaces
        if namespaces is None or not named:
            axis = plain_axis
        else:  # a document with namespaces (never a form's instance): resolve the name
            axis = axis_of(step, namespaces.tags(step.test.prefix, step.test.name))
        if len(nodes) == 1 and not filters and not reverse:
            return list(axis(nodes[0]))
        found: NodeList = []
        for node in nodes:
            candidates = list(axis(node))
            for keep in filters:
                if not candidates:
                    break
                candidates = keep(candidates, ctx)
            found.extend(candidates)
        if reverse or (reorder and len(nodes) > 1):
            return in_document_order(found)
        return found

    return run


def _compile_predicate(
    predicate: Expr, compile_node: Callable[[Expr], Evaluator]
) -> Callable[[NodeList, Context], NodeList]:
    if isinstance(predicate, Number):
        wanted = predicate.value

        def by_position(candidates: NodeList, ctx: Context) -> NodeList:
            index = int(wanted)
            if index != wanted or not 1 <= index <= len(candidates):
                return []
            return [candidates[index - 1]]

        return by_position
    hoisted = _hoisted_comparison(predicate, compile_node)
    if hoisted is not None:
        return hoisted
    test = compile_node(predicate)

    def by_test(candidates: NodeList, ctx: Context) -> NodeList:
        size = len(candidates)
        kept: NodeList = []
        for position, node in enumerate(candidates, 1):
            value = test(ctx.at(node, position, size))
            if type(value) is float:
                if value == position:
                    kept.append(node)
            elif to_boolean(value):
                kept.append(node)
        return kept

    return by_test


def _hoisted_comparison(
    predicate: Expr, compile_node: Callable[[Expr], Evaluator]
) -> Callable[[NodeList, Context], NodeList] | None:
    """``[name = <same for every node>]``: the fixed side is evaluated once per filter."""
    if not isinstance(predicate, Chain) or len(predicate.rest) != 1:
        return None
    operator, right = predicate.rest[0]
    left = predicate.first
    if operator not in COMPARISONS:
        return None
    if context_free(right) and not context_free(left):
        varying, fixed, flipped = compile_node(left), compile_node(right), False
    elif context_free(left) and not context_free(right):
        varying, fixed, flipped = compile_node(right), compile_node(left), True
    else:
        return None
    # A comparison is a boolean, never a number: position() plays no part in keeping a node.
    tag = _single_child_name(right if flipped else left)

    def by_comparison(candidates: NodeList, ctx: Context) -> NodeList:
        constant = fixed(ctx)
        # Node-set '=' node-set is true when any two string values are equal: a set test.
        wanted = (
            {string_value(item) for item in constant}
            if operator == "=" and isinstance(constant, list)
            else None
        )
        size = len(candidates)
        kept: NodeList = []
        plain = ctx.env.namespaces is None
        for position, node in enumerate(candidates, 1):
            if tag is not None and plain:
                # ``item[name = ...]``: read the child directly, without a context per item.
                if isinstance(node, etree._Element):
                    value: Value = list(node.iterchildren(tag))
                else:
                    value = list(children(node, (tag,)))
            else:
                value = varying(ctx.at(node, position, size))
            if wanted is not None and isinstance(value, list):
                keep = any(string_value(item) in wanted for item in value)
            elif flipped:
                keep = compare(operator, constant, value)
            else:
                keep = compare(operator, value, constant)
            if keep:
                kept.append(node)
        return kept

    return by_comparison
