"""Parses expression text into a syntax tree: a Pratt parser for the XPath 1.0 grammar as ODK
uses it, plus ``${name}`` references.

Binary operators are parsed by binding power, and a run of operators of one precedence becomes
one :class:`~fieldapp.expressions.syntax.Chain` built in a loop, so a 500-term sum neither
recurses 500 deep here nor when it is evaluated. Only real nesting (parentheses, function
arguments, predicates) recurses, and it is capped at :data:`MAX_DEPTH`; the text is capped at
:data:`MAX_LENGTH`. Together they bound the work a hostile form can ask for: it gets an
:class:`ExpressionError`, never a ``RecursionError`` or a hang.
"""

from __future__ import annotations

from fieldapp.expressions.errors import ExpressionError, quote
from fieldapp.expressions.lexer import Kind, Token, tokenize
from fieldapp.expressions.syntax import (
    Call,
    Chain,
    Expr,
    Filter,
    Literal,
    Logical,
    Negate,
    NodeTest,
    Number,
    Path,
    Reference,
    Step,
    Union,
)

MAX_LENGTH = 32_768
MAX_DEPTH = 64

_BINDING_POWER = {
    "or": 10,
    "and": 20,
    "=": 30,
    "!=": 30,
    "<": 40,
    "<=": 40,
    ">": 40,
    ">=": 40,
    "+": 50,
    "-": 50,
    "*": 60,
    "div": 60,
    "mod": 60,
}
_AXES = frozenset({
    "child", "attribute", "parent", "self", "descendant", "descendant-or-self",
    "ancestor", "ancestor-or-self", "following-sibling", "preceding-sibling", "namespace",
})  # fmt: skip
_STEP_PUNCT = frozenset({".", "..", "@"})


def parse(source: str) -> Expr:
    """The syntax tree of ``source``, or :class:`ExpressionError`."""
    if len(source) > MAX_LENGTH:
        raise ExpressionError(
            f"expression of {len(source)} characters is longer than the limit of {MAX_LENGTH}:"
            f" {quote(source)}"
        )
    if not source.strip():
        raise ExpressionError("empty expression")
    return _Parser(source, tokenize(source)).parse()


class _Parser:
    def __init__(self, source: str, tokens: list[Token]) -> None:
        self.source = source
        self.tokens = tokens
        self.index = 0
        self.depth = 0

    # --- token access ----------------------------------------------------------------------

    def peek(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        if token.kind is not Kind.END:
            self.index += 1
        return token

    def at(self, kind: Kind, text: str | None = None) -> bool:
        token = self.tokens[self.index]
        return token.kind is kind and (text is None or token.text == text)

    def expect(self, kind: Kind, text: str) -> Token:
        if not self.at(kind, text):
            raise self.error(f"expected '{text}'")
        return self.advance()

    def error(self, problem: str) -> ExpressionError:
        token = self.peek()
        where = "at the end" if token.kind is Kind.END else f"at position {token.start + 1}"
        found = "" if token.kind is Kind.END else f" (found {token.text!r})"
        return ExpressionError(f"{problem} {where}{found} in expression {quote(self.source)}")

    # --- grammar ---------------------------------------------------------------------------

    def parse(self) -> Expr:
        expr = self.expression(0)
        if not self.at(Kind.END):
            raise self.error("unexpected text")
        return expr

    def expression(self, right_power: int) -> Expr:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError(
                f"expression nests deeper than {MAX_DEPTH} levels: {quote(self.source)}"
            )
        left = self.unary()
        while True:
            token = self.peek()
            power = _BINDING_POWER.get(token.text) if token.kind is Kind.OPERATOR else None
            if power is None or power <= right_power:
                break
            # Gather the whole run of this precedence in a loop: no recursion per operand.
            run: list[tuple[str, Expr]] = []
            while token.kind is Kind.OPERATOR and _BINDING_POWER.get(token.text) == power:
                self.advance()
                run.append((token.text, self.expression(power)))
                token = self.peek()
            left = _combine(left, run)
        self.depth -= 1
        return left

    def unary(self) -> Expr:
        count = 0
        while self.at(Kind.OPERATOR, "-"):
            self.advance()
            count += 1
        operand = self.union()
        return Negate(operand, count) if count else operand

    def union(self) -> Expr:
        first = self.path_expr()
        if not self.at(Kind.OPERATOR, "|"):
            return first
        operands = [first]
        while self.at(Kind.OPERATOR, "|"):
            self.advance()
            operands.append(self.path_expr())
        return Union(tuple(operands))

    def starts_step(self) -> bool:
        token = self.peek()
        if token.kind in (Kind.NAME, Kind.AXIS, Kind.NODE_TYPE):
            return True
        return token.kind is Kind.PUNCT and token.text in _STEP_PUNCT

    def path_expr(self) -> Expr:
        start = self.peek().start
        if self.at(Kind.OPERATOR, "/"):
            self.advance()
            steps = self.relative_steps() if self.starts_step() else []
            return Path("root", tuple(steps), self.text_from(start))
        if self.at(Kind.OPERATOR, "//"):
            self.advance()
            steps = [_DESCENDANT_OR_SELF, *self.relative_steps()]
            return Path("root", tuple(steps), self.text_from(start))
        if self.starts_step():
            return Path("context", tuple(self.relative_steps()), self.text_from(start))
        primary = self.primary()
        predicates = self.predicates()
        if self.at(Kind.OPERATOR, "/") or self.at(Kind.OPERATOR, "//"):
            steps = self.continued_steps()
            return Path(Filter(primary, predicates), tuple(steps), self.text_from(start))
        return Filter(primary, predicates) if predicates else primary

    def text_from(self, start: int) -> str:
        end = self.tokens[self.index - 1].end if self.index else start
        return self.source[start:end]

    def relative_steps(self) -> list[Step]:
        steps = [self.step()]
        steps.extend(self.continued_steps())
        return steps

    def continued_steps(self) -> list[Step]:
        steps: list[Step] = []
        while self.at(Kind.OPERATOR, "/") or self.at(Kind.OPERATOR, "//"):
            if self.advance().text == "//":
                steps.append(_DESCENDANT_OR_SELF)
            steps.append(self.step())
        return steps

    def step(self) -> Step:
        token = self.peek()
        if token.kind is Kind.PUNCT and token.text in (".", ".."):
            self.advance()
            axis = "self" if token.text == "." else "parent"
            return Step(axis, NodeTest("node"), self.predicates())
        axis = "child"
        if token.kind is Kind.PUNCT and token.text == "@":
            self.advance()
            axis = "attribute"
        elif token.kind is Kind.AXIS:
            if token.text not in _AXES:
                raise self.error(f"unsupported axis '{token.text}'")
            self.advance()
            self.expect(Kind.PUNCT, "::")
            axis = token.text
        return Step(axis, self.node_test(), self.predicates())

    def node_test(self) -> NodeTest:
        token = self.peek()
        if token.kind is Kind.NAME:
            self.advance()
            return _name_test(token.text)
        if token.kind is Kind.NODE_TYPE:
            self.advance()
            self.expect(Kind.PUNCT, "(")
            target = None
            if token.text == "processing-instruction" and self.at(Kind.STRING):
                target = self.advance().text
            self.expect(Kind.PUNCT, ")")
            return NodeTest(token.text, target)
        raise self.error("expected a name")

    def predicates(self) -> tuple[Expr, ...]:
        found: list[Expr] = []
        while self.at(Kind.PUNCT, "["):
            self.advance()
            found.append(self.expression(0))
            self.expect(Kind.PUNCT, "]")
        return tuple(found)

    def primary(self) -> Expr:
        token = self.peek()
        if token.kind is Kind.PUNCT and token.text == "(":
            self.advance()
            inner = self.expression(0)
            self.expect(Kind.PUNCT, ")")
            return inner
        if token.kind is Kind.STRING:
            self.advance()
            return Literal(token.text)
        if token.kind is Kind.NUMBER:
            self.advance()
            return Number(float(token.text))
        if token.kind is Kind.REFERENCE:
            self.advance()
            return Reference(token.text)
        if token.kind is Kind.FUNCTION:
            self.advance()
            return Call(token.text, self.arguments())
        if token.kind is Kind.END:
            raise self.error("missing operand")
        raise self.error("unexpected token")

    def arguments(self) -> tuple[Expr, ...]:
        self.expect(Kind.PUNCT, "(")
        args: list[Expr] = []
        if self.at(Kind.PUNCT, ")"):
            self.advance()
            return ()
        while True:
            args.append(self.expression(0))
            if self.at(Kind.PUNCT, ","):
                self.advance()
                continue
            self.expect(Kind.PUNCT, ")")
            return tuple(args)


_DESCENDANT_OR_SELF = Step("descendant-or-self", NodeTest("node"))


def _name_test(text: str) -> NodeTest:
    """``*``, ``name``, ``prefix:name`` or ``prefix:*`` (the name None for ``*``)."""
    prefix, colon, local = text.partition(":")
    if not colon:
        prefix, local = "", prefix
    return NodeTest("name", None if local == "*" else local, prefix or None)


def _combine(left: Expr, run: list[tuple[str, Expr]]) -> Expr:
    operator = run[0][0]
    if operator in ("or", "and"):
        return Logical(operator, (left, *(operand for _, operand in run)))
    return Chain(left, tuple(run))
