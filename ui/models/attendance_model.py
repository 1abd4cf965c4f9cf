"""Table model over ``attendance.grid``: participants × sessions, totals, eligibility; cells are editable."""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor

from workshop_kit import attendance
from workshop_kit.errors import NotFound
from workshop_kit.i18n import language

from ..widgets import ltr_text
from .base import Index, TableModel

STATUS_COLOURS = {
    "present": "#cdebd3",
    "late": "#fbe7b5",
    "absent": "#f5c6c6",
    "excused": "#d9e2f3",
}


class AttendanceModel(TableModel):
    """Row per enrolled participant plus a last row of per-session totals.

    Columns: name, one per session, attended, rate, eligible. ``setData`` on a session cell calls
    ``attendance.set_status`` (audited) and announces the change.
    """

    statusChanged = Signal()

    def __init__(self, db, parent=None, state=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.state = state  # AppState: a status written here is published to the other pages
        self.workshop_id: str | None = None
        self.grid: attendance.Grid | None = None
        self.totals: dict[str, dict[str, int]] = {}

    def load(self, workshop_id: str | None) -> None:
        self.beginResetModel()
        self.workshop_id = workshop_id
        try:
            self.grid = attendance.grid(self.db, workshop_id) if workshop_id else None
        except NotFound:  # a workshop deleted meanwhile; any other failure goes to the error path
            self.grid = None
        self.totals = self.grid.session_totals() if self.grid else {}
        self.rows = self.grid.rows if self.grid else []
        self.endResetModel()

    def reload(self) -> None:
        self.load(self.workshop_id)

    # -- shape ------------------------------------------------------------------------------------
    @property
    def sessions(self) -> list:
        return self.grid.sessions if self.grid else []

    def row_count(self) -> int:
        return len(self.grid.rows) + 1 if self.grid else 0  # the last row: totals per session

    def column_count(self) -> int:
        return len(self.sessions) + 4 if self.grid else 0

    def row_id(self, row: attendance.GridRow) -> str:
        return row.participant.id

    def is_totals_row(self, row: int) -> bool:
        return bool(self.grid) and row == len(self.grid.rows)

    def session_at(self, column: int):  # noqa: ANN201 - Session | None
        return self.sessions[column - 1] if 1 <= column <= len(self.sessions) else None

    def header(self, section: int) -> str:
        session = self.session_at(section)
        if section == 0:
            return self.tr("Participant")
        if session is not None:
            return self.tr("S{number}").format(number=session.number) + "\n" + ltr_text(session.date[5:])
        return [self.tr("Attended"), self.tr("Rate"), self.tr("Certificate")][section - len(self.sessions) - 1]

    def header_tip(self, section: int) -> str | None:
        session = self.session_at(section)
        if session is None:
            return None
        return self.tr("Session {number}: {date} {start}–{end}").format(
            number=session.number, date=session.date, start=session.start_time, end=session.end_time)

    # -- cells ------------------------------------------------------------------------------------
    def cell(self, r: int, c: int, role: int) -> Any:  # noqa: C901 - a branch per role and column
        if not self.grid:
            return None
        session = self.session_at(c)
        n = len(self.sessions)
        if self.is_totals_row(r):
            if role == Qt.DisplayRole:
                if c == 0:
                    return self.tr("Attended per session")
                if session is not None:
                    return str(self.totals[session.id]["attended"])
                return ""
            if role == Qt.FontRole:
                from PySide6.QtGui import QFont

                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.TextAlignmentRole and c > 0:
                return int(Qt.AlignCenter)
            return None
        row = self.grid.rows[r]
        e = row.eligibility
        if session is not None:
            status = row.statuses.get(session.id)
            if role in (Qt.DisplayRole, Qt.EditRole):
                return attendance.status_label(status, language()) if role == Qt.DisplayRole else (status or "")
            if role == Qt.BackgroundRole and status:
                return QBrush(QColor(STATUS_COLOURS[status]))
            if role == Qt.ForegroundRole and status:
                return QBrush(QColor("#1d1d1d"))
            if role == Qt.TextAlignmentRole:
                return int(Qt.AlignCenter)
            if role == Qt.ToolTipRole:
                d = self.grid.details.get((session.id, row.participant.id))
                if d and d.get("checked_in_at"):
                    return self.tr("Checked in at {time} ({method})").format(
                        time=d["checked_in_at"][11:16], method=d.get("method") or "")
            return None
        if role == Qt.DisplayRole:
            if c == 0:
                return row.participant.display_name(language())
            if c == n + 1:
                return f"{e.attended}/{e.counted}"
            if c == n + 2:
                return f"{round(100 * e.rate)} %"
            if c == n + 3:
                return self.tr("eligible") if e.eligible else self.tr("%n more session(s) needed", "",
                                                                          max(0, e.needed - e.attended))
        if role == Qt.ForegroundRole and c == n + 3:
            return QBrush(QColor("#1b7f3a" if e.eligible else "#a33"))
        if role == Qt.TextAlignmentRole and c > 0:
            return int(Qt.AlignCenter)
        if role == Qt.UserRole:
            return row.participant.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlags:
        base = super().flags(index)
        if index.isValid() and self.session_at(index.column()) is not None and not self.is_totals_row(index.row()):
            return base | Qt.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.EditRole) -> bool:
        """Record a status (or clear it with "" / None); audited by the core."""
        if role != Qt.EditRole or not (self.flags(index) & Qt.ItemIsEditable) or not self.grid:
            return False
        session = self.session_at(index.column())
        row = self.grid.rows[index.row()]
        status = value or None
        with self.state.recording() if self.state is not None else nullcontext():
            changed = attendance.set_status(self.db, session.id, row.participant.id, status, actor="app")
        if changed:
            self._refresh_after_edit()
            self.statusChanged.emit()
        return changed

    def _refresh_after_edit(self) -> None:
        """Re-read the grid (eligibility and totals move with one cell) without resetting the view."""
        self.grid = attendance.grid(self.db, self.workshop_id)
        self.totals = self.grid.session_totals()
        self.rows = self.grid.rows
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
