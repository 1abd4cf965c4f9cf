"""Agenda builder tab: place modules' sessions on the workshop's days, see totals, save, export."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import workshops as ws
from workshop_kit.curricula_agenda import Agenda, AgendaEntry, load_agenda, save_agenda
from workshop_kit.errors import WorkshopKitError
from workshop_kit.i18n import language

from ...widgets import ltr_text, time_edit
from ...workers import show_error
from .agenda_drag import _PlanTree, _SessionSource
from .common import ROLE, _ask_save_path, _hm, _language_combo

if TYPE_CHECKING:
    from .page import CurriculaPage


class AgendaTab(QWidget):
    """Pick modules, place their sessions on the workshop's days, see totals, save, export."""

    def __init__(self, page: CurriculaPage) -> None:
        super().__init__(page)
        self.page = page
        self.agenda: Agenda | None = None
        self.workshop: ws.Workshop | None = None
        self.dirty = False

        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.modules = _SessionSource()
        self.modules.setDragEnabled(True)
        self.modules.setDragDropMode(QAbstractItemView.DragOnly)
        self.modules.setHeaderLabels([self.tr("Modules and their sessions"), self.tr("Minutes")])
        self.modules.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.modules.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.modules.itemDoubleClicked.connect(lambda _i, _c: self.place_selected())
        self.day_combo = QComboBox()
        self.place_button = QPushButton(self.tr("Place on this day"))
        self.place_button.clicked.connect(self.place_selected)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.modules, 1)
        row = QHBoxLayout()
        row.addWidget(self.day_combo, 1)
        row.addWidget(self.place_button)
        lv.addLayout(row)

        self.plan = _PlanTree(self)
        self.plan.setHeaderLabels([self.tr("Time"), self.tr("Session"), self.tr("Minutes")])
        self.plan.header().setStretchLastSection(False)
        self.plan.header().setSectionResizeMode(1, QHeaderView.Stretch)
        self.plan.header().setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.plan.setSelectionMode(QAbstractItemView.SingleSelection)
        self.plan.currentItemChanged.connect(self._on_plan_item)
        self.up_button = QPushButton(self.tr("Earlier"))
        self.up_button.clicked.connect(lambda: self.shift(-1))
        self.down_button = QPushButton(self.tr("Later"))
        self.down_button.clicked.connect(lambda: self.shift(1))
        self.prev_day = QPushButton(self.tr("Previous day"))
        self.prev_day.clicked.connect(lambda: self.move_day(-1))
        self.next_day = QPushButton(self.tr("Next day"))
        self.next_day.clicked.connect(lambda: self.move_day(1))
        self.start = time_edit()
        self.set_start_button = QPushButton(self.tr("Set start"))
        self.set_start_button.clicked.connect(self.set_start)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.total = QLabel()
        self.doc_lang = _language_combo()
        self.save_button = QPushButton(self.tr("Save to the workshop"))
        self.save_button.clicked.connect(self.save)
        self.export_button = QPushButton(self.tr("Export agenda (.docx)…"))
        self.export_button.clicked.connect(self.export_dialog)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.plan, 1)
        moves = QHBoxLayout()
        for w in (self.up_button, self.down_button, self.prev_day, self.next_day, self.start, self.set_start_button,
                  self.remove_button):
            moves.addWidget(w)
        moves.addStretch(1)
        rv.addLayout(moves)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.doc_lang)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.save_button)
        rv.addLayout(bottom)

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)

    def lang(self) -> str:
        return self.doc_lang.currentData() or language()

    def reload(self) -> None:
        db = self.page.services.db
        wid = self.page.services.state.current_workshop_id
        self.workshop = None
        if wid:
            try:
                self.workshop = ws.get_workshop(db, wid)
            except WorkshopKitError:
                self.workshop = None
        enabled = self.workshop is not None
        self.setEnabled(True)
        for w in (self.modules, self.plan, self.place_button, self.save_button, self.export_button):
            w.setEnabled(enabled)
        if not enabled:
            self.heading.setText(self.tr("Choose or create a workshop first (Workshops page)."))
            self.agenda = None
            self.modules.clear()
            self.plan.clear()
            self.total.clear()
            return
        self.heading.setText(self.tr("Agenda of: {title}").format(title=self.workshop.title))
        self.doc_lang.blockSignals(True)
        self.doc_lang.setCurrentIndex(max(0, self.doc_lang.findData(language())))
        self.doc_lang.blockSignals(False)
        self.agenda = load_agenda(db, self.workshop.id, self.page.catalog, self.lang())
        self.dirty = False
        self.day_combo.clear()
        for n, day in enumerate(self.agenda.days, 1):
            self.day_combo.addItem(self.tr("Day {n} — {date}").format(n=n, date=ltr_text(day)), day)
        self.refresh()

    def refresh(self) -> None:
        """Redraw the module list (what is placed) and the plan (days, sessions, totals)."""
        if self.agenda is None:
            return
        catalog, lang, agenda = self.page.catalog, self.lang(), self.agenda
        self.modules.clear()
        for module in catalog.sorted():
            text, _fb = module.text(lang)
            item = QTreeWidgetItem([f"{text.title} — {ltr_text(module.id)}", str(text.duration)])
            item.setData(0, ROLE, (module.id, -1))
            for i, s in enumerate(text.sessions):
                placed = agenda.placed(module.id, i)
                label = f"{i + 1}. {s.title}" + ("" if s.core else " " + self.tr("(optional)"))
                child = QTreeWidgetItem([label, str(s.minutes)])
                child.setData(0, ROLE, (module.id, i))
                if placed:
                    child.setForeground(0, QBrush(QColor("#2e7d32")))
                    child.setToolTip(0, self.tr("Placed on {date} at {time}").format(
                        date=ltr_text(placed.date), time=ltr_text(placed.start)))
                item.addChild(child)
            self.modules.addTopLevelItem(item)
        for missing in self.page.missing_modules():
            item = QTreeWidgetItem([self.tr("{id} — not installed on this computer").format(id=missing), ""])
            item.setData(0, ROLE, (missing, -2))
            item.setForeground(0, QBrush(QColor("#777777")))
            self.modules.addTopLevelItem(item)
        selected = self.current_entry()
        self.plan.clear()
        totals = agenda.totals()
        for n, day in enumerate(agenda.days, 1):
            t = totals[day]
            label = self.tr("Day {n} — {date}").format(n=n, date=ltr_text(day))
            span = ltr_text(f"{t['start']}–{t['end']}") if t["start"] else ""
            day_item = QTreeWidgetItem([label, span, _hm(t["minutes"])])
            day_item.setData(0, ROLE, None)
            font = day_item.font(0)
            font.setBold(True)
            for c in range(3):
                day_item.setFont(c, font)
            if t["overfull"]:
                day_item.setForeground(1, QBrush(QColor("#a4262c")))
                day_item.setToolTip(1, self.tr("This day ends late; move a session to another day."))
            for e in agenda.day(day):
                module_title = catalog.modules[e.module_id].title(lang) if e.module_id in catalog else e.module_id
                title = e.title if e.missing else f"{e.session_index + 1}. {e.title} — {module_title}"
                if e.missing:
                    title += "  " + self.tr("(module not installed)")
                child = QTreeWidgetItem([ltr_text(f"{e.start}–{e.end}"), title, str(e.minutes)])
                child.setData(0, ROLE, e)
                day_item.addChild(child)
                if e is selected:
                    self.plan.setCurrentItem(child)
            self.plan.addTopLevelItem(day_item)
        self.plan.expandAll()
        self.plan.resizeColumnToContents(0)
        self.total.setText(self.tr("Total: {time} over %n day(s)", "", sum(1 for d in agenda.days if totals[d]["sessions"])).format(
            time=_hm(agenda.total_minutes()))
            + ("  •  " + self.tr("not saved") if self.dirty else ""))
        self._on_plan_item(self.plan.currentItem(), None)

    def current_entry(self) -> AgendaEntry | None:
        item = self.plan.currentItem()
        data = item.data(0, ROLE) if item else None
        return data if isinstance(data, AgendaEntry) else None

    def _on_plan_item(self, _current: object, _previous: object) -> None:
        entry = self.current_entry()
        for w in (self.up_button, self.down_button, self.prev_day, self.next_day, self.start, self.set_start_button,
                  self.remove_button):
            w.setEnabled(entry is not None)
        if entry:
            h, m = entry.start.split(":")
            self.start.setTime(QTime(int(h), int(m)))

    def _changed(self) -> None:
        self.dirty = True
        self.refresh()

    def place(self, module_id: str, index: int, day: str) -> None:
        """Place one session (``index`` ≥ 0) or a whole module (``index`` = -1) on ``day``."""
        if index < 0:
            self.agenda.add_module(self.page.catalog, module_id, self.lang(), day)
        else:
            self.agenda.add(self.page.catalog, module_id, index, day, self.lang())
        self._changed()

    def day_of(self, item: QTreeWidgetItem) -> str | None:
        """The day a plan row belongs to (a day row or one of its sessions)."""
        top = item if item.parent() is None else item.parent()
        index = self.plan.indexOfTopLevelItem(top)
        return self.agenda.days[index] if self.agenda and 0 <= index < len(self.agenda.days) else None

    def drop(self, payload: str, target: QTreeWidgetItem) -> None:
        """A drag ended on ``target``: place a module/session there, or move a planned session."""
        day = self.day_of(target)
        if day is None:
            return
        kind, ref, index = payload.split("|")
        if kind == "new":
            self.place(ref, int(index), day)
            return
        entry = next((e for e in self.agenda.entries if id(e) == int(ref)), None)
        if entry is not None and entry.date != day:
            self.agenda.move(entry, day)
            self._changed()

    def place_selected(self) -> None:
        item = self.modules.currentItem()
        if item is None or self.agenda is None:
            return
        module_id, index = item.data(0, ROLE)
        if index == -2:
            return
        self.place(module_id, index, self.day_combo.currentData() or self.agenda.days[0])

    def shift(self, step: int) -> None:
        entry = self.current_entry()
        if entry:
            self.agenda.shift(entry, step)
            self._changed()

    def move_day(self, step: int) -> None:
        entry = self.current_entry()
        if not entry:
            return
        i = self.agenda.days.index(entry.date) + step
        if 0 <= i < len(self.agenda.days):
            self.agenda.move(entry, self.agenda.days[i])
            self._changed()

    def set_start(self) -> None:
        entry = self.current_entry()
        if entry:
            self.agenda.set_start(entry, self.start.time().toString("HH:mm"))
            self._changed()

    def remove(self) -> None:
        entry = self.current_entry()
        if entry:
            self.agenda.remove(entry)
            self._changed()

    def save(self) -> dict | None:
        """Show what saving changes (sessions, attendance rates, issued certificates), then save."""
        if self.agenda is None:
            return None
        from ...dialogs.agenda_save import AgendaSaveDialog

        db = self.page.services.db
        try:
            dialog = AgendaSaveDialog(db, self.agenda, self)
        except WorkshopKitError as exc:
            show_error(self, exc)
            return None
        accepted = dialog.exec() == QDialog.Accepted
        mode, allow = dialog.mode(), dialog.allow_certificate_changes()
        dialog.deleteLater()
        if not accepted:
            return None
        try:
            with self.page.services.state.recording():  # published once saved: the pages reload it
                counts = save_agenda(db, self.agenda, actor="app", mode=mode, allow_certificate_changes=allow)
                self.dirty = False
        except WorkshopKitError as exc:
            show_error(self, exc)
            return None
        self.refresh()
        return counts

    def export(self, path: Path, agenda: Agenda | None = None, lang: str | None = None) -> Path:
        from workshop_kit.curricula_docx import export_agenda

        return export_agenda(agenda or self.agenda, self.workshop, self.page.catalog, lang or self.lang(), path)

    def export_dialog(self) -> None:
        if self.agenda is None:
            return
        path = _ask_save_path(self, self.tr("Save the agenda"), f"agenda-{self.lang()}.docx")
        if path:  # a copy: the trainer may keep editing while the document is written
            agenda, lang = copy.deepcopy(self.agenda), self.lang()
            self.page.run_export(lambda: self.export(path, agenda, lang), path)
