"""id() and lang() give ODK's values (issue 18).

Every expected value was checked against ``@getodk/xpath`` 0.11 (ODK Web Forms) over the same
instance; ODK's own suite (tests/conformance) covers the rest.
"""

from __future__ import annotations

import pytest

from fieldapp.expressions import ExpressionError, compile_expression, evaluate

INSTANCE = """
<data>
  <a id="x" xml:lang="pt-BR"><b lang="fr">1</b><c id="y">2</c></a>
  <d xml:lang="en">3</d>
  <refs>y x</refs>
</data>
"""

TABLE: list[tuple[str, object]] = [
    # lang() follows xml:lang up the tree, per element inside a predicate too; HTML's
    # plain lang attribute does not count
    ("count(/data//*[lang('pt')])", 3.0),
    ("count(/data//*[lang('PT-br')])", 3.0),
    ("count(/data//*[lang('fr')])", 0.0),
    ("count(/data//*[lang('pt') = boolean(name())])", 3.0),  # per element, not per filter
    ("lang('en')", False),
    # id(): every whitespace-separated id, elements in document order
    ("count(id('x y nope'))", 2.0),
    ("id('y x')", "12"),
    ("id(/data/refs)", "12"),
    ("count(/data/*[id('y')])", 3.0),
    ("name(id('y'))", "c"),
    ("count(id(''))", 0.0),
]


@pytest.mark.parametrize(("expression", "expected"), TABLE, ids=[row[0] for row in TABLE])
def test_same_value_as_odk(expression: str, expected: object) -> None:
    assert evaluate(expression, INSTANCE) == expected


def test_a_form_may_call_them() -> None:
    compile_expression("id(${ref})")
    compile_expression("lang('en')")


FORM = """
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml">
  <h:head><model>
    <itext>
      <translation lang="en"><text id="q"><value>Where?</value></text></translation>
      <translation lang="pt" default="true()">
        <text id="q"><value form="short">Onde</value><value>Onde?</value></text>
      </translation>
    </itext>
    <instance><data><a/></data></instance>
  </model></h:head>
</h:html>
"""


@pytest.mark.parametrize(
    ("expression", "language", "expected"),
    [
        ("jr:itext('q')", None, "Onde"),  # the default translation; the first value
        ("count(jr:itext('q'))", None, 2.0),
        ("jr:itext('q')", "en", "Where?"),
        ("jr:itext('nope')", "en", ""),
        ("jr:itext('q')", "fr", ""),  # a language the form does not have
    ],
)
def test_itext_reads_the_forms_translations_as_odk(
    expression: str, language: str | None, expected: object
) -> None:
    assert evaluate(expression, FORM, language=language) == expected


def test_itext_is_not_for_a_forms_own_expressions() -> None:
    # A form's labels use its translations directly; its calculations cannot reach them.
    with pytest.raises(ExpressionError, match=r"jr:itext\(\) is not available"):
        compile_expression("jr:itext('q')")
