"""From a stored interview to a :class:`~fieldapp.referral.model.ReferralRequest`, through tags.

The adapter knows no form's field names: everything comes from the tags the screening forms
carry (docs/forms.md). Every field with ``fa:referral`` sections becomes a
:class:`~fieldapp.referral.model.ReferralField` with its recipient label (``fa:recipient-xx``
for the document language, such as "Age"; else the question's own label) and its answer as
words in the document language (:mod:`~fieldapp.referral.adapter_values`) and ``identifying`` from
``fa:identifying``; a repeat (the journey) becomes one field per entry. Fields the document
already shows in its own parts are left out: the result, recommended action and summary, the
indicator and dimension calculations, the urgency, the services chosen, the child flag, and
the indicator questions themselves (named like an ``ilo_indicator`` entry, or choosing from that
list, as the officer's observations do): the summary table lists every indicator found with its
grade, and a row per "no" would bury what matters under pages of it. So are calculations
without a label (HTCDS codes such as ``TRUE`` or ``PossibleVictimOfTrafficking``
are not words for a reader) and notes. The ``fa:role`` tags give the consent (``full``;
``anonymous`` or ``declined`` -> an anonymous referral; any child -> a child referral), the
result level and recommended action, the urgency, and one
:class:`~fieldapp.referral.model.DimensionSummary` per ILO dimension: positive from
``dimension_dN``, its indicators from ``indicators_present`` with the dimension and grade
columns of the ``ilo_indicator`` choice list and labels from the ``ilo_indicator`` and
``ilo_dimension`` lists in the document language. The stored answers are replayed in a fresh
session in the document language, so texts the form computes (the recommended action) come out
in that language too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lxml import etree

from fieldapp.interview import InterviewSession
from fieldapp.referral.adapter_values import AnswerText
from fieldapp.referral.errors import ReferralError
from fieldapp.referral.model import (
    DIMENSION_CODES,
    GRADES,
    LANGUAGES,
    DimensionSummary,
    IndicatorHit,
    ReferralField,
    ReferralRequest,
    Service,
)
from fieldapp.xlsform import FormDefinition, Kind, LocalizedText, Question

REFERRAL_TAG = "fa:referral"
# ``bind::fa:recipient-en`` ...: the row label a receiving service reads ("Age", not the prompt
# "How old are you?"), one column per document language; the question's label is the fallback.
RECIPIENT_LABEL_TAG = "fa:recipient-"
IDENTIFYING_TAG = "fa:identifying"
ROLE_TAG = "fa:role"
INDICATOR_LIST = "ilo_indicator"
DIMENSION_LIST = "ilo_dimension"
DEFAULT_URGENCY = "soon"
ENTRY_SEPARATOR = " · "
# Roles whose value the document shows in its own parts (or not at all): never a field row.
SHOWN_ELSEWHERE: frozenset[str] = frozenset({
    "result_level", "result_action", "result_summary", "indicators_present",
    "dimensions_positive", "urgency", "services_selected", "is_child",
    *(f"dimension_{code}" for code in DIMENSION_CODES),
})
_TRUE = frozenset({"true", "yes", "1"})

Rows = Iterable[tuple[str, Any]]


class NoReferralTags(ReferralError):
    """The form carries none of the tags a referral is built from."""

    def __init__(self, missing: str = REFERRAL_TAG) -> None:
        super().__init__(
            f"this form carries no referral tags ({missing}): it cannot make a referral"
        )


@dataclass(frozen=True)
class InterviewFacts:
    """What deciding on a referral needs before a service is chosen (no personal data)."""

    consent: str  # the referral's consent: full, anonymous or child
    consent_answer: str  # the form's answer: full, anonymous, declined, or "" when not asked
    is_child: bool
    result_level: str
    urgency: str  # "" when the form has none
    services_selected: tuple[str, ...]  # directory ids, in the officer's order


def referral_consent(consent_answer: str, is_child: bool) -> str:
    """The referral's consent: every child is a child referral; only ``full`` is full."""
    if is_child:
        return "child"
    return "full" if consent_answer == "full" else "anonymous"


class _Reader:
    """One interview replayed in one language, read through the form's tags."""

    def __init__(self, form: FormDefinition, rows: Rows, language: str | None) -> None:
        self.form = form
        self.session = InterviewSession.restore(form, rows, language=language)
        self.state = self.session.state

    def role(self, role: str) -> Question | None:
        return next((q for q in self.form.questions.values()
                     if q.bind_attributes.get(ROLE_TAG) == role), None)

    def role_text(self, role: str) -> str:
        question = self.role(role)
        if question is None or question.repeat is not None:
            return ""
        node = self.state.node(question.ref)
        if node is None or not self.state.relevant(node):
            return ""
        return (node.text or "").strip()

    def text(self, text: LocalizedText | None, node: etree._Element | None) -> str:
        return self.session.views.text(text, node).strip()

    def list_labels(self, list_name: str) -> dict[str, str]:
        """Choice name -> label in the session language, for a choice list the form uses."""
        for question in self.form.questions.values():
            itemset = question.itemset
            if itemset is not None and itemset.instance_id == list_name:
                return {choice.name: self.text(choice.label, None) or choice.name
                        for choice in itemset.choices}
        return {}

    def facts(self) -> InterviewFacts:
        consent_answer = self.role_text("consent")
        is_child = self.role_text("is_child") == "1"
        return InterviewFacts(
            consent=referral_consent(consent_answer, is_child),
            consent_answer=consent_answer,
            is_child=is_child,
            result_level=self.role_text("result_level"),
            urgency=self.role_text("urgency"),
            services_selected=tuple(self.role_text("services_selected").split()),
        )


def interview_facts(form: FormDefinition, rows: Rows) -> InterviewFacts:
    """Consent, child, result, urgency and services chosen, read through the role tags."""
    return _Reader(form, rows, None).facts()


def build_request(
    form: FormDefinition,
    rows: Rows,
    *,
    reference: str,
    language: str,
    service: Service,
    officer_name: str,
    organisation: str,
    created_at: datetime,
    reason: str = "",
    urgency: str | None = None,
) -> ReferralRequest:
    """The referral of one stored interview (its answer rows) to ``service``, in ``language``.

    ``urgency`` None takes the form's own (role ``urgency``), else ``soon``.
    """
    if language not in LANGUAGES:
        raise ReferralError(f"the document language must be one of {', '.join(LANGUAGES)}")
    if not any(q.bind_attributes.get(REFERRAL_TAG, "").split()
               for q in form.questions.values()):
        raise NoReferralTags()
    form_language = form.resolve_language(language)
    if form.languages and form_language is None:
        raise ReferralError(
            f"the form has no labels in the language '{language}': choose another language"
        )
    reader = _Reader(form, rows, form_language)
    facts = reader.facts()
    if reader.role("result_level") is None:
        raise NoReferralTags("fa:role result_level")
    if not facts.result_level:
        raise ReferralError("the interview has no screening result: finalise it first")
    return ReferralRequest(
        reference=reference,
        created_at=created_at,
        language=language,
        officer_name=officer_name.strip(),
        organisation=organisation.strip(),
        service=service,
        reason=reason.strip(),
        urgency=urgency or facts.urgency or DEFAULT_URGENCY,
        consent=facts.consent,
        result_level=facts.result_level,
        result_action=reader.role_text("result_action"),
        # A stopped interview asked no indicator question: a table of "none" would mislead.
        dimensions=() if facts.result_level == "stopped" else _dimensions(reader),
        fields=_fields(reader, AnswerText(language, reader.session.views.choice_label)),
    )


# -- the screening summary -----------------------------------------------------------------


def _grades(form: FormDefinition) -> dict[str, tuple[str, str]]:
    """Indicator name -> (dimension, grade), from the ``ilo_indicator`` list's extra columns."""
    instance = form.secondary_instances.get(INDICATOR_LIST)
    found: dict[str, tuple[str, str]] = {}
    for item in instance.iter("item") if instance is not None else ():
        name, dimension, grade = (
            (item.findtext(tag) or "").strip() for tag in ("name", "dimension", "grade"))
        if name and dimension and grade:
            found.setdefault(name, (dimension, grade))
    return found


def _dimensions(reader: _Reader) -> tuple[DimensionSummary, ...]:
    codes = [code for code in DIMENSION_CODES if reader.role(f"dimension_{code}") is not None]
    results = {code: reader.role_text(f"dimension_{code}") for code in codes}
    if not any(results.values()):
        return ()  # not computed (an interview stopped before the questions): no table
    grades = _grades(reader.form)
    indicator_labels = reader.list_labels(INDICATOR_LIST)
    dimension_labels = reader.list_labels(DIMENSION_LIST)
    present = list(dict.fromkeys(reader.role_text("indicators_present").split()))
    summaries = []
    for code in codes:
        hits = tuple(
            IndicatorHit(indicator_labels.get(name, name), grades[name][1])
            for name in present
            if name in grades and grades[name][0] == code and grades[name][1] in GRADES
        )
        summaries.append(DimensionSummary(
            code=code,
            label=dimension_labels.get(code, code),
            positive=results[code] == "1",
            indicators=hits,
        ))
    return tuple(summaries)


# -- the fields ----------------------------------------------------------------------------


def _sections(question: Question) -> frozenset[str]:
    return frozenset(question.bind_attributes.get(REFERRAL_TAG, "").split())


def _recipient_label(question: Question, language: str) -> str:
    return question.bind_attributes.get(f"{RECIPIENT_LABEL_TAG}{language}", "").strip()


def _identifying(question: Question) -> bool:
    return question.bind_attributes.get(IDENTIFYING_TAG, "").strip().lower() in _TRUE


def _shown(question: Question, indicators: Collection[str]) -> bool:
    """Whether a tagged question can be a field row at all."""
    if question.bind_attributes.get(ROLE_TAG) in SHOWN_ELSEWHERE:
        return False
    if question.name in indicators or (
            question.itemset is not None and question.itemset.instance_id == INDICATOR_LIST):
        return False  # the screening summary lists every indicator found, with its grade
    if question.kind in (Kind.NOTE, Kind.METADATA) or question.label is None:
        return False
    return bool(_sections(question))


def _fields(reader: _Reader, answers: AnswerText) -> tuple[ReferralField, ...]:
    indicators = _grades(reader.form)
    tagged = [q for q in reader.form.questions.values() if _shown(q, indicators)]
    counts = Counter(q.name for q in tagged)
    root = f"/{reader.form.root_name}/"
    fields: list[ReferralField] = []
    repeats_done: set[str] = set()
    for question in tagged:
        if question.repeat is not None:
            if question.repeat not in repeats_done:
                repeats_done.add(question.repeat)
                members = [q for q in tagged if q.repeat == question.repeat]
                fields += _repeat_fields(reader, answers, question.repeat, members)
            continue
        node = reader.state.node(question.ref)
        if node is None or not reader.state.relevant(node):
            continue
        value = answers.display(question, node)
        label = _recipient_label(question, answers.language) or reader.text(question.label, node)
        if not value or not label:
            continue
        name = question.name if counts[question.name] == 1 else question.ref.removeprefix(root)
        fields.append(ReferralField(name, label, value, _sections(question),
                                    _identifying(question)))
    return tuple(fields)


def _repeat_fields(
    reader: _Reader, answers: AnswerText, repeat: str, members: list[Question]
) -> list[ReferralField]:
    """One field per repeat entry (per set of tags, when members are tagged differently)."""
    group = reader.form.groups.get(repeat)
    name = repeat.rsplit("/", 1)[-1]
    kinds = list(dict.fromkeys((_sections(q), _identifying(q)) for q in members))
    entries = [node for node in reader.state.nodes(repeat) if reader.state.relevant(node)]
    fields: list[ReferralField] = []
    for number, entry in enumerate(entries, start=1):
        title = reader.text(group.label, entry) if group is not None and group.label else ""
        label = f"{title or name} {number}"
        for position, (sections, identifying) in enumerate(kinds):
            parts = []
            for question in members:
                if (_sections(question), _identifying(question)) != (sections, identifying):
                    continue
                node = _descend(entry, question.ref[len(repeat) + 1:].split("/"))
                if node is not None and reader.state.relevant(node):
                    parts.append(answers.display(question, node))
            value = ENTRY_SEPARATOR.join(part for part in parts if part)
            if value:
                suffix = f"/{position + 1}" if len(kinds) > 1 else ""
                fields.append(ReferralField(f"{name}[{number}]{suffix}", label, value,
                                            sections, identifying))
    return fields


def _descend(node: etree._Element, steps: list[str]) -> etree._Element | None:
    current: etree._Element | None = node
    for step in steps:
        if current is None:
            return None
        current = next(current.iterchildren(step), None)
    return current
