"""A trainer's day at 1366×768 in French and Arabic: what surprised trainers, each pinned by a test."""

from __future__ import annotations

import pytest


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
