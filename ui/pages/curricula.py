"""Curricula page: read and search the modules, print handouts and tests, build the workshop agenda,
enter pre/post test scores and see the knowledge gain."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, Qt, QTime, QTimer, QUrl
from PySide6.QtGui import QBrush, QColor, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import curricula, quizscores
from workshop_kit import workshops as ws
from workshop_kit.curricula_agenda import Agenda, AgendaEntry, load_agenda, save_agenda
from workshop_kit.curricula_search import index_for
from workshop_kit.errors import WorkshopKitError
from workshop_kit.i18n import LANGUAGE_NAMES, LANGUAGES, language
from workshop_kit.participants import enrolled

from ..services import Services
from ..widgets import ltr_text, time_edit
from ..workers import run_task, show_error

ROLE = Qt.UserRole
NOTICE_STYLE = "background: #fff4ce; color: #5c4400; border: 1px solid #e8d18a; border-radius: 4px; padding: 4px 8px;"


def _language_combo() -> QComboBox:
    combo = QComboBox()
    for code in LANGUAGES:
        combo.addItem(LANGUAGE_NAMES[code], code)
    return combo


def _hm(minutes: int) -> str:
    """3 h 30 / 45 min; in Arabic "210 دقيقة" (hours and minutes mixed with letters reorder badly)."""
    h, m = divmod(int(minutes), 60)
    if h and QCoreApplication.instance().layoutDirection() == Qt.LeftToRight:
        return QCoreApplication.translate("curricula", "{h} h {m:02d}").format(h=h, m=m)
    return QCoreApplication.translate("curricula", "{m} min").format(m=int(minutes) if h else m)


def _ask_save_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), "Word (*.docx)")
    if not name:
        return None
    return Path(name if name.lower().endswith(".docx") else name + ".docx")


MIME = "application/x-workshop-kit-agenda"


class _SessionSource(QTreeWidget):
    """The module list: a module or one of its sessions can be dragged onto a day of the plan."""

    def mimeData(self, items):  # noqa: ANN001, ANN201, N802 - Qt API
        data = QMimeData()
        if items:
            module_id, index = items[0].data(0, ROLE)
            if index != -2:
                data.setData(MIME, QByteArray(f"new|{module_id}|{index}".encode()))
        return data

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [MIME]


class _PlanTree(QTreeWidget):
    """The plan: accepts a module/session from the list, or a planned session dragged to another day."""

    def __init__(self, tab: AgendaTab) -> None:
        super().__init__()
        self.tab = tab
        self.setAcceptDrops(True)
        self.setDragEnabled(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDrop)

    def mimeData(self, items):  # noqa: ANN001, ANN201, N802 - Qt API
        data = QMimeData()
        if items and isinstance(items[0].data(0, ROLE), AgendaEntry):
            data.setData(MIME, QByteArray(f"move|{id(items[0].data(0, ROLE))}|0".encode()))
        return data

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [MIME]

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if event.mimeData().hasFormat(MIME) and self.itemAt(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        item = self.itemAt(event.position().toPoint())
        payload = bytes(event.mimeData().data(MIME)).decode()
        if item is not None and payload:
            self.tab.drop(payload, item)
            event.acceptProposedAction()
        else:
            event.ignore()


class ModulesTab(QWidget):
    """The module tree, the reader with its language switch, search as you type, and printing."""

    def __init__(self, page: CurriculaPage) -> None:
        super().__init__(page)
        self.page = page
        self.langs: dict[str, str] = {}  # language chosen per module
        self.current_id: str | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search all modules (any language, accents optional)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.run_search)
        self.search_lang = QComboBox()
        self.search_lang.addItem(self.tr("All languages"), None)
        for code in LANGUAGES:
            self.search_lang.addItem(LANGUAGE_NAMES[code], code)
        self.search_lang.currentIndexChanged.connect(lambda _i: self.run_search(self.search.text()))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Module"), self.tr("Minutes")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.tree.currentItemChanged.connect(self._on_tree)
        self.results = QTextBrowser()
        self.results.setOpenLinks(False)
        self.results.anchorClicked.connect(self._open_hit)
        self.left_stack = QStackedWidget()
        self.left_stack.addWidget(self.tree)
        self.left_stack.addWidget(self.results)
        self.import_button = QPushButton(self.tr("Import a module…"))
        self.import_button.clicked.connect(self.import_module)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.search_lang)
        lv.addLayout(row)
        lv.addWidget(self.left_stack, 1)
        lv.addWidget(self.import_button)

        self.lang = _language_combo()
        self.lang.currentIndexChanged.connect(self._on_lang)
        self.notice = QLabel()
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.viewer = QTextBrowser()
        self.viewer.setOpenExternalLinks(False)
        self.viewer.setOpenLinks(False)
        self.handout_button = QPushButton(self.tr("Participant handout…"))
        self.handout_button.clicked.connect(lambda: self.export_handout_dialog(participant=True))
        self.trainer_button = QPushButton(self.tr("Trainer's version…"))
        self.trainer_button.clicked.connect(lambda: self.export_handout_dialog(participant=False))
        self.quiz_button = QPushButton(self.tr("Pre/post test…"))
        self.quiz_button.clicked.connect(lambda: self.export_quiz_dialog(answer_key=False))
        self.key_button = QPushButton(self.tr("Answer key…"))
        self.key_button.clicked.connect(lambda: self.export_quiz_dialog(answer_key=True))
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language")))
        top.addWidget(self.lang)
        top.addStretch(1)
        for b in (self.handout_button, self.trainer_button, self.quiz_button, self.key_button):
            top.addWidget(b)
        rv.addLayout(top)
        rv.addWidget(self.notice)
        rv.addWidget(self.viewer, 1)

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([480, 720])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- tree -------------------------------------------------------------------------------------
    def reload(self) -> None:
        catalog = self.page.catalog
        lang = language()
        keep = self.current_id
        self.tree.blockSignals(True)
        self.tree.clear()
        for module in catalog.sorted():
            text, fallback = module.text(self.langs.get(module.id, lang))
            label = f"{text.title} — {ltr_text(module.id)}"
            if module.local:
                label += "  " + self.tr("(local)")
            item = QTreeWidgetItem([label, str(text.duration)])
            item.setData(0, ROLE, ("module", module.id, -1))
            item.setToolTip(0, f"{text.title}\n\n{text.summary}")
            if module.problems:
                item.setForeground(0, QBrush(QColor("#a4262c")))
                item.setToolTip(0, "\n".join(str(p) for p in module.problems[:10]))
            for i, s in enumerate(text.sessions):
                optional = "" if s.core else " " + self.tr("(optional)")
                child = QTreeWidgetItem([f"{i + 1}. {s.title}{optional}", str(s.minutes)])
                child.setData(0, ROLE, ("session", module.id, i))
                child.setToolTip(0, s.title if s.core else s.title + "\n" + self.tr(
                    "Optional: left out of the 4-day path (docs/four-day-path.md)."))
                for a in s.activities:
                    leaf = QTreeWidgetItem([f"{a.title} · {a.method}", str(a.minutes)])
                    leaf.setData(0, ROLE, ("activity", module.id, i, a.title))
                    leaf.setToolTip(0, f"{a.title} · {a.method}")
                    child.addChild(leaf)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        for missing in self.page.missing_modules():
            item = QTreeWidgetItem([self.tr("{id} — not installed on this computer").format(id=missing), ""])
            item.setData(0, ROLE, ("missing", missing, -1))
            item.setForeground(0, QBrush(QColor("#777777")))
            item.setToolTip(0, self.tr("The current workshop uses this module; import it to read and print it."))
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        target = keep if keep in catalog else (catalog.sorted()[0].id if catalog.modules else None)
        if target:
            self.select_module(target)
        else:
            self.show_module(None)

    def select_module(self, module_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, ROLE)[1] == module_id:
                self.tree.setCurrentItem(item)
                return

    def _on_tree(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        data = current.data(0, ROLE)
        if data[0] == "missing":
            self.show_module(None, missing=data[1])
            return
        if data[1] != self.current_id:
            self.show_module(data[1])
        if data[0] in ("session", "activity"):
            text, _fb = self.page.catalog.get(data[1]).text(self.langs.get(data[1], language()))
            title = text.sessions[data[2]].title if data[0] == "session" else data[3]
            self.find_in_viewer(title)

    def find_in_viewer(self, words: str) -> None:
        self.viewer.moveCursor(self.viewer.textCursor().MoveOperation.Start)
        self.viewer.find(words)
        self.viewer.ensureCursorVisible()

    # -- reader -----------------------------------------------------------------------------------
    def module_language(self) -> str:
        return self.lang.currentData() or language()

    def _on_lang(self, _index: int) -> None:
        if self.current_id:
            self.langs[self.current_id] = self.lang.currentData()
            self.show_module(self.current_id)

    def show_module(self, module_id: str | None, missing: str | None = None) -> None:
        self.current_id = module_id
        for b in (self.handout_button, self.trainer_button, self.quiz_button, self.key_button, self.lang):
            b.setEnabled(module_id is not None)
        if module_id is None:
            self.viewer.clear()
            if missing:
                self.notice.setText(self.tr(
                    "Module {id} is used by the current workshop but is not installed on this computer. "
                    "Import it (button on the left) to read and print it.").format(id=missing))
                self.notice.show()
            else:
                self.notice.hide()
            return
        module = self.page.catalog.get(module_id)
        wanted = self.langs.get(module_id, language())
        self.lang.blockSignals(True)
        self.lang.setCurrentIndex(max(0, self.lang.findData(wanted)))
        self.lang.blockSignals(False)
        text, fallback = module.text(wanted)
        notes = []
        if fallback:
            notes.append(self.tr("Translation missing: this module has no {language} text yet; the {shown} text is shown.")
                         .format(language=LANGUAGE_NAMES[wanted], shown=LANGUAGE_NAMES[text.lang]))
        if module.problems:
            notes.append(self.tr("{n} problem(s) in this module's files, e.g. {first}").format(
                n=len(module.problems), first=module.problems[0]))
        self.notice.setText("\n".join(notes))
        self.notice.setVisible(bool(notes))
        self.viewer.document().setBaseUrl(QUrl.fromLocalFile(str(module.folder) + "/"))
        self.viewer.setMarkdown(curricula.to_markdown(text, trainer=True))
        self._set_direction(text.lang == "ar")

    def _set_direction(self, rtl: bool) -> None:
        """Markdown import leaves every block left-to-right; Arabic needs each block (and its list
        markers) right-to-left."""
        direction = Qt.RightToLeft if rtl else Qt.LeftToRight
        doc = self.viewer.document()
        option = QTextOption(doc.defaultTextOption())
        option.setTextDirection(direction)
        doc.setDefaultTextOption(option)
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        block = doc.begin()
        while block.isValid():
            fmt = block.blockFormat()
            fmt.setLayoutDirection(direction)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            block = block.next()
        cursor.endEditBlock()
        self.viewer.setLayoutDirection(direction)

    # -- search -----------------------------------------------------------------------------------
    def run_search(self, text: str) -> None:
        if not text.strip():
            self.left_stack.setCurrentWidget(self.tree)
            return
        hits = index_for(self.page.catalog).search(text, self.search_lang.currentData(), limit=20)
        self.left_stack.setCurrentWidget(self.results)
        if not hits:
            self.results.setHtml("<p><i>{}</i></p>".format(self.tr("Nothing found.")))
            self.last_hits = hits
            return
        parts = []
        for n, h in enumerate(hits):
            direction = "rtl" if h.lang == "ar" else "ltr"
            parts.append(
                f'<div dir="{direction}" style="margin-bottom:8px"><a href="hit:{n}"><b>{h.module_title}</b></a>'
                f' <span style="color:#666">[{h.lang}] {h.section_title}</span><br/>{h.html()}</div>'
            )
        self.last_hits = hits
        self.results.setHtml("".join(parts))

    def _open_hit(self, url: QUrl) -> None:
        n = int(url.toString().split(":", 1)[1])
        hit = self.last_hits[n]
        self.langs[hit.module_id] = hit.lang
        self.current_id = None
        self.select_module(hit.module_id)
        self.show_module(hit.module_id)
        a, b = hit.spans[0] if hit.spans else (0, 0)
        if b > a:
            self.find_in_viewer(hit.snippet[a:b])

    # -- printing ---------------------------------------------------------------------------------
    def export_handout(self, path: Path, participant: bool = True, module_id: str | None = None,
                       lang: str | None = None) -> Path:
        from workshop_kit.curricula_docx import export_handout

        module = self.page.catalog.get(module_id or self.current_id)
        return export_handout(module, lang or self.module_language(), path, participant=participant)

    def export_quiz(self, path: Path, answer_key: bool = False, module_id: str | None = None,
                    lang: str | None = None) -> Path:
        from workshop_kit.curricula_docx import export_quiz

        module = self.page.catalog.get(module_id or self.current_id)
        return export_quiz(module, lang or self.module_language(), path, answer_key=answer_key)

    def export_handout_dialog(self, participant: bool) -> None:
        kind = "handout" if participant else "trainer"
        path = _ask_save_path(self, self.tr("Save the handout"), f"{self.current_id}-{kind}-{self.module_language()}.docx")
        if path:  # widgets are read here, on the UI thread; the worker only writes
            module_id, lang = self.current_id, self.module_language()
            self.page.run_export(lambda: self.export_handout(path, participant, module_id, lang))

    def export_quiz_dialog(self, answer_key: bool) -> None:
        kind = "answer-key" if answer_key else "test"
        path = _ask_save_path(self, self.tr("Save the test"), f"{self.current_id}-{kind}-{self.module_language()}.docx")
        if path:
            module_id, lang = self.current_id, self.module_language()
            self.page.run_export(lambda: self.export_quiz(path, answer_key, module_id, lang))

    def import_module(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Import a module (zip)"), str(Path.home()), "Zip (*.zip)")
        if not name:
            name = QFileDialog.getExistingDirectory(self, self.tr("…or choose a module folder"), str(Path.home()))
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> list[str]:
        try:
            ids = curricula.import_modules(path, self.page.services.data_dir)
        except WorkshopKitError as exc:
            show_error(self, exc)
            return []
        self.page.reload()
        self.select_module(ids[0])
        return ids


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
        self.total.setText(self.tr("Total: {time} over {days} day(s)").format(
            time=_hm(agenda.total_minutes()), days=sum(1 for d in agenda.days if totals[d]["sessions"]))
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
        from ..dialogs.agenda_save import AgendaSaveDialog

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
            counts = save_agenda(db, self.agenda, actor="app", mode=mode, allow_certificate_changes=allow)
        except WorkshopKitError as exc:
            show_error(self, exc)
            return None
        self.dirty = False
        self.page.services.state.changed("sessions", "workshops", "attendance")
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
            self.page.run_export(lambda: self.export(path, agenda, lang))


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
            label = f"{mid} — {catalog.modules[mid].title(language())}" if mid in catalog else \
                self.tr("{id} — not installed on this computer").format(id=mid)
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
            with db.atomic():
                for pid, pre, post in rows:
                    quizscores.record_score(db, self.workshop_id, pid, mid, pre=pre, post=post,
                                            max_score=self.max_score.value(), actor="app")
        except WorkshopKitError as exc:
            show_error(self, exc)
            return 0
        self.page.services.state.changed("quiz_scores")
        self.show_gain()
        return len(rows)

    def print_dialog(self, answer_key: bool) -> None:
        """Print the current module's test (or its answer key) in the chosen language."""
        module_id, lang = self.module.currentData(), self.print_lang.currentData()
        if module_id not in self.page.catalog:
            show_error(self, WorkshopKitError(self.tr("{id} — not installed on this computer").format(id=module_id)))
            return
        kind = "answer-key" if answer_key else "test"
        path = _ask_save_path(self, self.tr("Save the test"), f"{module_id}-{kind}-{lang}.docx")
        if path:
            self.page.run_export(lambda: self.page.modules_tab.export_quiz(path, answer_key, module_id, lang))

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


class CurriculaPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.catalog = curricula.load_catalog(services.data_dir)
        heading = QLabel(self.tr("Curricula"))
        heading.setObjectName("pageTitle")
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.tabs = QTabWidget()
        self.modules_tab = ModulesTab(self)
        self.agenda_tab = AgendaTab(self)
        self.scores_tab = ScoresTab(self)
        self.tabs.addTab(self.modules_tab, self.tr("Modules"))
        self.tabs.addTab(self.agenda_tab, self.tr("Agenda builder"))
        self.tabs.addTab(self.scores_tab, self.tr("Pre/post tests"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        services.state.workshopChanged.connect(lambda _id: self.reload_workshop())
        services.state.dataChanged.connect(self._on_data_changed)
        self.reload()
        # Build the search index right after the page shows, not at the first key press.
        QTimer.singleShot(0, lambda: index_for(self.catalog))

    def missing_modules(self) -> list[str]:
        wid = self.services.state.current_workshop_id
        if not wid:
            return []
        try:
            w = ws.get_workshop(self.services.db, wid)
        except WorkshopKitError:
            return []
        return [m for m in w.modules if m not in self.catalog]

    def reload(self) -> None:
        self.catalog = curricula.load_catalog(self.services.data_dir)
        self.modules_tab.reload()
        self.reload_workshop()

    def reload_workshop(self) -> None:
        self.agenda_tab.reload()
        self.scores_tab.reload()

    def _on_data_changed(self, tables: set) -> None:
        if tables & {"workshops", "participants", "enrolments"} and not self.agenda_tab.dirty:
            self.reload_workshop()

    def run_export(self, fn) -> None:  # noqa: ANN001
        """Write a document off the UI thread; say where it went, or what went wrong."""

        def done(path: Path) -> None:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Information)
            box.setText(self.tr("Saved: {path}").format(path=ltr_text(path)))
            box.open()

        run_task(self, lambda _progress, _cancelled: fn(), on_done=done)
