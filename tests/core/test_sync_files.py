"""Sync files on disk: atomic writes, bounded reads, opaque names, records' own rules."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from fieldapp.sync.errors import FileKind, FileTooLarge, InvalidRecord, SyncFileUnavailable
from fieldapp.sync.files import opaque_file_name, read_sync_file, write_atomic
from fieldapp.sync.keys import DeviceIdentity
from fieldapp.sync.records import SyncRecord


def test_write_atomic_replaces_whole_files_and_leaves_no_temporaries(tmp_path: Path) -> None:
    target = tmp_path / "out.fsb"
    write_atomic(target, b"first")
    write_atomic(target, b"second version")
    assert target.read_bytes() == b"second version"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.fsb"]


def test_write_atomic_failure_is_typed_and_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.fsr"
    write_atomic(target, b"old")
    with pytest.raises(SyncFileUnavailable) as caught:
        write_atomic(tmp_path / "missing-dir" / "x.fsr", b"new")
    assert "x.fsr" in caught.value.message
    # A directory in the way of the final rename: the old content must survive untouched.
    (tmp_path / "blocked.fsr").mkdir()
    with pytest.raises(SyncFileUnavailable):
        write_atomic(tmp_path / "blocked.fsr", b"new")
    assert target.read_bytes() == b"old"
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".partial")]


def test_read_sync_file_bounds_and_errors(tmp_path: Path) -> None:
    path = tmp_path / "a.fse"
    path.write_bytes(b"x" * 100)
    assert read_sync_file(path, FileKind.ENROLLMENT, max_bytes=100) == b"x" * 100
    with pytest.raises(FileTooLarge):
        read_sync_file(path, FileKind.ENROLLMENT, max_bytes=99)
    with pytest.raises(SyncFileUnavailable):
        read_sync_file(tmp_path / "absent.fse", FileKind.ENROLLMENT, max_bytes=100)


def test_opaque_names_say_nothing_but_the_kind() -> None:
    names = {opaque_file_name(b"Amal Haddad, Tbilisi", kind) for kind in FileKind}
    assert len(names) == len(FileKind)
    for name in names:
        assert re.fullmatch(r"[0-9a-f]{20}\.fs[bredu]", name)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_unreadable_file_is_typed(tmp_path: Path) -> None:
    path = tmp_path / "locked.fsb"
    path.write_bytes(b"x")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # running as root: permissions do not apply
            pytest.skip("permissions are not enforced for this user")
        with pytest.raises(SyncFileUnavailable):
            read_sync_file(path, FileKind.BUNDLE, max_bytes=10)
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize("fields", [
    ("Interview", "0f8e7c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b", 1, {}),
    ("referral", "not-a-uuid", 1, {}),
    ("referral", "0f8e7c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b", 0, {}),
    ("referral", "0f8e7c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b", True, {}),
    ("referral", "0f8e7c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b", 1, ["list"]),
    ("referral", "0f8e7c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b", 1, {"x": float("nan")}),
    ("referral", "0f8e7c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b", 1, {"x": {1, 2}}),
    ("referral", "0f8e7c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b", 1, {"x": "\ud800"}),
])
def test_records_refuse_what_cannot_be_synced(fields: tuple[object, ...]) -> None:
    kind, uuid, revision, body = fields
    with pytest.raises(InvalidRecord):
        SyncRecord(kind, uuid, revision, "a" * 32, body)  # type: ignore[arg-type]


def test_content_hash_follows_content_only() -> None:
    device = DeviceIdentity.generate()
    uuid = "0f8e7c1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b"
    first = SyncRecord("referral", uuid, 2, device.device_id, {"b": 1, "a": [1, "x"]})
    same = SyncRecord("referral", uuid, 2, device.device_id, {"a": [1, "x"], "b": 1})
    other = SyncRecord("referral", uuid, 2, device.device_id, {"a": [1, "y"], "b": 1})
    assert first.content_hash == same.content_hash != other.content_hash
    assert first == same and hash(first) == hash(same)
    assert re.fullmatch(r"[0-9a-f]{64}", first.content_hash)
    assert first.key == (uuid, 2)
