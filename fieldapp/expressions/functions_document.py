"""XPath 1.0's document functions as ODK evaluates them, id() and lang(), and jr:itext().

``id('a b')`` selects, in document order, the elements of the context node's document whose
``id`` attribute is one of the whitespace-separated ids; a node-set argument contributes the
ids of every node. ``lang('pt')`` is true when the nearest ``xml:lang`` at or above the
context node is ``pt`` or ``pt-...``, in any case (a plain ``lang`` attribute, HTML's, does
not count). Instances are read with their ``xml:`` attributes kept apart for this reason.
``jr:itext('id')`` is the text's ``<value>`` elements in the active language
(:mod:`fieldapp.expressions.itext`); it exists only for an XForm evaluated on its own.
"""

from __future__ import annotations

import re

from lxml import etree

from fieldapp.expressions.environment import Context
from fieldapp.expressions.library import CallSite, Evaluator, Function
from fieldapp.expressions.nodes import (
    AttributeNode,
    DocumentNode,
    NamespaceNode,
    Node,
    TextNode,
    in_document_order,
)
from fieldapp.expressions.values import Value, node_strings, to_string

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_XML_SPACE = re.compile(r"[ \t\r\n]+")


def _document_root(node: Node) -> etree._Element:
    element = node.parent if isinstance(node, AttributeNode | TextNode | NamespaceNode) else node
    if isinstance(element, DocumentNode):
        element = element.children[0]
    return element.getroottree().getroot()


def _first_with_id(root: etree._Element, wanted: str) -> etree._Element | None:
    for element in root.iter(etree.Element):
        if element.get("id") == wanted:
            return element
    return None


def _build_id(site: CallSite) -> Evaluator:
    (arg,) = site.args

    def run(ctx: Context) -> Value:
        value = arg(ctx)
        texts = node_strings([value]) if isinstance(value, list) else [to_string(value)]
        wanted = dict.fromkeys(
            part for text in texts for part in _XML_SPACE.split(text.strip(" \t\r\n")) if part
        )
        if not wanted:
            return []
        root = _document_root(ctx.node)
        found: list[Node] = []
        for name in wanted:
            element = _first_with_id(root, name)
            if element is not None:
                found.append(element)
        return in_document_order(found)

    return run


def _language_of(node: Node) -> str | None:
    """The nearest xml:lang at or above the node (an attribute starts at its element)."""
    current: Node | None = (
        node.parent if isinstance(node, AttributeNode | TextNode | NamespaceNode) else node
    )
    while isinstance(current, etree._Element):
        value = current.get(XML_LANG)
        if value is not None:
            return str(value).lower()
        current = current.getparent()
    return None


def _build_itext(site: CallSite) -> Evaluator:
    (arg,) = site.args

    def run(ctx: Context) -> Value:
        lookup = ctx.env.itext
        return [] if lookup is None else lookup(to_string(arg(ctx)))

    return run


def _build_lang(site: CallSite) -> Evaluator:
    (arg,) = site.args

    def run(ctx: Context) -> Value:
        wanted = to_string(arg(ctx)).lower()
        if not wanted:
            return False
        language = _language_of(ctx.node)
        return language is not None and (language == wanted or language.startswith(wanted + "-"))

    return run


FUNCTIONS: dict[str, Function] = {
    "id": Function(1, 1, _build_id),
    "lang": Function(1, 1, _build_lang),
    "jr:itext": Function(1, 1, _build_itext, in_forms=False),
}
