"""Starting an interview: which form and version, the respondent's language, the officer's
app language, and the site.

The respondent's language is the language the questions are read in (through the
interpreter, if any); the app language is the officer's own and changes only the app around
the questions. The latest version of each form comes first; older versions stay available for
an organisation that has not moved on yet. Forms show their titles and versions their dates
(:mod:`ui.form_names`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from fieldapp.xlsform import FormEntry
from ui.form_names import form_titles, version_text
from ui.inputs import SensitiveLineEdit
from ui.settings import APP_LANGUAGES
from ui.settings_dialog import LANGUAGE_NAMES


@dataclass(frozen=True)
class NewInterviewChoice:
    form_id: str
    version: str
    language: str
    app_language: str
    site: str


def _language_code(language: str) -> str:
    if language.endswith(")") and "(" in language:
        return language[language.rindex("(") + 1 : -1].strip()
    return language


class NewInterviewDialog(QDialog):
    def __init__(
        self, entries: list[FormEntry], app_language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New interview"))
        self._entries = entries
        self.form = QComboBox()
        for form_id, title in form_titles(entries).items():
            self.form.addItem(title, form_id)
        self.version = QComboBox()
        self.language = QComboBox()
        self.app_language = QComboBox()
        for code in APP_LANGUAGES:
            self.app_language.addItem(LANGUAGE_NAMES[code], code)
        self.app_language.setCurrentIndex(max(0, self.app_language.findData(app_language)))
        self.site = SensitiveLineEdit()
        self.site.setPlaceholderText(self.tr("For example: Central bus station, gate 3"))
        self.form.currentIndexChanged.connect(self._on_form_changed)
        self.version.currentIndexChanged.connect(self._on_version_changed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        if not entries:
            layout.addRow(QLabel(self.tr("No forms are installed on this laptop.")))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout.addRow(self.tr("Form"), self.form)
        layout.addRow(self.tr("Version"), self.version)
        layout.addRow(self.tr("Respondent's language"), self.language)
        layout.addRow(self.tr("App language (yours)"), self.app_language)
        layout.addRow(self.tr("Site or location"), self.site)
        layout.addRow(self.buttons)
        self._on_form_changed()
        self._default_language(app_language)

    def _on_form_changed(self) -> None:
        form_id = self.form.currentData()
        versions = [entry for entry in self._entries if entry.form_id == form_id]
        self.version.blockSignals(True)
        self.version.clear()
        for entry in reversed(versions):  # newest first
            self.version.addItem(version_text(entry.version), entry.version)
        self.version.blockSignals(False)
        self._on_version_changed()

    def _on_version_changed(self) -> None:
        entry = self._entry()
        previous = self.language.currentData()
        self.language.clear()
        for language in entry.languages if entry is not None else ():
            self.language.addItem(language, language)
        if previous is not None:
            self.language.setCurrentIndex(max(0, self.language.findData(previous)))

    def _default_language(self, app_language: str) -> None:
        for row in range(self.language.count()):
            if _language_code(str(self.language.itemData(row))) == app_language:
                self.language.setCurrentIndex(row)
                return

    def _entry(self) -> FormEntry | None:
        form_id, version = self.form.currentData(), self.version.currentData()
        return next((e for e in self._entries
                     if e.form_id == form_id and e.version == version), None)

    def choice(self) -> NewInterviewChoice:
        return NewInterviewChoice(
            form_id=str(self.form.currentData()),
            version=str(self.version.currentData()),
            language=str(self.language.currentData() or ""),
            app_language=str(self.app_language.currentData()),
            site=self.site.text().strip(),
        )
