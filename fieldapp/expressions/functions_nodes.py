"""Node-set functions: count, count-non-empty, position, last, indexed-repeat, instance,
current, name, local-name, namespace-uri, randomize.

``instance('id')`` is the document node above a secondary instance's root element, so
pyxform's ``instance('list')/root/item[...]`` walks from there; given as its XForms
``<instance>`` element (an XForm evaluated on its own), it is that element, as in ODK, so
``instance('list')/@id`` is ``list`` and ``/root/item`` works the same; ``current()`` is the
node the whole expression was evaluated for, which choice filters use as ``current()/../y``. In ODK,
``position(..)`` takes a node and gives its 1-based repeat index, and
``indexed-repeat(/data/r/x, /data/r, 2)`` picks ``x`` in the second instance of repeat ``r``
(with up to five repeat/index pairs for nested repeats).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from random import Random

from lxml import etree

from fieldapp.expressions.environment import Context
from fieldapp.expressions.errors import ExpressionError, quote
from fieldapp.expressions.library import CallSite, Evaluator, Function, contextual, node_set
from fieldapp.expressions.nodes import (
    Node,
    document_of_tree,
    local_name,
    namespace_uri,
    node_name,
    sibling_index,
    string_value,
)
from fieldapp.expressions.syntax import Path, Step
from fieldapp.expressions.values import NAN, Value, to_number, to_string


def _count(site: CallSite) -> Evaluator:
    (arg,) = site.args
    return lambda ctx: float(len(node_set(site, arg(ctx))))


def _count_non_empty(site: CallSite) -> Evaluator:
    (arg,) = site.args

    def run(ctx: Context) -> Value:
        return float(sum(1 for node in node_set(site, arg(ctx)) if string_value(node) != ""))

    return run


def _position(site: CallSite) -> Evaluator:
    if not site.args:

        def here(ctx: Context) -> Value:
            if ctx.position > 0:
                return float(ctx.position)
            node = ctx.node
            return float(sibling_index(node)) if isinstance(node, etree._Element) else 1.0

        return here
    (arg,) = site.args

    def of_node(ctx: Context) -> Value:
        nodes = node_set(site, arg(ctx))
        if not nodes or not isinstance(nodes[0], etree._Element):
            return NAN
        return float(sibling_index(nodes[0]))

    return of_node


def _last(site: CallSite) -> Evaluator:
    return lambda ctx: float(ctx.size) if ctx.size > 0 else 1.0


def _current(site: CallSite) -> Evaluator:
    return lambda ctx: [ctx.current]


def _instance(site: CallSite) -> Evaluator:
    (arg,) = site.args

    def run(ctx: Context) -> Value:
        name = to_string(arg(ctx))
        root = ctx.env.instances.get(name)
        if root is None:
            raise ExpressionError(
                f"no secondary instance '{name}' for expression {quote(site.source)}"
            )
        if local_name(root) == "instance":
            return [root]
        return [document_of_tree(root)]

    return run


def _name_function(function: str, name: Callable[[Node], str]) -> Function:
    """``name()``, ``local-name()`` and ``namespace-uri()`` of the first node (or the context
    node). A form's instances have no namespaces: there the first two are the same."""

    def name_of(ctx: Context, *values: Value) -> Value:
        nodes = [ctx.node] if not values else values[0]
        if not isinstance(nodes, list):
            raise ExpressionError(f"{function}(): the argument must be a node-set")
        return name(nodes[0]) if nodes else ""

    return Function(0, 1, contextual(name_of))


def _randomize(site: CallSite) -> Evaluator:
    nodes_arg = site.args[0]
    seed_arg = site.args[1] if len(site.args) > 1 else None

    def run(ctx: Context) -> Value:
        nodes = list(node_set(site, nodes_arg(ctx)))
        if seed_arg is None:
            ctx.env.random.shuffle(nodes)
            return nodes
        seed = to_number(seed_arg(ctx))
        if math.isnan(seed) or math.isinf(seed):
            raise site.error("the seed must be a number")
        # A seeded shuffle must repeat exactly (ODK's randomize): not a security use.
        Random(int(seed)).shuffle(nodes)  # noqa: S311
        return nodes

    return run


def _indexed_repeat(site: CallSite) -> Evaluator:
    """As ODK Web Forms does it: every argument is evaluated in the calling context (so a
    repeat or the field may be a relative path), the repeat/index pairs are taken outermost
    first whatever their order, each repeat is chosen among those inside the one chosen
    before, and the result is the field's nodes inside the innermost chosen repeat. An index
    that is not a whole number from 1 to the count of repeats selects nothing."""
    if len(site.args) % 2 == 0:
        raise site.error("needs a field, then pairs of repeat and index")
    paths = [site.nodes[0], *site.nodes[1::2]]
    if not all(isinstance(path, Path) for path in paths):
        raise site.error("the field and the repeats must be paths")
    _check_nesting(site, [path for path in paths if isinstance(path, Path)])
    target = site.args[0]
    pairs = list(zip(site.args[1::2], site.args[2::2], strict=True))

    def run(ctx: Context) -> Value:
        chosen_sets: list[tuple[list[etree._Element], float]] = []
        for repeats_arg, index_arg in pairs:
            position = to_number(index_arg(ctx))
            if math.isnan(position):
                return []
            repeats = repeats_arg(ctx)
            elements = _elements(repeats)
            if not elements:
                return []
            chosen_sets.append((elements, position))
        chosen_sets.sort(key=lambda pair: _depth(pair[0][0]))
        chosen: etree._Element | None = None
        for elements, position in chosen_sets:
            if chosen is not None:
                elements = [node for node in elements if _inside(chosen, node)]
            if position != int(position) or not 1 <= position <= len(elements):
                return []
            chosen = elements[int(position) - 1]
        found = target(ctx)
        if chosen is None or not isinstance(found, list):
            return []
        inner = chosen
        return [n for n in found if isinstance(n, etree._Element) and _inside(inner, n)]

    return run


def _elements(value: Value) -> list[etree._Element]:
    if not isinstance(value, list):
        return []
    return [node for node in value if isinstance(node, etree._Element)]


def _depth(node: etree._Element) -> int:
    return sum(1 for _ in node.iterancestors())


def _inside(outer: etree._Element, node: etree._Element) -> bool:
    return any(ancestor is outer for ancestor in node.iterancestors())


def _check_nesting(site: CallSite, paths: list[Path]) -> None:
    """A form's absolute paths must nest (each repeat inside the next, the field in the
    innermost): otherwise the call can only give nothing, so loading the form says so."""
    if not all(path.start == "root" for path in paths):
        return  # relative paths are resolved when evaluated
    target, *repeats = paths
    ordered = sorted(repeats, key=lambda path: len(path.steps))
    for outer, inner in zip(ordered, [*ordered[1:], target], strict=True):
        if not _is_prefix(outer, inner):
            raise site.error("each repeat must contain the next one and the field")


def _is_prefix(outer: Path, inner: Path) -> bool:
    if outer.start != inner.start or len(outer.steps) >= len(inner.steps):
        return False
    return all(
        _same_step(a, b) for a, b in zip(outer.steps, inner.steps[: len(outer.steps)], strict=True)
    )


def _same_step(a: Step, b: Step) -> bool:
    return a.axis == b.axis and a.test == b.test


FUNCTIONS: dict[str, Function] = {
    "count": Function(1, 1, _count),
    "count-non-empty": Function(1, 1, _count_non_empty),
    "position": Function(0, 1, _position),
    "last": Function(0, 0, _last),
    "current": Function(0, 0, _current),
    "instance": Function(1, 1, _instance),
    "name": _name_function("name", node_name),
    "local-name": _name_function("local-name", local_name),
    "namespace-uri": _name_function("namespace-uri", namespace_uri),
    "randomize": Function(1, 2, _randomize),
    "indexed-repeat": Function(3, 11, _indexed_repeat),
}
