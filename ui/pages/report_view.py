"""The donor report inside the app: key figures, a chart per breakdown, export to Excel.

Breakdowns are drawn by ``ui.charts.BarChart``, with the same numbers in a table beside them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import report as report_mod
from workshop_kit.i18n import language, translate

from ..charts import BarChart
from ..jobs import run_job
from ..lifetime import alive
from ..widgets import ltr_text


class ReportView(QWidget):
    def __init__(self, services, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.services = services
        self.workshop_id: str | None = None
        self.current: report_mod.Report | None = None

        self.scope = QComboBox()
        self.scope.addItem(self.tr("This workshop"), "one")
        self.scope.addItem(self.tr("All workshops"), "all")
        self.scope.currentIndexChanged.connect(self.refresh)
        self.with_names = QCheckBox(self.tr("Include participants' names in the export"))
        self.with_names.setToolTip(self.tr("Off by default: donors get anonymised aggregates."))
        self.export_button = QPushButton(self.tr("Export report (Excel)…"))
        self.export_button.clicked.connect(lambda: self.export())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Scope:")))
        top.addWidget(self.scope)
        top.addWidget(self.with_names)
        top.addStretch(1)
        top.addWidget(self.export_button)

        self.figures: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("reached", self.tr("Participants reached")),
            ("sessions", self.tr("Sessions delivered")),
            ("rate", self.tr("Attendance rate")),
            ("gain", self.tr("Knowledge gain")),
        ):
            value = QLabel("—")
            value.setStyleSheet("font-size: 16px; font-weight: 600;")
            self.figures[key] = value
            form.addRow(label, value)
        box = QFrame()
        box.setFrameShape(QFrame.StyledPanel)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        # The chart's numbers as a table: exact values, readable by screen readers, copyable.
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Participants")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        box_layout.addWidget(self.table, 1)

        self.dimension = QComboBox()
        for key, label in report_mod.DIMENSIONS.items():
            self.dimension.addItem(translate(label), key)
        self.dimension.currentIndexChanged.connect(self._show_chart)
        self.bars = BarChart(self)
        self.bars.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #555;")
        self.status = QLabel()
        self.status.setWordWrap(True)

        right = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Breakdown by:")))
        row.addWidget(self.dimension)
        row.addStretch(1)
        right.addLayout(row)
        right.addWidget(self.bars, 1)
        middle = QHBoxLayout()
        middle.addWidget(box)
        middle.addLayout(right, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.status)

    def set_workshop(self, workshop_id: str | None) -> None:
        self.workshop_id = workshop_id
        self.refresh()

    def _target(self) -> str | None:
        return None if self.scope.currentData() == "all" else self.workshop_id

    def refresh(self) -> None:
        if self.scope.currentData() == "one" and not self.workshop_id:
            self.current = None
            self.bars.set_rows([])
            self.table.setRowCount(0)
            return
        self.current = report_mod.build_report(self.services.db, self._target(), lang=language())
        rep = self.current
        self.figures["reached"].setText(
            self.tr("{reached} of {enrolled} enrolled").format(
                reached=report_mod.suppress(rep.reached), enrolled=report_mod.suppress(rep.enrolled)))
        self.figures["sessions"].setText(
            self.tr("{delivered} of {planned}").format(delivered=rep.sessions_delivered, planned=rep.sessions_planned))
        self.figures["rate"].setText(f"{round(100 * rep.attendance_rate)} %" if rep.attendance_rate is not None else "—")
        gain = rep.gain["overall"]
        self.figures["gain"].setText(
            self.tr("{pre} % → {post} % ({gain:+} points)").format(pre=gain["pre_pct"], post=gain["post_pct"],
                                                                   gain=gain["gain_pct"])
            if gain["gain_pct"] is not None else self.tr("no pre/post scores")
        )
        if self.layoutDirection() == Qt.RightToLeft:  # figures start with digits: keep them right-aligned
            for label in self.figures.values():
                label.setText("\u200f" + label.text())
        self.notes.setText("\n".join(rep.notes))
        self._show_chart()

    def _show_chart(self) -> None:
        if self.current is None:
            return
        rows = self.current.table(self.dimension.currentData())
        self.bars.set_rows(rows)
        self.table.setRowCount(len(rows))
        for r, (label, count) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(str(count))
            item.setTextAlignment(Qt.AlignCenter)
            self.table.setItem(r, 1, item)

    def export(self, path: str | Path | None = None) -> None:
        if self.scope.currentData() == "one" and not self.workshop_id:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export donor report"),
                                                  str(Path.home() / "donor-report.xlsx"),
                                                  self.tr("Excel workbooks (*.xlsx)"))
            if not path:
                return
        target, names, lang = self._target(), self.with_names.isChecked(), language()

        def work(db, _progress, _cancelled) -> str:  # noqa: ANN001
            rep = report_mod.build_report(db, target, with_names=names, lang=lang)
            return str(report_mod.write_xlsx(rep, path))

        def done(written: str) -> None:
            self.status.setText(self.tr("Written: {path}").format(path=ltr_text(written)))

        run_job(self, self.services, work, label=self.tr("Writing {path}…").format(path=ltr_text(path)),
                cancellable=False, on_done=alive(self, done))
