"""The XLSForm/ODK expression language: XPath 1.0 as ODK extends it, evaluated over lxml trees.

Route: a small hand-written lexer and Pratt parser for exactly this grammar, compiled into
Python closures that walk lxml element trees (no libxml2 XPath). Plain XPath 1.0 gets too
much of ODK wrong to patch with a rewrite step: dates compare and subtract as days,
``round()`` takes two arguments, ``if()`` and ``jr:choice-name()`` are not XPath 1.0,
``position(..)`` takes an argument, ``current()`` and ``instance('id')`` need an outside
context, and libxml2 offers no bound on work or recursion. Owning the grammar makes those rules
plain code, bounds parsing (length and nesting limits, operator chains built in loops) and
keeps form text far from ``eval``/``exec``: a form can only combine the operations the
compiler knows. Compiled closures evaluate a typical relevance or constraint in a few
microseconds.

Public API::

    evaluate(expression, instance_xml="<data/>", context="/data", *, now=None, instances=None,
             language=None, namespaces=None) -> bool|float|str
    compile_expression(source, *, defer_call_errors=False) -> CompiledExpression  # cached
    CompiledExpression.evaluate(context, env) -> XPathValue, plus evaluate_boolean/_string/_number
    EvaluationEnvironment(now, instances, choice_label=None, random=Random(), once_value=None,
                          zone=None, itext=None, namespaces=None)
    ExpressionError, XPathValue, to_boolean, to_number, to_string
"""

from fieldapp.expressions.environment import EvaluationEnvironment
from fieldapp.expressions.errors import ExpressionError
from fieldapp.expressions.expression import CompiledExpression, compile_expression
from fieldapp.expressions.standalone import evaluate
from fieldapp.expressions.values import XPathValue, to_boolean, to_number, to_string

__all__ = [
    "CompiledExpression",
    "EvaluationEnvironment",
    "ExpressionError",
    "XPathValue",
    "compile_expression",
    "evaluate",
    "to_boolean",
    "to_number",
    "to_string",
]
