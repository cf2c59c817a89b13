"""Refusing a Qt binding known to crash: PySide6 6.12.0 on CPython 3.11.

That release releases references it never took when C++ calls Python (a model's ``data()``
returning ``None``, a signal carrying ``True`` from the database thread): after some thousands
of calls the interpreter aborts with "deallocating None". 6.11 does not. Rather than crash in
the middle of an interview, the app measures this once at start (a model answering ``None``
through a proxy 64 times must leave ``None``'s reference count where it was) and says plainly
what to install. CPython 3.12 and later make ``None`` immortal, so the check passes there.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

PROBE_CALLS = 64


class _Probe(QAbstractListModel):
    def rowCount(
        self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
    ) -> int:
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        return None


def binding_defect() -> str | None:
    """A message saying what to install when this PySide6 loses references; else None."""
    source = _Probe()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    index = proxy.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        proxy.data(index, 0)
    if sys.getrefcount(None) - before > -PROBE_CALLS // 2:
        return None
    return (
        f"PySide6 {PYSIDE_VERSION} has a defect on this Python that makes the app crash: "
        "install another version with pip install 'PySide6-Essentials>=6.7,<6.12'"
    )
