"""The result screen: the level, what to do, why, the person's immediate needs, and referral.

Everything shown comes from the core's :class:`ScreeningResult`: the level (in words and
colour), the answers that matter for safety (a controller nearby, danger, no private place),
the recommended action and the summary as the form computes them in the officer's language,
the dimensions found positive and the indicators behind them with their grades, the answers
about immediate needs, the services chosen and the urgency. A stopped interview says why it
stopped and what to do instead of an empty screening. A screening is advisory:
the screen says so. The referral document is made by the referral module, which plugs in
through :attr:`ResultPanel.referral_requested`.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.services.interviews import InterviewService, NeedAnswer, ScreeningResult
from fieldapp.vault.interviews import InterviewRecord
from ui.case_outcome import CaseOutcomeBox
from ui.gateway import VaultGateway
from ui.inputs import SENSITIVE_HINTS
from ui.labels import dimension_label, grade_label, join_list, result_label, urgency_label


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setProperty("role", "subtitle")
    return label


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class ResultPanel(QWidget):
    referral_requested = Signal(object)  # InterviewRecord
    revision_requested = Signal(str, str)  # reference, reason
    close_requested = Signal()
    failed = Signal(object)  # FieldappError

    def __init__(self, gateway: VaultGateway) -> None:
        super().__init__()
        self._gateway = gateway
        self.record: InterviewRecord | None = None
        self.result: ScreeningResult | None = None
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.page_area = QScrollArea()
        self.page_area.setWidgetResizable(True)
        self.referral_button = QPushButton(self.tr("Prepare referral…"))
        self.referral_button.setProperty("primary", True)
        self.referral_button.clicked.connect(self._on_referral_clicked)
        self.revise_button = QPushButton(self.tr("Correct answers (new revision)…"))
        self.revise_button.clicked.connect(self._on_revise_clicked)
        self.close_button = QPushButton(self.tr("Case list"))
        self.close_button.clicked.connect(self.close_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revise_button)
        buttons.addWidget(self.referral_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.page_area, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.referral_button)

    def load(self, record: InterviewRecord, officer_language: str) -> None:
        """Show ``record``'s result, its texts in ``officer_language`` when the form has it."""
        self.record = record
        self.heading.setText(self.tr("Screening result — %1").replace("%1", record.reference))

        def work(service: InterviewService) -> ScreeningResult:
            return service.result(record, officer_language)

        self._gateway.interviews(work, self.show_result, self._on_failed)

    def clear(self) -> None:
        self.record = None
        self.result = None
        old = self.page_area.takeWidget()
        if old is not None:
            old.deleteLater()

    def _on_failed(self, error: FieldappError) -> None:
        self.failed.emit(error)

    def show_result(self, result: ScreeningResult) -> None:
        self.result = result
        body = QWidget()
        body.setObjectName("page")
        layout = QVBoxLayout(body)
        level = QLabel(result_label(result.level))
        level.setProperty("level", result.level or "none")
        level.setWordWrap(True)
        layout.addWidget(level)
        layout.addWidget(_text(self.tr(
            "A screening gives indications for referral; it does not decide whether a person "
            "is a victim of trafficking.")))
        if result.is_child:
            child = _text(self.tr("Child or age in doubt: always refer to child protection."))
            child.setProperty("role", "banner")
            layout.addWidget(child)
        # The supervisor's follow-up, once it came back: near the top, where the officer
        # sent to it by the Sync screen sees it without scrolling past the whole result.
        self.outcome = CaseOutcomeBox()
        layout.addWidget(self.outcome)
        if self.record is not None:
            self.outcome.load(self._gateway, self.record.reference)
        if result.level == "stopped":
            self._stopped(result, layout)
        else:
            self._screened(result, layout)
        layout.addStretch(1)
        old = self.page_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.page_area.setWidget(body)
        self.referral_button.setEnabled(result.level not in ("", "stopped"))
        self.referral_button.setFocus()

    def _stopped(self, result: ScreeningResult, layout: QVBoxLayout) -> None:
        """A stopped interview: why it stopped and what to do, not an empty screening."""
        layout.addWidget(_section(self.tr("Why the interview stopped")))
        layout.addWidget(_text(self.tr(
            "It was not safe to continue, so the screening questions were not asked and no "
            "result about trafficking was reached. What was recorded about safety:")))
        self._answers(result.safety, layout)
        layout.addWidget(_section(self.tr("What to do")))
        if result.action:
            layout.addWidget(_text(result.action))
        for step in (
            self.tr("If anyone is in danger, follow your escalation procedure now "
                    "(supervisor, emergency services)."),
            self.tr("If it is safe, give the person the hotline number discreetly."),
            self.tr("Try again later in a private place, without the companion and with an "
                    "independent interpreter if one is needed."),
        ):
            layout.addWidget(_text(f"• {step}"))

    def _screened(self, result: ScreeningResult, layout: QVBoxLayout) -> None:
        if result.safety:
            layout.addWidget(_section(self.tr("Safety")))
            self._answers(result.safety, layout)
        layout.addWidget(_section(self.tr("What to do")))
        layout.addWidget(_text(result.action or "—"))
        layout.addWidget(_section(self.tr("Why")))
        if result.dimensions_positive:
            dimensions = join_list([dimension_label(code) for code in result.dimensions_positive])
            layout.addWidget(_text(self.tr("Dimensions found: %1").replace("%1", dimensions)))
        else:
            layout.addWidget(_text(self.tr("No dimension was found positive.")))
        for indicator in result.indicators:
            layout.addWidget(_text(
                f"• {indicator.label} — "
                + join_list([dimension_label(indicator.dimension), grade_label(indicator.grade)])))
        if result.summary and not result.indicators:
            summary = _text(result.summary)
            summary.setProperty("role", "hint")
            layout.addWidget(summary)
        layout.addWidget(_section(self.tr("Immediate needs")))
        if result.needs:
            self._answers(result.needs, layout)
        else:
            layout.addWidget(_text(self.tr("None recorded.")))
        layout.addWidget(_section(self.tr("Referral")))
        layout.addWidget(_text(self.tr("Urgency: %1").replace("%1", urgency_label(result.urgency))))
        services = join_list(result.service_labels) if result.service_labels else "—"
        layout.addWidget(_text(self.tr("Services chosen: %1").replace("%1", services)))

    @staticmethod
    def _answers(answers: tuple[NeedAnswer, ...], layout: QVBoxLayout) -> None:
        """Question and answer pairs, the answer in bold so it can be found at a glance."""
        for item in answers:
            row = _text(f"{escape(item.question)} — <b>{escape(item.answer)}</b>")
            row.setTextFormat(Qt.TextFormat.RichText)
            row.setProperty("role", "answer")
            layout.addWidget(row)

    def _on_referral_clicked(self) -> None:
        if self.record is not None:
            self.referral_requested.emit(self.record)

    def _on_revise_clicked(self) -> None:
        if self.record is None:
            return
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Correct a finalised interview"),
            self.tr("Why must the answers change? (Kept with the revision; no names.)"),
            QLineEdit.EchoMode.Normal,
            "",
            inputMethodHints=SENSITIVE_HINTS,
        )
        if accepted and reason.strip():
            self.revision_requested.emit(self.record.reference, reason.strip())
