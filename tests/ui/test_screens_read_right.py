"""What the screenshots of every screen in French and Arabic showed wrong, each pinned by a test."""

from __future__ import annotations

import pytest

LRI, PDI = "\u2066", "\u2069"


@pytest.fixture
def in_language(qapp):
    from ui.i18n import apply_language

    yield lambda lang: apply_language(qapp, lang)
    apply_language(qapp, "en")


def test_last_backup_time_keeps_its_order_in_arabic(qtbot, services, db, in_language):
    """"2026-12-07 11:53" showed as "11:53 07-12-2026" in the Arabic status bar."""
    from ui.main_window import MainWindow
    from workshop_kit import backup

    backup.make_backup(db.conn, services.db_path, reason="manual")
    in_language("ar")
    window = MainWindow(services)
    qtbot.addWidget(window)
    text = window.backup_label.text()
    assert LRI in text and text.index(LRI) < text.index(":", text.index(LRI)) < text.index(PDI)


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_workshop_dates_arrow_points_from_first_to_last_day_and_minutes_are_translated(qtbot, services, demo,
                                                                                       in_language, lang):
    from ui.main_window import MainWindow

    in_language(lang)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_section("workshops")
    first, last, arrow = page.f_start, page.f_end, page.f_dates_arrow
    x = {w: w.mapTo(window, w.rect().center()).x() for w in (first, last, arrow)}
    if lang == "ar":  # read from the right: first day, arrow, last day; the arrow points left
        assert x[first] > x[arrow] > x[last] and arrow.text() == "←"
        assert "min" not in page.f_grace.suffix() and "دقيقة" in page.f_grace.suffix()
    else:
        assert x[first] < x[arrow] < x[last] and arrow.text() == "→"


@pytest.mark.parametrize(("lang", "woman"), [("fr", "Femme"), ("ar", "امرأة")])
def test_duplicates_review_says_the_gender_in_words(qtbot, services, db, in_language, lang, woman):
    from PySide6.QtWidgets import QApplication

    from ui.dialogs.duplicates import DuplicatesDialog
    from workshop_kit import participants as P

    for first in ("Salma", "salma"):
        P.add_participant(db, actor="test", first_name=first, last_name="Bennani", gender="F", consent_data=True)
    in_language(lang)
    dialog = DuplicatesDialog(services)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pairs.count() > 0, timeout=10000)
    QApplication.processEvents()
    cells = {dialog.compare.item(r, 0).text(): (dialog.compare.item(r, 1).text(), dialog.compare.item(r, 2).text())
             for r in range(dialog.compare.rowCount())}
    gender = next(v for k, v in cells.items() if k in ("Genre", "الجنس"))
    assert gender == (woman, woman)  # was "F", a stored code


@pytest.mark.parametrize(("lang", "grid"), [("fr", "Grille des présences"), ("ar", "جدول الحضور")])
def test_correction_history_says_who_in_words(qtbot, services, db, demo, in_language, lang, grid):
    from PySide6.QtCore import Qt

    from ui.dialogs.attendance_history import AttendanceHistoryDialog
    from workshop_kit.attendance import grid as grid_of
    from workshop_kit.attendance import set_status

    g = grid_of(db, demo.id)
    set_status(db, g.sessions[0].id, g.rows[0].participant.id, "present", actor="app")  # as the grid writes
    set_status(db, g.sessions[0].id, g.rows[0].participant.id, "excused", actor="app")
    in_language(lang)
    dialog = AttendanceHistoryDialog(db, demo.id)
    qtbot.addWidget(dialog)
    by = {dialog.table.item(r, 4).data(Qt.ItemDataRole.DisplayRole) for r in range(dialog.table.rowCount())}
    assert by == {grid}


def test_minutes_are_translated_in_arabic_settings(qtbot, services, in_language):
    """"15 min" stayed English on the Arabic settings page (backups every…)."""
    from ui.main_window import MainWindow

    in_language("ar")
    window = MainWindow(services)
    qtbot.addWidget(window)
    page = window.show_section("settings")
    assert "min" not in page.backup_interval.suffix() and "دقيقة" in page.backup_interval.suffix()


@pytest.mark.parametrize(("lang", "look_in", "types"), [("fr", "Regarder dans :", "Fichiers de type :"),
                                                        ("ar", "البحث في:", "نوع الملفات:")])
def test_file_dialog_labels_are_translated(qtbot, services, in_language, lang, look_in, types):
    """Qt's own catalogs lack "Look in:" and "Files of type:"; they stayed English beside translated ones."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    in_language(lang)
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "lookInLabel").text().replace("&", "") == look_in
    assert dialog.findChild(QLabel, "fileTypeLabel").text().replace("&", "") == types


def _confirmation_text(qtbot, press) -> str:  # noqa: ANN001
    """Press a button that asks for confirmation; return the question and answer Cancel."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(box.text())
        box.escapeButton().click()

    QTimer.singleShot(100, answer)
    press()
    assert seen, "no confirmation was asked"
    return seen[0]


def test_a_french_title_or_name_stays_whole_in_an_arabic_question(qtbot, services, demo, in_language):
    """«Atelier Al Wassit — … (démo)» came out in pieces with its quotes swapped in the Arabic delete question."""
    from ui.main_window import MainWindow

    FSI = "\u2068"
    in_language("ar")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_section("workshops")
    text = _confirmation_text(qtbot, page.delete_button.click)
    assert f"{FSI}{demo.title}{PDI}" in text
    people = window.show_section("participants")
    people.table.selectRow(0)
    people.table.setCurrentIndex(people.table.model().index(0, 0))
    text = _confirmation_text(qtbot, people.erase)
    assert FSI in text and PDI in text
    from workshop_kit import workshops as ws

    assert ws.get_workshop(services.db, demo.id).title == demo.title  # Cancel kept everything


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_pre_post_tests_offer_module_titles_without_ids(qtbot, services, demo, in_language, lang):
    """The Pre/post tests tab listed "m01-migration-terms — …": trainers do not read ids."""
    import re

    from ui.main_window import MainWindow

    in_language(lang)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.reload_workshops()
    tab = window.show_section("curricula").scores_tab
    tab.reload() if hasattr(tab, "reload") else None
    offered = [tab.module.itemText(i) for i in range(tab.module.count())]
    assert offered and not [t for t in offered if re.search(r"\bm\d\d-[a-z]", t)]
    assert "m01-migration-terms" in [tab.module.itemData(i) for i in range(tab.module.count())]


def _modal_text(press) -> str:  # noqa: ANN001
    """Press something that opens a modal question; return all its text and close it without acting."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

    seen: list[str] = []

    def answer() -> None:
        w = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
        seen.append(w.labelText() if isinstance(w, QInputDialog) else w.text() if isinstance(w, QMessageBox) else "")
        w.reject()

    QTimer.singleShot(100, answer)
    press()
    deadline = time.monotonic() + 3
    while not seen and time.monotonic() < deadline:  # a box shown with open() answers after press() returns
        QApplication.processEvents()
        time.sleep(0.01)
    assert seen, "nothing opened"
    return seen[0]


def test_arabic_certificate_messages_keep_names_and_placeholders_whole(qtbot, services, demo, db, in_language,
                                                                       tmp_path):
    from tests.certhelpers import attend_demo
    from ui.main_window import MainWindow
    from workshop_kit import certificates

    attend_demo(db, demo.id)
    certificates.generate(db, services.data_dir, demo.id, tmp_path / "made")
    in_language("ar")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.reload_workshops()
    tab = window.show_section("certificates").make_tab
    tab.refresh()
    row = next(i for i, r in enumerate(tab.people_model.rows) if r["name"] == "Aminata Diallo")
    tab.people_view.setCurrentIndex(tab.people_model.index(row, 0))
    text = _modal_text(tab.revoke_selected)  # "Why is certificate 2026-… (Aminata Diallo) revoked?"
    assert "\u2068Aminata Diallo\u2069" in text
    assert not certificates_revoked(db)
    text = _modal_text(tab.template.check_template)  # "Known placeholders: programme, organisation_name, …"
    known = next(line for line in text.split("\n") if "programme" in line)
    assert LRI in known and known.rstrip().endswith(PDI)


def certificates_revoked(db) -> int:  # noqa: ANN001
    return db.execute("SELECT COUNT(*) FROM certificates WHERE revoked_at IS NOT NULL").fetchone()[0]


def test_arabic_late_welcome_does_not_make_a_woman_masculine(qtbot, services, demo, in_language):
    """The kiosk said "مرحبًا فاطمة الإدريسي (متأخر)", a masculine "late" for a woman: "late arrival" fits anyone."""
    from ui.main_window import MainWindow
    from workshop_kit import checkin as core

    in_language("ar")
    window = MainWindow(services)
    qtbot.addWidget(window)
    page = window.show_section("checkin")
    page.sound_box.setChecked(False)
    page.show_result(core.CheckinResult(core.CHECKED_IN, "", late=True, display_name="فاطمة الإدريسي", time="09:40",
                                        event_id="e1", participant_id="p1"))
    assert "فاطمة الإدريسي" in page.headline.text()
    assert "(متأخر)" not in page.headline.text() and "وصول متأخر" in page.headline.text()
