"""Errors in plain words, in the officer's language, with what to do next.

The core's typed errors carry an English message fit for the command line. The screens show a
translated sentence for the failures an officer meets (disk full, damaged vault, missing form,
locked vault), the sync files' refusals by their reason code (ui.sync_reasons), and fall back
to the core's own message for the rest. Nothing typed is lost in any of these cases: the
sentence says so where it matters.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldapp.errors import FieldappError
from fieldapp.sync.errors import SyncError
from fieldapp.vault.database import DatabaseKeyMismatch, DiskFull, VaultDamaged
from fieldapp.vault.errors import KeystoreDamaged, KeystoreTampered
from fieldapp.vault.migrations import SchemaTooNew
from fieldapp.xlsform.errors import FormLoadError
from ui.gateway import VaultLocked
from ui.sync_reasons import reason_text
from ui.tasks import UnexpectedProblem

_T = QCoreApplication


def plain_message(error: FieldappError) -> str:
    """What the officer reads for ``error``."""
    if isinstance(error, DiskFull):
        return _T.translate(
            "Problems",
            "The disk is full, so the last answer could not be saved. It is still on the "
            "screen. Free some space (empty the Downloads folder or the bin) and it will be "
            "saved with your next answer."
        )
    if isinstance(error, VaultDamaged | DatabaseKeyMismatch):
        return _T.translate(
            "Problems",
            "The vault on this laptop is damaged. Do not delete anything. Ask your supervisor "
            "to check it with 'fieldapp check' and to restore the latest backup."
        )
    if isinstance(error, KeystoreDamaged | KeystoreTampered):
        return _T.translate(
            "Problems",
            "The key file of the vault is damaged or was changed. Do not delete anything; ask "
            "your supervisor for help."
        )
    if isinstance(error, SchemaTooNew):
        return _T.translate(
            "Problems", "This vault was written by a newer version of the app. Update the app."
        )
    if isinstance(error, FormLoadError):
        return _T.translate(
            "Problems",
            "The form could not be opened (it is missing or damaged). Ask your supervisor for "
            "a working copy of the form. Details: %1"
        ).replace("%1", str(error))
    if isinstance(error, VaultLocked):
        return _T.translate("Problems", "The vault is locked. Sign in again.")
    if isinstance(error, SyncError) and (text := reason_text(error.reason)) is not None:
        return text
    if isinstance(error, UnexpectedProblem):
        return _T.translate(
            "Problems",
            "Something went wrong inside the app. What was saved before is kept. Close the "
            "app and open it again; if it happens again, tell your supervisor."
        )
    return str(error)


def read_only_notice(error: FieldappError) -> str:
    """What the officer reads when the vault could be opened for reading only."""
    if isinstance(error, DiskFull):
        return _T.translate(
            "Problems",
            "The disk is full, so the vault is open for reading only: you can look at "
            "interviews, but nothing new can be saved. Free some space (empty the Downloads "
            "folder or the bin), then lock and sign in again."
        )
    return _T.translate(
        "Problems",
        "The vault's folder cannot be written (a read-only drive, or no permission), so the "
        "vault is open for reading only: you can look at interviews, but nothing new can be "
        "saved. Ask your supervisor for help."
    )


def show_problem(parent: QWidget | None, error: FieldappError) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_T.translate("Problems", "Problem"))
    box.setText(plain_message(error))
    box.open()


def show_read_only(parent: QWidget | None, error: FieldappError) -> None:
    """Say, once after signing in, that nothing can be saved (window-modal, not blocking)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_T.translate("Problems", "Read only"))
    box.setText(read_only_notice(error))
    box.open()
