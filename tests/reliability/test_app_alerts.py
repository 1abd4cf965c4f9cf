"""The window says at once when its data file was damaged or its write-ahead log removed, and the
door screen then refuses scans in red with the way to restore, keeping them."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import services, window  # noqa: F401 - fixtures: the real window over the real file
from workshop_kit import badges
from workshop_kit.paths import database_path


def _alerts(window) -> list[str]:  # noqa: F811
    return [box.text() for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_write_ahead_log_removed_under_the_window_is_reported_and_scans_are_kept(qtbot, demo, window, services, db, data_dir):  # noqa: F811
    token = sorted(badges.ensure_badges(db, demo.id).values(), key=lambda b: b.participant_id)[0]
    db.execute("UPDATE workshops SET late_grace_minutes = 1440 WHERE id = ?", [demo.id])
    window._painted = True
    window.show()
    qtbot.waitExposed(window)
    page = window.show_section("checkin")
    page.sound_box.setChecked(False)
    page.session_combo.setCurrentIndex(1)
    path = database_path(data_dir)
    os.unlink(path.with_name(path.name + "-wal"))  # what another program did
    window.check_files()  # the window's timer, without waiting for it
    alerts = _alerts(window)
    assert alerts and "write-ahead journal" in alerts[0] and "backup restore" in alerts[0]
    for box in window.findChildren(QMessageBox):
        box.close()
    assert page.scan(token.token, "scanner") is None
    assert page.result_frame.property("colour") == "red"
    assert "backup restore" in page.detail.text() and page.pending
    rescue = [p for p in (data_dir / "backups").iterdir() if "rescue" in p.name]
    assert len(rescue) == 1  # what the window still saw, saved for the restore


def test_app_offers_the_restore_when_the_data_file_is_missing(data_dir, qapp, qtbot, monkeypatch):
    """The window answers a lost data file with the restore, not with a new empty database."""
    from ui.app import open_services
    from workshop_kit.db import InstanceLock

    from .conftest import cli

    assert cli("demo").returncode == 0
    assert cli("backup", "create").returncode == 0
    path = database_path(data_dir)
    path.unlink()
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    asked = []

    def answer(parent, title, text):
        asked.append(text)
        return QMessageBox.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    try:
        services = open_services(data_dir)
        assert asked and "missing or empty" in asked[0]
        assert services is not None
        assert services.db.execute("SELECT COUNT(*) FROM workshops").fetchone()[0] == 1
        services.db.conn.close()
    finally:
        InstanceLock.release_all()
