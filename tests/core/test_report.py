"""The donor report: reach, disaggregation, small-cell suppression, names only on request, XLSX charts."""

from __future__ import annotations

import openpyxl
import pytest

from workshop_kit import attendance, report
from workshop_kit.participants import add_participant, enrol
from workshop_kit.quizscores import record_score
from workshop_kit.workshops import create_workshop


@pytest.fixture
def attended(db, demo):
    """The first ten demo participants attend session 1; the last two never come."""
    g = attendance.grid(db, demo.id)
    for row in g.rows[:10]:
        attendance.set_status(db, g.sessions[0].id, row.participant.id, "present")
    attendance.set_status(db, g.sessions[1].id, g.rows[0].participant.id, "late")
    attendance.set_status(db, g.sessions[1].id, g.rows[1].participant.id, "excused")
    return demo, g


def test_nationality_groups_say_how_people_are_grouped():
    assert report.nationality_group("MA") == "moroccan"
    assert report.nationality_group("Maroc") == "moroccan"
    assert report.nationality_group("المغرب") == "moroccan"
    assert report.nationality_group("SN") == "other_african"
    assert report.nationality_group("Côte d'Ivoire") == "other_african"
    assert report.nationality_group("cod") == "other_african"
    assert report.nationality_group("FR") == "other"
    assert report.nationality_group("Syrie") == "other"
    assert report.nationality_group("") == report.NOT_RECORDED
    assert report.age_group(2000, None, 2026) == "25_34"
    assert report.age_group(None, "18-24", 2026) == "18-24"
    assert report.age_group(2010, None, 2026) == "under_18"
    assert report.gender_group("F") == "women" and report.gender_group("ذكر") == "men"


def test_reach_counts_people_who_attended_and_disaggregates_them(db, attended):
    demo, g = attended
    rep = report.build_report(db, demo.id, lang="en")
    assert rep.enrolled == 12 and rep.reached == 10
    assert rep.sessions_planned == 6 and rep.sessions_delivered == 2
    # 11 attended person-sessions out of 12 × 2 − 1 excused
    assert rep.attendance_rate == round(11 / 23, 3)
    reached = [r.participant for r in g.rows[:10]]
    women = sum(1 for p in reached if p.gender == "F")
    assert rep.breakdown["gender"]["women"] == women
    assert sum(rep.breakdown["nationality_group"].values()) == 10
    moroccan = sum(1 for p in reached if p.nationality == "MA")
    assert rep.breakdown["nationality_group"]["moroccan"] == moroccan
    assert rep.breakdown["organisation_kind"][report.NOT_RECORDED] == 10


def test_small_cells_are_suppressed_and_said_so(db, attended):
    demo, _g = attended
    data = report.build_report(db, demo.id, lang="en").to_json()
    assert data["anonymised"] and "participants" not in data
    cities = dict((c["category"], c["count"]) for c in data["breakdown"]["city"])
    assert all(v == "<3" or v >= 3 or v == 0 for v in cities.values())
    assert "<3" in cities.values()
    assert any('"<3"' in n for n in data["notes"])
    assert report.suppress(0) == 0 and report.suppress(2) == "<3" and report.suppress(3) == 3


def test_names_only_when_asked(db, attended):
    demo, _g = attended
    data = report.build_report(db, demo.id, with_names=True, lang="en").to_json()
    assert not data["anonymised"]
    names = {p["name"] for p in data["participants"]}
    assert len(names) == 10 and ("Fatima El Idrissi" in names or "خديجة العلوي" in names)


def test_knowledge_gain_is_withheld_under_three_people(db, attended):
    demo, g = attended
    ids = [r.participant.id for r in g.rows]
    record_score(db, demo.id, ids[0], "m01", pre=4, post=8, max_score=10)
    record_score(db, demo.id, ids[1], "m01", pre=5, post=9, max_score=10)
    gain = report.build_report(db, demo.id).gain
    assert gain["overall"]["participants"] == "<3" and gain["overall"]["gain_pct"] is None
    record_score(db, demo.id, ids[2], "m01", pre=6, post=10, max_score=10)
    gain = report.build_report(db, demo.id).gain
    assert gain["overall"]["participants"] == 3 and gain["overall"]["gain_pct"] == 40.0


def test_all_workshops_report_counts_each_person_once(db, attended):
    demo, g = attended
    other, sessions = create_workshop(db, title="Agadir", start="2026-04-01", days=1, sessions_per_day=1)
    person = g.rows[0].participant
    enrol(db, other.id, person.id)
    newcomer = add_participant(db, first_name="Sara", gender="F", nationality="GN", consent_data=True)
    enrol(db, other.id, newcomer.id)
    attendance.set_status(db, sessions[0].id, person.id, "present")
    attendance.set_status(db, sessions[0].id, newcomer.id, "present")
    rep = report.build_report(db, None)
    assert rep.scope == "all" and len(rep.workshops) == 2
    assert rep.reached == 11 and rep.sessions_delivered == 3


def test_xlsx_report_has_charts_and_no_names_by_default(db, attended, tmp_path):
    demo, _g = attended
    path = tmp_path / "report.xlsx"
    report.write_xlsx(report.build_report(db, demo.id, lang="en"), path)
    wb = openpyxl.load_workbook(path)
    assert [ws.title for ws in wb.worksheets] == ["Summary", "Breakdown", "Workshops", "Knowledge gain"]
    assert [cs.title for cs in wb.chartsheets] == ["Gender", "Age band", "Nationality group", "Organisation type", "City"]
    values = {c.value for row in wb["Summary"].iter_rows() for c in row}
    assert "Participants reached" in values and 10 in values
    cells = [c.value for row in wb["Breakdown"].iter_rows() for c in row]
    assert "<3" in cells and "Fatima El Idrissi" not in cells
    # look inside the file for the five bar charts
    import zipfile

    charts = [n for n in zipfile.ZipFile(path).namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 5


def test_xlsx_report_in_arabic_reads_right_to_left_and_lists_names_on_request(db, attended, tmp_path):
    demo, _g = attended
    path = tmp_path / "report-ar.xlsx"
    report.write_xlsx(report.build_report(db, demo.id, with_names=True, lang="ar"), path)
    wb = openpyxl.load_workbook(path)
    assert all(ws.sheet_view.rightToLeft for ws in wb.worksheets)
    assert len(wb.worksheets) == 5
    names = {c.value for c in wb.worksheets[-1]["A"]}
    assert "خديجة العلوي" in names or "فاطمة الإدريسي" in names
