"""The door screen when the data file is busy: another process holds the write lock longer than the
busy timeout. The scan must not vanish with the screen still saying "Ready": it shows red, keeps
the scan, and records it as soon as the file is free again.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import services, window  # noqa: F401 - fixtures: the real window over the real file
from workshop_kit import badges

from .conftest import finish, script

HOLDER = """
    import os, sqlite3, sys
    from workshop_kit.paths import database_path
    from pathlib import Path
    conn = sqlite3.connect(database_path(Path(os.environ["WORKSHOP_KIT_HOME"])), isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO meta (key, value) VALUES ('holder', 'x')")
    print("LOCKED", flush=True)
    sys.stdin.readline()
    conn.execute("COMMIT")
    print("RELEASED", flush=True)
"""


@pytest.fixture
def page(qtbot, demo, window, services, db):  # noqa: F811
    db.execute("UPDATE workshops SET late_grace_minutes = 1440 WHERE id = ?", [demo.id])
    services.settings["checkin_sounds"] = False
    window._painted = True  # no start-up integrity check and backup here
    window.show()
    qtbot.waitExposed(window)
    p = window.show_section("checkin")
    p.sound_box.setChecked(False)
    p.session_combo.setCurrentIndex(1)
    db.execute("PRAGMA busy_timeout = 300")  # keep the test short; the app waits longer
    return p


def test_scan_while_the_file_is_locked_shows_red_keeps_the_scan_and_records_it_later(qtbot, page, db, demo):
    token = sorted(badges.ensure_badges(db, demo.id).values(), key=lambda b: b.participant_id)[0]
    holder = script(HOLDER)
    try:
        assert holder.stdout.readline().strip() == "LOCKED", holder.stderr.read()
        page.undo_button.setFocus()
        target = QApplication.focusWidget() or QApplication.activeWindow()
        qtbot.keyClicks(target, token.token)
        qtbot.keyClick(target, Qt.Key.Key_Return)
        assert page.result_frame.property("colour") == "red"
        assert page.headline.text() != "Ready"
        assert "retr" in page.detail.text().lower()
        assert db.execute("SELECT COUNT(*) FROM attendance").fetchone()[0] == 0
        qtbot.wait(400)
        assert page.result_frame.property("colour") == "red"  # still red while the file is busy
    finally:
        finish(holder, "go\n")
    qtbot.waitUntil(lambda: page.result_frame.property("colour") == "green", timeout=8000)
    assert db.execute("SELECT participant_id, method FROM attendance").fetchall() == [(token.participant_id, "scanner")]


def test_kept_scans_survive_closing_the_app_and_are_recorded_at_the_next_start(qtbot, page, db, demo, services, data_dir):  # noqa: F811
    from ui.pages.checkin import PENDING_FILE, CheckinPage

    token = sorted(badges.ensure_badges(db, demo.id).values(), key=lambda b: b.participant_id)[1]
    holder = script(HOLDER)
    try:
        assert holder.stdout.readline().strip() == "LOCKED", holder.stderr.read()
        assert page.scan(token.token, "scanner") is None
        assert page.result_frame.property("colour") == "red"
        assert (data_dir / PENDING_FILE).exists()  # on disk, not only in this window
        page._retry_timer.stop()  # the app is closed before it could retry
    finally:
        finish(holder, "go\n")
    services.state.set_workshop(demo.id)
    again = CheckinPage(services)  # the next start of the door screen
    qtbot.addWidget(again)
    assert again.result_frame.property("colour") == "red" and again.pending
    again.session_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not again.pending, timeout=8000)
    assert again.result_frame.property("colour") == "green"
    assert db.execute("SELECT participant_id FROM attendance").fetchall() == [(token.participant_id,)]
    assert not (data_dir / PENDING_FILE).exists()
