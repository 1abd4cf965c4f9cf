"""A read-only table over a list of dicts, and the table view the certificates tabs show it in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from ...models.base import TableModel
from ...widgets import ltr_text

OK_COLOUR, BAD_COLOUR, WARN_COLOUR = "#1e7a46", "#b3261e", "#8a5a00"


class RowsModel(TableModel):
    """A read-only table over a list of dicts (a workshop's participants, the outbox)."""

    def __init__(self, columns: list[tuple[str, str]], parent: QWidget | None = None,
                 ltr: frozenset[str] = frozenset()) -> None:
        super().__init__(parent)
        self.columns = columns  # (key, translated label)
        self.ltr = ltr  # numbers, codes, addresses: kept left-to-right inside Arabic
        self.colour: Any = None

    def column_count(self) -> int:
        return len(self.columns)

    def header(self, section: int) -> str:
        return self.columns[section][1]

    def cell(self, row: int, column: int, role: int) -> Any:
        values = self.rows[row]
        key = self.columns[column][0]
        if role == Qt.DisplayRole:
            value = values.get(key)
            if value is None or value == "":
                return ""
            return ltr_text(value) if key in self.ltr else str(value)
        if role == Qt.ForegroundRole and self.colour:
            colour = self.colour(values, key)
            return QColor(colour) if colour else None
        if role == Qt.UserRole:
            return values
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
