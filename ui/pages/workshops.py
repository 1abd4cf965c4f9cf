"""Workshops page: list, create, edit (details and sessions), delete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import workshops as ws
from workshop_kit.changes import ChangeSet
from workshop_kit.errors import WorkshopKitError
from workshop_kit.i18n import LANGUAGE_NAMES

from ..models.workshops_model import WorkshopsModel
from ..module_picker import ModuleChoiceDelegate, ModulePicker
from ..services import Services
from ..widgets import confirm_destructive, date_edit, isolated, ltr_text, time_edit
from ..workers import show_error


class NewWorkshopDialog(QDialog):
    """The few fields needed to create a workshop; the rest is edited on the page."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Access to public services — Agadir"))
        self.start = date_edit()
        self.days = QSpinBox()
        self.days.setRange(1, ws.MAX_DAYS)
        self.days.setValue(2)
        self.per_day = QSpinBox()
        self.per_day.setRange(1, ws.MAX_SESSIONS_PER_DAY)
        self.per_day.setValue(2)
        self.city = QLineEdit()
        self.title_ar = QLineEdit()
        self.title_ar.setLayoutDirection(Qt.RightToLeft)
        self.title_ar.setPlaceholderText(self.tr("printed on Arabic documents; empty: the title"))
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Title in Arabic"), self.title_ar)
        form.addRow(self.tr("First day"), self.start)
        form.addRow(self.tr("Days"), self.days)
        form.addRow(self.tr("Sessions per day"), self.per_day)
        form.addRow(self.tr("City"), self.city)
        self.modules = ModulePicker(data_dir)
        form.addRow(self.tr("Modules"), self.modules)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(max(520, self.title.fontMetrics().horizontalAdvance(self.title.placeholderText()) + 220))

    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt API
        # As wide as the longest module title needs once fonts are polished: the size fixed before that
        # cut the list off at the dialog's edge.
        self.resize(self.size().expandedTo(self.sizeHint()))
        super().showEvent(event)

    def accept(self) -> None:
        """An empty title keeps the dialog open with what was typed, and says what is missing."""
        if not self.title.text().strip():
            self.error.setText(self.tr("Give the workshop a title."))
            self.error.show()
            self.title.setFocus()
            return
        super().accept()

    def values(self) -> dict:
        return {
            "title": self.title.text(),
            "start": self.start.date().toString("yyyy-MM-dd"),
            "days": self.days.value(),
            "sessions_per_day": self.per_day.value(),
            "city": self.city.text() or None,
            "title_ar": self.title_ar.text() or None,
            "modules": self.modules.ids(),
        }


class WorkshopsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = WorkshopsModel(services.db, self)
        self._loading = False

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.setSortingEnabled(False)
        self.table.selectionModel().currentRowChanged.connect(self._on_select)

        self.new_button = QPushButton(self.tr("New workshop…"))
        self.new_button.clicked.connect(self.create_workshop)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_workshop)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Workshops"))
        heading.setObjectName("pageTitle")
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        lv.addWidget(heading)
        lv.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        lv.addLayout(row)

        self.editor = self._build_editor()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(self.editor)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        services.state.workshopChanged.connect(self._select_id)
        services.state.dataChanged.connect(self._on_data_changed)
        self._select_id(services.state.current_workshop_id or "")

    # -- editor ---------------------------------------------------------------------------------
    def _build_editor(self) -> QWidget:
        box = QGroupBox(self.tr("Details"))
        form = QFormLayout()
        self.f_title = QLineEdit()
        self.f_city = QLineEdit()
        self.f_venue = QLineEdit()
        self.f_start = date_edit()
        self.f_end = date_edit()
        self.f_partner = QLineEdit()
        self.f_donor = QLineEdit()
        self.f_code = QLineEdit()
        self.f_trainer = QLineEdit()
        self.f_title_ar, self.f_venue_ar, self.f_trainer_ar = QLineEdit(), QLineEdit(), QLineEdit()
        for field in (self.f_title_ar, self.f_venue_ar, self.f_trainer_ar):
            field.setLayoutDirection(Qt.RightToLeft)
            field.setPlaceholderText(self.tr("printed on Arabic documents; empty: the French form"))
        self.f_trainer_gender = QComboBox()
        self.f_trainer_gender.addItem(self.tr("Not said (neutral wording)"), "")
        self.f_trainer_gender.addItem(self.tr("Woman (Formatrice)"), "F")
        self.f_trainer_gender.addItem(self.tr("Man (Formateur)"), "M")
        self.f_threshold = QDoubleSpinBox()
        self.f_threshold.setRange(0, 100)
        self.f_threshold.setSuffix(" %")
        self.f_threshold.setDecimals(0)
        self.f_grace = QSpinBox()
        self.f_grace.setRange(0, 240)
        self.f_grace.setSuffix(" " + self.tr("min"))
        self.f_language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.f_language.addItem(name, code)
        self.f_modules = ModulePicker(self.services.data_dir)
        self.f_notes = QPlainTextEdit()
        self.f_notes.setMaximumHeight(60)
        form.addRow(self.tr("Title"), self.f_title)
        form.addRow(self.tr("Title in Arabic"), self.f_title_ar)
        form.addRow(self.tr("City"), self.f_city)
        form.addRow(self.tr("Venue"), self.f_venue)
        form.addRow(self.tr("Venue in Arabic"), self.f_venue_ar)
        dates = QHBoxLayout()
        dates.addWidget(self.f_start)
        # from the first day to the last: the arrow points the way the row reads (leftwards in Arabic)
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.f_dates_arrow = QLabel("←" if rtl else "→")
        dates.addWidget(self.f_dates_arrow)
        dates.addWidget(self.f_end)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Partner"), self.f_partner)
        form.addRow(self.tr("Donor"), self.f_donor)
        form.addRow(self.tr("Project code"), self.f_code)
        form.addRow(self.tr("Trainer"), self.f_trainer)
        form.addRow(self.tr("Trainer's name in Arabic"), self.f_trainer_ar)
        form.addRow(self.tr("Trainer's gender"), self.f_trainer_gender)
        form.addRow(self.tr("Attendance needed for a certificate"), self.f_threshold)
        form.addRow(self.tr("Late after"), self.f_grace)
        form.addRow(self.tr("Language"), self.f_language)
        form.addRow(self.tr("Modules"), self.f_modules)
        form.addRow(self.tr("Notes"), self.f_notes)

        self.sessions = QTableWidget(0, 5)
        self.sessions.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Date"), self.tr("Start"), self.tr("End"), self.tr("Module")]
        )
        self.sessions.verticalHeader().hide()
        self.sessions.setItemDelegateForColumn(4, ModuleChoiceDelegate(self.services.data_dir, self.sessions))
        self.sessions.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.sessions.setMinimumHeight(150)
        self.add_session_button = QPushButton(self.tr("Add session"))
        self.add_session_button.clicked.connect(self.add_session)
        self.remove_session_button = QPushButton(self.tr("Remove session"))
        self.remove_session_button.clicked.connect(self.remove_session)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)

        outer = QVBoxLayout()
        outer.addLayout(form)
        outer.addWidget(QLabel(self.tr("Sessions")))
        outer.addWidget(self.sessions, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_session_button)
        buttons.addWidget(self.remove_session_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        box.setLayout(outer)
        return box

    # -- selection --------------------------------------------------------------------------------
    def _select_id(self, workshop_id: str) -> None:
        row = self.model.row_of(workshop_id)
        if row < 0 and workshop_id:
            self.model.reload()  # created elsewhere (CLI, import, another page)
            row = self.model.row_of(workshop_id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0 and self.table.currentIndex().row() != row:
            # not selectRow(): in a right-to-left layout it left no current row, and Save then saved nothing
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._load(self.model.rows[row]["id"] if row >= 0 else None)

    def _on_select(self, current, _previous) -> None:  # noqa: ANN001
        if current.isValid():
            workshop_id = self.model.rows[current.row()]["id"]
            self._load(workshop_id)
            self.services.state.set_workshop(workshop_id)

    def current_id(self) -> str | None:
        idx = self.table.currentIndex()
        return self.model.rows[idx.row()]["id"] if idx.isValid() else None

    def _load(self, workshop_id: str | None) -> None:
        self.editor.setEnabled(workshop_id is not None)
        self.delete_button.setEnabled(workshop_id is not None)
        if workshop_id is None:
            return
        w = ws.get_workshop(self.services.db, workshop_id)
        self.f_title.setText(w.title)
        self.f_city.setText(w.city or "")
        self.f_venue.setText(w.venue or "")
        self.f_start.setDate(QDate.fromString(w.start_date, "yyyy-MM-dd"))
        self.f_end.setDate(QDate.fromString(w.end_date, "yyyy-MM-dd"))
        self.f_partner.setText(w.partner or "")
        self.f_donor.setText(w.donor or "")
        self.f_code.setText(w.project_code or "")
        self.f_trainer.setText(w.trainer_name or "")
        self.f_title_ar.setText(w.title_ar or "")
        self.f_venue_ar.setText(w.venue_ar or "")
        self.f_trainer_ar.setText(w.trainer_name_ar or "")
        self.f_trainer_gender.setCurrentIndex(max(0, self.f_trainer_gender.findData(w.trainer_gender or "")))
        self.f_threshold.setValue(round(w.attendance_threshold * 100))
        self.f_grace.setValue(w.late_grace_minutes)
        self.f_language.setCurrentIndex(max(0, self.f_language.findData(w.language)))
        self.f_modules.set_ids(w.modules)
        self.f_notes.setPlainText(w.notes or "")
        self.sessions.setRowCount(0)
        for s in ws.list_sessions(self.services.db, w.id):
            self._append_session_row(s)

    def _append_session_row(self, s: ws.Session | None, date: str = "", start: str = "09:00", end: str = "12:30") -> None:
        r = self.sessions.rowCount()
        self.sessions.insertRow(r)
        number = QTableWidgetItem(str(s.number) if s else "+")
        number.setFlags(number.flags() & ~Qt.ItemIsEditable)
        number.setData(Qt.UserRole, s.id if s else None)
        self.sessions.setItem(r, 0, number)
        self.sessions.setCellWidget(r, 1, date_edit(QDate.fromString(s.date if s else date, "yyyy-MM-dd")))
        for col, value in ((2, s.start_time if s else start), (3, s.end_time if s else end)):
            self.sessions.setCellWidget(r, col, time_edit(QTime.fromString(value, "HH:mm")))
        self.sessions.setItem(r, 4, QTableWidgetItem((s.module_id if s else "") or ""))

    # -- actions ----------------------------------------------------------------------------------
    def create_workshop(self) -> None:
        dialog = NewWorkshopDialog(self.services.data_dir, self)
        if dialog.exec() != QDialog.Accepted:
            return
        try:
            with self.services.state.recording():
                w, _sessions = ws.create_workshop(self.services.db, actor="app", **dialog.values())
        except WorkshopKitError as exc:
            show_error(self, exc)
            return
        self.model.reload()
        self.services.state.set_workshop(w.id)
        self._select_id(w.id)

    def save(self) -> None:
        workshop_id = self.current_id()
        if workshop_id is None:
            return
        db = self.services.db
        try:
            with self.services.state.recording(), db.atomic():
                ws.update_workshop(
                    db,
                    workshop_id,
                    actor="app",
                    title=self.f_title.text(),
                    city=self.f_city.text() or None,
                    venue=self.f_venue.text() or None,
                    start_date=self.f_start.date().toString("yyyy-MM-dd"),
                    end_date=self.f_end.date().toString("yyyy-MM-dd"),
                    partner=self.f_partner.text() or None,
                    donor=self.f_donor.text() or None,
                    project_code=self.f_code.text() or None,
                    trainer_name=self.f_trainer.text() or None,
                    title_ar=self.f_title_ar.text() or None,
                    venue_ar=self.f_venue_ar.text() or None,
                    trainer_name_ar=self.f_trainer_ar.text() or None,
                    trainer_gender=self.f_trainer_gender.currentData(),
                    attendance_threshold=self.f_threshold.value() / 100,
                    late_grace_minutes=self.f_grace.value(),
                    language=self.f_language.currentData(),
                    modules=self.f_modules.ids(),
                    notes=self.f_notes.toPlainText() or None,
                )
                for r in range(self.sessions.rowCount()):
                    session_id = self.sessions.item(r, 0).data(Qt.UserRole)
                    date = self.sessions.cellWidget(r, 1).date().toString("yyyy-MM-dd")
                    start = self.sessions.cellWidget(r, 2).time().toString("HH:mm")
                    end = self.sessions.cellWidget(r, 3).time().toString("HH:mm")
                    module = (self.sessions.item(r, 4).text() or "").strip() or None
                    if session_id:
                        ws.update_session(db, session_id, actor="app", date=date, start_time=start, end_time=end, module_id=module)
                    else:
                        ws.add_session(db, workshop_id, date_=date, start=start, end=end, module_id=module, actor="app")
        except WorkshopKitError as exc:
            show_error(self, exc)
            return
        self.model.reload()
        self._select_id(workshop_id)

    def add_session(self) -> None:
        last_date = self.f_end.date().toString("yyyy-MM-dd")
        self._append_session_row(None, date=last_date, start="14:00", end="17:00")

    def selected_session_row(self) -> int:
        """The row the trainer is on: the field with focus in the table (a date or time), else the current row.

        Date and time fields are cell widgets: clicking one does not move the table's current row, so
        the current row alone pointed at another session.
        """
        focus = QApplication.focusWidget()
        for r in range(self.sessions.rowCount()):
            for c in range(self.sessions.columnCount()):
                cell = self.sessions.cellWidget(r, c)
                if cell is not None and focus is not None and (focus is cell or cell.isAncestorOf(focus)):
                    return r
        rows = self.sessions.selectionModel().selectedRows()
        return rows[0].row() if rows else self.sessions.currentRow()

    def remove_session(self) -> None:
        row = self.selected_session_row()
        if row < 0:
            return
        session_id = self.sessions.item(row, 0).data(Qt.UserRole)
        if not session_id:
            self.sessions.removeRow(row)  # added here and not saved yet
            return
        s = next((s for s in ws.list_sessions(self.services.db, self.current_id()) if s.id == session_id), None)
        if s is None:
            return
        count = ws.attendance_count(self.services.db, session_id)
        when = ltr_text(f"{s.date} {s.start_time}–{s.end_time}")
        text = (self.tr("Remove session {number} ({when}) and the %n attendance record(s) of it? The other sessions "
                        "are numbered again.", "", count).format(number=s.number, when=when) if count else
                self.tr("Remove session {number} ({when})? Nobody's attendance is recorded for it. The other "
                        "sessions are numbered again.").format(number=s.number, when=when))
        if not confirm_destructive(self, self.tr("Remove session"), text, self.tr("Remove session")):
            return
        with self.services.state.recording():  # the editor reloads from the database
            ws.delete_session(self.services.db, session_id, actor="app")

    def delete_workshop(self) -> None:
        workshop_id = self.current_id()
        if workshop_id is None:
            return
        w = ws.get_workshop(self.services.db, workshop_id)
        if not confirm_destructive(
            self, self.tr("Delete workshop"),
            self.tr("Delete '{title}' with its sessions, enrolments and attendance? Participants stay registered.").format(title=isolated(w.title)),
            self.tr("Delete"),
        ):
            return
        with self.services.state.recording():
            ws.delete_workshop(self.services.db, workshop_id, actor="app")
        self.model.reload()
        self._select_id(self.services.state.current_workshop_id or "")

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if changes.workshops or changes.sessions or changes.enrolments:
            current = self.current_id()
            self.model.reload()
            self._select_id(current or self.services.state.current_workshop_id or "")
