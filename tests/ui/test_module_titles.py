"""Trainers see module titles in their language, never raw ids such as ``m07-advocacy``."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from workshop_kit.curricula import load_catalog


def shown(table, row: int, col: int) -> str:
    """The text the table paints for a cell (through its delegate)."""
    index = table.model().index(row, col, QModelIndex())
    delegate = table.itemDelegateForIndex(index)
    return delegate.displayText(index.data(Qt.DisplayRole), table.locale())


def test_workshop_modules_and_sessions_show_titles(window, services, demo):
    catalog = load_catalog(services.data_dir)
    title_en = catalog.modules["m07-advocacy"].title("en")
    window.reload_workshops()
    page = window.page("workshops")
    page._select_id(demo.id)
    page.f_modules.setText("m01-migration-terms, m07-advocacy")
    page.sessions.item(0, 4).setText("m07-advocacy")
    assert title_en in page.f_modules_titles.text()
    assert "m07-advocacy" not in page.f_modules_titles.text()
    assert shown(page.sessions, 0, 4) == title_en
    page.save()  # the ids are still what is saved
    assert page.sessions.item(0, 4).text() == "m07-advocacy"


def test_workshop_module_titles_follow_the_language(qapp, services, demo, qtbot):
    from ui.i18n import apply_language
    from ui.main_window import MainWindow

    title_ar = load_catalog(services.data_dir).modules["m07-advocacy"].title("ar")
    apply_language(qapp, "ar")
    win = MainWindow(services)
    qtbot.addWidget(win)
    page = win.page("workshops")
    page._select_id(demo.id)
    page.f_modules.setText("m07-advocacy")
    assert page.f_modules_titles.text() == f"• {title_ar}"


def test_programme_module_filter_shows_titles(window, services, demo):
    from workshop_kit import workshops as ws

    ws.update_workshop(services.db, demo.id, actor="test", modules=["m07-advocacy"])
    page = window.page("programme")
    page.reload_choices()
    texts = [page.module.itemText(i) for i in range(page.module.count())]
    data = [page.module.itemData(i) for i in range(page.module.count())]
    assert "m07-advocacy" in data
    assert "m07-advocacy" not in texts
    assert load_catalog(services.data_dir).modules["m07-advocacy"].title("en") in texts
