"""Zip entries compressed in a helper process: the same zip as zipfile writes here, and a
clear failure (never a hang or a half-written success) when the helper or the target fails."""

from __future__ import annotations

import io
import sys
import zipfile
from typing import Any

import pytest

from fieldapp.exports import zip_helper
from fieldapp.exports.zip_helper import ZipHelperStopped, zip_entries

# Enough for several batches and several copied chunks.
ENTRIES = [(f"forms/f/instances/uuid{n:05d}/submission.xml",
            (f"<data><n>{n}</n><t>Zoë العربية</t>" + "<x/>" * (n % 700) + "</data>").encode())
           for n in range(3000)]


def written(parallel: bool) -> bytes:
    target = io.BytesIO()
    with zip_entries(target, parallel=parallel) as zf:
        for name, data in ENTRIES:
            zf.writestr(name, data)
    return target.getvalue()


def entries(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.testzip() is None
        return [(name, zf.read(name)) for name in zf.namelist()]


def test_the_helper_writes_the_same_entries() -> None:
    assert sum(len(data) for _, data in ENTRIES) > 3 * (1 << 20)
    assert entries(written(parallel=True)) == entries(written(parallel=False)) == ENTRIES


def test_streamed_entries_are_the_same() -> None:
    def stream(parallel: bool) -> bytes:
        target = io.BytesIO()
        with zip_entries(target, parallel=parallel) as zf:
            zf.writestr("first.xml", ENTRIES[0][1])
            for part in range(2):
                with zf.open(f"big{part}.csv") as raw:
                    text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
                    for _, data in ENTRIES:
                        text.write(data.decode())
                    text.flush()
                    text.detach()
        return target.getvalue()

    expected = b"".join(data for _, data in ENTRIES).decode().encode("utf-8-sig")
    assert entries(stream(parallel=True)) == entries(stream(parallel=False)) == [
        ("first.xml", ENTRIES[0][1]), ("big0.csv", expected), ("big1.csv", expected)]


def test_no_helper_in_a_frozen_build(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_helper(*args: Any) -> None:
        raise AssertionError("a helper was started")

    monkeypatch.setattr(zip_helper, "_HelperZip", no_helper)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert entries(written(parallel=True)) == ENTRIES


class FailingTarget(io.BytesIO):
    def write(self, data: Any) -> int:
        raise OSError(28, "No space left on device")


def test_a_helper_that_cannot_start_leaves_zipfile_here(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zip_helper, "_HELPER_CODE", "raise SystemExit(1)")
    assert entries(written(parallel=True)) == ENTRIES


def test_a_failing_target_fails_the_export() -> None:
    with pytest.raises(OSError, match="No space"), \
            zip_entries(FailingTarget(), parallel=True) as zf:
        for name, data in ENTRIES:
            zf.writestr(name, data)


def test_a_helper_killed_half_way_fails_the_export() -> None:
    with pytest.raises(ZipHelperStopped), zip_entries(io.BytesIO(), parallel=True) as zf:
        assert isinstance(zf, zip_helper._HelperZip)
        for n, (name, data) in enumerate(ENTRIES):
            if n == 100:
                zf._process.kill()
            zf.writestr(name, data)
