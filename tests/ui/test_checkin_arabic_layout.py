"""The door screen when the laptop is on the Arabic (101) layout: the scanner's keys arrive as Arabic
letters and harakat; the badge is still recognised, and an unreadable scan says how to switch layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from workshop_kit import badges
from workshop_kit.keyboard_layouts import type_on_arabic_101


@pytest.fixture
def page(qtbot, demo, window, services, db):
    db.execute("UPDATE workshops SET late_grace_minutes = 1440 WHERE id = ?", [demo.id])
    services.settings["checkin_sounds"] = False
    window._painted = True  # skip the deferred start-up check and backup: not what is tested here
    window.show()
    qtbot.waitExposed(window)
    p = window.show_section("checkin")
    p.sound_box.setChecked(False)
    p.session_combo.setCurrentIndex(1)  # session 1, whatever the clock says
    return p


def scan(qtbot, text: str) -> None:
    """Key presses as Qt delivers them on an Arabic layout: each key's text is Arabic (QTest's keyClicks
    only types Latin-1), the two-letter lam-alef keys in one event, as Windows sends them."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    i = 0
    while i < len(text):
        chunk = text[i : i + 2] if text[i : i + 2] in ("لا", "لآ", "لإ", "لأ") else text[i]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, chunk))
        i += len(chunk)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def test_a_badge_scanned_through_the_arabic_layout_checks_in(qtbot, page, db, demo):
    badge = sorted(badges.ensure_badges(db, demo.id).values(), key=lambda b: b.participant_id)[0]
    typed = type_on_arabic_101(badge.token)
    assert typed.startswith("\u064b،1-")
    with qtbot.waitSignal(page.checkedIn) as sig:
        scan(qtbot, typed)
    assert sig.args[0].status == "checked_in"
    assert page.result_frame.property("colour") == "green"
    rows = db.execute("SELECT participant_id, method FROM attendance").fetchall()
    assert rows == [(badge.participant_id, "scanner")]


def test_an_unreadable_arabic_scan_says_which_layout_is_active(qtbot, page, db, demo):
    badges.ensure_badges(db, demo.id)
    with qtbot.waitSignal(page.checkedIn):
        scan(qtbot, type_on_arabic_101("WK1-" + "x" * 32))
    assert page.result_frame.property("colour") == "red"
    assert "Arabic keyboard layout" in page.detail.text() and "Alt+Shift" in page.detail.text()
