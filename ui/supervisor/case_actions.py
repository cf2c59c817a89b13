"""The case view's small dialogs: change the case status, add a dated note, record a
referral's next follow-up step.

Each only gathers what the supervisor chose (:meth:`chosen`); the case view hands it to the
core, which checks the transition, dates and reasons and says what is wrong in its own words.
A day defaults to today and cannot be in the future (the core refuses that too). Notes and
reasons may name people, so their inputs take the sensitive-input hints.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from fieldapp.vault.case_states import (
    CASE_TRANSITIONS,
    FOLLOW_UP_TRANSITIONS,
    CaseStatus,
    FollowUp,
    follow_up_succeeds,
)
from ui.inputs import SENSITIVE_HINTS, SensitiveLineEdit
from ui.supervisor.texts import case_status_label, follow_up_label


def _day_edit(today: date) -> QDateEdit:
    edit = QDateEdit(QDate(today.year, today.month, today.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    return edit


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class _ChoiceDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.buttons)


class StatusDialog(_ChoiceDialog):
    def __init__(self, current: CaseStatus, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change the case status"), parent)
        self.status = QComboBox()
        for status in CaseStatus:
            if status in CASE_TRANSITIONS[current]:
                self.status.addItem(case_status_label(status), status)
        self.on = _day_edit(today)
        self.form.addRow(QLabel(self.tr("Now: %1").replace("%1", case_status_label(current))))
        self.form.addRow(self.tr("New status"), self.status)
        self.form.addRow(self.tr("Since"), self.on)
        self.finish()

    def chosen(self) -> tuple[CaseStatus, date]:
        return CaseStatus(str(self.status.currentData())), _day(self.on)


class NoteDialog(_ChoiceDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a case note"), parent)
        self.on = _day_edit(today)
        self.text = QPlainTextEdit()
        self.text.setInputMethodHints(SENSITIVE_HINTS)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Note"))
        self.form.addRow(self.tr("Date"), self.on)
        self.form.addRow(self.tr("Note"), self.text)
        self.finish()

    def chosen(self) -> tuple[date, str]:
        return _day(self.on), self.text.toPlainText().strip()


class FollowUpDialog(_ChoiceDialog):
    def __init__(self, service: str, current: FollowUp, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record the referral's follow-up"), parent)
        self._current = current
        self.step = QComboBox()
        for step in sorted(FOLLOW_UP_TRANSITIONS[current], key=list(FollowUp).index):
            self.step.addItem(follow_up_label(step), step)
        self.on = _day_edit(today)
        self.reason = SensitiveLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason_hint = QLabel()
        self.reason_hint.setWordWrap(True)
        self.form.addRow(QLabel(self.tr("%1 — now: %2").replace("%1", service).replace(
            "%2", follow_up_label(current))))
        self.form.addRow(self.tr("Next step"), self.step)
        self.form.addRow(self.tr("On"), self.on)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.reason_hint)
        self.step.currentIndexChanged.connect(self._on_step_changed)
        self.reason.textChanged.connect(self._on_step_changed)
        self.finish()
        self._on_step_changed()

    def _on_step_changed(self) -> None:
        step = self.step.currentData()
        needs = step is not None and not follow_up_succeeds(self._current, FollowUp(str(step)))
        self.reason_hint.setText(
            self.tr("This step means the referral did not succeed: say why.") if needs
            else self.tr("A reason is optional for this step."))
        self.reason_hint.setTextFormat(Qt.TextFormat.PlainText)
        # Without a reason the core refuses the step, and the choices made here would be
        # lost with the dialog: OK waits for the reason instead.
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(step is not None and not (needs and not self.reason.text().strip()))

    def chosen(self) -> tuple[FollowUp, date, str]:
        return FollowUp(str(self.step.currentData())), _day(self.on), self.reason.text().strip()
