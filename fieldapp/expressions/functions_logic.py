"""Logic, selection and ODK form functions: if, coalesce, true, false, not, boolean,
boolean-from-string, selected, selected-at, count-selected, jr:choice-name, checklist,
weighted-checklist, once, uuid, random.

A select-multiple answer is a space-separated list of choice names: ``selected(${q}, 'a')``
tests membership, ``count-selected`` counts, ``selected-at`` indexes from 0 ('' when out of
range). ``if`` and ``coalesce`` evaluate only the branch they return. In ``checklist`` and
``weighted-checklist`` a question's answer counts as true unless it is empty, ``0`` or
``false``, which is how ODK Collect reads typed answers.
"""

from __future__ import annotations

import math
import string
import uuid as uuid_module

from lxml import etree

from fieldapp.expressions.environment import Context
from fieldapp.expressions.library import CallSite, Evaluator, Function, eager
from fieldapp.expressions.nodes import Node, string_value
from fieldapp.expressions.values import Value, to_boolean, to_number, to_string

MAX_UUID_LENGTH = 1_024
_UUID_ALPHABET = string.digits + string.ascii_lowercase


def _if(site: CallSite) -> Evaluator:
    condition, then, otherwise = site.args
    return lambda ctx: then(ctx) if to_boolean(condition(ctx)) else otherwise(ctx)


def _is_empty(value: Value) -> bool:
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, bool):
        return False
    return to_string(value) == ""


def _coalesce(site: CallSite) -> Evaluator:
    first, second = site.args

    def run(ctx: Context) -> Value:
        value = first(ctx)
        return second(ctx) if _is_empty(value) else value

    return run


def _boolean_from_string(value: Value) -> Value:
    # Exactly 'true' or '1', as in ODK: 'True' and 'TRUE' are false.
    text = to_string(value)
    return text == "true" or text == "1"


def _selected(answer: Value, choice: Value) -> Value:
    wanted = to_string(choice).strip()
    return wanted != "" and wanted in to_string(answer).split()


def _selected_at(answer: Value, index_value: Value) -> Value:
    choices = to_string(answer).split()
    index = to_number(index_value)
    if math.isnan(index) or math.isinf(index):
        return ""
    position = math.trunc(index)
    return choices[position] if 0 <= position < len(choices) else ""


def _choice_name(site: CallSite) -> Evaluator:
    value_arg, path_arg = site.args

    def run(ctx: Context) -> Value:
        value = to_string(value_arg(ctx))
        label_of = ctx.env.choice_label
        if value == "" or label_of is None:
            return ""
        path = to_string(path_arg(ctx)).strip()
        nodes = site.compile_text(path)(ctx)
        if not isinstance(nodes, list):
            raise site.error("the second argument must name a question")
        element = next((node for node in nodes if isinstance(node, etree._Element)), None)
        return "" if element is None else label_of(element, value)

    return run


def _factor(value: Value) -> list[bool]:
    """Checklist factors: each node of a node-set is one, read as a typed answer."""
    if isinstance(value, list):
        return [_answer_is_true(node) for node in value]
    return [to_boolean(value)]


def _answer_is_true(node: Node) -> bool:
    text = string_value(node).strip()
    if text in ("", "false"):
        return False
    number = to_number(text)
    return math.isnan(number) or number != 0.0


def _checklist(minimum: Value, maximum: Value, *factors: Value) -> Value:
    count = sum(flag for factor in factors for flag in _factor(factor))
    low, high = _whole(minimum), _whole(maximum)
    return (low < 0 or count >= low) and (high < 0 or count <= high)


def _whole(value: Value) -> int:
    number = to_number(value)
    return -1 if math.isnan(number) or math.isinf(number) else math.trunc(number)


def _weighted_checklist(site: CallSite) -> Evaluator:
    if len(site.args) % 2 != 0:
        raise site.error("needs a minimum, a maximum, then pairs of value and weight")
    minimum_arg, maximum_arg, *rest = site.args

    def run(ctx: Context) -> Value:
        values = [arg(ctx) for arg in rest]
        if len(values) == 2 and isinstance(values[0], list) and isinstance(values[1], list):
            flags = _factor(values[0])
            weights = [to_number(string_value(node)) for node in values[1]]
            if len(flags) != len(weights):
                raise site.error("the value and weight node-sets differ in length")
        else:
            flags = [to_boolean(_as_answer(value)) for value in values[0::2]]
            weights = [to_number(value) for value in values[1::2]]
        return _weighted_total_fits(
            to_number(minimum_arg(ctx)), to_number(maximum_arg(ctx)), flags, weights
        )

    return run


def _weighted_total_fits(
    minimum: float, maximum: float, flags: list[bool], weights: list[float]
) -> bool:
    """ODK's reading of the bounds: a maximum of -1 means "no maximum" (and a minimum below 1
    is then met at once), and the running total fails as soon as it passes the maximum, so
    with negative weights the order of the pairs matters, as it does in ODK."""
    if maximum == -1.0:
        if minimum < 1.0:
            return True
        maximum = math.inf
    total = 0.0
    for flag, weight in zip(flags, weights, strict=True):
        if flag:
            total += weight
            if total > maximum:
                return False
    return total >= minimum


def _as_answer(value: Value) -> Value:
    if isinstance(value, list):
        return bool(value) and _answer_is_true(value[0])
    return value


def _once(site: CallSite) -> Evaluator:
    (arg,) = site.args

    def run(ctx: Context) -> Value:
        prior = ctx.env.once_value
        if prior is None:
            prior = to_string([ctx.current])
        if prior != "":
            return prior
        value = arg(ctx)
        # As ODK: a value that is not a number yet (an empty answer times 10) stays empty,
        # so once() can still take a value when the answer comes.
        return "" if isinstance(value, float) and math.isnan(value) else value

    return run


def _uuid(site: CallSite) -> Evaluator:
    if not site.args:
        return lambda ctx: str(uuid_module.UUID(int=ctx.env.random.getrandbits(128), version=4))
    (length_arg,) = site.args

    def run(ctx: Context) -> Value:
        length = to_number(length_arg(ctx))
        if math.isnan(length) or length < 1:
            return ""
        if length > MAX_UUID_LENGTH:
            raise site.error(f"length over {MAX_UUID_LENGTH}")
        return "".join(ctx.env.random.choice(_UUID_ALPHABET) for _ in range(int(length)))

    return run


def _random(site: CallSite) -> Evaluator:
    return lambda ctx: ctx.env.random.random()


FUNCTIONS: dict[str, Function] = {
    "if": Function(3, 3, _if),
    "coalesce": Function(2, 2, _coalesce),
    "true": Function(0, 0, eager(lambda: True)),
    "false": Function(0, 0, eager(lambda: False)),
    "not": Function(1, 1, eager(lambda value: not to_boolean(value))),
    "boolean": Function(1, 1, eager(to_boolean)),
    "boolean-from-string": Function(1, 1, eager(_boolean_from_string)),
    "selected": Function(2, 2, eager(_selected)),
    "is-selected": Function(2, 2, eager(_selected)),
    "selected-at": Function(2, 2, eager(_selected_at)),
    "count-selected": Function(1, 1, eager(lambda value: float(len(to_string(value).split())))),
    "jr:choice-name": Function(2, 2, _choice_name),
    "checklist": Function(2, None, eager(_checklist)),
    "weighted-checklist": Function(2, None, _weighted_checklist),
    "once": Function(1, 1, _once),
    "uuid": Function(0, 1, _uuid, volatile=True),
    "random": Function(0, 0, _random, volatile=True),
}
