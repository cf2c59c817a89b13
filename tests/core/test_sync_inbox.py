"""The supervisor's inbox folder: every file accounted for on every run.

A file still being copied is listed as skipped (not left out of the report); a file that stays
incomplete is filed as rejected after a while instead of being skipped forever; bundles from a
laptop that was not yet accepted are imported on their own once it is.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldapp.services.sync_import import GIVE_UP_SECONDS
from tests.core.test_sync_service_support import Office, make_office


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    built = make_office(tmp_path, laptops=1)
    yield built
    built.close()


def _age(path: Path, seconds: float) -> None:
    moment = time.time() - seconds
    os.utime(path, (moment, moment))


def _bundle(office: Office, index: int, number: int) -> bytes:
    office.record(index, number)
    result = office.laptop(index).export(office.folder(f"out{index}-{number}"))
    assert result.path is not None
    return result.path.read_bytes()


def test_a_file_still_being_copied_is_listed_as_skipped(office: Office) -> None:
    inbox = office.folder("inbox")
    (inbox / "fresh.fsb").write_bytes(_bundle(office, 0, 1))
    report = office.boss().import_inbox(inbox)
    [entry] = report.files
    assert (entry.file, entry.status, entry.reason) == ("fresh.fsb", "skipped", "still_copying")
    assert (inbox / "fresh.fsb").exists()


def test_a_file_that_stays_incomplete_is_filed_at_last(office: Office) -> None:
    inbox = office.folder("inbox")
    half = inbox / "half.fsb"
    half.write_bytes(_bundle(office, 0, 1)[:400])
    _age(half, 60)
    first = office.boss().import_inbox(inbox)
    assert [(e.status, e.reason) for e in first.files] == [("skipped", "truncated")]
    _age(half, GIVE_UP_SECONDS + 60)
    later = office.boss().import_inbox(inbox)
    [entry] = later.files
    assert (entry.status, entry.reason, entry.moved_to) == ("rejected", "truncated",
                                                            "rejected/half.fsb")
    assert "incomplete" in (entry.message or "")


def test_bundles_of_a_laptop_accepted_later_are_imported_then(office: Office) -> None:
    office.add_laptop("late", register=False)
    inbox = office.folder("inbox")
    early = inbox / "early.fsb"
    early.write_bytes(_bundle(office, 1, 1))
    _age(early, 60)
    first = office.boss().import_inbox(inbox)
    [entry] = first.files
    assert (entry.status, entry.reason) == ("rejected", "unknown_device")
    assert not early.exists()
    registration = next((office.root / "late-registration").glob("*.fsd"))
    from fieldapp.sync import read_registration
    code = read_registration(registration.read_bytes()).fingerprint()
    office.boss().register_device(registration, code)
    later = office.boss().import_inbox(inbox)
    assert [(e.file, e.status) for e in later.files] == [("early.fsb", "imported")]
    assert later.files[0].moved_to == "processed/early.fsb"
    again = office.boss().import_inbox(inbox)
    assert again.files == ()
