"""`workshop-kit participants import` with the KoboToolbox and Google Forms exports associations have."""

from __future__ import annotations

import json
from pathlib import Path

from tests import realexports as R
from workshop_kit.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def run(capsys, *args) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def run_json(capsys, *args):
    code, out = run(capsys, *args, "--json")
    return code, json.loads(out)


def workshop(capsys) -> str:
    code, data = run_json(capsys, "workshop", "create", "--title", "Atelier Oujda", "--start", "2026-04-01")
    assert code == 0
    return data["id"]


def listed(capsys, wid: str) -> set[str]:
    _code, items = run_json(capsys, "participants", "list", wid)
    return {" ".join(x for x in (i["first_name"], i["last_name"], i["first_name_ar"], i["last_name_ar"]) if x)
            for i in items}


def test_kobo_csv_with_hxl_row_and_arabic_labels(capsys, tmp_path) -> None:
    wid = workshop(capsys)
    code, out = run(capsys, "participants", "import", wid, str(R.kobo_labels_ar(tmp_path / "k.csv")), "--consent-collected")
    assert code == 0
    assert "1. ما هو اسمك؟ → full_name" in out and "2. كم عمرك؟ → age" in out and "header on row 1" in out
    assert "Imported: 6 new participants" in out
    code, report = run_json(capsys, "participants", "import", wid, str(R.kobo_labels_fr(tmp_path / "f.csv")),
                            "--consent-collected")
    assert code == 0 and report["imported"] == 3 and report["header_row"] == 1
    people = listed(capsys, wid)
    assert {"Awa Diop", "فاطمة الزهراء"} <= people and not any("#" in p or p in ("وجدة", "Rabat") for p in people)


def test_nothing_mapped_names_the_columns_and_the_sheet_with_people(capsys, tmp_path) -> None:
    wid = workshop(capsys)
    path = R.kobo_household_xlsx(tmp_path / "menages.xlsx")
    code, out = run(capsys, "participants", "import", wid, str(path), "--consent-collected")
    assert code == 1
    assert "3: menage/commune" in out and '--mapping \'{"1": "full_name"}\'' in out
    assert "The sheet 'membres' has person columns (membres/nom_membre, membres/age_membre)" in out
    assert "--sheet membres" in out
    code, report = run_json(capsys, "participants", "import", wid, str(path), "--sheet", "membres", "--consent-collected")
    assert code == 0 and report["imported"] == 2
    assert listed(capsys, wid) == {"Aïcha Traoré", "Moussa Traoré"}


def test_google_forms_rows_consent_advice_and_optional_fields(capsys, tmp_path) -> None:
    wid = workshop(capsys)
    path = str(R.google_forms_fr(tmp_path / "google.csv"))
    code, out = run(capsys, "participants", "import", wid, path)
    assert code == 1
    assert "row 3, column Date de naissance: Birth year '02/03/2026' is impossible" in out  # not line 6
    assert "The file has no consent column, so 3 rows were refused" in out and "--consent-collected" in out
    assert "--skip-invalid" not in out  # no row is valid: skipping the invalid ones would import nobody
    code, out = run(capsys, "participants", "import", wid, path, "--skip-invalid")
    assert code == 1 and "--consent-collected" in out and "import the valid rows with --skip-invalid" not in out
    code, out = run(capsys, "participants", "import", wid, path, "--consent-collected")
    assert code == 1 and "1 person has problems only in optional fields" in out and "--without-invalid-fields" in out
    code, report = run_json(capsys, "participants", "import", wid, path, "--consent-collected", "--without-invalid-fields")
    assert code == 0 and report["imported"] == 3 and report["errors"] == []
    assert [(c["row"], c["column"], c["field"]) for c in report["cleared"]] == [(3, "Date de naissance", "birth_year")]


def test_shared_phone_and_repeated_rows_are_told_apart(capsys, tmp_path) -> None:
    wid = workshop(capsys)
    code, out = run(capsys, "participants", "import", wid, str(R.google_forms_en(tmp_path / "g.csv")),
                    "--consent-collected", "--without-invalid-fields")
    assert code == 0
    assert "row 3 has the same phone as row 2 under another name: both kept" in out
    assert "row 5 repeats row 4 of this file (not created twice)." in out
    assert "already registered" not in out
    assert "row 6, column How old are you? left empty: Age '2O' is impossible" in out
    assert listed(capsys, wid) == {"Aminata Diallo", "Mamadou Diallo", "Grace Mbemba", "Sara Benali"}
    code, pairs = run_json(capsys, "participants", "duplicates")
    assert [p["reasons"] for p in pairs] == [["phone"]]  # for review, nothing merged


def test_legacy_xls_export(capsys) -> None:
    wid = workshop(capsys)
    code, report = run_json(capsys, "participants", "import", wid, str(FIXTURES / "kobo-legacy.xls"))
    assert code == 0 and report["imported"] == 2 and report["sheet"] == "inscription_atelier"
    assert listed(capsys, wid) == {"Fanta Bamba", "Karim Cissé"}


def test_damaged_xls_is_refused_cleanly(capsys, tmp_path) -> None:
    wid = workshop(capsys)
    damaged = tmp_path / "export.xls"
    damaged.write_bytes((FIXTURES / "kobo-legacy.xls").read_bytes()[:1500])  # a download cut short
    code = main(["participants", "import", wid, str(damaged), "--json"])
    out = capsys.readouterr().out
    assert code == 1
    assert "export.xls cannot be opened as an Excel workbook" in json.loads(out)["error"]  # xlrd's log kept out


def test_exports_written_by_kobotoolbox_s_own_library(capsys) -> None:
    """Files made by formpack (tests/fixtures/make_kobo_fixtures.py) with the options Kobo's server uses."""
    wid = workshop(capsys)
    code, report = run_json(capsys, "participants", "import", wid, str(FIXTURES / "kobo-formpack-labels.csv"),
                            "--consent-collected")
    assert code == 0 and report["imported"] == 3 and report["header_row"] == 1
    assert report["mapping"]["Identité/2. Téléphone du participant"] == "phone"
    assert report["mapping"]["Identité/4. Langues parlées/Arabe"] is None
    household = str(FIXTURES / "kobo-formpack-household.xlsx")
    code, out = run(capsys, "participants", "import", wid, household, "--consent-collected")
    assert code == 1 and "The sheet 'houshold_member_repeat' has person columns" in out
    code, report = run_json(capsys, "participants", "import", wid, household, "--sheet", "houshold_member_repeat",
                            "--consent-collected")
    assert code == 0 and report["rows"] == report["imported"] == 13  # the members, not "#beneficiary"
    people = listed(capsys, wid)
    assert {"Awa Diop", "peter", "linda"} <= people and not any(p.startswith("#") for p in people)
