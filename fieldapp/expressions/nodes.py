"""The nodes an expression walks: lxml elements plus the two XPath nodes lxml has no object for.

lxml gives an object for every element but none for an attribute or for the document node
above the root element. XPath needs both: ``@id`` selects attribute nodes and ``/data/age``
starts at the document node, whose only child is the root element. :class:`AttributeNode`
and :class:`DocumentNode` fill those gaps; this module also owns the axes (child, parent,
descendant...) over all three kinds of node, their string values and document order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import cast

from lxml import etree

Element = etree._Element


class AttributeNode:
    """One attribute of an element, as an XPath node."""

    __slots__ = ("name", "parent", "value")

    def __init__(self, parent: Element, name: str, value: str) -> None:
        self.parent = parent
        self.name = name
        self.value = value


class DocumentNode:
    """The document (root) node of an instance: the parent of its root element."""

    __slots__ = ("children",)

    def __init__(self, children: Sequence[Element]) -> None:
        self.children = children


Node = Element | AttributeNode | DocumentNode
NodeList = list[Node]


def document_of_tree(root: Element) -> DocumentNode:
    """The document node above ``root``.

    A secondary instance may be handed over as its XForms ``<instance>`` wrapper: the children
    of the wrapper are then the document's children, so ``instance('x')/root/item`` works both
    with and without the wrapper.
    """
    if _local_name(root.tag) == "instance":
        return DocumentNode(list(root.iterchildren(etree.Element)))
    return DocumentNode((root,))


def _local_name(tag: object) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def string_value(node: Node) -> str:
    """XPath string-value: all descendant text of an element, the value of an attribute."""
    if isinstance(node, AttributeNode):
        return node.value
    if isinstance(node, DocumentNode):
        return "".join(string_value(child) for child in node.children)
    if len(node) == 0:
        return node.text or ""
    return "".join(cast("Iterator[str]", node.itertext()))


def node_name(node: Node) -> str:
    """The qualified name of a node as XPath ``name()`` reports it (no namespaces here)."""
    if isinstance(node, AttributeNode):
        return _local_name(node.name)
    if isinstance(node, DocumentNode):
        return ""
    return _local_name(node.tag)


def children(node: Node, tag: str | None) -> Iterable[Node]:
    """Child elements, all of them (``tag`` None) or those named ``tag``."""
    if isinstance(node, DocumentNode):
        if tag is None:
            return node.children
        return [child for child in node.children if _matches(child, tag)]
    if isinstance(node, AttributeNode):
        return ()
    return node.iterchildren(etree.Element if tag is None else tag)


def attributes(node: Node, name: str | None) -> list[Node]:
    if not isinstance(node, etree._Element):
        return []
    if name is None:
        return [AttributeNode(node, str(key), str(value)) for key, value in node.attrib.items()]
    value = node.get(name)
    return [] if value is None else [AttributeNode(node, name, str(value))]


def parent(node: Node) -> Node | None:
    if isinstance(node, AttributeNode):
        return node.parent
    if isinstance(node, DocumentNode):
        return None
    up = node.getparent()
    if up is not None:
        return up
    return DocumentNode((node,))


def ancestors(node: Node) -> Iterator[Node]:
    """Ancestors nearest first, ending with the document node."""
    current = parent(node)
    while current is not None:
        yield current
        current = parent(current)


def descendants(node: Node, tag: str | None) -> Iterable[Node]:
    if isinstance(node, DocumentNode):
        found: list[Node] = []
        for child in node.children:
            if tag is None or _matches(child, tag):
                found.append(child)
            found.extend(child.iterdescendants(etree.Element if tag is None else tag))
        return found
    if isinstance(node, AttributeNode):
        return ()
    return node.iterdescendants(etree.Element if tag is None else tag)


def siblings(node: Node, tag: str | None, *, preceding: bool) -> Iterable[Node]:
    if not isinstance(node, etree._Element):
        return ()
    return node.itersiblings(etree.Element if tag is None else tag, preceding=preceding)


def matches(node: Node, tag: str | None) -> bool:
    """Whether an element passes a name test (``None`` is ``*``)."""
    if not isinstance(node, etree._Element):
        return False
    return tag is None or _matches(node, tag)


def _matches(element: Element, tag: str) -> bool:
    if tag.startswith("{*}"):
        return _local_name(element.tag) == tag[3:]
    return element.tag == tag


def sibling_index(element: Element) -> int:
    """1-based index among the siblings that share the element's name (the repeat index)."""
    index = 1
    for _ in element.itersiblings(str(element.tag), preceding=True):
        index += 1
    return index


def _order_key(node: Node) -> tuple[int, ...]:
    if isinstance(node, DocumentNode):
        return ()
    if isinstance(node, AttributeNode):
        names = list(node.parent.attrib.keys())
        position = names.index(node.name) if node.name in names else 0
        return (*_order_key(node.parent), -1, position)
    path: list[int] = []
    current: Element | None = node
    while current is not None:
        up = current.getparent()
        # Top-level siblings (processing instructions) never hold data: index 0 is enough.
        path.append(up.index(current) if up is not None else 0)
        current = up
    path.reverse()
    return tuple(path)


def identity(node: Node) -> object:
    """A key that is equal for two objects standing for the same node."""
    if isinstance(node, AttributeNode):
        return (id(node.parent), node.name)
    if isinstance(node, DocumentNode):
        return ("document", *(id(child) for child in node.children))
    return id(node)


def in_document_order(nodes: Iterable[Node]) -> NodeList:
    """The nodes without duplicates, sorted in document order."""
    unique: dict[object, Node] = {}
    for node in nodes:
        unique.setdefault(identity(node), node)
    result = list(unique.values())
    if len(result) > 1:
        result.sort(key=_order_key)
    return result
