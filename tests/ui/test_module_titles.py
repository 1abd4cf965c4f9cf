"""Trainers see and choose module titles in their language, never raw ids such as ``m07-advocacy``."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QWidget,
)

from workshop_kit import workshops as ws
from workshop_kit.curricula import load_catalog

RAW_ID = re.compile(r"\b[a-z]\d\d-[a-z][a-z-]+")


def shown(table, row: int, col: int) -> str:
    """The text the table paints for a cell (through its delegate)."""
    index = table.model().index(row, col, QModelIndex())
    delegate = table.itemDelegateForIndex(index)
    return delegate.displayText(index.data(Qt.DisplayRole), table.locale())


def visible_texts(root: QWidget) -> list[str]:
    """Every text a trainer can read in ``root``: labels, fields, buttons, choices, list and table cells."""
    texts = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QLineEdit):
            texts += [w.text(), w.placeholderText()]
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
        elif isinstance(w, QTableWidget):
            texts += [shown(w, r, c) for r in range(w.rowCount()) for c in range(w.columnCount())]
    return texts


def titles(services, lang: str) -> dict[str, str]:
    return {m.id: m.title(lang) for m in load_catalog(services.data_dir).sorted()}


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_new_workshop_modules_are_chosen_by_title(qapp, qtbot, services, lang):
    from ui.i18n import apply_language
    from ui.main_window import MainWindow
    from ui.pages.workshops import NewWorkshopDialog

    apply_language(qapp, lang)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("workshops")
    names = titles(services, lang)
    seen: list[list[str]] = []

    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewWorkshopDialog) and w.isVisible())
        seen.append(visible_texts(dialog))
        dialog.title.setText("Atelier Tanger")
        dialog.modules.check_title(names["m07-advocacy"])
        dialog.modules.check_title(names["m03-public-services"])
        dialog.accept()

    QTimer.singleShot(50, fill)
    page.new_button.click()
    assert seen, "the new-workshop dialog did not open"
    assert names["m07-advocacy"] in seen[0]  # titles in the trainer's language
    assert not [t for t in seen[0] if RAW_ID.search(t)]
    created = next(w for w in ws.list_workshops(services.db) if w["title"] == "Atelier Tanger")
    assert ws.get_workshop(services.db, created["id"]).modules == ["m03-public-services", "m07-advocacy"]


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_workshop_editor_modules_and_session_modules_are_chosen_by_title(qapp, qtbot, services, demo, lang):
    from ui.i18n import apply_language
    from ui.main_window import MainWindow

    apply_language(qapp, lang)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_section("workshops")
    page._select_id(demo.id)
    names = titles(services, lang)
    editor_texts = visible_texts(page.editor)
    assert not [t for t in editor_texts if RAW_ID.search(t)]
    assert names["m01-migration-terms"] in editor_texts
    page.f_modules.check_title(names["m07-advocacy"])
    # the session's module: a list of titles opens in the cell, the cell keeps the id
    index = page.sessions.model().index(0, 4)
    page.sessions.setCurrentIndex(index)
    page.sessions.edit(index)
    combo = page.sessions.findChild(QComboBox)
    assert combo is not None and combo.isVisible()
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert names["m07-advocacy"] in offered and not [t for t in offered if RAW_ID.search(t)]
    combo.setCurrentIndex(combo.findText(names["m07-advocacy"]))
    page.sessions.commitData(combo)
    page.sessions.closeEditor(combo, page.sessions.itemDelegate().EndEditHint.NoHint)
    assert shown(page.sessions, 0, 4) == names["m07-advocacy"]
    page.save()
    w = ws.get_workshop(services.db, demo.id)
    assert "m07-advocacy" in w.modules
    assert ws.list_sessions(services.db, demo.id)[0].module_id == "m07-advocacy"


def test_a_module_from_another_laptop_is_kept_without_showing_its_id(window, services, demo):
    ws.update_workshop(services.db, demo.id, actor="test", modules=["m01-migration-terms", "x99-from-rabat"])
    window.reload_workshops()
    page = window.page("workshops")
    page._select_id(demo.id)
    texts = visible_texts(page.editor)
    assert "A module not installed on this computer" in texts
    assert not [t for t in texts if "x99" in t]
    page.f_title.setText("Titre changé")
    page.save()
    w = ws.get_workshop(services.db, demo.id)
    assert w.title == "Titre changé" and w.modules == ["m01-migration-terms", "x99-from-rabat"]


def test_programme_module_filter_shows_titles(window, services, demo):
    ws.update_workshop(services.db, demo.id, actor="test", modules=["m07-advocacy"])
    page = window.page("programme")
    page.reload_choices()
    texts = [page.module.itemText(i) for i in range(page.module.count())]
    data = [page.module.itemData(i) for i in range(page.module.count())]
    assert "m07-advocacy" in data
    assert "m07-advocacy" not in texts
    assert load_catalog(services.data_dir).modules["m07-advocacy"].title("en") in texts
