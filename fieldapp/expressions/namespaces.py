"""Namespace resolution for a document read with its namespaces, as @getodk/xpath does it.

A form's instances are loaded without namespaces and its paths carry no prefixes, so the
interview engine never needs this (``EvaluationEnvironment.namespaces`` is None there and a
name test is a plain tag). An XForm or an XML document evaluated on its own
(:mod:`fieldapp.expressions.standalone`) keeps its namespaces, and name tests then resolve
as in ODK:

- an unprefixed name ``age`` matches ``age`` in no namespace, or in the namespace an
  unprefixed name resolves to: the document's default namespace, else the XForms one;
- ``jr:complete`` matches ``complete`` in the namespace ``jr`` resolves to: the
  declarations in scope at the document's root (or the prefixes the caller gives), else
  ODK's fixed prefixes (``jr``, ``odk``, ``orx``, ``h``, ``xf``...); an unknown prefix
  resolves to no namespace;
- ``*`` matches any element, ``jr:*`` any element in that namespace.

:class:`Namespaces` turns a name test into the lxml tags (``{uri}local``) it matches.
"""

from __future__ import annotations

from collections.abc import Mapping

XHTML = "http://www.w3.org/1999/xhtml"
XML = "http://www.w3.org/XML/1998/namespace"
XMLNS = "http://www.w3.org/2000/xmlns/"
XFORMS = "http://www.w3.org/2002/xforms"
JAVAROSA = "http://openrosa.org/javarosa"

# @getodk/xpath's static namespaces: what a prefix means when the document does not say.
STATIC: dict[str | None, str] = {
    None: XFORMS,
    "xf": XFORMS,
    "enk": "http://enketo.org/xforms",
    "fn": "http://www.w3.org/2005/xpath-functions",
    "h": XHTML,
    "html": XHTML,
    "xhtml": XHTML,
    "jr": JAVAROSA,
    "javarosa": JAVAROSA,
    "odk": "http://www.opendatakit.org/xforms",
    "orx": "http://openrosa.org/xforms",
    "openrosa-xforms": "http://openrosa.org/xforms",
    "xml": XML,
    "xmlns": XMLNS,
}

Tags = tuple[str, ...]


class Namespaces:
    """The prefixes of one evaluation: declared ones first, then ODK's static ones."""

    __slots__ = ("_declared", "_tags")

    def __init__(self, declared: Mapping[str | None, str]) -> None:
        # An empty URI (xmlns="") undeclares: the prefix then falls back as if unknown.
        self._declared = {prefix: uri for prefix, uri in declared.items() if uri}
        self._tags: dict[tuple[str | None, str | None], Tags] = {}

    def uri(self, prefix: str | None) -> str | None:
        """The namespace ``prefix`` (None: an unprefixed name) resolves to, or None."""
        found = self._declared.get(prefix)
        return found if found is not None else STATIC.get(prefix)

    def tags(self, prefix: str | None, local: str | None) -> Tags | None:
        """The lxml tags a name test matches; None for ``*`` (any element)."""
        key = (prefix, local)
        cached = self._tags.get(key)
        if cached is not None:
            return cached
        if local is None and prefix is None:
            return None
        uri = self.uri(prefix)
        if prefix is None:
            assert local is not None
            tags: Tags = (local,) if uri is None else (local, f"{{{uri}}}{local}")
        else:
            tags = (f"{{{uri or ''}}}{local or '*'}",)
        self._tags[key] = tags
        return tags


def split_tag(tag: str) -> tuple[str, str]:
    """(namespace URI, local name) of an lxml tag or attribute name; '' for no namespace."""
    if tag.startswith("{"):
        uri, _, local = tag[1:].partition("}")
        return uri, local
    return "", tag
