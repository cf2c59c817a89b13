"""The interview session: a plain-Python state machine the UI renders and the vault records.

One session runs one interview on one exact form version. The officer's answers go in through
:meth:`InterviewSession.answer` (checked against the question's type and choices), relevance
and calculations are recomputed incrementally along the form's dependency graph, and each step
returns a :class:`~fieldapp.interview.change.Change` whose ``writes`` the vault applies at
once. Pages, validation and navigation come from here, not from the UI. A session is rebuilt
from the stored answer rows with :meth:`InterviewSession.restore` (or from its JSON form) and
ends in the by-name ``values()`` and an OpenRosa submission (see :mod:`.serialise`).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from lxml import etree

from fieldapp.expressions import EvaluationEnvironment
from fieldapp.interview.change import Change, FieldError, JsonValue, Navigation, Progress, Write
from fieldapp.interview.environment import InterviewEnvironment, metadata_value
from fieldapp.interview.errors import AnswerError, SessionError
from fieldapp.interview.initial_repeats import initial_entries
from fieldapp.interview.instance import MAX_REPEAT_INSTANCES, InstanceState
from fieldapp.interview.instance_paths import (
    concrete,
    generic_path,
    instance_index,
    is_within,
    parse_path,
    repeat_context,
)
from fieldapp.interview.navigation import Navigator
from fieldapp.interview.outline import FormProgress, Outline, SectionStatus
from fieldapp.interview.pages import REPEAT_PAGE_SUFFIX, PageSpec
from fieldapp.interview.presenter import PagePresenter
from fieldapp.interview.recompute import (
    ChangeLog,
    Evaluator,
    Recomputer,
    normalise,
)
from fieldapp.interview.rows import load_rows, renamed_key, row_value, shift_after_removal
from fieldapp.interview.serialise import interview_json, read_interview_json, submission_xml
from fieldapp.interview.shape import AnswerShape
from fieldapp.interview.values import in_choice_order, to_instance_text
from fieldapp.interview.views import NOT_ANSWERED, PageView, QuestionView, ViewBuilder
from fieldapp.xlsform import SELECT_KINDS, FormDefinition, Kind, Question

_MAX_TRIGGER_DEPTH = 8


@dataclass(frozen=True)
class Completion:
    """The result of :meth:`InterviewSession.finish`."""

    complete: bool
    errors: tuple[FieldError, ...]
    change: Change


class InterviewSession:
    """One interview in progress. Build it with :meth:`start` or :meth:`restore`."""

    def __init__(self, form: FormDefinition, *, language: str | None = None,
                 environment: InterviewEnvironment | None = None,
                 officer_language: str | None = None) -> None:
        if form.graph is None:
            raise SessionError("the form was not compiled for interviews (use load_form)")
        self.form = form
        self.environment = environment or InterviewEnvironment()
        self.language = self._resolve_language(language)
        # The officer's language for guidance and messages; None: the respondent's.
        self.officer_language = (form.resolve_language(officer_language)
                                 if officer_language else None)
        self.state = InstanceState(form)
        self._evaluation = EvaluationEnvironment(
            now=self.environment.clock,
            instances=form.secondary_instances,
            choice_label=self._choice_label,
            random=random.Random(self.environment.random_seed),  # noqa: S311 - form random()
            zone=self.environment.zone,
        )
        self.evaluator = Evaluator(self._evaluation)
        self.recomputer = Recomputer(self.state, self.evaluator, self._on_new_instance)
        self.views = ViewBuilder(self.state, self.evaluator, lambda: self.language,
                                 self._seed_text,
                                 lambda: self.officer_language or self.language)
        self.shape = AnswerShape(form)
        self.errors: dict[str, str] = {}
        self.presenter = PagePresenter(form, self.state, self.evaluator, self.views, self.shape,
                                       self.errors)
        self.navigator = Navigator(self.presenter.pages, self.presenter.visible,
                                   self.presenter.problems)
        self.outline = Outline(self.presenter.sections, self.presenter.pages,
                               self.presenter.visible, self.presenter.pending)
        self.started = Change()

    # --- building ------------------------------------------------------------------------

    @classmethod
    def start(cls, form: FormDefinition, *, language: str | None = None,
              environment: InterviewEnvironment | None = None,
              officer_language: str | None = None) -> InterviewSession:
        """A new interview: metadata filled, defaults set; ``started`` holds its writes."""
        session = cls(form, language=language, environment=environment,
                      officer_language=officer_language)
        log = ChangeLog()
        writes: list[Write] = []
        for question in form.questions.values():
            value = metadata_value(question.preload, "start", session.environment)
            node = session.state.node(question.ref)
            if value is not None and node is not None:
                log.persist[node] = value
                session.state.answers[question.ref] = value
                session.state.set_text(node, value)
        for repeat_path, count in initial_entries(form).items():
            # As ODK: the entries the primary instance holds exist from the start.
            for _ in range(count):
                session._on_new_instance(session.state.add_instance(repeat_path), log)
            session.state.answers[repeat_path] = str(count)
            writes.append((repeat_path, count))
        session.recomputer.recompute_all(log)
        for action in form.setvalues:
            target = session.state.node(action.ref)
            if action.event == "odk-instance-first-load" and target is not None:
                session._apply_setvalue(action.value, target, log, 0, writes)
        session.navigator.start()
        session.started = session._change(log, writes, {})
        return session

    @classmethod
    def restore(cls, form: FormDefinition, rows: Iterable[tuple[str, JsonValue]], *,
                language: str | None = None, environment: InterviewEnvironment | None = None,
                position: str | None = None, history: Sequence[str] = (),
                officer_language: str | None = None) -> InterviewSession:
        """The session the stored answer rows describe (as the vault keeps them)."""
        session = cls(form, language=language, environment=environment,
                      officer_language=officer_language)
        load_rows(session.state, rows)
        session.recomputer.recompute_all(ChangeLog())
        session.navigator.start(position)
        session.navigator.history = [key for key in history if isinstance(key, str)]
        return session

    # --- answering -----------------------------------------------------------------------

    def answer(self, path: str, value: JsonValue) -> Change:
        """Give (or, with None, clear) the answer at ``path``; raises :class:`AnswerError`
        when the value does not fit. The answer is kept even if a constraint rejects it:
        the change reports the error and ``next()`` will not pass it."""
        question, node, path = self._answerable(path)
        choices = self._allowed_choices(question, node)
        text = to_instance_text(question, value, choices)
        if question.kind is Kind.SELECT_MULTIPLE and question.itemset is not None:
            # As ODK stores them: in the order of the choice list, not the order ticked.
            text = in_choice_order(text, [choice.name for choice in question.itemset.choices])
        log = ChangeLog()
        writes: list[Write] = []
        self._store_answer(question, node, path, text, log, writes, depth=0)
        errors = self._refresh_errors(path)
        return self._change(log, writes, errors)

    def clear(self, path: str) -> Change:
        return self.answer(path, None)

    def _store_answer(self, question: Question, node: etree._Element, path: str, text: str,
                      log: ChangeLog, writes: list[Write], depth: int) -> None:
        state = self.state
        if text == state.given(path, question) and (path in state.answers or text == ""):
            return
        if text == "" and question.default == "":
            state.answers.pop(path, None)
            writes.append((path, None))
        else:
            state.answers[path] = text
            writes.append((path, row_value(self.form, path, text)))
        if state.relevant(node) and state.set_text(node, text):
            log.values[node] = None
        self.recomputer.propagate({question.ref}, log)
        self._fire_triggers(question.ref, path, log, writes, depth)

    def _fire_triggers(self, ref: str, path: str, log: ChangeLog, writes: list[Write],
                       depth: int) -> None:
        if depth >= _MAX_TRIGGER_DEPTH:
            return
        for action in self.form.setvalues:
            if action.trigger_ref != ref or action.event != "xforms-value-changed":
                continue
            target = self.state.node(concrete(action.ref, repeat_context(path)))
            if target is not None:
                self._apply_setvalue(action.value, target, log, depth + 1, writes)

    def _apply_setvalue(self, expression: Any, target: etree._Element, log: ChangeLog,
                        depth: int, writes: list[Write]) -> None:
        question = self.state.question_of(target)
        if question is None:
            return
        text = normalise(question, self.evaluator.string(expression, target)) if (
            expression is not None) else ""
        self._store_answer(question, target, self.state.path(target), text, log, writes, depth)

    def _answerable(self, path: str) -> tuple[Question, etree._Element, str]:
        node = self.state.node(path) if isinstance(path, str) else None
        question = self.state.question_of(node) if node is not None and len(node) == 0 else None
        if node is None or question is None:
            raise AnswerError(str(path)[:200], "no such question in this interview")
        if not question.answerable:
            raise AnswerError(question.name, "is not answered directly (a note, a calculation "
                                             "or metadata)")
        if question.readonly is not None and self.views.is_read_only(question, node):
            raise AnswerError(question.name, "is read-only")
        return question, node, self.state.path(node)

    def _allowed_choices(self, question: Question, node: etree._Element) -> list[str] | None:
        if question.kind not in SELECT_KINDS or question.itemset is None:
            return None
        return [choice.name for choice in self.views.choices(question, node)]

    # --- repeats -------------------------------------------------------------------------

    def add_repeat(self, repeat_path: str) -> Change:
        """Add an instance at the end of an open-ended repeat (``/data/journey``)."""
        repeat_path, count = self._editable_repeat(repeat_path)
        if count >= MAX_REPEAT_INSTANCES:
            raise SessionError(f"'{repeat_path}' has reached {MAX_REPEAT_INSTANCES} entries")
        log = ChangeLog()
        instance = self.state.add_instance(repeat_path)
        self._on_new_instance(instance, log)
        self.state.answers[repeat_path] = str(count + 1)
        writes: list[Write] = [(repeat_path, count + 1)]
        log.structure = True
        self.recomputer.recompute_all(log)
        if self.navigator.current in (None, repeat_path + REPEAT_PAGE_SUFFIX):
            inside = f"{repeat_path}[{count + 1}]"
            first = next((page for page in self.navigator.visible_pages()
                          if any(is_within(f, inside) for f in page.fields)), None)
            if first is not None:
                self.navigator.go(first.key)
        return self._change(log, writes, {})

    def remove_repeat(self, repeat_path: str, index: int) -> Change:
        """Remove instance ``index`` (from 1); later instances move up, with their answers."""
        repeat_path, count = self._editable_repeat(repeat_path)
        if not 1 <= index <= count:
            raise SessionError(f"'{repeat_path}' has no entry {index}")
        state = self.state
        writes, renamed = shift_after_removal(self.form, state.answers, repeat_path, index)
        state.answers[repeat_path] = str(count - 1)
        writes.append((repeat_path, count - 1))
        kept = {renamed.get(k, k): v for k, v in self.errors.items()
                if instance_index(k, repeat_path) != index}
        self.errors.clear()
        self.errors.update(kept)
        state.remove_instance(state.instances(repeat_path)[index - 1])
        self.navigator.rename(lambda key: renamed_key(
            key, repeat_path, index, removed=repeat_path + REPEAT_PAGE_SUFFIX))
        log = ChangeLog(structure=True)
        self.recomputer.recompute_all(log)
        return self._change(log, writes, {})

    def _editable_repeat(self, repeat_path: str) -> tuple[str, int]:
        repeat_path = repeat_path.removesuffix(REPEAT_PAGE_SUFFIX)
        group = self.form.groups.get(generic_path(repeat_path))
        if parse_path(repeat_path) is None or group is None or group.repeat is None:
            raise SessionError(f"'{repeat_path[:200]}' is not a repeat of this form")
        if not group.repeat.can_add_remove:
            raise SessionError(f"the number of '{group.name}' entries is set by the form")
        parent_path = repeat_path.rsplit("/", 1)[0]
        if self.state.node(parent_path) is None:
            raise SessionError(f"'{repeat_path}' is inside an entry that does not exist")
        return repeat_path, len(self.state.instances(repeat_path))

    def _on_new_instance(self, instance: etree._Element, log: ChangeLog) -> None:
        """Defaults of a new repeat instance (``odk-new-repeat`` actions)."""
        generic = self.state.generic(instance)
        for action in self.form.setvalues:
            if action.event != "odk-new-repeat" or not is_within(action.ref, generic):
                continue
            path = concrete(action.ref, {generic: self.state.path(instance)})
            target = self.state.node(path)
            question = self.state.question_of(target) if target is not None else None
            if target is None or question is None or path in self.state.answers:
                continue
            text = (normalise(question, self.evaluator.string(action.value, target))
                    if action.value is not None else "")
            self.state.answers[path] = text
            self.state.set_text(target, text)
            log.persist[target] = text

    # --- results -------------------------------------------------------------------------

    def _change(self, log: ChangeLog, writes: list[Write],
                errors: Mapping[str, str | None]) -> Change:
        return log.to_change(self.state, writes, errors, self.navigator.current)

    def answers(self) -> dict[str, JsonValue]:
        """Every stored answer row: what the writes so far add up to."""
        return {path: row_value(self.form, path, text) for path, text in self.state.answers.items()}

    def values(self) -> dict[str, Any]:
        """Every relevant field and calculation by name (the ``form fill`` shape)."""
        return self.shape.values(self.state)

    # --- validation ----------------------------------------------------------------------

    def _refresh_errors(self, answered: str) -> dict[str, str | None]:
        """Errors of the answered field and of the current page's fields, where they changed."""
        paths = [answered]
        page = self.navigator.current_page()
        if page is not None:
            paths += [path for path in page.fields if path in self.errors]
        changed: dict[str, str | None] = {}
        for path in dict.fromkeys(paths):
            node = self.state.node(path)
            question = self.state.question_of(node) if node is not None else None
            message = None
            if node is not None and question is not None and self.state.relevant(node):
                message = self.views.problem(question, node)
            if message is None:
                if path in self.errors or path == answered:
                    changed[path] = None
                self.errors.pop(path, None)
            else:
                changed[path] = message
                self.errors[path] = message
        return changed

    def validate_all(self) -> list[FieldError]:
        """Every problem of the interview (required, constraint, type), in form order."""
        problems: list[FieldError] = []
        for question in self.form.questions.values():
            if question.kind in NOT_ANSWERED or question.control is None:
                continue
            for node in self.state.nodes(question.ref):
                if not self.state.relevant(node):
                    continue
                message = self.views.problem(question, node)
                if message is not None:
                    path = self.state.path(node)
                    problems.append(FieldError(path, self.shape.key_of(path), message))
        self.errors.clear()
        self.errors.update({problem.path: problem.message for problem in problems})
        return problems

    @property
    def is_complete(self) -> bool:
        return not self.validate_all()

    def finish(self) -> Completion:
        """Check everything; when complete, stamp the ``end`` metadata."""
        problems = tuple(self.validate_all())
        if problems:
            return Completion(False, problems, Change(
                errors={p.path: p.message for p in problems}, position=self.navigator.current))
        log = ChangeLog()
        for question in self.form.questions.values():
            value = metadata_value(question.preload, "end", self.environment)
            for node in self.state.nodes(question.ref):
                if value is not None:
                    self.state.set_text(node, value)
                    log.persist[node] = value
                    log.values[node] = None
        return Completion(True, (), self._change(log, [], {}))

    # --- pages and navigation ------------------------------------------------------------

    def pages(self) -> tuple[PageSpec, ...]:
        """Every page for the current repeat structure, visible or not."""
        return self.presenter.pages()

    def visible_pages(self) -> list[PageSpec]:
        return self.navigator.visible_pages()

    @property
    def current_page(self) -> str | None:
        return self.navigator.current

    @property
    def history(self) -> list[str]:
        return list(self.navigator.history)

    def next(self) -> Navigation:
        return self.navigator.next()

    def back(self) -> Navigation:
        return self.navigator.back()

    @property
    def can_go_back(self) -> bool:
        return self.navigator.can_go_back()

    def jump(self, target: str) -> Navigation:
        """To a section, page or field; a section earlier answers leave out raises
        :class:`~fieldapp.interview.outline.SectionNotApplicable`."""
        self.outline.check_open(target)
        return self.navigator.jump(target)

    def section_states(self) -> list[SectionStatus]:
        """Every section with its state (done, current, missing, not applicable, ahead)."""
        return self.outline.sections(self.navigator.current)

    def form_progress(self) -> FormProgress:
        """How far through the form: never back as answers are given."""
        return self.outline.progress(self.navigator.current)

    def sections(self) -> list[tuple[str, str]]:
        return self.presenter.sections()

    def page_view(self, key: str | None = None) -> PageView | None:
        """The current page (or page ``key``) as the UI shows it; None past the last page."""
        return self.presenter.page_view(key if key is not None else self.navigator.current)

    def question_view(self, path: str) -> QuestionView | None:
        return self.presenter.question_view(path)

    def progress(self) -> Progress:
        return self.presenter.progress(self.navigator.current)

    def page_position(self) -> tuple[int, int]:
        """(current page number, visible pages): :meth:`progress` without the answer count."""
        return self.presenter.position(self.navigator.current)

    # --- saving and exporting ------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """The stable JSON form: form id and version, language, position, answer rows."""
        return interview_json(self)

    @classmethod
    def from_json(cls, form: FormDefinition, data: Mapping[str, Any],
                  environment: InterviewEnvironment | None = None) -> InterviewSession:
        saved = read_interview_json(form, data)
        return cls.restore(form, saved.rows, language=saved.language, environment=environment,
                           position=saved.position, history=saved.history)

    def to_submission_xml(self) -> bytes:
        """The OpenRosa submission (``meta/instanceID`` is ``uuid:...``)."""
        return submission_xml(self)

    # --- language ------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch labels, hints and choice labels to ``language`` (name or code)."""
        self.language = self._resolve_language(language)

    def set_officer_language(self, language: str | None) -> None:
        """Guidance and messages in ``language`` (name or code) from now on, if the form has
        it; otherwise (or with ``None``) in the respondent's language. Messages already on
        record are given again in the new language."""
        self.officer_language = self.form.resolve_language(language) if language else None
        for path in list(self.errors):
            node = self.state.node(path)
            question = self.state.question_of(node) if node is not None else None
            if node is None or question is None:
                continue
            message = self.views.problem(question, node)
            if message is not None:
                self.errors[path] = message

    def _resolve_language(self, language: str | None) -> str | None:
        resolved = self.form.resolve_language(language)
        if language is not None and resolved is None and self.form.languages:
            raise SessionError(f"the form has no language '{language[:40]}'")
        return resolved

    def _choice_label(self, node: etree._Element, value: str) -> str:
        question = self.state.question_of(node)
        return self.views.choice_label(question, value, node) if question else value

    def _seed_text(self) -> str:
        return next((text for path, text in self.state.answers.items()
                     if path.endswith("/meta/instanceID")), self.form.form_id)


