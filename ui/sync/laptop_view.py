"""What the laptop's Sync screen shows: the state grid, the jobs' buttons, the outcome.

:class:`LaptopSyncView` lays the screen out and knows how to show a
:class:`~fieldapp.services.sync.LaptopStatus`, a job's outcome, a refusal and the busy state;
it runs nothing. :class:`ui.sync.laptop.LaptopSyncPanel` adds the jobs and the dialogs. The
screen scrolls, so the largest text size keeps every row and button reachable.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.services.sync import LaptopStatus
from ui.enrollment import EnrollmentForm
from ui.sync.laptop_status import field_labels, problem_text, status_values


class LaptopSyncView(QWidget):
    """The Sync screen's widgets and how each state shows (see the module text)."""

    def __init__(self, enrol_form: EnrollmentForm) -> None:
        super().__init__()
        self.enrol_form = enrol_form
        self.status: LaptopStatus | None = None
        self._busy = False
        self._build()

    def _build(self) -> None:
        title = QLabel(self.tr("Sync with your supervisor"))
        title.setProperty("role", "title")
        intro = QLabel(self.tr(
            "Finalised interviews go to your supervisor as an encrypted file on a USB stick. "
            "Receipts and updates come back the same way."))
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        self.working = QLabel()
        self.working.setProperty("role", "status")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the core reports no progress: a moving bar
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(self.tr("Working"))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.working)
        top.addWidget(self.progress)

        self.status_box = QWidget()
        self.grid = QFormLayout(self.status_box)
        self.grid.setContentsMargins(0, 0, 0, 0)  # spacing: the app's (ui.look)
        self.values: dict[str, QLabel] = {}
        for key, label in field_labels().items():
            value = QLabel()
            value.setWordWrap(True)
            self.values[key] = value
            self.grid.addRow(label, value)
        self.status_problem = _label("error")

        self.enrol_box = QWidget()
        enrol = QVBoxLayout(self.enrol_box)
        enrol.setContentsMargins(0, 0, 0, 0)
        enrol.addWidget(_label("subtitle", self.tr("Enrol this laptop")))
        enrol.addWidget(_label("hint", self.tr(
            "Choose the enrollment file your supervisor gave you and type the supervisor "
            "code shown on their screen.")))
        enrol.addWidget(self.enrol_form)
        self.enrol_box.setMaximumWidth(720)  # as wide as the first-run enrolment

        self.export_button = QPushButton(self.tr("Save sync file…"))
        self.export_button.setProperty("primary", True)
        self.receipts_button = QPushButton(self.tr("Import receipts…"))
        self.updates_button = QPushButton(self.tr("Import updates…"))
        self.purge_button = QPushButton(self.tr("Remove synced interviews now"))
        self.registration_button = QPushButton(self.tr("Write registration file…"))
        self.action_box = QWidget()
        grid = QGridLayout(self.action_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(_heading(self.tr("To the supervisor")), 0, 0)
        grid.addWidget(_heading(self.tr("From the supervisor")), 0, 1)
        grid.addWidget(_heading(self.tr("On this laptop")), 0, 2)
        grid.addWidget(self.export_button, 1, 0)
        grid.addWidget(self.registration_button, 2, 0)
        grid.addWidget(self.receipts_button, 1, 1)
        grid.addWidget(self.updates_button, 2, 1)
        grid.addWidget(self.purge_button, 1, 2)
        grid.setColumnStretch(3, 1)

        self.outcome = _label("guidance")
        self.problem = _label("error")
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self.status_box)
        layout.addWidget(self.status_problem)
        layout.addWidget(line)
        layout.addWidget(self.enrol_box)
        layout.addWidget(self.action_box)
        layout.addWidget(self.outcome)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(self.export_button)

    def blank(self) -> None:
        """Nothing of the vault on screen: every value, outcome and message emptied."""
        self.status = None
        for value in self.values.values():
            value.clear()
        for label in (self.status_problem, self.outcome, self.problem):
            label.clear()
            label.hide()
        self.enrol_form.reset()
        for widget in (self.status_box, self.enrol_box, self.action_box):
            widget.hide()
        self._set_busy(None)

    def _show_status(self, status: LaptopStatus) -> None:
        self.status = status
        for key, text in status_values(status).items():
            self.grid.setRowVisible(self.values[key], text is not None)
            self.values[key].setText(text or "")
        self.status_problem.hide()
        self.status_box.show()
        self.enrol_box.setVisible(not status.enrolled)
        self.action_box.setVisible(status.enrolled)
        self.setFocusProxy(self.export_button if status.enrolled else self.enrol_form)
        self._update_buttons()

    def _show_status_problem(self, error: FieldappError) -> None:
        self.status = None
        for widget in (self.status_box, self.enrol_box, self.action_box):
            widget.hide()
        self._show(self.status_problem, problem_text(error))
        self._update_buttons()

    def _say(self, lines: Sequence[str], refused: Sequence[str] = ()) -> None:
        self._show(self.outcome, "\n".join(lines))
        self._show(self.problem, "\n".join(refused))

    def _show(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _set_busy(self, note: str | None) -> None:
        self._busy = note is not None
        self.working.setText(note or "")
        self.progress.setVisible(self._busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = not self._busy and self.status is not None and self.status.enrolled
        for button in (self.export_button, self.receipts_button, self.updates_button,
                       self.registration_button):
            button.setEnabled(ready)
        # Without a policy from the supervisor nothing is ever removed.
        self.purge_button.setEnabled(ready and self.status is not None
                                     and self.status.retention is not None)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "subtitle")
    return label


def _label(role: str | None = None, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if role is not None:
        label.setProperty("role", role)
    return label
