"""Which calculations and relevance conditions an answer can change, in evaluation order.

Every ``calculate`` and ``relevant`` expression (and ``repeat_count``) is a *triggerable*. Its
references (the location paths it reads, as the expression compiler lists them) are resolved
against the field it is bound to into generic paths (``/data/journey/days``: repeat indexes do
not matter here). A triggerable must be re-evaluated when something it reads changes: the field
itself, an ancestor (its text contains the field's) or a descendant (a group or repeat read as
a whole). A relevance condition also changes everything below its group. From these edges the
graph keeps one topological order, so one pass in that order after an answer leaves every
value consistent, and refuses cycles at load time, as ODK Validate does. References that
cannot be resolved (``//x``, axes) make the session fall back to recomputing everything.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from fieldapp.expressions import CompiledExpression
from fieldapp.xlsform.errors import FormLoadError
from fieldapp.xlsform.model import Group, Question


class Trigger(StrEnum):
    RELEVANT = "relevant"
    CALCULATE = "calculate"
    COUNT = "count"


@dataclass(frozen=True)
class Triggerable:
    """One expression that sets something: a value, a relevance, a repeat's instance count."""

    kind: Trigger
    ref: str
    expression: CompiledExpression
    row: int | None = None


def ancestors(path: str) -> list[str]:
    """``/data/a/b`` -> ``["/data/a", "/data"]``."""
    found = []
    while "/" in path[1:]:
        path = path.rsplit("/", 1)[0]
        found.append(path)
    return found


def strip_predicates(text: str) -> str:
    """A location path without its ``[...]`` predicates (quotes and nesting respected)."""
    out: list[str] = []
    depth, quote = 0, ""
    for char in text:
        if quote:
            if char == quote:
                quote = ""
            if depth == 0:
                out.append(char)
            continue
        if char in "'\"":
            quote = char
            if depth == 0:
                out.append(char)
        elif char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(char)
    return "".join(out)


def resolve_reference(text: str, context: str, names: Mapping[str, str]) -> str | None:
    """The generic path ``text`` reads from ``context``; "" for secondary instances (static);
    None when it cannot be known statically."""
    path = strip_predicates(text).strip()
    if path.startswith("${") and path.endswith("}"):
        return names.get(path[2:-1].strip())
    if path.startswith("instance("):
        return ""
    if path and path[0] not in "./@" and not path.startswith("current()"):
        # A bare relative name reads a child of the bound field, which a field does not
        # have: it is a step inside a predicate over a secondary instance (static).
        return ""
    if "//" in path or "*" in path or "::" in path or "$" in path or "(" in path.replace(
        "current()", ""
    ):
        return None
    if path.startswith("current()"):
        path = path[len("current()"):]
        base = context.split("/")[1:]
        path = path.lstrip("/")
    elif path.startswith("/"):
        base = []
        path = path[1:]
    else:
        base = context.split("/")[1:]
    steps = list(base)
    for step in path.split("/") if path else []:
        step = step.strip()
        if step in ("", "."):
            continue
        if step == "..":
            if not steps:
                return None
            steps.pop()
        elif step.startswith("@"):
            break
        else:
            steps.append(step)
    return "/" + "/".join(steps) if steps else None


class DependencyGraph:
    """Triggerables in a safe evaluation order, and which of them each change reaches."""

    def __init__(self, triggerables: Iterable[Triggerable], names: Mapping[str, str]) -> None:
        items = list(triggerables)
        self.unresolved = False
        reads: list[set[str]] = []
        for item in items:
            paths: set[str] = set()
            for reference in getattr(item.expression, "references", ()):
                resolved = resolve_reference(str(reference), item.ref, names)
                if resolved is None:
                    self.unresolved = True
                    paths.add("/")
                elif resolved:
                    paths.add(resolved)
            reads.append(paths)
        self._exact: dict[str, set[int]] = {}
        self._under: dict[str, set[int]] = {}
        self._everything: set[int] = set()
        for index, paths in enumerate(reads):
            for path in paths:
                if path == "/":
                    self._everything.add(index)
                    continue
                self._exact.setdefault(path, set()).add(index)
                for ancestor in ancestors(path):
                    self._under.setdefault(ancestor, set()).add(index)
        self._bound_under: dict[str, set[int]] = {}
        for index, item in enumerate(items):
            for path in [item.ref, *ancestors(item.ref)]:
                self._bound_under.setdefault(path, set()).add(index)
        edges = [self._edges(index, item, reads[index]) for index, item in enumerate(items)]
        order = _topological(items, edges)
        position = {index: rank for rank, index in enumerate(order)}
        self.order: tuple[Triggerable, ...] = tuple(items[i] for i in order)
        self._edges_by_rank = [sorted(position[j] for j in edges[i]) for i in order]
        self._index_to_rank = position
        self._closures: dict[str, tuple[int, ...]] = {}

    def _readers(self, path: str, *, everything: bool = True) -> set[int]:
        """Triggerables reading ``path``, an ancestor of it, or something under it."""
        found = set(self._everything) if everything else set()
        found |= self._exact.get(path, set())
        found |= self._under.get(path, set())
        for ancestor in ancestors(path):
            found |= self._exact.get(ancestor, set())
        return found

    def _edges(self, index: int, item: Triggerable, reads: set[str]) -> set[int]:
        """Who must come after ``item``. A repeat count changes the structure, which the
        session handles by recomputing everything, so it has no followers here."""
        if item.kind is Trigger.COUNT:
            return set()
        found = self._readers(item.ref, everything=False)
        if item.kind is Trigger.RELEVANT:
            found |= self._bound_under.get(item.ref, set())
        if index in found:
            # Reading an ancestor (``position(..)``, ``count(../..)``) is about structure,
            # not about this value: only a read of the field itself (or, for a relevance,
            # of what it hides) is a loop.
            own = item.ref in reads or (
                item.kind is Trigger.RELEVANT
                and any(path.startswith(item.ref + "/") for path in reads)
            )
            if not own:
                found.discard(index)
        return found

    def triggered_by(self, paths: Iterable[str]) -> tuple[Triggerable, ...]:
        """The triggerables to re-evaluate, in order, after the fields at ``paths`` changed."""
        ranks: set[int] = set()
        for path in paths:
            ranks.update(self._closure(path))
        return tuple(self.order[rank] for rank in sorted(ranks))

    def _closure(self, path: str) -> tuple[int, ...]:
        cached = self._closures.get(path)
        if cached is not None:
            return cached
        start = [self._index_to_rank[i] for i in self._readers(path)]
        seen = set(start)
        stack = list(start)
        while stack:
            rank = stack.pop()
            for follower in self._edges_by_rank[rank]:
                if follower not in seen:
                    seen.add(follower)
                    stack.append(follower)
        result = tuple(sorted(seen))
        self._closures[path] = result
        return result


def _topological(items: list[Triggerable], edges: list[set[int]]) -> list[int]:
    """Kahn's algorithm, ties broken by document order; a cycle is a load error."""
    incoming = [0] * len(items)
    for targets in edges:
        for target in targets:
            incoming[target] += 1
    ready = [index for index, count in enumerate(incoming) if count == 0]
    ready.reverse()
    order: list[int] = []
    while ready:
        index = ready.pop()
        order.append(index)
        released = []
        for target in edges[index]:
            incoming[target] -= 1
            if incoming[target] == 0:
                released.append(target)
        ready.extend(sorted(released, reverse=True))
        ready.sort(reverse=True)
    if len(order) < len(items):
        stuck = [items[i] for i, count in enumerate(incoming) if count > 0]
        names = sorted({item.ref.rsplit("/", 1)[-1] for item in stuck})
        first = min(stuck, key=lambda item: item.row or 0)
        raise FormLoadError(
            "these fields depend on each other in a loop (calculation or relevance): "
            + ", ".join(f"'{name}'" for name in names[:8]),
            sheet="survey", row=first.row,
            column="calculation" if first.kind is Trigger.CALCULATE else "relevant",
        )
    return order


def build_graph(
    questions: Iterable[Question], groups: Iterable[Group]
) -> DependencyGraph:
    """The graph of one form: group relevance and counts first, then fields, in body order."""
    items: list[Triggerable] = []
    for group in groups:
        if group.ref and group.relevant is not None:
            items.append(Triggerable(Trigger.RELEVANT, group.ref, group.relevant, group.row))
        if group.ref and group.repeat is not None and group.repeat.count is not None:
            items.append(Triggerable(Trigger.COUNT, group.ref, group.repeat.count, group.row))
    question_list = list(questions)
    for question in question_list:
        if question.relevant is not None:
            items.append(Triggerable(Trigger.RELEVANT, question.ref, question.relevant,
                                     question.row))
        if question.calculate is not None:
            items.append(Triggerable(Trigger.CALCULATE, question.ref, question.calculate,
                                     question.row))
    counts: dict[str, int] = {}
    for question in question_list:
        counts[question.name] = counts.get(question.name, 0) + 1
    names = {q.name: q.ref for q in question_list if counts[q.name] == 1}
    return DependencyGraph(items, names)
