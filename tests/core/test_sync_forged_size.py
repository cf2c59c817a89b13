"""A huge file with a real bundle header but a forged signature is refused unread.

The outer signature covers the header, which names the ciphertext's length and hash, so the
supervisor checks it from the first bytes and never reads the body of a forged file.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from fieldapp.services import sync_enrollment
from fieldapp.services.sync_reader import ReadFailure, read_one
from fieldapp.sync.bundle_layout import HEADER_BYTES, SIGNED_HEADER_BYTES
from fieldapp.vault import sync_store
from tests.core.test_sync_service_support import Office, make_office

BODY = 64 * 1024 * 1024


def _forged(office: Office, folder: Path) -> Path:
    office.record(0, 1)
    real = office.laptop(0).export(office.folder("out")).path
    assert real is not None
    head = bytearray(real.read_bytes()[:HEADER_BYTES])
    head[SIGNED_HEADER_BYTES + 5] ^= 0x40  # a signature that does not verify
    forged = folder / "forged.fsb"
    with open(forged, "wb") as out:
        out.write(head)
        out.truncate(HEADER_BYTES + BODY)  # a body of zeros, sparse on disk
    return forged


def test_a_forged_header_is_refused_without_reading_the_body(tmp_path: Path) -> None:
    office = make_office(tmp_path, laptops=1)
    try:
        forged = _forged(office, tmp_path)
        vault = office.supervisor
        identity = sync_enrollment.supervisor_identity(vault, "import")
        known = sync_store.known_devices(vault.connection)
        tracemalloc.start()
        try:
            read = read_one(forged, identity, known)
            _size, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    finally:
        office.close()
    assert isinstance(read, ReadFailure) and read.reason == "bad_outer_signature"
    assert peak < BODY // 16, f"{peak} bytes held to refuse a forged file"
