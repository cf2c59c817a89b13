"""The bundle reader's helper process changes the speed of an import, never its outcome."""

from __future__ import annotations

from pathlib import Path

from fieldapp.services.sync_reader import BundleReader, ReadBundle, ReadFailure, read_one
from fieldapp.sync import DeviceIdentity, SupervisorIdentity
from tests.core.test_sync_service_support import interview_bundle, interview_records

SUPERVISOR = SupervisorIdentity.generate()
DEVICE = DeviceIdentity.generate()
KNOWN = {DEVICE.device_id: DEVICE.public_key_bytes}


def _files(folder: Path) -> list[Path]:
    paths = []
    for number in range(4):
        data = interview_bundle(DEVICE, SUPERVISOR.public_keys(),
                                interview_records(DEVICE, 20, first=number * 20),
                                sequence=number + 1)
        if number == 2:
            data = data[:-3]  # one damaged file among them
        path = folder / f"{number}.fsb"
        path.write_bytes(data)
        paths.append(path)
    return paths


def _summary(read: ReadBundle | ReadFailure) -> object:
    if isinstance(read, ReadFailure):
        return read.reason
    return (read.manifest.sequence, len(read.records), read.records[0].content_hash)


def test_the_helper_reads_exactly_what_the_importer_would(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    expected = [_summary(read_one(path, SUPERVISOR, KNOWN)) for path in paths]
    assert expected[2] == "truncated"
    with BundleReader(SUPERVISOR, KNOWN, paths) as reader:
        assert reader.parallel
        assert [_summary(read) for _path, read in reader] == expected
    with BundleReader(SUPERVISOR, KNOWN, paths, parallel=False) as reader:
        assert not reader.parallel
        assert [_summary(read) for _path, read in reader] == expected


def test_a_helper_that_dies_is_replaced_by_reading_here(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    expected = [_summary(read_one(path, SUPERVISOR, KNOWN)) for path in paths]
    got = []
    with BundleReader(SUPERVISOR, KNOWN, paths) as reader:
        for index, (_path, read) in enumerate(reader):
            got.append(_summary(read))
            if index == 0:
                helper = reader._helper  # the test reaches in to kill it
                assert helper is not None
                helper._process.kill()
                helper._process.wait()
        assert not reader.parallel
    assert got == expected
