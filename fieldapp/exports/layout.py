"""The fields of a form across all its versions, in one stable order, for tabular exports.

A form's interviews may come from several versions; a table needs one column per field of any
of them. :func:`form_layout` merges the versions' field lists oldest first: a field a later
version added goes right after the field it follows in that version, so the same versions
always give the same columns, and a new version only inserts columns, never reorders them.
Choices of a select are merged the same way (a choice list can grow too). Labels come from the
newest version that has the field. Notes are left out (they hold no answer), and so are the
lookup selects that are never relevant (``relevant`` = ``false()``), which only name a list
for ``jr:choice-name``. Fields inside a repeat form the repeat's own table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fieldapp.xlsform import Choice, FormDefinition, Kind, LocalizedText, Question
from fieldapp.xlsform.library import version_key

IDENTIFYING = "fa:identifying"
HTCDS_FIELD = "htcds:field"
ROLE = "fa:role"


@dataclass(frozen=True)
class FieldSpec:
    """One exported field: its name, kind, texts and merged choices."""

    name: str
    kind: Kind
    label: LocalizedText | None
    choices: tuple[Choice, ...]
    identifying: bool
    htcds_field: str | None
    role: str | None
    repeat: str | None

    def label_in(self, language: str | None) -> str:
        return text_in(self.label, language) or self.name

    def choice_label(self, name: str, language: str | None) -> str:
        for choice in self.choices:
            if choice.name == name:
                return text_in(choice.label, language) or name
        return name


@dataclass(frozen=True)
class RepeatSpec:
    name: str
    label: LocalizedText | None
    fields: tuple[FieldSpec, ...]


@dataclass(frozen=True)
class FormLayout:
    """Every field of one form id across the given versions, in export order."""

    form_id: str
    versions: tuple[str, ...]
    languages: tuple[str, ...]
    fields: tuple[FieldSpec, ...]
    repeats: tuple[RepeatSpec, ...]

    def resolve_language(self, wanted: str | None) -> str | None:
        """The full language name (``Français (fr)``) for a code or a name; None if absent."""
        if wanted is None:
            return None
        for language in self.languages:
            code = language[language.rindex("(") + 1 : -1] if language.endswith(")") else ""
            if wanted.lower() in (language.lower(), code.lower()):
                return language
        return None


def text_in(text: LocalizedText | None, language: str | None) -> str:
    if text is None:
        return ""
    template = text.pick(language)
    return template.static_text().strip() if template is not None else ""


def exported(question: Question) -> bool:
    if question.kind is Kind.NOTE:
        return False
    return not (question.relevant is not None and question.relevant.source == "false()")


def merge_orders(orders: Iterable[Sequence[str]]) -> list[str]:
    """One order holding every key, keeping each list's order where they agree."""
    merged: list[str] = []
    for order in orders:
        previous: str | None = None
        for key in order:
            if key not in merged:
                position = merged.index(previous) + 1 if previous is not None else 0
                merged.insert(position, key)
            previous = key
    return merged


def form_layout(forms: Sequence[FormDefinition]) -> FormLayout:
    """The layout of one form id's ``forms`` (any order; sorted by version here)."""
    if not forms:
        raise ValueError("a layout needs at least one form version")
    ordered = sorted(forms, key=lambda form: version_key(form.version))
    newest_first = list(reversed(ordered))
    orders = [[q.name for q in form.questions.values() if exported(q)] for form in ordered]
    names = merge_orders(orders)
    repeat_names: dict[str, str] = {}
    for form in ordered:
        for ref, group in form.groups.items():
            if group.is_repeat:
                repeat_names[ref] = group.name
    specs: dict[str, FieldSpec] = {}
    for name in names:
        questions = [q for form in newest_first for q in form.questions.values()
                     if q.name == name]
        newest = questions[0]
        choice_orders = [[c.name for c in q.itemset.choices] for q in reversed(questions)
                         if q.itemset is not None]
        by_name = {c.name: c for q in reversed(questions) if q.itemset is not None
                   for c in q.itemset.choices}
        specs[name] = FieldSpec(
            name=name,
            kind=newest.kind,
            label=newest.label,
            choices=tuple(by_name[c] for c in merge_orders(choice_orders)),
            identifying=any(q.bind_attributes.get(IDENTIFYING) == "true" for q in questions),
            htcds_field=newest.bind_attributes.get(HTCDS_FIELD),
            role=newest.bind_attributes.get(ROLE),
            repeat=repeat_names.get(newest.repeat) if newest.repeat else None,
        )
    repeats = []
    for ref, repeat_name in repeat_names.items():
        group = next(form.groups[ref] for form in newest_first if ref in form.groups)
        repeats.append(RepeatSpec(
            name=repeat_name, label=group.label,
            fields=tuple(s for s in specs.values() if s.repeat == repeat_name)))
    languages = tuple(dict.fromkeys(lang for form in newest_first for lang in form.languages))
    return FormLayout(
        form_id=ordered[-1].form_id,
        versions=tuple(form.version for form in ordered),
        languages=languages,
        fields=tuple(s for s in specs.values() if s.repeat is None),
        repeats=tuple(repeats),
    )
