"""The questions the referral dialog asks in modal dialogs: where to save, which printer, and
the one showing of a passphrase.

:class:`ReferralPrompts` gathers them so tests replace one object instead of patching Qt. The
save dialog leaves no trace of the folder chosen (ui.file_dialogs), suggests the neutral file
name and does not ask about overwriting: the referral service never replaces a file. The print
dialog offers no "print to file", which would leave the unencrypted document on the disk.
:class:`PassphraseDialog` shows the passphrase once, large and in groups, with the warning to
send it by another channel; its text cannot be selected or copied, so it never reaches the
clipboard.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui import file_dialogs

_T = QCoreApplication


class PassphraseDialog(QDialog):
    """The passphrase of an encrypted referral, shown once."""

    def __init__(self, passphrase: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase of the referral"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The file is encrypted. The service needs this passphrase to open it:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.passphrase = QLabel(passphrase)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.passphrase.setFont(font)
        self.passphrase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Neither selectable nor copyable: the passphrase must not reach the clipboard.
        self.passphrase.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.passphrase.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        layout.addWidget(self.passphrase)
        self.warning = QLabel(self.tr(
            "Give it to the service by another channel than the file: read it out by phone "
            "or hand it over in person, never in the same e-mail or on the same stick. Write "
            "it down now: it is shown only this once and is not kept anywhere."))
        self.warning.setWordWrap(True)
        self.warning.setProperty("role", "warning")
        layout.addWidget(self.warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("I have noted it"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


class ReferralPrompts:
    """The modal questions of the referral dialog (replaced in tests)."""

    def save_path(self, parent: QWidget, suggested_name: str) -> Path | None:
        dialog = QFileDialog(parent, _T.translate("ReferralPrompts", "Save the referral"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.setNameFilter(_T.translate("ReferralPrompts", "PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(suggested_name)
        chosen = file_dialogs.ask(dialog)
        return chosen[0] if chosen else None

    def printer(self, parent: QWidget) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def show_passphrase(self, parent: QWidget, passphrase: str) -> None:
        PassphraseDialog(passphrase, parent).exec()
