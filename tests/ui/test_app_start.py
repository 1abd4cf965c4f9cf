"""`workshop-kit` with no sub-command opens the window (checked in a real subprocess)."""

import os
import subprocess
import sys


def test_no_subcommand_opens_the_app_and_paints(data_dir):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_KIT_QUIT_AFTER_PAINT": "1",
           "WORKSHOP_KIT_HOME": str(data_dir)}
    proc = subprocess.run([sys.executable, "-m", "ui"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert (data_dir / "workshop-kit.sqlite").exists()


def test_every_page_opens_in_a_real_app_process_on_the_demo(data_dir):
    """What scripts/check-frozen.sh runs against the frozen build, here against the source."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_KIT_VISIT_PAGES": "1",
           "WORKSHOP_KIT_HOME": str(data_dir)}
    subprocess.run([sys.executable, "-m", "workshop_kit", "demo"], env=env, check=True, capture_output=True, timeout=60)
    proc = subprocess.run([sys.executable, "-m", "ui"], env=env, capture_output=True, text=True, timeout=90)
    assert proc.returncode == 0, proc.stderr
    opened = [line for line in proc.stdout.splitlines() if line.startswith("page ")]
    assert opened == [f"page {key}: ok" for key in
                      ("workshops", "curricula", "participants", "checkin", "attendance", "certificates", "programme",
                       "settings")]


def test_second_window_on_the_same_data_is_refused_with_a_message(data_dir, qapp, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.app import open_services
    from workshop_kit.db import InstanceLock, open_database

    first = open_database(data_dir, lock=True)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    held = dict(InstanceLock._held)  # keep our lock's file open (closing it would release the lock)
    InstanceLock._held.clear()  # then behave like a second process that does not hold the lock
    try:
        assert open_services(data_dir) is None
        assert shown and "already open in another Workshop Kit window" in shown[0]
    finally:
        InstanceLock._held.update(held)
        InstanceLock.release_all()
        first.db.conn.close()


def test_bundled_arabic_font_is_available_to_every_page(qapp):
    """A laptop with no Arabic font still shows Arabic (italics included) with the bundled Noto Naskh."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    from ui.app import ensure_app

    ensure_app()
    assert "Noto Naskh Arabic" in QFontDatabase.families()
    font = QFont("Noto Naskh Arabic")
    font.setItalic(True)
    assert all(QFontMetrics(font).inFontUcs4(ord(ch)) for ch in "مهاجر")
