"""Vault figures: database open after unlock, and one answer saved durably.

The answer save is compared with a bare sqlcipher3 ``INSERT`` + ``COMMIT`` of the same row on
a connection with the same pragmas, measured in the same run, so the ratio holds on a noisy
shared machine even when absolute times move.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.table import BenchRow, median, percentile
from fieldapp.vault import interviews
from fieldapp.vault.database import open_database
from fieldapp.vault.migrations import migrate

ROUNDS = 300


def _timed(function: object, rounds: int) -> list[float]:
    samples = []
    for index in range(rounds):
        start = time.perf_counter()
        function(index)  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return samples


def run() -> list[BenchRow]:
    rows: list[BenchRow] = []
    with tempfile.TemporaryDirectory(dir=Path.cwd(), prefix=".bench-") as work:
        key = os.urandom(32)
        path = Path(work) / "vault.db"
        connection = open_database(path, key, create=True)
        migrate(connection)
        record = interviews.create_interview(
            connection, form_id="f", form_version="1", language="en", interviewer="o"
        )
        connection.close()

        opens = _timed(lambda _i: open_database(path, key).close(), 30)
        rows.append(BenchRow("database open after unlock (median)", median(opens) * 1000, "ms",
                             "< 5 ms", median(opens) < 0.005))

        connection = open_database(path, key)
        bare = open_database(Path(work) / "bare.db", key, create=True)
        bare.execute("CREATE TABLE answers (interview_id INTEGER, path TEXT, value TEXT,"
                     " updated_at TEXT, PRIMARY KEY (interview_id, path)) WITHOUT ROWID")

        def save(index: int) -> None:
            interviews.save_answers(
                connection, record.id, [(f"/data/q{index % 50}", f"yes {index}")]
            )

        def bare_insert(index: int) -> None:
            bare.execute("BEGIN IMMEDIATE")
            # The same row the app writes: value and timestamp change every time.
            bare.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)",
                         (1, f"/data/q{index % 50}", f'"yes {index}"',
                          datetime.now(UTC).isoformat(timespec="milliseconds")))
            bare.execute("COMMIT")

        # Interleave to share the machine's noise fairly.
        app_samples: list[float] = []
        bare_samples: list[float] = []
        for index in range(ROUNDS):
            app_samples += _timed(lambda _i, n=index: save(n), 1)
            bare_samples += _timed(lambda _i, n=index: bare_insert(n), 1)
        ratio = median(app_samples) / median(bare_samples)
        rows += [
            BenchRow("answer saved durably (median)", median(app_samples) * 1000, "ms"),
            BenchRow("answer saved durably (p95)", percentile(app_samples, 0.95) * 1000, "ms"),
            BenchRow("bare sqlcipher insert+commit (median)", median(bare_samples) * 1000, "ms"),
            BenchRow("answer save / bare insert", ratio, "x", "<= 1.5x", ratio <= 1.5),
        ]
        connection.close()
        bare.close()
    return rows
