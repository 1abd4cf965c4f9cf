"""A trainer's day at 1366×768 in French and Arabic: what surprised trainers, each pinned by a test."""

from __future__ import annotations

import pytest

from workshop_kit.changes import ChangeSet


@pytest.fixture
def in_language(qapp):
    """Switch the app's language for one test (back to English afterwards)."""
    from ui.i18n import apply_language

    def switch(lang: str) -> None:
        apply_language(qapp, lang)

    yield switch
    apply_language(qapp, "en")


# -- nationality list and donor report (no "Western Sahara") ---------------------------------------------
@pytest.mark.parametrize(("lang", "name"), [("fr", "Sahara"), ("ar", "الصحراء"), ("en", "Sahara")])
def test_nationality_list_and_donor_report_do_not_name_western_sahara(qtbot, window, demo, services, in_language,
                                                                      lang, name):
    from workshop_kit.textnorm import fold

    in_language(lang)
    from ui.dialogs.participant_form import ParticipantDialog

    dialog = ParticipantDialog(window)
    qtbot.addWidget(dialog)
    offered = [dialog.nationality.itemText(i) for i in range(dialog.nationality.count())]
    assert len(offered) > 200
    assert not [n for n in offered if fold(name) in fold(n)]
    window.reload_workshops()
    from ui.pages.report_view import ReportView

    view = window.show_section("attendance").findChild(ReportView)
    view.refresh()
    assert "Nationality" in view.notes.text() or "nationalit" in view.notes.text() or "الجنسية" in view.notes.text()
    assert fold(name) not in fold(view.notes.text())


# -- the mouse wheel scrolls the page, it does not change fields under the pointer -------------------------
def _wheel(widget, steps: int = -3) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_wheel_over_dates_times_numbers_and_choices_scrolls_instead_of_changing_them(qtbot, window, demo):
    from ui.app import ensure_app

    ensure_app()  # installs the app-wide wheel guard, as at start-up
    window.show()
    window.reload_workshops()
    page = window.show_section("workshops")
    page._select_id(demo.id)
    qtbot.wait(20)
    start_time = page.sessions.cellWidget(0, 2)
    fields = {
        "first day": (page.f_start, lambda w: w.date()),
        "session start": (start_time, lambda w: w.time()),
        "threshold": (page.f_threshold, lambda w: w.value()),
        "language": (page.f_language, lambda w: w.currentIndex()),
    }
    window.nav.setFocus()
    for name, (widget, value) in fields.items():
        before = value(widget)
        _wheel(widget)
        _wheel(widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget)
        assert value(widget) == before, f"{name} changed under the wheel without focus"
        assert not widget.hasFocus()
    page.f_threshold.setFocus()
    qtbot.waitUntil(page.f_threshold.hasFocus)
    before = page.f_threshold.value()
    _wheel(page.f_threshold, 1)
    assert page.f_threshold.value() != before  # a focused field still answers the wheel


def test_wheel_on_the_participant_form_scrolls_the_form(qtbot, window):
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QScrollArea

    from ui.app import ensure_app
    from ui.dialogs.participant_form import ParticipantDialog

    ensure_app()
    dialog = ParticipantDialog(window)
    qtbot.addWidget(dialog)
    dialog.resize(620, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.setFocus()
    area = dialog.findChild(QScrollArea)
    fields = [w for w in dialog.findChildren(QAbstractSpinBox) + dialog.findChildren(QComboBox) if w.isVisible()]
    assert fields
    values = [(w.text() if isinstance(w, QAbstractSpinBox) else w.currentText()) for w in fields]
    for w in fields:
        _wheel(w, -2)
    assert values == [(w.text() if isinstance(w, QAbstractSpinBox) else w.currentText()) for w in fields]
    assert area.verticalScrollBar().value() > 0  # the form scrolled instead


# -- removing a session: the right one, said plainly, numbers without gaps ----------------------------------
def test_remove_session_removes_the_row_being_edited_names_it_and_renumbers(qtbot, window, demo, db, services):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from tests.certhelpers import attend_demo
    from workshop_kit import workshops as ws

    attend_demo(db, demo.id)
    window.show()
    window.reload_workshops()
    page = window.show_section("workshops")
    page._select_id(demo.id)
    sessions = ws.list_sessions(db, demo.id)
    target = sessions[3]
    page.sessions.setCurrentCell(0, 0)  # the table's current row stays on session 1…
    page.sessions.cellWidget(3, 1).setFocus()  # …while the trainer is in session 4's date field
    qtbot.waitUntil(lambda: page.sessions.cellWidget(3, 1).hasFocus())
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["text"] = box.text()
        seen["default"] = box.defaultButton().text() if box.defaultButton() else None
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        (buttons.get("Remove session") or buttons.get("Yes") or box.buttons()[0]).click()

    QTimer.singleShot(0, answer)
    page.remove_session_button.click()
    present = db.execute("SELECT COUNT(*) FROM attendance WHERE session_id = ?", [target.id]).fetchone()[0]
    assert present == 0
    assert f"Remove session 4 ({target.date}" in seen["text"].replace("\u2066", "").replace("\u2069", "")
    assert "12 attendance records" in seen["text"]
    assert seen["default"] == "Cancel"
    left = ws.list_sessions(db, demo.id)
    assert [s.id for s in left] == [s.id for s in sessions if s.id != target.id]
    assert [s.number for s in left] == [1, 2, 3, 4, 5]  # no gap where session 4 was
    shown = [(page.sessions.item(r, 0).text(), page.sessions.item(r, 0).data(Qt.UserRole))
             for r in range(page.sessions.rowCount())]
    assert shown == [(str(s.number), s.id) for s in left]  # the editor shows every remaining session


# -- the current workshop shown on top is the one the pages act on -------------------------------------------
def test_new_workshop_becomes_the_current_one_in_the_toolbar_too(qtbot, window, demo, services):
    from PySide6.QtCore import QTimer

    from ui.pages.workshops import NewWorkshopDialog

    window.reload_workshops()
    assert window.workshop_combo.currentData() == demo.id
    page = window.show_section("workshops")

    def fill():
        dialog = page.findChild(NewWorkshopDialog)
        dialog.title.setText("Atelier Oujda")
        dialog.accept()

    QTimer.singleShot(50, fill)
    page.create_workshop()
    new_id = services.state.current_workshop_id
    assert new_id != demo.id
    assert window.workshop_combo.currentData() == new_id
    assert window.workshop_combo.currentText().startswith("Atelier Oujda")
    assert window.show_section("checkin").workshop_id == new_id


# -- the certificate template stays as chosen ----------------------------------------------------------------
def test_certificate_template_choice_survives_a_run_and_a_restart(qtbot, window, demo, db, services, tmp_path):
    from tests.certhelpers import attend_demo
    from ui.pages.certificates import CertificatesPage

    attend_demo(db, demo.id)
    window.reload_workshops()
    page = window.show_section("certificates")
    assert page.make_tab.template_combo.currentData() == "fr"  # the workshop's language at first
    page.make_tab.template_combo.setCurrentIndex(page.make_tab.template_combo.findData("ar"))
    page.make_tab.folder.setText(str(tmp_path / "out"))
    page.make_tab.pdf.setChecked(False)
    page.make_tab.generate_button.click()
    qtbot.waitUntil(lambda: page.make_tab.task is None, timeout=30000)
    assert "certificate made" in page.make_tab.result_label.text() or "certificates made" in page.make_tab.result_label.text()
    assert page.make_tab.template_combo.currentData() == "ar"  # was reset to French after each run
    services.state.publish(ChangeSet(attendance=True))
    assert page.make_tab.template_combo.currentData() == "ar"
    again = CertificatesPage(services)  # the app started again
    qtbot.addWidget(again)
    assert again.make_tab.template_combo.currentData() == "ar"


# -- Qt's own dialogs speak the trainer's language ---------------------------------------------------------
@pytest.mark.parametrize(("lang", "cancel", "file_name"), [("fr", "Annuler", "Nom de fichier"), ("ar", "إلغاء", "سم الملفّ")])
def test_qt_standard_dialogs_are_translated(qtbot, window, in_language, lang, cancel, file_name):
    from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

    in_language(lang)
    box = QMessageBox(QMessageBox.Icon.Question, "t", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == cancel
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") != "Yes"
    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "fileNameLabel")
    assert file_name in label.text().replace("&", "")


# -- validation traps -------------------------------------------------------------------------------------
def test_new_workshop_dialog_keeps_what_was_typed_when_the_title_is_missing(qtbot, window):
    from ui.pages.workshops import NewWorkshopDialog

    dialog = NewWorkshopDialog(window.services.data_dir, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.city.setText("Tanger")
    dialog.days.setValue(3)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0  # was: closed, everything typed lost
    assert dialog.error.isVisible() and "title" in dialog.error.text()
    assert dialog.city.text() == "Tanger" and dialog.days.value() == 3
    placeholder = dialog.title.fontMetrics().horizontalAdvance(dialog.title.placeholderText())
    assert dialog.title.width() >= placeholder  # the example title is not clipped
    dialog.title.setText("Atelier Tanger")
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == 1


# -- the door in kiosk mode --------------------------------------------------------------------------------
def _door(qtbot, window, demo):
    window.show()
    window.reload_workshops()
    page = window.show_section("checkin")
    qtbot.waitExposed(window)
    page.sound_box.setChecked(False)
    return page


def _badge(db, demo, name):
    from tests.certhelpers import enrolled
    from workshop_kit import badges

    return badges.ensure_badges(db, demo.id)[enrolled(db, demo.id)[name]].token


def test_kiosk_hides_trainer_controls_and_shows_names_readable_from_two_metres(qtbot, window, demo, db):
    from PySide6.QtGui import QFontInfo

    from ui.pages.checkin import KIOSK_HEADLINE_PX

    page = _door(qtbot, window, demo)
    controls = page.trainer_controls()
    shown_before = [w for w in controls if w.isVisible()]
    assert page.undo_button in shown_before and page.print_button in shown_before
    page.kiosk_button.setChecked(True)
    try:
        assert not [w for w in controls if w.isVisible()]  # undo, replace badge, walk-in, print, search list…
        result = page.scan(_badge(db, demo, "Fatima El Idrissi"), "scanner")
        assert result.status == "checked_in"
        page.headline.ensurePolished()
        assert QFontInfo(page.headline.font()).pixelSize() >= KIOSK_HEADLINE_PX >= 96
    finally:
        page.kiosk_button.setChecked(False)
    assert [w for w in controls if w.isVisible()] == shown_before


def test_door_answers_have_shapes_late_is_not_green_and_grid_marks_show_no_question_mark(qtbot, window, demo, db):
    from ui.pages.checkin import COLOURS
    from workshop_kit import checkin as core

    page = _door(qtbot, window, demo)
    base = dict(display_name="Awa Diallo", time="09:40", event_id="e1", participant_id="p1")
    page.show_result(core.CheckinResult(core.CHECKED_IN, "", late=False, **base))
    on_time = page.result_frame.property("colour")
    assert page.headline.text().startswith("✓")
    page.show_result(core.CheckinResult(core.CHECKED_IN, "", late=True, **base))
    assert page.result_frame.property("colour") != on_time and COLOURS[page.result_frame.property("colour")] != COLOURS[on_time]
    assert page.headline.text().startswith("✓")
    page.show_result(core.CheckinResult(core.ALREADY, "", checked_in_at="?", **base))
    assert page.headline.text() == "! Awa Diallo"  # the name in big letters, in amber too
    assert page.detail.text() == "Already marked present for this session"  # was "…at ?"
    page.show_result(core.CheckinResult(core.UNKNOWN, "Code inconnu", **base))
    assert page.headline.text().startswith("✗")


def test_undo_has_a_shortcut_and_takes_back_the_last_scan_only(qtbot, window, demo, db):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    page = _door(qtbot, window, demo)
    fatima, awa = _badge(db, demo, "Fatima El Idrissi"), _badge(db, demo, "Aminata Diallo")
    assert page.scan(fatima).status == "checked_in"
    assert page.scan(fatima).status == "already_checked_in"  # the last scan is a repeat: it recorded nothing
    count = lambda: db.execute("SELECT COUNT(*) FROM attendance").fetchone()[0]  # noqa: E731
    before = count()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.setFocus()
    QTest.keySequence(page, QKeySequence(QKeySequence.StandardKey.Undo))
    assert count() == before  # was: Fatima's check-in taken back
    assert "Nothing to take back" in page.headline.text()
    assert page.scan(awa).status == "checked_in"
    QTest.keySequence(page, QKeySequence(QKeySequence.StandardKey.Undo))
    assert count() == before and "Aminata Diallo" in page.detail.text()


# -- walk-ins and the camera button --------------------------------------------------------------------------
def test_walk_in_records_gender_phone_email_and_shows_the_badge_code(qtbot, window, demo, db):
    from PySide6.QtCore import QTimer

    from ui.pages.checkin import WalkInDialog

    page = _door(qtbot, window, demo)

    def fill():
        dialog = next((d for d in page.findChildren(WalkInDialog) if d.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, fill)
            return
        dialog.first_name.setText("Bintou")
        dialog.last_name.setText("Koné")
        dialog.consent.setChecked(True)
        try:
            dialog.gender.setCurrentIndex(dialog.gender.findData("F"))
            dialog.phone.setText("0612345678")
            dialog.email.setText("bintou@example.org")
            dialog.consent_email.setChecked(True)
        finally:
            dialog.accept()

    QTimer.singleShot(0, fill)
    page.walk_in_button.click()
    row = db.execute("SELECT gender, phone, email, consent_email FROM participants WHERE first_name = 'Bintou'").fetchone()
    assert row[0] == "F" and row[1] and row[2] == "bintou@example.org" and row[3]
    assert page.headline.text().startswith("✓") and "New badge code:" in page.detail.text()


def test_camera_button_is_greyed_with_a_reason_when_there_is_no_camera(qtbot, window, demo):
    from PySide6.QtMultimedia import QMediaDevices

    page = _door(qtbot, window, demo)
    if QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera")
    assert not page.camera_button.isEnabled()
    assert page.camera_button.toolTip() == "No camera found."
    assert "No camera found." in page.no_camera.text()


# -- features that had no screen ------------------------------------------------------------------------------
def test_attendance_correction_history_has_a_screen(qtbot, window, demo, db):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests.certhelpers import enrolled
    from ui.dialogs.attendance_history import AttendanceHistoryDialog
    from workshop_kit import attendance
    from workshop_kit import workshops as ws

    fatima = enrolled(db, demo.id)["Fatima El Idrissi"]
    s2 = ws.list_sessions(db, demo.id)[1]
    attendance.set_status(db, s2.id, fatima, "present", actor="app")
    attendance.set_status(db, s2.id, fatima, "excused", actor="app")
    window.reload_workshops()
    page = window.show_section("attendance")
    seen = {}

    def look():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AttendanceHistoryDialog):
            QTimer.singleShot(20, look)
            return
        t = dialog.table
        seen["rows"] = [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]
        dialog.reject()

    QTimer.singleShot(0, look)
    page.history_button.click()
    newest = seen["rows"][0]
    assert len(seen["rows"]) == 2
    assert newest[1].startswith("Fatima El Idrissi") and newest[2] == "2" and newest[3] == "present → excused"


def test_revoke_a_badge_without_issuing_a_new_one(qtbot, window, demo, db):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from workshop_kit import badges

    page = _door(qtbot, window, demo)
    token = _badge(db, demo, "Fatima El Idrissi")
    page.search.setText("Fatima")
    page.run_search()
    assert page.results.count() == 1
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["text"], seen["default"] = box.text(), box.defaultButton().text()
        next(b for b in box.buttons() if b.text() == "Revoke badge").click()

    QTimer.singleShot(0, answer)
    page.revoke_badge_button.click()
    assert "Fatima El Idrissi" in seen["text"] and seen["default"] == "Cancel"
    assert page.scan(token).status == "revoked"
    assert badges.active_badge(db, demo.id, badges.find_badge(db, token).participant_id) is None  # none re-issued


def test_file_errors_are_said_in_the_trainers_language_without_system_english(qtbot, window, in_language):
    from PySide6.QtWidgets import QMessageBox

    from ui.workers import show_error

    in_language("fr")
    show_error(window, PermissionError(13, "Permission denied", "/media/cle/presences.xlsx"))
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    text = box.text()
    box.close()
    assert "n'a pas le droit" in text and "presences.xlsx" in text
    assert "Permission denied" not in text and "Errno" not in text and not box.detailedText()


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_workshop_edits_are_saved_in_arabic_as_in_french(qapp, qtbot, services, demo, lang):
    """The workshop chosen at start-up is the one Save writes (in Arabic, Save silently wrote nothing)."""
    from ui.i18n import apply_language
    from ui.main_window import MainWindow
    from workshop_kit import workshops as ws

    apply_language(qapp, lang)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_section("workshops")
    assert page.f_title.text() == demo.title and page.editor.isEnabled()
    page.f_title.setText("Atelier de Tanger")
    page.save_button.click()
    assert ws.get_workshop(services.db, demo.id).title == "Atelier de Tanger"
