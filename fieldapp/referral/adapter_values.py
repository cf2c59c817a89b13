"""Answers as a referral document shows them: display text in the document language.

The vault keeps answers as the form engine stores them: choice names (``Feminine``,
``ForcedLabour``), space-separated lists for multiple choices, ISO 8601 dates and times. A
receiving service reads words, so :class:`AnswerText` turns one stored answer into text: choice
names become the form's own choice labels in the document language (several joined as that
language writes a list), dates stay ISO 8601 (``2026-03-01``: unambiguous in every language and
the same form the document's own date line uses), date-times lose their seconds and offset,
acknowledgements become a tick word. Dates, times and numbers start with a left-to-right mark so
an Arabic document does not show ``2026-03-01`` as ``01-03-2026``; the mark is never drawn.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from fieldapp.xlsform import SELECT_KINDS, Kind, Question

LRM = "\u200e"
# How each document language separates the items of a list (Arabic has its own comma).
LIST_SEPARATORS: dict[str, str] = {"en": ", ", "fr": ", ", "es": ", ", "ar": "، "}
# What an acknowledged question ("OK") reads as.
ACKNOWLEDGED: dict[str, str] = {"en": "Yes", "fr": "Oui", "es": "Sí", "ar": "نعم"}

_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_TIME = re.compile(r"^(\d{2}:\d{2})")
_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})")

# (question, choice name, node) -> the choice's label in the document language
ChoiceLabel = Callable[[Question, str, etree._Element], str]


class AnswerText:
    """Turns stored answer texts into display text for one document language."""

    def __init__(self, language: str, choice_label: ChoiceLabel) -> None:
        self.language = language
        self.separator = LIST_SEPARATORS.get(language, ", ")
        self._choice_label = choice_label

    def join(self, items: list[str]) -> str:
        return self.separator.join(item for item in items if item)

    def display(self, question: Question, node: etree._Element) -> str:
        """The answer at ``node`` as words; "" when there is nothing to show."""
        text = (node.text or "").strip()
        if not text:
            return ""
        kind = question.kind
        if kind in SELECT_KINDS:
            names = text.split() if kind is not Kind.SELECT_ONE else [text]
            return self.join([self._label(question, name, node) for name in names])
        if kind is Kind.DATE:
            return _marked(_DATE, text)
        if kind is Kind.TIME:
            return _marked(_TIME, text)
        if kind is Kind.DATETIME:
            match = _DATETIME.match(text)
            return f"{LRM}{match.group(1)} {match.group(2)}" if match else text
        if kind in (Kind.INTEGER, Kind.DECIMAL, Kind.RANGE):
            return f"{LRM}{text}"
        if kind in (Kind.ACKNOWLEDGE, Kind.TRIGGER):
            return ACKNOWLEDGED.get(self.language, ACKNOWLEDGED["en"])
        return text

    def _label(self, question: Question, name: str, node: etree._Element) -> str:
        label = self._choice_label(question, name, node).strip()
        return label or name


def _marked(pattern: re.Pattern[str], text: str) -> str:
    match = pattern.match(text)
    return f"{LRM}{match.group(1)}" if match else text
