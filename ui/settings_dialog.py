"""The settings dialog: idle lock time, text size and the app language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from ui.settings import APP_LANGUAGES, IDLE_MINUTES, TEXT_SCALES, AppSettings

LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}


class SettingsDialog(QDialog):
    def __init__(self, current: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._current = current
        self.idle = QComboBox()
        for minutes in IDLE_MINUTES:
            self.idle.addItem(self.tr("%1 min").replace("%1", str(minutes)), minutes)
        self.idle.setCurrentIndex(max(0, self.idle.findData(current.idle_minutes)))
        self.text_size = QComboBox()
        for scale in TEXT_SCALES:
            self.text_size.addItem(f"{scale} %", scale)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(current.text_scale)))
        self.language = QComboBox()
        for code in APP_LANGUAGES:
            # Each language is named in itself, so an officer can find their own.
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Lock after inactivity"), self.idle)
        form.addRow(self.tr("Text size"), self.text_size)
        form.addRow(self.tr("App language"), self.language)
        form.addRow(buttons)

    def chosen(self) -> AppSettings:
        return AppSettings(
            idle_minutes=int(self.idle.currentData()),
            text_scale=int(self.text_size.currentData()),
            language=str(self.language.currentData()),
            last_user=self._current.last_user,
        )
