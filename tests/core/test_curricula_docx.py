"""Word exports reopen with python-docx; Arabic ones are right-to-left; participant versions hide answers."""

from __future__ import annotations

import pytest
from docx import Document

from workshop_kit import curricula, docxutil
from workshop_kit.curricula_agenda import load_agenda
from workshop_kit.curricula_docx import export_agenda, export_handout, export_quiz


@pytest.fixture(scope="module")
def module():
    return curricula.load_catalog(None).get("m04-protection")


def _text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_handout_in_each_language_reopens(tmp_path, module, lang):
    path = export_handout(module, lang, tmp_path / f"h-{lang}.docx")
    doc = Document(str(path))
    text = module.texts[lang]
    body = _text(doc)
    assert text.title in body and text.key_messages[0] in body
    assert text.sessions[0].activities[0].title in body
    assert doc.tables, "the programme table"


def test_arabic_handout_is_right_to_left_with_arabic_font(tmp_path, module):
    doc = Document(str(export_handout(module, "ar", tmp_path / "ar.docx")))
    arabic = [p for p in doc.paragraphs if docxutil.has_arabic(p.text)]
    assert arabic and all(docxutil.is_rtl_paragraph(p) for p in arabic)
    runs = [r for p in arabic for r in p.runs if docxutil.has_arabic(r.text)]
    assert runs and all(docxutil.is_rtl_run(r) for r in runs)
    fonts = {r._r.rPr.rFonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cs") for r in runs}
    assert fonts == {docxutil.ARABIC_FONT}
    cell_paragraphs = [p for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs
                       if docxutil.has_arabic(p.text)]
    assert cell_paragraphs and all(docxutil.is_rtl_paragraph(p) for p in cell_paragraphs)
    assert doc.tables[0]._tbl.tblPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidiVisual") is not None


def test_participant_handout_has_no_notes_or_answers_trainer_version_does(tmp_path, module):
    fr = module.texts["fr"]
    secret_note = "Ne demandez jamais de témoignage personnel"
    explanation = fr.quiz[0].explanation
    participant = _text(Document(str(export_handout(module, "fr", tmp_path / "p.docx"))))
    trainer = _text(Document(str(export_handout(module, "fr", tmp_path / "t.docx", participant=False))))
    assert secret_note not in participant and explanation not in participant
    assert secret_note in trainer and explanation in trainer
    assert fr.sessions[0].activities[0].steps[0] in trainer and fr.sessions[0].activities[0].steps[0] not in participant


def test_quiz_sheet_and_answer_key(tmp_path, module):
    en = module.texts["en"]
    sheet = Document(str(export_quiz(module, "en", tmp_path / "q.docx")))
    key = Document(str(export_quiz(module, "en", tmp_path / "k.docx", answer_key=True)))
    sheet_text, key_text = _text(sheet), _text(key)
    assert all(q.question in sheet_text for q in en.quiz)
    assert "✓" not in sheet_text and "☒" not in sheet_text
    right = [p.text for p in key.paragraphs if p.text.endswith("✓")]
    assert len(right) == len(en.quiz) and en.quiz[0].answer in right[0]
    assert en.quiz[0].explanation in key_text


def test_missing_translation_export_says_so(tmp_path, module):
    import copy

    partial = copy.copy(module)
    partial.texts = {"fr": module.texts["fr"]}
    doc = Document(str(export_handout(partial, "ar", tmp_path / "fallback.docx")))
    assert "العربية" in doc.paragraphs[1].text or "Français" in doc.paragraphs[1].text


def test_agenda_export_with_totals_in_arabic(tmp_path, db, demo):
    catalog = curricula.load_catalog(None)
    agenda = load_agenda(db, demo.id, catalog, "ar")
    agenda.add_module(catalog, "m04-protection", "ar", agenda.days[0])
    path = export_agenda(agenda, demo, catalog, "ar", tmp_path / "agenda.docx")
    doc = Document(str(path))
    body = _text(doc)
    assert catalog.get("m04-protection").texts["ar"].sessions[0].title in body
    assert "09:00 - 10:15" in body and "210" in body
    written = [p for p in doc.paragraphs if p.text.strip()]
    assert written and all(docxutil.is_rtl_paragraph(p) for p in written)


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_exercise_answer_keys_stay_out_of_participant_handouts(tmp_path, lang):
    """The case-study and card-sort corrections in a module body are for the trainer only."""
    module = curricula.load_catalog(None).get("m02-legal-framework")
    body = module.texts[lang].body
    key_lines = [line for line in body.splitlines() if curricula._ANSWER_KEY_START.match(line)]
    assert key_lines, "m02 has answer keys for its exercises in every language"
    sample = key_lines[0].split("**")[2].strip()[:40]
    participant = _text(Document(str(export_handout(module, lang, tmp_path / "p.docx"))))
    trainer = _text(Document(str(export_handout(module, lang, tmp_path / "t.docx", participant=False))))
    assert sample and sample not in participant
    assert sample in trainer
    # the case itself (what participants work on) is still there
    assert module.texts[lang].body.split("## ")[2].splitlines()[0].strip() in participant


def test_without_answer_keys_stops_at_the_next_paragraph_or_heading():
    body = "Intro.\n\n**Answer key.** one\ncontinued\n\nKept paragraph.\n**Corrigé.** x\n### Next\nKept too."
    out = curricula.without_answer_keys(body)
    assert "one" not in out and "continued" not in out and "Corrigé" not in out
    assert "Kept paragraph." in out and "### Next" in out and "Kept too." in out
