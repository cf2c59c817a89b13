"""Running a form headlessly from an answers object: ``fieldapp form fill`` and scenarios.

The answers object maps field names to values in the ``values()`` shape (numbers and strings
as such, select_multiple as a list of choice names, dates as ISO strings, a repeat as a list
of objects; a repeat left out has no entries). Answers are given in form order, so a choice
filter or a ``repeat_count`` sees the answers it depends on, exactly as an officer paging
through the form would. A value that does not fit, an unknown name or a wrong repeat length
is reported as an error of that field, never raised; the interview is then validated as a
whole (required, constraints).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from fieldapp.interview.change import FieldError
from fieldapp.interview.environment import InterviewEnvironment
from fieldapp.interview.errors import AnswerError, SessionError
from fieldapp.interview.instance_paths import concrete
from fieldapp.interview.session import InterviewSession
from fieldapp.xlsform import FormDefinition


@dataclass(frozen=True)
class FillResult:
    """``complete``, ``errors`` and ``values`` of a headless run, plus the session itself."""

    complete: bool
    errors: tuple[FieldError, ...]
    values: dict[str, Any]
    session: InterviewSession = field(compare=False, repr=False)

    def as_json(self) -> dict[str, Any]:
        return {
            "complete": self.complete,
            "errors": [{"field": e.name, "message": e.message} for e in self.errors],
            "values": self.values,
        }


def fill_form(
    form: FormDefinition,
    answers: Mapping[str, Any],
    *,
    language: str | None = None,
    environment: InterviewEnvironment | None = None,
) -> FillResult:
    """Start an interview on ``form``, give ``answers`` and validate."""
    session = InterviewSession.start(form, language=language, environment=environment)
    errors = _fill_scope(session, answers, None, {}, "")
    reported = {error.path for error in errors if error.path}
    errors += [problem for problem in session.validate_all() if problem.path not in reported]
    return FillResult(not errors, tuple(errors), session.values(), session)


def _fill_scope(
    session: InterviewSession,
    answers: Any,
    scope: str | None,
    context: Mapping[str, str],
    prefix: str,
) -> list[FieldError]:
    if not isinstance(answers, Mapping):
        where = prefix.rstrip("/") or "answers"
        return [FieldError("", where, "expected an object of field names and values")]
    shape = session.shape
    known = {item.key for item in shape.items(scope)}
    errors = [
        FieldError("", f"{prefix}{key}", "no field of this name in the form")
        for key in answers
        if key not in known
    ]
    for item in shape.items(scope):
        if item.is_repeat and item.key not in answers and _open_ended_with_entries(
                session, concrete(item.ref, context), item.ref):
            # A repeat the answers leave out has no entries, also when the form starts with
            # some (ODK creates those its instance holds): they are removed, as an officer
            # removes an entry that does not apply.
            errors += _fill_repeat(session, item.ref, [], context, f"{prefix}{item.key}")
    for item, value in shape.walk_answers(answers, scope):
        key = f"{prefix}{item.key}"
        if item.is_repeat:
            errors += _fill_repeat(session, item.ref, value, context, key)
            continue
        path = concrete(item.ref, context)
        try:
            session.answer(path, value)
        except (AnswerError, SessionError) as error:
            reason = error.reason if isinstance(error, AnswerError) else error.message
            errors.append(FieldError(path, key, reason))
    return errors


def _open_ended_with_entries(session: InterviewSession, path: str, ref: str) -> bool:
    repeat = session.form.groups[ref].repeat
    return bool(repeat is not None and repeat.can_add_remove and session.state.instances(path))


def _fill_repeat(
    session: InterviewSession, ref: str, value: Any, context: Mapping[str, str], key: str
) -> list[FieldError]:
    repeat_path = concrete(ref, context)
    if not isinstance(value, list):
        return [FieldError(repeat_path, key, "expected a list of entries (objects)")]
    group = session.form.groups[ref]
    errors: list[FieldError] = []
    if group.repeat is not None and group.repeat.can_add_remove:
        try:
            while len(session.state.instances(repeat_path)) < len(value):
                session.add_repeat(repeat_path)
            # The form may start with entries (ODK creates those its instance holds):
            # fewer answers than entries removes the ones at the end.
            while len(session.state.instances(repeat_path)) > len(value):
                session.remove_repeat(repeat_path, len(session.state.instances(repeat_path)))
        except SessionError as error:
            errors.append(FieldError(repeat_path, key, error.message))
    count = len(session.state.instances(repeat_path))
    if count != len(value) and not errors:
        errors.append(FieldError(
            repeat_path, key, f"the form has {count} entries here; the answers give {len(value)}"
        ))
    for index, entry in enumerate(value[:count], start=1):
        inner = {**context, ref: f"{repeat_path}[{index}]"}
        errors += _fill_scope(session, entry, ref, inner, f"{key}[{index}]/")
    return errors
