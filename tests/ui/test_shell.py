"""The desktop shell: sections, workshop editing end to end, settings, language and direction."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox

from workshop_kit import workshops as ws
from workshop_kit.paths import database_path


def test_every_section_opens_as_a_page(window, demo):
    from ui.main_window import PAGES

    window.reload_workshops()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Workshops", "Curricula", "Participants", "Check-in", "Attendance", "Certificates", "Programme",
                      "Settings"]
    for key, _spec in PAGES:
        page = window.show_section(key)
        assert window.stack.currentWidget() is page
        assert page.isVisibleTo(window) or not window.isVisible()


def test_pages_are_created_lazily(window):
    assert set(window._pages) == {"workshops"}


def test_status_bar_shows_data_file_and_backup(window, qtbot, services):
    assert str(database_path(services.data_dir)) in window.data_label.text()
    assert window.backup_label.text() == "No backup yet"
    window.backup_now()
    qtbot.waitUntil(lambda: window.backup_label.text().startswith("Last backup:"), timeout=5000)


def test_window_fits_a_1366x768_laptop(window, demo):
    window.reload_workshops()
    for key in ("workshops", "settings"):
        window.show_section(key)
    hint = window.minimumSizeHint()
    # 1366×768 minus a taskbar and the window title: every page must fit in 1366×720.
    assert hint.width() <= 1366 and hint.height() <= 720
    assert window.minimumWidth() <= 1366 and window.minimumHeight() <= 768


def test_current_workshop_follows_the_toolbar(window, services, demo):
    other, _ = ws.create_workshop(services.db, title="Deuxième", start="2026-01-01")
    window.reload_workshops()
    assert services.state.current_workshop_id == demo.id  # the one running today is chosen
    window.workshop_combo.setCurrentIndex(window.workshop_combo.findData(other.id))
    assert services.state.current_workshop_id == other.id


def test_create_workshop_through_the_dialog(window, qtbot, services):
    page = window.page("workshops")

    from ui.pages.workshops import NewWorkshopDialog

    def fill_dialog():
        dialog = page.findChild(NewWorkshopDialog)
        dialog.title.setText("Atelier Laâyoune")
        dialog.start.setDate(QDate(2026, 6, 1))
        dialog.days.setValue(3)
        dialog.per_day.setValue(1)
        dialog.city.setText("Laâyoune")
        dialog.accept()

    QTimer.singleShot(50, fill_dialog)
    page.create_workshop()
    items = ws.list_workshops(services.db)
    assert [(w["title"], w["session_count"], w["city"]) for w in items] == [("Atelier Laâyoune", 3, "Laâyoune")]
    assert page.f_title.text() == "Atelier Laâyoune"
    assert page.sessions.rowCount() == 3
    assert window.workshop_combo.count() == 1


def test_edit_workshop_and_sessions_and_save(window, services, demo):
    window.reload_workshops()
    page = window.page("workshops")
    page._select_id(demo.id)
    page.f_title.setText("Atelier modifié")
    page.f_threshold.setValue(70)
    page.f_modules.set_ids(["m01-migration-terms", "m07-advocacy"])
    page.sessions.item(0, 4).setText("m07-advocacy")
    page.add_session()
    page.save()
    w = ws.get_workshop(services.db, demo.id)
    assert w.title == "Atelier modifié"
    assert w.attendance_threshold == 0.7
    assert w.modules == ["m01-migration-terms", "m07-advocacy"]
    sessions = ws.list_sessions(services.db, demo.id)
    assert len(sessions) == 7
    assert sessions[0].module_id == "m07-advocacy"
    assert window.workshop_combo.currentText().startswith("Atelier modifié")


def test_saving_an_invalid_workshop_shows_an_error_and_changes_nothing(window, qtbot, services, demo):
    window.reload_workshops()
    page = window.page("workshops")
    page._select_id(demo.id)
    page.f_title.setText("   ")
    page.save()
    boxes = page.findChildren(QMessageBox)
    assert boxes and "needs a title" in boxes[-1].text()
    box = boxes[-1]
    box.close()
    assert ws.get_workshop(services.db, demo.id).title == demo.title


def test_settings_are_saved_to_the_data_folder(window, services):
    page = window.page("settings")
    page.org_name.setText("Association Tadamon")
    page.hidden_checks["phone"].setChecked(True)
    page.retention.setValue(12)
    page.save()
    from workshop_kit import settings

    saved = settings.load(services.data_dir)
    assert saved["organisation_name"] == "Association Tadamon"
    assert saved["hidden_fields"] == ["phone"]
    assert saved["retention_months"] == 12
    assert page.status.text() == "Settings saved."


def test_arabic_interface_is_right_to_left_and_translated(qapp, qtbot, services):
    from ui.i18n import apply_language
    from ui.main_window import MainWindow

    apply_language(qapp, "ar")
    try:
        win = MainWindow(services)
        qtbot.addWidget(win)
        assert qapp.layoutDirection() == Qt.RightToLeft
        assert win.layoutDirection() == Qt.RightToLeft
        assert win.nav.item(0).text() == "الورشات"
    finally:
        apply_language(qapp, "en")


def test_french_is_translated(qapp, qtbot, services):
    from ui.i18n import apply_language
    from ui.main_window import MainWindow

    apply_language(qapp, "fr")
    try:
        win = MainWindow(services)
        qtbot.addWidget(win)
        assert win.nav.item(0).text() == "Ateliers"
        assert qapp.layoutDirection() == Qt.LeftToRight
    finally:
        apply_language(qapp, "en")


def test_about_dialog_lists_versions(window, qtbot):
    from ui.dialogs.about import AboutDialog

    dialog = AboutDialog(window.services, window)
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    for part in ("Workshop Kit", "PySide6", "SQLite", "python-docx"):
        assert part in text
