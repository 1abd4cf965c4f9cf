"""The attendance page over the real data file: grid edits reach the database, exports, report, bundles."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from workshop_kit import attendance, audit, bundles, signing
from workshop_kit.db import open_database
from workshop_kit.demo import create_demo


@pytest.fixture
def page(qtbot, services):
    from ui.pages.attendance import AttendancePage

    workshop, _ = create_demo(services.db)
    services.state.set_workshop(workshop.id)
    widget = AttendancePage(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    return widget


def _wait(qtbot, check) -> None:
    from ui.workers import wait_all

    wait_all(10000)
    qtbot.waitUntil(check, timeout=5000)


def test_grid_shows_participants_sessions_and_a_totals_row(page):
    model = page.model
    assert model.rowCount() == 13 and model.columnCount() == 1 + 6 + 3
    assert model.index(12, 0).data() == "Attended per session"
    assert "80 %" in page.rule_label.text()


def test_editing_a_cell_changes_the_database_and_is_audited(page, services, qtbot):
    model = page.model
    seen = []
    services.state.dataChanged.connect(seen.append)
    index = model.index(0, 1)
    assert model.flags(index) & Qt.ItemIsEditable
    assert not model.flags(model.index(12, 1)) & Qt.ItemIsEditable  # totals row
    assert not model.flags(model.index(0, 0)) & Qt.ItemIsEditable  # names
    assert model.setData(index, "late")
    pid = model.grid.rows[0].participant.id
    sid = model.grid.sessions[0].id
    assert services.db.execute("SELECT status FROM attendance WHERE session_id = ? AND participant_id = ?",
                               [sid, pid]).fetchone()[0] == "late"
    assert index.data() == "late" and model.index(12, 1).data() == "1"
    assert audit.entries(services.db, "attendance")[-1]["actor"] == "app"
    assert seen and all(changes.attendance for changes in seen)


def test_delegate_writes_the_chosen_status(page, services):
    from PySide6.QtWidgets import QComboBox

    index = page.model.index(2, 3)
    delegate = page.table.itemDelegate()
    editor = delegate.createEditor(page.table.viewport(), None, index)
    assert isinstance(editor, QComboBox) and editor.count() == 5
    editor.setCurrentIndex(editor.findData("excused"))
    delegate.setModelData(editor, page.model, index)
    editor.deleteLater()
    row = page.model.grid.rows[2]
    assert row.statuses[page.model.grid.sessions[2].id] == "excused"
    assert attendance.grid(services.db, page.model.workshop_id).rows[2].eligibility.excused == 1


def test_export_buttons_write_real_files(page, qtbot, tmp_path):
    page.model.setData(page.model.index(0, 1), "present")
    page.export("xlsx", tmp_path / "a.xlsx")
    _wait(qtbot, lambda: (tmp_path / "a.xlsx").exists())
    assert len(openpyxl.load_workbook(tmp_path / "a.xlsx").sheetnames) == 7
    page.export("sheet", tmp_path / "a.docx")
    _wait(qtbot, lambda: "Written" in page.status_label.text())
    assert (tmp_path / "a.docx").exists()


def test_sign_in_sheets_carry_the_organisation_logo_from_settings(page, qtbot, tmp_path, services):
    from docx import Document
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (240, 90), (20, 120, 60)).save(logo)
    services.settings["organisation_logo"] = str(logo)
    page.export("sheet", tmp_path / "s.docx")
    _wait(qtbot, lambda: "Written" in page.status_label.text())
    doc = Document(str(tmp_path / "s.docx"))
    assert len(doc.inline_shapes) == 6  # one per session page
    assert [c.text for c in doc.tables[0].rows[0].cells][2:4] == ["Sexe", "Téléphone"]  # the workshop is French


def test_report_tab_counts_and_exports_without_names(page, qtbot, tmp_path):
    for r in range(12):
        page.model.setData(page.model.index(r, 1), "present")
    view = page.report
    assert view.figures["reached"].text() == "12 of 12 enrolled"
    assert view.figures["sessions"].text() == "1 of 6"
    assert '"<3"' in view.notes.text()
    view.dimension.setCurrentIndex(view.dimension.findData("nationality_group"))
    assert dict(view.bars.rows)["Moroccan"] == 7
    view.export(tmp_path / "r.xlsx")
    _wait(qtbot, lambda: (tmp_path / "r.xlsx").exists())
    assert "Participants" not in openpyxl.load_workbook(tmp_path / "r.xlsx").sheetnames
    view.with_names.setChecked(True)
    view.export(tmp_path / "r2.xlsx")
    _wait(qtbot, lambda: (tmp_path / "r2.xlsx").exists())
    assert "Participants" in openpyxl.load_workbook(tmp_path / "r2.xlsx").sheetnames


def test_bundle_buttons_merge_another_laptop(page, services, qtbot, tmp_path):
    other = tmp_path / "laptop-b"
    db_b = open_database(other, auto_backup=False).db
    try:
        page.export_bundle(tmp_path / "a.zip")
        _wait(qtbot, lambda: (tmp_path / "a.zip").exists())
        bundles.import_bundle(db_b, other, tmp_path / "a.zip", accept_unknown=True)
        g = attendance.grid(db_b, page.model.workshop_id)
        attendance.set_status(db_b, g.sessions[0].id, g.rows[0].participant.id, "present")
        bundles.export_bundle(db_b, other, page.model.workshop_id, tmp_path / "b.zip")
    finally:
        db_b.conn.close()
    asked = []
    page.ask_unknown_signer = lambda exc: asked.append(exc.key_id) or "trust"
    page.import_bundles([str(tmp_path / "b.zip")])
    _wait(qtbot, lambda: "attendance" in page.last_import_summary)
    assert asked and asked[0] in signing.known_keys(services.data_dir)
    assert page.model.index(0, 1).data() == "present"


def test_a_password_protected_bundle_is_asked_for_its_password(page, services, qtbot, tmp_path):
    other = tmp_path / "laptop-b"
    db_b = open_database(other, auto_backup=False).db
    try:
        page.export_bundle(tmp_path / "a.zip")
        _wait(qtbot, lambda: (tmp_path / "a.zip").exists())
        bundles.import_bundle(db_b, other, tmp_path / "a.zip", accept_unknown=True)
        g = attendance.grid(db_b, page.model.workshop_id)
        attendance.set_status(db_b, g.sessions[0].id, g.rows[0].participant.id, "present")
        bundles.export_bundle(db_b, other, page.model.workshop_id, tmp_path / "b.zip", password="porte bleue")
    finally:
        db_b.conn.close()
    assert b"Fatima" not in (tmp_path / "b.zip").read_bytes()
    asked = []
    page.ask_unknown_signer = lambda exc: "accept"
    page.ask_bundle_password = lambda name: asked.append(name) or "porte bleue"
    page.import_bundles([str(tmp_path / "b.zip")])
    _wait(qtbot, lambda: "attendance" in page.last_import_summary)
    assert asked == ["b.zip"]
    assert page.model.index(0, 1).data() == "present"


def test_page_in_arabic_is_right_to_left_and_translated(qapp, qtbot, services):
    from ui.i18n import apply_language
    from ui.pages.attendance import AttendancePage

    workshop, _ = create_demo(services.db)
    services.state.set_workshop(workshop.id)
    apply_language(qapp, "ar")
    widget = AttendancePage(services)
    qtbot.addWidget(widget)
    assert widget.layoutDirection() == Qt.RightToLeft
    assert widget.tabs.tabText(0) == "الجدول" and widget.tabs.tabText(1) == "تقرير الجهة المانحة"
    widget.model.setData(widget.model.index(0, 1), "present")
    assert widget.model.index(0, 1).data() == "حاضر"
    assert widget.model.headerData(1, Qt.Horizontal).startswith("ج1")


def test_page_without_any_workshop_says_what_to_do(qtbot, services):
    from ui.pages.attendance import AttendancePage

    widget = AttendancePage(services)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0
    assert "workshop" in widget.workshop_label.text()
    assert not widget.xlsx_button.isEnabled() and widget.bundle_import_button.isEnabled()
    widget.tabs.setCurrentIndex(1)
    widget.report.scope.setCurrentIndex(1)  # all workshops: zero everywhere, no error
    assert widget.report.figures["reached"].text().startswith("0")


def test_keyboard_marks_a_column_quickly(page, services, qtbot):
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 2))
    for key in (Qt.Key_1, Qt.Key_2, Qt.Key_4, Qt.Key_3):
        qtbot.keyClick(page.table, key)
    sid = page.model.grid.sessions[1].id
    statuses = [r.statuses.get(sid) for r in page.model.grid.rows[:5]]
    assert statuses == ["present", "late", "excused", "absent", None]
    page.table.setCurrentIndex(page.model.index(0, 2))
    qtbot.keyClick(page.table, Qt.Key_Delete)
    assert page.model.grid.rows[0].statuses.get(sid) is None
    assert services.db.execute("SELECT COUNT(*) FROM attendance WHERE session_id = ?", [sid]).fetchone()[0] == 3


def test_the_donor_report_shows_scores_saved_after_it_was_opened(page, services, qtbot):
    """Saving pre/post scores publishes ``quiz_scores``; the report on this page must hear it (it kept
    saying "no pre/post scores")."""
    from workshop_kit.quizscores import record_score

    _wait(qtbot, lambda: "no pre/post" in page.report.figures["gain"].text())
    wid = services.state.current_workshop_id
    people = [r[0] for r in services.db.execute(
        "SELECT participant_id FROM enrolments WHERE workshop_id = ? AND role = 'participant'", [wid]).fetchall()]
    with services.state.recording():  # what the Pre/post tests tab does when it saves
        for pid in people:
            record_score(services.db, wid, pid, "m01-migration-terms", pre=4, post=7, max_score=10)
    _wait(qtbot, lambda: "→" in page.report.figures["gain"].text())
    assert "+30" in page.report.figures["gain"].text()


def test_a_change_kind_nobody_can_hear_is_an_error(services):
    """Kinds are the fields of ``ChangeSet``: a misspelt one fails where it is written or asked."""
    from workshop_kit.changes import ChangeSet, writes

    with pytest.raises(TypeError, match="badge_token"):
        ChangeSet(badge_token=True)  # a typo would reach no page
    with pytest.raises(TypeError, match="quiz_score"):
        writes(quiz_score=True)  # a core function declaring it fails when its module is imported
    with pytest.raises(AttributeError):
        ChangeSet().quiz_score  # noqa: B018 - a page listening for a kind that does not exist
    with pytest.raises(TypeError):
        services.state.publish({"quiz_scores"})  # only a ChangeSet is published


def test_a_deleted_workshop_shows_an_empty_grid_but_a_broken_read_is_not_hidden(services):
    """Only "this workshop is gone" means an empty grid; any other failure reaches the error path."""
    import sqlite3

    from ui.models.attendance_model import AttendanceModel

    model = AttendanceModel(services.db)
    model.load("no-such-workshop")
    assert model.rowCount() == 0

    workshop, _ = create_demo(services.db)
    services.db.execute("ALTER TABLE attendance RENAME TO attendance_moved")
    with pytest.raises(sqlite3.OperationalError):
        model.load(workshop.id)
