"""The door screen as a trainer uses it: scanner keystrokes, big coloured feedback, search, walk-ins."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from workshop_kit import badges
from workshop_kit.workshops import list_sessions


@pytest.fixture
def page(qtbot, demo, window, services, db):
    # The door page reads the real clock: arrivals in these tests count as on time whatever the hour
    # the tests run (lateness itself is tested in tests/core/test_checkin.py with a fixed clock).
    db.execute("UPDATE workshops SET late_grace_minutes = 1440 WHERE id = ?", [demo.id])
    services.settings["checkin_sounds"] = False
    window._painted = True  # skip the deferred start-up integrity check and backup: not what is tested here
    window.show()
    qtbot.waitExposed(window)
    p = window.show_section("checkin")
    p.sound_box.setChecked(False)
    p.session_combo.setCurrentIndex(1)  # session 1, whatever the clock says
    return p


@pytest.fixture
def tokens(db, demo):
    return sorted(badges.ensure_badges(db, demo.id).values(), key=lambda b: b.participant_id)


def attendance(db):
    return db.execute("SELECT participant_id, status, method FROM attendance").fetchall()


def type_like_a_scanner(qtbot, text: str) -> None:
    """Keys go where a real keyboard sends them: the focused widget, else the window."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    qtbot.keyClicks(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def test_scanner_without_clicking_a_field_checks_in_green(qtbot, page, tokens, db):
    page.undo_button.setFocus()
    with qtbot.waitSignal(page.checkedIn) as sig:
        type_like_a_scanner(qtbot, tokens[0].token)
    assert sig.args[0].status == "checked_in"
    assert page.result_frame.property("colour") == "green"
    assert page.headline.text().startswith("✓ Welcome ")
    assert attendance(db) == [(tokens[0].participant_id, "present", "scanner")]
    assert page.count_label.text().startswith("Present 1 / 12")


def test_scan_while_typing_in_the_search_field_is_taken_out_of_it(qtbot, page, tokens, db):
    page.search.setFocus()
    qtbot.keyClicks(page.search, "Fat")
    qtbot.wait(150)  # the person stops typing; then the scanner fires
    with qtbot.waitSignal(page.checkedIn):
        type_like_a_scanner(qtbot, tokens[1].token)
    assert page.search.text() == "Fat"
    assert attendance(db)[0][0] == tokens[1].participant_id


def test_repeat_is_amber_with_the_first_time_and_garbage_is_red(qtbot, page, tokens, db):
    type_like_a_scanner(qtbot, tokens[0].token)
    type_like_a_scanner(qtbot, tokens[0].token)
    assert page.result_frame.property("colour") == "amber"
    assert page.headline.text().startswith("! ") and page.detail.text().startswith("Already checked in at")
    type_like_a_scanner(qtbot, "%%%%%%%%")
    assert page.result_frame.property("colour") == "red"
    assert page.headline.text() == "✗ Unknown code"
    assert len(attendance(db)) == 1
    assert db.execute("SELECT COUNT(*) FROM checkin_events").fetchone()[0] == 3


def test_slow_typing_is_not_a_scan_and_enter_checks_in_the_single_match(qtbot, page, db):
    page.search.setFocus()
    for ch in "Grace":
        qtbot.keyClick(page.search, ch)
        qtbot.wait(60)
    page.run_search()
    assert page.results.count() == 1
    with qtbot.waitSignal(page.checkedIn) as sig:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert sig.args[0].display_name == "Grâce Mbemba"
    assert attendance(db)[0][2] == "search"


def test_typed_short_code_in_the_search_field(qtbot, page, tokens, db):
    page.search.setText(tokens[2].human_code.lower())
    with qtbot.waitSignal(page.checkedIn):
        page.search_entered()
    assert attendance(db) == [(tokens[2].participant_id, "present", "manual")]


def test_no_session_by_the_clock_asks_to_choose_and_records_nothing(qtbot, page, tokens, db, services):
    from workshop_kit.workshops import update_session

    for s in list_sessions(db, page.workshop_id):  # move every session far from today
        update_session(db, s.id, date="2020-01-0" + str(s.number))
    page.session_combo.setCurrentIndex(0)  # automatic
    page.refresh_status()
    assert page.session_note.isVisibleTo(page) and "clock" in page.session_note.text()
    type_like_a_scanner(qtbot, tokens[0].token)
    assert page.result_frame.property("colour") == "amber"
    assert page.headline.text() == "! Choose the session"
    assert attendance(db) == []


def test_undo_last_check_in(qtbot, page, tokens, db):
    type_like_a_scanner(qtbot, tokens[0].token)
    assert page.undo_button.isEnabled()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert attendance(db) == []
    assert page.headline.text() == "Check-in taken back"
    assert not page.undo_button.isEnabled()


def test_name_search_and_check_in_button(qtbot, page, db):
    page.search.setText("idrissi")
    page.run_search()
    assert "Fatima El Idrissi" in page.results.item(0).text()
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert attendance(db)[0][2] == "search"
    assert page.headline.text() == "✓ Welcome Fatima El Idrissi"


def test_walk_in_needs_a_name_and_consent_then_checks_in(qtbot, page, db):
    seen = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.first_name.setText("Awa")
        seen["without_consent"] = ok.isEnabled()
        dialog.consent.setChecked(True)
        seen["with_consent"] = ok.isEnabled()
        ok.click()

    QTimer.singleShot(0, fill)
    page.walk_in()
    assert seen == {"without_consent": False, "with_consent": True}
    assert page.result_frame.property("colour") == "green"
    assert page.headline.text() == "✓ Welcome Awa"
    assert page.count_label.text().startswith("Present 1 / 13")


def test_no_camera_is_said_plainly(page):
    assert "No camera found" in page.no_camera.text()
    assert not page.camera_button.isChecked()
    page.camera_panel.failed(None, "device busy")  # a camera another program holds
    assert "device busy" in page.no_camera.text() and "USB scanner" in page.no_camera.text()


def test_kiosk_mode_hides_the_navigation_and_comes_back(qtbot, page, window):
    page.kiosk_button.setChecked(True)
    assert window.isFullScreen() and not window.nav.isVisible() and not window.menuBar().isVisible()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert not window.isFullScreen() and window.nav.isVisible()


@pytest.mark.qt_log_ignore("PulseAudio", "QSoundEffect", "pa_context")
def test_a_distinct_sound_per_result_and_sounds_can_be_switched_off(qtbot, page, tokens, services):
    page.sound_box.setChecked(True)
    assert services.settings["checkin_sounds"] is True
    type_like_a_scanner(qtbot, tokens[0].token)
    assert page.sounds.last == "green"
    type_like_a_scanner(qtbot, tokens[0].token)
    assert page.sounds.last == "amber"
    type_like_a_scanner(qtbot, "not-a-badge")
    assert page.sounds.last == "red"
    assert len({e.source().toString() for e in page.sounds._effects.values()}) == 3
    page.sound_box.setChecked(False)
    assert services.settings["checkin_sounds"] is False
    page.sounds.last = None
    type_like_a_scanner(qtbot, tokens[1].token)
    assert page.sounds.last is None


def test_arabic_page_is_right_to_left(qtbot, qapp, demo, services, tokens):
    from ui.i18n import apply_language
    from ui.pages.checkin import CheckinPage

    apply_language(qapp, "ar")
    services.state.current_workshop_id = demo.id
    p = CheckinPage(services)
    qtbot.addWidget(p)
    p.sound_box.setChecked(False)
    p.session_combo.setCurrentIndex(1)
    assert p.layoutDirection() == Qt.LayoutDirection.RightToLeft
    result = p.scan(tokens[0].token)
    assert result.status == "checked_in"
    assert p.headline.text() != "Welcome " + result.display_name  # translated


def test_print_badges_button_writes_the_word_sheet_and_pngs(qtbot, page, tmp_path):
    from docx import Document

    target = tmp_path / "badges.docx"
    with qtbot.waitSignal(page.badgesWritten, timeout=30000) as sig:
        page.print_badges(str(target))
    assert sig.args[0]["count"] == 12
    assert len(Document(str(target)).tables[0].rows) == 6
    assert len(list((tmp_path / "badges-png").glob("*.png"))) == 12
    assert page.headline.text() == "12 badges ready"


def test_replace_lost_badge_from_the_search_list(qtbot, page, tokens, db):
    page.search.setText("idrissi")
    page.run_search()
    pid = page.results.item(0).data(Qt.ItemDataRole.UserRole)
    old = next(b for b in tokens if b.participant_id == pid)
    qtbot.mouseClick(page.replace_button, Qt.MouseButton.LeftButton)
    assert page.headline.text().startswith("New badge code:")
    type_like_a_scanner(qtbot, old.token)
    assert page.result_frame.property("colour") == "red" and page.headline.text() == "✗ Badge no longer valid"
    new = badges.active_badge(db, page.workshop_id, pid)
    page.search.setText(new.human_code)
    page.search_entered()
    assert page.result_frame.property("colour") == "green"


def test_scanner_keys_never_change_the_focused_session_list(qtbot, page, tokens, db):
    page.session_combo.setFocus()
    chosen = page.session_combo.currentIndex()
    with qtbot.waitSignal(page.checkedIn):
        type_like_a_scanner(qtbot, tokens[3].token)
    assert page.session_combo.currentIndex() == chosen
    session1 = list_sessions(db, page.workshop_id)[0]
    assert db.execute("SELECT session_id FROM attendance").fetchall() == [(session1.id,)]


def test_scanner_typing_with_the_arabic_layout_active_still_checks_in(qtbot, page, tokens, db):
    """Many Moroccan laptops switch between French and Arabic layouts: the scanner's keys arrive in Arabic."""
    from tests.core.test_badges_arabic_layout import _arabic_keymap, _type

    typed = _type(tokens[0].token, _arabic_keymap())
    assert typed.startswith("\u064b،")  # "WK1-" as "ً،1-"
    from PySide6.QtGui import QKeyEvent

    page.undo_button.setFocus()
    target = QApplication.focusWidget() or QApplication.activeWindow()
    with qtbot.waitSignal(page.checkedIn) as sig:
        for ch in typed:  # as the keyboard sends them: one key press per character (QTest knows only ASCII)
            for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
        qtbot.keyClick(target, Qt.Key.Key_Return)
    assert sig.args[0].status == "checked_in"
    assert attendance(db) == [(tokens[0].participant_id, "present", "scanner")]


def test_unreadable_scan_in_arabic_letters_says_to_switch_the_layout(qtbot, page, db):
    result = page.scan("ًٌَُضصثقف", "scanner")
    assert result.status == "unknown"
    assert "Arabic keyboard layout" in page.detail.text() and "Alt+Shift" in page.detail.text()
