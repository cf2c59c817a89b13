"""Sync format figures: write and read a 1,000-record bundle, and records/s of read+verify.

The records are fictional interview revisions of about 3 KB of JSON each (100 answers), the
size of a finished screening. Reading covers everything before the database: structure, outer
signature, ciphertext hash, age decryption, manifest signature and checks, decompression and
every record's parse and validation. The importer target (10,000 interviews/s on 2 cores,
database included) leaves this step a share of 100 ms per 1,000 interviews.
"""

from __future__ import annotations

import random
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from benchmarks.table import BenchRow, median
from fieldapp.sync.bundle import read_bundle, write_bundle
from fieldapp.sync.keys import DeviceIdentity, SupervisorIdentity
from fieldapp.sync.records import SyncRecord

RECORDS = 1000
ROUNDS = 7
_CHOICES = ("yes", "no", "unknown", "declined", "a short free-text answer of a few words")


def _records(device: DeviceIdentity) -> list[SyncRecord]:
    rng = random.Random(20240501)
    records = []
    for _ in range(RECORDS):
        answers = {f"/data/section_{n // 10}/q_{n}": rng.choice(_CHOICES) for n in range(100)}
        body: dict[str, Any] = {
            "form_id": "rapid_screening", "form_version": "2024.1", "language": "en",
            "status": "finalised", "answers": answers,
            "result": {"dimensions": [1, 0, 1, 0, 1, 1], "level": "refer"},
            "started_at": "2024-05-01T09:00:00Z", "finalised_at": "2024-05-01T09:25:00Z",
        }
        records.append(SyncRecord("interview_revision", str(uuid.UUID(int=rng.getrandbits(128))),
                                  1, device.device_id, body))
    return records


def run() -> list[BenchRow]:
    device, supervisor = DeviceIdentity.generate(), SupervisorIdentity.generate()
    records = _records(device)
    known = {device.device_id: device.public_key_bytes}
    writes, reads = [], []
    data = b""
    for _ in range(ROUNDS):
        start = time.perf_counter()
        data = write_bundle(records, device=device, sequence=1,
                            recipients=supervisor.public_keys(), app_version="1",
                            schema_version=1, created_at=datetime.now(UTC))
        writes.append(time.perf_counter() - start)
        start = time.perf_counter()
        verified = read_bundle(data, known_devices=known, supervisor=supervisor)
        reads.append(time.perf_counter() - start)
        assert len(verified.records) == RECORDS
    write_ms, read_ms = median(writes) * 1000, median(reads) * 1000
    plain_kib = sum(len(record.wire) for record in records) / 1024
    note = f"{plain_kib:,.0f} KiB of JSON, {len(data) / 1024:,.0f} KiB on disk"
    return [
        BenchRow("sync: write 1,000-record bundle (median)", write_ms, "ms", "< 1000 ms",
                 write_ms < 1000, note),
        BenchRow("sync: read+verify+decrypt 1,000 records (median)", read_ms, "ms", "< 50 ms",
                 read_ms < 50, "JSON parsing is most of it"),
        BenchRow("sync: records read+verified per second", RECORDS / median(reads), "rec/s",
                 ">= 20,000", RECORDS / median(reads) >= 20_000, "one core"),
    ]
