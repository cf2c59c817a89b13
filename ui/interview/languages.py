"""The two languages of an interview, changeable at any moment of it.

The respondent's language is the one the questions are read in (the form's languages); the
officer's is the app language, in which guidance, messages and the questions for the officer
alone are shown. Either can change mid-interview (an interpreter arrives, a colleague takes
over); the panel saves the respondent's with the interview and hands the officer's to the
window, which keeps it as the officer's app language.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from ui.settings import APP_LANGUAGES
from ui.settings_dialog import LANGUAGE_NAMES


class LanguageBar(QWidget):
    respondent_language_chosen = Signal(str)  # the form's language name
    officer_language_chosen = Signal(str)  # an app language code

    def __init__(self) -> None:
        super().__init__()
        self.respondent = QComboBox()
        self.respondent.setAccessibleName(self.tr("Questions read in"))
        self.respondent.activated.connect(self._on_respondent_activated)
        self.officer = QComboBox()
        self.officer.setAccessibleName(self.tr("Your language"))
        for code in APP_LANGUAGES:
            self.officer.addItem(LANGUAGE_NAMES[code], code)
        self.officer.activated.connect(self._on_officer_activated)
        respondent_label = QLabel(self.tr("Questions in:"))
        respondent_label.setBuddy(self.respondent)
        officer_label = QLabel(self.tr("Your language:"))
        officer_label.setBuddy(self.officer)
        # Stacked, under the section list: it stays narrow at any text size.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(respondent_label)
        layout.addWidget(self.respondent)
        layout.addWidget(officer_label)
        layout.addWidget(self.officer)

    def show_languages(self, form_languages: tuple[str, ...], respondent: str | None,
                       officer: str) -> None:
        self.respondent.blockSignals(True)
        self.respondent.clear()
        for language in form_languages:
            self.respondent.addItem(language, language)
        self.respondent.setCurrentIndex(max(0, self.respondent.findData(respondent)))
        self.respondent.setEnabled(len(form_languages) > 1)
        self.respondent.blockSignals(False)
        self.officer.setCurrentIndex(max(0, self.officer.findData(officer)))

    def _on_respondent_activated(self, _index: int) -> None:
        self.respondent_language_chosen.emit(str(self.respondent.currentData()))

    def _on_officer_activated(self, _index: int) -> None:
        self.officer_language_chosen.emit(str(self.officer.currentData()))
