"""The supervisor's outcome of an interview, as the laptop received it: a small box.

After the supervisor works on a case, the next update brings its outcome back to the laptop
that made the interview (fieldapp.services.case_outcomes). :class:`CaseOutcomeBox` shows it on
the officer's result screen: the case status (HTCDS cas_Status) and since when, each
referral's follow-up step with the reason when it did not succeed, and the supervisor's dated
notes. It stays hidden while there is nothing to tell (an open case no one has touched). The
box reads through the gateway's vault thread and only displays; nothing here changes a case.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout
from shiboken6 import isValid

from fieldapp.errors import FieldappError
from fieldapp.services.case_outcomes import interview_outcome
from fieldapp.services.casework import CaseSummary
from fieldapp.vault.case_states import CaseStatus, FollowUp
from ui.gateway import VaultGateway


def status_label(status: CaseStatus) -> str:
    return {
        CaseStatus.ACTIVE: QCoreApplication.translate("CaseOutcome", "Open"),
        CaseStatus.FOLLOW_UP: QCoreApplication.translate("CaseOutcome", "Follow-up"),
        CaseStatus.CLOSED: QCoreApplication.translate("CaseOutcome", "Closed"),
        CaseStatus.CLOSED_REFERRED: QCoreApplication.translate(
            "CaseOutcome", "Closed: handed on to another organisation"),
    }[status]


def step_label(step: FollowUp) -> str:
    return {
        FollowUp.SENT: QCoreApplication.translate("CaseOutcome", "sent, no answer yet"),
        FollowUp.RECEIVED: QCoreApplication.translate("CaseOutcome", "received by the service"),
        FollowUp.ACCEPTED: QCoreApplication.translate("CaseOutcome", "accepted"),
        FollowUp.DECLINED: QCoreApplication.translate("CaseOutcome", "declined"),
        FollowUp.SERVICES_STARTED: QCoreApplication.translate("CaseOutcome",
                                                              "services started"),
        FollowUp.CLOSED: QCoreApplication.translate("CaseOutcome", "closed"),
    }[step]


def has_news(summary: CaseSummary) -> bool:
    """Whether the supervisor has said anything about this case yet."""
    return bool(summary.changes or summary.notes
                or any(followed.events for followed in summary.referrals))


def _line(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class CaseOutcomeBox(QFrame):
    """Shows :class:`CaseSummary` news: status, referral follow-up, notes (read-only)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("caseOutcome")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self.tr("Supervisor's follow-up"))
        self.title.setProperty("role", "subtitle")
        self.lines: list[QLabel] = []
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self.setVisible(False)

    def load(self, gateway: VaultGateway, reference: str) -> None:
        """Read the outcome of ``reference`` on the vault thread, then show it."""
        gateway.run(lambda vault: interview_outcome(vault, reference), self._on_loaded,
                    self._on_failed)

    def _on_loaded(self, summary: CaseSummary) -> None:
        if isValid(self):  # the result page may have been rebuilt meanwhile
            self.show_outcome(summary)

    def _on_failed(self, _error: FieldappError) -> None:
        if isValid(self):
            self.setVisible(False)  # an outcome is extra information; the result stays

    def show_outcome(self, summary: CaseSummary) -> None:
        for label in self.lines:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.lines = []
        if not has_news(summary):
            self.setVisible(False)
            return
        status = self.tr("Case: %1").replace("%1", status_label(summary.status))
        if summary.status_on:
            status += " " + self.tr("(since %1)").replace("%1", summary.status_on)
        self._add(status)
        for followed in summary.referrals:
            text = self.tr("Referral to %1: %2").replace(
                "%1", followed.referral.service_name).replace("%2", step_label(followed.step))
            if followed.step_on:
                text += " " + self.tr("(%1)").replace("%1", followed.step_on)
            reason = next((e.reason for e in reversed(followed.events) if e.reason), "")
            if reason and followed.step in (FollowUp.DECLINED, FollowUp.CLOSED):
                text += " — " + reason
            self._add(text)
        for note in summary.notes:
            self._add(f"{note.noted_on}: {note.text}")
        self.setVisible(True)

    def _add(self, text: str) -> None:
        label = _line(text)
        self._layout.addWidget(label)
        self.lines.append(label)
