"""The case view: one interview as the supervisor reviews and works it.

The header says what the case is (reference, form, site, officer, date, result, child or
adult, citizenship) and its HTCDS case status. Tabs show the whole interview read back in
any of the form's languages, its revisions side by side (what changed, by whom, when), the
dated case notes and the status history, the referrals with their follow-up, and the version
conflicts of the case. "Change status", "Add note", "Record follow-up" and "Review conflict"
open small dialogs; the core checks and audits every change, and the view reads the case
again afterwards. Everything is read in one job on the database thread (:func:`read_case`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.case_review import (
    RevisionDiff,
    RevisionSummary,
    case_revisions,
    revision_diff,
)
from fieldapp.services.case_transcript import Transcript, case_transcript, field_labels
from fieldapp.services.casework import CaseSummary, CaseWork
from fieldapp.services.conflicts import CaseConflict, ConflictReview
from fieldapp.services.session import Vault
from fieldapp.xlsform import FormLibrary
from ui.cases.model import local_time_text
from ui.gateway import VaultGateway
from ui.labels import result_label
from ui.supervisor.case_actions import FollowUpDialog, NoteDialog, StatusDialog
from ui.supervisor.case_models import (
    DiffColumn,
    DiffModel,
    HistoryColumn,
    HistoryModel,
    NoteColumn,
    NotesModel,
    ReferralColumn,
    ReferralsModel,
    TranscriptColumn,
    TranscriptModel,
)
from ui.supervisor.conflict_dialog import ConflictDialog
from ui.supervisor.texts import age_label, case_status_label
from ui.tables import read_only_table


@dataclass(frozen=True)
class CaseBundle:
    """Everything the case view shows, read in one job."""

    summary: CaseSummary
    transcript: Transcript | None
    revisions: tuple[RevisionSummary, ...]
    conflicts: tuple[CaseConflict, ...]
    labels: dict[str, str]
    today: date


def read_case(vault: Vault, library: FormLibrary, reference: str,
              language: str | None) -> CaseBundle:
    summary = CaseWork(vault).case(reference)
    record = summary.interview
    transcript = None
    if summary.interview.revision > 0:
        transcript = case_transcript(vault, library, reference, language=language)
    language = transcript.language if transcript is not None else language
    conflicts = tuple(c for c in ConflictReview(vault).conflicts()
                      if c.interview_id == record.id)
    return CaseBundle(summary, transcript, tuple(case_revisions(vault, reference)),
                      conflicts, field_labels(library, record.form_id, record.form_version,
                                              language), vault.clock().date())


class CaseView(QWidget):
    back_requested = Signal()
    case_changed = Signal(int)  # interview id
    failed = Signal(object)  # FieldappError

    def __init__(self, gateway: VaultGateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self.bundle: CaseBundle | None = None
        self.reference = ""
        self.back_button = QPushButton(self.tr("Back to the list"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.status = QLabel()
        self.status.setProperty("role", "subtitle")
        self.status_button = QPushButton(self.tr("Change status…"))
        self.status_button.clicked.connect(self._change_status)
        self.note_button = QPushButton(self.tr("Add note…"))
        self.note_button.clicked.connect(self._add_note)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the interview"))
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language.activated.connect(self._on_language_activated)

        self.transcript = TranscriptModel(self)
        self.revisions_before = QComboBox()
        self.revisions_after = QComboBox()
        for box, name in ((self.revisions_before, self.tr("Earlier revision")),
                          (self.revisions_after, self.tr("Later revision"))):
            box.setAccessibleName(name)
            box.activated.connect(self._on_revision_activated)
        self.revision_note = QLabel()
        self.revision_note.setWordWrap(True)
        self.diff = DiffModel(self)
        self.notes = NotesModel(self)
        self.history = HistoryModel(self)
        self.referrals = ReferralsModel(self)
        self.follow_up_button = QPushButton(self.tr("Record follow-up…"))
        self.follow_up_button.clicked.connect(self._record_follow_up)
        self.conflict_box = QComboBox()
        self.conflict_box.setAccessibleName(self.tr("Conflicts"))
        self.conflict_button = QPushButton(self.tr("Review conflict…"))
        self.conflict_button.clicked.connect(self._review_conflict)
        self.conflict_note = QLabel()
        self.conflict_note.setWordWrap(True)
        self.tabs = QTabWidget()
        self._build_tabs()

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.status)
        actions = QHBoxLayout()
        actions.addWidget(self.status_button)
        actions.addWidget(self.note_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Read in")))
        actions.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)

    def _build_tabs(self) -> None:
        self.transcript_table = read_only_table(self.transcript, {
            TranscriptColumn.SECTION: 200, TranscriptColumn.QUESTION: 420})
        self.tabs.addTab(self.transcript_table, self.tr("Interview"))

        revisions = QWidget()
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Compare")))
        pick.addWidget(self.revisions_before, 1)
        pick.addWidget(QLabel(self.tr("with")))
        pick.addWidget(self.revisions_after, 1)
        self.diff_table = read_only_table(self.diff, {DiffColumn.FIELD: 300,
                                                      DiffColumn.BEFORE: 300})
        column = QVBoxLayout(revisions)
        column.addLayout(pick)
        column.addWidget(self.revision_note)
        column.addWidget(self.diff_table, 1)
        self.tabs.addTab(revisions, self.tr("Revisions"))

        notes = QWidget()
        self.notes_table = read_only_table(self.notes, {NoteColumn.DATE: 100, NoteColumn.BY: 100})
        self.history_table = read_only_table(self.history, {
            HistoryColumn.DATE: 100, HistoryColumn.FROM: 140, HistoryColumn.TO: 140,
            HistoryColumn.BY: 120})
        column = QVBoxLayout(notes)
        column.addWidget(QLabel(self.tr("Case notes")))
        column.addWidget(self.notes_table, 2)
        column.addWidget(QLabel(self.tr("Status history")))
        column.addWidget(self.history_table, 1)
        self.tabs.addTab(notes, self.tr("Notes and history"))

        referrals = QWidget()
        self.referrals_table = read_only_table(self.referrals, {
            ReferralColumn.SERVICE: 260, ReferralColumn.MADE: 140, ReferralColumn.STEP: 140,
            ReferralColumn.SINCE: 100})
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.follow_up_button)
        column = QVBoxLayout(referrals)
        column.addWidget(self.referrals_table, 1)
        column.addLayout(row)
        self.tabs.addTab(referrals, self.tr("Referrals"))

        conflicts = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.conflict_box, 1)
        row.addWidget(self.conflict_button)
        column = QVBoxLayout(conflicts)
        column.addWidget(self.conflict_note)
        column.addLayout(row)
        column.addStretch(1)
        self.tabs.addTab(conflicts, self.tr("Conflicts"))

    # -- loading --------------------------------------------------------------------------
    def open_case(self, reference: str, language: str | None = None) -> None:
        self.reference = reference
        library = self._gateway.library
        self._gateway.run(lambda vault: read_case(vault, library, reference, language),
                          self._on_case_read, self.failed.emit)

    def reload(self) -> None:
        if self.reference:
            self.open_case(self.reference, self.language.currentData())

    def clear(self) -> None:
        self.bundle = None
        self.reference = ""
        self.title.clear()
        self.facts.clear()
        self.status.clear()
        self.language.clear()
        for model in (self.transcript, self.diff, self.notes, self.history, self.referrals):
            model.set_rows([])
        self.conflict_box.clear()

    def _on_case_read(self, bundle: CaseBundle) -> None:
        self.bundle = bundle
        summary = bundle.summary
        record = summary.interview
        self.title.setText(record.reference)
        facts = [record.form_id.replace("_", " "), record.site, record.interviewer,
                 local_time_text(record.created_at), result_label(record.result_level),
                 age_label(summary.is_child)]
        if summary.citizenship:
            facts.append(self.tr("citizenship %1").replace("%1", " ".join(summary.citizenship)))
        self.facts.setText(" · ".join(fact for fact in facts if fact))
        since_text = self.tr("since %1").replace("%1", summary.status_on or "")
        since = f" ({since_text})" if summary.status_on else ""
        self.status.setText(case_status_label(summary.status) + since)
        self._show_languages(bundle)
        self.transcript.set_rows(bundle.transcript.lines if bundle.transcript else [])
        self._show_revisions(bundle)
        self.notes.set_rows(summary.notes)
        self.history.set_rows(summary.changes)
        self.referrals.set_rows(summary.referrals)
        self.follow_up_button.setEnabled(bool(summary.referrals))
        if summary.referrals:
            self.referrals_table.selectRow(0)
        self._show_conflicts(bundle)

    def _show_languages(self, bundle: CaseBundle) -> None:
        self.language.clear()
        transcript = bundle.transcript
        for language in transcript.languages if transcript else ():
            self.language.addItem(language, language)
        if transcript is not None and transcript.language:
            self.language.setCurrentIndex(max(self.language.findData(transcript.language), 0))

    def _show_revisions(self, bundle: CaseBundle) -> None:
        self.diff.labels = bundle.labels
        for box in (self.revisions_before, self.revisions_after):
            box.clear()
            for revision in bundle.revisions:
                box.addItem(self.tr("Revision %1 — %2, %3").replace(
                    "%1", str(revision.revision)).replace("%2", revision.author).replace(
                    "%3", local_time_text(revision.created_at)), revision.revision)
        count = len(bundle.revisions)
        self.revisions_before.setCurrentIndex(max(count - 2, 0))
        self.revisions_after.setCurrentIndex(count - 1)
        self._on_revision_activated()

    def _show_conflicts(self, bundle: CaseBundle) -> None:
        self.conflict_box.clear()
        for conflict in bundle.conflicts:
            state = (self.tr("resolved") if conflict.resolution is not None
                     else self.tr("open"))
            self.conflict_box.addItem(self.tr("Revision %1: %2 versions, %3").replace(
                "%1", str(conflict.revision)).replace("%2", str(conflict.versions)).replace(
                "%3", state), conflict.revision)
        self.conflict_button.setEnabled(bool(bundle.conflicts))
        self.conflict_note.setText(
            self.tr("Some revisions of this case arrived in more than one version.")
            if bundle.conflicts else self.tr("No version conflict in this case."))
        open_conflicts = sum(1 for c in bundle.conflicts if c.resolution is None)
        index = self.tabs.count() - 1
        self.tabs.setTabText(index, self.tr("Conflicts (%1)").replace("%1", str(open_conflicts))
                             if open_conflicts else self.tr("Conflicts"))

    # -- revisions side by side -----------------------------------------------------------
    def _on_revision_activated(self, _index: int = 0) -> None:
        before = self.revisions_before.currentData()
        after = self.revisions_after.currentData()
        if before is None or after is None or self.bundle is None:
            self.diff.set_rows([])
            return
        if before == after:
            self.diff.set_rows([])
            self.revision_note.setText(self.tr("Choose two different revisions to compare."))
            return
        reference = self.reference
        self._gateway.run(lambda vault: revision_diff(vault, reference, int(before), int(after)),
                          self._on_diff, self.failed.emit)

    def _on_diff(self, diff: RevisionDiff) -> None:
        self.diff.set_titles(
            self.tr("Revision %1").replace("%1", str(diff.before.revision)),
            self.tr("Revision %1").replace("%1", str(diff.after.revision)))
        self.diff.set_rows(diff.changes)
        after = diff.after
        self.revision_note.setText(self.tr(
            "Revision %1 by %2 on %3, reason: “%4”. %5 field(s) differ.").replace(
            "%1", str(after.revision)).replace("%2", after.author).replace(
            "%3", local_time_text(after.created_at)).replace(
            "%4", after.reason or self.tr("none given")).replace(
            "%5", str(len(diff.changes))))

    # -- case work ------------------------------------------------------------------------
    def _on_language_activated(self, _index: int) -> None:
        self.reload()

    def _done(self, _result: object) -> None:
        if self.bundle is not None:
            self.case_changed.emit(self.bundle.summary.interview.id)
        self.reload()

    def _change_status(self) -> None:
        if self.bundle is None:
            return
        dialog = StatusDialog(self.bundle.summary.status, self.bundle.today, self)
        if dialog.exec() != StatusDialog.DialogCode.Accepted:
            return
        status, on = dialog.chosen()
        reference = self.reference
        self._gateway.run(lambda vault: CaseWork(vault).set_status(reference, status, on=on),
                          self._done, self.failed.emit)

    def _add_note(self) -> None:
        if self.bundle is None:
            return
        dialog = NoteDialog(self.bundle.today, self)
        if dialog.exec() != NoteDialog.DialogCode.Accepted:
            return
        on, text = dialog.chosen()
        reference = self.reference
        self._gateway.run(lambda vault: CaseWork(vault).add_note(reference, text, on=on),
                          self._done, self.failed.emit)

    def _record_follow_up(self) -> None:
        index = self.referrals_table.currentIndex()
        if self.bundle is None or not index.isValid():
            return
        referral = self.referrals.row_at(index.row())
        dialog = FollowUpDialog(referral.referral.service_name, referral.step,
                                self.bundle.today, self)
        if dialog.exec() != FollowUpDialog.DialogCode.Accepted:
            return
        step, on, reason = dialog.chosen()
        referral_id = referral.referral.uuid

        def work(vault: Vault) -> object:
            return CaseWork(vault).follow_up(referral_id, step, on=on, reason=reason)

        self._gateway.run(work, self._done, self.failed.emit)

    def _review_conflict(self) -> None:
        revision = self.conflict_box.currentData()
        if self.bundle is None or revision is None:
            return
        dialog = ConflictDialog(self._gateway, self.reference, int(revision),
                                self.bundle.labels, self)
        dialog.changed.connect(lambda: self._done(None))
        dialog.exec()
