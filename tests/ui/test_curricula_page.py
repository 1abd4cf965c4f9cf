"""The Curricula page as a trainer uses it: read, switch language, search, plan the agenda, enter scores."""

from __future__ import annotations

import shutil

from docx import Document
from PySide6.QtCore import Qt, QUrl

from workshop_kit import curricula, docxutil, quizscores, workshops
from workshop_kit.paths import user_curricula_dir


def _page(qtbot, services, demo=None):
    from ui.pages.curricula import CurriculaPage

    if demo is not None:
        services.state.set_workshop(demo.id)
    page = CurriculaPage(services)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    return page


def test_page_opens_from_the_main_window(window):
    from ui.pages.curricula import CurriculaPage

    assert isinstance(window.show_section("curricula"), CurriculaPage)


def test_tree_reader_and_language_switch(qtbot, services):
    page = _page(qtbot, services)
    tab = page.modules_tab
    ids = [tab.tree.topLevelItem(i).data(0, Qt.UserRole)[1] for i in range(tab.tree.topLevelItemCount())]
    assert "m04-protection" in ids
    tab.select_module("m04-protection")
    first = tab.tree.currentItem()
    assert first.childCount() == 3 and first.child(0).childCount() >= 1  # sessions → activities
    m04 = page.catalog.get("m04-protection")
    assert m04.texts["en"].title in tab.viewer.toPlainText()
    tab.lang.setCurrentIndex(tab.lang.findData("ar"))
    assert m04.texts["ar"].title in tab.viewer.toPlainText()
    assert tab.viewer.document().firstBlock().blockFormat().layoutDirection() == Qt.RightToLeft
    assert tab.notice.isHidden()


def test_missing_translation_shows_a_visible_notice(qtbot, services, data_dir):
    dest = user_curricula_dir(data_dir) / "m98-partial"
    shutil.copytree(curricula.bundled_dir() / "m05-personal-data", dest)
    (dest / "ar.md").unlink()
    for f in dest.glob("*.md"):
        f.write_text(f.read_text(encoding="utf-8").replace("id: m05-personal-data", "id: m98-partial"), encoding="utf-8")
    page = _page(qtbot, services)
    tab = page.modules_tab
    tab.select_module("m98-partial")
    tab.lang.setCurrentIndex(tab.lang.findData("ar"))
    assert not tab.notice.isHidden() and "Translation missing" in tab.notice.text()
    assert curricula.load_catalog(data_dir).get("m98-partial").texts["fr"].title in tab.viewer.toPlainText()


def test_search_as_you_type_highlights_and_opens_the_module(qtbot, services):
    page = _page(qtbot, services)
    tab = page.modules_tab
    for ch in "الاتجار":  # typed letter by letter (QTest cannot type Arabic keys)
        tab.search.insert(ch)
    assert tab.left_stack.currentWidget() is tab.results
    html = tab.results.toHtml()
    assert "background-color:#ffe58a" in html.replace(" ", "")
    assert tab.last_hits and tab.last_hits[0].module_id == "m04-protection"
    tab._open_hit(QUrl("hit:0"))
    assert tab.current_id == "m04-protection" and tab.module_language() == "ar"
    tab.search.clear()
    assert tab.left_stack.currentWidget() is tab.tree


def test_not_installed_modules_of_the_workshop_are_listed(qtbot, services, demo):
    from workshop_kit import workshops

    workshops.update_workshop(services.db, demo.id, modules=["m04-protection", "m99-retired-module"])
    page = _page(qtbot, services, demo)
    tab = page.modules_tab
    labels = [tab.tree.topLevelItem(i).text(0) for i in range(tab.tree.topLevelItemCount())]
    assert any("m99-retired-module" in label and "not installed" in label for label in labels)
    missing = next(tab.tree.topLevelItem(i) for i in range(tab.tree.topLevelItemCount())
                   if "m99-retired-module" in tab.tree.topLevelItem(i).text(0))
    tab.tree.setCurrentItem(missing)
    assert "not installed" in tab.notice.text() and not tab.notice.isHidden()


def test_agenda_builder_places_saves_and_exports(qtbot, services, demo, db, tmp_path):
    page = _page(qtbot, services, demo)
    agenda_tab = page.agenda_tab
    day1, day2, _ = agenda_tab.agenda.days
    agenda_tab.place("m04-protection", -1, day1)
    agenda_tab.place("m05-personal-data", 0, day2)
    day_item = agenda_tab.plan.topLevelItem(0)
    assert day_item.childCount() == 3 and day_item.text(2) == "3 h 30"
    assert "not saved" in agenda_tab.total.text()
    # move the last session of day 1 to day 2 with the buttons
    agenda_tab.plan.setCurrentItem(day_item.child(2))
    agenda_tab.next_day.click()
    assert agenda_tab.plan.topLevelItem(0).childCount() == 2 and agenda_tab.plan.topLevelItem(1).childCount() == 2
    counts = _save_with_preview(agenda_tab)
    assert counts and "not saved" not in agenda_tab.total.text()
    planned = [s for s in workshops.list_sessions(db, demo.id) if s.module_id]
    assert [(s.date, s.module_id) for s in planned] == [
        (day1, "m04-protection"), (day1, "m04-protection"), (day2, "m05-personal-data"), (day2, "m04-protection")]
    agenda_tab.doc_lang.setCurrentIndex(agenda_tab.doc_lang.findData("ar"))
    path = agenda_tab.export(tmp_path / "agenda-ar.docx")
    doc = Document(str(path))
    assert all(docxutil.is_rtl_paragraph(p) for p in doc.paragraphs if p.text.strip())


def _save_with_preview(agenda_tab, answer=None):
    """Press Save; the preview dialog is answered by ``answer(dialog)`` (default: Save)."""
    from PySide6.QtCore import QTimer

    from ui.dialogs.agenda_save import AgendaSaveDialog

    seen = []

    def respond():
        dialog = next((d for d in agenda_tab.findChildren(AgendaSaveDialog) if d.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, respond)
            return
        seen.append(dialog)
        (answer or (lambda d: d.accept()))(dialog)

    QTimer.singleShot(0, respond)
    counts = agenda_tab.save()
    assert seen, "saving the agenda showed no preview"
    return counts


def test_agenda_save_previews_and_replaces_never_doubling_sessions(qtbot, services, demo, db):
    """4 attended sessions + 4 planned ones: 4 sessions after saving, nobody's rate drops (was 4 → 8, 50 %)."""
    from PySide6.QtWidgets import QDialogButtonBox

    from tests.core.test_curricula_agenda import _attended_two_days
    from workshop_kit.attendance import eligibility

    _attended_two_days(db, demo)
    page = _page(qtbot, services, demo)
    tab = page.agenda_tab
    day1, day2, _ = tab.agenda.days
    tab.place("m04-protection", 0, day1)
    tab.place("m04-protection", 1, day1)
    tab.place("m05-personal-data", 0, day2)
    tab.place("m05-personal-data", 1, day2)
    shown = {}

    def look_then_cancel(dialog):
        shown["replace"] = (dialog.summary.text(), dialog.changes.count(), dialog.warning.isVisible())
        dialog.merge.setChecked(True)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        shown["merge"] = (dialog.summary.text(), dialog.people.count(), dialog.warning.text(), save.isEnabled())
        dialog.confirm.setChecked(True)
        shown["confirmed"] = save.isEnabled()
        dialog.reject()

    assert _save_with_preview(tab, look_then_cancel) is None
    assert shown["replace"] == ("Sessions of the workshop: 4 → 4", 4, False)
    summary, people, warning, save_enabled = shown["merge"]
    assert summary == "Sessions of the workshop: 4 → 8" and people == 12
    assert "1 issued certificate would no longer match" in warning and not save_enabled
    assert shown["confirmed"]
    assert len(workshops.list_sessions(db, demo.id)) == 4  # cancelled: nothing saved
    assert _save_with_preview(tab)  # Replace, the default
    sessions = workshops.list_sessions(db, demo.id)
    assert [s.number for s in sessions] == [1, 2, 3, 4] and all(s.module_id for s in sessions)
    assert all(e.rate == 1 and e.eligible for e in eligibility(db, demo.id))


def test_scores_entry_and_gain(qtbot, services, demo, db):
    page = _page(qtbot, services, demo)
    tab = page.scores_tab
    tab.module.setCurrentIndex(tab.module.findData("m04-protection"))
    assert tab.table.rowCount() == 12 and tab.max_score.value() == 8
    tab.set_score(0, 2, 6)
    tab.set_score(1, 4, 8)
    assert tab.save() == 2
    gain = quizscores.knowledge_gain(db, demo.id)["modules"][0]
    assert gain["participants"] == 2 and gain["gain_pct"] == 50.0
    assert "+50.0" in tab.gain.toPlainText()


def test_handout_and_quiz_exports_from_the_page(qtbot, services, tmp_path):
    page = _page(qtbot, services)
    tab = page.modules_tab
    tab.select_module("m06-countering-xenophobia")
    tab.lang.setCurrentIndex(tab.lang.findData("ar"))
    handout = Document(str(tab.export_handout(tmp_path / "h.docx", participant=True)))
    assert any(docxutil.is_rtl_run(r) for p in handout.paragraphs for r in p.runs)
    key = Document(str(tab.export_quiz(tmp_path / "k.docx", answer_key=True)))
    assert sum(p.text.endswith("✓") for p in key.paragraphs) == len(page.catalog.get("m06-countering-xenophobia").texts["ar"].quiz)


def test_drag_payloads_place_and_move_sessions(qtbot, services, demo):
    page = _page(qtbot, services, demo)
    tab = page.agenda_tab
    module_row = next(tab.modules.topLevelItem(i) for i in range(tab.modules.topLevelItemCount())
                      if tab.modules.topLevelItem(i).data(0, Qt.UserRole) == ("m06-countering-xenophobia", -1))
    data = tab.modules.mimeData([module_row.child(1)])
    tab.drop(bytes(data.data("application/x-workshop-kit-agenda")).decode(), tab.plan.topLevelItem(2))
    day3 = tab.agenda.days[2]
    assert [(e.module_id, e.session_index) for e in tab.agenda.day(day3)] == [("m06-countering-xenophobia", 1)]
    entry_row = tab.plan.topLevelItem(2).child(0)
    moved = tab.plan.mimeData([entry_row])
    tab.drop(bytes(moved.data("application/x-workshop-kit-agenda")).decode(), tab.plan.topLevelItem(0))
    assert tab.agenda.day(day3) == [] and tab.agenda.day(tab.agenda.days[0])[0].module_id == "m06-countering-xenophobia"


def test_export_runs_off_the_ui_thread_and_reports_the_file(qtbot, services, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from ui.workers import wait_all

    page = _page(qtbot, services)
    page.modules_tab.select_module("m04-protection")
    target = tmp_path / "handout.docx"
    page.run_export(lambda: page.modules_tab.export_handout(target, True, "m04-protection", "fr"))
    wait_all(10000)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in page.findChildren(QMessageBox)))
    box = next(w for w in page.findChildren(QMessageBox) if w.isVisible())
    assert "handout.docx" in box.text() and target.exists()
    box.close()


def test_gain_over_all_workshops(qtbot, services, demo, db):
    page = _page(qtbot, services, demo)
    tab = page.scores_tab
    tab.module.setCurrentIndex(tab.module.findData("m05-personal-data"))
    tab.set_score(0, 1, 5)
    tab.save()
    other, _ = workshops.create_workshop(db, title="Autre", start="2026-01-10")
    person = tab.people[1].id
    quizscores.record_score(db, other.id, person, "m05-personal-data", pre=5, post=5, max_score=10)
    assert "Whole workshop" in tab.gain.toPlainText() and "62.5" in tab.gain.toPlainText()
    tab.all_workshops.setChecked(True)
    text = tab.gain.toPlainText()
    overall = quizscores.knowledge_gain(db)["overall"]
    assert overall["participants"] == 2 and overall["post_pct"] == 56.2
    assert "All workshops" in text and "56.2" in text
