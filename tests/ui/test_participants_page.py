"""The participants page as a trainer uses it: search as you type, lazy list, form, import, duplicates, erase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWizard

from workshop_kit import participants as P

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def page_of(window):
    window.reload_workshops()
    return window.show_section("participants")


def names(page) -> list[str]:
    return [page.model.display(r, "name") or page.model.display(r, "name_ar") for r in page.model.rows]


def test_lists_the_current_workshop_and_searches_as_you_type(window, demo, qtbot):
    page = page_of(window)
    assert page.model.rowCount() == 12 and "12 participants" in page.count_label.text()
    qtbot.keyClicks(page.search, "IDRI")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    # written as on her badge and certificate (the list is still sorted by last name)
    assert names(page) == ["Fatima El Idrissi"]
    page.search.setText("الادريسي")  # hamza left out: still found
    qtbot.waitUntil(lambda: names(page) == ["Fatima El Idrissi"], timeout=2000)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 12, timeout=2000)


def test_list_fetches_pages_lazily_and_sorts_in_sql(window, services, demo, qtbot):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from _common import fill_participants

    fill_participants(services.db, 1000, demo.id)
    page = page_of(window)
    page.apply_filters()
    assert page.model.rowCount() == 200  # first page only
    qtbot.waitUntil(lambda: page.count_label.text() == "1012 participants", timeout=5000)  # counted in a worker
    assert page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 400
    first = names(page)[0]
    page.table.sortByColumn(0, Qt.DescendingOrder)
    assert page.model.rowCount() == 200 and names(page)[0] != first
    assert names(page)[0] >= names(page)[1]


def test_registration_form_validates_as_you_type(window, services, demo, qtbot, monkeypatch):
    from ui.dialogs.participant_form import ParticipantDialog

    dialog = ParticipantDialog(window)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.Save)
    assert not save.isEnabled()
    dialog.first_name_ar.setText("عائشة")  # keyClicks only types ASCII
    qtbot.keyClicks(dialog.email, "aicha@")
    assert dialog.errors["email"].isVisibleTo(dialog) and not save.isEnabled()
    qtbot.keyClicks(dialog.email, "example.org")
    assert not dialog.errors["email"].isVisibleTo(dialog)
    qtbot.keyClicks(dialog.phone, "06 12 34 56 78")
    dialog.nationality.setCurrentIndex(dialog.nationality.findData("SN"))
    assert not save.isEnabled()  # consent still missing
    dialog.consent_data.setChecked(True)
    assert save.isEnabled()
    values = dialog.values()
    assert (values["phone"], values["nationality"], values["first_name_ar"]) == ("+212612345678", "SN", "عائشة")


def test_new_participant_is_registered_and_enrolled(window, services, demo, qtbot, monkeypatch):
    from ui.dialogs import participant_form

    def fill_and_accept(dialog):
        dialog.first_name.setText("Awa")
        dialog.last_name.setText("Ndiaye")
        dialog.consent_data.setChecked(True)
        return participant_form.QDialog.Accepted

    monkeypatch.setattr(participant_form.ParticipantDialog, "exec", fill_and_accept)
    page = page_of(window)
    page.new_participant()
    assert any(p.last_name == "Ndiaye" for p in P.enrolled(services.db, demo.id))
    assert "Awa Ndiaye" in names(page)


def test_hidden_fields_are_not_shown(window, services, demo, qtbot):
    from ui.dialogs.participant_form import ParticipantDialog

    services.settings["hidden_fields"] = ["phone", "nationality"]
    page = page_of(window)
    page.apply_filters()
    columns = [key for key, _sort in page.model.COLUMNS]
    assert page.table.isColumnHidden(columns.index("phone")) and not page.table.isColumnHidden(columns.index("city"))

    dialog = ParticipantDialog(window, hidden_fields=["phone", "nationality"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.widgets["phone"].isVisible() and dialog.widgets["email"].isVisible()
    assert "phone" not in dialog.raw_values() and "nationality" not in dialog.raw_values()


def test_import_wizard_reads_maps_checks_and_imports(window, services, demo, qtbot):
    from ui.dialogs.import_wizard import ImportWizard
    from workshop_kit.workshops import create_workshop

    follow_up, _ = create_workshop(services.db, title="Suivi", start="2026-12-01")
    wizard = ImportWizard(services, follow_up.id, window, path=str(FIXTURES / "participants-merged.xlsx"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.mapping["Prénom (Nom arabe)"] == "first_name_ar"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10000)
    assert wizard.report.valid == 3 and not wizard.report.written
    assert P.count(services.db) == 12  # nothing written before accepting
    assert wizard.button(QWizard.FinishButton).text() == "Import 3 rows"
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.result_report is not None, timeout=10000)
    # Nadia Berrada, Rachid Amrani and Grâce Mbemba are already registered (demo): enrolled, not created again
    assert wizard.result_report.imported == 0 and wizard.result_report.enrolled == 3
    assert P.count(services.db) == 12 and len(P.enrolled(services.db, follow_up.id)) == 3


def test_import_wizard_shows_row_errors(window, services, demo, qtbot):
    from ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(services, demo.id, window, path=str(FIXTURES / "participants-excel-fr.csv"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10000)
    table = wizard.check_page.errors
    rows = {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}
    assert ("5", "Année de naissance") in rows and ("7", "Consentement") in rows


def test_duplicates_dialog_merges(window, services, demo, qtbot):
    from ui.dialogs.duplicates import DuplicatesDialog

    a = P.add_participant(services.db, first_name="Mohamed", last_name="Alaoui", consent_data=True)
    b = P.add_participant(services.db, first_name="Muhammad", last_name="Alaoui", phone="0612345678", consent_data=True)
    dialog = DuplicatesDialog(services, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pairs.count() == 1, timeout=10000)
    assert dialog.compare.rowCount() > 10
    # the same words as the registration form, the import wizard and the personal-data report
    labels = [dialog.compare.item(r, 0).text() for r in range(dialog.compare.rowCount())]
    assert "Consent: data use" in labels and "Role / function" in labels
    keep_index = 0 if dialog.current_pair()[0] == a.id else 1
    dialog.merge(keep_index)
    assert dialog.pairs.count() == 0
    assert P.get_participant(services.db, a.id).phone == "+212612345678"
    assert services.db.execute("SELECT COUNT(*) FROM participants WHERE id = ?", [b.id]).fetchone()[0] == 0


def test_erase_from_the_page(window, services, demo, qtbot, monkeypatch):
    page = page_of(window)
    page.select_row(0)
    pid = page.current_id()
    from PySide6.QtCore import QTimer

    seen = {}

    def answer():
        box = next(b for b in page.findChildren(QMessageBox) if b.isVisible())
        seen["default"] = box.defaultButton().text()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        next(b for b in box.buttons() if b.text() == "Erase").click()

    QTimer.singleShot(50, answer)
    page.erase()
    assert seen == {"default": "Cancel", "buttons": ["Cancel", "Erase"]}  # Enter keeps the data
    qtbot.waitUntil(lambda: page.model.rowCount() == 11, timeout=10000)
    assert P.get_participant(services.db, pid).erased_at  # erased people are hidden unless asked for
    page.show_erased.setChecked(True)
    assert page.model.rowCount() == 12 and "Erased participant" in names(page)


def test_retention_banner_offers_anonymisation(window, services, qtbot):
    from workshop_kit.workshops import create_workshop

    old, _ = create_workshop(services.db, title="2019", start="2019-05-01")
    p = P.add_participant(services.db, first_name="Ancien", consent_data=True)
    P.enrol(services.db, old.id, p.id)
    page = page_of(window)
    qtbot.waitUntil(lambda: page.retention_bar.isVisibleTo(page), timeout=10000)
    assert "1 participant only attended" in page.retention_label.text()
    from PySide6.QtWidgets import QMessageBox as Box

    original = Box.question
    Box.question = lambda *a, **k: Box.Yes
    try:
        page.anonymise_expired()
        qtbot.waitUntil(lambda: not page.retention_bar.isVisibleTo(page), timeout=10000)
    finally:
        Box.question = original
    assert P.get_participant(services.db, p.id).erased_at


def test_page_in_arabic_is_right_to_left(qapp, services, demo, qtbot):
    from ui.i18n import apply_language
    from ui.main_window import MainWindow

    apply_language(qapp, "ar")
    window = MainWindow(services)
    qtbot.addWidget(window)
    page = window.show_section("participants")
    assert page.isRightToLeft()
    assert page.model.rowCount() == 12


def test_an_error_appearing_does_not_move_the_fields_under_the_mouse(window, qtbot):
    from ui.dialogs.participant_form import ParticipantDialog

    dialog = ParticipantDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    below = [dialog.organisation_name, dialog.consent_photos]
    where = [w.mapTo(dialog, w.rect().topLeft()) for w in below]
    qtbot.keyClicks(dialog.email, "aicha@")
    dialog.consent_data.setChecked(True)
    dialog.consent_data.setChecked(False)  # the consent error shows too
    QApplication.processEvents()
    assert dialog.errors["email"].isVisible() and dialog.errors["consent_data"].isVisible()
    assert [w.mapTo(dialog, w.rect().topLeft()) for w in below] == where
