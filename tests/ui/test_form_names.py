"""Form titles and versions as the officer reads them."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from fieldapp.xlsform import FormEntry
from ui.form_names import fallback_title, form_titles, version_text


def test_a_dated_version_reads_as_a_date() -> None:
    assert version_text("2026112201", QLocale("en")) == "22 November 2026 (no. 1)"
    assert version_text("2026112212", QLocale("en")).endswith("(no. 12)")
    assert "2026" in version_text("2026112201", QLocale("ar")) or "٢٠٢٦" in version_text(
        "2026112201", QLocale("ar"))
    assert "novembre" in version_text("2026112201", QLocale("fr"))


def test_other_versions_stay_as_written() -> None:
    for version in ("1", "2.3", "2026133101", "20261122", "v2026112201"):
        assert version_text(version, QLocale("en")) == version


def test_titles_not_ids() -> None:
    entries = [FormEntry("rapid_screening", "1", "Rapid (old)", ("English (en)",), "built-in"),
               FormEntry("rapid_screening", "2", "Rapid screening", ("English (en)",),
                         "built-in"),
               FormEntry("intake_form", "1", " ", ("English (en)",), "imported")]
    assert form_titles(entries) == {"rapid_screening": "Rapid screening",
                                    "intake_form": "Intake form"}
    assert fallback_title("full_screening") == "Full screening"
