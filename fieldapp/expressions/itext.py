"""An XForm's translations (``<itext>``) as ``jr:itext()`` reads them in ODK.

``jr:itext('id')`` is the ``<value>`` elements of text ``id`` in the active language (its
string is the first one's text). The active language is the one asked for; otherwise the
first translation marked ``default``, otherwise the first translation, as in ODK Web Forms.
A language the form does not have, or an id it does not define, gives no nodes.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from fieldapp.expressions.nodes import Node, NodeList

ItextLookup = Callable[[str], NodeList]


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def itext_lookup(form: etree._Element, language: str | None = None) -> ItextLookup | None:
    """The lookup over ``form``'s first ``<itext>``, or None when the form has none."""
    itext = next((node for node in form.iter(etree.Element) if _local(node) == "itext"), None)
    if itext is None:
        return None
    translations: dict[str, etree._Element] = {}
    default: str | None = None
    for translation in itext.iterchildren(etree.Element):
        if _local(translation) != "translation":
            continue
        name = str(translation.get("lang", ""))
        translations.setdefault(name, translation)
        if default is None and translation.get("default") is not None:
            default = name
    active = language if language is not None else default or next(iter(translations), None)
    chosen = translations.get(active) if active is not None else None
    texts: dict[str, list[Node]] = {}
    if chosen is not None:
        for text in chosen.iterchildren(etree.Element):
            text_id = text.get("id")
            if _local(text) == "text" and text_id is not None:  # a later duplicate wins
                texts[str(text_id)] = [v for v in text.iterchildren(etree.Element)
                                       if _local(v) == "value"]
    return lambda text_id: list(texts.get(text_id, ()))
