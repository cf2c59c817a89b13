"""The live data of one interview: the instance tree expressions read, and the answers given.

Two things are kept apart on purpose. ``answers`` holds what was given (by the officer, by a
``setvalue`` action, or as metadata), keyed by concrete path; it is what the vault stores and
nothing in it is ever dropped because a question became irrelevant. The lxml tree holds the
*effective* values expressions see: an answer where its field is relevant, the empty string
where it is not (ODK excludes non-relevant values), calculations as last computed. Relevance
results of fields and groups are kept per node; a node is relevant when it and every ancestor
are. Repeat instances are added from the form's prototypes at the position the form gives.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager

from lxml import etree

from fieldapp.interview.instance_paths import generic_path, node_at, path_of
from fieldapp.xlsform import FormDefinition, Question

# More instances than this is not an interview; it bounds what a form's count can ask for.
MAX_REPEAT_INSTANCES = 500


class InstanceState:
    """The instance tree, the answers, and relevance per node."""

    def __init__(self, form: FormDefinition) -> None:
        self.form = form
        self.root: etree._Element = copy.deepcopy(form.template)
        self.repeats = frozenset(form.repeat_prototypes)
        self.answers: dict[str, str] = {}
        self.own_relevant: dict[etree._Element, bool] = {}
        self._nodes: dict[str, list[etree._Element]] = {}
        self.structure_version = 0

    # --- finding nodes -------------------------------------------------------------------

    def nodes(self, generic: str) -> list[etree._Element]:
        """Every node of a generic path (one per repeat instance), in document order."""
        cached = self._nodes.get(generic)
        if cached is not None:
            return cached
        steps = generic.split("/")[1:]
        found: list[etree._Element] = [self.root] if steps and steps[0] == self.root.tag else []
        for step in steps[1:]:
            found = [child for node in found for child in node.iterchildren(step)]
        self._nodes[generic] = found
        return found

    def node(self, path: str) -> etree._Element | None:
        return node_at(self.root, path)

    def path(self, node: etree._Element) -> str:
        return path_of(node, self.repeats)

    def generic(self, node: etree._Element) -> str:
        parts = []
        current: etree._Element | None = node
        while current is not None:
            parts.append(str(current.tag))
            current = current.getparent()
        return "/" + "/".join(reversed(parts))

    def question_of(self, node: etree._Element) -> Question | None:
        return self.form.questions.get(self.generic(node))

    # --- relevance -----------------------------------------------------------------------

    def relevant(self, node: etree._Element) -> bool:
        current: etree._Element | None = node
        while current is not None:
            if self.own_relevant.get(current) is False:
                return False
            current = current.getparent()
        return True

    def set_own_relevant(self, node: etree._Element, value: bool) -> None:
        if value:
            self.own_relevant.pop(node, None)
        else:
            self.own_relevant[node] = False

    # --- values --------------------------------------------------------------------------

    def given(self, path: str, question: Question) -> str:
        """What was given for ``path``, else the form's default."""
        return self.answers.get(path, question.default)

    def effective_text(self, node: etree._Element) -> str:
        return node.text or ""

    def set_text(self, node: etree._Element, text: str) -> bool:
        """Set a node's effective text; True when it changed."""
        if (node.text or "") == text:
            return False
        node.text = text or None
        return True

    def sync_subtree(self, top: etree._Element) -> list[etree._Element]:
        """Blank or restore the given answers under ``top`` after a relevance change.

        Calculations are left to their own evaluation, which follows in the same pass."""
        changed = []
        for node in top.iter():
            if len(node):
                continue
            question = self.question_of(node)
            if question is None or question.calculate is not None:
                if question is not None and not self.relevant(node) and self.set_text(node, ""):
                    changed.append(node)
                continue
            wanted = self.given(self.path(node), question) if self.relevant(node) else ""
            if self.set_text(node, wanted):
                changed.append(node)
        return changed

    # --- repeats -------------------------------------------------------------------------

    def instances(self, repeat_path: str) -> list[etree._Element]:
        """The instances of a repeat, given as a concrete path without a last index."""
        parent_path, _, name = repeat_path.rpartition("/")
        parent = self.node(parent_path) if parent_path else None
        return list(parent.iterchildren(name)) if parent is not None else []

    def add_instance(self, repeat_path: str) -> etree._Element:
        generic = generic_path(repeat_path)
        parent_path, _, name = repeat_path.rpartition("/")
        parent = self.node(parent_path)
        if parent is None:
            raise LookupError(repeat_path)
        instance = copy.deepcopy(self.form.repeat_prototypes[generic])
        existing = list(parent.iterchildren(name))
        if existing:
            existing[-1].addnext(instance)
        else:
            anchor = None
            for before in reversed(self.form.repeat_preceding.get(generic, ())):
                found = list(parent.iterchildren(before))
                if found:
                    anchor = found[-1]
                    break
            if anchor is None:
                parent.insert(0, instance)
            else:
                anchor.addnext(instance)
        self.structure_changed()
        for node in instance.iter():
            if len(node) == 0:
                question = self.question_of(node)
                if question is not None and question.calculate is None:
                    self.set_text(node, self.given(self.path(node), question))
        return instance

    def remove_instance(self, instance: etree._Element) -> None:
        parent = instance.getparent()
        if parent is not None:
            for node in instance.iter():
                self.own_relevant.pop(node, None)
            parent.remove(instance)
            self.structure_changed()

    @contextmanager
    def probe_instance(self, repeat_path: str) -> Iterator[etree._Element]:
        """A throw-away instance, to evaluate a repeat's relevance before it has any.

        The structure version is left as it was: nothing outside the probe saw it."""
        version = self.structure_version
        instance = self.add_instance(repeat_path)
        try:
            yield instance
        finally:
            self.remove_instance(instance)
            self.structure_version = version

    def structure_changed(self) -> None:
        self._nodes.clear()
        self.structure_version += 1
