"""Answer rows: what the vault stores per path, and how an interview is rebuilt from them.

A row is ``(path, value)`` with the value in its JSON shape (see :mod:`.values`); the instance
count of an open-ended repeat is a row at the repeat's path (``/data/journey`` -> 2); a cleared
field that has a default is the row ``""``, so the default does not come back. Rebuilding
creates the repeat instances first (outer repeats before inner ones), then puts every answer
back. A row that no longer parses is kept as it was rather than dropped. Removing a repeat
instance renumbers the later instances' rows, which this module computes as deletes followed
by upserts so one transaction applies them safely.
"""

from __future__ import annotations

from collections.abc import Iterable

from fieldapp.interview.change import JsonValue, Write
from fieldapp.interview.errors import AnswerError, InterviewDataError
from fieldapp.interview.instance import MAX_REPEAT_INSTANCES, InstanceState
from fieldapp.interview.instance_paths import generic_path, instance_index, parse_path
from fieldapp.interview.values import NOT_XML, to_instance_text, to_json_value
from fieldapp.xlsform import FormDefinition, Question


def row_value(form: FormDefinition, path: str, text: str) -> JsonValue:
    """What the vault stores for ``path``: the JSON shape, "" for a cleared default."""
    generic = generic_path(path)
    if generic in form.repeat_prototypes:
        return int(text) if text.isdigit() else 0
    if text == "":
        return ""
    question = form.questions.get(generic)
    return to_json_value(question, text) if question is not None else text


def row_text(question: Question | None, value: JsonValue) -> str:
    """Instance text of a stored row; a row that no longer parses is kept as it was."""
    if question is not None:
        try:
            return to_instance_text(question, value)
        except AnswerError:
            pass
    if isinstance(value, list):
        text = " ".join(str(item) for item in value)
    else:
        text = "" if value is None else str(value)
    return NOT_XML.sub("\ufffd", text)


def load_rows(state: InstanceState, rows: Iterable[tuple[str, JsonValue]]) -> None:
    """Put stored rows into a fresh instance: repeat instances first, then the answers."""
    form = state.form
    counts: list[tuple[str, int]] = []
    for path, value in rows:
        if not isinstance(path, str) or parse_path(path) is None:
            raise InterviewDataError("a saved answer has a path this app cannot read")
        generic = generic_path(path)
        if generic in form.repeat_prototypes:
            count = _count(generic, value)
            counts.append((path, count))
            state.answers[path] = str(count)
            continue
        state.answers[path] = row_text(form.questions.get(generic), value)
    for path, count in sorted(counts, key=lambda item: (item[0].count("/"), item[0])):
        while len(state.instances(path)) < count:
            try:
                state.add_instance(path)
            except LookupError:
                break  # the parent instance is gone; the rows stay in ``answers``
    for path, text in state.answers.items():
        node = state.node(path)
        if node is not None and len(node) == 0:
            state.set_text(node, text)


def _count(generic: str, value: JsonValue) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise InterviewDataError(f"the saved count of '{generic}' is not a number")
    try:
        return max(0, min(MAX_REPEAT_INSTANCES, int(value)))
    except ValueError as error:
        raise InterviewDataError(f"the saved count of '{generic}' is not a number") from error


def shift_after_removal(
    form: FormDefinition, answers: dict[str, str], repeat_path: str, index: int
) -> tuple[list[Write], dict[str, str]]:
    """Drop instance ``index``'s answers and renumber later ones, in ``answers`` itself.

    Returns the writes (all deletes, then the moved rows) and the old -> new path map."""
    deleted: list[Write] = []
    renamed: dict[str, str] = {}
    for key in sorted(answers):
        number = instance_index(key, repeat_path)
        if number is None or number < index:
            continue
        deleted.append((key, None))
        if number > index:
            renamed[key] = renamed_key(key, repeat_path, index) or key
    texts = {key: answers.pop(key) for key, _ in deleted}
    moved: list[Write] = []
    for old, new in renamed.items():
        answers[new] = texts[old]
        moved.append((new, row_value(form, new, texts[old])))
    return [*deleted, *moved], renamed


def renamed_key(key: str, repeat_path: str, index: int, removed: str | None = None) -> str | None:
    """Where ``key`` goes when instance ``index`` is removed: ``removed`` if it was inside it,
    one instance up if it was after it, unchanged otherwise."""
    number = instance_index(key, repeat_path)
    if number is None or number < index:
        return key
    if number == index:
        return removed
    return f"{repeat_path}[{number - 1}]" + key[len(f"{repeat_path}[{number}]"):]
