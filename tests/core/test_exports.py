"""Exports reopened the way users open them: CSV in Excel (BOM), XLSX with openpyxl, Word with python-docx."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from docx import Document
from docx.oxml.ns import qn

from workshop_kit import attendance, exports
from workshop_kit.docxutil import is_rtl_paragraph
from workshop_kit.errors import ValidationError
from workshop_kit.workshops import update_workshop


@pytest.fixture
def marked(db, demo):
    g = attendance.grid(db, demo.id)
    for i, row in enumerate(g.rows):
        for j, s in enumerate(g.sessions):
            status = ("present", "late", "absent", "excused", None)[(i + j) % 5]
            if status:
                attendance.set_status(db, s.id, row.participant.id, status)
    return demo


def test_csv_has_a_bom_and_keeps_arabic_names(db, marked, tmp_path):
    path = exports.export(db, marked.id, "csv", tmp_path / "attendance.csv", lang="en")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Name", "Name in Arabic", "Organisation"]
    assert len(rows) == 13 and len(rows[0]) == 3 + 6 + 4
    arabic = [r[1] for r in rows[1:]]
    assert "خديجة العلوي" in arabic and "فاطمة الإدريسي" in arabic
    assert {"present", "late", "absent", "excused", ""} >= {c for r in rows[1:] for c in r[3:9]}


def test_xlsx_has_a_summary_and_one_sheet_per_session_with_frozen_header_and_filters(db, marked, tmp_path):
    path = exports.export(db, marked.id, "xlsx", tmp_path / "attendance.xlsx", lang="en")
    wb = openpyxl.load_workbook(path)
    assert len(wb.sheetnames) == 1 + 6
    summary = wb.worksheets[0]
    assert summary.title == "Summary"
    assert summary.freeze_panes == "A2" and summary.auto_filter.ref == "A1:M13"
    assert not summary.sheet_view.rightToLeft
    assert summary.column_dimensions["A"].width > 10
    assert summary["A1"].font.b
    session1 = wb.worksheets[1]
    assert session1.title.startswith("Session 1")
    assert [c.value for c in session1[1]][:5] == ["No.", "Name", "Name in Arabic", "Organisation", "Status"]
    assert session1.max_row == 13 and session1.freeze_panes == "A2" and session1.auto_filter.ref == "A1:G13"
    names = {r[2].value for r in session1.iter_rows(min_row=2)}
    assert "محمد الفاسي" in names
    # totals per session below the grid
    labels = [r[1].value for r in summary.iter_rows(min_row=14)]
    assert "Attended" in labels


def test_xlsx_sheets_are_right_to_left_in_arabic(db, marked, tmp_path):
    update_workshop(db, marked.id, language="ar")
    path = exports.export(db, marked.id, "xlsx", tmp_path / "ar.xlsx")  # the workshop's language
    wb = openpyxl.load_workbook(path)
    assert all(ws.sheet_view.rightToLeft for ws in wb.worksheets)
    assert wb.worksheets[0]["A1"].value == "الاسم"
    assert "خديجة العلوي" in {c.value for c in wb.worksheets[0]["B"]}


def test_signin_sheet_has_one_page_per_session_and_an_empty_signature_column(db, marked, tmp_path):
    path = exports.export(db, marked.id, "sheet", tmp_path / "signin.docx", lang="en")
    doc = Document(str(path))
    assert len(doc.tables) == 6
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["No.", "Name", "Sex", "Phone", "Organisation", "Signature"]
    assert len(table.rows) == 1 + 12 + 5  # 12 participants and 5 blank lines for walk-ins
    assert all(row.cells[5].text == "" for row in table.rows[1:])
    names = "\n".join(row.cells[1].text for row in table.rows[1:])
    assert "Fatima El Idrissi" in names and "خديجة العلوي" in names
    breaks = doc.element.body.xml.count('w:type="page"')
    assert breaks == 5


def test_signin_sheet_in_arabic_is_right_to_left(db, marked, tmp_path):
    path = exports.export(db, marked.id, "sheet", tmp_path / "signin-ar.docx", lang="ar", session_number=2)
    doc = Document(str(path))
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table._tbl.tblPr.find(qn("w:bidiVisual")) is not None
    assert table.rows[0].cells[1].text == "الاسم"
    assert is_rtl_paragraph(doc.paragraphs[0])
    assert "فاطمة الإدريسي" in "\n".join(r.cells[1].text for r in table.rows)


def test_unknown_format_session_or_language_is_refused_and_writes_nothing(db, marked, tmp_path):
    with pytest.raises(ValidationError, match="csv, xlsx or sheet"):
        exports.export(db, marked.id, "pdf", tmp_path / "x.pdf")
    with pytest.raises(ValidationError, match="no session 9"):
        exports.export(db, marked.id, "sheet", tmp_path / "x.docx", session_number=9)
    with pytest.raises(ValidationError, match="fr, ar or en"):
        exports.export(db, marked.id, "csv", tmp_path / "x.csv", lang="de")
    assert list(tmp_path.glob("x.*")) == [] and list(tmp_path.glob(".*tmp")) == []
