"""The by-name shape of an interview's data: ``values()`` and the answers file of ``form fill``.

Fields are keyed by their name, groups flattened away, repeats as lists of objects (one per
instance) keyed the same way inside. XLSForm allows one name in two groups; such a field is
keyed by its path below the repeat or the form root (``household/name``) so no key is
ambiguous. Error reports use the same keys with instance numbers: ``journey[2]/country``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from fieldapp.interview.instance import InstanceState
from fieldapp.interview.instance_paths import generic_path
from fieldapp.interview.values import to_json_value
from fieldapp.xlsform import FormDefinition, Kind


@dataclass(frozen=True)
class ShapeItem:
    """One key of a scope: a field, or a repeat (with its own scope)."""

    key: str
    ref: str
    is_repeat: bool


class AnswerShape:
    """Keys per scope (the form root, or one repeat), in document order."""

    def __init__(self, form: FormDefinition) -> None:
        self.form = form
        self.root_ref = "/" + form.root_name
        repeats = sorted(form.repeat_prototypes, key=len)
        self._scope_of: dict[str, str] = {}
        members: dict[str, list[tuple[str, bool]]] = {self.root_ref: []}
        for repeat in repeats:
            members.setdefault(repeat, [])
        for repeat in repeats:
            members[self._innermost(repeat.rsplit("/", 1)[0], repeats)].append((repeat, True))
        for question in form.questions.values():
            if question.kind is Kind.NOTE and question.calculate is None:
                continue
            scope = question.repeat or self.root_ref
            members[scope].append((question.ref, False))
        self.scopes: dict[str, tuple[ShapeItem, ...]] = {}
        self._key_of: dict[str, str] = {}
        order = self._document_order()
        for scope, items in members.items():
            items.sort(key=lambda item: order.get(item[0], len(order)))
            names = [ref.rsplit("/", 1)[-1] for ref, _ in items]
            shaped = []
            for ref, is_repeat in items:
                name = ref.rsplit("/", 1)[-1]
                key = name if names.count(name) == 1 else ref[len(scope) + 1 :]
                shaped.append(ShapeItem(key, ref, is_repeat))
                self._key_of[ref] = key
                self._scope_of[ref] = scope
            self.scopes[scope] = tuple(shaped)

    def _document_order(self) -> dict[str, int]:
        order: dict[str, int] = {}
        for question in self.form.questions.values():
            parts = question.ref.split("/")
            for end in range(3, len(parts) + 1):
                order.setdefault("/".join(parts[:end]), len(order))
        return order

    def _innermost(self, path: str, repeats: list[str]) -> str:
        best = self.root_ref
        for repeat in repeats:
            if (path == repeat or path.startswith(repeat + "/")) and len(repeat) > len(best):
                best = repeat
        return best

    def key_of(self, path: str) -> str:
        """``/data/journey[2]/country`` -> ``journey[2]/country``."""
        parts: list[str] = []
        generic = generic_path(path)
        ref = generic
        keys: list[str] = []
        while ref in self._scope_of:
            keys.append(self._key_of[ref])
            scope = self._scope_of[ref]
            if scope == self.root_ref:
                break
            ref = scope
        keys.reverse()
        # Put back the instance numbers the concrete path carries, repeat by repeat.
        indexes = [segment.split("]")[0] for segment in path.split("[")[1:]]
        for position, key in enumerate(keys):
            if position < len(keys) - 1 and position < len(indexes):
                parts.append(f"{key}[{indexes[position]}]")
            else:
                parts.append(key)
        return "/".join(parts) if parts else path

    def values(self, state: InstanceState) -> dict[str, Any]:
        """Every relevant field by key; repeats as lists of objects."""
        return self._scope_values(self.root_ref, state.root, state)

    def _scope_values(self, scope: str, container: Any, state: InstanceState) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for item in self.scopes.get(scope, ()):
            relative = item.ref[len(scope) + 1 :].split("/")
            if item.is_repeat:
                parent = _descend(container, relative[:-1])
                if parent is None or not state.relevant(parent):
                    continue
                result[item.key] = [
                    self._scope_values(item.ref, instance, state)
                    for instance in parent.iterchildren(relative[-1])
                    if state.relevant(instance)
                ]
                continue
            node = _descend(container, relative)
            if node is None or not state.relevant(node):
                continue
            question = self.form.questions[item.ref]
            result[item.key] = to_json_value(question, node.text or "")
        return result

    def items(self, scope: str | None = None) -> tuple[ShapeItem, ...]:
        return self.scopes.get(scope or self.root_ref, ())

    def walk_answers(
        self, answers: Mapping[str, Any], scope: str | None = None
    ) -> Iterator[tuple[ShapeItem, Any]]:
        """The given answers of one scope in document order, with their shape items."""
        for item in self.items(scope):
            if item.key in answers:
                yield item, answers[item.key]


def _descend(node: Any, steps: list[str]) -> Any:
    for step in steps:
        if node is None:
            return None
        node = next(node.iterchildren(step), None)
    return node
