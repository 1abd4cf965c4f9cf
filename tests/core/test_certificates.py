"""Certificates end to end on the real database: who gets one, files, numbers, revocation, verification."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from tests.certhelpers import attend_demo
from workshop_kit import certcode, certificates, signing
from workshop_kit.docxutil import is_rtl_run
from workshop_kit.paths import resource
from workshop_kit.qr import decode_file, qr_picture
from workshop_kit.selfcheck import soffice_path


def _text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for cell in table._cells:
            parts += [p.text for p in cell.paragraphs]
    return "\n".join(parts).replace("\u200e", "")


@pytest.fixture
def attended(db, demo):
    return attend_demo(db, demo.id)


def test_one_docx_per_eligible_participant_with_the_right_values(db, demo, attended, data_dir, tmp_path) -> None:
    result = certificates.generate(db, data_dir, demo.id, tmp_path / "out", settings={"organisation_name": "Tadamon"})
    assert len(result.issued) == 11
    assert [p["name"] for p in result.not_eligible] == ["Youssef Benali"]
    assert "attended 2 of 6 sessions, 5 needed" in result.not_eligible[0]["reason"]
    grace = next(c for c in result.issued if c.name == "Grâce Mbemba")
    text = _text(grace.file)
    assert "Grâce Mbemba" in text and demo.title in text and "Tadamon" in text
    assert grace.number in text and grace.code in text
    assert "Salma Ouazzani" in text
    assert "16,5 heures" in text  # 5 attended sessions (3 h 30 + 3 h) … late still counts
    assert "Mots et réalités de la migration au Maroc" in text  # module titles, not their ids
    assert "m01-migration-terms" not in text
    assert grace.file.name == f"{grace.number}_Grâce_Mbemba.docx"
    assert len(Document(str(grace.file)).inline_shapes) == 1  # the QR code (no logo, no signature set)


def test_arabic_name_in_french_template_is_rtl(db, demo, attended, data_dir, tmp_path) -> None:
    result = certificates.generate(db, data_dir, demo.id, tmp_path / "out", settings={})
    khadija = next(c for c in result.issued if "خديجة" in c.name)
    doc = Document(str(khadija.file))
    runs = [r for p in doc.paragraphs for r in p.runs if "خديجة" in r.text]
    assert runs and all(is_rtl_run(r) for r in runs)


def test_arabic_template_has_rtl_paragraphs_and_arabic_name_first(db, demo, attended, data_dir, tmp_path) -> None:
    result = certificates.generate(db, data_dir, demo.id, tmp_path / "out", lang="ar", settings={})
    fatima = next(c for c in result.issued if "فاطمة" in c.name)
    assert fatima.name == "فاطمة الإدريسي"
    text = _text(fatima.file)
    assert "شهادة مشاركة" in text and "فاطمة الإدريسي" in text
    assert fatima.number in text


def test_regenerating_keeps_numbers_and_all_includes_everyone(db, demo, attended, data_dir, tmp_path) -> None:
    first = {c.participant_id: c.number for c in certificates.generate(db, data_dir, demo.id, tmp_path / "a").issued}
    again = certificates.generate(db, data_dir, demo.id, tmp_path / "b", only_eligible=False)
    assert len(again.issued) == 12 and not again.not_eligible
    for cert in again.issued:
        if cert.participant_id in first:
            assert cert.number == first[cert.participant_id]
    assert len({c.number for c in again.issued}) == 12


def test_merged_print_file_has_one_page_section_each(db, demo, attended, data_dir, tmp_path) -> None:
    merged = tmp_path / "print.docx"
    result = certificates.generate(db, data_dir, demo.id, None, merged=merged)
    doc = Document(str(merged))
    assert len(doc.sections) == len(result.issued) == 11
    assert all(c.file is None for c in result.issued)


def test_cancel_leaves_only_whole_files(db, demo, attended, data_dir, tmp_path) -> None:
    seen = []
    result = certificates.generate(db, data_dir, demo.id, tmp_path / "out", merged=tmp_path / "all.docx",
                                   progress=lambda d, t, m: seen.append(d), cancelled=lambda: len(seen) >= 3)
    assert result.cancelled
    files = sorted((tmp_path / "out").iterdir())
    assert len(files) == 3 and all(f.suffix == ".docx" for f in files)
    for f in files:
        Document(str(f))  # every file that exists opens
    assert not (tmp_path / "all.docx").exists()


def test_revoked_participant_is_listed_not_regenerated(db, demo, attended, data_dir, tmp_path) -> None:
    first = certificates.generate(db, data_dir, demo.id, tmp_path / "a")
    number = first.issued[0].number
    certificates.revoke(db, number, "wrong name")
    again = certificates.generate(db, data_dir, demo.id, tmp_path / "b")
    assert number not in {c.number for c in again.issued}
    assert any(number in p["reason"] for p in again.not_eligible)


# -- verification ---------------------------------------------------------------------------------
def test_genuine_code_verifies_offline_and_by_short_code(db, demo, attended, data_dir, tmp_path) -> None:
    cert = certificates.generate(db, data_dir, demo.id, tmp_path / "out").issued[0]
    answer = certificates.verify(data_dir, cert.qr, db)
    assert answer["valid"] and answer["reason"] == "valid"
    assert answer["certificate"]["name"] == cert.name and answer["certificate"]["number"] == cert.number
    assert answer["certificate"]["revocation_checked"]
    typed = certificates.verify(data_dir, cert.code.lower().replace("-", " "), db)
    assert typed["valid"] and typed["certificate"]["number"] == cert.number
    by_number = certificates.verify(data_dir, cert.number, db)
    assert by_number["valid"]


def test_altered_code_fails(db, demo, attended, data_dir, tmp_path) -> None:
    cert = certificates.generate(db, data_dir, demo.id, tmp_path / "out").issued[0]
    payload, _data, signature = certcode.parse_qr_text(cert.qr)
    payload.name = "Someone Else"
    forged = certcode.qr_text(payload, signature)
    answer = certificates.verify(data_dir, forged, db)
    assert not answer["valid"] and answer["reason"] == "altered"
    assert "certificate" not in answer


def test_altered_database_row_fails_short_code(db, demo, attended, data_dir, tmp_path) -> None:
    cert = certificates.generate(db, data_dir, demo.id, tmp_path / "out").issued[0]
    payload = certcode.CertPayload.decode(signing.unb64(db.execute(
        "SELECT payload FROM certificates WHERE number = ?", [cert.number]).fetchone()[0]))
    payload.name = "Changed In The Database"
    db.execute("UPDATE certificates SET payload = ? WHERE number = ?", [signing.b64(payload.encode()), cert.number])
    assert certificates.verify(data_dir, cert.code, db)["reason"] == "altered"


def test_revoked_certificate_fails_with_details(db, demo, attended, data_dir, tmp_path) -> None:
    cert = certificates.generate(db, data_dir, demo.id, tmp_path / "out").issued[0]
    certificates.revoke(db, cert.number, "issued by mistake")
    answer = certificates.verify(data_dir, cert.qr, db)
    assert not answer["valid"] and answer["reason"] == "revoked"
    assert answer["certificate"]["revoked_reason"] == "issued by mistake"


def test_revocation_survives_erasure_of_the_participant(db, demo, attended, data_dir, tmp_path) -> None:
    from workshop_kit import privacy

    cert = certificates.generate(db, data_dir, demo.id, tmp_path / "out").issued[0]
    certificates.revoke(db, cert.number, "attendance sheet was forged")
    privacy.erase_participant(db, cert.participant_id)
    for text in (cert.qr, cert.code, cert.number):
        answer = certificates.verify(data_dir, text, db)
        assert not answer["valid"] and answer["reason"] == "revoked", text
    # erased the other way round: the QR still reads revoked once revoked after the erasure
    other = certificates.generate(db, data_dir, demo.id, tmp_path / "out2").issued[0]
    privacy.erase_participant(db, other.participant_id)
    assert certificates.verify(data_dir, other.qr, db)["valid"]
    certificates.revoke(db, other.number, "duplicate")
    assert certificates.verify(data_dir, other.qr, db)["reason"] == "revoked"


def test_revoking_a_regenerated_certificate_revokes_its_older_prints(db, demo, attended, data_dir, tmp_path) -> None:
    from workshop_kit.participants import update_participant

    first = certificates.generate(db, data_dir, demo.id, tmp_path / "a", settings={}).issued[0]
    update_participant(db, first.participant_id, first_name="Renamed")
    again = next(c for c in certificates.generate(db, data_dir, demo.id, tmp_path / "b", settings={}).issued
                 if c.participant_id == first.participant_id)
    assert again.number == first.number and again.qr != first.qr
    assert certificates.verify(data_dir, first.qr, db)["certificate"]["revocation_checked"]
    certificates.revoke(db, again.number, "name was wrong")
    for text in (first.qr, again.qr, first.code, again.code):
        assert certificates.verify(data_dir, text, db)["reason"] == "revoked", text


def test_one_code_whatever_the_template_language(db, demo, attended, data_dir, tmp_path) -> None:
    ar = {c.participant_id: c for c in certificates.generate(db, data_dir, demo.id, tmp_path / "ar", lang="ar",
                                                              settings={}).issued}
    fr = {c.participant_id: c for c in certificates.generate(db, data_dir, demo.id, tmp_path / "fr", lang="fr",
                                                              settings={}).issued}
    bi = {c.participant_id: c for c in certificates.generate(
        db, data_dir, demo.id, tmp_path / "bi", template=resource("assets", "templates", "certificate_fr_ar.docx"),
        settings={}).issued}
    assert ar.keys() == fr.keys() == bi.keys()
    for pid, cert in ar.items():
        assert cert.code == fr[pid].code == bi[pid].code and cert.number == fr[pid].number
        assert cert.code in _text(fr[pid].file)
    khadija = next(c for c in ar.values() if "خديجة" in c.name)
    for text in (khadija.code, khadija.qr):  # the Arabic print still verifies after the French run
        answer = certificates.verify(data_dir, text, db)
        assert answer["valid"] and answer["certificate"]["code"] == khadija.code, text
    listed = {c["number"]: c["code"] for c in certificates.list_certificates(db, demo.id)}
    assert listed[khadija.number] == khadija.code


def test_other_organisation_unknown_until_its_key_is_trusted(db, demo, attended, data_dir, tmp_path) -> None:
    cert = certificates.generate(db, data_dir, demo.id, tmp_path / "out").issued[0]
    elsewhere = tmp_path / "employer"
    elsewhere.mkdir()
    answer = certificates.verify(elsewhere, cert.qr)
    assert not answer["valid"] and answer["reason"] == "unknown_key"
    public = (signing.keys_dir(data_dir) / signing.PUBLIC_FILE).read_text(encoding="utf-8")
    signing.trust_public_key(elsewhere, public)
    answer = certificates.verify(elsewhere, cert.qr)
    assert answer["valid"] and not answer["certificate"]["revocation_checked"] and "note" in answer


def test_foreign_key_signature_is_not_accepted(db, demo, attended, data_dir, tmp_path) -> None:
    """A forger with their own key pair re-signs a payload claiming our key id: altered."""
    cert = certificates.generate(db, data_dir, demo.id, tmp_path / "out").issued[0]
    forger = signing.load_or_create(tmp_path / "forger")
    payload, _data, _sig = certcode.parse_qr_text(cert.qr)
    payload.name = "Forged Name"
    fake = certcode.qr_text(payload, forger.sign(payload.encode()))
    assert certificates.verify(data_dir, fake, db)["reason"] == "altered"


def test_garbage_and_unknown_codes(db, data_dir) -> None:
    assert certificates.verify(data_dir, "hello", db)["reason"] == "not_a_code"
    assert certificates.verify(data_dir, "WKC1.!!.??", db)["reason"] == "not_a_code"
    assert certificates.verify(data_dir, "ABCD-EFGH", db)["reason"] == "not_found"


def test_qr_in_a_rendered_certificate_decodes_to_a_valid_code(db, demo, attended, data_dir, tmp_path) -> None:
    cert = certificates.generate(db, data_dir, demo.id, tmp_path / "out").issued[0]
    png = tmp_path / "qr.png"
    png.write_bytes(qr_picture(cert.qr).data)
    texts = decode_file(png)
    assert certificates.verify(data_dir, texts[0], db)["valid"]


def test_user_template_with_problems_is_refused(db, demo, attended, data_dir, tmp_path) -> None:
    bad = tmp_path / "mine.docx"
    doc = Document()
    doc.add_paragraph("Hello {{participant_name")
    doc.save(bad)
    from workshop_kit.errors import ValidationError

    with pytest.raises(ValidationError, match="check-template"):
        certificates.generate(db, data_dir, demo.id, tmp_path / "out", template=bad)


def test_format_dates_in_both_languages() -> None:
    assert certificates.format_dates("2026-03-14", "2026-03-16", "fr") == "du 14 au 16 mars 2026"
    assert certificates.format_dates("2026-02-28", "2026-03-02", "fr") == "du 28 février au 2 mars 2026"
    assert certificates.format_dates("2026-03-14", "2026-03-14", "fr") == "le 14 mars 2026"
    assert certificates.format_dates("2026-03-14", "2026-03-16", "ar") == "من 14 إلى 16 مارس 2026"


@pytest.mark.skipif(soffice_path() is None, reason="LibreOffice not installed")
def test_pdf_made_in_one_batch(db, demo, attended, data_dir, tmp_path) -> None:
    result = certificates.generate(db, data_dir, demo.id, tmp_path / "out", merged=tmp_path / "all.docx", pdf=True)
    assert result.pdf_problem is None
    pdfs = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(pdfs) == 11
    from pypdf import PdfReader

    for cert in result.issued:
        reader = PdfReader(str(cert.pdf))
        assert len(reader.pages) == 1
        text = reader.pages[0].extract_text()
        assert cert.number in text
        images = reader.pages[0]["/Resources"]["/XObject"]
        assert len(images) == 1  # its own QR code only, not everyone's
    assert result.merged_pdf is not None and len(PdfReader(str(result.merged_pdf)).pages) == 11
    # a certificate sent as PDF is verified from the PDF itself
    assert certificates.verify(data_dir, decode_file(result.issued[0].pdf)[0], db)["valid"]


def test_without_libreoffice_the_docx_still_works(db, demo, attended, data_dir, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    result = certificates.generate(db, data_dir, demo.id, tmp_path / "out", pdf=True)
    assert result.pdf_problem and "LibreOffice" in result.pdf_problem
    assert len(list((tmp_path / "out").glob("*.docx"))) == 11


def test_sample_preview_of_every_bundled_template(tmp_path) -> None:
    for path in resource("assets", "templates").glob("*.docx"):
        out = certificates.template_render_sample(path, tmp_path / path.name)
        assert "Fatima" in _text(out) or "فاطمة" in _text(out)
