"""The conflict dialog: every version of a revision side by side, one chosen with a reason.

The top table lists the versions (number, which one is shown, who finalised it, when, the
reason they gave, how many fields differ from the one shown); the lower table shows the
selected version against the one shown, field by field, labelled in the language of the case
view. "Keep this version" asks the core to show the selected version, with the reason typed
(required); "Undo the resolution" puts back the version a resolution replaced. Both are
audited by the core and both stay on record. The dialog reports what it did through
:attr:`ConflictDialog.changed` and reads the conflict again.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.errors import FieldappError
from fieldapp.services.conflicts import ConflictReview, ConflictView
from fieldapp.services.session import Vault
from ui.gateway import VaultGateway
from ui.inputs import SensitiveLineEdit
from ui.problems import show_problem
from ui.supervisor.case_models import DiffColumn, DiffModel, VersionColumn, VersionsModel
from ui.tables import read_only_table


class ConflictDialog(QDialog):
    changed = Signal()

    def __init__(self, gateway: VaultGateway, reference: str, revision: int,
                 labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self.reference = reference
        self.revision = revision
        self.view: ConflictView | None = None
        self.setWindowTitle(self.tr("Conflict in %1, revision %2").replace(
            "%1", reference).replace("%2", str(revision)))
        self.resize(960, 620)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.versions = VersionsModel(self)
        self.versions_table = read_only_table(self.versions, {
            VersionColumn.NUMBER: 70, VersionColumn.SHOWN: 70, VersionColumn.AUTHOR: 110,
            VersionColumn.FINALISED: 140, VersionColumn.REASON: 300})
        self.versions_table.selectionModel().selectionChanged.connect(
            self._on_versions_selection_changed)
        self.diff = DiffModel(self)
        self.diff.labels = labels
        self.diff_table = read_only_table(self.diff, {DiffColumn.FIELD: 260,
                                                      DiffColumn.BEFORE: 300})
        self.reason = SensitiveLineEdit()
        self.reason.setPlaceholderText(self.tr("Why this version is the right one"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.keep_button = QPushButton(self.tr("Keep this version"))
        self.keep_button.setProperty("primary", True)
        self.keep_button.clicked.connect(self._keep)
        self.undo_button = QPushButton(self.tr("Undo the resolution"))
        self.undo_button.clicked.connect(self._undo)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(self.keep_button)
        row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.versions_table, 1)
        layout.addWidget(QLabel(self.tr("The selected version against the one shown:")))
        layout.addWidget(self.diff_table, 2)
        layout.addLayout(row)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        reference, revision = self.reference, self.revision
        self._gateway.run(lambda vault: ConflictReview(vault).view(reference, revision),
                          self._on_view, self._on_failed)

    def _on_view(self, view: ConflictView) -> None:
        self.view = view
        self.versions.set_rows(view.versions)
        resolution = view.conflict.resolution
        if resolution is None:
            self.summary.setText(self.tr(
                "%1 versions of this revision arrived. Compare them, choose the one to show, "
                "and say why. The others stay in the ledger.").replace(
                    "%1", str(len(view.versions))))
        else:
            self.summary.setText(self.tr(
                "Resolved by %1 on %2: “%3”. Undo it to choose again.").replace(
                    "%1", resolution.resolved_by).replace(
                    "%2", resolution.resolved_at[:16].replace("T", " ")).replace(
                    "%3", resolution.reason))
        self.undo_button.setEnabled(resolution is not None)
        self.keep_button.setEnabled(resolution is None)
        self.reason.setEnabled(resolution is None)
        chosen = next((n for n, v in enumerate(view.versions) if not v.shown), 0)
        if view.versions:
            self.versions_table.selectRow(chosen)

    def _on_versions_selection_changed(self, _selected: QItemSelection,
                                       _deselected: QItemSelection) -> None:
        index = self.versions_table.currentIndex()
        if not index.isValid() or self.view is None:
            self.diff.set_rows([])
            return
        version = self.versions.row_at(index.row())
        self.diff.set_titles(self.tr("Shown now"),
                             self.tr("Version %1 (%2)").replace("%1", str(version.number))
                             .replace("%2", version.author))
        self.diff.set_rows(version.changes)
        if self.view.conflict.resolution is None:
            self.keep_button.setEnabled(not version.shown and version.same_device)

    def _keep(self) -> None:
        index = self.versions_table.currentIndex()
        if not index.isValid():
            return
        number = self.versions.row_at(index.row()).number
        reference, revision, reason = self.reference, self.revision, self.reason.text()

        def work(vault: Vault) -> object:
            return ConflictReview(vault).resolve(reference, revision, number, reason)

        self._gateway.run(work, self._on_changed, self._on_failed)

    def _undo(self) -> None:
        reference, revision = self.reference, self.revision
        self._gateway.run(lambda vault: ConflictReview(vault).undo(reference, revision),
                          self._on_changed, self._on_failed)

    def _on_changed(self, _result: object) -> None:
        self.reason.clear()
        self.changed.emit()
        self.reload()

    def _on_failed(self, error: FieldappError) -> None:
        show_problem(self, error)
