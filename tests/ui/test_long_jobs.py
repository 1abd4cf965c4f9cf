"""Clicks that start long work return at once: the work runs as a job (ui.jobs.run_job) with a
progress dialog and Cancel, the window keeps answering, and a cancelled export leaves no file.

The inputs are made big enough (a few hundred people) for the work to last longer than the 0.3 s
after which the progress dialog shows; the real volumes (2,000 people, 30 sessions) take minutes.
"""

from __future__ import annotations

import random
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton

from workshop_kit.demo import create_demo


def _crowd(db, workshop_id: str, n: int) -> None:
    """``n`` more participants enrolled in the workshop (one transaction, as an import leaves them)."""
    from workshop_kit.participants import search_text

    rnd = random.Random(7)
    now = "2026-01-01T00:00:00.000000Z"
    with db.atomic():
        for i in range(n):
            pid = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
            fields = {"first_name": rnd.choice(["Fatima", "Omar", "Grâce", "Mamadou"]), "last_name": f"Benali {i}",
                      "first_name_ar": "فاطمة", "last_name_ar": "بنعلي", "organisation_name": f"Association {i % 30}",
                      "city": "Rabat", "email": f"p{i}@example.org"}
            db.conn.execute(
                "INSERT INTO participants (id, first_name, last_name, first_name_ar, last_name_ar, organisation_name,"
                " city, email, gender, birth_year, nationality, phone, consent_data, consent_email, search_text,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (pid, *fields.values(), "F", 1990, "MA", f"+2126{i:08d}", 1, 1, search_text(fields), now, now))
            db.conn.execute("INSERT INTO enrolments (id, workshop_id, participant_id, role, enrolled_at)"
                            " VALUES (?,?,?,?,?)", (str(uuid.uuid4()), workshop_id, pid, "participant", now))


class _Ticks:
    """A timer on the UI thread: it only ticks while the event loop runs (not during work on it)."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(10)

    def _tick(self) -> None:
        self.count += 1


def _cancel_button(job) -> QPushButton:
    return job.dialog.findChild(QPushButton)


@pytest.fixture
def attendance(qtbot, services):
    from ui.pages.attendance import AttendancePage

    workshop, _ = create_demo(services.db)
    _crowd(services.db, workshop.id, 300)
    services.state.set_workshop(workshop.id)
    page = AttendancePage(services)
    qtbot.addWidget(page)
    return page


def test_sign_in_sheets_are_written_in_the_background_with_a_progress_dialog(qtbot, attendance, tmp_path: Path):
    target = tmp_path / "sheets.docx"
    ticks = _Ticks()
    attendance.export("sheet", target)
    assert not target.exists()  # on the UI thread the click would return only once the file is there
    job = attendance.export_job
    qtbot.waitUntil(lambda: job.dialog.isVisible() or target.exists(), timeout=60000)
    assert job.dialog.isVisible() and job.dialog.maximum() == 7  # 6 sessions and the save
    assert _cancel_button(job) is not None
    qtbot.waitUntil(lambda: "Written" in attendance.status_label.text(), timeout=120000)
    ticks.timer.stop()
    assert target.exists() and ticks.count > 5  # the window kept answering while the sheets were written


def test_cancelling_the_sign_in_sheets_leaves_no_file(qtbot, attendance, tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "sheets.docx"
    attendance.export("sheet", target)
    job = attendance.export_job
    qtbot.waitUntil(lambda: job.dialog.isVisible(), timeout=60000)
    qtbot.mouseClick(_cancel_button(job), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cancelled" in attendance.status_label.text(), timeout=60000)
    assert attendance.status_label.text() == "Export cancelled: no file was written."
    assert list(out.iterdir()) == []  # neither the file nor a temporary one


def test_cancelling_the_badges_leaves_neither_the_sheet_nor_the_pictures(qtbot, window, services, tmp_path: Path):
    workshop, _ = create_demo(services.db)
    _crowd(services.db, workshop.id, 150)
    services.state.set_workshop(workshop.id)
    services.settings["checkin_sounds"] = False
    window._painted = True  # no start-up backup: not what is tested here
    page = window.show_section("checkin")
    out = tmp_path / "out"
    out.mkdir()
    page.print_badges(str(out / "badges.docx"))
    assert not (out / "badges.docx").exists()
    job = page.badge_job
    qtbot.waitUntil(lambda: job.dialog.isVisible(), timeout=60000)
    qtbot.mouseClick(_cancel_button(job), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.print_button.isEnabled(), timeout=120000)
    assert page.headline.text() == "Badges cancelled"
    assert list(out.iterdir()) == []


def test_a_curricula_handout_is_written_by_a_job(qtbot, services, tmp_path: Path):
    from PySide6.QtWidgets import QMessageBox

    from ui.pages.curricula import CurriculaPage

    page = CurriculaPage(services)
    qtbot.addWidget(page)
    target = tmp_path / "handout.docx"
    job = page.run_export(lambda: page.modules_tab.export_handout(target, True, "m04-protection", "fr"), target)
    assert not target.exists() and "handout.docx" in job.label
    qtbot.waitUntil(lambda: any(w.isVisible() for w in page.findChildren(QMessageBox)), timeout=30000)
    assert target.exists()


@pytest.mark.skipif(__import__("workshop_kit.selfcheck", fromlist=["x"]).soffice_path() is None,
                    reason="LibreOffice not installed")
def test_the_template_preview_can_be_cancelled(qtbot, services, tmp_path: Path):
    from ui.pages.certificates.preview_dialog import PreviewDialog
    from ui.pages.certificates.template_picker import TemplatePicker

    picker = TemplatePicker(services)
    qtbot.addWidget(picker)
    picker.preview()
    job = picker.job
    qtbot.waitUntil(lambda: job.dialog.isVisible() or job.finished, timeout=30000)
    assert job.dialog.isVisible()  # LibreOffice takes longer than 0.3 s to start
    job.cancel()
    qtbot.waitUntil(lambda: job.finished, timeout=60000)
    assert not picker.findChildren(PreviewDialog)


def test_cancelling_a_bundle_import_rolls_the_bundle_back(qtbot, services, tmp_path: Path):
    """A bundle from another laptop, cancelled while it merges: this laptop's data stays as it was."""
    from ui.pages.attendance import AttendancePage
    from ui.workers import wait_all
    from workshop_kit import bundles
    from workshop_kit.db import open_database

    other = tmp_path / "laptop-b"
    db_b = open_database(other, auto_backup=False).db
    try:
        workshop, _ = create_demo(db_b)
        _crowd(db_b, workshop.id, 200)
        bundles.export_bundle(db_b, other, workshop.id, tmp_path / "b.zip")
    finally:
        db_b.conn.close()
    page = AttendancePage(services)
    qtbot.addWidget(page)
    page.import_bundles([str(tmp_path / "b.zip")], accept=True)
    page.import_job.cancel()  # as the Cancel button does, while the bundle is still being read
    wait_all(60000)
    qtbot.waitUntil(lambda: page.import_job.finished, timeout=10000)
    assert page.status_label.text() == "Import cancelled: nothing from this bundle was imported."
    assert services.db.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 0
    page.import_bundles([str(tmp_path / "b.zip")], accept=True)  # not cancelled: it all comes in
    qtbot.waitUntil(lambda: bool(page.last_import_summary), timeout=60000)
    assert services.db.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 212
