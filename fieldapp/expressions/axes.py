"""The axes of a location step (child, attribute, parent, descendant...) as functions from a
node to the nodes the step's node test keeps.

A name test arrives as lxml tags (:data:`fieldapp.expressions.nodes.Tags`): the plain tag in
a form's instances, which carry no namespaces (:func:`plain_tags`), or the tags the
evaluation's namespaces resolve it to. ``text()``, ``comment()`` and
``processing-instruction()`` select the nodes lxml keeps outside its element objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lxml import etree

from fieldapp.expressions.nodes import (
    Node,
    Tags,
    TextNode,
    ancestors,
    attributes,
    child_nodes,
    children,
    descendants,
    in_document_order,
    is_element,
    matches,
    namespace_nodes,
    parent,
    siblings,
    special_children,
    texts,
)
from fieldapp.expressions.syntax import Step

Axis = Callable[[Node], Iterable[Node]]


def plain_tags(step: Step) -> Tags:
    """A name test's tags in a document without namespaces: ``jr:x`` matches ``x``."""
    test = step.test
    if test.kind != "name" or test.name is None:
        return None
    return (test.name,) if test.prefix is None else (f"{{*}}{test.name}",)


def axis_of(step: Step, tags: Tags) -> Axis:
    kind = step.test.kind
    if kind in ("text", "comment", "processing-instruction"):
        return _special_axis(step)
    any_node = kind == "node"

    def test(node: Node) -> bool:
        return any_node or matches(node, tags)

    axis = step.axis
    if axis == "child":
        if any_node:
            return child_nodes
        return lambda node: children(node, tags)
    if axis == "attribute":
        return lambda node: attributes(node, tags)
    if axis == "namespace":
        # Only the namespace nodes themselves: a name test matches none (they have no name).
        if kind == "name" and step.test.name is not None:
            return lambda node: ()
        return namespace_nodes
    if axis == "self":
        return lambda node: (node,) if test(node) else ()
    if axis == "parent":
        return lambda node: [up for up in (parent(node),) if up is not None and test(up)]
    if axis == "ancestor":
        return lambda node: [up for up in ancestors(node) if test(up)]
    if axis == "ancestor-or-self":
        return lambda node: [up for up in (node, *ancestors(node)) if test(up)]
    if axis == "descendant":
        return lambda node: descendants(node, tags)
    if axis == "descendant-or-self":
        return lambda node: [*((node,) if test(node) else ()), *descendants(node, tags)]
    preceding = axis == "preceding-sibling"
    return lambda node: siblings(node, tags, preceding=preceding)


def _special_axis(step: Step) -> Axis:
    """``text()``, ``comment()`` and ``processing-instruction()`` on the child, self and
    descendant axes (the other axes find none of them here).

    A form's instances are read without comments and instructions, so there only ``text()``
    finds anything: the runs of text of an element (one for a field's answer).
    """
    kind, target = step.test.kind, step.test.name

    def test(node: Node) -> bool:
        if kind == "text":
            return isinstance(node, TextNode)
        if not isinstance(node, etree._Element) or is_element(node):
            return False
        if kind == "comment":
            return isinstance(node, etree._Comment)
        return isinstance(node, etree._ProcessingInstruction) and (
            target is None or node.target == target)

    if kind == "text":
        of_kind: Axis = texts
    else:
        special = etree.Comment if kind == "comment" else etree.ProcessingInstruction
        of_kind = lambda node: [c for c in special_children(node, special) if test(c)]  # noqa: E731
    if step.axis == "child":
        return of_kind
    if step.axis == "self":
        return lambda node: (node,) if test(node) else ()
    if step.axis in ("descendant", "descendant-or-self"):
        keep_self = step.axis == "descendant-or-self"

        def below(node: Node) -> list[Node]:
            found: list[Node] = [node] if keep_self and test(node) else []
            for element in (node, *descendants(node, None)):
                found.extend(of_kind(element))
            return in_document_order(found)

        return below
    return lambda node: ()
