"""Importing the KoboToolbox and Google Forms exports that associations really have (tests/realexports.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import realexports as R
from workshop_kit import importing as I
from workshop_kit import participants as P
from workshop_kit.errors import ValidationError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def workshop(db):
    from workshop_kit.workshops import create_workshop

    w, _ = create_workshop(db, title="Import", start="2026-03-10", days=2)
    return w


def names(db) -> set[str]:
    rows = db.execute("SELECT first_name, last_name, first_name_ar, last_name_ar FROM participants").fetchall()
    return {" ".join(x for x in row if x) for row in rows}


def test_kobo_csv_hxl_row_is_not_a_participant(db, workshop, tmp_path) -> None:
    path = R.kobo_labels_fr(tmp_path / "kobo.csv")
    report = I.import_file(db, workshop.id, path, assume_consent=True, actor="t")
    assert report.header_row == 1 and report.rows == 3 and report.written
    assert names(db) == {"Awa Diop", "Ibrahima Sow", "Khadija Alaoui"}
    assert [p["row"] for p in report.preview] == [3, 4, 5]  # rows as the spreadsheet shows them (HXL is row 2)
    assert report.ignored_columns == []  # "_validation_status" is the submission's, not a legal status


def test_kobo_arabic_labels_map_and_the_hxl_row_is_not_the_header(db, workshop, tmp_path) -> None:
    path = R.kobo_labels_ar(tmp_path / "kobo-ar.csv")
    table = I.read_file(path)
    assert table.header_row == 1 and [n for n, _cells in table.rows] == [3, 4, 5, 6, 7, 8]
    mapping = I.guess_mapping(table.headers)
    assert mapping["1. ما هو اسمك؟"] == "full_name"
    assert mapping["2. كم عمرك؟"] == "age"
    assert mapping["3. ما هو رقم هاتفك؟"] == "phone"
    report = I.import_file(db, workshop.id, path, assume_consent=True, actor="t")
    assert report.imported == 6 and not report.errors
    assert "فاطمة الزهراء" in names(db) and not {"وجدة", "الناظور"} & names(db)  # no city became a person
    youssef = P.query_participants(db, "بنعلي")[0]
    assert youssef["phone"] == "+212622334455" and youssef["age_band"] == "25-34"


def test_kobo_xlsx_repeat_sheet_hxl_row_is_skipped(db, workshop, tmp_path) -> None:
    path = R.kobo_household_xlsx(tmp_path / "menages.xlsx")
    report = I.import_file(db, workshop.id, path, sheet="membres", assume_consent=True, actor="t")
    assert report.header_row == 1 and report.rows == 2 and report.imported == 2
    assert names(db) == {"Aïcha Traoré", "Moussa Traoré"}  # not "#beneficiary"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("1. ما هو اسمك؟", "full_name"),
        ("2. كم عمرك؟", "age"),
        ("ما هو بريدك الإلكتروني؟", "email"),
        ("How old are you?", "age"),
        ("nom_complet", "full_name"),
        ("first_name", "first_name"),
        ("date_naissance", "birth_year"),
        ("identite/date_naissance", "birth_year"),
        ("Téléphone du participant", "phone"),
        ("Prénom du participant", "first_name"),
        ("First name of the participant", "first_name"),
        ("Âge du participant", "age"),
        ("E-mail du participant", "email"),
    ],
)
def test_question_labels_and_xml_names_map_like_plain_synonyms(header: str, field: str) -> None:
    assert I.field_for_header(header) == field


def test_kobo_xml_names_under_groups_map_and_meta_columns_do_not(db, workshop, tmp_path) -> None:
    path = R.kobo_xml_names(tmp_path / "kobo-xml.csv")
    table = I.read_file(path)
    mapped = {h: f for h, f in I.guess_mapping(table.headers).items() if f}
    assert mapped == {"identite/nom_complet": "full_name", "identite/date_naissance": "birth_year",
                      "identite/sexe": "gender", "contact/telephone_participant": "phone", "contact/ville": "city"}
    report = I.import_file(db, workshop.id, path, assume_consent=True, actor="t")
    assert report.imported == 2
    mariam = P.query_participants(db, "Koné")[0]
    assert (mariam["birth_year"], mariam["gender"], mariam["phone"]) == (1991, "F", "+212677889900")


def test_multi_select_choices_and_a_lone_family_name_column() -> None:
    headers = ["6. Langues parlées", "langue", "langue/arabe", "langue/francais", "Quel est votre nom ?", "_notes"]
    mapping = I.guess_mapping(headers)
    assert mapping["langue"] == "language" and mapping["langue/arabe"] is None and mapping["langue/francais"] is None
    assert mapping["_notes"] is None  # Kobo's meta column, not the participant's notes
    assert mapping["Quel est votre nom ?"] == "full_name"  # the only name column holds the whole name
    assert I.guess_mapping(["Prénom", "Quel est votre nom ?"])["Quel est votre nom ?"] == "last_name"


def test_nothing_mapped_lists_the_columns_and_names_the_sheet_with_people(db, workshop, tmp_path) -> None:
    path = R.kobo_household_xlsx(tmp_path / "menages.xlsx")
    with pytest.raises(ValidationError) as err:
        I.import_file(db, workshop.id, path, assume_consent=True, actor="t")
    text = str(err.value)
    assert "1: start" in text and "3: menage/commune" in text
    assert "membres" in text and "--sheet membres" in text
    plain = tmp_path / "liste.csv"
    plain.write_text("Qui;Tel;Accord\nSara Alaoui;0611223344;oui\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        I.import_file(db, workshop.id, plain, actor="t")
    text = str(err.value)
    assert "1: Qui" in text and '{"Qui": "full_name"}' in text and '{"1": "full_name"}' in text


def test_rows_are_spreadsheet_rows_when_cells_hold_line_breaks(db, workshop, tmp_path) -> None:
    path = R.google_forms_fr(tmp_path / "google-fr.csv")
    table = I.read_file(path)
    assert table.header_row == 1 and [n for n, _cells in table.rows] == [2, 3, 4]
    report = I.import_file(db, workshop.id, path, assume_consent=True, actor="t")
    assert [(e.row, e.field) for e in report.errors] == [(3, "birth_year")]  # Ibrahima: born 02/03/2026


def test_report_says_the_file_has_no_consent_column(db, workshop, tmp_path) -> None:
    report = I.import_file(db, workshop.id, R.google_forms_fr(tmp_path / "g.csv"), skip_invalid=True, actor="t")
    assert not report.written and report.valid == 0
    assert report.consent_column is False and report.missing_consent == 3
    with_column = I.import_file(db, workshop.id, FIXTURES / "participants-excel-fr.csv", dry_run=True, actor="t")
    assert with_column.consent_column is True and with_column.missing_consent == 1


def test_a_shared_phone_alone_never_makes_a_duplicate(db, workshop, tmp_path) -> None:
    P.add_participant(db, first_name="Fatou", last_name="Diallo", phone="0612345678", consent_data=True, actor="t")
    # Another Grace Mbemba, with another phone: not the one of the form.
    P.add_participant(db, first_name="Grace", last_name="Mbemba", phone="0600000000", consent_data=True, actor="t")
    path = R.google_forms_en(tmp_path / "google-en.csv")
    report = I.import_file(db, workshop.id, path, assume_consent=True, skip_invalid=True, actor="t")
    assert {"Aminata Diallo", "Mamadou Diallo"} <= names(db)  # one family, one phone, three people
    possible = sorted((d["row"], str(d["same_as_row"] or "registered")) for d in report.possible_duplicates)
    assert possible == [(2, "registered"), (3, "2"), (3, "registered")]
    # Grace sent the form twice: a repeat of row 4 of this file, not someone "already registered".
    assert report.duplicates == [{"row": 5, "participant_id": None, "match": "row", "same_as_row": 4}]
    again = I.import_file(db, workshop.id, path, assume_consent=True, skip_invalid=True, actor="t")
    assert again.imported == 0 and {d["match"] for d in again.duplicates} == {"name"}


def test_people_can_be_imported_without_an_invalid_optional_field(db, workshop, tmp_path) -> None:
    path = R.google_forms_fr(tmp_path / "google-fr.csv")
    strict = I.import_file(db, workshop.id, path, assume_consent=True, actor="t")
    assert not strict.written and len(strict.errors) == 1  # default unchanged: nothing partial
    report = I.import_file(db, workshop.id, path, assume_consent=True, without_invalid_fields=True, actor="t")
    assert report.written and report.imported == 3 and not report.errors
    assert [(c.row, c.field, c.column) for c in report.cleared] == [(3, "birth_year", "Date de naissance")]
    ibrahima = P.query_participants(db, "Ibrahima")[0]
    assert ibrahima["birth_year"] is None and ibrahima["email"] == "ibrahima@example.org"
    # A missing name or consent is never cleared away.
    no_consent = I.import_file(db, workshop.id, R.google_forms_en(tmp_path / "en.csv"), without_invalid_fields=True,
                               actor="t")
    assert not no_consent.written and {e.field for e in no_consent.errors} == {"consent_data", "age_band"}


def test_legacy_xls_is_read(db, workshop) -> None:
    table = I.read_file(FIXTURES / "kobo-legacy.xls")
    assert table.sheet == "inscription_atelier" and table.header_row == 1 and len(table.rows) == 2
    report = I.import_file(db, workshop.id, FIXTURES / "kobo-legacy.xls", actor="t")
    assert report.imported == 2 and not report.errors
    fanta = P.query_participants(db, "Bamba")[0]
    assert (fanta["first_name"], fanta["birth_year"], fanta["phone"]) == ("Fanta", 1990, "+212611002200")
