"""What the UI renders: questions and pages in the current language, as frozen views.

A :class:`QuestionView` has everything a widget needs (label, hint and guidance with their
``<output>`` values filled in, type, appearance, parameters, value, required, read-only,
current error, the choices left after ``choice_filter`` and ``randomize``); a
:class:`PageView` groups them with the titles of the enclosing groups and, for a repeat page,
what can be done with the repeat. Texts fall back to the form's default language, then to the
untranslated text, so a half-translated form still shows something.

Two languages are in play: the respondent's (labels, hints, choices: what is read aloud) and
the officer's (officer guidance and the required, constraint and type messages: what the
officer reads and acts on). When the form lacks the officer's language, those follow the
respondent's. A question or note the form marks for the officer alone (the bind attribute
``fa:audience`` set to ``officer``: the officer's own checks, never read aloud) is given
entirely in the officer's language, choices included.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from fieldapp.interview.errors import AnswerError
from fieldapp.interview.instance import InstanceState
from fieldapp.interview.recompute import Evaluator
from fieldapp.interview.values import to_instance_text, to_json_value
from fieldapp.xlsform import (
    Choice,
    Itemset,
    Kind,
    LocalizedText,
    Output,
    Question,
    TextTemplate,
)

# Kinds the officer does not answer: never "required", never checked.
NOT_ANSWERED = frozenset({Kind.NOTE, Kind.CALCULATE, Kind.METADATA})
TYPE_MESSAGE = "The saved value does not fit this question's type."
# Language-free messages for forms that give none (the UI may translate them by key).
REQUIRED_MESSAGE = "This question requires an answer."
CONSTRAINT_MESSAGE = "This answer is not accepted by the form's rules."
AUDIENCE_ATTRIBUTE = "fa:audience"
OFFICER_AUDIENCE = "officer"


def for_officer(question: Question) -> bool:
    """Whether the form marks ``question`` as the officer's alone (not read aloud)."""
    return question.bind_attributes.get(AUDIENCE_ATTRIBUTE, "").strip() == OFFICER_AUDIENCE


@dataclass(frozen=True)
class ChoiceView:
    name: str
    label: str


@dataclass(frozen=True)
class QuestionView:
    """One field as the UI shows it."""

    path: str
    name: str
    kind: Kind
    appearance: str
    label: str
    hint: str
    guidance: str
    value: Any
    required: bool
    read_only: bool
    relevant: bool
    error: str | None
    choices: tuple[ChoiceView, ...] = ()
    parameters: Mapping[str, str] = field(default_factory=dict)
    bind_attributes: Mapping[str, str] = field(default_factory=dict)
    for_officer: bool = False


@dataclass(frozen=True)
class RepeatView:
    """A repeat page: how many instances there are and what the officer may do."""

    path: str
    label: str
    count: int
    can_add: bool
    can_remove: bool


@dataclass(frozen=True)
class EntryView:
    """The entry of an open-ended repeat a question page belongs to, which the officer may
    remove from its own page (ODK creates the form's first entry at once, and a required
    question in it must not trap an officer who has nothing to enter)."""

    path: str
    index: int


@dataclass(frozen=True)
class PageView:
    """One page: titles of the enclosing groups, its visible questions, or a repeat."""

    key: str
    kind: str
    titles: tuple[str, ...]
    questions: tuple[QuestionView, ...]
    repeat: RepeatView | None = None
    entry: EntryView | None = None


class ViewBuilder:
    """Renders texts, choices and questions for the session's current language."""

    def __init__(self, state: InstanceState, evaluator: Evaluator,
                 language: Callable[[], str | None], seed_text: Callable[[], str],
                 officer_language: Callable[[], str | None] | None = None) -> None:
        self.state = state
        self.evaluator = evaluator
        self.language = language
        self.officer_language = officer_language or language
        self.seed_text = seed_text
        self._choice_index: dict[int, dict[str, Choice]] = {}

    def text(self, text: LocalizedText | None, node: etree._Element | None, *,
             for_officer: bool = False) -> str:
        """``text`` in the respondent's language (the officer's with ``for_officer``)."""
        if text is None:
            return ""
        language = self.officer_language() if for_officer else self.language()
        template = text.pick(language, self.state.form.default_language)
        if template is None:
            return ""
        parts = []
        for part in template.parts:
            if isinstance(part, Output):
                context = node if node is not None else self.state.root
                parts.append(self.evaluator.string(part.expression, context))
            else:
                parts.append(part)
        return "".join(parts)

    def choice_label(self, question: Question, name: str, node: etree._Element | None) -> str:
        if question.itemset is None:
            return name
        choice = self._index(question.itemset).get(name)
        if choice is None or choice.label is None:
            return name
        return self.text(choice.label, node)

    def choices(self, question: Question, node: etree._Element) -> list[Choice]:
        """The choices offered at ``node`` (filtered and shuffled as the form says)."""
        itemset = question.itemset
        if itemset is None:
            return []
        if not itemset.filtered:
            found = list(itemset.choices)
        else:
            index = self._index(itemset)
            found = []
            for item in self.evaluator.nodes(itemset.nodeset, node):
                if not isinstance(item, etree._Element):
                    continue
                name = (item.findtext(itemset.value_ref) or "").strip()
                choice = index.get(name)
                if choice is None:
                    label = item.findtext(itemset.label_ref) or name
                    choice = Choice(name, LocalizedText({"": TextTemplate((label,))}))
                found.append(choice)
        if itemset.randomize:
            random.Random(self._seed(itemset, node)).shuffle(found)  # noqa: S311 - display order
        return found

    def _seed(self, itemset: Itemset, node: etree._Element) -> int:
        if itemset.seed is not None:
            number = self.evaluator.number(itemset.seed, node)
            if number == number and abs(number) < 2**62:
                return int(number)
        # Stable for this interview and field, so the order does not change between visits.
        digest = hashlib.sha256(f"{self.seed_text()}|{self.state.path(node)}".encode())
        return int.from_bytes(digest.digest()[:8], "big")

    def _index(self, itemset: Itemset) -> dict[str, Choice]:
        key = id(itemset)
        index = self._choice_index.get(key)
        if index is None:
            index = {}
            for choice in itemset.choices:
                index.setdefault(choice.name, choice)
            self._choice_index[key] = index
        return index

    def question(self, question: Question, node: etree._Element, path: str,
                 error: str | None) -> QuestionView:
        relevant = self.state.relevant(node)
        officer = for_officer(question)
        choices: tuple[ChoiceView, ...] = ()
        if question.itemset is not None:
            choices = tuple(
                ChoiceView(choice.name,
                           self.text(choice.label, node, for_officer=officer) or choice.name)
                for choice in self.choices(question, node)
            )
        return QuestionView(
            path=path,
            name=question.name,
            kind=question.kind,
            appearance=question.appearance,
            label=self.text(question.label, node, for_officer=officer),
            hint=self.text(question.hint, node, for_officer=officer),
            guidance=self.text(question.guidance, node, for_officer=True),
            value=to_json_value(question, node.text or ""),
            required=self.is_required(question, node),
            read_only=self.is_read_only(question, node),
            relevant=relevant,
            error=error,
            choices=choices,
            parameters=question.parameters,
            bind_attributes=question.bind_attributes,
            for_officer=officer,
        )

    def is_required(self, question: Question, node: etree._Element) -> bool:
        return question.required is not None and self.evaluator.boolean(question.required, node)

    def is_read_only(self, question: Question, node: etree._Element) -> bool:
        if question.kind in NOT_ANSWERED:
            return True
        return question.readonly is not None and self.evaluator.boolean(question.readonly, node)

    def problem(self, question: Question, node: etree._Element) -> str | None:
        """The type, required or constraint message for a field, or None when it is fine."""
        if question.kind in NOT_ANSWERED or question.control is None:
            return None
        value = node.text or ""
        if value:
            try:
                to_instance_text(question, to_json_value(question, value))
            except AnswerError:
                return TYPE_MESSAGE
        if value == "":
            if self.is_required(question, node):
                return (self.text(question.required_message, node, for_officer=True)
                        or REQUIRED_MESSAGE)
            return None
        if question.constraint is not None and not self.evaluator.boolean(
            question.constraint, node
        ):
            return (self.text(question.constraint_message, node, for_officer=True)
                    or CONSTRAINT_MESSAGE)
        return None
