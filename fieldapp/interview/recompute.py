"""Re-evaluating relevance, calculations and repeat counts after a change, and recording what
changed.

The form's dependency graph says which triggerables a changed field reaches and in which
order; this module evaluates them over every node they bind (one per repeat instance) and
logs the effects: changed effective values, flipped visibility, values to persist, and whether
the structure changed (a ``repeat_count`` added or removed instances, after which the session
recomputes everything). Expression failures at run time (a regex the engine rejects, say) never
escape: the value becomes empty or false, as ODK Collect does, and the interview goes on.
Calculations that use ``now()``, ``today()``, ``random()`` or ``uuid()`` are persisted when
they change, so ``once()`` keeps its value across sessions.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from fieldapp.errors import FieldappError
from fieldapp.expressions import CompiledExpression, EvaluationEnvironment, to_number
from fieldapp.interview.change import Change, JsonValue, Write
from fieldapp.interview.instance import MAX_REPEAT_INSTANCES, InstanceState
from fieldapp.interview.rows import row_value
from fieldapp.interview.values import decimal_text, to_json_value
from fieldapp.xlsform import Question
from fieldapp.xlsform.dependencies import Trigger, Triggerable

_EVALUATION_FAILURES = (FieldappError, ArithmeticError, ValueError, RecursionError, TypeError)


@dataclass
class ChangeLog:
    """What one step did, collected while it runs."""

    values: dict[etree._Element, None] = field(default_factory=dict)
    visibility: dict[etree._Element, bool] = field(default_factory=dict)
    persist: dict[etree._Element, str] = field(default_factory=dict)
    structure: bool = False

    def to_change(self, state: InstanceState, writes: list[Write],
                  errors: Mapping[str, str | None], position: str | None) -> Change:
        """The :class:`Change` for the UI and the vault: paths are taken now, after any
        repeat renumbering, and nodes no longer in the tree are left out."""
        root = state.root
        form = state.form
        for node, text in self.persist.items():
            if node.getroottree().getroot() is root:
                path = state.path(node)
                state.answers[path] = text
                writes.append((path, row_value(form, path, text)))
        values: dict[str, JsonValue] = {}
        for node in self.values:
            question = state.question_of(node)
            if question is not None and node.getroottree().getroot() is root:
                values[state.path(node)] = to_json_value(question, node.text or "")
        visibility: dict[str, bool] = {}
        for element, visible in self.visibility.items():
            if element.getroottree().getroot() is not root:
                continue
            generic = state.generic(element)
            if generic in form.questions or generic in form.groups:
                visibility[state.path(element)] = visible
        return Change(values=values, visibility=visibility, errors=dict(errors),
                      writes=tuple(writes), pages_changed=self.structure or bool(visibility),
                      position=position)


class Evaluator:
    """Evaluates compiled expressions against nodes; failures become empty results."""

    def __init__(self, environment: EvaluationEnvironment) -> None:
        self.environment = environment

    def value(self, expression: CompiledExpression, node: etree._Element) -> Any:
        return expression.evaluate(node, self.environment)

    def boolean(self, expression: CompiledExpression, node: etree._Element) -> bool:
        try:
            return bool(expression.evaluate_boolean(node, self.environment))
        except _EVALUATION_FAILURES:
            return False

    def string(self, expression: CompiledExpression, node: etree._Element) -> str:
        try:
            return str(expression.evaluate_string(node, self.environment))
        except _EVALUATION_FAILURES:
            return ""

    def number(self, expression: CompiledExpression, node: etree._Element) -> float:
        try:
            return float(expression.evaluate_number(node, self.environment))
        except _EVALUATION_FAILURES:
            return math.nan

    def nodes(self, expression: CompiledExpression, node: etree._Element) -> list[Any]:
        try:
            result = expression.evaluate(node, self.environment)
        except _EVALUATION_FAILURES:
            return []
        return list(result) if isinstance(result, list) else []


def normalise(question: Question | None, text: str) -> str:
    """A calculated value as its declared type stores it (pyxform declares most as string)."""
    if question is None or question.data_type not in ("int", "integer", "decimal"):
        return text
    number = to_number(text)
    if not math.isfinite(number):
        return ""
    if question.data_type == "decimal":
        return decimal_text(number)
    return str(int(number))


class Recomputer:
    """Runs triggerables over the live instance."""

    def __init__(
        self,
        state: InstanceState,
        evaluator: Evaluator,
        on_new_instance: Callable[[etree._Element, ChangeLog], None],
    ) -> None:
        self.state = state
        self.evaluator = evaluator
        self.on_new_instance = on_new_instance

    def propagate(self, refs: set[str], log: ChangeLog) -> None:
        """Re-evaluate what the fields ``refs`` reach; everything after a structure change
        or when the form has references the graph could not resolve."""
        graph = self.state.form.graph
        assert graph is not None
        if graph.unresolved:
            self.recompute_all(log)
            return
        self.run(graph.triggered_by(refs), log)
        if log.structure:
            self.recompute_all(log)

    def recompute_all(self, log: ChangeLog) -> None:
        """Every triggerable in order, again while repeat counts keep changing the structure
        (bounded: a count that depends on its own repeat cannot loop forever)."""
        graph = self.state.form.graph
        assert graph is not None
        rounds = 2 if graph.unresolved else 1
        for _ in range(6):
            before = self.state.structure_version
            for _ in range(rounds):
                self.run(graph.order, log)
            if self.state.structure_version == before:
                break

    def run(self, triggered: Iterable[Triggerable], log: ChangeLog) -> None:
        for item in triggered:
            if item.kind is Trigger.RELEVANT:
                self._relevance(item, log)
            elif item.kind is Trigger.CALCULATE:
                self._calculate(item, log)
            else:
                self._count(item, log)

    def _relevance(self, item: Triggerable, log: ChangeLog) -> None:
        state = self.state
        for node in state.nodes(item.ref):
            own = self.evaluator.boolean(item.expression, node)
            if own == state.own_relevant.get(node, True):
                continue
            parent = node.getparent()
            parent_relevant = parent is None or state.relevant(parent)
            state.set_own_relevant(node, own)
            if not parent_relevant:
                continue
            for element in _reached(node, state):
                log.visibility[element] = own
            for changed in state.sync_subtree(node):
                log.values[changed] = None

    def _calculate(self, item: Triggerable, log: ChangeLog) -> None:
        state = self.state
        question = state.form.questions.get(item.ref)
        volatile = bool(getattr(item.expression, "uses_now", False))
        for node in state.nodes(item.ref):
            if state.relevant(node):
                new = normalise(question, self.evaluator.string(item.expression, node))
            else:
                new = ""
            if state.set_text(node, new):
                log.values[node] = None
                if volatile and new:
                    log.persist[node] = new

    def _count(self, item: Triggerable, log: ChangeLog) -> None:
        state = self.state
        parent_generic, _, name = item.ref.rpartition("/")
        for parent in list(state.nodes(parent_generic)):
            repeat_path = f"{state.path(parent)}/{name}"
            instances = list(parent.iterchildren(name))
            if instances:
                number = self.evaluator.number(item.expression, instances[0])
            else:
                with state.probe_instance(repeat_path) as probe:
                    number = self.evaluator.number(item.expression, probe)
            wanted = int(number) if math.isfinite(number) else 0
            wanted = max(0, min(MAX_REPEAT_INSTANCES, wanted))
            while len(instances) < wanted:
                instance = state.add_instance(repeat_path)
                instances.append(instance)
                log.structure = True
                self.on_new_instance(instance, log)
            while len(instances) > wanted:
                # Answers of removed instances stay in ``answers``: if the count grows
                # again, they come back, as nothing given is ever dropped.
                state.remove_instance(instances.pop())
                log.structure = True


def _reached(node: etree._Element, state: InstanceState) -> Iterable[etree._Element]:
    """``node`` and the descendants whose effective relevance follows it."""
    yield node
    stack = list(node)
    while stack:
        element = stack.pop()
        if state.own_relevant.get(element) is False:
            continue
        yield element
        stack.extend(element)
