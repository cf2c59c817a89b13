"""Progress and cancellation of long sync jobs, as plain objects any front end can adapt.

An import of many bundles reports an :class:`ImportProgress` before each file is applied and
while the interviews received are being shown, through a plain callback, and checks a
:class:`CancelToken` between files. The GUI turns the callback into a signal and wires a
Cancel button to :meth:`CancelToken.cancel` (safe from any thread); the CLI passes nothing.
Cancelling never interrupts a bundle half-way: each bundle is one transaction, so a cancelled
import leaves whole bundles imported and the rest untouched.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from fieldapp.services.sync_errors import ImportCancelled

APPLYING = "applying"
SHOWING = "showing"
DONE = "done"


@dataclass(frozen=True)
class ImportProgress:
    """Where an import stands: ``done`` of ``total`` files, the current one and its stage."""

    done: int
    total: int
    current: str
    stage: str


Progress = Callable[[ImportProgress], None]


def no_progress(_progress: ImportProgress) -> None:
    """The callback used when the caller wants none."""


class CancelToken:
    """Set once by whoever wants the job to stop; read by the job between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`ImportCancelled` once :meth:`cancel` was called."""
        if self._event.is_set():
            raise ImportCancelled()
