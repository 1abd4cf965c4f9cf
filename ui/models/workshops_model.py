"""Table model over ``workshops.list_workshops``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from workshop_kit.workshops import list_workshops


class WorkshopsModel(QAbstractTableModel):
    COLUMNS = ("title", "city", "start_date", "end_date", "session_count", "participant_count")

    def __init__(self, db, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.rows: list[dict[str, Any]] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = list_workshops(self.db)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if role != Qt.DisplayRole or orientation != Qt.Horizontal:
            return None
        return [
            self.tr("Title"),
            self.tr("City"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Sessions"),
            self.tr("Participants"),
        ][section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.DisplayRole:
            return row.get(self.COLUMNS[index.column()]) or ""
        if role == Qt.UserRole:
            return row["id"]
        return None

    def row_of(self, workshop_id: str | None) -> int:
        for i, row in enumerate(self.rows):
            if row["id"] == workshop_id:
                return i
        return -1
