"""Programme: the coordinator's page. An inbox folder of bundles merged on demand, the dashboard over
every workshop (filters: period, city, partner, module) and its exports (Excel, Word, PDF).

Scans, figures and exports run as jobs (``ui.jobs.run_job``) with their own database connection, so a
programme of 20,000 people never freezes the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import inbox as inbox_mod
from workshop_kit import programme as programme_mod
from workshop_kit import report as report_mod
from workshop_kit.changes import ChangeSet
from workshop_kit.i18n import language, translate

from ..charts import BarChart
from ..jobs import run_job
from ..lifetime import alive
from ..widgets import date_edit, ltr_text
from ..workers import show_error

ANY_DATE = QDate(2000, 1, 1)
AUTO_SCAN_MS = 5 * 60_000  # while the page is open, the inbox is scanned again every 5 minutes


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ProgrammePage(QWidget):
    def __init__(self, services, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.services = services
        self.current: programme_mod.Programme | None = None
        self.last_scan: inbox_mod.ScanResult | None = None
        self._generation = 0
        self.busy = False
        self.scanning = False
        self._stale = False  # data changed while the page was hidden: recount when it is shown
        self.auto_scan = QTimer(self)
        self.auto_scan.setInterval(AUTO_SCAN_MS)
        self.auto_scan.timeout.connect(self._scan_if_shown)

        # -- inbox --------------------------------------------------------------------------
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose the inbox folder…"))
        self.choose_button.clicked.connect(lambda: self.choose_folder())
        self.scan_button = QPushButton(self.tr("Scan the inbox"))
        self.scan_button.setToolTip(self.tr("Check and merge every new bundle in the folder. Nothing is written "
                                            "into the folder."))
        self.scan_button.clicked.connect(self.scan)
        self.scan_status = QLabel()
        self.scan_status.setWordWrap(True)
        self.scan_table = _table([self.tr("File"), self.tr("Result"), self.tr("Workshop or reason")])
        self.scan_table.setMaximumHeight(130)
        self.scan_table.setSelectionBehavior(QTableWidget.SelectRows)
        self.scan_table.setSelectionMode(QTableWidget.SingleSelection)
        self.scan_table.itemSelectionChanged.connect(self._on_scan_selection)
        self.trust_button = QPushButton(self.tr("Trust this laptop…"))
        self.trust_button.setToolTip(self.tr("For a bundle refused because its signer is unknown: trust the key of "
                                             "the laptop that signed it, then scan again."))
        self.trust_button.setEnabled(False)
        self.trust_button.clicked.connect(lambda: self.trust_selected())
        inbox_box = QGroupBox(self.tr("Inbox: bundles from trainers"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Folder:")))
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.scan_button)
        row.addWidget(self.trust_button)
        box_layout = QVBoxLayout(inbox_box)
        box_layout.addLayout(row)
        box_layout.addWidget(self.scan_status)
        box_layout.addWidget(self.scan_table)

        # -- filters ------------------------------------------------------------------------
        self.date_from, self.date_to = date_edit(ANY_DATE), date_edit(ANY_DATE)
        for edit in (self.date_from, self.date_to):
            edit.setMinimumDate(ANY_DATE)
            edit.setSpecialValueText(self.tr("any date"))
            edit.setDate(ANY_DATE)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.city, self.partner, self.module = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.city, self.partner, self.module):
            combo.setMinimumWidth(130)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        filters = QHBoxLayout()
        for label, widget in ((self.tr("From:"), self.date_from), (self.tr("To:"), self.date_to),
                              (self.tr("City:"), self.city), (self.tr("Partner:"), self.partner),
                              (self.tr("Module:"), self.module)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)

        # -- figures, breakdown, knowledge gain ---------------------------------------------
        self.figures_box = QFrame()
        self.figures_box.setFrameShape(QFrame.StyledPanel)
        self.figures_grid = QGridLayout(self.figures_box)
        self.figure_labels: list[tuple[QLabel, QLabel]] = []
        for i in range(6):
            value, caption = QLabel("—"), QLabel()
            value.setAlignment(Qt.AlignCenter)
            value.setStyleSheet("font-size: 20px; font-weight: 600;")
            caption.setAlignment(Qt.AlignCenter)
            caption.setWordWrap(True)
            self.figures_grid.addWidget(value, 0, i)
            self.figures_grid.addWidget(caption, 1, i)
            self.figure_labels.append((value, caption))

        self.dimension = QComboBox()
        for key, label in report_mod.DIMENSIONS.items():
            self.dimension.addItem(translate(label), key)
        self.dimension.currentIndexChanged.connect(lambda _i: self._show_breakdown())
        self.bars = BarChart(self)
        self.bars.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.gain_table = _table([self.tr("Module"), self.tr("Participants"), self.tr("Pre-test %"),
                                  self.tr("Post-test %"), self.tr("Gain (points)")])
        left = QVBoxLayout()
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("People reached, by:")))
        pick.addWidget(self.dimension)
        pick.addStretch(1)
        left.addLayout(pick)
        left.addWidget(self.bars, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Knowledge gain per module")))
        right.addWidget(self.gain_table, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addLayout(right, 1)

        # -- exports ------------------------------------------------------------------------
        self.export_buttons: dict[str, QPushButton] = {}
        exports = QHBoxLayout()
        self.note = QLabel(self.tr("Anonymised: counts below 3 are shown as \"<3\"."))
        self.note.setStyleSheet("color: #555;")
        exports.addWidget(self.note, 1)
        for fmt, text in (("xlsx", self.tr("Export Excel…")), ("docx", self.tr("One-page summary (Word)…")),
                          ("pdf", self.tr("One-page summary (PDF)…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, f=fmt: self.export(f))
            exports.addWidget(button)
            self.export_buttons[fmt] = button
        from workshop_kit import pdf

        if not pdf.available():
            self.export_buttons["pdf"].setEnabled(False)
            self.export_buttons["pdf"].setToolTip(pdf.install_hint())
        self.status = QLabel()
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(inbox_box)
        layout.addLayout(filters)
        layout.addWidget(self.figures_box)
        layout.addLayout(middle, 1)
        layout.addLayout(exports)
        layout.addWidget(self.status)

        services.state.dataChanged.connect(self._on_data_changed)
        self._show_folder()
        self.reload_choices()

    # -- inbox ------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt API
        """Opening the page scans the inbox, then every few minutes while it stays open."""
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload_choices()
        self.auto_scan.start()
        self._scan_if_shown()

    def hideEvent(self, event) -> None:  # noqa: ANN001 - Qt API
        super().hideEvent(event)
        self.auto_scan.stop()

    def _scan_if_shown(self) -> None:
        if self.isVisible() and inbox_mod.inbox_folder(self.services.data_dir) is not None:
            self.scan()

    def _show_folder(self) -> None:
        folder = inbox_mod.inbox_folder(self.services.data_dir)
        self.folder_label.setText(ltr_text(folder) if folder else self.tr("none chosen yet"))
        self.scan_button.setEnabled(folder is not None)

    def choose_folder(self, folder: str | Path | None = None) -> None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Inbox folder"), str(Path.home()))
            if not folder:
                return
        try:
            inbox_mod.set_inbox_folder(self.services.data_dir, folder)
        except Exception as exc:  # noqa: BLE001 - shown through the one warning path
            show_error(self, exc)
            return
        from workshop_kit import settings as settings_mod

        self.services.settings = settings_mod.load(self.services.data_dir)
        self._show_folder()
        self._scan_if_shown()

    def scan(self) -> None:
        if self.scanning:
            return
        self.scanning = True
        data_dir = self.services.data_dir
        self.scan_button.setEnabled(False)
        self.scan_status.setText(self.tr("Scanning the inbox…"))

        def work(db, progress, cancelled) -> inbox_mod.ScanResult:  # noqa: ANN001
            def said(done: int, total: int, name: str) -> None:
                progress(done, total, self.tr("Checking {done} of {total}: {file}").format(
                    done=done + 1 if name else done, total=total, file=ltr_text(name)) if total else "")

            return inbox_mod.scan(db, data_dir, progress=said, cancelled=cancelled)

        def failed(exc: BaseException) -> None:
            self.scanning = False
            self.scan_button.setEnabled(True)
            self.scan_status.setText("")
            show_error(self, exc)

        # The page says how far the scan is; what it merged is published by the job.
        run_job(self, self.services, work, label="", dialog=False, on_done=alive(self, self._scanned),
                on_error=alive(self, failed), on_progress=self._scan_progress)

    def _scan_progress(self, _done: int, _total: int, message: str) -> None:
        if message:
            self.scan_status.setText(message)

    def _scanned(self, result: inbox_mod.ScanResult) -> None:
        self.last_scan = result
        self.scanning = False
        self.scan_button.setEnabled(True)
        c = result.counts()
        self.scan_status.setText(self.tr("{merged}, {known}, {refused}, {waiting} (taken at the next scan).").format(
            merged=self.tr("%n merged", "", c["merged"]), known=self.tr("%n already known", "", c["known"]),
            refused=self.tr("%n refused", "", c["refused"]), waiting=self.tr("%n still arriving", "", c["waiting"])))
        labels = {"merged": self.tr("merged"), "known": self.tr("already known"), "refused": self.tr("refused"),
                  "waiting": self.tr("still arriving")}
        self.scan_table.setRowCount(len(result.entries))
        for r, e in enumerate(result.entries):
            what = e.reason if e.status == "refused" else (e.workshop_title or "")
            for col, text in enumerate((ltr_text(e.file), labels[e.status], what or "")):
                item = QTableWidgetItem(text)
                if col == 2 and what:
                    item.setToolTip(what)
                self.scan_table.setItem(r, col, item)
        if result.changed and self._stale:  # the page's own scan: its figures are recounted off screen too
            self._stale = False
            self.reload_choices()

    def _selected_entry(self) -> inbox_mod.Entry | None:
        rows = {i.row() for i in self.scan_table.selectedItems()}
        if self.last_scan is None or len(rows) != 1:
            return None
        return self.last_scan.entries[rows.pop()]

    def _on_scan_selection(self) -> None:
        entry = self._selected_entry()
        self.trust_button.setEnabled(entry is not None and bool(entry.signer_key))

    def trust_selected(self, confirm: bool = True) -> None:
        """Trust the unknown signer of the selected refused bundle (after asking), then scan again."""
        from workshop_kit.signing import trust_public_key

        entry = self._selected_entry()
        if entry is None or not entry.signer_key:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Trust this laptop?"),
                self.tr("{file} is signed by the key {key_id}, which this computer does not know yet. Trust it only "
                        "if you know the laptop it comes from (the trainer's laptop shows this key id when it writes a "
                        "bundle). Its bundles will then be merged.").format(file=ltr_text(entry.file),
                                                                              key_id=ltr_text(entry.signer)))
            if answer != QMessageBox.Yes:
                return
        trust_public_key(self.services.data_dir, entry.signer_key)
        self.trust_button.setEnabled(False)
        self.scan()

    # -- dashboard --------------------------------------------------------------------------
    SHOWS = ChangeSet(workshops=True, sessions=True, participants=True, enrolments=True, attendance=True,
                      quiz_scores=True, certificates=True)

    def _on_data_changed(self, changes: ChangeSet) -> None:
        """Recount now if the page is on screen; else when it is next shown (a scan at the door must
        not cost a programme-wide count)."""
        if changes.any_of(self.SHOWS):
            if self.isVisible():
                self.reload_choices()
            else:
                self._stale = True

    def module_title(self, module_id: str) -> str:
        """The module's title in the trainer's language, not its id (the id when not installed here)."""
        from workshop_kit.curricula import load_catalog
        from workshop_kit.i18n import language

        module = load_catalog(self.services.data_dir).modules.get(module_id) if module_id else None
        return module.title(language()) if module is not None else module_id

    def reload_choices(self) -> None:
        """Fill the filter lists from the workshops in this data folder, keeping the current choices."""
        found = programme_mod.choices(self.services.db)
        for combo, values in ((self.city, found["cities"]), (self.partner, found["partners"]),
                              (self.module, found["modules"])):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for v in values:
                combo.addItem(self.module_title(v) if combo is self.module else v, v)
            index = combo.findData(keep) if keep else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self.refresh()

    def filters(self) -> programme_mod.Filters:
        def day(edit) -> str | None:  # noqa: ANN001
            return None if edit.date() == ANY_DATE else edit.date().toString("yyyy-MM-dd")

        return programme_mod.Filters(day(self.date_from), day(self.date_to), self.city.currentData(),
                                     self.partner.currentData(), self.module.currentData())

    def refresh(self) -> None:
        """Recompute the figures in a worker; a newer request makes an older answer stale."""
        self._generation += 1
        generation, filters, lang = self._generation, self.filters(), language()
        self.busy = True
        self.status.setText(self.tr("Counting…"))

        def work(db, _progress, _cancelled) -> programme_mod.Programme:  # noqa: ANN001
            return programme_mod.build_programme(db, filters, lang=lang)

        def done(prog: programme_mod.Programme) -> None:
            if generation == self._generation:
                self._show(prog)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.busy = False
                self.status.setText(str(exc))

        run_job(self, self.services, work, label="", dialog=False, on_done=alive(self, done),
                on_error=alive(self, failed))

    def _show(self, prog: programme_mod.Programme) -> None:
        self.current = prog
        self.busy = False
        for (value, caption), (label, shown) in zip(self.figure_labels, prog.figures(), strict=True):
            value.setText(ltr_text(shown))  # "+25.0" and "85 %" keep their order in Arabic
            caption.setText(label)
        self.status.setText(self.tr("%n workshop(s) in this view: {scope}", "", len(prog.report.workshops)).format(
            scope=prog.filters.describe(prog.lang)))
        modules = prog.report.gain["modules"]
        self.gain_table.setRowCount(len(modules))
        for r, m in enumerate(modules):
            values: list[Any] = [self.module_title(m["module"]), m["participants"], m["pre_pct"], m["post_pct"], m["gain_pct"]]
            for col, v in enumerate(values):
                text = "—" if v is None else (f"{v:+}" if col == 4 else str(v))
                item = QTableWidgetItem(ltr_text(text) if col else text)
                if col:
                    item.setTextAlignment(Qt.AlignCenter)
                self.gain_table.setItem(r, col, item)
        self._show_breakdown()

    def _show_breakdown(self) -> None:
        if self.current is not None:
            self.bars.set_rows(self.current.report.table(self.dimension.currentData()))

    # -- exports ----------------------------------------------------------------------------
    def export(self, fmt: str, path: str | Path | None = None) -> None:
        if path is None:
            filters = {"xlsx": self.tr("Excel workbooks (*.xlsx)"), "docx": self.tr("Word documents (*.docx)"),
                       "pdf": self.tr("PDF documents (*.pdf)")}
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the programme dashboard"),
                                                  str(Path.home() / f"programme.{fmt}"), filters[fmt])
            if not path:
                return
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
        filters_now, lang = self.filters(), language()
        for button in self.export_buttons.values():
            button.setEnabled(False)
        self.status.setText(self.tr("Writing {path}…").format(path=ltr_text(path)))

        def work(db, _progress, cancelled) -> str:  # noqa: ANN001
            prog = programme_mod.build_programme(db, filters_now, lang=lang)
            return str(programme_mod.export(prog, path, cancelled=cancelled))

        def finish() -> None:
            from workshop_kit import pdf

            for fmt_, button in self.export_buttons.items():
                button.setEnabled(fmt_ != "pdf" or pdf.available())

        def done(written: str) -> None:
            finish()
            self.status.setText(self.tr("Written: {path}").format(path=ltr_text(written)))

        def failed(exc: BaseException) -> None:
            finish()
            self.status.setText("")
            show_error(self, exc)

        def stopped(exc: BaseException) -> None:
            finish()
            self.status.setText(str(exc))

        # The PDF goes through LibreOffice (seconds): Cancel stops it; the other formats stop at the end.
        run_job(self, self.services, work, label=self.tr("Writing {path}…").format(path=ltr_text(path)),
                cancellable=fmt == "pdf", on_done=alive(self, done), on_error=alive(self, failed),
                on_cancelled=alive(self, stopped))
