"""Table model over ``workshops.list_workshops``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from workshop_kit.workshops import list_workshops

from .base import TableModel


class WorkshopsModel(TableModel):
    COLUMNS = ("title", "city", "start_date", "end_date", "session_count", "participant_count")

    def __init__(self, db, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.reload()

    def reload(self) -> None:
        self.set_rows(list_workshops(self.db))

    def header(self, section: int) -> str:
        return [
            self.tr("Title"),
            self.tr("City"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Sessions"),
            self.tr("Participants"),
        ][section]

    def cell(self, row: int, column: int, role: int) -> Any:
        if role == Qt.DisplayRole:
            return self.rows[row].get(self.COLUMNS[column]) or ""
        if role == Qt.UserRole:
            return self.rows[row]["id"]
        return None
