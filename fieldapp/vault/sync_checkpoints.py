"""Checkpoints of the write-ahead log during an import of many bundles, beside the writer.

With ``journal_mode = WAL`` a commit appends the pages it changed to the log; SQLite's
automatic checkpoint then copies them into the database file, in the committing thread, once
the log holds 1,000 pages: after every bundle of an import (a bundle writes some 5,000). That
copy is reads and writes of pages already encrypted, system calls during which SQLite lets go
of the interpreter, so :class:`Checkpointer` moves it to a second connection in a thread, on
the other core, while the importer applies the next bundle. At most one checkpoint runs at a
time and each bundle's waits for the one before it, so the log never holds more than two
bundles' pages (the writer starts the log again from its beginning once a checkpoint has
copied all of it).

Nothing about durability changes: a commit is on disk once it is in the log
(``synchronous = FULL``), and a checkpoint only copies committed pages. When the second
connection cannot be opened or a checkpoint fails, the writer checkpoints itself again as
before, from its next commit.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from types import TracebackType

from fieldapp.errors import FieldappError
from fieldapp.vault.database import Connection, DatabaseError, open_database


class Checkpointer:
    """While open, ``writer`` does not checkpoint; :meth:`committed` has a thread do it (unless
    not ``enabled``: then the writer checkpoints as always)."""

    def __init__(self, writer: Connection, database: Path, key: bytes, *,
                 enabled: bool = True) -> None:
        self._enabled = enabled
        self._writer = writer
        self._database = database
        self._key: bytes | None = key
        self._pending = threading.Semaphore(0)
        self._idle = threading.Event()
        self._ready = threading.Event()
        self._stopping = False
        self._working = False  # the thread's connection is open and its checkpoints succeed
        self._writer_off = False  # the writer's own checkpoints are turned off
        self._automatic = 1000
        self._thread = threading.Thread(target=self._run, name="wal-checkpoints", daemon=True)

    @property
    def working(self) -> bool:
        """Whether checkpoints run in the thread (else the writer makes its own)."""
        return self._writer_off

    def __enter__(self) -> Checkpointer:
        if not self._enabled:
            return self
        self._automatic = int(self._writer.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
        self._thread.start()
        self._ready.wait()
        if self._working:
            self._writer.execute("PRAGMA wal_autocheckpoint = 0")
            self._writer_off = True
        return self

    def committed(self) -> None:
        """The writer committed: checkpoint that (after the checkpoint still running)."""
        if not self._writer_off:
            return
        self._idle.wait()
        if not self._working:  # the last one failed: the writer checkpoints again
            self._writer_back_on()
            return
        self._idle.clear()
        self._pending.release()

    def _writer_back_on(self) -> None:
        if self._writer_off:
            self._writer_off = False
            with contextlib.suppress(DatabaseError):
                self._writer.execute(f"PRAGMA wal_autocheckpoint = {self._automatic}")

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if not self._enabled:
            return
        if self._thread.is_alive():
            self._idle.wait()
            self._stopping = True
            self._pending.release()
            self._thread.join()
        self._writer_back_on()

    def _run(self) -> None:
        key, self._key = self._key, None
        connection: Connection | None = None
        try:
            connection = open_database(self._database, key or b"")
        except (FieldappError, DatabaseError, OSError, ValueError):
            pass  # the writer keeps its own checkpoints
        finally:
            del key
            self._working = connection is not None
            self._idle.set()
            self._ready.set()
        if connection is None:
            return
        try:
            while True:
                self._pending.acquire()
                if self._stopping:
                    return
                try:
                    # PASSIVE: copies what is committed without ever waiting for the writer.
                    connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except DatabaseError:
                    self._working = False
                    return
                finally:
                    self._idle.set()
        finally:
            connection.close()
