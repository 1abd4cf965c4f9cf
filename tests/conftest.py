"""Every test gets a fresh data folder; Qt runs offscreen; Qt warnings fail tests (pyproject)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["WORKSHOP_KIT_LANG"] = "en"  # tests read English messages unless they switch language

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty data folder, also exported as WORKSHOP_KIT_HOME for the CLI and the app."""
    home = tmp_path / "data"
    home.mkdir()
    monkeypatch.setenv("WORKSHOP_KIT_HOME", str(home))
    # Keep the remembered-location file out of the real user config.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    from workshop_kit import i18n

    i18n.set_language("en")
    return home


@pytest.fixture(autouse=True)
def _automatic_gc_between_tests():
    """A test that started the app leaves collection to the app's UI-thread timer; the next test gets
    Python's automatic collection back (memory figures in other tests assume it)."""
    yield
    import sys

    guard = sys.modules.get("ui.gc_guard")
    if guard is not None:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        collector = app.findChild(guard.MainThreadCollector) if app is not None else None
        if collector is not None:
            collector.stop()


@pytest.fixture
def db(data_dir: Path):
    """The real SQLite data file in the fresh folder, migrated to the latest schema."""
    from workshop_kit.db import open_database

    result = open_database(data_dir, auto_backup=False)
    yield result.db
    result.db.conn.close()


@pytest.fixture
def demo(db):
    """The demo workshop (3 days × 2 sessions from today, 12 enrolled participants)."""
    from workshop_kit.demo import create_demo

    workshop, _ = create_demo(db)
    return workshop
