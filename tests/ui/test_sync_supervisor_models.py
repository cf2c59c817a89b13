"""The Import screen's table models: file reports and laptops, checked by Qt's model tester.

The rows are fictional :class:`FileReport` and :class:`DeviceSummary` values (frozen core
dataclasses, built here as the core would return them); the tests check the words shown for
the core's codes, the marking of rejected files in text, numeric sorting, the newest import on
top and the "needs a look" filter.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester

from fieldapp.services.sync_enrollment import DeviceSummary
from fieldapp.services.sync_import import FileReport
from ui.sync.supervisor_device_model import DeviceColumn, DeviceModel, device_proxy
from ui.sync.supervisor_models import (
    ITEM_ROLE,
    PROBLEM_COLOUR,
    FileReportModel,
    ReportColumn,
    ReportFilterProxy,
    missing_text,
)

DEVICE_A = "a1" * 8
DEVICE_B = "b2" * 8


def imported(name: str, sequence: int, *, device: str = DEVICE_A, new: int = 3,
             status: str = "in_order", missing: tuple[int, ...] = (),
             conflicts: int = 0) -> FileReport:
    return FileReport(f"{name}.fsb", "imported", bundle_uuid=f"uuid-{name}", device_id=device,
                      sequence=sequence, sequence_status=status, missing_sequences=missing,
                      records=new + 1 + conflicts, new=new, unchanged=1, conflicts=conflicts,
                      moved_to=f"processed/{name}.fsb")


FIRST_IMPORT = (
    imported("0001", 9, new=12),
    imported("0002", 10, device=DEVICE_B, status="gap", missing=(4, 5)),
    FileReport("0003.fsb", "rejected", reason="bad_outer_signature",
               message="the file's signature does not verify (test text)"),
)
SECOND_IMPORT = (
    FileReport("0001.fsb", "duplicate", bundle_uuid="uuid-0001", device_id=DEVICE_A, sequence=9,
               records=13, unchanged=13),
    FileReport("0004.fsb", "skipped", reason="cancelled"),
)


def text(model: object, row: int, column: int) -> str:
    index = model.index(row, column)  # type: ignore[attr-defined]
    return str(index.data())


def test_file_report_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = FileReportModel()
    qtmodeltester.check(model)
    model.add_reports(FIRST_IMPORT)
    model.add_reports(SECOND_IMPORT)
    model.set_labels({DEVICE_A: "Laptop 3"})
    qtmodeltester.check(model)
    proxy = ReportFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_problems_only(True)
    qtmodeltester.check(proxy)
    model.clear()
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.totals().files == 0


def test_file_reports_show_words_newest_import_on_top() -> None:
    model = FileReportModel()
    model.add_reports(FIRST_IMPORT)
    model.add_reports(SECOND_IMPORT)
    model.set_labels({DEVICE_A: "Laptop 3"})
    files = [model.report(row).file for row in range(model.rowCount())]
    assert files == ["0001.fsb", "0004.fsb", "0001.fsb", "0002.fsb", "0003.fsb"]
    assert [text(model, row, ReportColumn.OUTCOME) for row in range(5)] == [
        "Already imported", "Skipped", "Imported", "Imported", "✖ Rejected"]
    assert text(model, 2, ReportColumn.LAPTOP) == "Laptop 3"
    assert text(model, 3, ReportColumn.LAPTOP) == DEVICE_B  # not known: its id
    assert text(model, 4, ReportColumn.LAPTOP) == ""
    assert text(model, 3, ReportColumn.SEQUENCE_STATUS) == "Gap: missing 4, 5"
    assert text(model, 2, ReportColumn.SEQUENCE_STATUS) == "In order"
    assert text(model, 0, ReportColumn.SEQUENCE_STATUS) == "Received before"
    assert text(model, 4, ReportColumn.REASON).startswith("The file is damaged or was altered")
    assert model.index(4, ReportColumn.REASON).data(Qt.ItemDataRole.ToolTipRole) == (
        "the file's signature does not verify (test text)")  # the core's words, for support
    assert "cancelled before this file" in text(model, 1, ReportColumn.REASON)
    assert text(model, 4, ReportColumn.NEW) == ""  # nothing counted for a rejected file
    assert text(model, 2, ReportColumn.NEW) == "12"
    assert text(model, 2, ReportColumn.MOVED_TO) == "processed/"
    assert model.index(2, ReportColumn.MOVED_TO).data(Qt.ItemDataRole.ToolTipRole) == (
        "processed/0001.fsb")
    assert text(model, 4, ReportColumn.MOVED_TO) == ""
    rejected = model.index(4, ReportColumn.OUTCOME)
    brush = rejected.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == PROBLEM_COLOUR
    assert rejected.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(2, ReportColumn.OUTCOME).data(Qt.ItemDataRole.ForegroundRole) is None
    totals = model.totals()
    assert (totals.files, totals.imported, totals.duplicate, totals.rejected,
            totals.skipped) == (5, 2, 1, 1, 1)
    assert (totals.new, totals.unchanged, totals.conflicts) == (15, 15, 0)
    assert model.headerData(ReportColumn.REASON, Qt.Orientation.Horizontal) == "Reason"


def test_labels_arriving_later_refresh_the_laptop_column() -> None:
    model = FileReportModel()
    model.add_reports(FIRST_IMPORT)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    assert text(model, 1, ReportColumn.LAPTOP) == DEVICE_B
    model.set_labels({DEVICE_B: "Laptop 7"})
    assert text(model, 1, ReportColumn.LAPTOP) == "Laptop 7" and changed == [(0, 2)]


def test_the_proxy_sorts_numbers_as_numbers_and_keeps_the_problems() -> None:
    model = FileReportModel()
    model.add_reports(FIRST_IMPORT)
    model.add_reports((imported("0005", 100, conflicts=2), imported("0006", 11,
                                                                    status="replay")))
    proxy = ReportFilterProxy()
    proxy.setSourceModel(model)
    assert [proxy.report_at(row).file for row in range(proxy.rowCount())] == [
        "0005.fsb", "0006.fsb", "0001.fsb", "0002.fsb", "0003.fsb"]  # unsorted: model order
    proxy.sort(ReportColumn.SEQUENCE, Qt.SortOrder.AscendingOrder)
    assert [proxy.report_at(row).sequence for row in range(proxy.rowCount())] == [
        None, 9, 10, 11, 100]
    proxy.sort(ReportColumn.NEW, Qt.SortOrder.DescendingOrder)
    assert proxy.report_at(0).new == 12
    proxy.set_problems_only(True)
    kept = {proxy.report_at(row).file for row in range(proxy.rowCount())}
    assert kept == {"0002.fsb", "0003.fsb", "0005.fsb", "0006.fsb"}  # gap, rejected,
    proxy.set_problems_only(False)  # conflicts, a reused number; "0001" is in order
    assert proxy.rowCount() == 5


def test_a_renamed_file_shows_its_new_name() -> None:
    model = FileReportModel()
    model.add_reports((FileReport("0007.fsb", "rejected", reason="truncated",
                                  message="the file ends early (test text)",
                                  moved_to="rejected/0007.fsb.1"),))
    assert text(model, 0, ReportColumn.MOVED_TO) == "rejected/0007.fsb.1"


def test_a_reason_without_a_sentence_shows_the_cores_words() -> None:
    model = FileReportModel()
    model.add_reports((FileReport("0008.fsb", "rejected", reason="a_future_code",
                                  message="something new went wrong (test text)"),))
    assert text(model, 0, ReportColumn.REASON) == "something new went wrong (test text)"


def test_a_long_list_of_missing_numbers_is_cut() -> None:
    assert missing_text((4, 5)) == "4, 5"
    assert missing_text(tuple(range(1, 21))) == "1, 2, 3, 4, 5, 6, 7, 8 … (20 numbers)"


DEVICES = (
    DeviceSummary(DEVICE_A, "Laptop 3", "K7QF-2MZD-9XTA-4HNC", "2026-03-01T08:00:00.000+00:00",
                  12, 12, ()),
    DeviceSummary(DEVICE_B, "Laptop 10", "Q2WE-R4TY-U6IP-8ASD", "2026-03-02T08:00:00.000+00:00",
                  2, 9, (3, 4, 5, 6, 7, 8, 9), "2026-03-05T10:30:00.000+00:00"),
)


def test_device_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = DeviceModel()
    qtmodeltester.check(model)
    model.set_devices(DEVICES)
    qtmodeltester.check(model)
    proxy = device_proxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_devices_show_codes_counts_and_missing_numbers() -> None:
    model = DeviceModel()
    model.set_devices(DEVICES)
    assert [text(model, 0, column) for column in DeviceColumn][:5] == [
        "Laptop 3", "K7QF-2MZD-9XTA-4HNC", "12", "12", "None"]
    assert text(model, 0, DeviceColumn.LAST_IMPORT) == "Never"
    assert text(model, 1, DeviceColumn.MISSING) == "3, 4, 5, 6, 7, 8, 9"
    assert text(model, 1, DeviceColumn.LAST_IMPORT).startswith("2026-03-05")
    missing = model.index(1, DeviceColumn.MISSING).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(missing, QBrush) and missing.color() == PROBLEM_COLOUR
    assert DEVICE_B in model.index(1, DeviceColumn.LABEL).data(Qt.ItemDataRole.ToolTipRole)
    assert model.labels() == {DEVICE_A: "Laptop 3", DEVICE_B: "Laptop 10"}
    assert model.index(0, 0).data(ITEM_ROLE) is DEVICES[0]
    proxy = device_proxy()
    proxy.setSourceModel(model)
    proxy.sort(DeviceColumn.BUNDLES, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, DeviceColumn.LABEL).data() == "Laptop 10"  # 2 before 12
    proxy.sort(DeviceColumn.LABEL, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, DeviceColumn.LABEL).data() == "Laptop 10"  # text order
    proxy.sort(DeviceColumn.MISSING, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, DeviceColumn.LABEL).data() == "Laptop 10"
    model.clear()
    assert model.rowCount() == 0 and model.rowCount(QModelIndex()) == 0
