"""Compiled expressions: :func:`compile_expression` and :class:`CompiledExpression`.

Compiling parses once, checks every function name and arity, builds the evaluation closures
and records what the interview engine needs for dependency tracking: the location paths the
expression reads, as written, and whether it is volatile (clock or chance). Compiled
expressions are cached by source text and are immutable, so one form's 300 expressions compile
once per process and can be shared between interviews and threads.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from lxml import etree

from fieldapp.expressions import dates
from fieldapp.expressions.compiler import Compiler
from fieldapp.expressions.environment import Context, EvaluationEnvironment
from fieldapp.expressions.errors import ExpressionError, quote
from fieldapp.expressions.functions import lookup
from fieldapp.expressions.library import Evaluator
from fieldapp.expressions.nodes import (
    DocumentNode,
    Node,
    TextNode,
    is_element,
    parent,
    string_value,
)
from fieldapp.expressions.parser import parse
from fieldapp.expressions.syntax import (
    Call,
    Chain,
    Expr,
    Filter,
    Logical,
    Negate,
    Path,
    Reference,
    Union,
)
from fieldapp.expressions.values import (
    Value,
    XPathValue,
    to_boolean,
    to_number,
    to_string,
)

CACHE_SIZE = 8_192
_SPECIAL = (etree._Comment, etree._ProcessingInstruction)


class CompiledExpression:
    """One parsed and checked expression, ready to evaluate against any instance."""

    __slots__ = ("_run", "references", "source", "uses_now")

    def __init__(
        self, source: str, run: Evaluator, references: tuple[str, ...], uses_now: bool
    ) -> None:
        self.source = source
        # Every location path as written, in order of appearance, without duplicates:
        # "/data/age", "../name", "instance('x')/root/item[name = current()/../y]", "${q}".
        self.references = references
        # True when the value can change without any answer changing (today, now, random...).
        self.uses_now = uses_now
        self._run = run

    def __repr__(self) -> str:
        return f"CompiledExpression({self.source!r})"

    def evaluate_raw(self, context: etree._Element, env: EvaluationEnvironment) -> Value:
        """The value with node-sets as evaluated (may hold attribute and document nodes)."""
        main = DocumentNode((context.getroottree().getroot(),))
        try:
            with dates.local_zone_of(env.zone):
                return self._run(Context(context, 0, 1, env, context, main))
        except RecursionError:
            raise ExpressionError(
                f"expression too complex to evaluate: {quote(self.source)}"
            ) from None

    def evaluate_at(self, node: Node, env: EvaluationEnvironment) -> Value:
        """The value with any node as context: an element, an attribute, a text run... or
        the document."""
        if is_element(node):
            return self.evaluate_raw(node, env)  # type: ignore[arg-type]
        if isinstance(node, DocumentNode):
            element = node.children[0]
        else:
            up = parent(node)  # an attribute, text, comment...: its element
            assert up is not None
            element = up if isinstance(up, etree._Element) else up.children[0]  # type: ignore[union-attr]
        main = DocumentNode((element.getroottree().getroot(),))
        try:
            with dates.local_zone_of(env.zone):
                return self._run(Context(node, 0, 1, env, node, main))
        except RecursionError:
            raise ExpressionError(
                f"expression too complex to evaluate: {quote(self.source)}"
            ) from None

    def evaluate(self, context: etree._Element, env: EvaluationEnvironment) -> XPathValue:
        """The XPath value; a node-set is a list of elements in document order."""
        return public_value(self.evaluate_raw(context, env))

    # The conversions read date strings, in the evaluation's local zone as well.
    def evaluate_boolean(self, context: etree._Element, env: EvaluationEnvironment) -> bool:
        with dates.local_zone_of(env.zone):
            return to_boolean(self.evaluate_raw(context, env))

    def evaluate_string(self, context: etree._Element, env: EvaluationEnvironment) -> str:
        with dates.local_zone_of(env.zone):
            return to_string(self.evaluate_raw(context, env))

    def evaluate_number(self, context: etree._Element, env: EvaluationEnvironment) -> float:
        with dates.local_zone_of(env.zone):
            return to_number(self.evaluate_raw(context, env))


def public_value(value: Value) -> XPathValue:
    """Node-sets as lists of elements: a document node becomes its root element, a text run
    the element it is in, and a node-set that holds attributes (or namespaces, comments...)
    becomes the string value of its first node."""
    if not isinstance(value, list):
        return value
    elements: list[etree._Element] = []
    for node in value:
        if isinstance(node, etree._Element) and not isinstance(node, _SPECIAL):
            elements.append(node)
        elif isinstance(node, TextNode):
            if not elements or elements[-1] is not node.parent:
                elements.append(node.parent)
        elif isinstance(node, DocumentNode):
            elements.extend(node.children)
        else:
            return string_value(value[0])
    return elements


@lru_cache(maxsize=CACHE_SIZE)
def compile_expression(source: str, *, defer_call_errors: bool = False) -> CompiledExpression:
    """Parse and compile ``source``; :class:`ExpressionError` if it is not a valid expression.

    A call to an unknown function or with the wrong number of arguments fails here, unless
    ``defer_call_errors``: then, as in ODK, it fails only when evaluation reaches it, so
    ``false() and substring()`` is false. Forms compile strictly, so their authors hear of
    every bad call when the form loads."""
    if not isinstance(source, str):
        raise ExpressionError("an expression must be text")
    try:
        tree = parse(source)
        compiler = Compiler(source, _compile_text, defer_call_errors=defer_call_errors)
        run = compiler.compile(tree)
    except RecursionError:
        raise ExpressionError(f"expression too complex: {quote(source)}") from None
    references = tuple(dict.fromkeys(_references(tree)))
    return CompiledExpression(source, run, references, _volatile(tree))


def _compile_text(source: str) -> Evaluator:
    return compile_expression(source)._run


def _children(node: Expr) -> Iterator[tuple[Expr, bool]]:
    """The sub-expressions of ``node``, each with whether it sits inside a predicate."""
    if isinstance(node, Call):
        for arg in node.args:
            yield arg, False
    elif isinstance(node, Chain):
        yield node.first, False
        for _, operand in node.rest:
            yield operand, False
    elif isinstance(node, Logical | Union):
        for operand in node.operands:
            yield operand, False
    elif isinstance(node, Negate):
        yield node.operand, False
    elif isinstance(node, Filter):
        yield node.primary, False
        for predicate in node.predicates:
            yield predicate, True
    elif isinstance(node, Path):
        if isinstance(node.start, Filter):
            yield node.start, False
        for step in node.steps:
            for predicate in step.predicates:
                yield predicate, True


def _walk(tree: Expr) -> Iterator[tuple[Expr, bool]]:
    """Every node with whether it is inside a predicate, in order of appearance.

    An explicit stack: the tree is already depth-limited, but this keeps the walk flat.
    """
    stack = [(tree, False)]
    while stack:
        node, in_predicate = stack.pop()
        yield node, in_predicate
        below = [(child, in_predicate or nested) for child, nested in _children(node)]
        stack.extend(reversed(below))


def _references(tree: Expr) -> Iterator[str]:
    """Location paths the expression reads from the instances, as written.

    A relative path inside a predicate (``name`` in ``item[name = ${q}]``) is relative to
    the nodes being filtered, not to the field, so it is no dependency and is left out.
    """
    for node, in_predicate in _walk(tree):
        if isinstance(node, Path) and node.text:
            if not (in_predicate and node.start == "context"):
                yield node.text.strip()
        elif isinstance(node, Reference):
            yield "${" + node.name + "}"


def _volatile(tree: Expr) -> bool:
    for node, _ in _walk(tree):
        if isinstance(node, Call):
            function = lookup(node.name)
            if function is not None and function.volatile:
                return True
    return False
