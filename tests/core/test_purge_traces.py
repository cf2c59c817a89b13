"""A retention purge leaves no trace of what it removed in the laptop's database file.

The purged interview's name must be gone from every page of the file, decrypted: the tables,
the full-text index's segments (a contentless FTS5 index keeps a deleted row's words in its
data pages until they are merged), the free pages, and the WAL.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldapp.services import caselist
from tests.core.test_sync_service_support import Office, make_office
from tests.core.vault_pages import decrypted_pages, decrypted_wal

# The label as stored, and as the index keeps it (lower case): the common tail of both.
NAME = b"uillfeather"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    built = make_office(tmp_path, laptops=1)
    yield built
    built.close()


def test_decrypting_finds_a_name_before_the_purge(office: Office) -> None:
    office.record(0, 1)
    laptop = office.laptops[0]
    laptop.connection.execute(
        "UPDATE interviews SET person_label = 'Zephyrine Quillfeather'")
    caselist.queue_for_search(laptop.connection, [1])
    caselist.refresh_search_index(laptop.connection)
    wal = decrypted_wal(laptop.paths.data_dir / "vault.db-wal", laptop.key)
    assert NAME in wal  # the WAL decrypts too
    laptop.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    assert NAME in decrypted_pages(laptop.paths.database, laptop.key)


def test_purge_leaves_no_trace_of_the_name(office: Office) -> None:
    record = office.record(0, 1)
    laptop = office.laptops[0]
    laptop.connection.execute(
        "UPDATE interviews SET person_label = 'Zephyrine Quillfeather' WHERE id = ?",
        (record.id,))
    caselist.queue_for_search(laptop.connection, [record.id])
    caselist.refresh_search_index(laptop.connection)
    for number in range(2, 4):  # more rows, so the index has several segments to merge
        office.record(0, number)
        caselist.refresh_search_index(laptop.connection)
    bundle = office.laptop(0).export(office.folder("out")).path
    assert bundle is not None
    office.boss().import_files([bundle])
    receipts = office.boss().export_receipts(office.folder("back"))
    _results, purged = office.laptop(0).import_receipts(receipts)
    assert purged == 3
    found = caselist.fetch_page(laptop.connection, caselist.CaseQuery(text="Zephyrine"))
    assert list(found.rows) == []
    pages = decrypted_pages(laptop.paths.database, laptop.key)
    wal = decrypted_wal(laptop.paths.data_dir / "vault.db-wal", laptop.key)
    assert b"CREATE TABLE interviews" in pages  # the decryption itself works
    for leftover in (NAME, b"ephyrine"):
        assert leftover not in pages
        assert leftover not in wal


def test_a_purged_interview_shows_its_stored_result_and_when(office: Office) -> None:
    from fieldapp.services.interviews import InterviewService

    record = office.record(0, 1)  # a refer_now screening
    bundle = office.laptop(0).export(office.folder("out")).path
    assert bundle is not None
    office.boss().import_files([bundle])
    receipts = office.boss().export_receipts(office.folder("back"))
    office.laptop(0).import_receipts(receipts)
    laptop = office.laptops[0]
    service = InterviewService(laptop, office.library(laptop))
    detail = service.detail(record.reference)
    assert detail.record.purged_at
    assert detail.result.level == "refer_now"  # not "stopped", recomputed from nothing
    assert detail.values == {} and not detail.result.action
    assert service.result(detail.record).level == "refer_now"
