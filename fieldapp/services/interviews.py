"""The interview use case: start, answer, resume, finalise, revise and read interviews.

The desktop app and the ``fieldapp interview`` commands both go through
:class:`InterviewService`; neither touches the database or the form engine's internals. A
session (:class:`~fieldapp.interview.InterviewSession`) runs on the caller's side; every
:class:`~fieldapp.interview.Change` it returns is saved here in one short transaction before
the screen shows it as saved, together with the page the officer is on, so reopening a draft
resumes where it stopped. Forms are pinned: an interview starts on an exact (form id, version),
which is copied into the vault (:class:`VaultFormStore`) so it still opens after newer versions
arrive. The result of a screening (:class:`ScreeningResult`) is read through the forms'
``fa:role`` tags (docs/forms.md), so the service knows no form's field names: the level, the
recommended action and summary as the form computes them, the indicators present with their
labels, dimension and grade (from the indicator choice list's extra columns), the positive
dimensions, and the answers tagged for the referral's "needs" section.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from fieldapp.errors import FieldappError, UsageError
from fieldapp.interview import Change, FieldError, InterviewEnvironment, InterviewSession
from fieldapp.interview.fill import fill_form
from fieldapp.services import caselist
from fieldapp.services.session import Vault
from fieldapp.vault import interviews, revisions
from fieldapp.vault.audit import Clock, utc_now
from fieldapp.vault.database import Connection, transaction
from fieldapp.vault.interviews import InterviewNotFound, InterviewRecord
from fieldapp.xlsform import FormDefinition, FormEntry, FormLibrary, Kind, Question, StoredForm

DIMENSIONS = ("d1", "d2", "d3", "d4", "d5", "d6")


class InterviewIncomplete(FieldappError):
    """Answers that leave required questions open or break a rule cannot be finalised."""

    def __init__(self, problems: tuple[FieldError, ...]) -> None:
        self.problems = problems
        names = ", ".join(problem.name for problem in problems[:8])
        more = f" and {len(problems) - 8} more" if len(problems) > 8 else ""
        super().__init__(f"the interview is not complete: {names}{more}")


class VaultFormStore:
    """The form library's store inside the vault (``forms`` table): pinned form versions."""

    def __init__(self, connection: Callable[[], Connection], clock: Clock = utc_now) -> None:
        self._connection = connection
        self._clock = clock

    def put(self, form_id: str, version: str, filename: str, data: bytes,
            sidecars: Mapping[str, bytes]) -> None:
        encoded = {name: base64.b64encode(blob).decode("ascii") for name, blob in sidecars.items()}
        with transaction(self._connection()) as connection:
            connection.execute(
                "INSERT OR IGNORE INTO forms (form_id, version, title, filename, content,"
                " sidecars, imported_at) VALUES (?, ?, '', ?, ?, ?, ?)",
                (form_id, version, filename, bytes(data), json.dumps(encoded, sort_keys=True),
                 self._clock().isoformat(timespec="seconds")),
            )

    def get(self, form_id: str, version: str) -> StoredForm | None:
        row = self._connection().execute(
            "SELECT filename, content, sidecars FROM forms WHERE form_id = ? AND version = ?",
            (form_id, version),
        ).fetchone()
        if row is None:
            return None
        sidecars = {name: base64.b64decode(text) for name, text in json.loads(row[2]).items()}
        return StoredForm(form_id, version, row[0], bytes(row[1]), sidecars)

    def list(self) -> list[tuple[str, str]]:
        rows = self._connection().execute("SELECT form_id, version FROM forms ORDER BY 1, 2")
        return [(str(form_id), str(version)) for form_id, version in rows]


@dataclass
class OpenInterview:
    """An interview being worked on: its record, its form and the live session."""

    record: InterviewRecord
    form: FormDefinition
    session: InterviewSession

    @property
    def read_only(self) -> bool:
        return self.record.status != "draft"


@dataclass(frozen=True)
class InterviewDetail:
    """A stored interview as ``fieldapp interview show`` prints it."""

    record: InterviewRecord
    values: Mapping[str, Any]
    result: ScreeningResult
    revisions: tuple[revisions.RevisionRecord, ...]


class InterviewService:
    """Interviews of one unlocked vault. Use from the thread that owns its connection."""

    def __init__(self, vault: Vault, library: FormLibrary, *, clock: Clock = utc_now) -> None:
        self.vault = vault
        self.library = library
        self.clock = clock
        self._roles: dict[int, tuple[FormDefinition, str | None, str | None]] = {}

    @property
    def connection(self) -> Connection:
        return self.vault.connection

    # -- forms ----------------------------------------------------------------------------
    def forms(self) -> list[FormEntry]:
        return self.library.entries()

    def _environment(self) -> InterviewEnvironment:
        row = self.connection.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        return InterviewEnvironment(device_id=str(row[0]) if row else "",
                                    username=self.vault.user)

    # -- starting and resuming ------------------------------------------------------------
    def start(
        self, form_id: str, version: str | None = None, *, language: str | None = None,
        site: str = "",
    ) -> OpenInterview:
        """A new draft on the exact form version (the latest when none is given)."""
        form = self.library.get(form_id, version) if version else self.library.latest(form_id)
        self.library.keep(form)
        session = InterviewSession.start(form, language=language,
                                         environment=self._environment())
        code = form.language_code(session.language) if session.language else ""
        record = interviews.create_interview(
            self.connection, form_id=form.form_id, form_version=form.version, language=code,
            interviewer=self.vault.user, site=site.strip(), clock=self.clock,
        )
        opened = OpenInterview(record, form, session)
        self.save(opened, session.started)
        site_path = role_path(form, "site")
        if site.strip() and site_path is not None:
            self.save(opened, session.answer(site_path, site.strip()))
        self.vault.audit("interview_started", {"reference": record.reference,
                                               "form": form.form_id, "version": form.version})
        return opened

    def _visible(self, reference: str) -> InterviewRecord:
        """The interview if this account may see it (:func:`caselist.scope_for`)."""
        record = interviews.get_by_reference(self.connection, reference)
        scope = caselist.vault_scope(self.connection, self.vault.user, self.vault.role)
        if scope is not None and record.interviewer != scope:
            # The same answer as for a reference that does not exist: nothing to probe.
            raise InterviewNotFound(reference)
        return record

    def open(self, reference: str, *, language: str | None = None) -> OpenInterview:
        """A stored interview as a live session, on the page where it stopped."""
        record = self._visible(reference)
        form = self.library.get(record.form_id, record.form_version)
        rows = interviews.load_answers(self.connection, record.id)
        session = InterviewSession.restore(
            form, rows, language=language or record.language or None,
            environment=self._environment(), position=record.position or None,
        )
        return OpenInterview(record, form, session)

    # -- saving ---------------------------------------------------------------------------
    def save(self, opened: OpenInterview, change: Change) -> None:
        """Persist one change (answers, page) in one transaction; returns once durable."""
        self.save_writes(opened.record.id, opened.form, change.writes, change.values,
                         change.position)

    def save_writes(
        self, interview_id: int, form: FormDefinition, writes: tuple[tuple[str, Any], ...],
        values: Mapping[str, Any], position: str | None,
    ) -> None:
        # One BEGIN IMMEDIATE ... COMMIT, no savepoint (each costs a statement journal under
        # SQLCipher) and one UPDATE of the interview's row: the answers and the name and site
        # the case list searches commit together, at once.
        label_path, site_path = self._role_paths(form)
        searchable: dict[str, str] = {}
        if label_path is not None or site_path is not None:
            given = {**dict(writes), **values}
            if label_path is not None and label_path in given:
                searchable["person_label"] = _label(given[label_path])
            if site_path is not None and site_path in given:
                searchable["site"] = _label(given[site_path])
        with transaction(self.connection):
            if interviews.apply_answers(self.connection, interview_id, writes,
                                        position=position, searchable=searchable,
                                        clock=self.clock):
                caselist.queue_for_search(self.connection, [interview_id])

    def _role_paths(self, form: FormDefinition) -> tuple[str | None, str | None]:
        """The paths of the form's ``person_name`` and ``site`` fields (looked up once)."""
        known = self._roles.get(id(form))
        if known is None or known[0] is not form:
            known = (form, role_path(form, "person_name"), role_path(form, "site"))
            self._roles[id(form)] = known
        return known[1], known[2]

    def set_language(self, opened: OpenInterview, language: str) -> None:
        """Record that the questions are now read in ``language`` (a code, as at the start)."""
        with transaction(self.connection):
            self.connection.execute(
                "UPDATE interviews SET language = ? WHERE id = ? AND status = 'draft'",
                (language, opened.record.id),
            )
        opened.record = interviews.get_by_reference(self.connection, opened.record.reference)

    # -- finalising and revising ----------------------------------------------------------
    def finalise(self, opened: OpenInterview) -> InterviewRecord:
        """Validate everything and finalise, or raise :class:`InterviewIncomplete`."""
        completion = opened.session.finish()
        if not completion.complete:
            raise InterviewIncomplete(completion.errors)
        session = opened.session
        self.save(opened, completion.change)
        level = str(role_value(opened.form, session.values(), "result_level") or "")
        content = {"interview": session.to_json(), "values": session.values()}
        with transaction(self.connection):
            record = revisions.finalise(self.connection, opened.record.id, content=content,
                                        result_level=level, author=self.vault.user,
                                        clock=self.clock)
            self.vault.audit("interview_finalised", {"reference": record.reference,
                                                     "revision": record.revision,
                                                     "result_level": level})
        opened.record = record
        self._seal_for_supervisor(record.id)
        return record

    def _seal_for_supervisor(self, interview_id: int) -> None:
        """Seal the new revision to the supervisor, so any account can export it.

        Imported here: the sync services build on this module. The revision is committed
        already; if it cannot be sealed now, its officer's or a supervisor's next export
        seals it (fieldapp.services.sync_sealing)."""
        from fieldapp.services.sync_export import FormRoleFacts
        from fieldapp.services.sync_sealing import seal_revision

        try:
            seal_revision(self.vault, FormRoleFacts(self.library), interview_id)
        except FieldappError:
            return

    def begin_revision(self, reference: str, reason: str) -> OpenInterview:
        """Make a finalised interview editable again.

        The officer's reason is kept with the revision (encrypted, purged with the interview);
        the audit log, which is never purged and leaves in bundles, records only that a
        revision began: it holds no free text.
        """
        record = self._visible(reference)
        with transaction(self.connection):
            record = revisions.begin_revision(self.connection, record.id, reason=reason,
                                              clock=self.clock)
            self.vault.audit("revision_started", {"reference": record.reference,
                                                  "revision": record.revision + 1})
        return self.open(reference)

    # -- results --------------------------------------------------------------------------
    def result(self, record: InterviewRecord, language: str | None = None) -> ScreeningResult:
        """The screening result, its texts in ``language`` (the officer's) when the form has it.

        Calculated texts follow the session language, so the stored answers are replayed in a
        fresh session in the officer's language rather than read from the interview's own.
        """
        if record.purged_at:
            return stored_result(record)
        form = self.library.get(record.form_id, record.form_version)
        wanted = form.resolve_language(language) if language else None
        rows = interviews.load_answers(self.connection, record.id)
        session = InterviewSession.restore(form, rows, language=wanted or record.language or None,
                                           environment=self._environment())
        return read_result(form, session)

    # -- the command line's jobs -----------------------------------------------------------
    def record_answers(
        self, form_id: str, answers: Mapping[str, Any], *, version: str | None = None,
        language: str | None = None,
    ) -> InterviewRecord:
        """Enter a complete interview from an answers object (paper forms) and finalise it."""
        if not isinstance(answers, Mapping):
            raise UsageError("the answers file must hold one JSON object of field names")
        form = self.library.get(form_id, version) if version else self.library.latest(form_id)
        filled = fill_form(form, answers, language=language, environment=self._environment())
        if not filled.complete:
            raise InterviewIncomplete(filled.errors)
        self.library.keep(form)
        session = filled.session
        code = form.language_code(session.language) if session.language else ""
        site = _label(role_value(form, filled.values, "site"))
        with transaction(self.connection):
            record = interviews.create_interview(
                self.connection, form_id=form.form_id, form_version=form.version,
                language=code, interviewer=self.vault.user, site=site, clock=self.clock,
            )
            opened = OpenInterview(record, form, session)
            rows = tuple(session.answers().items())
            self.save_writes(record.id, form, rows, {}, None)
            label = role_value(form, filled.values, "person_name")
            caselist.set_person_label(self.connection, record.id, _label(label))
            self.vault.audit("interview_recorded", {"reference": record.reference,
                                                    "form": form.form_id})
            return self.finalise(opened)

    def detail(self, reference: str, language: str | None = None) -> InterviewDetail:
        record = self._visible(reference)
        if record.purged_at:
            return InterviewDetail(record=record, values={}, result=stored_result(record),
                                   revisions=())
        opened = self.open(reference, language=language)
        return InterviewDetail(
            record=record,
            values=opened.session.values(),
            result=read_result(opened.form, opened.session),
            revisions=tuple(revisions.list_revisions(self.connection, record.id)),
        )


def stored_result(record: InterviewRecord) -> ScreeningResult:
    """The result a purged interview had: the stored level only. Its answers left the laptop,
    so nothing may be recomputed from them (emptied answers would read as a stopped
    screening, and tell the officer to stop)."""
    return ScreeningResult(level=record.result_level, action="", summary="", indicators=(),
                           dimensions_positive=(), is_child=False, consent="", urgency="",
                           services=(), service_labels=(), needs=())


def _label(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(str(item) for item in value)
    return str(value).strip()


# -- reading a screening's result through the forms' role tags ----------------------------------


@dataclass(frozen=True)
class Indicator:
    name: str
    label: str
    dimension: str
    grade: str


@dataclass(frozen=True)
class NeedAnswer:
    """A question the form tags for a referral section ("needs", "safety") and its answer,
    in words."""

    question: str
    answer: str


@dataclass(frozen=True)
class ScreeningResult:
    level: str
    action: str
    summary: str
    indicators: tuple[Indicator, ...]
    dimensions_positive: tuple[str, ...]
    is_child: bool
    consent: str
    urgency: str
    services: tuple[str, ...]  # directory ids of the services chosen
    service_labels: tuple[str, ...]
    needs: tuple[NeedAnswer, ...]
    # The answers tagged "safety" (privacy, companion, danger, stop reasons, risks such as
    # "someone who controls the person is nearby"): what the officer must not overlook.
    safety: tuple[NeedAnswer, ...] = ()


def role_question(form: FormDefinition, role: str) -> Question | None:
    """The field tagged ``fa:role`` = ``role`` (the first, in form order)."""
    return next((q for q in form.questions.values() if q.bind_attributes.get("fa:role") == role),
                None)


def role_path(form: FormDefinition, role: str) -> str | None:
    question = role_question(form, role)
    return question.ref if question is not None and question.repeat is None else None


def role_value(form: FormDefinition, values: Mapping[str, Any], role: str) -> Any:
    question = role_question(form, role)
    return values.get(question.name) if question is not None else None


def _words(value: Any) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(item) for item in value)
    return tuple(str(value).split()) if value not in (None, "") else ()


def _indicator_facts(form: FormDefinition, session: InterviewSession) -> dict[str, Indicator]:
    """Every indicator the form grades: label from its choice list, dimension and grade from
    the list's extra columns (kept in the secondary instance)."""
    facts: dict[str, tuple[str, str]] = {}
    for instance in form.secondary_instances.values():
        for item in instance.iter("item"):
            name, dimension, grade = (item.findtext(tag) for tag in ("name", "dimension", "grade"))
            if name and dimension and grade:
                facts.setdefault(name.strip(), (dimension.strip(), grade.strip()))
    labels: dict[str, str] = {}
    for question in form.questions.values():
        for choice in question.itemset.choices if question.itemset is not None else ():
            if choice.name in facts and choice.name not in labels:
                labels[choice.name] = session.views.text(choice.label, None) or choice.name
    return {name: Indicator(name, labels.get(name, name), dimension, grade)
            for name, (dimension, grade) in facts.items()}


def _tagged_answers(form: FormDefinition, session: InterviewSession, section: str, *,
                    with_roles: bool = False) -> tuple[NeedAnswer, ...]:
    """The relevant, answered questions tagged for referral ``section``, in form order."""
    found: list[NeedAnswer] = []
    for question in form.questions.values():
        sections = question.bind_attributes.get("fa:referral", "").split()
        role = question.bind_attributes.get("fa:role", "")
        if section not in sections or (role and not with_roles) or question.repeat is not None:
            continue
        view = session.question_view(question.ref)
        if view is None or not view.relevant or view.value in (None, "", []):
            continue
        words = _words(view.value)
        # In the order the form lists the choices, not the order they were ticked in.
        order = {choice.name: n for n, choice in enumerate(view.choices)}
        names = {choice.name: choice.label for choice in view.choices}
        answer = ", ".join(names.get(word, word) for word in sorted(
            words, key=lambda word: order.get(word, len(order)))) if (
            question.kind in (Kind.SELECT_ONE, Kind.SELECT_MULTIPLE)) else str(view.value)
        found.append(NeedAnswer(view.label, answer))
    return tuple(found)


def _choice_labels(form: FormDefinition, session: InterviewSession, role: str,
                   names: tuple[str, ...]) -> tuple[str, ...]:
    """The labels of the chosen ``names`` of the role's question, in the session language."""
    question = role_question(form, role)
    if question is None or question.itemset is None:
        return names
    return tuple(session.views.choice_label(question, name, None) for name in names)


def read_result(form: FormDefinition, session: InterviewSession) -> ScreeningResult:
    """The screening result of ``session``, texts in the session's language."""
    values = session.values()
    facts = _indicator_facts(form, session)
    present = _words(role_value(form, values, "indicators_present"))
    dimensions = _words(role_value(form, values, "dimensions_positive"))
    services = _words(role_value(form, values, "services_selected"))
    if not dimensions:
        dimensions = tuple(code for code in DIMENSIONS
                           if str(role_value(form, values, f"dimension_{code}")) == "1")
    return ScreeningResult(
        level=str(role_value(form, values, "result_level") or ""),
        action=_label(role_value(form, values, "result_action")),
        summary=_label(role_value(form, values, "result_summary")),
        indicators=tuple(facts.get(name, Indicator(name, name, "", "")) for name in present),
        dimensions_positive=dimensions,
        is_child=str(role_value(form, values, "is_child")) == "1",
        consent=_label(role_value(form, values, "consent")),
        urgency=_label(role_value(form, values, "urgency")),
        services=services,
        service_labels=_choice_labels(form, session, "services_selected", services),
        needs=_tagged_answers(form, session, "needs"),
        safety=_tagged_answers(form, session, "safety", with_roles=True),
    )
