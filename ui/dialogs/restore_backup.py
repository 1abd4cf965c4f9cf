"""Restore a chosen backup: the list (date, why it was taken, size) and a restore done at the next start.

The running app holds its own data file (and the single-instance lock), so the core refuses to
replace it under it; rather than swapping the file beneath open pages, the choice is recorded
(``backup.schedule_restore``) and done by ``ui.app`` before the file is opened again, with the
replaced file kept beside it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import backup as backup_mod

from ..jobs import run_job
from ..lifetime import alive
from ..widgets import ltr_text

if TYPE_CHECKING:
    from ..services import Services


class RestoreBackupDialog(QDialog):
    """The backups of the data file, the one chosen checked (a job) and planned for the next start."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, *, services: Services) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.services = services
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose the backup to go back to. Everything entered after it will be replaced; the current data "
            "is kept in a file beside it, never deleted. Workshop Kit cannot replace its data file while it "
            "has it open: the backup is restored the next time you start Workshop Kit."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Reason"), self.tr("Size")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.cancel_button = QPushButton(self.tr("Cancel the planned restore"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(lambda: self.cancel_planned())
        buttons.addButton(self.restore_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reason_label(self, path: Path) -> str:
        reason = path.name.rsplit("-", 1)[-1].removesuffix(".sqlite")
        if "before-migration" in path.name:
            return self.tr("Before an update of the data file")
        return {
            "auto": self.tr("Automatic"),
            "open": self.tr("When the data file was opened"),
            "manual": self.tr("Made by hand"),
            "rescue": self.tr("Rescue copy after a write error"),
        }.get(reason, reason)

    def size_label(self, size: int) -> str:
        if size >= 1024 * 1024:
            return self.tr("{n} MB").format(n=f"{size / (1024 * 1024):.1f}")
        return self.tr("{n} kB").format(n=max(1, round(size / 1024)))

    def reload(self) -> None:
        self.backups = backup_mod.list_backups(self.db_path)
        planned = backup_mod.scheduled_restore(self.db_path)
        self.table.setRowCount(len(self.backups))
        for row, path in enumerate(self.backups):
            when = backup_mod.backup_time(path)
            date = QTableWidgetItem(ltr_text(when.strftime("%Y-%m-%d %H:%M:%S") if when else path.name))
            date.setData(Qt.UserRole, str(path))
            date.setToolTip(ltr_text(path))
            self.table.setItem(row, 0, date)
            reason = QTableWidgetItem(self.reason_label(path))
            if path == planned:
                reason.setText(reason.text() + " — " + self.tr("to be restored at the next start"))
                for item in (date, reason):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            self.table.setItem(row, 1, reason)
            try:
                size = self.size_label(path.stat().st_size)
            except OSError:
                size = "?"
            self.table.setItem(row, 2, QTableWidgetItem(size))
        self.table.resizeColumnToContents(0)
        if self.backups:  # not selectRow(): in right-to-left layouts it selected nothing
            self.table.setCurrentCell(0, 0, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        if planned is not None:
            self.status.setText(self.planned_text(planned))
        elif not self.backups:
            self.status.setText(self.tr("There is no backup yet. Use File → Back up now to make one."))
        else:
            self.status.clear()
        self._update_buttons()

    def planned_text(self, planned: Path) -> str:
        when = backup_mod.backup_time(planned)
        return self.tr("The backup of {time} will be restored the next time you start Workshop Kit.").format(
            time=ltr_text(when.strftime("%Y-%m-%d %H:%M") if when else planned.name))

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)
        self.cancel_button.setEnabled(backup_mod.scheduled_restore(self.db_path) is not None)

    def selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> bool:
        """Confirm (Cancel is the default), then check the backup and plan the restore for the next start
        as a job; True when the check has started (a message says when it is planned, or why not)."""
        source = self.selected()
        if source is None:
            return False
        when = backup_mod.backup_time(source)
        stamp = ltr_text(when.strftime("%Y-%m-%d %H:%M") if when else source.name)
        box = QMessageBox(QMessageBox.Warning, self.tr("Restore a backup"), self.tr(
            "Go back to the backup of {time}? Everything entered after it will be replaced when Workshop Kit "
            "next starts (the current data is kept in a file beside it).").format(time=stamp),
            QMessageBox.Yes | QMessageBox.Cancel, self)
        box.button(QMessageBox.Yes).setText(self.tr("Restore at the next start"))
        box.setDefaultButton(QMessageBox.Cancel)
        if box.exec() != QMessageBox.Yes:
            return False
        self.restore_button.setEnabled(False)

        def planned(_result: object) -> None:
            self.reload()
            QMessageBox.information(self, self.tr("Restore a backup"), self.planned_text(source) + "\n\n" + self.tr(
                "Close Workshop Kit and start it again when you are ready; until then, what you enter will be "
                "replaced by the backup."))

        def refused(exc: BaseException) -> None:
            self._update_buttons()
            QMessageBox.warning(self, self.tr("Restore a backup"), str(exc))

        # The whole backup is read to check it (``integrity_check``): seconds for a coordinator's file.
        run_job(self, self.services, lambda _progress, _cancelled: backup_mod.schedule_restore(self.db_path, source),
                label=self.tr("Checking the backup…"), cancellable=False, database=False,
                on_done=alive(self, planned), on_error=alive(self, refused))
        return True

    def cancel_planned(self) -> None:
        backup_mod.cancel_scheduled_restore(self.db_path)
        self.reload()
        self.status.setText(self.tr("No restore is planned any more."))
