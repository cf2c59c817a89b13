"""Namespaces, text, comment and processing-instruction nodes as ODK evaluates them (issue 18).

A document evaluated on its own keeps its namespaces, and names in an expression resolve as
@getodk/xpath resolves them. Every expected value below was checked against ``@getodk/xpath``
0.11 over the same document. A form's own instances carry no namespaces: the last tests
check that their paths read as before.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml import etree

from fieldapp.expressions import EvaluationEnvironment, compile_expression, evaluate

NOW = datetime(2024, 5, 15, 12, 0, tzinfo=UTC)
XFORMS = "http://www.w3.org/2002/xforms"
JR = "http://openrosa.org/javarosa"

DOCUMENT = f"""<data xmlns="{XFORMS}" xmlns:jr="{JR}" xmlns:x="urn:x" id="f">
  <age jr:note="n" note="plain">17</age>
  <x:extra x:flag="1">e</x:extra>
  <!-- a comment -->
  <?pi some data?>
  <mixed>one<b>two</b>three</mixed>
</data>"""

TABLE: list[tuple[str, str]] = [
    # an unprefixed name matches in no namespace or in the document's default one
    ("/data/age", "17"),
    ("namespace-uri(/data/age)", XFORMS),
    ("/data/extra", ""),
    ("count(/data/*)", "3"),
    # prefixes resolve through the document's declarations, then ODK's fixed ones
    ("name(/data/x:extra)", "x:extra"),
    ("local-name(/data/x:extra)", "extra"),
    ("count(/data/x:*)", "1"),
    ("/data/xf:age", "17"),
    ("/data/h:age", ""),
    ("/data/nope:age", ""),  # an unknown prefix is no namespace
    # jr:note and note are two attributes
    ("/data/age/@note", "plain"),
    ("/data/age/@jr:note", "n"),
    ("name(/data/age/@jr:note)", "jr:note"),
    ("namespace-uri(/data/age/@jr:note)", JR),
    ("count(/data/age/@*)", "2"),
    ("string(/data/x:extra/@x:flag)", "1"),
    # the namespace axis: the declarations made on the element itself, without names
    ("count(/data/namespace::*)", "3"),
    ("count(/data/age/namespace::node())", "0"),
    ("count(/data/namespace::jr)", "0"),
    # text, comment and processing-instruction nodes
    ("count(/data/mixed/text())", "2"),
    ("/data/mixed/text()[2]", "three"),
    ("name(/data/mixed/text())", ""),
    ("/data/mixed/text()/..", "onetwothree"),
    ("count(/data/node())", "11"),
    ("count(//text())", "11"),
    ("count(/data/descendant::text()[normalize-space()])", "5"),
    ("/data/mixed/descendant::text()[2]", "two"),
    ("/data/comment()", " a comment "),
    ("name(/data/comment())", ""),
    ("count(/descendant-or-self::comment())", "1"),
    ("name(/data/processing-instruction())", "pi"),
    ("/data/processing-instruction('pi')", "some data"),
    ("count(/data/processing-instruction('other'))", "0"),
]


@pytest.mark.parametrize(("expression", "expected"), TABLE, ids=[row[0] for row in TABLE])
def test_same_value_as_odk(expression: str, expected: str) -> None:
    assert evaluate(f"string({expression})", DOCUMENT, "/", now=NOW) == expected


def test_a_document_without_namespaces_reads_prefixed_names_as_odk_does() -> None:
    plain = "<data><age>1</age><!--c--></data>"
    assert evaluate("/data/age", plain, now=NOW) == "1"
    assert evaluate("/data/xf:age", plain, now=NOW) == ""  # xf: is the XForms namespace
    assert evaluate("count(/data/node())", plain, now=NOW) == 2.0


def test_a_text_comment_or_instruction_can_be_the_context_node() -> None:
    assert evaluate("name()", DOCUMENT, "/data/processing-instruction()", now=NOW) == "pi"
    assert evaluate("string()", DOCUMENT, "/data/comment()", now=NOW) == " a comment "
    assert evaluate("namespace-uri()", DOCUMENT, "/data/mixed/text()[1]", now=NOW) == ""
    assert evaluate("string(..)", DOCUMENT, "/data/mixed/text()[1]", now=NOW) == "onetwothree"


def test_prefixes_given_by_the_caller_come_before_the_documents() -> None:
    assert evaluate("/data/y:extra", DOCUMENT, now=NOW, namespaces={"y": "urn:x"}) == "e"
    assert evaluate("/data/x:extra", DOCUMENT, now=NOW, namespaces={"x": "urn:other"}) == ""


XFORM = f"""<h:html xmlns="{XFORMS}" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="{JR}">
  <h:head><model>
    <instance><data id="f" jr:complete="1" complete="0"><q>lis</q></data></instance>
    <instance id="cities"><root><item><name>lis</name></item></root></instance>
  </model></h:head>
</h:html>"""


def test_an_xform_resolves_names_at_its_primary_instance() -> None:
    assert evaluate("/data/@complete", XFORM, now=NOW) == "0"
    assert evaluate("/data/@jr:complete", XFORM, now=NOW) == "1"
    assert evaluate("instance('cities')/root/item/name", XFORM, now=NOW) == "lis"


def test_a_secondary_instance_is_its_instance_element_as_in_odk() -> None:
    assert evaluate("instance('cities')/@id", XFORM, now=NOW) == "cities"
    assert evaluate("local-name(instance('cities'))", XFORM, now=NOW) == "instance"


def test_a_forms_instance_without_namespaces_reads_as_before() -> None:
    # The interview engine's instances are read without namespaces and its environment
    # has none: a name is its plain tag, and a prefixed name its local name.
    instance = etree.fromstring('<data complete="0"><q>lis</q><x>1</x></data>')
    env = EvaluationEnvironment(now=lambda: NOW, instances={})
    read = compile_expression("concat(/data/q, /data/@jr:complete, /data/jr:x, name(/data/q))")
    assert read.evaluate_string(instance, env) == "lis01q"
    assert compile_expression("/data/xf:q").evaluate_string(instance, env) == "lis"
