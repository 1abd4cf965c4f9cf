"""Pre/post tests tab: scores per participant for one module, and the knowledge gain."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import quizscores
from workshop_kit import workshops as ws
from workshop_kit.errors import WorkshopKitError
from workshop_kit.i18n import language
from workshop_kit.participants import enrolled

from ...widgets import ltr_text
from ...workers import show_error
from .common import ROLE, _ask_save_path, _language_combo, module_file_name

if TYPE_CHECKING:
    from .page import CurriculaPage


class ScoresTab(QWidget):
    """Pre and post test scores per participant for one module, and the knowledge gain."""

    COLS = 3

    def __init__(self, page: CurriculaPage) -> None:
        super().__init__(page)
        self.page = page
        self.workshop_id: str | None = None
        self.people: list = []
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.module = QComboBox()
        self.module.currentIndexChanged.connect(lambda _i: self.load_scores())
        self.max_score = QDoubleSpinBox()
        self.max_score.setRange(1, 1000)
        self.max_score.setDecimals(0)
        self.table = QTableWidget(0, self.COLS)
        self.table.setHorizontalHeaderLabels([self.tr("Participant"), self.tr("Pre-test"), self.tr("Post-test")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        self.save_button = QPushButton(self.tr("Save scores"))
        self.save_button.clicked.connect(self.save)
        self.gain = QTextBrowser()
        self.gain.setMaximumHeight(190)
        self.all_workshops = QCheckBox(self.tr("All workshops"))
        self.all_workshops.toggled.connect(lambda _on: self.show_gain())
        self.print_lang = _language_combo()
        self.print_lang.setCurrentIndex(max(0, self.print_lang.findData(language())))
        self.print_button = QPushButton(self.tr("Print the test…"))
        self.print_button.clicked.connect(lambda: self.print_dialog(answer_key=False))
        self.key_button = QPushButton(self.tr("Print the answer key…"))
        self.key_button.clicked.connect(lambda: self.print_dialog(answer_key=True))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Module")))
        top.addWidget(self.module, 1)
        top.addWidget(QLabel(self.tr("Out of")))
        top.addWidget(self.max_score)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        printing = QHBoxLayout()
        printing.addWidget(self.print_lang)
        printing.addWidget(self.print_button)
        printing.addWidget(self.key_button)
        printing.addStretch(1)
        layout.addLayout(printing)
        layout.addWidget(self.table, 1)
        gain_row = QHBoxLayout()
        gain_row.addWidget(QLabel(self.tr("Knowledge gain (average of participants with both scores)")), 1)
        gain_row.addWidget(self.all_workshops)
        layout.addLayout(gain_row)
        layout.addWidget(self.gain)

    def reload(self) -> None:
        db = self.page.services.db
        self.workshop_id = self.page.services.state.current_workshop_id or None
        self.module.blockSignals(True)
        self.module.clear()
        if not self.workshop_id:
            self.heading.setText(self.tr("Choose or create a workshop first (Workshops page)."))
            self.module.blockSignals(False)
            self.table.setRowCount(0)
            self.gain.clear()
            self.setEnabled(True)
            self.save_button.setEnabled(False)
            return
        try:
            w = ws.get_workshop(db, self.workshop_id)
        except WorkshopKitError:
            self.workshop_id = None
            self.module.blockSignals(False)
            return
        self.save_button.setEnabled(True)
        self.heading.setText(self.tr("Pre/post tests of: {title}").format(title=w.title))
        catalog = self.page.catalog
        ids = list(dict.fromkeys([*w.modules, *sorted(catalog.modules)]))
        for mid in ids:
            # the title only: trainers neither read nor type ids such as m01-migration-terms
            label = catalog.modules[mid].title(language()) if mid in catalog else \
                self.tr("A module not installed on this computer")
            self.module.addItem(label, mid)
        self.module.blockSignals(False)
        self.people = enrolled(db, w.id)
        self.load_scores()

    def load_scores(self) -> None:
        mid = self.module.currentData()
        if not self.workshop_id or not mid:
            return
        catalog = self.page.catalog
        stored = {s["participant_id"]: s for s in quizscores.scores(self.page.services.db, self.workshop_id)
                  if s["module_id"] == mid}
        default_max = len(catalog.get(mid).text()[0].quiz) if mid in catalog else 10
        any_max = next((s["max_score"] for s in stored.values()), default_max)
        self.max_score.setValue(any_max)
        self.table.setRowCount(len(self.people))
        for r, p in enumerate(self.people):
            name = QTableWidgetItem(p.display_name(language()))
            name.setFlags(name.flags() & ~Qt.ItemIsEditable)
            name.setData(ROLE, p.id)
            self.table.setItem(r, 0, name)
            s = stored.get(p.id, {})
            for c, key in ((1, "pre_score"), (2, "post_score")):
                value = s.get(key)
                item = QTableWidgetItem("" if value is None else f"{value:g}")
                item.setTextAlignment(Qt.AlignCenter)
                self.table.setItem(r, c, item)
        self.show_gain()

    def set_score(self, row: int, pre: float | None, post: float | None) -> None:
        for c, v in ((1, pre), (2, post)):
            self.table.item(row, c).setText("" if v is None else f"{v:g}")

    def save(self) -> int:
        mid = self.module.currentData()
        if not self.workshop_id or not mid:
            return 0
        rows = []
        for r in range(self.table.rowCount()):
            values = []
            for c in (1, 2):
                raw = self.table.item(r, c).text().strip().replace(",", ".")
                if not raw:
                    values.append(None)
                    continue
                try:
                    values.append(float(raw))
                except ValueError:
                    show_error(self, WorkshopKitError(self.tr("Row {row}: '{value}' is not a number.").format(
                        row=r + 1, value=raw)))
                    return 0
            if values != [None, None]:
                rows.append((self.table.item(r, 0).data(ROLE), *values))
        db = self.page.services.db
        try:
            with self.page.services.state.recording(), db.atomic():
                for pid, pre, post in rows:
                    quizscores.record_score(db, self.workshop_id, pid, mid, pre=pre, post=post,
                                            max_score=self.max_score.value(), actor="app")
        except WorkshopKitError as exc:
            show_error(self, exc)
            return 0
        self.show_gain()
        return len(rows)

    def print_dialog(self, answer_key: bool) -> None:
        """Print the current module's test (or its answer key) in the chosen language."""
        module_id, lang = self.module.currentData(), self.print_lang.currentData()
        if module_id not in self.page.catalog:
            show_error(self, WorkshopKitError(self.tr("A module not installed on this computer")))
            return
        kind = "answer-key" if answer_key else "test"
        path = _ask_save_path(self, self.tr("Save the test"),
                              module_file_name(self.page.catalog.get(module_id).title(lang), kind, lang))
        if path:
            self.page.run_export(lambda: self.page.modules_tab.export_quiz(path, answer_key, module_id, lang), path)

    def show_gain(self) -> None:
        if not self.workshop_id and not self.all_workshops.isChecked():
            return
        workshop = None if self.all_workshops.isChecked() else self.workshop_id
        data = quizscores.knowledge_gain(self.page.services.db, workshop)
        if not data["modules"]:
            self.gain.setHtml("<i>{}</i>".format(self.tr("No participant has both a pre and a post score yet.")))
            return
        head = "".join(f"<th>{h}</th>" for h in (self.tr("Module"), self.tr("Participants"), self.tr("Pre %"),
                                                   self.tr("Post %"), self.tr("Gain")))
        rows = [
            f"<tr><td>{m['module']}</td><td>{m['participants']}</td><td>{m['pre_pct']}</td>"
            f"<td>{m['post_pct']}</td><td><b>{ltr_text(format(m['gain_pct'], '+'))}</b></td></tr>"
            for m in data["modules"]
        ]
        o = data["overall"]
        overall = self.tr("All workshops") if workshop is None else self.tr("Whole workshop")
        rows.append(f"<tr><td><b>{overall}</b></td><td>{o['participants']}</td><td>{o['pre_pct']}</td>"
                    f"<td>{o['post_pct']}</td><td><b>{ltr_text(format(o['gain_pct'], '+'))}</b></td></tr>")
        self.gain.setHtml(f'<table cellpadding="4" cellspacing="0" border="1" width="100%"><tr>{head}</tr>'
                          + "".join(rows) + "</table>")
