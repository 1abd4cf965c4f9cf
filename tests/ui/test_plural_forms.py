"""Counts agree with their noun in the running app: Arabic has six forms, French two (0 and 1 singular)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO
from workshop_kit import i18n
from workshop_kit import workshops as ws


def _attendance_page(qtbot, services, sessions: int):  # noqa: ANN001, ANN202
    from ui.pages.attendance import AttendancePage

    workshop, _ = ws.create_workshop(services.db, title=f"Atelier {sessions}", start="2026-03-02", days=sessions,
                                     sessions_per_day=1)
    services.state.set_workshop(workshop.id)
    page = AttendancePage(services)
    qtbot.addWidget(page)
    return page


@pytest.mark.parametrize(("sessions", "shown"), [(2, "جلستان"), (3, "3 جلسات"), (10, "10 جلسات"), (11, "11 جلسة"),
                                                  (1, "جلسة واحدة")])
def test_arabic_attendance_page_says_the_number_of_sessions_with_the_right_form(qapp, qtbot, services, sessions, shown):
    from ui.i18n import apply_language

    apply_language(qapp, "ar")
    page = _attendance_page(qtbot, services, sessions)
    text = page.counts_label.text()
    assert shown in text, text
    assert "0 مشارك" in text and "(" not in text  # nobody enrolled yet; no "(s)"-style fallback


def test_french_attendance_page_says_one_session_in_the_singular(qapp, qtbot, services):
    from ui.i18n import apply_language

    apply_language(qapp, "fr")
    assert "1 séance" in _attendance_page(qtbot, services, 1).counts_label.text()
    assert "0 participant," in _attendance_page(qtbot, services, 2).counts_label.text()  # French: 0 is singular


def test_arabic_participants_page_counts_twelve_people_with_the_accusative(qapp, window, demo, qtbot):
    from ui.i18n import apply_language

    apply_language(qapp, "ar")
    window.reload_workshops()
    page = window.show_section("participants")
    qtbot.waitUntil(lambda: "12" in page.count_label.text(), timeout=5000)
    assert page.count_label.text() == "12 مشاركًا"


def test_english_uses_its_own_singular(qapp, qtbot, services):
    from ui.i18n import apply_language

    apply_language(qapp, "en")
    assert _attendance_page(qtbot, services, 1).counts_label.text() == "— 0 participants, 1 session"


LRELEASE = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))


@pytest.mark.skipif(LRELEASE is None, reason="Qt's lrelease is not installed (PySide6 ships it)")
@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_the_form_picked_is_the_one_qt_itself_picks_from_the_catalog(lang, tmp_path, qapp):
    """Compiled by Qt's own lrelease and read by a plain QTranslator, every numerus message gives, for every
    count, the form our translator (and the core's _n) gives: the order of the forms is Qt's."""
    from PySide6.QtCore import QTranslator

    from ui.i18n import CatalogTranslator

    source = REPO / "assets" / "translations" / f"workshop_kit_{lang}.ts"
    qm = tmp_path / f"workshop_kit_{lang}.qm"
    subprocess.run([LRELEASE, "-silent", str(source), "-qm", str(qm)], check=True)
    qt = QTranslator()
    assert qt.load(str(qm))
    ours = CatalogTranslator(lang)
    messages = [(c.findtext("name"), m.findtext("source")) for c in ET.parse(source).getroot().iter("context")
                for m in c.iter("message") if m.get("numerus") == "yes"]
    assert len(messages) >= 40
    for context, text in messages:
        for n in (*range(0, 30), 99, 100, 101, 102, 103, 110, 111, 199, 200, 1000, 1002, 1011):
            assert ours.translate(context, text, None, n) == qt.translate(context, text, None, n), (text, n)
            assert i18n.plural_form(text, n, lang) == qt.translate(context, text, None, n)
