"""Importing real files as Excel writes them: encodings, delimiters, merged headers, errors, re-import."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from workshop_kit import importing as I
from workshop_kit import participants as P
from workshop_kit.errors import ValidationError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def demo(db):
    """An empty workshop (the demo's sample people would match the fixtures' names)."""
    from workshop_kit.workshops import create_workshop

    workshop, _ = create_workshop(db, title="Import", start="2026-03-10", days=2)
    return workshop


def people(db) -> int:
    return db.execute("SELECT COUNT(*) FROM participants").fetchone()[0]


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [
        ("participants-excel-fr.csv", "utf-8-sig", ";"),
        ("participants-unicode.txt", "utf-16", "\t"),
        ("participants-ar-cp1256.csv", "cp1256", ","),
        ("participants-latin1.csv", "cp1252", ";"),  # Latin-1 text is read with its Windows superset
    ],
)
def test_encodings_and_delimiters_are_detected(name: str, encoding: str, delimiter: str) -> None:
    table = I.read_file(FIXTURES / name)
    assert (table.encoding, table.delimiter) == (encoding, delimiter)
    text = " ".join(str(c) for _n, row in table.rows for c in row if c)
    assert ("Traoré" in text) or ("خديجة" in text)


def test_french_excel_csv_report_lists_row_column_and_problem(db, demo) -> None:
    report = I.import_file(db, demo.id, FIXTURES / "participants-excel-fr.csv", actor="t")
    problems = {(e.row, e.column) for e in report.errors}
    assert (5, "Année de naissance") in problems  # 1890
    assert (5, "E-mail") in problems  # mariam@example
    assert (6, "Prénom") in problems or (6, "Nom") in problems  # no name
    assert (7, "Consentement") in problems  # consent missing
    assert report.valid == 3 and report.rows == 6
    assert not report.written and report.imported == 0  # errors: nothing written unless accepted


def test_accepting_valid_rows_writes_them_all_in_one_go_and_reimport_adds_nobody(db, demo) -> None:
    before = people(db)
    report = I.import_file(db, demo.id, FIXTURES / "participants-excel-fr.csv", skip_invalid=True, actor="t")
    assert report.written and report.imported == 3 and report.skipped == 3
    assert people(db) == before + 3
    fatima = P.query_participants(db, "fatima@example.org")[0]
    assert fatima["phone"] == "+212612345678" and fatima["nationality"] == "MA" and fatima["gender"] == "F"
    again = I.import_file(db, demo.id, FIXTURES / "participants-excel-fr.csv", skip_invalid=True, actor="t")
    assert again.imported == 0 and len(again.duplicates) == 3
    assert people(db) == before + 3


def test_people_already_registered_by_hand_are_enrolled_not_duplicated(db, demo) -> None:
    from workshop_kit.demo import create_demo

    create_demo(db)  # Fatima El Idrissi and Mamadou Traoré are registered, without e-mail
    before = people(db)
    report = I.import_file(db, demo.id, FIXTURES / "participants-excel-fr.csv", skip_invalid=True)
    assert report.imported == 1 and sorted(d["match"] for d in report.duplicates) == ["name", "name"]
    assert people(db) == before + 1
    assert len(P.enrolled(db, demo.id)) == 3


def test_same_people_in_another_encoding_are_recognised(db, demo) -> None:
    I.import_file(db, demo.id, FIXTURES / "participants-excel-fr.csv", skip_invalid=True)
    before = people(db)
    report = I.import_file(db, demo.id, FIXTURES / "participants-unicode.txt", skip_invalid=True)
    assert report.imported == 0 and {d["match"] for d in report.duplicates} <= {"email", "phone", "name"}
    assert people(db) == before


def test_arabic_cp1256_file_fills_arabic_fields(db, demo) -> None:
    report = I.import_file(db, demo.id, FIXTURES / "participants-ar-cp1256.csv", skip_invalid=True)
    assert report.imported == 2 and [e.row for e in report.errors] == [4]  # youssef@example
    assert report.errors[0].column == "البريد الإلكتروني"
    row = P.query_participants(db, "khadija@example.org")[0]
    assert (row["first_name_ar"], row["last_name_ar"], row["first_name"]) == ("خديجة", "العلوي", None)
    assert row["gender"] == "F" and row["phone"] == "+212655443322"


@pytest.mark.parametrize("name", [
    "participants-merged.xlsx",  # written by openpyxl, as Excel does
    "participants-merged-lo.xlsx",  # the same workbook saved by LibreOffice Calc
    "participants-merged-lo.csv",  # and exported by Calc as CSV: the merged cells are lost
])
def test_xlsx_with_title_row_merged_headers_and_empty_rows(db, demo, name: str) -> None:
    table = I.read_file(FIXTURES / name)
    mapping = I.guess_mapping(table.headers)
    assert sorted(f for f in mapping.values() if f) == sorted(
        ["first_name", "last_name", "first_name_ar", "last_name_ar", "phone", "organisation_name", "city", "consent_data"])
    assert [n for n, _ in table.rows] == [5, 7, 10]  # Excel row numbers, empty rows skipped
    report = I.import_file(db, demo.id, FIXTURES / name)
    assert report.written and report.imported == 3 and report.errors == []
    rachid = P.query_participants(db, "amrani")[0]
    assert rachid["first_name_ar"] == "رشيد" and rachid["phone"] == "+212612222222"  # number cell, 0 lost


def test_xlsx_chosen_sheet_with_full_name_column(db, demo) -> None:
    report = I.import_file(db, demo.id, FIXTURES / "participants-merged.xlsx", sheet="Autre")
    assert report.imported == 1
    assert P.query_participants(db, "kouassi")[0]["first_name"] == "Jean-Baptiste"
    with pytest.raises(ValidationError, match="Inscriptions"):
        I.read_file(FIXTURES / "participants-merged.xlsx", sheet="Nope")


def test_mapping_can_be_overridden_and_is_checked(db, demo, tmp_path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Qui,Tel,Ok\nSara Alaoui,0611223344,oui\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="name"):
        I.import_file(db, demo.id, path)
    report = I.import_file(db, demo.id, path, mapping='{"Qui": "full_name", "Ok": "consent_data"}')
    assert report.imported == 1 and report.mapping["Tel"] == "phone"
    with pytest.raises(ValidationError, match="not a field"):
        I.import_file(db, demo.id, path, mapping={"Qui": "legal_status"})
    with pytest.raises(ValidationError, match="does not have"):
        I.import_file(db, demo.id, path, mapping={"Nope": "email"})


def test_status_columns_are_never_imported(db, demo, tmp_path) -> None:
    path = tmp_path / "status.csv"
    path.write_text("Nom;Prénom;Statut juridique;Consentement\nDiallo;Awa;régulier;oui\n", encoding="utf-8")
    report = I.import_file(db, demo.id, path)
    assert report.ignored_columns == ["Statut juridique"] and report.mapping["Statut juridique"] is None
    assert "régulier" not in str(db.execute("SELECT * FROM participants WHERE last_name = 'Diallo'").fetchall())


def test_consent_collected_on_paper_option(db, demo, tmp_path) -> None:
    path = tmp_path / "paper.csv"
    path.write_text("Nom complet\nAwa Ndiaye\n", encoding="utf-8")
    assert I.import_file(db, demo.id, path).errors[0].message.startswith("Consent")
    report = I.import_file(db, demo.id, path, assume_consent=True, actor="coordinator")
    person = P.get_participant(db, P.query_participants(db, "ndiaye")[0]["id"])
    assert report.imported == 1 and person.consent_data == 1 and person.consent_recorded_by == "coordinator"


def test_dry_run_writes_nothing(db, demo) -> None:
    before = people(db)
    report = I.import_file(db, demo.id, FIXTURES / "participants-merged.xlsx", dry_run=True)
    assert report.valid == 3 and not report.written and people(db) == before


def test_duplicate_rows_inside_one_file_are_imported_once(db, demo, tmp_path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text("Nom,Prénom,Email,Consentement\nA,Bob,b@x.org,1\nA,Bob,b@x.org,1\n", encoding="utf-8")
    report = I.import_file(db, demo.id, path)
    assert report.imported == 1 and report.duplicates[0]["same_as_row"] == 2


def test_a_failure_during_writing_leaves_nothing_behind(db, demo, tmp_path) -> None:
    path = tmp_path / "ok.csv"
    path.write_text("Nom,Prénom,Consentement\nA,B,1\nC,D,1\n", encoding="utf-8")
    table = I.read_file(path)
    report, rows, known = I.validate_table(db, table, I.guess_mapping(table.headers))
    assert rows == 2
    db.execute(f"UPDATE {I.STAGE} SET id = (SELECT min(id) FROM {I.STAGE})")  # the second insert hits the primary key
    before = people(db)
    with pytest.raises(Exception, match="UNIQUE"):
        I.write_rows(db, demo.id, rows, known)
    assert people(db) == before


def test_unreadable_files_get_a_clear_error(tmp_path) -> None:
    for name, data, message in (
        ("empty.csv", b"", "empty"),
        ("nul.csv", b"a,b\x00\n1,2", "binary"),
        ("old.xls", b"\xd0\xcf\x11\xe0" + b"\x00" * 60, ".xls"),
        ("broken.xlsx", b"PK\x03\x04garbage", "Excel"),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ValidationError, match=message):
            I.read_file(path)
    with pytest.raises(ValidationError, match="does not exist"):
        I.read_file(tmp_path / "missing.csv")


def test_encoding_can_be_forced(tmp_path) -> None:
    path = tmp_path / "ar.csv"
    shutil.copy(FIXTURES / "participants-ar-cp1256.csv", path)
    with pytest.raises(ValidationError, match="not valid utf-8"):
        I.read_file(path, encoding="utf-8")
    assert I.read_file(path, encoding="cp1256").headers[0] == "الاسم"


def _read_whole(path, sheet):  # the workbook read whole by openpyxl, merged cells filled in: the reference
    from openpyxl import load_workbook

    from workshop_kit.spreadsheets import _to_table

    ws = load_workbook(path, data_only=True)[sheet]
    grid = {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value is not None}
    for rng in ws.merged_cells.ranges:
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                grid[(r, c)] = grid.get((rng.min_row, rng.min_col))
    width = max(c for _r, c in grid)
    return _to_table([(r, [grid.get((r, c)) for c in range(1, width + 1)]) for r in sorted({r for r, _c in grid})])


@pytest.mark.parametrize("fixture", ["participants-merged.xlsx", "participants-merged-lo.xlsx"])
def test_workbooks_are_streamed_with_merged_cells_as_a_whole_read_sees_them(db, demo, fixture) -> None:
    from openpyxl import load_workbook

    for sheet in load_workbook(FIXTURES / fixture, read_only=True).sheetnames:
        streamed = I.read_file(FIXTURES / fixture, sheet=sheet)
        whole = _read_whole(FIXTURES / fixture, sheet)
        assert (streamed.headers, streamed.rows) == (whole.headers, whole.rows)
    report = I.import_file(db, demo.id, FIXTURES / "participants-merged.xlsx")  # merged headers, streamed
    assert report.valid == 3
