"""Arabic paragraphs in Word: right-to-left, starting on the right, in the order Word accepts."""

from __future__ import annotations

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from workshop_kit import docxutil


def test_arabic_paragraph_is_bidi_without_flush_left_alignment(tmp_path):
    doc = docxutil.new_document("ar")
    p = docxutil.add_paragraph(doc, "ورشة الوسيط", size_pt=14)
    p.paragraph_format.space_after = 6  # a w:spacing that w:bidi must precede
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    docxutil.set_paragraph_rtl(p)
    centred = docxutil.add_paragraph(doc, "شهادة")
    centred.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docxutil.set_paragraph_rtl(centred)
    path = docxutil.save_atomic(doc, tmp_path / "ar.docx")

    again = Document(str(path))
    first, second = again.paragraphs[0], again.paragraphs[1]
    assert docxutil.is_rtl_paragraph(first) and docxutil.is_rtl_run(first.runs[0])
    # jc=right inside a bidi paragraph means "end", i.e. flush left: it must be gone.
    assert first.alignment is None
    tags = [child.tag for child in first._p.pPr]
    assert tags.index(qn("w:bidi")) < tags.index(qn("w:spacing"))
    assert second.alignment == WD_ALIGN_PARAGRAPH.CENTER
    fonts = first.runs[0]._r.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:cs")) == docxutil.ARABIC_FONT
    assert not list(tmp_path.glob("*.tmp"))


def test_turning_rtl_off_removes_bidi():
    doc = docxutil.new_document("fr")
    p = docxutil.add_paragraph(doc, "Atelier", rtl=True)
    assert docxutil.is_rtl_paragraph(p)
    docxutil.set_paragraph_rtl(p, rtl=False)
    assert not docxutil.is_rtl_paragraph(p)


def test_arabic_run_properties_are_in_schema_order():
    """Word repairs (or refuses) documents whose run properties are out of order."""
    doc = docxutil.new_document("fr")
    p = doc.add_paragraph()
    run = p.add_run("رشيد العمراني")
    run.bold = True
    from docx.shared import Pt

    run.font.size = Pt(14)
    docxutil.set_run_rtl(run, size_pt=14)
    tags = [child.tag.split("}")[1] for child in run._r.rPr]
    assert tags == sorted(tags, key=docxutil.RPR_ORDER.index)
    assert {"rFonts", "b", "sz", "szCs", "rtl"} <= set(tags)
    style_tags = [child.tag.split("}")[1] for child in docxutil.new_document("ar").styles["Normal"].element.rPr]
    assert style_tags == sorted(style_tags, key=docxutil.RPR_ORDER.index)
