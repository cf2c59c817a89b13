"""Item 1: the referral dialog closed by Close, by Esc and by the window's close button, with
and without a preview, and the app still alive and saving afterwards."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit

from tests.e2e.driver import Driver
from tests.e2e.steps import Steps, demo_password, open_case, quit_app, sign_in, started
from ui.referral_dialog import ReferralDialog
from ui.referral_prompts import PassphraseDialog


def _shown(d: Driver) -> ReferralDialog:
    dialog = d.dialog(ReferralDialog)
    assert isinstance(dialog, ReferralDialog)
    return dialog


def _open_dialog(d: Driver) -> Steps:
    main = d.main_window()
    yield d.click(main.result.referral_button)
    yield d.until(lambda: d.dialog(ReferralDialog) is not None, "the referral dialog")
    yield d.until(lambda: _shown(d).context is not None, "the referral dialog loaded")


def _close_untouched(d: Driver) -> Steps:
    """Open the dialog and close it with the real keyboard, the driver never holding it.

    Nothing here may reach the dialog's widget, not even the clipping check (which walks
    every widget): a reference from the driver would keep the dialog alive on the GUI thread
    and hide a release on the database thread."""
    main = d.main_window()
    yield d.click(main.result.referral_button)
    yield d.until(lambda: d.window_titled("Referral for") is not None, "the referral dialog",
                  check_layout=False)
    yield d.pause(2.0)  # its services load meanwhile
    yield d.x_key("Escape")
    yield d.until(lambda: d.window_titled("Referral for") is None, "the dialog closed",
                  check_layout=False)
    yield d.until(lambda: main.stack.currentWidget() is main.result
                  and main.result.referral_button.isEnabled(), "the result shown again")
    yield d.click(main.result.close_button)
    yield d.until(lambda: main.stack.currentWidget() is main.cases, "the case list")


def _save(d: Driver, dialog: ReferralDialog) -> Steps:
    """Save…: the file named in Qt's save dialog, then the passphrase shown once
    ("I have noted it")."""
    folder = os.environ["FIELDAPP_E2E_SAVE_DIR"]
    yield d.until(lambda: _shown(d).save_button.isEnabled(), "a service chosen")
    yield d.click(dialog.save_button)
    yield d.until(lambda: d.dialog(QFileDialog) is not None, "the save dialog")
    files = d.dialog(QFileDialog)
    assert files is not None
    name = files.findChild(QLineEdit, "fileNameEdit")
    d.expect(name is not None, "the save dialog has a name field")
    yield d.later(name.clear, "clear the suggested name")
    yield d.type(name, os.path.join(folder, "referral.pdf"))
    yield d.key(name, Qt.Key.Key_Return)
    del files, name
    yield d.until(lambda: d.window_titled("Passphrase") is not None, "the passphrase", 60,
                  check_layout=False)
    passphrase = d.dialog(PassphraseDialog)
    assert passphrase is not None
    yield d.click(d.button("I have noted it", root=passphrase))
    del passphrase
    yield d.until(lambda: d.dialog(ReferralDialog) is not None
                  and "Saved as" in _shown(d).message.text(), "saved")


def journey(d: Driver) -> Steps:
    yield from started(d)
    yield from sign_in(d, demo_password())
    yield from open_case(d, finalised=True)
    main = d.main_window()
    yield from _close_untouched(d)
    yield from open_case(d, finalised=True)
    for how in ("button", "escape", "window", "preview", "save"):
        yield from _open_dialog(d)
        if how == "button":
            d.shot("referral")
        dialog = d.dialog(ReferralDialog)
        if how == "preview":
            yield d.until(lambda: _shown(d).preview_button.isEnabled(), "a service chosen")
            yield d.click(dialog.preview_button)
            yield d.until(lambda: _shown(d).preview.page_count > 0, "the preview shown", 60)
            yield d.click(dialog.preview.zoom_in_button)
            d.shot("referral-preview")
        if how == "save":
            yield from _save(d, dialog)
        if how == "escape":
            yield d.key(dialog, Qt.Key.Key_Escape)
        elif how == "window":
            yield d.until_settled(dialog)
            yield d.pause(0.2)
            yield d.wm_close(dialog)
        else:
            yield d.click(d.button("Close", root=dialog))
        del dialog  # the journey must not keep the closed dialog alive: the app alone decides
        yield d.until(lambda: d.dialog(QDialog) is None, f"the dialog closed ({how})")
        # The database thread keeps working after the dialog is gone.
        yield d.until(lambda: main.stack.currentWidget() is main.result, "the result again")
        yield d.click(main.result.close_button)
        yield d.until(lambda: main.stack.currentWidget() is main.cases, "the case list")
        yield from open_case(d, finalised=True)
    yield from quit_app(d)
