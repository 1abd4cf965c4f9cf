"""Modules tab: the module tree, the reader with its language switch, search, printing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import curricula
from workshop_kit.curricula_search import index_for
from workshop_kit.errors import WorkshopKitError
from workshop_kit.i18n import LANGUAGE_NAMES, LANGUAGES, language

from ...widgets import ltr_text
from ...workers import show_error
from .common import NOTICE_STYLE, ROLE, _ask_save_path, _language_combo, module_file_name

if TYPE_CHECKING:
    from .page import CurriculaPage


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
            notes.append(self.tr("%n problem(s) in this module's files, e.g. {first}", "", len(module.problems)).format(
                first=module.problems[0]))
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

    def _file_name(self, kind: str) -> str:
        lang = self.module_language()
        return module_file_name(self.page.catalog.get(self.current_id).title(lang), kind, lang)

    def export_handout_dialog(self, participant: bool) -> None:
        kind = "handout" if participant else "trainer"
        path = _ask_save_path(self, self.tr("Save the handout"), self._file_name(kind))
        if path:  # widgets are read here, on the UI thread; the worker only writes
            module_id, lang = self.current_id, self.module_language()
            self.page.run_export(lambda: self.export_handout(path, participant, module_id, lang), path)

    def export_quiz_dialog(self, answer_key: bool) -> None:
        kind = "answer-key" if answer_key else "test"
        path = _ask_save_path(self, self.tr("Save the test"), self._file_name(kind))
        if path:
            module_id, lang = self.current_id, self.module_language()
            self.page.run_export(lambda: self.export_quiz(path, answer_key, module_id, lang), path)

    def import_module(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Import a module (zip)"), str(Path.home()), "Zip (*.zip)")
        if not name:
            name = QFileDialog.getExistingDirectory(self, self.tr("…or choose a module folder"), str(Path.home()))
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> list[str]:
        try:
            with self.page.services.state.recording():
                ids = curricula.import_modules(path, self.page.services.data_dir)
        except WorkshopKitError as exc:
            show_error(self, exc)
            return []
        self.page.reload()
        self.select_module(ids[0])
        return ids
