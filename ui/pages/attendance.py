"""Attendance page: the editable grid (audited), exports, the donor report and bundles between laptops."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import attendance
from workshop_kit.changes import ChangeSet
from workshop_kit.i18n import language

from ..jobs import run_job
from ..lifetime import alive
from ..models.attendance_model import STATUS_COLOURS, AttendanceModel
from ..services import Services
from ..widgets import ltr_text
from ..workers import show_error
from .report_view import ReportView


class StatusDelegate(QStyledItemDelegate):
    """A combo box with the four statuses (and "nothing recorded") in session cells."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: ANN001
        combo = QComboBox(parent)
        combo.addItem("—", "")
        for status in attendance.STATUSES:
            combo.addItem(attendance.status_label(status, language()), status)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.EditRole) or "")))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: ANN001
        model.setData(index, editor.currentData(), Qt.EditRole)


class AttendancePage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = AttendanceModel(services.db, self, services.state)
        self.model.statusChanged.connect(self._on_status_changed)
        # The question asked when a bundle's signer is unknown: returns "accept", "trust" or None.
        self.ask_unknown_signer = self._ask_unknown_signer
        self.last_import_summary = ""

        heading = QLabel(self.tr("Attendance"))
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.workshop_label = QLabel()
        self.workshop_label.setStyleSheet("font-weight: 600;")
        self.counts_label = QLabel()
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(StatusDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.DoubleClicked | QAbstractItemView.SelectedClicked | QAbstractItemView.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.installEventFilter(self)

        legend = QHBoxLayout()
        for status in attendance.STATUSES:
            chip = QLabel(attendance.status_label(status, language()))
            chip.setStyleSheet(f"background: {STATUS_COLOURS[status]}; color: #1d1d1d; padding: 2px 8px;"
                               " border-radius: 3px;")
            legend.addWidget(chip)
        hint = QLabel(self.tr("Double-click a cell to correct it, or type 1 present, 2 late, 3 absent, 4 excused, "
                              "Delete to clear; every correction is kept in the audit log."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        legend.addWidget(hint, 1)

        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button = QPushButton(self.tr("Export Excel…"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.sheet_button = QPushButton(self.tr("Sign-in sheets…"))
        self.sheet_button.setToolTip(self.tr("Printable Word sheets, one per session, with a signature column"))
        self.sheet_button.clicked.connect(lambda: self.export("sheet"))
        self.bundle_export_button = QPushButton(self.tr("Export bundle…"))
        self.bundle_export_button.setToolTip(self.tr("A signed file for another laptop or the coordinator"))
        self.bundle_export_button.clicked.connect(lambda: self.export_bundle())
        self.bundle_import_button = QPushButton(self.tr("Import bundles…"))
        self.bundle_import_button.setToolTip(self.tr("Merge the check-ins of other laptops into this one"))
        self.bundle_import_button.clicked.connect(lambda: self.import_bundles())
        self.history_button = QPushButton(self.tr("Correction history…"))
        self.history_button.clicked.connect(lambda: self.show_history())
        buttons = QHBoxLayout()
        for b in (self.csv_button, self.xlsx_button, self.sheet_button, self.history_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.bundle_export_button)
        buttons.addWidget(self.bundle_import_button)
        self.status_label = QLabel()
        self.export_job: Any = None  # the last export (ui.jobs.Job)
        self.import_job: Any = None  # the last bundle import
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        grid_tab = QWidget()
        gv = QVBoxLayout(grid_tab)
        gv.addWidget(self.rule_label)
        gv.addWidget(self.table, 1)
        gv.addLayout(legend)
        gv.addLayout(buttons)
        gv.addWidget(self.status_label)

        self.report = ReportView(services, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(grid_tab, self.tr("Grid"))
        self.tabs.addTab(self.report, self.tr("Donor report"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        subtitle = QHBoxLayout()  # two labels: each keeps its own direction (French title, Arabic counts)
        subtitle.addWidget(self.workshop_label)
        subtitle.addWidget(self.counts_label)
        subtitle.addStretch(1)
        layout.addLayout(subtitle)
        layout.addWidget(self.tabs, 1)

        services.state.workshopChanged.connect(self._on_workshop_changed)
        services.state.dataChanged.connect(self._on_data_changed)
        self._on_workshop_changed(services.state.current_workshop_id or "")

    # -- keyboard: 1–4 set a status, Delete clears it, the cursor moves down to the next person ----
    KEYS = {Qt.Key_1: "present", Qt.Key_2: "late", Qt.Key_3: "absent", Qt.Key_4: "excused",
            Qt.Key_Delete: "", Qt.Key_Backspace: ""}

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001 - Qt API
        if obj is self.table and event.type() == QEvent.KeyPress and event.key() in self.KEYS:
            index = self.table.currentIndex()
            if index.isValid() and self.model.flags(index) & Qt.ItemIsEditable:
                self.model.setData(index, self.KEYS[event.key()], Qt.EditRole)
                below = self.model.index(index.row() + 1, index.column())
                if self.model.flags(below) & Qt.ItemIsEditable:
                    self.table.setCurrentIndex(below)
                return True
        return super().eventFilter(obj, event)

    # -- loading ----------------------------------------------------------------------------------
    def _on_workshop_changed(self, workshop_id: str) -> None:
        self.model.load(workshop_id or None)
        self._update_labels()
        self.report.set_workshop(workshop_id or None)

    GRID = ChangeSet(attendance=True, sessions=True, enrolments=True, participants=True, workshops=True,
                     checkin_events=True)

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if changes.any_of(self.GRID):
            self.model.reload()
            self._update_labels()
            self.report.refresh()
        elif changes.quiz_scores or changes.certificates:  # the donor report's knowledge gain and certificates
            self.report.refresh()

    def _update_labels(self) -> None:
        g = self.model.grid
        enabled = g is not None
        for b in (self.csv_button, self.xlsx_button, self.sheet_button, self.bundle_export_button):
            b.setEnabled(enabled)
        if g is None:
            self.workshop_label.setText(self.tr("Choose or create a workshop first."))
            self.counts_label.setText("")
            self.rule_label.setText("")
            return
        self.workshop_label.setText(g.workshop.title)
        self.counts_label.setText(
            "— " + self.tr("{participants}, {sessions}").format(participants=self.tr("%n participant(s)", "", len(g.rows)),
                                                          sessions=self.tr("%n session(s)", "", len(g.sessions))))
        eligible = sum(1 for r in g.rows if r.eligibility.eligible)
        self.rule_label.setText(
            self.tr("Certificate rule: at least {pct} % of sessions (present or late; excused sessions are not "
                    "counted). Eligible now: {eligible} of {n}.").format(
                pct=round(100 * g.workshop.attendance_threshold), eligible=eligible, n=len(g.rows))
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for c in range(1, self.model.columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeToContents)

    def _on_status_changed(self) -> None:
        self._update_labels()  # the model published the write

    # -- exports ----------------------------------------------------------------------------------
    def show_history(self) -> None:
        """Every grid correction of the workshop, newest first."""
        workshop_id = self.services.state.current_workshop_id
        if not workshop_id:
            return
        from ..dialogs.attendance_history import AttendanceHistoryDialog

        dialog = AttendanceHistoryDialog(self.services.db, workshop_id, self)
        dialog.exec()
        dialog.deleteLater()

    def _ask_path(self, title: str, suggested: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), filters)
        return path or None

    def export(self, fmt: str, path: str | Path | None = None) -> None:
        g = self.model.grid
        if g is None:
            return
        base = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in g.workshop.title)[:40].strip("-")
        if path is None:
            suggested, filters = {
                "csv": (f"{base}-attendance.csv", self.tr("CSV files (*.csv)")),
                "xlsx": (f"{base}-attendance.xlsx", self.tr("Excel workbooks (*.xlsx)")),
                "sheet": (f"{base}-sign-in.docx", self.tr("Word documents (*.docx)")),
            }[fmt]
            path = self._ask_path(self.tr("Export attendance"), suggested, filters)
            if not path:
                return
        workshop_id = g.workshop.id
        lang = None  # the workshop's language, as on the command line: sheets are for its participants
        logo = self.services.settings.get("organisation_logo") or None  # as on certificates

        def work(db, progress, cancelled) -> str:  # noqa: ANN001
            from workshop_kit.exports import export

            return str(export(db, workshop_id, fmt, path, lang=lang, logo=logo, progress=progress,
                              cancelled=cancelled))

        self.status_label.setText(self.tr("Exporting…"))
        self.export_job = run_job(self, self.services, work, label=self.tr("Writing {path}…").format(
            path=ltr_text(str(path))), on_done=alive(self, self._exported), on_error=alive(self, self._failed),
            on_cancelled=alive(self, self._stopped))

    def _exported(self, path: str) -> None:
        self.status_label.setText(self.tr("Written: {path}").format(path=ltr_text(path)))

    def _stopped(self, exc: BaseException) -> None:
        """Cancel: the job's message says what was kept (nothing, or the bundles imported before)."""
        self.status_label.setText(str(exc))

    def _failed(self, exc: BaseException) -> None:
        self.status_label.setText("")
        show_error(self, exc)

    # -- bundles ----------------------------------------------------------------------------------
    def export_bundle(self, path: str | Path | None = None, password: str | None = None) -> None:
        g = self.model.grid
        if g is None:
            return
        if path is None:
            path = self._ask_path(self.tr("Export bundle"), f"bundle-{g.workshop.id[:8]}.zip",
                                  self.tr("Workshop Kit bundles (*.zip)"))
            if not path:
                return
            from ..dialogs.encryption import ask_file_password

            password = ask_file_password(self)
            if password is None:
                return
        data_dir, workshop_id = self.services.data_dir, g.workshop.id

        def work(db, _progress, cancelled) -> dict[str, Any]:  # noqa: ANN001
            from workshop_kit.bundles import export_bundle

            return export_bundle(db, data_dir, workshop_id, path, password=password or None, cancelled=cancelled)

        def done(manifest: dict[str, Any]) -> None:
            self.status_label.setText(self.tr("Bundle written: {path} (signed by key {key_id}).").format(
                path=ltr_text(path), key_id=ltr_text(manifest["signer"]["key_id"])))

        self.export_job = run_job(self, self.services, work, label=self.tr("Export bundle"),
                                  on_done=alive(self, done), on_error=alive(self, self._failed),
                                  on_cancelled=alive(self, self._stopped))

    def import_bundles(self, paths: list[str] | None = None, accept: bool = False, trust: bool = False,
                       password: str | None = None) -> None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import bundles"), str(Path.home()),
                                                    self.tr("Workshop Kit bundles (*.zip)"))
            if not paths:
                return
        data_dir = self.services.data_dir

        def work(db, progress, cancelled, files: list[str]) -> list[str]:  # noqa: ANN001
            from workshop_kit.bundles import import_bundle

            summaries = []
            for k, f in enumerate(files):  # each bundle in its own transaction: Cancel keeps those done
                def step(done: int, total: int, _message: str, k: int = k) -> None:
                    progress(k * total + done, len(files) * total, "")

                summaries.append(import_bundle(db, data_dir, f, accept_unknown=accept, trust=trust, password=password,
                                               progress=step, cancelled=cancelled).summary())
            return summaries

        def done(summaries: list[str]) -> None:  # the job published what the bundles changed
            self.last_import_summary = "\n\n".join(summaries)
            self.status_label.setText(self.last_import_summary)

        def failed(exc: BaseException) -> None:
            from workshop_kit.bundles import BundlePasswordNeeded, UnknownSigner

            if isinstance(exc, UnknownSigner):
                choice = self.ask_unknown_signer(exc)
                if choice:
                    self.import_bundles(paths, accept=True, trust=choice == "trust", password=password)
                    return
            if isinstance(exc, BundlePasswordNeeded):
                given = self.ask_bundle_password(Path(paths[0]).name)
                if given:
                    self.import_bundles(paths, accept=accept, trust=trust, password=given)
                    return
            self._failed(exc)

        self.status_label.setText(self.tr("Importing…"))
        self.import_job = run_job(self, self.services, work, list(paths), label=self.tr("Importing…"),
                                  on_done=alive(self, done), on_error=alive(self, failed),
                                  on_cancelled=alive(self, self._stopped))

    def ask_bundle_password(self, name: str) -> str | None:
        from ..dialogs.encryption import ask_open_password

        return ask_open_password(self, name)

    def _ask_unknown_signer(self, exc: Any) -> str | None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Warning)
        box.setWindowTitle(self.tr("Unknown signer"))
        box.setText(self.tr("This bundle is signed by a key this laptop does not know ({key_id}). Import it only if "
                            "you know which laptop it comes from.").format(key_id=ltr_text(exc.key_id)))
        once = box.addButton(self.tr("Import this time"), QMessageBox.AcceptRole)
        always = box.addButton(self.tr("Trust this laptop and import"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Cancel)
        box.exec()
        return {once: "accept", always: "trust"}.get(box.clickedButton())
