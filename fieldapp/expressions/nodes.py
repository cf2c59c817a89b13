"""The nodes an expression walks: lxml elements plus the XPath nodes lxml has no object for.

lxml gives an object for every element (and for a comment or processing instruction, when
the parser keeps them) but none for an attribute, a run of text, a namespace declaration or
the document node above the root element. XPath needs them: ``@id`` selects attribute nodes,
``name/text()`` text nodes, ``namespace::*`` the declarations, and ``/data/age`` starts at
the document node, whose only child is the root element. :class:`AttributeNode`,
:class:`TextNode`, :class:`NamespaceNode` and :class:`DocumentNode` fill those gaps; this
module also owns the axes (child, parent, descendant...) over every kind of node, their
names, string values and document order.

A name test is given to the axes as lxml tags (``age``, ``{uri}age``, ``{*}age``), a tuple
of the tags it matches, or None for any element (``*``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import cast

from lxml import etree

from fieldapp.expressions.namespaces import XML, split_tag

Element = etree._Element
Tags = tuple[str, ...] | None


class AttributeNode:
    """One attribute of an element, as an XPath node."""

    __slots__ = ("name", "parent", "value")

    def __init__(self, parent: Element, name: str, value: str) -> None:
        self.parent = parent
        self.name = name
        self.value = value


class TextNode:
    """A run of text: the text of ``parent`` before its first child (``after`` None) or the
    tail of its child ``after``. lxml keeps CDATA as text, so a CDATA section is one too."""

    __slots__ = ("after", "parent", "value")

    def __init__(self, parent: Element, after: Element | None, value: str) -> None:
        self.parent = parent
        self.after = after
        self.value = value


class NamespaceNode:
    """A namespace declaration of an element (``xmlns:p="uri"``), as ODK's namespace axis
    gives it: the element's own declarations. Its string value is the URI; it has no name."""

    __slots__ = ("parent", "prefix", "value")

    def __init__(self, parent: Element, prefix: str | None, value: str) -> None:
        self.parent = parent
        self.prefix = prefix
        self.value = value


class DocumentNode:
    """The document (root) node of an instance: the parent of its root element."""

    __slots__ = ("children",)

    def __init__(self, children: Sequence[Element]) -> None:
        self.children = children


Node = Element | AttributeNode | TextNode | NamespaceNode | DocumentNode
_LEAVES = (AttributeNode, TextNode, NamespaceNode)
NodeList = list[Node]


def document_of_tree(root: Element) -> DocumentNode:
    """The document node above ``root``."""
    return DocumentNode((root,))


def string_value(node: Node) -> str:
    """XPath string-value: all descendant text of an element, the value of an attribute, the
    text of a text run, comment or processing instruction."""
    if isinstance(node, etree._Element):  # the common case first: this is a hot path
        if len(node) == 0:
            return node.text or ""
        return "".join(cast("Iterator[str]", node.itertext()))
    if isinstance(node, DocumentNode):
        return "".join(string_value(child) for child in node.children)
    return node.value


def is_element(node: Node) -> bool:
    """An element: not a comment or processing instruction, which lxml also makes elements."""
    return isinstance(node, etree._Element) and isinstance(node.tag, str)


def local_name(node: Node) -> str:
    """XPath ``local-name()``: an element's or attribute's name without its prefix, a
    processing instruction's target, '' for any other node."""
    if isinstance(node, AttributeNode):
        return split_tag(node.name)[1]
    if isinstance(node, etree._Element):
        tag = node.tag
        if isinstance(tag, str):
            return split_tag(tag)[1]
        return str(node.target) if isinstance(node, etree._ProcessingInstruction) else ""
    return ""


def namespace_uri(node: Node) -> str:
    """XPath ``namespace-uri()``: the namespace of an element or attribute, else ''."""
    if isinstance(node, AttributeNode):
        return split_tag(node.name)[0]
    if is_element(node):
        return split_tag(str(node.tag))[0]  # type: ignore[union-attr]
    return ""


def node_name(node: Node) -> str:
    """XPath ``name()``: ``prefix:local`` as the document writes it (a form's instances are
    read without namespaces, so there it is the local name)."""
    uri = namespace_uri(node)
    local = local_name(node)
    if not uri:
        return local
    if uri == XML:
        return f"xml:{local}"
    element = node.parent if isinstance(node, AttributeNode) else node
    assert isinstance(element, etree._Element)
    if isinstance(node, etree._Element) and node.prefix is not None:
        return f"{node.prefix}:{local}"
    prefix = next((key for key, value in element.nsmap.items() if value == uri and key), None)
    return local if prefix is None else f"{prefix}:{local}"


def namespace_nodes(node: Node) -> list[Node]:
    """The namespace declarations made on an element itself (ODK's namespace axis)."""
    if not is_element(node):
        return []
    element = node
    assert isinstance(element, etree._Element)
    up = element.getparent()
    inherited = up.nsmap if up is not None else {}
    return [
        NamespaceNode(element, prefix, uri)
        for prefix, uri in element.nsmap.items()
        if inherited.get(prefix) != uri
    ]


def children(node: Node, tags: Tags) -> Iterable[Node]:
    """Child elements, all of them (``tags`` None) or those with one of ``tags``."""
    if isinstance(node, DocumentNode):
        if tags is None:
            return node.children
        return [child for child in node.children if _matches(child, tags)]
    if not isinstance(node, etree._Element):
        return ()
    if tags is None:
        return node.iterchildren(etree.Element)
    return node.iterchildren(*tags)


def child_nodes(node: Node) -> list[Node]:
    """``child::node()``: child elements, runs of text, comments and processing
    instructions, in document order."""
    if isinstance(node, DocumentNode):
        return list(node.children)
    if not is_element(node):
        return []
    element = node
    assert isinstance(element, etree._Element)
    found: list[Node] = []
    if element.text:
        found.append(TextNode(element, None, element.text))
    for child in element:
        found.append(child)
        if child.tail:
            found.append(TextNode(element, child, child.tail))
    return found


def texts(node: Node) -> list[Node]:
    """The non-empty runs of text directly inside an element (``text()``)."""
    if not is_element(node):
        return []
    element = node
    assert isinstance(element, etree._Element)
    found: list[Node] = []
    if element.text:
        found.append(TextNode(element, None, element.text))
    for child in element:
        if child.tail:
            found.append(TextNode(element, child, child.tail))
    return found


def special_children(node: Node, kind: object) -> list[Node]:
    """Child comments (``kind`` ``etree.Comment``) or processing instructions (``etree.PI``)."""
    if isinstance(node, DocumentNode):
        return []
    if not isinstance(node, etree._Element):
        return []
    return list(node.iterchildren(kind))


def attributes(node: Node, tags: Tags) -> list[Node]:
    if not is_element(node):
        return []
    element = node
    assert isinstance(element, etree._Element)
    if tags is None:
        return [AttributeNode(element, str(key), str(value))
                for key, value in element.attrib.items()]
    found: list[Node] = []
    for tag in tags:
        if tag.startswith("{*}") or tag.endswith("}*"):
            found.extend(_attributes_like(element, tag))
            continue
        name = tag[2:] if tag.startswith("{}") else tag
        value = element.get(name)
        if value is not None:
            found.append(AttributeNode(element, name, str(value)))
    return found


def _attributes_like(element: Element, tag: str) -> list[Node]:
    """``{*}local`` (any namespace) or ``{uri}*`` (any name in a namespace)."""
    uri, local = split_tag(tag)
    found: list[Node] = []
    for key, value in element.attrib.items():
        key_uri, key_local = split_tag(str(key))
        if (uri == "*" and key_local == local) or (local == "*" and key_uri == uri):
            found.append(AttributeNode(element, str(key), str(value)))
    return found


def parent(node: Node) -> Node | None:
    if isinstance(node, _LEAVES):
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


def descendants(node: Node, tags: Tags) -> Iterable[Node]:
    if isinstance(node, DocumentNode):
        found: list[Node] = []
        for child in node.children:
            if tags is None or _matches(child, tags):
                found.append(child)
            found.extend(descendants(child, tags))
        return found
    if not isinstance(node, etree._Element):
        return ()
    if tags is None:
        return node.iterdescendants(etree.Element)
    return node.iterdescendants(*tags)


def siblings(node: Node, tags: Tags, *, preceding: bool) -> Iterable[Node]:
    if not isinstance(node, etree._Element):
        return ()
    if tags is None:
        return node.itersiblings(etree.Element, preceding=preceding)
    return node.itersiblings(*tags, preceding=preceding)


def matches(node: Node, tags: Tags) -> bool:
    """Whether an element passes a name test (``None`` is ``*``)."""
    if not is_element(node):
        return False
    return tags is None or _matches(node, tags)  # type: ignore[arg-type]


def _matches(element: Element, tags: tuple[str, ...]) -> bool:
    tag = element.tag
    if not isinstance(tag, str):
        return False
    for wanted in tags:
        if wanted == tag:
            return True
        if wanted.startswith("{*}"):
            if split_tag(tag)[1] == wanted[3:]:
                return True
        elif (wanted.endswith("}*") and split_tag(tag)[0] == wanted[1:-2]) or (
            wanted.startswith("{}") and wanted[2:] == tag
        ):
            return True
    return False


def sibling_index(element: Element) -> int:
    """1-based index among the siblings that share the element's name (the repeat index)."""
    index = 1
    for _ in element.itersiblings(str(element.tag), preceding=True):
        index += 1
    return index


def _order_key(node: Node) -> tuple[float, ...]:
    # An element's namespace nodes come first, then its attributes, then its content; a
    # text run sits between the children it separates.
    if isinstance(node, DocumentNode):
        return ()
    if isinstance(node, AttributeNode):
        names = list(node.parent.attrib.keys())
        position = names.index(node.name) if node.name in names else 0
        return (*_order_key(node.parent), -1, position)
    if isinstance(node, NamespaceNode):
        prefixes = list(node.parent.nsmap)
        return (*_order_key(node.parent), -2, prefixes.index(node.prefix))
    if isinstance(node, TextNode):
        place = -0.5 if node.after is None else node.parent.index(node.after) + 0.5
        return (*_order_key(node.parent), place)
    path: list[float] = []
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
    if isinstance(node, etree._Element):
        return id(node)
    if isinstance(node, AttributeNode):
        return (id(node.parent), node.name)
    if isinstance(node, TextNode):
        return ("text", id(node.parent), None if node.after is None else id(node.after))
    if isinstance(node, NamespaceNode):
        return ("namespace", id(node.parent), node.prefix)
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
