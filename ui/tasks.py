"""Running work off the GUI thread: one database thread, results back on the GUI thread.

Following the small-builder pattern: a caller submits a plain function together with success
and failure callbacks; the function runs on the single database thread that owns the SQLCipher
connection (sqlcipher3 connections are bound to the thread that opened them, so the vault is
unlocked there and every query runs there); the callbacks run later on the GUI thread, in the
order the jobs were submitted. Expected failures arrive as :class:`FieldappError`; SQLite and
OS errors that have a plain meaning (disk full, damaged file) are translated first. Tests swap
in :class:`ImmediateRunner`, which runs everything at once on the calling thread.

Long work reports progress and is cancelled through :class:`Progress`, which the core sees only
as two plain callables (``report(done, total)`` and ``cancelled()``).
"""

from __future__ import annotations

import itertools
import queue
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal

from fieldapp.errors import FieldappError
from fieldapp.vault.database import translate_error

T = TypeVar("T")
Success = Callable[[Any], None]
Failure = Callable[[FieldappError], None]


class UnexpectedProblem(FieldappError):
    """A bug, not something the officer did: shown plainly, details on stderr for support."""

    def __init__(self) -> None:
        super().__init__(
            "something went wrong inside the app; what was saved before is kept. "
            "Close the app and open it again; if it happens again, tell your supervisor"
        )


def as_expected_failure(error: BaseException) -> FieldappError:
    """The error the officer should see for ``error``."""
    if isinstance(error, FieldappError):
        return error
    translated = translate_error(error) if isinstance(error, Exception) else None
    if translated is not None:
        return translated
    # Only the stack (code lines) is printed, never local values: no answers reach stderr.
    traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)
    return UnexpectedProblem()


class TaskRunner(Protocol):
    def submit(
        self,
        job: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Failure | None = None,
    ) -> None: ...

    def shutdown(self) -> None: ...


class Progress(QObject):
    """Progress and cancellation of one long job, readable from any thread."""

    changed = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self.changed.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Job:
    """One submitted job, its callbacks and, once run, its outcome.

    Owned by the GUI thread: the database thread only borrows it while running it. A job's
    function and callbacks usually hold the screen that asked for them (a dialog, through a
    bound method or a closure); if the database thread dropped the last reference, the
    widget would be deleted there, outside the GUI thread, and Qt would crash. So every job
    stays in :attr:`DatabaseThread._jobs_owned` until its callback has run on the GUI
    thread, and the database thread keeps no reference once it has signalled the end.
    """

    __slots__ = ("callback", "number", "on_failure", "on_success", "run", "value")

    def __init__(self, number: int, run: Callable[[], Any],
                 on_success: Callable[[Any], None] | None, on_failure: Failure | None) -> None:
        self.number = number
        self.run: Callable[[], Any] | None = run
        self.on_success = on_success
        self.on_failure = on_failure
        self.callback: Callable[[Any], None] | None = None
        self.value: Any = None

    def execute(self) -> None:
        """On the database thread: run the job and keep its outcome for the GUI thread."""
        assert self.run is not None
        try:
            self.value = self.run()
            self.callback = self.on_success
        except BaseException as error:
            self.value = as_expected_failure(error)
            self.callback = self.on_failure
            # The traceback holds the job's frames (and through them the screen): dropped
            # here, while the GUI thread still owns the job.
            error.__traceback__ = None


class DatabaseThread(QObject):
    """One worker thread for every database job; callbacks come back on the GUI thread."""

    busy_changed = Signal(bool)
    _finished = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._jobs_owned: dict[int, _Job] = {}  # read and changed on the GUI thread only
        self._numbers = itertools.count(1)
        self._finished.connect(self._on_finished)
        self._thread = threading.Thread(target=self._work, name="fieldapp-db", daemon=True)
        self._thread.start()

    @property
    def pending(self) -> int:
        return len(self._jobs_owned)

    def submit(
        self,
        job: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Failure | None = None,
    ) -> None:
        entry = _Job(next(self._numbers), job, on_success, on_failure)
        self._jobs_owned[entry.number] = entry
        if len(self._jobs_owned) == 1:
            self.busy_changed.emit(True)
        self._jobs.put(entry)

    def _work(self) -> None:
        while True:
            entry = self._jobs.get()
            if entry is None:
                return
            entry.execute()
            number = entry.number
            del entry  # before the signal: the GUI thread must hold the last reference
            self._finished.emit(number)

    def _on_finished(self, number: int) -> None:
        entry = self._jobs_owned.pop(number)
        if not self._jobs_owned:
            self.busy_changed.emit(False)
        callback, value = entry.callback, entry.value
        entry.run = entry.on_success = entry.on_failure = entry.callback = None
        if callback is not None:
            callback(value)
        elif isinstance(value, FieldappError):
            print(f"fieldapp: {value}", file=sys.stderr)

    def shutdown(self, timeout: float = 10.0) -> None:
        """Finish the queued jobs (saves, the lock) and stop the thread."""
        self._jobs.put(None)
        self._thread.join(timeout)


class ImmediateRunner:
    """Runs each job at once on the calling thread (tests, and the CLI-style demo set-up)."""

    pending = 0

    def submit(
        self,
        job: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Failure | None = None,
    ) -> None:
        try:
            value = job()
        except BaseException as error:
            failure = as_expected_failure(error)
            if on_failure is None:
                raise failure from error
            on_failure(failure)
            return
        if on_success is not None:
            on_success(value)

    def shutdown(self) -> None:
        return None
