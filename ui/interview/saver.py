"""Saving each answer as it is given, and keeping it when the disk refuses.

Every change of the session becomes one job on the database thread (one transaction). While
jobs are in flight the status says "Saving…", then "All answers saved". When a save fails
(disk full, vault damaged), the writes are kept in memory, the officer is told in plain words,
and the next save, or "Try again", sends them first: the screen never claims an answer is
saved before the vault has it, and nothing typed is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from fieldapp.errors import FieldappError
from fieldapp.interview import Change
from fieldapp.services.interviews import InterviewService, OpenInterview
from ui.gateway import VaultGateway

_T = QCoreApplication  # literal _T.translate calls: pyside6-lupdate finds them

Writes = tuple[tuple[str, Any], ...]

# Strings moved out of the interview panel keep its translation context.


class AnswerSaver(QObject):
    state_changed = Signal(str)  # "saving", "saved", "failed"
    failed = Signal(object)  # FieldappError

    def __init__(self, gateway: VaultGateway) -> None:
        super().__init__()
        self._gateway = gateway
        self._opened: OpenInterview | None = None
        self._in_flight = 0
        self._unsaved: dict[str, Any] = {}
        self._unsaved_values: dict[str, Any] = {}
        self._unsaved_position: str | None = None
        self.state = "saved"

    def attach(self, opened: OpenInterview | None) -> None:
        self._opened = opened
        self._unsaved.clear()
        self._unsaved_values.clear()
        self._unsaved_position = None
        self._set_state("saved")

    @property
    def has_unsaved(self) -> bool:
        return bool(self._unsaved) or self._unsaved_position is not None

    def save(self, change: Change) -> None:
        """Queue ``change`` (together with anything a failed save left behind)."""
        opened = self._opened
        if opened is None or opened.read_only:
            return
        writes = {**self._unsaved, **dict(change.writes)}
        values = {**self._unsaved_values, **dict(change.values)}
        position = change.position if change.position is not None else self._unsaved_position
        self._unsaved.clear()
        self._unsaved_values.clear()
        self._unsaved_position = None
        if not writes and position is None:
            return
        batch: Writes = tuple(writes.items())
        self._in_flight += 1
        self._set_state("saving")

        def work(service: InterviewService) -> None:
            service.save_writes(opened.record.id, opened.form, batch, values, position)

        self._gateway.interviews(work, self._on_saved, self._keep(batch, values, position))

    def retry(self) -> None:
        self.save(Change())

    def _on_saved(self, _result: None) -> None:
        self._in_flight -= 1
        if self._in_flight == 0 and not self.has_unsaved:
            self._set_state("saved")

    def _keep(
        self, batch: Writes, values: dict[str, Any], position: str | None
    ) -> Callable[[FieldappError], None]:
        def keep(error: FieldappError) -> None:
            self._in_flight -= 1
            # Later answers to the same question win over the ones kept here.
            self._unsaved = {**dict(batch), **self._unsaved}
            self._unsaved_values = {**values, **self._unsaved_values}
            if self._unsaved_position is None:
                self._unsaved_position = position
            self._set_state("failed")
            self.failed.emit(error)

        return keep

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)


class SaveNotice(QObject):
    """What the officer sees of saving: a status line, and a banner with "Try again" while
    saves fail (the panel places the widgets)."""

    def __init__(self, saver: AnswerSaver, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setProperty("role", "status")
        self.banner = QLabel()
        self.banner.setProperty("role", "banner")
        self.banner.setWordWrap(True)
        self.retry_button = QPushButton(_T.translate("InterviewPanel", "Try again"))
        self.retry_button.clicked.connect(saver.retry)
        self.banner_row = QWidget()
        row = QHBoxLayout(self.banner_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.banner, 1)
        row.addWidget(self.retry_button)
        self.banner_row.hide()
        saver.state_changed.connect(self._on_saver_state_changed)
        saver.failed.connect(self._on_saver_failed)

    def _on_saver_state_changed(self, state: str) -> None:
        self.status.setText({
            "saving": _T.translate("InterviewPanel", "Saving…"),
            "saved": _T.translate("InterviewPanel", "All answers saved"),
            "failed": _T.translate("InterviewPanel", "Not saved yet"),
        }[state])
        if state != "failed":
            self.banner_row.hide()

    def _on_saver_failed(self, error: FieldappError) -> None:
        from ui.problems import plain_message

        self.banner.setText(plain_message(error) + " " + _T.translate(
            "InterviewPanel",
            "Your answers stay on the screen and are saved as soon as it works again."))
        self.banner_row.show()
