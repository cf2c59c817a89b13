"""OpenRosa submissions, one per interview, in the folder layout ODK Briefcase keeps.

Each interview becomes the instance document ODK Collect would have submitted for it: the
form's primary instance (``<data id=... version=...>``) with every element in the form's order,
each filled from the finalised revision's values (select_multiple space-separated, as XForms
stores them), repeat instances in place, and ``meta/instanceID`` as ``uuid:...`` (the one the
form gave the interview; should two interviews carry the same one, the second gets its vault
uuid). The zip holds ``forms/<form id>/<form id>.xml`` (the newest version's XForm) and
``forms/<form id>/instances/uuid<uuid>/submission.xml`` per interview: the layout of ODK
Briefcase's storage folder, which pyodk, Briefcase and ODK Central's submission API take
(docs/exports.md walks through the move). An element whose value is empty is written empty:
the revision does not say which empty fields were not relevant, and an empty element is what
ODK Central expects for an unanswered question.

The document is built from a per-version plan of static text and value slots, not an element
tree per interview: 100,000 submissions must take seconds, not minutes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from fieldapp.exports.source import ExportInterview
from fieldapp.exports.zip_helper import zip_entries
from fieldapp.xlsform import FormDefinition

INSTANCE_ID = "instanceID"


class _Cache(dict[Any, str]):
    """A slot's XML by value; a value not in it is written by the slot (``__missing__``)."""

    __slots__ = ("chars", "leaf")

    def __init__(self, leaf: _Leaf) -> None:
        super().__init__()
        self.leaf = leaf
        self.chars = 0

    def __missing__(self, value: Any) -> str:
        return self.leaf.xml(value)


class _Leaf:
    """A value slot and the static text after it. The XML of the texts it held is kept, as
    most values repeat (choice names, yes and no, empty answers, calculated summaries); once
    the slot holds too many values or characters (ids, names, dates seen once) it starts
    again, so the values that repeat stay found and memory stays bounded."""

    __slots__ = ("cache", "empty", "name", "tail")
    LIMIT = 2_000
    CHARS = 200_000

    def __init__(self, name: str, tail: str = "") -> None:
        self.name = name
        self.tail = tail
        self.empty = f"<{name}/>{tail}"
        self.cache = _Cache(self)

    def xml(self, value: Any) -> str:
        if value is None or value == "" or value == []:
            xml = self.empty
        else:
            xml = f"<{self.name}>{escape(_text(value))}</{self.name}>{self.tail}"
        # Only texts are keys: True, 1 and 1.0 are equal keys but written differently.
        if value is None or type(value) is str:
            cache = self.cache
            if len(cache) >= self.LIMIT or cache.chars >= self.CHARS:
                cache.clear()
                cache.chars = 0
            cache[value] = xml
            cache.chars += len(xml)
        return xml


class _Run:
    """Static text, then value slots each followed by its own static text."""

    __slots__ = ("caches", "head", "leaves", "lists", "names")

    def __init__(self, head: str, leaves: Sequence[_Leaf]) -> None:
        self.head = head
        self.leaves = tuple(leaves)
        self.names = tuple(leaf.name for leaf in leaves)
        self.caches = tuple(leaf.cache for leaf in leaves)
        self.lists: tuple[int, ...] = ()  # slots seen holding a list (a select_multiple)

    def render(self, values: Mapping[str, Any], out: list[str]) -> None:
        out.append(self.head)
        found: list[Any] = list(map(values.get, self.names))
        for at in self.lists:  # a list is not a key, its text is (and gives the same XML)
            if type(found[at]) is list:
                found[at] = " ".join(map(str, found[at]))
        try:
            # One C-level pass of look-ups; a value seen for the first time (a name, a date,
            # an id) is written by its slot through the cache's __missing__.
            xml = list(map(dict.__getitem__, self.caches, found))
        except TypeError:  # a list where none was seen yet, or other odd data: slot by slot
            self.lists = tuple(sorted({*self.lists, *(
                at for at, value in enumerate(found) if type(value) is list)}))
            xml = [leaf.xml(value) for leaf, value in zip(self.leaves, found, strict=True)]
        out.extend(xml)


@dataclass(frozen=True)
class _Repeat:
    name: str
    parts: tuple[_Run | _Repeat, ...]

    def render(self, values: Mapping[str, Any], out: list[str]) -> None:
        for item in values.get(self.name) or []:
            if isinstance(item, dict):
                for part in self.parts:
                    part.render(item, out)


_Part = str | _Leaf | _Repeat


def _runs(parts: Sequence[_Part]) -> tuple[_Run | _Repeat, ...]:
    """Merged parts as runs: each text goes to the slot before it, or heads a run."""
    runs: list[_Run | _Repeat] = []
    head = ""
    leaves: list[_Leaf] = []
    for part in parts:
        if isinstance(part, str):
            if leaves:
                leaves[-1] = _Leaf(leaves[-1].name, leaves[-1].tail + part)
            else:
                head += part
        elif isinstance(part, _Leaf):
            leaves.append(part)
        else:
            runs.append(_Run(head, leaves))
            head, leaves = "", []
            runs.append(part)
    runs.append(_Run(head, leaves))
    return tuple(run for run in runs if isinstance(run, _Repeat) or run.head or run.leaves)


def _text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class SubmissionPlan:
    """How to write the submission of one form version."""

    def __init__(self, form: FormDefinition) -> None:
        self.form = form
        root = form.template
        attributes = "".join(
            f" {name}={quoteattr(value)}" for name in ("id", "version")
            if (value := root.get(name))
        )
        inner = self._children(root, f"/{root.tag}")
        self._parts = _runs(self._merge([f"<{root.tag}{attributes}>", *inner,
                                         f"</{root.tag}>"]))

    def _children(self, node: etree._Element, path: str) -> list[_Part]:
        repeats = {ref: proto for ref, proto in self.form.repeat_prototypes.items()
                   if ref.rsplit("/", 1)[0] == path}
        placed: dict[str | None, list[str]] = {}
        for ref in repeats:
            preceding = self.form.repeat_preceding.get(ref, ())
            placed.setdefault(preceding[-1] if preceding else None, []).append(ref)
        parts: list[_Part] = []
        for ref in placed.get(None, []):
            parts.append(self._repeat(repeats[ref], ref))
        for child in node:
            parts.extend(self._element(child, f"{path}/{child.tag}"))
            for ref in placed.get(str(child.tag), []):
                parts.append(self._repeat(repeats[ref], ref))
        return parts

    def _repeat(self, prototype: etree._Element, ref: str) -> _Repeat:
        inner = [f"<{prototype.tag}>", *self._children(prototype, ref), f"</{prototype.tag}>"]
        return _Repeat(str(prototype.tag), _runs(self._merge(inner)))

    def _element(self, node: etree._Element, path: str) -> list[_Part]:
        if len(node) == 0 and path not in self.form.repeat_prototypes:
            return [_Leaf(str(node.tag))]
        return [f"<{node.tag}>", *self._children(node, path), f"</{node.tag}>"]

    @staticmethod
    def _merge(parts: Sequence[_Part]) -> list[_Part]:
        merged: list[_Part] = []
        for part in parts:
            if isinstance(part, str) and merged and isinstance(merged[-1], str):
                merged[-1] += part
            else:
                merged.append(part)
        return merged

    def render(self, interview: ExportInterview, instance_id: str) -> bytes:
        out = ['<?xml version="1.0" encoding="UTF-8"?>']
        values = interview.values
        if values.get(INSTANCE_ID) != instance_id:  # rarely: a copy with ours put in
            values = {**values, INSTANCE_ID: instance_id}
        for part in self._parts:
            part.render(values, out)
        return "".join(out).encode("utf-8")


_UUID_FOLDER = re.compile(r"uuid:([0-9A-Za-z-]*)")


def instance_folder(instance_id: str) -> str:
    """Briefcase's folder name for an instance: ``uuid:1f2e...`` -> ``uuid1f2e...``."""
    # The usual id (``uuid:`` and ASCII letters, digits and dashes) without a character loop.
    if plain := _UUID_FOLDER.fullmatch(instance_id):
        return "uuid" + plain[1]
    return "".join(ch for ch in instance_id if ch.isalnum() or ch == "-")


def write_briefcase_zip(
    target: IO[bytes],
    forms: Mapping[str, FormDefinition],
    plans: Mapping[tuple[str, str], SubmissionPlan],
    interviews: Iterable[ExportInterview],
    *, parallel: bool = False,
) -> int:
    """The submissions of ``interviews`` and the newest XForm of each form; how many.
    ``parallel``: compress in a helper process (see :mod:`fieldapp.exports.zip_helper`)."""
    count = 0
    with zip_entries(target, parallel=parallel) as zf:
        for form_id, form in forms.items():
            if form.xform:
                zf.writestr(f"forms/{form_id}/{form_id}.xml", form.xform.encode("utf-8"))
        seen: set[str] = set()
        for interview in interviews:
            plan = plans[(interview.form_id, interview.form_version)]
            instance_id = interview.instance_id
            if instance_id in seen:
                # Two interviews carrying one instance id (a copied revision): a server
                # would keep only one, so the second goes under its own vault uuid.
                instance_id = f"uuid:{interview.uuid}"
            seen.add(instance_id)
            folder = instance_folder(instance_id)
            zf.writestr(f"forms/{interview.form_id}/instances/{folder}/submission.xml",
                        plan.render(interview, instance_id))
            count += 1
    return count
