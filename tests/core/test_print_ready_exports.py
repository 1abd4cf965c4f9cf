"""Exports as a coordinator prints them: landscape and one page wide, local times, words not codes,
a sign-in sheet with sex, phone and the logo, donor-report charts on whole pages with whole numbers.

Files are reopened with openpyxl and python-docx; chart XML is read from the file itself.
"""

from __future__ import annotations

import os
import re
import time
import zipfile
from datetime import date, datetime

import openpyxl
import pytest
from docx import Document
from PIL import Image

from workshop_kit import attendance, badges, checkin, exports, report
from workshop_kit.i18n import translate
from workshop_kit.participants import update_participant
from workshop_kit.workshops import update_workshop

MORNING = datetime(2026, 3, 10, 9, 5)


@pytest.fixture
def tokyo():
    """A laptop whose local time is far from UTC, so a UTC time in the export cannot pass for local."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Tokyo"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture
def ws(db):
    from workshop_kit.demo import create_demo

    workshop, _n = create_demo(db, start=date(2026, 3, 10))
    return workshop


@pytest.fixture
def door(db, ws, tokyo):
    """Session 1 at the door: one scan, one name search, one typed short code; a fourth marked by hand."""
    issued = sorted(badges.ensure_badges(db, ws.id).values(), key=lambda b: b.participant_id)
    checkin.check_in(db, ws.id, issued[0].token, now=MORNING)
    checkin.check_in(db, ws.id, participant_id=issued[1].participant_id, method="search", now=MORNING)
    checkin.check_in(db, ws.id, issued[2].human_code, method="manual", now=datetime(2026, 3, 10, 9, 40))
    g = attendance.grid(db, ws.id)
    attendance.set_status(db, g.sessions[0].id, issued[3].participant_id, "excused")
    return ws


def _session1(db, workshop, lang, tmp_path):
    path = exports.export(db, workshop.id, "xlsx", tmp_path / f"a-{lang}.xlsx", lang=lang)
    wb = openpyxl.load_workbook(path)
    return wb, wb.worksheets[1]


def test_every_attendance_sheet_prints_landscape_one_page_wide_with_the_header_on_each_page(db, door, tmp_path):
    wb, _s = _session1(db, door, "fr", tmp_path)
    assert len(wb.worksheets) == 7
    for sheet in wb.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.paperSize == 9  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.print_title_rows == "$1:$1"
        assert "&P" in sheet.oddFooter.center.text


@pytest.mark.parametrize(
    ("lang", "scanner", "search", "manual", "present", "excused"),
    [
        ("fr", "lecteur de badge", "recherche par nom", "saisie manuelle", "présent", "excusé"),
        ("ar", "قارئ الشارات", "البحث بالاسم", "إدخال يدوي", "حاضر", "غياب مبرر"),
        ("en", "badge scanner", "name search", "entered by hand", "present", "excused"),
    ],
)
def test_check_in_times_are_local_minutes_and_methods_and_statuses_are_words(
    db, door, tmp_path, lang, scanner, search, manual, present, excused
):
    _wb, sheet = _session1(db, door, lang, tmp_path)
    status, when, method = 4, 5, 6  # columns: No., names, organisation, status, checked in at, method
    rows = [list(r) for r in sheet.iter_rows(min_row=2)]
    times = [r[when] for r in rows if r[when].value is not None]
    assert len(times) == 3
    for cell in times:
        assert isinstance(cell.value, datetime) and cell.value.microsecond == 0
        assert cell.number_format == "yyyy-mm-dd hh:mm"  # shows 2026-03-10 09:05
        assert "T" not in cell.number_format and "ss" not in cell.number_format
    assert sorted(c.value for c in times) == [MORNING, MORNING, datetime(2026, 3, 10, 9, 40)]  # not 00:05 UTC
    methods = [r[method].value for r in rows if r[method].value]
    assert sorted(methods) == sorted([scanner, search, manual, manual])  # the excused one was marked by hand
    assert not {"scanner", "search", "manual"} & set(methods)
    statuses = {r[status].value for r in rows} - {None}
    assert statuses == {present, excused, attendance.status_label("late", lang)}  # 09:40 is late


def test_local_time_drops_the_zone_and_microseconds(tokyo):
    assert exports.local_time("2026-03-10T00:05:12.123456Z") == datetime(2026, 3, 10, 9, 5)
    assert exports.local_time(None) is None and exports.local_time("garbled") is None


@pytest.fixture
def logo(tmp_path):
    path = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), (10, 90, 160)).save(path)
    return path


def test_signin_sheet_has_sex_phone_and_logo_and_no_app_counts_on_the_signed_page(db, door, tmp_path, logo):
    g = attendance.grid(db, door.id)
    someone = g.rows[0].participant
    update_participant(db, someone.id, phone="0612345678")
    path = exports.export(db, door.id, "sheet", tmp_path / "s.docx", lang="fr", logo=logo)
    doc = Document(str(path))
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["N°", "Nom", "Sexe", "Téléphone", "Organisation", "Signature"]
    first = table.rows[1].cells
    assert first[3].text == "+212\u00a06\u00a012\u00a034\u00a056\u00a078"  # one unbroken line
    assert {row.cells[2].text for row in table.rows[1:13]} <= {"Femme", "Homme", "Autre", ""}
    assert {row.cells[2].text for row in table.rows[1:13]} & {"Femme", "Homme"}
    assert len(doc.inline_shapes) == 6  # the logo at the top of each session's page
    text = "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    assert "Enregistré" not in text and "présents" not in text
    assert translate("Trainer's signature", "fr") in text  # the trainer still signs the page


def test_signin_sheet_in_arabic_keeps_the_phone_left_to_right(db, door, tmp_path):
    g = attendance.grid(db, door.id)
    update_participant(db, g.rows[0].participant.id, phone="0612345678")
    update_workshop(db, door.id, language="ar")
    doc = Document(str(exports.export(db, door.id, "sheet", tmp_path / "ar.docx", session_number=1)))
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells][2:4] == ["الجنس", "الهاتف"]
    phone = table.rows[1].cells[3]
    assert phone.text.startswith("\u200e")  # left-to-right marks keep "+212 6…" in order in Arabic
    assert phone.text.replace("\u200e", "").replace("\u00a0", " ") == "+212 6 12 34 56 78"
    assert "Recorded" not in doc.element.body.xml and "سُجّل" not in doc.element.body.xml
    assert len(doc.inline_shapes) == 0  # no logo in Settings: none printed


def test_signin_sheet_refuses_a_logo_that_is_not_a_picture_and_skips_a_missing_one(db, door, tmp_path):
    from workshop_kit.errors import ValidationError

    bad = tmp_path / "logo.png"
    bad.write_text("not a picture")
    with pytest.raises(ValidationError, match="PNG or JPEG"):
        exports.export(db, door.id, "sheet", tmp_path / "x.docx", logo=bad)
    assert not (tmp_path / "x.docx").exists()
    exports.export(db, door.id, "sheet", tmp_path / "y.docx", logo=tmp_path / "gone.png")
    assert len(Document(str(tmp_path / "y.docx")).inline_shapes) == 0


@pytest.fixture
def attended(db, demo):
    g = attendance.grid(db, demo.id)
    for row in g.rows[:10]:
        attendance.set_status(db, g.sessions[0].id, row.participant.id, "present")
    return demo


def test_donor_report_charts_are_on_pages_of_their_own_with_whole_number_axes(db, attended, tmp_path):
    path = tmp_path / "report.xlsx"
    report.write_xlsx(report.build_report(db, attended.id, lang="fr"), path)
    wb = openpyxl.load_workbook(path)
    assert len(wb.chartsheets) == 5  # one chart per page: a page break cannot cut one in two
    assert [ws.title for ws in wb.worksheets] == ["Synthèse", "Ventilation", "Ateliers", "Gain de connaissances"]
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        # no chart is anchored on a worksheet (where it would be split across printed pages)
        for name in names:
            if name.startswith("xl/worksheets/_rels/"):
                assert "drawing" not in zf.read(name).decode()
        charts = [zf.read(n).decode() for n in names if re.fullmatch(r"xl/charts/chart\d+\.xml", n)]
        # each chart has the size of the page (a zero size, openpyxl's default, prints nothing in LibreOffice)
        drawings = [zf.read(n).decode() for n in names if re.fullmatch(r"xl/drawings/drawing\d+\.xml", n)]
        assert len(drawings) == 5
        for xml in drawings:
            cx, cy = map(int, re.search(r'<(?:xdr:)?ext cx="(\d+)" cy="(\d+)"', xml).groups())
            assert cx > 20 * 360000 and cy > 15 * 360000  # over 20 × 15 cm: a landscape A4 page
    assert len(charts) == 5
    for xml in charts:
        val_ax = re.search(r"<(?:c:)?valAx>.*?</(?:c:)?valAx>", xml, re.S).group(0)
        assert re.search(r'<(c:)?min val="0(\.0)?"', val_ax)
        assert re.search(r'<(c:)?majorUnit val="[1-9]\d*(\.0)?"', val_ax)  # a whole step: no 0.5 person
        assert 'formatCode="0"' in val_ax
    for sheet in wb.worksheets:
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1


def test_count_axis_steps_are_round_and_whole():
    from openpyxl.chart import BarChart

    steps = {}
    for top in (0, 3, 10, 11, 25, 60, 240, 1000):
        chart = BarChart()
        report.whole_axis(chart, top)
        steps[top] = chart.y_axis.majorUnit
    assert steps == {0: 1, 3: 1, 10: 1, 11: 2, 25: 5, 60: 10, 240: 50, 1000: 100}


def test_a_long_sign_in_sheet_repeats_its_header_row_and_never_splits_a_row(db, door, tmp_path):
    from docx.oxml.ns import qn

    doc = Document(str(exports.export(db, door.id, "sheet", tmp_path / "s.docx", session_number=1)))
    rows = doc.tables[0].rows
    assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in rows[1:])
