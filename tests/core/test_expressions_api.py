"""The compiled-expression API the form engine uses: caching, references and volatility,
typed results over lxml trees, and the environment (clock, instances, labels, once, random)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from random import Random

import pytest
from lxml import etree

from fieldapp.errors import FieldappError
from fieldapp.expressions import (
    CompiledExpression,
    EvaluationEnvironment,
    ExpressionError,
    compile_expression,
    evaluate,
    to_boolean,
    to_number,
    to_string,
)

CLOCK = datetime(2024, 5, 1, 23, 30, tzinfo=timezone(timedelta(hours=-3)))
CITIES = etree.fromstring(
    "<root><item><name>lis</name><label>Lisbon</label><c>pt</c></item>"
    "<item><name>opo</name><label>Porto</label><c>pt</c></item>"
    "<item><name>mad</name><label>Madrid</label><c>es</c></item></root>"
)


def make_tree() -> etree._Element:
    return etree.fromstring(
        "<data id='f1'><age>17</age><colour>r</colour><country>pt</country><city/>"
        "<hh><p><n>Ana</n></p><p><n>Rui</n></p></hh><stamp/></data>"
    )


def make_env(**overrides: object) -> EvaluationEnvironment:
    env = EvaluationEnvironment(now=lambda: CLOCK, instances={"cities": CITIES})
    for name, value in overrides.items():
        setattr(env, name, value)
    return env


def test_compile_is_cached_by_source() -> None:
    first = compile_expression("/data/age + 1")
    assert isinstance(first, CompiledExpression)
    assert compile_expression("/data/age + 1") is first
    assert first.source == "/data/age + 1"


def test_references_list_every_path_as_written() -> None:
    compiled = compile_expression(
        "if(/data/age < 18 and ../colour = 'r', ${country}, "
        "instance('cities')/root/item[c = current()/../country]/label)"
    )
    assert compiled.references == (
        "/data/age",
        "../colour",
        "${country}",
        "instance('cities')/root/item[c = current()/../country]/label",
        "current()/../country",
    )
    assert compiled.uses_now is False


def test_relative_paths_inside_predicates_are_not_dependencies() -> None:
    compiled = compile_expression("count(/data/hh/p[n = 'Ana' and . != ''])")
    assert compiled.references == ("/data/hh/p[n = 'Ana' and . != '']",)


@pytest.mark.parametrize(
    ("source", "volatile"),
    [
        ("today()", True),
        ("now() > /data/stamp", True),
        ("if(/data/age, random(), 0)", True),
        ("concat('id-', uuid())", True),
        ("/data/age + 1", False),
        ("once(/data/age)", False),
    ],
)
def test_uses_now_flags_volatile_expressions(source: str, volatile: bool) -> None:
    assert compile_expression(source).uses_now is volatile


def test_typed_evaluation_against_a_tree() -> None:
    tree, env = make_tree(), make_env()
    age = tree.find("age")
    assert age is not None
    assert compile_expression(". < 18").evaluate_boolean(age, env) is True
    assert compile_expression(". * 2").evaluate_number(age, env) == 34.0
    assert compile_expression("concat(., ' years')").evaluate_string(age, env) == "17 years"
    assert compile_expression("../colour").evaluate(age, env) == [tree.find("colour")]


def test_node_sets_are_elements_in_document_order() -> None:
    tree, env = make_tree(), make_env()
    result = compile_expression("/data/hh/p[2]/n | /data/hh/p[1]/n").evaluate(tree, env)
    assert isinstance(result, list)
    assert [node.text for node in result] == ["Ana", "Rui"]
    assert compile_expression("/").evaluate(tree, env) == [tree]
    # Attribute nodes have no lxml element: such a result is its string value.
    assert compile_expression("/data/@id").evaluate(tree, env) == "f1"
    assert compile_expression("count(/data/@*)").evaluate(tree, env) == 1.0


def test_absolute_paths_inside_a_secondary_instance_read_the_main_instance() -> None:
    tree, env = make_tree(), make_env()
    city = tree.find("city")
    assert city is not None
    expression = compile_expression(
        "instance('cities')/root/item[c = /data/country and name != 'lis']/label"
    )
    assert expression.evaluate_string(city, env) == "Porto"


def test_choice_filter_with_current() -> None:
    tree, env = make_tree(), make_env()
    city = tree.find("city")
    assert city is not None
    items = compile_expression("instance('cities')/root/item[c = current()/../country]")
    result = items.evaluate(city, env)
    assert isinstance(result, list)
    assert [item.findtext("name") for item in result] == ["lis", "opo"]


def test_choice_name_asks_the_environment_for_the_label() -> None:
    tree = make_tree()
    asked: list[tuple[str, str]] = []

    def label(node: etree._Element, value: str) -> str:
        asked.append((str(node.tag), value))
        return {"r": "Red", "g": "Green"}.get(value, "")

    env = make_env(choice_label=label)
    expression = compile_expression("jr:choice-name( /data/colour , ' /data/colour ')")
    assert expression.evaluate_string(tree, env) == "Red"
    assert asked == [("colour", "r")]
    assert compile_expression("jr:choice-name('g', '/data/colour')").evaluate(tree, env) == "Green"
    assert compile_expression("jr:choice-name('', '/data/colour')").evaluate(tree, env) == ""
    assert compile_expression("jr:choice-name('r', '/data/nowhere')").evaluate(tree, env) == ""
    assert (
        compile_expression("jr:choice-name('r', '/data/colour')").evaluate(tree, make_env()) == ""
    )


def test_once_keeps_the_existing_value() -> None:
    tree = make_tree()
    stamp = tree.find("stamp")
    assert stamp is not None
    expression = compile_expression("once(format-date-time(now(), '%H:%M'))")
    assert expression.evaluate(stamp, make_env()) == "23:30"
    assert expression.evaluate(stamp, make_env(once_value="08:00")) == "08:00"
    assert expression.evaluate(stamp, make_env(once_value="")) == "23:30"
    stamp.text = "09:15"
    assert expression.evaluate(stamp, make_env()) == "09:15"


def test_today_is_the_local_date_of_the_clock() -> None:
    tree = make_tree()
    env = make_env()
    assert compile_expression("today()").evaluate(tree, env) == "2024-05-01"
    assert compile_expression("now()").evaluate(tree, env) == "2024-05-01T23:30:00.000-03:00"
    utc = EvaluationEnvironment(now=lambda: CLOCK.astimezone(UTC), instances={})
    assert compile_expression("today()").evaluate(tree, utc) == "2024-05-02"


def test_random_and_uuid_come_from_the_environment_source() -> None:
    tree = make_tree()
    draws = compile_expression("concat(random(), uuid(), uuid(6))")
    first = draws.evaluate(tree, make_env(random=Random(7)))
    assert first == draws.evaluate(tree, make_env(random=Random(7)))
    assert first != draws.evaluate(tree, make_env(random=Random(8)))


def test_randomize_with_a_seed_is_repeatable() -> None:
    tree = make_tree()
    expression = compile_expression("join(' ', randomize(instance('cities')/root/item/name, 42))")
    result = expression.evaluate_string(tree, make_env())
    assert sorted(result.split()) == ["lis", "mad", "opo"]
    assert expression.evaluate_string(tree, make_env()) == result


def test_secondary_instance_may_be_given_with_its_wrapper() -> None:
    wrapped = etree.fromstring("<instance id='x'><root><item>1</item></root></instance>")
    env = EvaluationEnvironment(now=lambda: CLOCK, instances={"x": wrapped})
    assert compile_expression("instance('x')/root/item").evaluate_string(make_tree(), env) == "1"


def test_unknown_instance_is_an_expression_error() -> None:
    with pytest.raises(ExpressionError, match="no secondary instance 'nope'"):
        compile_expression("instance('nope')/root/item").evaluate(make_tree(), make_env())


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("frobnicate(1)", "unknown function 'frobnicate'"),
        ("if(1, 2)", "if() takes 3 arguments, not 2"),
        ("today(1)", "today() takes 0 arguments, not 1"),
        ("concat(", "missing operand"),
        ("1 2", "unexpected text at position 3"),
        ("/data/age[", "missing operand"),
        ("indexed-repeat(/data/x, /data/r, 1)", "each repeat must contain"),
        ("indexed-repeat('a', /data/r, 1)", "must be paths"),
        ("weighted-checklist(1, 2, 3)", "pairs of value and weight"),
        ("", "empty expression"),
    ],
)
def test_compile_errors_name_the_problem_and_quote_the_expression(
    source: str, message: str
) -> None:
    with pytest.raises(
        ExpressionError, match=message.replace("(", r"\(").replace(")", r"\)")
    ) as err:
        compile_expression(source)
    assert isinstance(err.value, FieldappError)
    if source:
        assert repr(source)[1:-1] in str(err.value) or source in str(err.value)


def test_runtime_errors_never_quote_answers() -> None:
    tree = make_tree()
    secret = "Maria-Secret-Name"
    node = tree.find("colour")
    assert node is not None
    node.text = secret
    for source in ("count(/data/colour/text() = 1)", "regex(/data/colour, '(')", "sum('x')"):
        with pytest.raises(ExpressionError) as err:
            compile_expression(source).evaluate(tree, make_env())
        assert secret not in str(err.value)


def test_invalid_regex_is_an_expression_error() -> None:
    with pytest.raises(ExpressionError, match="invalid pattern"):
        evaluate("regex('a', '[')")


def test_conversions_are_public() -> None:
    assert to_boolean("") is False
    assert to_boolean(0.5) is True
    assert to_number("2024-01-02") == 19724.0
    assert to_number(" 7 ") == 7.0
    assert to_string(2.0) == "2"
    assert to_string(True) == "true"
    tree = make_tree()
    assert to_string([tree.find("age")]) == "17"  # type: ignore[list-item]
    assert to_number([]) != to_number([])  # NaN


def test_evaluate_rejects_bad_instance_xml_and_empty_context() -> None:
    with pytest.raises(ExpressionError, match="not well-formed"):
        evaluate("1", "<data>")
    with pytest.raises(ExpressionError, match="selects no node"):
        evaluate("1", "<data/>", "/data/missing")
    with pytest.raises(ExpressionError, match="no question named 'nobody'"):
        evaluate("${nobody}", "<data/>")


def test_evaluate_resolves_entities_never() -> None:
    xml = '<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><data><a>&e;</a></data>'
    assert evaluate("string(/data/a)", xml) in ("", "&e;")


def test_default_context_is_the_root_element_whatever_its_name() -> None:
    assert evaluate("count(item)", "<list><item/><item/></list>") == 2.0
    assert evaluate("/list/item", "<list><item>a</item></list>") == "a"


def test_naive_clock_counts_as_local_time() -> None:
    assert evaluate("today()", now=datetime(2024, 2, 29, 12, 0)) == "2024-02-29"
