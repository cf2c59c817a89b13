"""One-off evaluation from text: :func:`evaluate`, the entry point conformance suites drive.

``evaluate("${age} < 18", "<data><age>17</age></data>")`` parses the instance, finds the
context node, evaluates and returns a plain bool, float or str (a node-set gives the string
value of its first node). The instance may also be a whole XForm or ``<model>``: its first
``<instance>`` is the main one and the others are secondary instances by id. The document
keeps its namespaces, comments and processing instructions, and names in the expression
resolve as ODK resolves them (:mod:`fieldapp.expressions.namespaces`): ``/data/age`` matches
a ``<data>`` in the document's default namespace, ``@jr:complete`` only the attribute in the
JavaRosa namespace. The XML parser resolves no entities and fetches nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from copy import deepcopy
from datetime import datetime
from typing import Literal

from lxml import etree

from fieldapp.expressions import dates
from fieldapp.expressions.environment import EvaluationEnvironment
from fieldapp.expressions.errors import ExpressionError
from fieldapp.expressions.expression import compile_expression
from fieldapp.expressions.itext import ItextLookup, itext_lookup
from fieldapp.expressions.namespaces import Namespaces
from fieldapp.expressions.nodes import document_of_tree, string_value
from fieldapp.expressions.values import DateValue, to_boolean, to_number, to_string

_MAX_XML_BYTES = 16 * 1024 * 1024
DEFAULT_CONTEXT = "/data"


def evaluate(
    expression: str,
    instance_xml: str = "<data/>",
    context: str = DEFAULT_CONTEXT,
    *,
    now: datetime | None = None,
    instances: Mapping[str, str] | None = None,
    language: str | None = None,
    namespaces: Mapping[str, str] | None = None,
) -> bool | float | str:
    """Evaluate ``expression`` against ``instance_xml`` at the node ``context`` selects.

    ``now`` fixes the clock (an aware datetime; naive means local time) and its zone is the
    local zone dates are read in. ``instances`` maps
    secondary instance ids to their XML. As in ODK, a call to an unknown function or with the
    wrong number of arguments fails only if evaluation reaches it. ``language`` is the
    active language of a whole XForm's translations for ``jr:itext()`` (default: the form's).
    ``namespaces`` maps the prefixes the expressions may use to namespace URIs (``''``: the
    namespace of unprefixed names) in place of those declared where the instance starts (an
    XForm's primary ``<instance>``, else the document's root element), which ODK uses by
    default; either way ODK's fixed prefixes (``jr``, ``odk``, ``h``...) fill the gaps.
    """
    root, secondary, itext, declared = _load(instance_xml, language)
    for name, xml in (instances or {}).items():
        secondary[name] = _parse(xml)
    clock = now if now is not None else datetime.now()
    if clock.tzinfo is None:
        clock = clock.astimezone()
    env = EvaluationEnvironment(now=lambda: clock, instances=secondary, zone=clock.tzinfo,
                                itext=itext, namespaces=_resolver(declared, namespaces))
    context_nodes = compile_expression(context).evaluate_raw(root, env)
    if not isinstance(context_nodes, list) or not context_nodes:
        if context != DEFAULT_CONTEXT:
            raise ExpressionError(f"the context path '{context}' selects no node")
        # The default context is the root element, whatever the instance calls it.
        context_nodes = [root]
    compiled = compile_expression(expression, defer_call_errors=True)
    result = compiled.evaluate_at(context_nodes[0], env)
    if isinstance(result, list):
        return string_value(result[0]) if result else ""
    if isinstance(result, DateValue):
        return result.text  # a date() or date-time() result is given as ODK shows it
    return result


def evaluate_as(
    expression: str,
    instance_xml: str,
    context: str,
    result: Literal["boolean", "number", "string"],
    *,
    now: datetime,
    instances: Mapping[str, str] | None = None,
    xform: bool = True,
    language: str | None = None,
    namespaces: Mapping[str, str] | None = None,
) -> bool | float | str:
    """``expression`` converted to the ``result`` type, as XPath's ``evaluate()`` asked for a
    BOOLEAN, NUMBER or STRING result gives it (a node-set is true when it holds a node).

    ``context`` is a location path, ``/`` for the document node; it may select an attribute.
    With ``xform=False`` an ``<html>`` or ``<model>`` document is evaluated as it is, as
    plain XPath does, instead of as an XForm whose primary instance is the document.
    ``language`` and ``namespaces`` are as for :func:`evaluate`.
    """
    if xform:
        root, secondary, itext, declared = _load(instance_xml, language)
    else:
        root, secondary, itext = _parse(instance_xml), {}, None
        declared = dict(root.nsmap)
    for name, xml in (instances or {}).items():
        secondary[name] = _parse(xml)
    env = EvaluationEnvironment(now=lambda: now, instances=secondary, zone=now.tzinfo,
                                itext=itext, namespaces=_resolver(declared, namespaces))
    document = document_of_tree(root)
    if context == "/":
        nodes: object = [document]
    else:
        nodes = compile_expression(context).evaluate_at(document, env)
    if not isinstance(nodes, list) or not nodes:
        raise ExpressionError(f"the context path '{context}' selects no node")
    value = compile_expression(expression, defer_call_errors=True).evaluate_at(nodes[0], env)
    with dates.local_zone_of(env.zone):
        if result == "boolean":
            return to_boolean(value)
        if result == "number":
            return to_number(value)
        return to_string(value)


def _resolver(
    declared: Mapping[str | None, str], given: Mapping[str, str] | None
) -> Namespaces:
    if given is None:
        return Namespaces(declared)
    chosen: dict[str | None, str] = {prefix or None: uri for prefix, uri in given.items()}
    return Namespaces(chosen)


def _load(xml: str, language: str | None) -> tuple[
    etree._Element, dict[str, etree._Element], ItextLookup | None, dict[str | None, str]
]:
    document = _parse(xml)
    if etree.QName(document).localname not in ("html", "model"):
        return document, {}, None, dict(document.nsmap)
    found = [node for node in document.iter() if _local(node) == "instance"]
    if not found:
        raise ExpressionError("the form has no <instance>")
    main = next(iter(found[0].iterchildren(etree.Element)), None)
    if main is None:
        raise ExpressionError("the main <instance> is empty")
    # Copies stand alone: absolute paths must start at <data>, not at the XForm's root.
    secondary = {
        str(node.get("id")): deepcopy(node) for node in found[1:] if node.get("id") is not None
    }
    return deepcopy(main), secondary, itext_lookup(document, language), dict(found[0].nsmap)


def _local(node: etree._Element) -> str:
    return etree.QName(node).localname if isinstance(node.tag, str) else ""


def _parse(xml: str) -> etree._Element:
    if len(xml) > _MAX_XML_BYTES:
        raise ExpressionError("instance XML too large")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
    )
    try:
        document = etree.fromstring(xml.encode("utf-8"), parser)
    except etree.XMLSyntaxError as error:
        raise ExpressionError(f"instance XML is not well-formed: {error.msg}") from None
    return document
