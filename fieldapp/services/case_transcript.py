"""A finalised interview read back in full, in any of its form's languages.

The case view shows what was asked and answered, page by page, as the officer saw it: the
interview engine restores the revision's answers into a session of the form version it was
made with, switches to the language asked for, and lists every visible page's answered
questions with the question's label and the answer in words (choice labels, not names).
Notes, calculations and unanswered questions are left out; the result the form computed is
on the case header already. :func:`field_labels` names each field in that language, for the
revisions side by side.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldapp.errors import FieldappError
from fieldapp.interview.session import InterviewSession
from fieldapp.interview.views import QuestionView
from fieldapp.services.session import Vault
from fieldapp.vault.content_seal import REVISION, keyring_of
from fieldapp.vault.interviews import get_by_reference
from fieldapp.xlsform import FormDefinition, FormLibrary
from fieldapp.xlsform.model import ANSWERABLE_KINDS


class TranscriptUnavailable(FieldappError):
    def __init__(self, reference: str) -> None:
        super().__init__(f"interview {reference} has no finalised revision to show yet")


@dataclass(frozen=True)
class TranscriptLine:
    section: str  # the page's group titles, joined
    name: str
    label: str
    answer: str


@dataclass(frozen=True)
class Transcript:
    reference: str
    revision: int
    language: str | None
    languages: tuple[str, ...]
    lines: tuple[TranscriptLine, ...]


def _answer_text(question: QuestionView) -> str:
    value = question.value
    labels = {choice.name: choice.label for choice in question.choices}
    if isinstance(value, list):
        return "; ".join(labels.get(str(item), str(item)) for item in value)
    if labels and value is not None:
        return labels.get(str(value), str(value))
    return "" if value is None else str(value)


def session_of(form: FormDefinition, content: Mapping[str, Any],
               language: str | None) -> InterviewSession:
    session = InterviewSession.from_json(form, content.get("interview") or {})
    if language:
        session.set_language(language)
    return session


def lines_of(session: InterviewSession) -> tuple[TranscriptLine, ...]:
    lines: list[TranscriptLine] = []
    sections = dict(session.sections())
    for page in session.visible_pages():
        view = session.page_view(page.key)
        if view is None:
            continue
        section = " · ".join(title for title in view.titles if title) or sections.get(
            page.section or "", "")
        for question in view.questions:
            if question.kind not in ANSWERABLE_KINDS or question.value in (None, "", []):
                continue
            lines.append(TranscriptLine(section, question.name, question.label,
                                        _answer_text(question)))
    return tuple(lines)


def case_transcript(vault: Vault, library: FormLibrary, reference: str, *,
                    revision: int | None = None, language: str | None = None) -> Transcript:
    """The interview's revision (latest by default) in ``language`` (its own by default)."""
    record = get_by_reference(vault.connection, reference)
    # Revision -1 stands for "the latest": every stored revision is 1 or more.
    row = vault.connection.execute(
        "SELECT revision, content FROM interview_revisions WHERE interview_id = ?"
        " AND (? = -1 OR revision = ?) ORDER BY revision DESC LIMIT 1",
        (record.id, -1 if revision is None else revision,
         -1 if revision is None else revision)).fetchone()
    if row is None:
        raise TranscriptUnavailable(record.reference)
    form = library.get(record.form_id, record.form_version)
    content = json.loads(keyring_of(vault.connection).open(row[1], REVISION))
    session = session_of(form, content, language or record.language)
    return Transcript(record.reference, int(row[0]), session.language, form.languages,
                      lines_of(session))


def field_labels(library: FormLibrary, form_id: str, form_version: str,
                 language: str | None) -> dict[str, str]:
    """Each field's label by name, in ``language`` where the form has it."""
    form = library.get(form_id, form_version)
    chosen = form.resolve_language(language) if language else form.default_language
    labels: dict[str, str] = {}
    for question in form.questions.values():
        template = (question.label.pick(chosen, form.default_language)
                    if question.label is not None else None)
        text = template.static_text().strip() if template is not None else ""
        labels[question.name] = text or question.name
    return labels
