"""Start the real app through its entry point with a journey driving it from inside.

Run as ``python -X faulthandler -m tests.e2e.launcher JOURNEY [fieldapp arguments]``. The app
itself knows nothing of journeys: this wrapper only starts a watcher thread, then calls
:func:`fieldapp.cli.main` exactly as the ``fieldapp`` command does. Once the application object
exists the watcher posts one queued signal to the GUI thread, where the journey's
:class:`~tests.e2e.driver.Driver` takes over. A hard deadline dumps every thread's stack and
ends the process if the journey hangs.
"""

from __future__ import annotations

import faulthandler
import importlib
import os
import sys
import threading
import time
from typing import TextIO

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication

from fieldapp.cli import main
from tests.e2e.driver import Driver

HARD_DEADLINE_S = float(os.environ.get("FIELDAPP_E2E_DEADLINE", "150"))


class _Tee:
    """Standard output as printed, kept so that a journey can read what the officer reads
    in the terminal (the demo password)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.seen: list[str] = []

    def write(self, text: str) -> int:
        self.seen.append(text)
        return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()

    def __getattr__(self, name: str) -> object:
        return getattr(self.stream, name)


TEE = _Tee(sys.stdout)


class _Bridge(QObject):
    """Lives on the GUI thread; its queued signal carries the start over from the watcher."""

    ready = Signal()

    def __init__(self, journey: str) -> None:
        super().__init__()
        self.journey = journey
        self.driver: Driver | None = None
        self.ready.connect(self.start, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def start(self) -> None:
        module = importlib.import_module(f"tests.e2e.journeys.{self.journey}")
        scale = int(os.environ.get("FIELDAPP_E2E_SCALE", "100"))
        self.driver = Driver(self.journey, module.journey, scale=scale)
        self.driver.start()


def _watch(bridge: _Bridge) -> None:
    while QApplication.instance() is None:
        time.sleep(0.02)
    bridge.ready.emit()


def run() -> int:
    journey, args = sys.argv[1], sys.argv[2:]
    sys.stdout = TEE
    faulthandler.enable()
    faulthandler.dump_traceback_later(HARD_DEADLINE_S, exit=True)
    bridge = _Bridge(journey)
    threading.Thread(target=_watch, args=(bridge,), daemon=True, name="e2e-watch").start()
    return main(args)


if __name__ == "__main__":
    sys.exit(run())
