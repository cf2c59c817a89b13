"""The app's read-only tables: whole rows selected one at a time, never edited in place.

The case list, the referral dialog's services and referrals, and the Import screen's files and
laptops all show a model this way, so a table looks and behaves the same on every screen.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def read_only_table(model: QAbstractItemModel,
                    widths: Mapping[int, int] | None = None) -> QTableView:
    """A table over ``model``; with ``widths`` (column -> pixels), sized columns, the last
    one stretching to the edge."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    if widths is not None:
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in widths.items():
            header.resizeSection(column, width)
    return table
