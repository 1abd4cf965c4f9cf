"""Participants page: search as you type over 100k people, register, enrol, import, duplicates, privacy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import participants as P
from workshop_kit import privacy
from workshop_kit.changes import ChangeSet
from workshop_kit.countries import name_of
from workshop_kit.errors import WorkshopKitError
from workshop_kit.i18n import language
from workshop_kit.phones import display_phone

from ..jobs import run_job
from ..lifetime import alive
from ..models.participants_model import COUNT_CAP, ParticipantsModel
from ..services import Services
from ..widgets import confirm_destructive, isolated, ltr_text
from ..workers import show_error

SEARCH_DELAY_MS = 120


class LeftToRightDelegate(QStyledItemDelegate):
    """Phone numbers are laid out left to right even in the Arabic (right-to-left) table."""

    def initStyleOption(self, option, index) -> None:  # noqa: ANN001 - Qt API
        super().initStyleOption(option, index)
        option.direction = Qt.LeftToRight
        option.displayAlignment = Qt.AlignAbsolute | Qt.AlignRight | Qt.AlignVCenter \
            if self.parent().isRightToLeft() else Qt.AlignLeft | Qt.AlignVCenter


class ParticipantsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = ParticipantsModel(services.db, self)
        self._count_generation = 0

        heading = QLabel(self.tr("Participants"))
        heading.setObjectName("pageTitle")
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: palette(mid);")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        top.addStretch(1)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: name in Latin or Arabic script, organisation, city, phone, e-mail…"))
        self.search.setClearButtonEnabled(True)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Current workshop"), "workshop")
        self.scope.addItem(self.tr("All participants"), "all")
        self.gender = QComboBox()
        for code, label in (("", self.tr("Everyone")), ("F", self.tr("Women")), ("M", self.tr("Men")), ("X", self.tr("Other"))):
            self.gender.addItem(label, code)
        self.show_erased = QCheckBox(self.tr("Show erased"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.scope)
        filters.addWidget(self.gender)
        filters.addWidget(self.show_erased)

        self.new_button = QPushButton(self.tr("New participant…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.enrol_button = QPushButton(self.tr("Enrol in current workshop"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.duplicates_button = QPushButton(self.tr("Duplicates…"))
        self.export_button = QPushButton(self.tr("Export their data…"))
        self.erase_button = QPushButton(self.tr("Erase…"))
        actions = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.enrol_button, self.import_button, self.duplicates_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.erase_button)

        self.retention_bar = QFrame()
        self.retention_bar.setStyleSheet("QFrame { background: #fff4d6; border-radius: 4px; }")
        rb = QHBoxLayout(self.retention_bar)
        self.retention_label = QLabel()
        self.retention_label.setWordWrap(True)
        self.retention_button = QPushButton(self.tr("Anonymise them…"))
        rb.addWidget(self.retention_label, 1)
        rb.addWidget(self.retention_button)
        self.retention_bar.hide()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        for col, width in enumerate((140, 110, 135, 80, 80, 85, 140)):
            self.table.setColumnWidth(col, width)
        phone_column = [key for key, _sort in self.model.COLUMNS].index("phone")
        self._ltr_delegate = LeftToRightDelegate(self.table)
        self.table.setItemDelegateForColumn(phone_column, self._ltr_delegate)

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.RichText)
        self.details.setAlignment(Qt.AlignTop | Qt.AlignLeading)
        self.history = QTableWidget(0, 3)
        self.history.setHorizontalHeaderLabels([self.tr("Workshop"), self.tr("Dates"), self.tr("Attended")])
        self.history.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QTableWidget.NoEditTriggers)
        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(6, 0, 0, 0)
        sv.addWidget(self.details)
        history_title = QLabel(self.tr("Workshops attended"))
        history_title.setStyleSheet("font-weight: 600;")
        sv.addWidget(history_title)
        sv.addWidget(self.history, 1)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([880, 300])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.retention_bar)
        layout.addWidget(split, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.scope.currentIndexChanged.connect(self.apply_filters)
        self.gender.currentIndexChanged.connect(self.apply_filters)
        self.show_erased.toggled.connect(self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_details())
        self.table.doubleClicked.connect(lambda *_: self.edit_participant())
        self.model.modelReset.connect(self._after_reset)
        self.new_button.clicked.connect(self.new_participant)
        self.edit_button.clicked.connect(self.edit_participant)
        self.enrol_button.clicked.connect(self.enrol_current)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.duplicates_button.clicked.connect(self.review_duplicates)
        self.export_button.clicked.connect(self.export_data)
        self.erase_button.clicked.connect(self.erase)
        self.retention_button.clicked.connect(self.anonymise_expired)
        services.state.workshopChanged.connect(lambda *_: self.apply_filters())
        services.state.dataChanged.connect(self._on_data_changed)
        self.retention_candidates = 0
        self.apply_filters()
        self.check_retention()

    # -- list ----------------------------------------------------------------------------------
    def hidden_fields(self) -> set[str]:
        return set(self.services.settings.get("hidden_fields", []) or [])

    def apply_filters(self) -> None:
        hidden = self.hidden_fields()  # Settings → Privacy: fields this organisation does not show
        for col, (key, _sort) in enumerate(self.model.COLUMNS):
            self.table.setColumnHidden(col, key in hidden)
        workshop = self.services.state.current_workshop_id if self.scope.currentData() == "workshop" else None
        if self.scope.currentData() == "workshop" and not workshop:
            workshop = "-"  # no workshop yet: nobody is enrolled in "the current one"
        self.model.set_query(self.search.text(), workshop_id=workshop, include_erased=self.show_erased.isChecked(),
                             filters={"gender": self.gender.currentData()})

    def _after_reset(self) -> None:
        self.show_details()
        if self.model.total is not None:
            self._show_count(self.model.total)
            return
        # Many matches: count them in a worker so typing never waits for it; a newer search wins.
        self._count_generation += 1
        generation, query = self._count_generation, self.model.count_query()

        def done(n: int) -> None:
            if generation == self._count_generation:
                self._show_count(n)

        self._in_worker(lambda db: P.count_participants(db, **query), done)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("{n}+ participants").format(n=total) if total >= COUNT_CAP
                                 else self.tr("%n participant(s)", "", total))

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        idx = rows[0] if rows else self.table.currentIndex()
        return self.model.id_at(idx.row()) if idx.isValid() else None

    def select_row(self, row: int) -> None:
        # Not QTableView.selectRow: in a right-to-left layout it can clear the current row.
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def select_id(self, participant_id: str) -> None:
        self.select_row(self.model.row_of(participant_id))

    def show_details(self) -> None:
        pid = self.current_id()
        for b in (self.edit_button, self.export_button, self.erase_button, self.enrol_button):
            b.setEnabled(pid is not None)
        self.enrol_button.setEnabled(pid is not None and self.services.state.current_workshop_id is not None)
        if pid is None:
            self.details.setText(self.tr("Select a participant to see their details and history."))
            self.history.setRowCount(0)
            return
        p = P.get_participant(self.services.db, pid)
        lang = language()
        if p.erased_at:
            self.details.setText("<b>{}</b><br>{}".format(
                self.tr("Erased participant"),
                self.tr("Personal data erased on {date}; attendance still counts, anonymously.").format(
                    date=ltr_text(p.erased_at[:10]))))
            self.edit_button.setEnabled(False)
            self.erase_button.setEnabled(False)
        else:
            lines = [f"<b style='font-size:15px'>{_esc(p.latin_name)}</b>" if p.latin_name else "",
                     f"<b style='font-size:15px'>{_esc(p.arabic_name)}</b>" if p.arabic_name else ""]
            info = [x for x in (p.role, p.organisation_name, p.city) if x]
            if info:
                lines.append(_esc(" · ".join(info)))
            hidden = self.hidden_fields()
            if p.nationality and "nationality" not in hidden:
                lines.append(_esc(name_of(p.nationality, lang)))
            for key, value in (("phone", display_phone(p.phone)), ("email", p.email)):
                if value and key not in hidden:
                    lines.append(ltr_text(_esc(value)))
            consents = [label for flag, label in ((p.consent_data, self.tr("data")), (p.consent_photos, self.tr("photos")),
                                                  (p.consent_email, self.tr("e-mail"))) if flag]
            lines.append(self.tr("Consent: {what}").format(what=", ".join(consents) or self.tr("none")) + (
                " — " + ltr_text(p.consent_date) if p.consent_date else "") + (
                " — " + _esc(p.consent_recorded_by) if p.consent_recorded_by else ""))
            self.details.setText("<br>".join(x for x in lines if x))
        items = P.history(self.services.db, pid)
        self.history.setRowCount(len(items))
        for r, h in enumerate(items):
            self.history.setItem(r, 0, QTableWidgetItem(h["title"]))
            self.history.setItem(r, 1, QTableWidgetItem(ltr_text(h["start_date"])))
            self.history.setItem(r, 2, QTableWidgetItem(ltr_text(f"{h['attended']}/{h['sessions']}")))

    SHOWS = ChangeSet(participants=True, enrolments=True, badge_tokens=True, attendance=True, workshops=True)

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if changes.any_of(self.SHOWS):
            current = self.current_id()
            self.model.reload()
            if current:
                self.select_id(current)

    # -- actions -------------------------------------------------------------------------------
    def _dialog(self, participant: P.Participant | None = None):  # noqa: ANN202
        from ..dialogs.participant_form import ParticipantDialog

        return ParticipantDialog(self, participant=participant,
                                 hidden_fields=self.services.settings.get("hidden_fields", []),
                                 recorded_by=self.services.settings.get("organisation_name", "") or "")

    def new_participant(self) -> None:
        dialog = self._dialog()
        if dialog.exec() != QDialog.Accepted:
            return
        db = self.services.db
        workshop = self.services.state.current_workshop_id
        try:
            with self.services.state.recording(), db.atomic():
                p = P.add_participant(db, actor="app", **dialog.values())
                if workshop:
                    P.enrol(db, workshop, p.id, actor="app")
        except WorkshopKitError as exc:
            show_error(self, exc)
            return
        self.select_id(p.id)

    def edit_participant(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        p = P.get_participant(self.services.db, pid)
        if p.erased_at:
            return
        dialog = self._dialog(p)
        if dialog.exec() != QDialog.Accepted:
            return
        try:
            with self.services.state.recording():
                P.update_participant(self.services.db, pid, actor="app", **dialog.values())
        except WorkshopKitError as exc:
            show_error(self, exc)
            return

    def enrol_current(self) -> None:
        pid, workshop = self.current_id(), self.services.state.current_workshop_id
        if pid and workshop:
            with self.services.state.recording():
                P.enrol(self.services.db, workshop, pid, actor="app")

    def import_file(self, path: str | None = None) -> None:
        from ..dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.services, self.services.state.current_workshop_id, self, path=path or None)
        wizard.exec()
        if wizard.result_report is not None:
            r = wizard.result_report
            QMessageBox.information(self, self.tr("Import"), self.tr("Imported: {imported}; {enrolled}; {skipped}.").format(
                imported=self.tr("%n new participant(s)", "", r.imported),
                enrolled=self.tr("%n enrolment(s) added", "", r.enrolled),
                skipped=self.tr("%n row(s) skipped", "", r.skipped)))

    def review_duplicates(self) -> None:
        from ..dialogs.duplicates import DuplicatesDialog

        DuplicatesDialog(self.services, self).exec()

    def export_data(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        p = P.get_participant(self.services.db, pid)
        default = Path.home() / f"{self.tr('personal-data')}-{pid[:8]}.docx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export everything held about this person"), str(default),
                                              self.tr("Word document (*.docx)"))
        if not path:
            return
        from ..dialogs.encryption import ask_file_password

        password = ask_file_password(self)
        if password is None:
            return
        if password:
            path += ".sealed"
        pid = p.id  # in the person's own language, as the access right asks

        def work(db, _progress, _cancelled) -> str:  # noqa: ANN001
            return str(privacy.export_personal_data(db, pid, path, password=password or None))

        # A job: Word and the encryption take about a second on a trainer's laptop.
        run_job(self, self.services, work, label=self.tr("Writing {path}…").format(path=ltr_text(path)),
                cancellable=False, on_done=alive(self, self._personal_data_written))

    def _personal_data_written(self, path: str) -> None:
        self.last_personal_data = path

    def erase(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        p = P.get_participant(self.services.db, pid)
        if not confirm_destructive(self, self.tr("Erase participant"), self.tr(
                "Erase all personal data of {name}? Their attendance stays in the statistics without their name. "
                "This cannot be undone.").format(name=isolated(p.display_name(language()))), self.tr("Erase")):
            return
        # A job: erasure rewrites the search index (about half a second at 100k people).
        self._in_worker(lambda db: privacy.erase_participant(db, pid, actor="app"), lambda _p: None,
                        self.tr("Erasing…"))

    # -- retention -----------------------------------------------------------------------------
    def retention_months(self) -> int:
        return int(self.services.settings.get("retention_months", 24) or 24)

    def _in_worker(self, fn, on_done, label: str = "") -> None:  # noqa: ANN001
        """Run ``fn(db)`` as a job (retention over 100k people takes seconds); with a ``label``, a
        progress dialog shows when it runs long. The job publishes what ``fn`` wrote."""

        def work(db, _progress, _cancelled):  # noqa: ANN001, ANN202
            return fn(db)

        run_job(self, self.services, work, label=label, dialog=bool(label), cancellable=False,
                on_done=alive(self, on_done))

    def check_retention(self) -> None:
        months = self.retention_months()
        self._in_worker(lambda db: len(privacy.retention_candidates(db, months)), self._show_retention)

    def _show_retention(self, n: int) -> None:
        self.retention_candidates = n
        self.retention_bar.setVisible(bool(n))
        self.retention_label.setText(self.tr(
            "%n participant(s) only attended workshops that ended more than {months} months ago. "
            "The retention period in Settings says their data should now be anonymised.", "", n).format(
            months=self.retention_months()))

    def anonymise_expired(self) -> None:
        months = self.retention_months()
        answer = QMessageBox.question(self, self.tr("Anonymise"), self.tr(
            "Anonymise %n participant(s)? Their names and contact details are erased; attendance counts stay.", "",
            self.retention_candidates))
        if answer != QMessageBox.Yes:
            return
        self.retention_button.setEnabled(False)

        def done(_n: int) -> None:
            self.retention_button.setEnabled(True)
            self.check_retention()

        self._in_worker(lambda db: privacy.anonymise_expired(db, months, actor="app"), done, self.tr("Anonymising…"))


def _esc(text: str | None) -> str:
    from html import escape

    return escape(text or "")
