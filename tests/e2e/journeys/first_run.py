"""Items 2, 3 and 4: first run, set-up, enrolment with the supervisor's file (a wrong code
first), Lock, and signing in again without restarting."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from tests.e2e.driver import Driver
from tests.e2e.steps import Steps, no_dialog, quit_app, started

USER = "amira"
PASSWORD = "a long fictional passphrase"


def journey(d: Driver) -> Steps:
    yield from started(d)
    main = d.main_window()
    yield d.until(lambda: main.stack.currentWidget() is main.setup, "the set-up screen")
    no_dialog(d)
    d.shot("setup")
    setup = main.setup
    yield d.type(setup.user, USER)
    yield d.type(setup.password, PASSWORD)
    yield d.type(setup.again, PASSWORD)
    yield d.click(setup.button)
    yield d.until(lambda: main.stack.currentWidget() is main.enrollment, "the enrolment step",
                  60)
    no_dialog(d)
    panel = main.enrollment
    yield d.type(panel.file, os.environ["FIELDAPP_E2E_ENROLLMENT"])
    yield d.type(panel.code, "AAAA-BBBB-CCCC-DDDD")
    yield d.click(panel.enrol_button)
    yield d.until(lambda: panel.enrol_button.isEnabled() and panel.feedback.text(),
                  "the wrong code refused")
    message = panel.feedback.text()
    d.expect(message[:1].isupper() and message.rstrip().endswith("."),
             f"the refusal is a whole sentence, not {message!r}")
    yield d.later(panel.code.clear, "clear the code")
    yield d.type(panel.code, os.environ["FIELDAPP_E2E_CODE"].lower())
    yield d.key(panel.code, Qt.Key.Key_Return)
    yield d.until(lambda: "Example Outreach" in panel.feedback.text(), "enrolled", 60)
    d.shot("enrolled")
    code = panel.form.laptop_code
    d.expect(code.isVisible() and len(code.text().replace("-", "")) == 16,
             "this laptop's code is shown on its own")
    face = QFontInfo(code.font())
    d.expect(face.fixedPitch(), f"the code is in a monospace face, not {face.family()}")
    d.expect(face.pixelSize() >= 1.5 * QFontInfo(QApplication.font()).pixelSize(),
             "the code is in large type")
    yield d.click(panel.skip_button)
    yield d.until(lambda: main.stack.currentWidget() is main.cases, "the case list")
    lock = d.button("Lock")
    yield d.click(lock)
    yield d.until(lambda: main.stack.currentWidget() is main.unlock, "the sign-in screen")
    boxes = main.unlock.user_box
    d.expect(boxes.currentText() == USER, f"the account {USER} is offered, not "
             f"{[boxes.itemText(i) for i in range(boxes.count())]}")
    yield d.type(main.unlock.password, "not the password")
    yield d.key(main.unlock.password, Qt.Key.Key_Return)
    yield d.until(lambda: "Wrong" in main.unlock.feedback.text()
                  and main.unlock.password.isEnabled(), "the wrong password refused", 60)
    yield d.type(main.unlock.password, PASSWORD)
    yield d.key(main.unlock.password, Qt.Key.Key_Return)
    yield d.until(lambda: main.stack.currentWidget() is main.cases, "signed in again", 60)
    no_dialog(d)
    yield from export_bundle(d, os.environ["FIELDAPP_E2E_STICK"])
    yield from quit_app(d)


def export_bundle(d: Driver, folder: str) -> Steps:
    """Sync, Export bundle…, the folder typed into the file dialog, and a bundle written
    (confirming 'Save a sync file anyway' when the app says nothing is new)."""
    main = d.main_window()
    yield d.later(main.sync_action.trigger, "the Sync screen")
    yield d.until(lambda: main.stack.currentWidget() is main.sync, "the Sync screen")
    yield d.click(main.sync.export_button)
    yield d.until(lambda: d.dialog(QFileDialog) is not None, "the folder dialog")
    dialog = d.dialog(QFileDialog)
    assert dialog is not None
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    d.expect(name is not None, "the folder dialog has a name field")
    yield d.type(name, folder)
    yield d.key(name, Qt.Key.Key_Return)
    del dialog, name
    yield d.until(lambda: d.dialog(QFileDialog) is None, "the folder dialog closed")
    yield d.until(lambda: any(Path(folder).iterdir()) or d.dialog(QMessageBox) is not None,
                  "a bundle or a question", 60)
    box = d.dialog(QMessageBox)
    if box is not None:
        yield d.click(d.button("Save a sync file anyway", root=box))
        del box
        yield d.until(lambda: any(Path(folder).iterdir()), "a bundle written", 60)
    no_dialog(d)
