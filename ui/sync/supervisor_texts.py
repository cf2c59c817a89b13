"""The sentences the Import screen says after an import or after writing receipts.

Kept apart from the screen so the wording (and its translations) lives in one place: a summary
of an :class:`ImportReport` (finished, cancelled, nothing ready) and what writing receipts did.
Counts only, never a name: file names are opaque and nothing personal reaches these lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from fieldapp.services.sync_import import DUPLICATE, IMPORTED, REJECTED, SKIPPED, ImportReport


class ImportTexts(QObject):
    """Plain sentences about imports and receipts, in the app language."""

    def import_summary(self, report: ImportReport) -> str:
        if not report.files:
            if report.interviews_shown:
                return self.tr("%1 interview revision(s) shown in the case list.").replace(
                    "%1", f"{report.interviews_shown:,}")
            return self.tr("Nothing to import: no bundle file was ready. A file still being "
                           "copied waits for the next look.")
        if report.cancelled:
            untouched = sum(1 for f in report.files
                            if f.status == SKIPPED and f.reason == "cancelled")
            return self.tr(
                "Import cancelled: %1 file(s) done, %2 left untouched (skipped). The files done "
                "are imported whole; import again for the rest."
            ).replace("%1", f"{len(report.files) - untouched:,}").replace(
                "%2", f"{untouched:,}")
        text = self.tr(
            "Import finished: %1 file(s), %2 imported, %3 already imported, %4 rejected, %5 "
            "skipped."
        ).replace("%1", f"{len(report.files):,}").replace(
            "%2", f"{report.count(IMPORTED):,}").replace(
            "%3", f"{report.count(DUPLICATE):,}").replace(
            "%4", f"{report.count(REJECTED):,}").replace("%5", f"{report.count(SKIPPED):,}")
        if report.interviews_shown:
            text += " " + self.tr("%1 interview revision(s) are now in the case list.").replace(
                "%1", f"{report.interviews_shown:,}")
        if report.rejected:
            text += " " + self.tr("A rejected file changed nothing: the table says why.")
        return text

    def receipts_written(self, written: Sequence[Path], folder: Path) -> str:
        if not written:
            return self.tr("No receipt waiting: every receipt was written before.")
        return self.tr(
            "%1 receipt(s) written to %2. Each laptop takes only its own receipts."
        ).replace("%1", f"{len(written):,}").replace("%2", str(folder))
