"""Import wizard: choose a file, check how its columns are read, see every problem, then import.

Nothing is written before the last page is accepted; then all valid rows go in one transaction,
in a job (``ui.jobs.run_job``) with its own connection, a progress dialog (rows checked of all rows)
and Cancel, which rolls the transaction back: nothing is half-imported.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from workshop_kit import importing as I
from workshop_kit.errors import WorkshopKitError
from workshop_kit.i18n import translate

from ..jobs import run_job
from ..lifetime import alive
from ..services import Services
from ..widgets import ltr_text
from ..workers import show_error

ENCODINGS = ("", "utf-8", "utf-8-sig", "utf-16", "cp1256", "latin-1")
DELIMITERS = (("", None), (";", ";"), (",", ","), ("Tab", "\t"), ("|", "|"))


class ImportWizard(QWizard):
    def __init__(self, services: Services, workshop_id: str | None, parent: QWidget | None = None,
                 path: str | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.workshop_id = workshop_id
        self.table: I.Table | None = None
        self.mapping: dict[str, str | None] = {}
        self.report: I.ImportReport | None = None
        self.result_report: I.ImportReport | None = None
        self.person_sheet: tuple[str, list[str]] | None = None
        self.setWindowTitle(self.tr("Import participants"))
        self.setWizardStyle(QWizard.ClassicStyle)
        self.resize(900, 620)
        self.file_page = FilePage(self, path)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.addPage(self.file_page)
        self.addPage(self.mapping_page)
        self.addPage(self.check_page)
        self.setButtonText(QWizard.FinishButton, self.tr("Import"))
        # Qt's own button texts are not translated in this build: give them ours.
        self.setButtonText(QWizard.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.CancelButton, self.tr("Cancel"))

    def read(self) -> bool:
        try:
            with I.bulk():
                self.table = I.read_file(self.file_page.path.text().strip(),
                                         encoding=self.file_page.encoding.currentData() or None,
                                         delimiter=self.file_page.delimiter.currentData(),
                                         sheet=self.file_page.sheet.currentText() or None)
        except (WorkshopKitError, OSError) as exc:
            show_error(self, exc)
            return False
        self.mapping = I.guess_mapping(self.table.headers)
        self.file_page.show_sheets(self.table.sheets)
        self.person_sheet = None
        if not I.has_name(self.mapping) and len(self.table.sheets) > 1:
            self.person_sheet = I.person_sheet(self.file_page.path.text().strip(), self.table)
        return True

    def accept(self) -> None:
        """Write the valid rows in a worker; the wizard closes when they are in."""
        if self.report is None or self.table is None:
            return
        if self.result_report is not None:
            super().accept()
            return
        for which in (QWizard.FinishButton, QWizard.BackButton, QWizard.CancelButton):
            self.button(which).setEnabled(False)
        table, mapping = self.table, dict(self.mapping)
        workshop_id, consent = self.workshop_id, self.check_page.paper_consent.isChecked()
        without_invalid = self.check_page.without_invalid.isChecked()
        source = Path(self.file_page.path.text()).name

        def work(db, progress, cancelled) -> I.ImportReport:  # noqa: ANN001
            return I.import_table(db, workshop_id, table, mapping=mapping, skip_invalid=True,
                                  assume_consent=consent, without_invalid_fields=without_invalid, actor="app",
                                  source=source, progress=progress, cancelled=cancelled)

        def done(report: I.ImportReport) -> None:
            self.result_report = report  # the job published what was written: participants and enrolments
            super(ImportWizard, self).accept()

        def failed(exc: BaseException) -> None:
            self._enable_buttons()
            show_error(self, exc)

        def cancelled(_exc: BaseException) -> None:
            self._enable_buttons()
            self.check_page.summary.setText(self.tr("Import cancelled: nothing was imported. You can import again."))

        self.job = run_job(self, self.services, work, label=self.tr("Importing {n} rows…").format(n=len(table.rows)),
                           on_done=alive(self, done), on_error=alive(self, failed),
                           on_cancelled=alive(self, cancelled))

    def _enable_buttons(self) -> None:
        for which in (QWizard.FinishButton, QWizard.BackButton, QWizard.CancelButton):
            self.button(which).setEnabled(True)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, path: str | None) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("1. Choose the file"))
        self.setSubTitle(self.tr("CSV or text file (any delimiter or encoding) or an Excel workbook (.xlsx, .xls)."))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit(path or "")
        self.path.setLayoutDirection(Qt.LeftToRight)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File"), row)
        self.encoding = QComboBox()
        for enc in ENCODINGS:
            self.encoding.addItem(enc or self.tr("Detect automatically"), enc)
        form.addRow(self.tr("Text encoding"), self.encoding)
        self.delimiter = QComboBox()
        for label, value in DELIMITERS:
            self.delimiter.addItem(label or self.tr("Detect automatically"), value)
        form.addRow(self.tr("Delimiter"), self.delimiter)
        self.sheet = QComboBox()
        self.sheet.setEnabled(False)
        form.addRow(self.tr("Sheet"), self.sheet)
        self.path.textChanged.connect(self.completeChanged)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Participants file"), str(Path.home()),
                                              self.tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx *.xls)"))
        if name:
            self.path.setText(name)
            self.sheet.clear()

    def show_sheets(self, sheets: list[str]) -> None:
        current = self.sheet.currentText()
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(sheets)
        if current in sheets:
            self.sheet.setCurrentText(current)
        self.sheet.setEnabled(len(sheets) > 1)
        self.sheet.blockSignals(False)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        return self.w.read()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("2. Check the columns"))
        self.setSubTitle(self.tr("Each column of the file and the field it fills; change any that is wrong."))
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("font-weight: bold")
        layout.addWidget(self.hint)
        self.grid = QTableWidget(0, 3)
        self.grid.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Imported as"), self.tr("First values")])
        self.grid.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.grid.verticalHeader().hide()
        layout.addWidget(self.grid, 1)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        t = self.w.table
        assert t is not None
        source = t.encoding or (t.sheet and self.tr("sheet {name}").format(name=t.sheet)) or ""
        self.info.setText(self.tr("%n row(s); header on row {header} ({source}).", "", len(t.rows)).format(
            header=t.header_row, source=ltr_text(source)))
        forbidden = set(I.forbidden_columns(t.headers))
        self.grid.setRowCount(len(t.headers))
        self.combos = []
        for r, header in enumerate(t.headers):
            self.grid.setItem(r, 0, _item(header))
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), None)
            if header not in forbidden:
                for f in I.IMPORT_FIELDS:
                    combo.addItem(translate(I.FIELD_LABELS[f]), f)
            else:
                combo.setToolTip(self.tr("Legal status, documents and religion are never collected."))
            combo.setCurrentIndex(max(0, combo.findData(self.w.mapping.get(header))))
            combo.currentIndexChanged.connect(self._changed)
            self.grid.setCellWidget(r, 1, combo)
            self.combos.append(combo)
            samples = [str(cells[r]) for _n, cells in t.rows[:3] if r < len(cells) and cells[r] not in (None, "")]
            self.grid.setItem(r, 2, _item(" · ".join(samples)))
        self.grid.resizeColumnToContents(1)
        self._show_hint()

    def _show_hint(self) -> None:
        """When no column is a name: say how to choose one, and which sheet has people if another does."""
        if I.has_name(self.w.mapping):
            self.hint.hide()
            return
        text = self.tr("No column was recognised as a name: choose “Full name” (or First name, Last name) for the "
                       "column that holds the names.")
        if self.w.person_sheet:
            sheet, columns = self.w.person_sheet
            text += " " + self.tr("The sheet “{sheet}” has person columns ({columns}): go back and choose it under "
                                  "“Sheet”.").format(sheet=sheet, columns=", ".join(columns))
        self.hint.setText(text)
        self.hint.show()

    def _changed(self) -> None:
        combo = self.sender()
        field = combo.currentData() if isinstance(combo, QComboBox) else None
        if field:  # one column per field: the other column that had it is released
            for other in self.combos:
                if other is not combo and other.currentData() == field:
                    other.blockSignals(True)
                    other.setCurrentIndex(0)
                    other.blockSignals(False)
        self.w.mapping = {h: c.currentData() for h, c in zip(self.w.table.headers, self.combos, strict=True)}
        self._show_hint()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return I.has_name(self.w.mapping)


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("3. Check and import"))
        self.setSubTitle(self.tr("Nothing has been written yet. Rows with a problem are skipped; fix them in the file "
                                 "and import it again (people already imported are not duplicated)."))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.paper_consent = QCheckBox(self.tr("Consent was collected on paper for every person in this file"))
        self.paper_consent.toggled.connect(self.check)
        layout.addWidget(self.paper_consent)
        self.without_invalid = QCheckBox(self.tr("Import people without their optional fields that are not valid "
                                                 "(those fields are left empty and listed below)"))
        self.without_invalid.toggled.connect(self.check)
        layout.addWidget(self.without_invalid)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        self.errors = QTableWidget(0, 3)
        self.errors.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.errors.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.errors.verticalHeader().hide()
        layout.addWidget(self.errors, 1)
        self._ready = False

    def initializePage(self) -> None:
        self.paper_consent.setVisible("consent_data" not in self.w.mapping.values())
        self.check()

    def check(self) -> None:
        """Validate every row in a worker (its own connection): 100,000 rows take a few seconds."""
        self._ready = False
        self.completeChanged.emit()
        self.progress.setRange(0, 0)  # busy until the first rows are counted
        self.progress.show()
        self.summary.setText(self.tr("Checking every row…"))
        table, mapping = self.w.table, dict(self.w.mapping)
        consent = self.paper_consent.isChecked() and self.paper_consent.isVisible()
        without_invalid = self.without_invalid.isChecked()

        def work(db, progress, _cancelled) -> I.ImportReport:  # noqa: ANN001
            return I.import_table(db, None, table, mapping=mapping, dry_run=True, assume_consent=consent,
                                  without_invalid_fields=without_invalid, progress=progress)

        run_job(self, self.w.services, work, label="", dialog=False, on_done=alive(self, self.show_report),
                on_error=alive(self, self._failed), on_progress=self._checked)

    def _checked(self, done: int, total: int, _message: str) -> None:
        """Rows checked so far, on the page's own bar (the check writes nothing: no Cancel needed)."""
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.summary.setText(str(exc))

    def show_report(self, report: I.ImportReport) -> None:
        self.w.report = report
        self.progress.hide()
        new = report.valid - len(report.duplicates)
        repeats = [d for d in report.duplicates if d["match"] == "row"]
        text = self.tr("{rows}: {new}, {known}, {errors}.").format(
            rows=self.tr("%n row(s)", "", report.rows), new=self.tr("%n new participant(s)", "", new),
            known=self.tr("%n already registered (enrolled, not created again)", "", len(report.duplicates) - len(repeats)),
            errors=self.tr("%n row(s) with problems", "", len({e.row for e in report.errors})))
        if repeats:
            text += " " + self.tr("%n row(s) repeat an earlier row of this file (rows {rows}) and are not created twice.", "",
                                  len(repeats)).format(rows=", ".join(f"{d['row']}→{d['same_as_row']}" for d in repeats))
        possible = sorted({d["row"] for d in report.possible_duplicates})
        if possible:
            text += " " + self.tr("Rows {rows} share a phone number with another person under another name: they are "
                                  "imported; check them with “Duplicates…”.").format(rows=", ".join(map(str, possible)))
        if report.cleared:
            text += " " + self.tr("%n field(s) that are not valid are left empty (listed below).", "", len(report.cleared))
        if report.missing_consent and not report.consent_column and not self.paper_consent.isChecked():
            text += " " + self.tr("The file has no consent column: if consent to data use was collected for every "
                                  "person, tick “{box}”.").format(box=self.paper_consent.text())
        fixable = report.optional_only_rows()
        if fixable and not self.without_invalid.isChecked():
            text += " " + self.tr("%n person(s) have problems only in optional fields: tick “{box}” to import them "
                                  "without those fields.", "", fixable).format(box=self.without_invalid.text())
        if report.ignored_columns:
            text += " " + self.tr("Not imported, never collected: {columns}.").format(columns=", ".join(report.ignored_columns))
        self.summary.setText(text)
        shown = [(e, e.message) for e in report.errors]
        shown += [(e, self.tr("Left empty: {problem}").format(problem=e.message)) for e in report.cleared]
        self.errors.setRowCount(len(shown))
        for r, (e, message) in enumerate(shown):
            self.errors.setItem(r, 0, _item(str(e.row)))
            self.errors.setItem(r, 1, _item(e.column))
            self.errors.setItem(r, 2, _item(message))
        self.w.setButtonText(QWizard.FinishButton, self.tr("Import %n row(s)", "", report.valid))
        self._ready = report.valid > 0
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._ready


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
    return item


