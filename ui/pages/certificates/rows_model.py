"""A read-only table over a list of dicts, and the table view the certificates tabs show it in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from ...widgets import ltr_text

OK_COLOUR, BAD_COLOUR, WARN_COLOUR = "#1e7a46", "#b3261e", "#8a5a00"


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of dicts (a workshop's participants, the outbox)."""

    def __init__(self, columns: list[tuple[str, str]], parent: QWidget | None = None,
                 ltr: frozenset[str] = frozenset()) -> None:
        super().__init__(parent)
        self.columns = columns
        self.ltr = ltr  # numbers, codes, addresses: kept left-to-right inside Arabic
        self.rows: list[dict[str, Any]] = []
        self.colour: Any = None

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.columns[section][1]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.DisplayRole:
            key = self.columns[index.column()][0]
            value = row.get(key)
            if value is None or value == "":
                return ""
            return ltr_text(value) if key in self.ltr else str(value)
        if role == Qt.ForegroundRole and self.colour:
            colour = self.colour(row, self.columns[index.column()][0])
            return QColor(colour) if colour else None
        if role == Qt.UserRole:
            return row
        return None


def table_view(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    view.setAlternatingRowColors(True)
    return view
