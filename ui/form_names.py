"""How a form is named on screen: its title, never its lowercase id, and its version as a date.

Forms carry an id (``rapid_screening``), a title ("Rapid screening (5-8 minutes)") and a
version. Screens show the title; a form whose title is missing shows its id as words with a
capital letter. Versions written the ODK way, ``yyyymmddnn`` (a date and the number of the
edition that day), are shown as that date in the app language and the edition number; any
other version is shown as it is written.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from fieldapp.xlsform import FormEntry

_T = QCoreApplication


def fallback_title(form_id: str) -> str:
    """``rapid_screening`` as "Rapid screening" (for a form without a title)."""
    words = form_id.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def form_titles(entries: Iterable[FormEntry]) -> dict[str, str]:
    """form id -> the title of its newest version (entries come oldest first)."""
    titles: dict[str, str] = {}
    for entry in entries:
        titles[entry.form_id] = entry.title.strip() or fallback_title(entry.form_id)
    return titles


def version_date(version: str) -> QDate | None:
    """The date a ``yyyymmddnn`` version stands for, or ``None``."""
    if len(version) != 10 or not version.isdigit():
        return None
    date = QDate(int(version[:4]), int(version[4:6]), int(version[6:8]))
    return date if date.isValid() else None


def version_text(version: str, locale: QLocale | None = None) -> str:
    """"22 November 2026 (no. 1)" for ``2026112201``; other versions as written."""
    date = version_date(version)
    if date is None:
        return version
    shown = (locale or QLocale()).toString(date, "d MMMM yyyy")
    return _T.translate("FormNames", "%1 (no. %2)").replace("%1", shown).replace(
        "%2", str(int(version[8:])))
