"""Arabic documents speak Arabic: the workshop's Arabic title, venue and trainer, gendered wording, bold names.

Every document is written for real and reopened with python-docx.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from tests.certhelpers import attend_demo
from workshop_kit import badge_cards, bundles, certificates, curricula, exports, signing
from workshop_kit.curricula_agenda import load_agenda
from workshop_kit.curricula_docx import export_agenda
from workshop_kit.db import now_iso, open_database
from workshop_kit.errors import ValidationError
from workshop_kit.workshops import get_workshop, update_workshop

TITLE_AR = "حقوق المهاجرين والولوج إلى الخدمات العمومية"
VENUE_AR = "دار الشباب"
TRAINER_AR = "سلمى الوزاني"
ORG_AR = "جمعية التضامن"


def _text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for cell in table._cells:
            parts += [p.text for p in cell.paragraphs]
            for inner in cell.tables:
                for c in inner._cells:
                    parts += [p.text for p in c.paragraphs]
    return "\n".join(parts).replace("\u200e", "")


@pytest.fixture
def arabic_workshop(db, demo):
    """The demo workshop with its Arabic forms; the trainer is a woman."""
    update_workshop(db, demo.id, venue="Maison des jeunes", title_ar=TITLE_AR, venue_ar=VENUE_AR,
                    trainer_name_ar=TRAINER_AR, trainer_gender="F")
    attend_demo(db, demo.id)
    return get_workshop(db, demo.id)


def _issued(result, needle: str):
    return next(c for c in result.issued if needle in c.name)


def test_arabic_certificate_uses_the_arabic_title_venue_trainer_and_organisation(db, arabic_workshop, data_dir,
                                                                                  tmp_path) -> None:
    settings = {"organisation_name": "Association Tadamon", "organisation_name_ar": ORG_AR}
    result = certificates.generate(db, data_dir, arabic_workshop.id, tmp_path / "out", lang="ar", settings=settings)
    text = _text(_issued(result, "فاطمة").file)
    assert TITLE_AR in text and VENUE_AR in text and TRAINER_AR in text and ORG_AR in text
    assert arabic_workshop.title not in text and "Maison des jeunes" not in text
    assert "Association Tadamon" not in text and "Salma Ouazzani" not in text


def test_arabic_certificate_agrees_with_the_participant_and_the_trainer(db, arabic_workshop, data_dir,
                                                                        tmp_path) -> None:
    result = certificates.generate(db, data_dir, arabic_workshop.id, tmp_path / "out", lang="ar", settings={})
    fatima = _text(_issued(result, "فاطمة").file)
    rachid = _text(_issued(result, "رشيد").file)
    assert "قد شاركت في الورشة" in fatima and "قد شارك في الورشة" in rachid
    for text in (fatima, rachid):
        assert "(ت)" not in text and "(ة)" not in text
        assert "المكوّنة" in text


def test_french_certificate_says_formatrice_or_a_neutral_line_never_the_dotted_form(db, arabic_workshop, data_dir,
                                                                                    tmp_path) -> None:
    result = certificates.generate(db, data_dir, arabic_workshop.id, tmp_path / "a", settings={})
    text = _text(result.issued[0].file)
    assert "Formatrice" in text and "·rice" not in text
    assert arabic_workshop.title in text and TITLE_AR not in text  # French documents keep the French title
    update_workshop(db, arabic_workshop.id, trainer_gender="")
    result = certificates.generate(db, data_dir, arabic_workshop.id, tmp_path / "b", settings={})
    text = _text(result.issued[0].file)
    assert "Animation de la formation" in text and "Format" not in text.replace("Formation", "")


def test_bilingual_certificate_has_the_arabic_title_and_verb_in_its_arabic_half(db, arabic_workshop, data_dir,
                                                                                 tmp_path) -> None:
    result = certificates.generate(db, data_dir, arabic_workshop.id, tmp_path / "out", lang="fr_ar", settings={})
    doc = Document(str(_issued(result, "Fatima").file))
    french_half, arabic_half = (
        "\n".join(p.text for p in doc.tables[1].cell(0, i).paragraphs) for i in (0, 1))
    assert arabic_workshop.title in french_half and "Maison des jeunes" in french_half
    assert TITLE_AR in arabic_half and VENUE_AR in arabic_half and "قد شاركت" in arabic_half
    footer = _text(_issued(result, "Fatima").file)
    assert "Formatrice" in footer and "المكوّنة" in footer


def test_unknown_gender_keeps_the_neutral_arabic_form(db, demo, data_dir, tmp_path) -> None:
    db.execute("UPDATE participants SET gender = NULL WHERE first_name_ar = 'فاطمة'")
    attend_demo(db, demo.id)
    result = certificates.generate(db, data_dir, demo.id, tmp_path / "out", lang="ar", settings={})
    text = _text(_issued(result, "فاطمة").file)
    assert "قد شارك(ت)" in text and "تأطير التكوين" in text
    assert demo.title in text  # no Arabic title: the French one is printed rather than nothing


def test_arabic_agenda_and_sign_in_sheet_use_the_arabic_title_venue_and_trainer(db, arabic_workshop,
                                                                                tmp_path) -> None:
    catalog = curricula.load_catalog(None)
    agenda = load_agenda(db, arabic_workshop.id, catalog, "ar")
    agenda_text = _text(export_agenda(agenda, arabic_workshop, catalog, "ar", tmp_path / "agenda.docx"))
    sheet_text = _text(exports.export_signin_sheet(db, arabic_workshop.id, tmp_path / "sheet.docx", lang="ar"))
    for text in (agenda_text, sheet_text):
        assert TITLE_AR in text and VENUE_AR in text and TRAINER_AR in text
        assert arabic_workshop.title not in text and "Maison des jeunes" not in text
    french = _text(export_agenda(load_agenda(db, arabic_workshop.id, catalog, "fr"), arabic_workshop, catalog, "fr",
                                 tmp_path / "agenda-fr.docx"))
    assert arabic_workshop.title in french and TITLE_AR not in french


def _bold_cs(run) -> bool:
    rpr = run._r.rPr
    return rpr is not None and rpr.find(qn("w:bCs")) is not None


def test_arabic_names_are_bold_like_latin_ones_on_badges_and_certificates(db, arabic_workshop, data_dir,
                                                                          tmp_path) -> None:
    path = tmp_path / "badges.docx"
    badge_cards.write_badges_docx(db, arabic_workshop.id, path)
    doc = Document(str(path))
    runs = [r for t in doc.tables for c in t._cells for inner in c.tables for ic in inner._cells
            for p in ic.paragraphs for r in p.runs]
    latin = [r for r in runs if r.text == "Fatima El Idrissi"]
    arabic = [r for r in runs if r.text == "فاطمة الإدريسي"]
    assert latin and latin[0].bold
    assert arabic and all(r.bold and _bold_cs(r) for r in arabic)  # Word bolds Arabic letters with w:bCs
    result = certificates.generate(db, data_dir, arabic_workshop.id, tmp_path / "out", lang="ar", settings={})
    cert = Document(str(_issued(result, "فاطمة").file))
    names = [r for p in cert.paragraphs for r in p.runs if "فاطمة" in r.text]
    assert names and all(_bold_cs(r) for r in names)


def test_trainer_gender_is_checked(db, demo) -> None:
    with pytest.raises(ValidationError, match="F, M or empty"):
        update_workshop(db, demo.id, trainer_gender="maybe")
    assert update_workshop(db, demo.id, trainer_gender="femme").trainer_gender == "F"
    assert update_workshop(db, demo.id, title_ar="").title_ar is None


def test_arabic_forms_travel_in_bundles_and_older_bundles_still_import(db, data_dir, arabic_workshop, tmp_path):
    dir_b = tmp_path / "laptop-b"
    db_b = open_database(dir_b, auto_backup=False).db
    try:
        bundles.export_bundle(db, data_dir, arabic_workshop.id, tmp_path / "setup.zip")
        bundles.import_bundle(db_b, dir_b, tmp_path / "setup.zip", trust=True)
        copy = get_workshop(db_b, arabic_workshop.id)
        assert (copy.title_ar, copy.venue_ar, copy.trainer_name_ar, copy.trainer_gender) == (
            TITLE_AR, VENUE_AR, TRAINER_AR, "F")
        # A bundle from a laptop that has not been updated: no Arabic columns at all.
        data = bundles.collect(db, arabic_workshop.id)
        del data["tombstones"]
        for row in data["workshops"]:
            for key in ("title_ar", "venue_ar", "trainer_name_ar", "trainer_gender"):
                del row[key]
            row["title"] = "Atelier renommé"
            row["updated_at"] = now_iso()  # a later change, so it wins
        old = tmp_path / "v1.zip"
        bundles.write_bundle(data, signing.load_or_create(data_dir), "laptop-a", old, format_version=1)
        bundles.import_bundle(db_b, dir_b, old)
        again = get_workshop(db_b, arabic_workshop.id)
        assert again.title == "Atelier renommé" and again.title_ar == TITLE_AR  # what it did not carry is kept
    finally:
        db_b.conn.close()


def test_cli_sets_and_clears_the_arabic_forms(capsys, db) -> None:
    import json

    from workshop_kit.cli import main

    assert main(["workshop", "create", "--title", "Atelier Agadir", "--start", "2026-04-01", "--title-ar",
                 "ورشة أكادير", "--venue-ar", VENUE_AR, "--trainer-gender", "M", "--json"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert (created["title_ar"], created["venue_ar"], created["trainer_gender"]) == ("ورشة أكادير", VENUE_AR, "M")
    assert main(["workshop", "update", created["id"], "--title-ar", "", "--trainer-ar", TRAINER_AR, "--json"]) == 0
    updated = json.loads(capsys.readouterr().out)
    assert updated["title_ar"] is None and updated["trainer_name_ar"] == TRAINER_AR
    assert updated["venue_ar"] == VENUE_AR  # what was not given is kept
    assert main(["workshop", "update", created["id"], "--trainer-gender", "peut-être"]) == 1
    assert "F, M or empty" in capsys.readouterr().err


def test_arabic_badge_sheet_shows_the_arabic_title(db, arabic_workshop, tmp_path) -> None:
    badge_cards.write_badges_docx(db, arabic_workshop.id, tmp_path / "ar.docx", lang="ar")
    badge_cards.write_badges_docx(db, arabic_workshop.id, tmp_path / "fr.docx", lang="fr")
    assert TITLE_AR in _text(tmp_path / "ar.docx") and arabic_workshop.title not in _text(tmp_path / "ar.docx")
    assert arabic_workshop.title in _text(tmp_path / "fr.docx")
