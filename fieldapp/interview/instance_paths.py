"""Paths of answers in an interview instance: ``/data/age``, ``/data/journey[2]/country``.

Answers are stored as rows keyed by these paths, so they must be stable and plain: steps are
element names, and only repeat instances carry a 1-based index. The generic path (indexes
removed) names the field in the form; the concrete path names one answer. This module turns
one into the other and finds the element a path points at in the live instance tree.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from lxml import etree

_STEP = re.compile(r"^([A-Za-z_][\w.\-]*)(?:\[([1-9]\d{0,5})\])?$")

Step = tuple[str, int | None]


def parse_path(path: str) -> tuple[Step, ...] | None:
    """The steps of ``path``, or None when it is not a well-formed instance path."""
    if not path.startswith("/") or len(path) > 2000:
        return None
    steps: list[Step] = []
    for text in path[1:].split("/"):
        match = _STEP.match(text)
        if match is None:
            return None
        steps.append((match.group(1), int(match.group(2)) if match.group(2) else None))
    return tuple(steps)


def generic_path(path: str) -> str:
    """``/data/journey[2]/country`` -> ``/data/journey/country``."""
    return re.sub(r"\[\d+\]", "", path)


def node_at(root: etree._Element, path: str) -> etree._Element | None:
    """The element ``path`` names in the tree under ``root`` (a missing index means 1)."""
    steps = parse_path(path)
    if not steps or steps[0][0] != root.tag or steps[0][1] not in (None, 1):
        return None
    node = root
    for name, index in steps[1:]:
        position = index or 1
        found = None
        for child in node.iterchildren(name):
            position -= 1
            if position == 0:
                found = child
                break
        if found is None:
            return None
        node = found
    return node


def path_of(node: etree._Element, repeats: Collection[str]) -> str:
    """The concrete path of ``node``: an index on every step that is a repeat instance."""
    chain: list[etree._Element] = []
    current: etree._Element | None = node
    while current is not None:
        chain.append(current)
        current = current.getparent()
    chain.reverse()
    generic = ""
    parts: list[str] = []
    for element in chain:
        tag = str(element.tag)
        generic = f"{generic}/{tag}"
        if generic in repeats:
            index = 1 + sum(1 for _ in element.itersiblings(tag, preceding=True))
            parts.append(f"{tag}[{index}]")
        else:
            parts.append(tag)
    return "/" + "/".join(parts)


def concrete(generic: str, context: Mapping[str, str]) -> str:
    """``generic`` inside the repeat instances ``context`` maps (generic repeat -> concrete)."""
    best = ""
    for repeat in context:
        if (generic == repeat or generic.startswith(repeat + "/")) and len(repeat) > len(best):
            best = repeat
    return context[best] + generic[len(best):] if best else generic


def is_within(path: str, ancestor: str) -> bool:
    """True when ``path`` is ``ancestor`` or lies under it."""
    return path == ancestor or path.startswith(ancestor + "/") or path.startswith(ancestor + "[")


def repeat_context(path: str) -> dict[str, str]:
    """The repeat instances ``path`` lies in: generic repeat path -> concrete instance path."""
    context: dict[str, str] = {}
    generic = ""
    concrete_path = ""
    for step in path[1:].split("/"):
        name, _, rest = step.partition("[")
        generic = f"{generic}/{name}"
        concrete_path = f"{concrete_path}/{step}"
        if rest:
            context[generic] = concrete_path
    return context


def instance_index(path: str, repeat_path: str) -> int | None:
    """The instance number of ``repeat_path`` that ``path`` lies in, if it lies in one."""
    prefix = repeat_path + "["
    if not path.startswith(prefix):
        return None
    digits, _, _ = path[len(prefix):].partition("]")
    return int(digits) if digits.isdigit() else None
