"""UI fixtures: the real main window over the real data file in the test's data folder."""

from __future__ import annotations

import pytest

from workshop_kit import settings as settings_mod


@pytest.fixture
def services(qapp, db, data_dir):
    from ui.app import register_fonts
    from ui.i18n import apply_language
    from ui.services import Services
    from workshop_kit.paths import database_path

    apply_language(qapp, "en")
    register_fonts()  # as the app does: the bundled Noto fonts
    svc = Services(data_dir=data_dir, db=db, db_path=database_path(data_dir), settings=settings_mod.load(data_dir))
    yield svc
    from ui.workers import wait_all

    wait_all(10000)
    apply_language(qapp, "en")


@pytest.fixture
def window(qtbot, services):
    from ui.main_window import MainWindow

    win = MainWindow(services)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    return win
