"""The import wizard with the KoboToolbox and Google Forms exports that associations really have."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from tests import realexports as R
from workshop_kit import participants as P

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def workshop(services):
    from workshop_kit.workshops import create_workshop

    w, _ = create_workshop(services.db, title="Import", start="2026-12-01")
    return w


def open_wizard(services, window, qtbot, workshop, path):
    from ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(services, workshop.id, window, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def checked(wizard, qtbot):
    """Wait for the check of every row (a worker) and return its report."""
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10000)
    return wizard.report


def recheck(wizard, qtbot, box):
    wizard.report = None
    box.setChecked(not box.isChecked())
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10000)
    return wizard.report


def imported(wizard, qtbot):
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.result_report is not None, timeout=10000)
    return wizard.result_report


def names(db) -> set[str]:
    rows = db.execute("SELECT first_name, last_name, first_name_ar, last_name_ar FROM participants").fetchall()
    return {" ".join(x for x in row if x) for row in rows}


def test_kobo_arabic_labels_and_hxl_row(window, services, workshop, qtbot, tmp_path):
    wizard = open_wizard(services, window, qtbot, workshop, R.kobo_labels_ar(tmp_path / "kobo.csv"))
    wizard.next()
    assert wizard.table.header_row == 1 and len(wizard.table.rows) == 6
    assert wizard.mapping["1. ما هو اسمك؟"] == "full_name" and wizard.mapping["2. كم عمرك؟"] == "age"
    assert wizard.mapping_page.hint.isHidden()
    wizard.next()
    report = checked(wizard, qtbot)
    assert report.valid == 0 and report.missing_consent == 6
    assert "The file has no consent column" in wizard.check_page.summary.text()
    assert "Consent was collected on paper for every person in this file" in wizard.check_page.summary.text()
    report = recheck(wizard, qtbot, wizard.check_page.paper_consent)
    assert report.valid == 6 and "no consent column" not in wizard.check_page.summary.text()
    assert imported(wizard, qtbot).imported == 6
    assert "يوسف بنعلي" in names(services.db) and "وجدة" not in names(services.db)


def test_first_sheet_without_people_names_the_repeat_sheet(window, services, workshop, qtbot, tmp_path):
    wizard = open_wizard(services, window, qtbot, workshop, R.kobo_household_xlsx(tmp_path / "menages.xlsx"))
    wizard.next()
    page = wizard.mapping_page
    assert not page.isComplete() and page.hint.isVisible()
    assert "“membres” has person columns" in page.hint.text()
    wizard.back()
    wizard.file_page.sheet.setCurrentText("membres")
    wizard.next()
    assert page.isComplete() and page.hint.isHidden() and wizard.table.header_row == 1
    wizard.next()
    recheck(wizard, qtbot, wizard.check_page.paper_consent)
    assert imported(wizard, qtbot).imported == 2
    assert {"Aïcha Traoré", "Moussa Traoré"} <= names(services.db) and "#beneficiary" not in names(services.db)


def test_google_form_rows_and_import_without_invalid_optional_fields(window, services, workshop, qtbot, tmp_path):
    before = P.count(services.db)
    wizard = open_wizard(services, window, qtbot, workshop, R.google_forms_fr(tmp_path / "google.csv"))
    wizard.next()
    wizard.next()
    checked(wizard, qtbot)
    page = wizard.check_page
    assert not page.without_invalid.isChecked()  # default unchanged: invalid rows are not imported
    report = recheck(wizard, qtbot, page.paper_consent)
    table = page.errors
    assert [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())] == [
        ("3", "Date de naissance")]  # the spreadsheet's row 3, not the file's line 6
    assert report.valid == 2 and "1 person has problems only in optional fields" in page.summary.text()
    report = recheck(wizard, qtbot, page.without_invalid)
    assert report.valid == 3 and not report.errors
    assert table.item(0, 2).text().startswith("Left empty: Birth year '02/03/2026'")
    assert wizard.button(QWizard.FinishButton).text() == "Import 3 rows"
    assert imported(wizard, qtbot).imported == 3
    assert P.count(services.db) == before + 3
    assert P.query_participants(services.db, "Ibrahima")[0]["birth_year"] is None


def test_shared_phone_is_not_a_duplicate_and_repeats_are_named(window, services, workshop, qtbot, tmp_path):
    before = P.count(services.db)
    wizard = open_wizard(services, window, qtbot, workshop, R.google_forms_en(tmp_path / "google.csv"))
    wizard.next()
    wizard.next()
    checked(wizard, qtbot)
    recheck(wizard, qtbot, wizard.check_page.paper_consent)
    summary = wizard.check_page.summary.text()
    assert "3 new participants, 0 already registered" in summary  # Sara's age "2O" is a problem
    assert "1 row repeats an earlier row of this file (rows 5→4)" in summary
    assert "Rows 3 share a phone number with another person" in summary
    assert imported(wizard, qtbot).imported == 3
    assert P.count(services.db) == before + 3


def test_legacy_xls(window, services, workshop, qtbot):
    wizard = open_wizard(services, window, qtbot, workshop, FIXTURES / "kobo-legacy.xls")
    wizard.next()
    assert wizard.mapping["identification/prenom"] == "first_name"
    wizard.next()
    report = checked(wizard, qtbot)
    assert report.valid == 2
    assert imported(wizard, qtbot).imported == 2
    assert {"Fanta Bamba", "Karim Cissé"} <= names(services.db)
