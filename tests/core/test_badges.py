"""Badge tokens and printed badges: opaque secrets, re-issue, the Word sheet and the PNGs."""

from __future__ import annotations

import re
from datetime import date

import pytest
from docx import Document
from PIL import Image

from workshop_kit import badges
from workshop_kit.badge_cards import write_badge_pngs, write_badges_docx
from workshop_kit.docxutil import is_rtl_paragraph
from workshop_kit.errors import NotFound, ValidationError
from workshop_kit.participants import add_participant
from workshop_kit.qr import decode, decode_file


@pytest.fixture
def ws(db):
    from workshop_kit.demo import create_demo

    workshop, _n = create_demo(db, start=date(2026, 3, 10))
    return workshop


def test_token_is_long_random_versioned_and_free_of_look_alikes():
    tokens = {badges.new_token() for _ in range(500)}
    assert len(tokens) == 500
    for t in tokens:
        assert re.fullmatch(r"WK1-[A-Za-z0-9]{32}", t)
        assert not set(t[4:]) & set("oO01ilI")
    codes = {badges.new_short_code() for _ in range(500)}
    assert all(re.fullmatch(r"[A-Z2-9]{6}", c) and not set(c) & set("O01IL") for c in codes)
    assert badges.format_short_code("K7M4PQ") == "K7M-4PQ"


def test_badges_hold_no_personal_data_and_are_issued_once(db, ws):
    first = badges.ensure_badges(db, ws.id)
    again = badges.ensure_badges(db, ws.id)
    assert len(first) == 12 and {b.token for b in first.values()} == {b.token for b in again.values()}
    names = [r[0] for r in db.execute("SELECT first_name FROM participants WHERE first_name IS NOT NULL")]
    for b in first.values():
        assert not any(n.lower() in b.token.lower() for n in names if len(n) > 3)


def test_issue_requires_enrolment_and_revoke_requires_a_badge(db, ws):
    stranger = add_participant(db, first_name="Hors", consent_data=True)
    with pytest.raises(ValidationError, match="not enrolled"):
        badges.issue_badge(db, ws.id, stranger.id)
    with pytest.raises(NotFound):
        badges.revoke_badge(db, ws.id, stranger.id)


def test_revoked_badge_is_still_found_as_revoked(db, ws):
    b = next(iter(badges.ensure_badges(db, ws.id).values()))
    badges.revoke_badge(db, ws.id, b.participant_id, reason="lost")
    found = badges.find_badge(db, b.token)
    assert found.revoked_at and found.revoked_reason == "lost"
    assert badges.active_badge(db, ws.id, b.participant_id) is None


def test_word_sheet_has_cards_with_both_scripts_and_readable_qr(db, ws, tmp_path):
    out = tmp_path / "badges.docx"
    info = write_badges_docx(db, ws.id, out)
    assert info == {"path": str(out), "count": 12, "pages": 2}
    doc = Document(str(out))
    sheet = doc.tables[0]
    assert len(sheet.rows) == 6 and len(sheet.columns) == 2
    borders = sheet._tbl.tblPr.xml
    assert 'w:val="dashed"' in borders  # cut lines
    text = "\n".join(p.text for cell in sheet._cells for t in cell.tables for c in t._cells for p in c.paragraphs)
    assert "Fatima El Idrissi" in text and "فاطمة الإدريسي" in text and "Association Tadamon" in text
    arabic = [p for cell in sheet._cells for t in cell.tables for c in t._cells for p in c.paragraphs if "فاطمة" in p.text]
    assert arabic and is_rtl_paragraph(arabic[0])
    # The pictures in the file are QR codes of the issued tokens.
    issued = {b.token for b in badges.ensure_badges(db, ws.id).values()}
    images = [rel.target_part.blob for rel in doc.part.rels.values() if "image" in rel.reltype]
    assert len(images) == 12
    import io

    decoded = {decode(Image.open(io.BytesIO(blob)))[0] for blob in images}
    assert decoded == issued
    assert not any(b.human_code not in text for b in badges.ensure_badges(db, ws.id).values())


def test_each_card_shows_its_own_code_with_unique_shape_ids(db, ws, tmp_path):
    """Word refuses to open a file where two pictures share a shape id, and a card whose picture is
    another person's badge checks the wrong person in: each card's QR is the token of its code."""
    import io

    from docx.oxml.ns import qn

    out = tmp_path / "badges.docx"
    write_badges_docx(db, ws.id, out)
    doc = Document(str(out))
    ids = [e.get("id") for e in doc.element.body.iter(qn("wp:docPr"))]
    assert len(ids) == 12 and len(set(ids)) == 12
    by_code = {b.human_code: b.token for b in badges.ensure_badges(db, ws.id).values()}
    seen = 0
    for card in doc.tables[0]._cells:
        for inner in card.tables:
            qr_cell = inner.rows[0].cells[0]
            blips = qr_cell._tc.xpath(".//a:blip/@r:embed")
            code = qr_cell.paragraphs[-1].text
            if blips:
                blob = doc.part.related_parts[blips[0]].blob
                assert decode(Image.open(io.BytesIO(blob)))[0] == by_code[code]
                seen += 1
    assert seen == 12


def test_png_badges_one_per_participant_decode_to_their_token(db, ws, tmp_path):
    files = write_badge_pngs(db, ws.id, tmp_path / "png")
    assert len(files) == 12 and all(f.suffix == ".png" for f in files)
    issued = badges.ensure_badges(db, ws.id)
    by_code = {b.short_code: b for b in issued.values()}
    for f in files[:4]:
        code = f.stem.rsplit("-", 1)[1]
        assert decode_file(f) == [by_code[code].token]
    assert not list((tmp_path / "png").glob("*.tmp"))


def test_no_enrolled_participant_gives_a_clear_message(db, tmp_path):
    from workshop_kit.workshops import create_workshop

    w, _s = create_workshop(db, title="Vide", start="2026-01-01")
    with pytest.raises(ValidationError, match="enrol participants"):
        write_badges_docx(db, w.id, tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()
