"""The compiled form: frozen data describing one version of one questionnaire.

A :class:`FormDefinition` is what the loader makes of an XLSForm (through its XForm): settings,
languages, every field of the primary instance (:class:`Question`, with its type, texts per
language, compiled bind expressions and custom ``bind::``/``instance::`` attributes), the body
tree of groups and repeats that decides the pages, the secondary instances (choice lists, CSV
files) and the ``setvalue`` actions (dynamic defaults, ``trigger`` column). Nothing here changes
during an interview: the interview session keeps its own state and only reads this.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from lxml import etree

from fieldapp.expressions import CompiledExpression

if TYPE_CHECKING:
    from fieldapp.xlsform.dependencies import DependencyGraph


class Kind(StrEnum):
    """What a field is, in XLSForm words (the ``type`` column, without list names)."""

    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    TIME = "time"
    DATETIME = "dateTime"
    SELECT_ONE = "select_one"
    SELECT_MULTIPLE = "select_multiple"
    RANK = "rank"
    RANGE = "range"
    NOTE = "note"
    ACKNOWLEDGE = "acknowledge"
    TRIGGER = "trigger"
    CALCULATE = "calculate"
    HIDDEN = "hidden"
    METADATA = "metadata"


# Kinds the officer answers (as opposed to notes, calculations and metadata).
ANSWERABLE_KINDS = frozenset(
    {
        Kind.TEXT, Kind.INTEGER, Kind.DECIMAL, Kind.DATE, Kind.TIME, Kind.DATETIME,
        Kind.SELECT_ONE, Kind.SELECT_MULTIPLE, Kind.RANK, Kind.RANGE, Kind.ACKNOWLEDGE,
        Kind.TRIGGER, Kind.HIDDEN,
    }
)
SELECT_KINDS = frozenset({Kind.SELECT_ONE, Kind.SELECT_MULTIPLE, Kind.RANK})


@dataclass(frozen=True)
class Output:
    """An ``<output value="..."/>`` inside a label: the value of an expression, shown inline."""

    expression: CompiledExpression


@dataclass(frozen=True)
class TextTemplate:
    """One text in one language: literal pieces and outputs to fill in."""

    parts: tuple[str | Output, ...]

    @property
    def is_static(self) -> bool:
        return all(isinstance(part, str) for part in self.parts)

    def static_text(self) -> str:
        return "".join(part for part in self.parts if isinstance(part, str))


@dataclass(frozen=True)
class LocalizedText:
    """A text per language; the key "" holds the text of a form without translations."""

    variants: Mapping[str, TextTemplate]

    def pick(self, language: str | None, fallback: str | None = None) -> TextTemplate | None:
        """The text in ``language``, else ``fallback``, else the untranslated or first one."""
        for key in (language, fallback, ""):
            if key is not None and key in self.variants:
                return self.variants[key]
        return next(iter(self.variants.values()), None)


@dataclass(frozen=True)
class Choice:
    """One choice of a list: its name (the stored value) and its label per language."""

    name: str
    label: LocalizedText | None


@dataclass(frozen=True)
class Itemset:
    """Where a select question's choices come from: a secondary instance, maybe filtered."""

    nodeset: CompiledExpression
    instance_id: str | None
    value_ref: str
    label_ref: str
    label_is_itext: bool
    filtered: bool
    randomize: bool = False
    seed: CompiledExpression | None = None
    # The whole list (before any choice_filter), in order, to label stored values.
    choices: tuple[Choice, ...] = ()

    def choice(self, name: str) -> Choice | None:
        for item in self.choices:
            if item.name == name:
                return item
        return None


@dataclass(frozen=True)
class Question:
    """One leaf of the primary instance: a question, a note, a calculation or metadata."""

    ref: str
    name: str
    kind: Kind
    data_type: str
    control: str | None = None
    xlsform_type: str = ""
    appearance: str = ""
    label: LocalizedText | None = None
    hint: LocalizedText | None = None
    guidance: LocalizedText | None = None
    required_message: LocalizedText | None = None
    constraint_message: LocalizedText | None = None
    required: CompiledExpression | None = None
    relevant: CompiledExpression | None = None
    constraint: CompiledExpression | None = None
    calculate: CompiledExpression | None = None
    readonly: CompiledExpression | None = None
    default: str = ""
    itemset: Itemset | None = None
    parameters: Mapping[str, str] = field(default_factory=dict)
    bind_attributes: Mapping[str, str] = field(default_factory=dict)
    instance_attributes: Mapping[str, str] = field(default_factory=dict)
    preload: tuple[str, str] | None = None
    repeat: str | None = None
    row: int | None = None

    @property
    def answerable(self) -> bool:
        return self.kind in ANSWERABLE_KINDS and self.calculate is None


@dataclass(frozen=True)
class Repeat:
    """How many instances a repeat has: open-ended, or set by ``repeat_count``."""

    count: CompiledExpression | None = None
    can_add_remove: bool = True


@dataclass(frozen=True)
class Group:
    """A group or repeat of the body: a section of questions, maybe one page (field-list)."""

    ref: str | None
    name: str
    label: LocalizedText | None = None
    hint: LocalizedText | None = None
    appearance: str = ""
    relevant: CompiledExpression | None = None
    repeat: Repeat | None = None
    children: tuple[Group | str, ...] = ()
    bind_attributes: Mapping[str, str] = field(default_factory=dict)
    instance_attributes: Mapping[str, str] = field(default_factory=dict)
    row: int | None = None

    @property
    def field_list(self) -> bool:
        return "field-list" in self.appearance.split()

    @property
    def is_repeat(self) -> bool:
        return self.repeat is not None


@dataclass(frozen=True)
class SetValue:
    """A ``setvalue`` action: a dynamic default, a new-repeat default or a ``trigger``."""

    event: str
    ref: str
    value: CompiledExpression | None
    trigger_ref: str | None = None


@dataclass(frozen=True)
class FormSource:
    """The original file and the files beside it, as the library stores them."""

    filename: str
    data: bytes
    sidecars: Mapping[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class FormDefinition:
    """One version of one form, compiled and ready for interviews."""

    form_id: str
    version: str
    title: str
    languages: tuple[str, ...]
    default_language: str | None
    root_name: str
    instance_name: CompiledExpression | None
    questions: Mapping[str, Question]
    groups: Mapping[str, Group]
    body: tuple[Group | str, ...]
    setvalues: tuple[SetValue, ...]
    # The primary instance without repeat instances, and one prototype per repeat; both
    # without XML namespaces, as the expression engine expects (never mutate these).
    template: etree._Element
    repeat_prototypes: Mapping[str, etree._Element]
    # Per repeat, the names of the elements that come before it in its parent, in order:
    # where a new instance goes when the repeat has none yet.
    repeat_preceding: Mapping[str, tuple[str, ...]]
    secondary_instances: Mapping[str, etree._Element]
    source: FormSource
    warnings: tuple[str, ...] = ()
    xform: str = ""
    # Set by the loader once the form is read (see fieldapp.xlsform.dependencies).
    graph: DependencyGraph | None = None

    def question(self, ref: str) -> Question:
        return self.questions[ref]

    def language_code(self, language: str) -> str:
        """``"fr"`` for ``"Français (fr)"``; the language itself when it has no code."""
        if language.endswith(")") and "(" in language:
            return language[language.rindex("(") + 1 : -1].strip()
        return language

    def resolve_language(self, wanted: str | None) -> str | None:
        """The form language matching ``wanted`` by full name or by code (``en``)."""
        if not self.languages:
            return None
        if wanted is None:
            return self.default_language or self.languages[0]
        for language in self.languages:
            if wanted in (language, self.language_code(language)):
                return language
        lowered = wanted.lower()
        for language in self.languages:
            if lowered in (language.lower(), self.language_code(language).lower()):
                return language
        return None

    @property
    def answer_fields(self) -> tuple[Question, ...]:
        return tuple(q for q in self.questions.values() if q.control is not None)
