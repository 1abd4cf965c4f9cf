"""What every table model shares: rows in a list, counts, horizontal headers, ``data`` sent to one method.

A model over a core query says only what is its own: its columns (``COLUMNS`` or ``column_count``), the
label of each (``header``), and what a cell shows for a role (``cell``). Rows, resets, the id under a
row and the row of an id work the same in every table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    """A flat, read-only table over ``self.rows`` (dicts with an ``"id"`` unless ``row_id`` says otherwise)."""

    COLUMNS: Sequence[Any] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    # -- what a table says about itself -------------------------------------------------------------
    def header(self, section: int) -> Any:
        """The label of column ``section`` (translated)."""
        raise NotImplementedError

    def header_tip(self, section: int) -> Any:
        """A tooltip for column ``section``, or None."""
        return None

    def cell(self, row: int, column: int, role: int) -> Any:
        """What the cell shows for ``role``; None for roles it does not answer."""
        return None

    def row_count(self) -> int:
        return len(self.rows)

    def column_count(self) -> int:
        return len(self.COLUMNS)

    def row_id(self, row: Any) -> str | None:
        """The id of a row (what ``id_at`` gives and ``row_of`` finds)."""
        return row.get("id") if isinstance(row, dict) else None

    # -- the same plumbing for every table ----------------------------------------------------------
    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def id_at(self, row: int) -> str | None:
        return self.row_id(self.rows[row]) if 0 <= row < len(self.rows) else None

    def row_of(self, row_id: str | None) -> int:
        for i, row in enumerate(self.rows):
            if self.row_id(row) == row_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else self.column_count()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Horizontal or not 0 <= section < self.column_count():
            return None
        if role == Qt.DisplayRole:
            return self.header(section)
        if role == Qt.ToolTipRole:
            return self.header_tip(section)
        return None

    def data(self, index: Index, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.row_count():
            return None
        return self.cell(index.row(), index.column(), role)
