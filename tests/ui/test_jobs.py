"""The job helper and the change set, through the real window over the real data file.

A write the core does in a job (or on the UI thread inside ``state.recording()``) reaches every page
that shows its data; long jobs show progress and can be cancelled without leaving half a result;
a failing job shows the error and still closes its connection.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QProgressDialog, QPushButton

from workshop_kit import attendance, checkin, quizscores
from workshop_kit import participants as P
from workshop_kit.errors import Cancelled


def _run(qtbot, window, services, fn, *, label: str = "test"):
    """Run ``fn(db)`` through the job helper and wait for it (what pages do)."""
    from ui.jobs import run_job

    errors: list[BaseException] = []
    job = run_job(window, services, lambda db, _p, _c: fn(db), label=label, on_error=errors.append)
    qtbot.waitUntil(lambda: job.finished, timeout=30000)
    assert not errors
    return job


def _person(services, workshop_id: str, first: str) -> str:
    with services.state.recording():
        p = P.add_participant(services.db, first_name=first, last_name="Test", consent_data=True,
                              consent_recorded_by="test")
        P.enrol(services.db, workshop_id, p.id)
    return p.id


def _badge_of(page, pid: str) -> str:
    model = page.model
    row = model.row_of(pid)
    column = [key for key, _ in model.COLUMNS].index("badge")
    return model.index(row, column).data() if row >= 0 else "(not shown)"


# -- (a) every page that shows the data refreshes after a write ------------------------------------------------

def test_saved_quiz_scores_reach_the_donor_report(qtbot, window, services, demo) -> None:
    services.state.set_workshop(demo.id)
    page = window.show_section("attendance")
    qtbot.waitUntil(lambda: "no pre/post" in page.report.figures["gain"].text(), timeout=10000)
    people = [r[0] for r in services.db.execute(
        "SELECT participant_id FROM enrolments WHERE workshop_id = ? AND role = 'participant'", [demo.id]).fetchall()]

    def save(db):
        for pid in people:
            quizscores.record_score(db, demo.id, pid, "m01-migration-terms", pre=4, post=7, max_score=10)

    job = _run(qtbot, window, services, save)
    assert job.changes.quiz_scores and not job.changes.participants
    qtbot.waitUntil(lambda: "→" in page.report.figures["gain"].text(), timeout=10000)
    assert "+30" in page.report.figures["gain"].text()


def test_printed_badges_fill_the_badge_column(qtbot, window, services, demo, tmp_path) -> None:
    services.state.set_workshop(demo.id)
    pid = _person(services, demo.id, "Nouvelle")
    page = window.show_section("participants")
    qtbot.waitUntil(lambda: page.model.row_of(pid) >= 0, timeout=10000)
    assert _badge_of(page, pid) in ("", "None")
    door = window.show_section("checkin")
    door.print_badges(str(tmp_path / "badges.docx"))
    qtbot.waitUntil(lambda: door.print_button.isEnabled(), timeout=30000)
    window.show_section("participants")
    qtbot.waitUntil(lambda: _badge_of(page, pid) == "Active", timeout=10000)


def test_a_badge_revoked_at_the_door_shows_in_the_participants_list(qtbot, window, services, demo) -> None:
    """Revoking or replacing a badge at the door announced nothing: the list kept saying "Active"."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    services.state.set_workshop(demo.id)
    pid = services.db.execute("SELECT participant_id FROM enrolments WHERE workshop_id = ? AND role = 'participant'"
                              " ORDER BY participant_id LIMIT 1", [demo.id]).fetchone()[0]
    page = window.show_section("participants")
    qtbot.waitUntil(lambda: _badge_of(page, pid) == "Active", timeout=10000)
    door = window.show_section("checkin")
    def confirm() -> None:  # the trainer clicks "Revoke badge" in the confirmation
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, confirm)
            return
        next(b for b in box.buttons() if b.text() == "Revoke badge").click()

    QTimer.singleShot(20, confirm)
    item = QListWidgetItem("Someone")
    item.setData(Qt.ItemDataRole.UserRole, pid)
    door.revoke_badge(item)
    window.show_section("participants")
    qtbot.waitUntil(lambda: _badge_of(page, pid) == "Revoked", timeout=10000)


def test_a_check_in_written_by_the_core_updates_the_attendance_grid(qtbot, window, services, demo) -> None:
    services.state.set_workshop(demo.id)
    page = window.show_section("attendance")
    qtbot.waitUntil(lambda: page.model.grid is not None, timeout=10000)
    session = page.model.grid.sessions[-1]
    row = next(r for r in page.model.grid.rows if not r.statuses.get(session.id))
    pid = row.participant.id

    job = _run(qtbot, window, services, lambda db: checkin.check_in(
        db, demo.id, participant_id=pid, session_id=session.id, method="manual"))
    assert job.changes.attendance and job.changes.checkin_events

    def shown() -> str | None:
        return next(r for r in page.model.grid.rows if r.participant.id == pid).statuses.get(session.id)

    qtbot.waitUntil(lambda: shown() in ("present", "late"), timeout=10000)


def test_a_status_set_in_the_grid_reaches_the_programme_and_the_door(qtbot, window, services, demo) -> None:
    services.state.set_workshop(demo.id)
    seen = []
    services.state.dataChanged.connect(seen.append)
    page = window.show_section("attendance")
    qtbot.waitUntil(lambda: page.model.grid is not None, timeout=10000)
    assert page.model.setData(page.model.index(0, 1), "absent")
    assert seen and seen[-1].attendance and not seen[-1].participants


def test_a_new_workshop_appears_in_the_window_s_workshop_list(qtbot, window, services) -> None:
    from workshop_kit import workshops as ws

    assert window.workshop_combo.findText("Atelier du soir", flags=_contains()) < 0
    _run(qtbot, window, services, lambda db: ws.create_workshop(
        db, title="Atelier du soir", start="2026-03-02"))
    qtbot.waitUntil(lambda: window.workshop_combo.findText("Atelier du soir", flags=_contains()) >= 0, timeout=10000)


def _contains():
    from PySide6.QtCore import Qt

    return Qt.MatchContains


def test_nested_writes_are_all_published(services, demo) -> None:
    """Several writes in one block are published once, as the union of what each declared."""
    seen = []
    services.state.dataChanged.connect(seen.append)
    with services.state.recording():
        p = P.add_participant(services.db, first_name="Amal", consent_data=True, consent_recorded_by="test")
        P.enrol(services.db, demo.id, p.id)
        attendance.set_status(services.db, attendance.grid(services.db, demo.id).sessions[0].id, p.id, "present")
    assert len(seen) == 1 and seen[0].participants and seen[0].enrolments and seen[0].attendance
    assert not seen[0].quiz_scores


# -- (b) moving the data folder: progress, and Cancel keeps the old folder -------------------------------------

def test_moving_the_data_folder_shows_progress_and_cancel_keeps_the_old_folder(qtbot, window, services, demo,
                                                                               tmp_path) -> None:
    from workshop_kit.paths import database_path, default_data_dir

    (services.data_dir / "backups").mkdir(exist_ok=True)
    (services.data_dir / "backups" / "big-attachment.bin").write_bytes(b"\x01" * (8 << 20))  # 8 chunks of 1 MB
    target = tmp_path / "usb"
    target.mkdir()
    (target / "my-notes.txt").write_text("the trainer's own file")
    before = default_data_dir()
    page = window.show_section("settings")
    reports = []

    job = page.move_data_folder(str(target))

    def on_progress(done: int, total: int, _message: str) -> None:
        reports.append((done, total))
        if len(reports) == 1:  # the trainer clicks Cancel in the progress dialog
            job.dialog.show()
            button = job.dialog.findChild(QPushButton)
            assert button is not None and button.text() == "Cancel"
            button.click()

    job.on_progress = on_progress
    qtbot.waitUntil(lambda: job.finished, timeout=30000)
    assert reports and reports[0][1] > 8 << 20  # bytes of the whole folder, database included
    assert "Copy cancelled" in page.status.text()
    assert sorted(p.name for p in target.iterdir()) == ["my-notes.txt"]  # no partial copy; the user's file kept
    assert not database_path(target).exists()
    assert default_data_dir() == before  # the app still uses the old folder
    with services.state.recording():
        P.add_participant(services.db, first_name="Après", consent_data=True, consent_recorded_by="test")
    assert services.db.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 13


def test_moving_the_data_folder_copies_it_in_a_job(qtbot, window, services, demo, tmp_path) -> None:
    from workshop_kit.db import open_database
    from workshop_kit.paths import default_data_dir

    target = tmp_path / "elsewhere"
    page = window.show_section("settings")
    job = page.move_data_folder(str(target))
    qtbot.waitUntil(lambda: job.finished, timeout=30000)
    assert "The data was copied to" in page.status.text()
    assert default_data_dir() == target
    copy = open_database(target, lock=False, auto_backup=False, check=False).db
    try:
        assert copy.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 12
    finally:
        copy.conn.close()
    for box in page.findChildren(QMessageBox):
        box.close()


# -- (c) a cancelled import leaves nobody half-imported -----------------------------------------------------

def _big_csv(path: Path, rows: int) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Prénom", "Nom", "Téléphone", "Consentement"])
        for i in range(rows):
            out.writerow([f"Prénom{i}", f"Nom{i}", f"+2126{i:08d}", "oui"])
    return path


@pytest.mark.parametrize("cancel_when", ["checking", "writing"])
def test_a_cancelled_import_leaves_zero_new_participants(qtbot, window, services, demo, tmp_path,
                                                         cancel_when: str) -> None:
    from ui.dialogs.import_wizard import ImportWizard

    path = _big_csv(tmp_path / "liste.csv", 12000)
    before = services.db.execute("SELECT COUNT(*) FROM participants").fetchone()[0]
    enrolments = services.db.execute("SELECT COUNT(*) FROM enrolments").fetchone()[0]
    wizard = ImportWizard(services, demo.id, window, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # columns
    wizard.next()  # check (a job of its own)
    qtbot.waitUntil(lambda: wizard.report is not None and wizard.check_page.isComplete(), timeout=60000)
    assert wizard.report.valid == 12000
    wizard.accept()  # Import
    job = wizard.job
    seen = []

    def on_progress(done: int, total: int, message: str) -> None:
        seen.append((done, total, message))
        writing = "Writing" in message
        if (cancel_when == "checking" and not writing and len(seen) == 1) or (cancel_when == "writing" and writing):
            job.dialog.show()
            job.dialog.findChild(QPushButton).click()

    job.on_progress = on_progress
    qtbot.waitUntil(lambda: job.finished, timeout=60000)
    assert seen and seen[0][1] == 12000  # rows done of all rows
    assert services.db.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == before
    assert services.db.execute("SELECT COUNT(*) FROM enrolments").fetchone()[0] == enrolments
    assert "nothing was imported" in wizard.check_page.summary.text()
    assert wizard.result_report is None and wizard.isVisible()  # the trainer can import again
    assert not job.changes  # nothing was published: nothing changed


def test_an_import_commits_through_a_job_with_progress(qtbot, window, services, demo, tmp_path) -> None:
    from ui.dialogs.import_wizard import ImportWizard

    path = _big_csv(tmp_path / "liste.csv", 5000)
    services.state.set_workshop(demo.id)
    page = window.show_section("participants")
    qtbot.waitUntil(lambda: page.model.total == 12, timeout=10000)
    wizard = ImportWizard(services, demo.id, window, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report is not None and wizard.check_page.isComplete(), timeout=60000)
    assert wizard.check_page.progress.maximum() == 5000  # the check counted its rows on the page's bar
    wizard.accept()
    seen = []
    wizard.job.on_progress = lambda done, total, message: seen.append((done, total, message))
    qtbot.waitUntil(lambda: wizard.job.finished, timeout=60000)
    assert wizard.result_report.imported == 5000
    assert (4000, 5000, "") in seen and any("Writing 5000 people" in m for _d, _t, m in seen)
    assert wizard.job.changes.participants and wizard.job.changes.enrolments
    qtbot.waitUntil(lambda: page.model.total is None and page.model.rowCount() > 12, timeout=10000)  # reloaded


# -- (d) the helper itself -----------------------------------------------------------------------------------

def test_a_failing_job_shows_the_error_and_closes_its_connection(qtbot, window, services) -> None:
    from ui.jobs import run_job

    def work(db, _progress, _cancelled):
        db.execute("SELECT COUNT(*) FROM participants")
        raise RuntimeError("the disk said no")

    job = run_job(window, services, work, label="Failing")
    qtbot.waitUntil(lambda: job.finished, timeout=10000)
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "Something went wrong: the disk said no" in boxes[-1].text()
    assert "RuntimeError" in boxes[-1].detailedText()
    from workshop_kit import dbconnect

    with pytest.raises(dbconnect.errors("ProgrammingError"), match="closed"):
        job.db.conn.execute("SELECT 1")
    for box in boxes:
        box.close()


def test_a_long_job_shows_a_progress_dialog_whose_cancel_stops_it(qtbot, window, services) -> None:
    from ui.jobs import SHOW_AFTER_MS, run_job

    def work(db, progress, cancelled):
        for i in range(200):
            if cancelled():
                raise Cancelled("Stopped: nothing was changed.")
            progress(i, 200, "")
            time.sleep(0.02)
        return "finished"

    results = []
    job = run_job(window, services, work, label="A long job", on_done=results.append,
                  on_cancelled=results.append)
    dialog = job.dialog
    assert isinstance(dialog, QProgressDialog) and not dialog.isVisible()  # not for quick jobs
    qtbot.wait(SHOW_AFTER_MS + 200)
    assert dialog.isVisible() and dialog.labelText() == "A long job" and dialog.maximum() == 200
    qtbot.mouseClick(dialog.findChild(QPushButton), _left())
    qtbot.waitUntil(lambda: job.finished, timeout=10000)
    assert len(results) == 1 and isinstance(results[0], Cancelled)
    with pytest.raises(Exception, match="closed"):
        job.db.conn.execute("SELECT 1")


def test_a_quick_job_shows_no_dialog(qtbot, window, services) -> None:
    from ui.jobs import SHOW_AFTER_MS, run_job

    job = run_job(window, services, lambda db, _p, _c: db.execute("SELECT 1").fetchone()[0], label="Quick")
    qtbot.waitUntil(lambda: job.finished, timeout=10000)
    qtbot.wait(SHOW_AFTER_MS + 100)
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]


def _left():
    from PySide6.QtCore import Qt

    return Qt.LeftButton


# -- every kind of data the core writes has a page listening -------------------------------------------------

NOT_SHOWN_LIVE = {
    "settings": "pages read services.settings when they act; the settings page is where they change",
    "organisations": "trusted keys are read when a bundle is checked, never shown in a list",
    "curricula": "the curricula page reloads its catalogue itself after an import",
}


def test_every_kind_the_core_writes_is_heard_by_a_page() -> None:
    """A kind that a core function declares (``@writes``) but no page reads was a page showing stale data."""
    import ast
    import re
    from dataclasses import fields

    from workshop_kit.changes import ChangeSet

    root = Path(__file__).resolve().parents[2]
    declared: set[str] = set()
    for path in (root / "workshop_kit").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("writes", "ChangeSet"):
                declared |= {k.arg for k in node.keywords if k.arg}
    heard: set[str] = set()
    kinds = {f.name for f in fields(ChangeSet)}
    for path in (root / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        heard |= {k for k in kinds if re.search(rf"\bchanges\.{k}\b", text)}
        for block in re.findall(r"= ChangeSet\((.*?)\)\n", text, re.S):  # a page's SHOWS = ChangeSet(…)
            heard |= set(re.findall(r"(\w+)=True", block))
    assert declared <= kinds
    missing = declared - heard - set(NOT_SHOWN_LIVE)
    assert not missing, f"written by the core, refreshed by no page: {sorted(missing)}"
