"""Hostile and random expressions: nothing but ExpressionError ever escapes, work is bounded,
and no form text can reach eval/exec."""

from __future__ import annotations

import ast
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.expressions import ExpressionError, evaluate
from fieldapp.expressions.functions import FUNCTIONS

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
INSTANCE = (
    "<data id='x'><a>3</a><b/><s>x y</s><d>2024-01-31</d>"
    "<r><v>1</v><w>a</w></r><r><v>2</v><w/></r></data>"
)
PACKAGE = Path(__file__).resolve().parents[2] / "fieldapp" / "expressions"


def run(expression: str) -> object:
    """Evaluate; an ExpressionError is an accepted outcome, anything else escapes."""
    try:
        return evaluate(expression, INSTANCE, "/data/r[1]/v", now=NOW)
    except ExpressionError as error:
        assert str(error)
        return error


@pytest.mark.parametrize(
    "expression",
    [
        "__import__('os')",
        "__import__('os').system('id')",
        "eval('1')",
        "exec('import os')",
        "os.system('id')",
        "().__class__.__bases__[0].__subclasses__()",
        "{{7*7}}",
        "${__class__}.mro()",
        "lambda: 1",
        "1; 2",
        "'unterminated",
        '"unterminated',
        "(((((1)",
        "1 +",
        "$x",
        "a::b",
        "/data/a[[1]]",
        "count(",
        "\x00",
        "1 # comment",
        "` whoami `",
    ],
)
def test_hostile_text_is_an_expression_error(expression: str) -> None:
    with pytest.raises(ExpressionError):
        evaluate(expression, INSTANCE, now=NOW)


@pytest.mark.parametrize(
    "expression",
    [
        "(" * 10_000 + "1" + ")" * 10_000,
        "-(" * 5_000 + "1" + ")" * 5_000,
        "if(1, " * 2_000 + "1" + ", 0)" * 2_000,
        "/data/r[" * 3_000 + "1" + "]" * 3_000,
        "'" + "x" * 100_000 + "'",
        "1" + " + 1" * 30_000,
        "concat(" + ", ".join(["'a'"] * 20_000) + ")",
    ],
    ids=["parens", "minus-parens", "nested-if", "predicates", "huge-literal", "long-sum", "args"],
)
def test_huge_or_deep_expressions_fail_fast(expression: str) -> None:
    start = time.perf_counter()
    with pytest.raises(ExpressionError):
        evaluate(expression, INSTANCE, now=NOW)
    assert time.perf_counter() - start < 2.0


def test_long_but_legitimate_expressions_work() -> None:
    total = " + ".join(["/data/a"] * 1_000)  # a scoring sum over many questions
    assert evaluate(total, INSTANCE, now=NOW) == 3_000.0
    chain = " or ".join(f"selected(/data/s, 'c{index}')" for index in range(500))
    assert evaluate(chain, INSTANCE, now=NOW) is False
    minus = "-" * 1_001 + "1"
    assert evaluate(minus, INSTANCE, now=NOW) == -1.0
    nested = "if(false(), 0, " * 40 + "7" + ")" * 40
    assert evaluate(nested, INSTANCE, now=NOW) == 7.0


def _forbidden_calls(tree: ast.AST) -> set[str]:
    """Calls of the built-ins that run code, and of importlib/builtins attributes that do."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        target = node.func
        if isinstance(target, ast.Name) and target.id in {"eval", "exec", "compile", "__import__"}:
            found.add(target.id)
        elif isinstance(target, ast.Attribute) and target.attr in {
            "eval",
            "exec",
            "__import__",
            "import_module",
        }:
            found.add(target.attr)
    return found


def test_the_package_never_calls_eval_exec_or_import() -> None:
    modules = sorted(PACKAGE.glob("*.py"))
    assert modules
    for module in modules:
        forbidden = _forbidden_calls(ast.parse(module.read_text(encoding="utf-8")))
        assert not forbidden, f"{module.name} calls {sorted(forbidden)}"


# --- random expressions from a small grammar ------------------------------------------------

ATOMS = st.sampled_from([
    "1", "0", "-2.5", ".5", "'a'", "''", "'2024-01-31'", "'x y'", "/data/a", "/data/b",
    "/data/s", "/data/d", "/data/missing", "/data/r", "/data/r/v", "/data/r[2]/w", "/data/r[v > 1]",
    "../w", ".", "..", "//v", "/data/@id", "${a}", "${v}", "current()/../w", "/", "*", "@*",
    "instance('cities')/root/item", "true()", "false()", "today()", "now()",
])  # fmt: skip
OPERATORS = st.sampled_from(
    ["+", "-", "*", "div", "mod", "=", "!=", "<", "<=", ">", ">=", "and", "or", "|"]
)
NAMES = st.sampled_from(sorted(FUNCTIONS))


def _grow(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    binary = st.tuples(children, OPERATORS, children).map(lambda t: f"{t[0]} {t[1]} {t[2]}")
    call = st.tuples(NAMES, st.lists(children, max_size=4)).map(
        lambda t: f"{t[0]}({', '.join(t[1])})"
    )
    return st.one_of(
        binary,
        call,
        children.map(lambda c: f"({c})"),
        children.map(lambda c: f"-{c}"),
        st.tuples(children, children).map(lambda t: f"({t[0]})[{t[1]}]"),
        st.tuples(ATOMS, children).map(lambda t: f"{t[0]}[{t[1]}]"),
    )


EXPRESSIONS = st.recursive(ATOMS, _grow, max_leaves=12)
NOISE = st.text(alphabet="()[]/.@$'{}\",:*|=<>!+- abdv019", max_size=40)


def _check(expression: str) -> None:
    result = run(expression)
    assert isinstance(result, bool | float | str | ExpressionError)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EXPRESSIONS)
def test_random_grammar_raises_only_expression_errors(expression: str) -> None:
    _check(expression)


@settings(max_examples=300, deadline=None)
@given(NOISE)
def test_random_text_raises_only_expression_errors(expression: str) -> None:
    _check(expression)


@pytest.mark.slow
@settings(max_examples=20_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(EXPRESSIONS, NOISE, st.text(max_size=80)))
def test_random_expressions_long_round(expression: str) -> None:
    _check(expression)
