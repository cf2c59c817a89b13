"""Hostile sync files through the real use cases: only clean, typed errors, nothing applied.

Valid bundle, receipt, enrollment and update files are mutated by Hypothesis (bytes flipped,
cut, inserted, spliced from another kind of file) and handed to the supervisor's importer and
the laptop's receipt, enrollment and update commands. A bundle must come back as a rejected
file in the report; the others must raise a :class:`~fieldapp.errors.FieldappError`; in every
case the vaults must not change. A bounded run by default; the slow marker runs many more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.errors import FieldappError
from fieldapp.sync import RetentionPolicy, Update, write_update
from fieldapp.vault import sync_store
from fieldapp.vault.database import Connection
from tests.core.test_sync_service_support import START, Office, make_office

DEFAULT = settings(max_examples=40, deadline=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture,
                                          HealthCheck.too_slow])
LONG = settings(max_examples=600, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Office, dict[str, bytes]]]:
    built = make_office(tmp_path_factory.mktemp("fuzz-office"), laptops=1,
                        retention=RetentionPolicy(30, True))
    built.record(0, 1)
    exported = built.laptop(0).export(built.folder("out"))
    assert exported.path is not None and built.enrollment is not None
    bundle = exported.path.read_bytes()
    built.boss().import_files([exported.path])
    [receipt] = built.boss().export_receipts(built.folder("receipts"))
    identity = sync_store.load_supervisor_identity(built.supervisor.connection)
    assert identity is not None
    update = write_update(Update(1, (), None, RetentionPolicy(1, False), START), identity)
    files = {"bundle": bundle, "receipt": receipt.read_bytes(),
             "enrollment": built.enrollment.read_bytes(), "update": update}
    yield built, files
    built.close()


@st.composite
def mutated(draw: st.DrawFn, original: bytes, others: list[bytes]) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["flip", "cut", "insert", "splice", "replace"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if how == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif how == "cut":
            data = data[:at]
        elif how == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif how == "splice":
            other = draw(st.sampled_from(others))
            data = data[:at] + other[at:]
        else:
            data = bytearray(draw(st.binary(max_size=64)))
    result = bytes(data)
    if result == original:
        result = original[:-1]
    return result


def _state(office: Office) -> tuple[object, ...]:
    def counts(connection: Connection) -> tuple[int, ...]:
        return tuple(
            int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("sync_bundles_in", "sync_records", "sync_outbox", "sync_settings",
                          "forms", "interviews", "interview_revisions", "referral_directory")
        )

    laptop = office.laptops[0].connection
    return (counts(office.supervisor.connection), counts(laptop),
            laptop.execute("SELECT value FROM sync_settings ORDER BY key").fetchall(),
            office.laptops[0].keystore.recovery_recipient)


def _check(office: Office, name: str, data: bytes, run: Callable[[Path], object]) -> None:
    path = office.folder("fuzz") / name
    path.write_bytes(data)
    before = _state(office)
    try:
        run(path)
    except FieldappError as error:
        assert str(error) and "\n" not in str(error)
    assert _state(office) == before


def _fuzz(kind: str, config: settings) -> Callable[[tuple[Office, dict[str, bytes]]], None]:
    def test(office: tuple[Office, dict[str, bytes]]) -> None:
        built, files = office
        others = [value for key, value in files.items() if key != kind]

        @config
        @given(data=mutated(files[kind], others))
        def one(data: bytes) -> None:
            if kind == "bundle":
                def run(path: Path) -> None:
                    report = built.boss().import_files([path])
                    assert report.files[0].status == "rejected", report.to_json()
            elif kind == "receipt":
                def run(path: Path) -> None:
                    built.laptop(0).import_receipts([path])
                    raise AssertionError("a damaged receipt was accepted")
            elif kind == "enrollment":
                def run(path: Path) -> None:
                    built.laptop(0).apply_enrollment(path)
                    raise AssertionError("a damaged enrollment was accepted")
            else:
                def run(path: Path) -> None:
                    built.laptop(0).import_updates([path])
                    raise AssertionError("a damaged update was accepted")
            _check(built, f"input.{kind}", data, run)

        one()

    return test


test_fuzzed_bundles_are_rejected = _fuzz("bundle", DEFAULT)
test_fuzzed_receipts_are_refused = _fuzz("receipt", DEFAULT)
test_fuzzed_enrollments_are_refused = _fuzz("enrollment", DEFAULT)
test_fuzzed_updates_are_refused = _fuzz("update", DEFAULT)
test_fuzzed_bundles_long = pytest.mark.slow(_fuzz("bundle", LONG))
test_fuzzed_receipts_long = pytest.mark.slow(_fuzz("receipt", LONG))
test_fuzzed_enrollments_long = pytest.mark.slow(_fuzz("enrollment", LONG))
test_fuzzed_updates_long = pytest.mark.slow(_fuzz("update", LONG))
