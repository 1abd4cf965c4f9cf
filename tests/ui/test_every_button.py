"""A trainer's day, mechanically: every page in French and Arabic, every enabled button and action pressed.

Dialogs are answered as a careful user would (message boxes: the safe answer; a file to save: a new file in
a temporary folder; anything else: Cancel). The test fails on any exception, on a bug report box
("Something went wrong" with a traceback), on a message that leaks a command-line flag, and on a
button or menu entry ending in "…" that opens nothing (the convention promises a dialog).
"""

from __future__ import annotations

import ast
import gc
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
)
from shiboken6 import isValid

from tests.certhelpers import attend_demo

REPO = Path(__file__).resolve().parents[2]
CLI_FLAG = re.compile(r"(?<![\w-])--[a-z][a-z-]+")


class Answerer:
    """Answers every dialog that shows up, and remembers what it saw."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.opened: list[str] = []
        self.problems: list[str] = []
        self.context = ""
        self._n = 0
        self._answering: set[QDialog] = set()
        self.timer = QTimer()
        self.timer.setInterval(15)
        self.timer.timeout.connect(self.answer)

    def answer(self) -> None:
        for w in QApplication.topLevelWidgets():
            if not isinstance(w, QDialog) or not w.isVisible() or w in self._answering:
                continue
            self.opened.append(type(w).__name__)
            self._answering.add(w)
            # Answered from the next turn of the event loop: a dialog opened by this answer (Qt's own
            # "replace the file?") is then answered too, instead of waiting for this call to return.
            QTimer.singleShot(0, lambda w=w: self._answer(w))

    def _answer(self, w: QDialog) -> None:
        self._answering.discard(w)
        if not isValid(w) or not w.isVisible():
            return
        if isinstance(w, QMessageBox):
            text = f"{w.text()} {w.informativeText()}"
            if w.detailedText():
                self.problems.append(f"{self.context}: bug report box: {text}\n{w.detailedText()}")
            if CLI_FLAG.search(text):
                self.problems.append(f"{self.context}: message names a command-line flag: {text}")
            escape = w.escapeButton()
            if escape is not None:
                escape.click()
            else:
                w.reject()
        elif isinstance(w, QFileDialog):
            if w.acceptMode() == QFileDialog.AcceptMode.AcceptSave:
                self._n += 1
                ext = re.search(r"\*\.(\w+)", w.selectedNameFilter() or "")
                w.selectFile(str(self.folder / f"saved-{self._n}.{ext.group(1) if ext else 'out'}"))
                w.accept()
            else:
                w.reject()
        elif isinstance(w, QInputDialog):
            w.setTextValue("Erreur de saisie")
            w.accept()
        else:
            w.reject()


class UrlCatcher(QObject):
    """Stands in for the file manager: the offscreen platform cannot open folders."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def _pressable(page) -> list[QAbstractButton]:  # noqa: ANN001
    buttons = [b for b in page.findChildren(QAbstractButton)
               if isinstance(b, QPushButton | QToolButton) and b.isVisible() and b.isEnabled() and b.text()]
    return [b for b in buttons if not isinstance(b.window(), QDialog)]


def _tab_states(page):  # noqa: ANN001, ANN202
    """Yield once per tab of the page's tab widget (once if there is none), with a way back to that tab."""
    tabs = next((t for t in page.findChildren(QTabWidget) if t.isVisible()), None)
    if tabs is None:
        yield "", lambda: None
        return
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield tabs.tabText(index), lambda i=index: tabs.setCurrentIndex(i)


def _select_first_rows(page) -> None:  # noqa: ANN001
    """Buttons acting on "the selected row" get one, as after a trainer's click."""
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() and not view.currentIndex().isValid():
            view.setCurrentIndex(model.index(0, 0))


def _settle(qtbot) -> None:  # noqa: ANN001
    from ui.workers import wait_all

    for _ in range(3):
        wait_all(60000)
        qtbot.wait(30)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_page_every_button_every_action(qapp, qtbot, services, demo, db, lang, tmp_path, monkeypatch):
    from ui.i18n import apply_language
    from ui.main_window import PAGES, MainWindow
    from workshop_kit import certificates

    attend_demo(db, demo.id)
    certificates.generate(db, services.data_dir, demo.id, tmp_path / "issued")
    services.save_settings(language=lang)
    apply_language(qapp, lang)
    errors: list[str] = []
    answerer = Answerer(tmp_path)
    monkeypatch.setattr(sys, "excepthook", lambda t, v, tb: errors.append(f"{answerer.context}: {t.__name__}: {v}"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.reload_workshops()
    opened_urls = UrlCatcher()
    QDesktopServices.setUrlHandler("file", opened_urls, "open")
    answerer.timer.start()
    silent: list[str] = []
    pressed: list[str] = []
    try:
        for key, _spec in PAGES:
            page = window.show_section(key)
            _settle(qtbot)
            if key == "certificates":
                page.make_tab.pdf.setChecked(False)  # LibreOffice is not what this test is about
                page.make_tab.folder.setText(str(tmp_path / "certificates"))
            for tab, back_to_tab in _tab_states(page):
                done: set[str] = set()
                while True:
                    back_to_tab()
                    _select_first_rows(page)
                    todo = [b for b in _pressable(page) if f"{b.text()}@{id(b)}" not in done]
                    if not todo:
                        break
                    button = todo[0]
                    done.add(f"{button.text()}@{id(button)}")
                    answerer.context = f"{lang} {key}/{tab}/{button.text()!r}"
                    seen = len(answerer.opened)
                    gc.collect()  # Qt wrappers in garbage cycles are freed here, not on a worker thread
                    button.click()
                    if button.isCheckable() and button.isChecked():
                        button.click()  # back as it was (full screen, camera)
                    _settle(qtbot)
                    pressed.append(answerer.context)
                    if button.text().rstrip().endswith(("…", "...")) and len(answerer.opened) == seen:
                        silent.append(answerer.context)
        for menu in (a.menu() for a in window.menuBar().actions() if a.menu() is not None):
            for action in menu.actions():
                if action.isSeparator() or not action.isEnabled() or action.menu() is not None:
                    continue
                if action.text() == QCoreApplication.translate("MainWindow", "Quit"):
                    continue
                answerer.context = f"{lang} menu/{action.text()!r}"
                seen = len(answerer.opened)
                action.trigger()
                _settle(qtbot)
                pressed.append(answerer.context)
                if action.text().rstrip().endswith(("…", "...")) and len(answerer.opened) == seen:
                    silent.append(answerer.context)
    finally:
        answerer.timer.stop()
        QDesktopServices.unsetUrlHandler("file")
        window.close()
        apply_language(qapp, "en")
    print("\n".join(pressed))
    assert len(pressed) > 50
    found = errors + answerer.problems + [f"{s}: promises a dialog (…) and opens nothing" for s in silent]
    assert not found, "\n".join(found)


def test_no_clicked_signal_feeds_an_optional_parameter():
    """``clicked(bool)``/``triggered(bool)`` pass ``checked`` into the slot's first parameter.

    A slot like ``def print_badges(self, path=None)`` then receives ``False`` as the path: the
    button does nothing or fails. Connect such slots through a lambda instead.
    """
    found = []
    for path in sorted((REPO / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
            for node in ast.walk(cls):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "connect" and isinstance(node.func.value, ast.Attribute)
                        and node.func.value.attr in ("clicked", "triggered") and node.args):
                    continue
                target = node.args[0]
                if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self":
                    method = methods.get(target.attr)
                    if method is not None and len(method.args.args) > 1:
                        found.append(f"{path.relative_to(REPO)}:{node.lineno} {target.attr}")
    assert not found, found
