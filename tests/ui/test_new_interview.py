"""The New interview dialog names forms and versions as an officer reads them."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from fieldapp.xlsform import FormEntry
from ui.new_interview import NewInterviewDialog

LANGUAGES = ("English (en)", "العربية (ar)")


def test_titles_and_dated_versions_newest_first(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale("en"))
    entries = [
        FormEntry("rapid_screening", "2026010101", "Rapid screening", LANGUAGES, "built-in"),
        FormEntry("rapid_screening", "2026112201", "Rapid screening", LANGUAGES, "built-in"),
        FormEntry("field_intake", "3", "", LANGUAGES, "imported"),
    ]
    dialog = NewInterviewDialog(entries, "en")
    qtbot.addWidget(dialog)
    forms = [dialog.form.itemText(row) for row in range(dialog.form.count())]
    assert forms == ["Rapid screening", "Field intake"]
    versions = [dialog.version.itemText(row) for row in range(dialog.version.count())]
    assert versions == ["22 November 2026 (no. 1)", "1 January 2026 (no. 1)"]
    assert dialog.choice().version == "2026112201"  # the stored version stays exact
    dialog.form.setCurrentIndex(1)
    assert dialog.version.itemText(0) == "3"
