"""Reading an export's interviews in a helper process, while the export writes on another core.

Reading 100,000 revisions out of SQLCipher (decrypting and checking 900 MB of pages) is a
quarter to a third of a large export's time, and it cannot overlap the writing inside one
process: SQLite releases the interpreter for each step of the cursor only, and taking it back
after every row behind a busy writer costs more than the reading. So for a large export
:func:`read_interviews` starts one helper interpreter that opens the vault with its own
connection, runs the export's query and sends back the rows in batches, each revision cut
down to its end from its values on (decoded here). The vault key goes to the
helper through its pipe (never a file or the command line) and is wiped there once the
database is open; nothing the helper reads touches the disk. Frozen builds (whose executable is
the app, not an interpreter), a laptop whose content is sealed per officer (only this
account's keyring opens it, and it never leaves this process), small exports and any failure
to start or keep the helper read in the export's own process instead, from the first
interview the helper did not deliver: the helper changes the speed, never the output.
"""

from __future__ import annotations

import contextlib
import pickle
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from fieldapp import helper_process
from fieldapp.exports.source import (
    VALUES_KEY,
    ExportInterview,
    interview_of,
    interviews_query,
    iter_interviews,
    revision_content,
    revision_values,
    tail_values,
    values_tail,
)
from fieldapp.helper_process import receive, send, widen
from fieldapp.services.case_filter import CaseFilter
from fieldapp.vault.content_migration import content_sealed
from fieldapp.vault.database import Connection, open_database

PARALLEL_MIN_INTERVIEWS = 2_000
_BATCH = 64  # rows a message: about 350 KB of values
_HELPER_CODE = "from fieldapp.exports.reader import serve; serve()"


@dataclass(frozen=True)
class VaultAccess:
    """What the helper needs to open the vault the export reads."""

    database: Path
    key: bytes
    read_only: bool


# -- the helper's side (the pipe: fieldapp.helper_process) ------------------------------------

def _cut(row: Sequence[Any]) -> tuple[Any, ...]:
    """A row as sent: the record's columns and the end of its revision holding its values
    (cut, not decoded: the export decodes it)."""
    return (*row[:13], values_tail(str(row[13])))


def serve(requests: IO[bytes] | None = None, replies: IO[bytes] | None = None) -> None:
    """The helper: (database, key, read-only, query, parameters) in, batches of rows out,
    then None."""
    source = requests or sys.stdin.buffer
    sink = replies or sys.stdout.buffer
    widen(sink)
    try:
        database, secret, read_only, sql, params = receive(source)
        try:
            connection = open_database(Path(database), bytes(secret), read_only=read_only)
        finally:
            secret[:] = bytes(len(secret))
        with contextlib.closing(connection):
            cursor = connection.execute(sql, params)
            while rows := cursor.fetchmany(_BATCH):
                send(sink, [_cut(row) for row in rows])
        send(sink, None)
    except (EOFError, BrokenPipeError):
        return


# -- the export's side ------------------------------------------------------------------------

class _Helper:
    """One helper process reading one query."""

    def __init__(self, access: VaultAccess, sql: str, params: tuple[Any, ...]) -> None:
        self._process = helper_process.start(_HELPER_CODE)
        assert self._process.stdin is not None and self._process.stdout is not None
        self._replies: IO[bytes] = self._process.stdout
        widen(self._replies)
        try:
            secret = bytearray(access.key)
            send(self._process.stdin, (str(access.database), secret, access.read_only,
                                        sql, params))
            secret[:] = bytes(len(secret))
        finally:
            self._process.stdin.close()

    def batches(self) -> Iterator[list[tuple[Any, ...]]]:
        while (batch := receive(self._replies)) is not None:
            if not isinstance(batch, list):
                raise EOFError("the helper sent something else")
            yield batch

    def stop(self) -> None:
        # Our end closed first: a helper blocked on writing a batch nobody will read then
        # fails at once instead of waiting for the timeout below.
        with contextlib.suppress(OSError):
            self._replies.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def _decoded(connection: Connection, row: tuple[Any, ...]) -> ExportInterview:
    tail = str(row[13])
    values = tail_values(tail)
    if values is not None:
        return interview_of(row, values, {})
    # Another layout: decoded whole, as iter_interviews does (read again here when only its
    # end was sent).
    whole = (revision_content(connection, int(row[0]), int(row[8]))
             if tail.startswith(VALUES_KEY) else tail)
    values, answers = revision_values(whole)
    return interview_of(row, values, answers)


def read_interviews(
    connection: Connection, access: VaultAccess | None, form_id: str | None = None,
    case_filter: CaseFilter | None = None, *, parallel: bool = True,
) -> Iterator[ExportInterview]:
    """What :func:`~fieldapp.exports.source.iter_interviews` yields, read by a helper process
    when ``parallel`` and ``access`` allow one and this is not a frozen build."""
    last: int | None = None
    # Content sealed per officer (a shared laptop) opens only with this account's keyring,
    # which stays in this process: the helper reads supervisor vaults and unsealed laptops.
    if (parallel and access is not None and not getattr(sys, "frozen", False)
            and not content_sealed(connection)):
        sql, params = interviews_query(connection, form_id, case_filter)
        helper: _Helper | None = None
        try:
            helper = _Helper(access, sql, params)
            for batch in helper.batches():
                for row in batch:
                    interview = _decoded(connection, row)
                    last = int(row[0])
                    yield interview
            return
        except (OSError, EOFError, pickle.UnpicklingError, ValueError):
            pass  # the helper failed or died (out of memory, killed): go on reading here
        finally:
            if helper is not None:
                helper.stop()
    yield from iter_interviews(connection, form_id, case_filter, after_id=last)
