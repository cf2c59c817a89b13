"""Static facts about a syntax tree that let the compiler skip repeated work.

The one fact so far: whether an expression is independent of the context node. Inside a
choice filter such as ``item[country = current()/../q3]`` the right-hand side is the same for
every item, so the path compiler evaluates it once per filter instead of once per item.
Absolute paths, literals and ``current()`` are independent; relative paths, ``${name}``
(resolved near the context node) and functions that read the context node or position are not,
nor are the volatile ones (``random()`` once per filter would change the meaning).
"""

from __future__ import annotations

from fieldapp.expressions.functions import lookup
from fieldapp.expressions.syntax import (
    Call,
    Chain,
    Expr,
    Filter,
    Literal,
    Logical,
    Negate,
    Number,
    Path,
    Reference,
    Union,
)

# Functions that read the context node, position or size when called (or called without
# arguments, for those marked None).
_CONTEXT_FUNCTIONS: dict[str, int | None] = {
    "position": None,
    "last": 0,
    "string": None,
    "number": None,
    "string-length": None,
    "normalize-space": None,
    "name": None,
    "local-name": None,
    "namespace-uri": None,
    "lang": 1,  # the xml:lang at the context node, whatever the argument
    "id": 1,  # searches the context node's document
}


def context_free(node: Expr) -> bool:
    """True when ``node`` evaluates the same for every context node, position and size."""
    if isinstance(node, Literal | Number):
        return True
    if isinstance(node, Reference):
        return False
    if isinstance(node, Path):
        if node.start == "root":
            return True
        return isinstance(node.start, Filter) and context_free(node.start)
    if isinstance(node, Filter):
        return context_free(node.primary)
    if isinstance(node, Call):
        return _call_context_free(node)
    if isinstance(node, Chain):
        return context_free(node.first) and all(context_free(op) for _, op in node.rest)
    if isinstance(node, Logical | Union):
        return all(context_free(operand) for operand in node.operands)
    if isinstance(node, Negate):
        return context_free(node.operand)
    return False


def _call_context_free(node: Call) -> bool:
    function = lookup(node.name)
    if function is None or function.volatile:
        return False
    if node.name in _CONTEXT_FUNCTIONS:
        if node.name in ("last", "lang", "id") or not node.args:
            return False
        if node.name == "position":
            return all(context_free(arg) for arg in node.args)
    return all(context_free(arg) for arg in node.args)
