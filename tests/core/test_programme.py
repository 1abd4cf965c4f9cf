"""The programme dashboard over bundles merged from three laptops, checked against hand-computed figures
(the story is in tests/programmehelpers.py), and its XLSX / Word / PDF exports reopened."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest
from docx import Document

from tests.programmehelpers import make_laptops, trust_laptops
from workshop_kit import certificates, inbox, pdf, programme
from workshop_kit.docxutil import is_rtl_paragraph
from workshop_kit.errors import ValidationError
from workshop_kit.programme import Filters


@pytest.fixture(scope="module")
def laptops(tmp_path_factory):
    return make_laptops(tmp_path_factory.mktemp("laptops"))


@pytest.fixture
def merged(db, data_dir, laptops, tmp_path):
    """The coordinator's data folder after one inbox scan of the three bundles."""
    trust_laptops(data_dir, laptops)
    box = tmp_path / "inbox"
    box.mkdir()
    for path in (laptops.a, laptops.b, laptops.c):
        (box / path.name).write_bytes(path.read_bytes())
    assert inbox.scan(db, data_dir, box, settle_seconds=0).counts()["merged"] == 3
    return laptops


def _gain(prog):
    return {m["module"]: (m["participants"], m["pre_pct"], m["post_pct"], m["gain_pct"])
            for m in prog.report.gain["modules"]}


def test_the_whole_programme_counts_people_once_across_workshops(db, merged):
    prog = programme.build_programme(db, lang="en")
    rep = prog.report
    assert len(rep.workshops) == 3 and prog.workshops_held == 2
    assert rep.sessions_planned == 6 and rep.sessions_delivered == 3
    # P1 attended in Rabat and in Oujda: one person reached, not two enrolments
    assert rep.reached == 5 and rep.enrolled == 7
    assert rep.attendance_rate == round(7 / 11, 3)  # (4 + 3) attended / (4×2 − 1 excused + 4×1)
    assert rep.breakdown["gender"] == {"women": 3, "men": 2}
    assert rep.breakdown["age_band"] == {"35_44": 2, "25_34": 2, "under_18": 1}
    assert rep.breakdown["nationality_group"] == {"moroccan": 2, "other_african": 3}
    assert rep.breakdown["organisation_kind"] == {"not_recorded": 5}
    assert _gain(prog) == {"acces-sante": (3, 50.0, 80.0, 30.0)}
    assert prog.certificates_issued == 0
    data = prog.to_json()
    assert data["anonymised"] and "participants" not in data
    assert dict((c["category"], c["count"]) for c in data["breakdown"]["gender"]) == {"women": 3, "men": "<3"}


def test_filters_by_city_partner_period_and_module(db, merged):
    rabat = programme.build_programme(db, Filters(city="RABAT"), lang="en")  # "Rabat" and "rabat "
    assert [w["title"] for w in rabat.report.workshops] == ["Rabat mars", "Rabat juin"]
    assert rabat.workshops_held == 1 and rabat.report.reached == 3 and rabat.report.sessions_delivered == 2
    assert rabat.report.attendance_rate == round(4 / 7, 3)
    assert _gain(rabat) == {}
    gadem = programme.build_programme(db, Filters(partner="gadem"), lang="en")
    assert [w["title"] for w in gadem.report.workshops] == ["Rabat mars", "Rabat juin"]

    april = programme.build_programme(db, Filters(date_from="2026-04-01", date_to="2026-05-31"), lang="en")
    assert [w["title"] for w in april.report.workshops] == ["Oujda avril"]
    assert april.report.reached == 3 and april.report.attendance_rate == 0.75
    assert april.report.breakdown["gender"] == {"women": 2, "men": 1}
    assert april.report.table("gender") == [("women", "<3"), ("men", "<3")]
    assert _gain(april) == {"acces-sante": (3, 50.0, 80.0, 30.0)}

    module = programme.build_programme(db, Filters(module="droits-base"), lang="en")
    assert [w["title"] for w in module.report.workshops] == ["Rabat mars", "Rabat juin"]
    assert module.report.gain["overall"]["gain_pct"] is None
    sante = programme.build_programme(db, Filters(module="acces-sante"), lang="en")
    assert sante.report.gain["overall"]["gain_pct"] == 30.0

    nothing = programme.build_programme(db, Filters(city="Tanger"), lang="en")
    assert nothing.report.reached == 0 and nothing.workshops_held == 0 and nothing.report.attendance_rate is None

    assert programme.choices(db) == {"cities": ["Oujda", "Rabat"], "partners": ["Caritas", "GADEM"],
                                     "modules": ["acces-sante", "droits-base"], "first_date": "2026-03-10",
                                     "last_date": "2026-06-02"}


def test_bad_dates_say_how_to_write_them(db):
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        programme.build_programme(db, Filters(date_from="31/03/2026"))
    with pytest.raises(ValidationError, match="ends before it starts"):
        programme.build_programme(db, Filters(date_from="2026-05-01", date_to="2026-04-01"))


def test_certificates_count_issued_and_not_revoked(db, data_dir, merged):
    from workshop_kit.workshops import get_workshop

    w = get_workshop(db, merged.workshops["a"])
    people, _refused = certificates.recipients(db, w.id)
    assert {r.participant.id for r in people} == {merged.people["P1"], merged.people["P2"]}
    issued = certificates.issue(db, data_dir, w, people)
    certificates.revoke(db, issued[0].number, "error")
    prog = programme.build_programme(db, lang="en")
    assert prog.certificates_issued == 1
    assert prog.to_json()["certificates_issued"] == "<3"


def test_xlsx_export_reopens_with_the_programme_figures_and_charts(db, merged, tmp_path):
    prog = programme.build_programme(db, Filters(city="Rabat"), lang="fr")
    path = programme.export(prog, tmp_path / "programme.xlsx")
    wb = openpyxl.load_workbook(path)
    summary = {row[0]: row[1] for row in wb.worksheets[0].iter_rows(values_only=True) if row and row[0]}
    assert summary["Ateliers tenus"] == 1
    assert summary["Filtres"] == "Ville : Rabat"
    assert summary["Participants touchés"] == 3
    with zipfile.ZipFile(path) as zf:
        assert any(n.startswith("xl/charts/chart") for n in zf.namelist())


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_one_page_summary_reopens_in_word_with_bars_and_rtl_arabic(db, merged, tmp_path, lang):
    prog = programme.build_programme(db, lang=lang)
    path = programme.export(prog, tmp_path / f"programme-{lang}.docx")
    doc = Document(str(path))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert ("Synthèse du programme" if lang == "fr" else "ملخص البرنامج") in text
    figures = doc.tables[0]
    values = [c.text.replace("\u200e", "") for c in figures.rows[0].cells]  # LRM keeps numbers in order
    assert values[:3] == ["2", "3", "5"]  # workshops held, sessions delivered, people reached
    # the bars are pictures: women 3, other African 3, organisation type not recorded 5, and the pre and
    # post scores of acces-sante; cells shown as "<3" get no bar
    assert len(doc.inline_shapes) == 5
    if lang == "ar":
        assert is_rtl_paragraph(doc.paragraphs[0])
        assert all(t._tbl.tblPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidiVisual")
                   is not None for t in doc.tables)


@pytest.mark.skipif(not pdf.available(), reason="LibreOffice is not installed")
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_pdf_summary_is_one_page(db, merged, tmp_path, lang):
    from pypdf import PdfReader

    prog = programme.build_programme(db, lang=lang)
    path = programme.export(prog, tmp_path / "programme.pdf")
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    if lang == "fr":
        assert "Synthèse du programme" in reader.pages[0].extract_text()


def test_an_unknown_export_format_is_refused(db, tmp_path):
    with pytest.raises(ValidationError, match=r"\.xlsx, \.docx or \.pdf"):
        programme.export(programme.build_programme(db), tmp_path / "x.csv")
