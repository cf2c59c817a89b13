"""Turns expression text into tokens, following the XPath 1.0 lexical rules (section 3.7).

The one subtle rule: ``*`` and the names ``and``, ``or``, ``div``, ``mod`` are operators only
where an operator can stand (after an operand); elsewhere they are name tests, so ``/data/div``
is a path and ``3 div 2`` a division. After an operand a name can only be an operator, so
``1and1``, ``1 or1`` and ``1div1`` need no space (ODK reads them so). A name directly followed
by ``(`` is a function call (or a node-type test such as ``text()``), one followed by ``::``
an axis. ODK's ``${name}`` references are one token. The scan is a single left-to-right pass
with one regular expression, so its time is linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from fieldapp.expressions.errors import ExpressionError, quote


class Kind(Enum):
    NUMBER = "number"
    STRING = "string"
    NAME = "name"  # a name test: QName, '*' or 'prefix:*'
    FUNCTION = "function"  # a QName followed by '('
    NODE_TYPE = "node-type"  # node, text, comment, processing-instruction followed by '('
    AXIS = "axis"  # an axis name followed by '::'
    REFERENCE = "reference"  # ${name}
    OPERATOR = "operator"  # and or div mod * / // | + - = != < <= > >=
    PUNCT = "punct"  # ( ) [ ] . .. @ , ::
    END = "end"


@dataclass(frozen=True, slots=True)
class Token:
    kind: Kind
    text: str
    start: int
    end: int


_NCNAME = r"[^\W\d][\w.\-]*"
_PATTERN = re.compile(
    r"""
    (?P<space>[ \t\r\n]+)
  | (?P<number>\d+(?:\.\d*)?|\.\d+)
  | (?P<string>"[^"]*"|'[^']*')
  | (?P<reference>\$\{[^}]*\})
  | (?P<punct2>::|\.\.|//|!=|<=|>=)
  | (?P<name>(?:NC)(?::(?:NC|\*))?)
  | (?P<punct1>[()\[\].@,/|+\-=<>*])
    """.replace("NC", _NCNAME),
    re.VERBOSE,
)
_OPERATOR_NAMES = frozenset({"and", "or", "div", "mod"})
_NODE_TYPES = frozenset({"node", "text", "comment", "processing-instruction"})
_SYMBOL_OPERATORS = frozenset({"/", "//", "|", "+", "-", "=", "!=", "<", "<=", ">", ">="})
# After these, a name or '*' starts an operand (XPath 1.0 section 3.7).
_OPERAND_FOLLOWS = frozenset({"@", "::", "(", "[", ","})
_REFERENCE_NAME = re.compile(_NCNAME)


def tokenize(source: str) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    length = len(source)
    while position < length:
        found = _PATTERN.match(source, position)
        if found is None:
            raise ExpressionError(
                f"unexpected character {source[position]!r} at position {position + 1}"
                f" in expression {quote(source)}"
            )
        kind_name = found.lastgroup
        text = found.group()
        start, position = position, found.end()
        if kind_name == "space":
            continue
        if kind_name == "name" and not _operand_expected(tokens):
            # After an operand only an operator can follow, so 'or1' in '1 or1' and 'div2'
            # in '1div2' are the operator then the next operand (as ODK reads them).
            operator = _leading_operator(text)
            if operator is not None:
                text, position = operator, start + len(operator)
        token = _classify(kind_name, text, start, position, source, tokens)
        tokens.append(token)
    tokens.append(Token(Kind.END, "", length, length))
    return tokens


def _classify(
    kind_name: str | None, text: str, start: int, end: int, source: str, tokens: list[Token]
) -> Token:
    if kind_name == "number":
        return Token(Kind.NUMBER, text, start, end)
    if kind_name == "string":
        return Token(Kind.STRING, text[1:-1], start, end)
    if kind_name == "reference":
        name = text[2:-1].strip()
        if not _REFERENCE_NAME.fullmatch(name):
            raise ExpressionError(f"malformed reference {text!r} in expression {quote(source)}")
        return Token(Kind.REFERENCE, name, start, end)
    operand_expected = _operand_expected(tokens)
    if kind_name == "name":
        if not operand_expected and text in _OPERATOR_NAMES:
            return Token(Kind.OPERATOR, text, start, end)
        following = _next_non_space(source, end)
        if source.startswith("::", following):
            return Token(Kind.AXIS, text, start, end)
        if source.startswith("(", following) and not text.endswith("*"):
            kind = Kind.NODE_TYPE if text in _NODE_TYPES else Kind.FUNCTION
            return Token(kind, text, start, end)
        return Token(Kind.NAME, text, start, end)
    if text == "*":
        return Token(Kind.NAME if operand_expected else Kind.OPERATOR, text, start, end)
    if text in _SYMBOL_OPERATORS:
        return Token(Kind.OPERATOR, text, start, end)
    return Token(Kind.PUNCT, text, start, end)


def _leading_operator(name: str) -> str | None:
    for operator in _OPERATOR_NAMES:
        if name.startswith(operator) and name != operator:
            return operator
    return None


def _operand_expected(tokens: list[Token]) -> bool:
    if not tokens:
        return True
    last = tokens[-1]
    if last.kind is Kind.OPERATOR:
        return True
    return last.kind is Kind.PUNCT and last.text in _OPERAND_FOLLOWS


def _next_non_space(source: str, position: int) -> int:
    while position < len(source) and source[position] in " \t\r\n":
        position += 1
    return position
