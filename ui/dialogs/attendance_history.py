"""Every correction made in the attendance grid of a workshop: when, who, which session, before → after.

The audit log already kept them (a donor's auditor asks); this makes them visible to the trainer.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from workshop_kit.attendance import history, status_label
from workshop_kit.db import local_time
from workshop_kit.i18n import language
from workshop_kit.participants import display_name

from ..widgets import ltr_text


def _local(at: str) -> str:
    moment = local_time(at)
    return moment.strftime("%Y-%m-%d %H:%M") if moment else at


class AttendanceHistoryDialog(QDialog):
    def __init__(self, db: Database, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attendance corrections"))
        self.resize(820, 480)
        lang = language()
        names = {r["id"]: display_name(r, lang, both=True) for r in db.query(
            "SELECT id, first_name, last_name, first_name_ar, last_name_ar, erased_at FROM participants")}
        rows = list(reversed(history(db, workshop_id)))  # newest first
        self.table = QTableWidget(len(rows), 5)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Participant"), self.tr("Session"),
                                              self.tr("Before → after"), self.tr("By")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for r, e in enumerate(rows):
            d = e["details"] or {}
            change = self.tr("{before} → {after}").format(before=status_label(d.get("from")) or "—",
                                                         after=status_label(d.get("to")) or "—")
            for c, text in enumerate((ltr_text(_local(e["at"])), names.get(d.get("participant"), "") or "—",
                                      str(d.get("session_number", "")), change, self.actor(e.get("actor")))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        summary = QLabel(self.tr("%n correction(s) in the grid of this workshop.", "", len(rows))
                         if rows else self.tr("No correction has been made in the grid of this workshop."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def actor(self, actor: str | None) -> str:
        """Who made the change in words: the app's own codes ("app", "cli") were shown as they are stored."""
        words = {"app": self.tr("Attendance grid"), "cli": self.tr("Command line")}
        return words.get(actor or "", actor or "—")
