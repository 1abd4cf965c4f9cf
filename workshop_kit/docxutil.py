"""Helpers for writing Word documents that work in Arabic and French.

python-docx has no API for paragraph direction: ``w:bidi`` is set on the paragraph and ``w:rtl``
plus a complex-script font (``w:rFonts w:cs``) and size (``w:szCs``) on the runs. Every writer
saves through ``save_atomic`` (temp file + rename) so a crash never leaves half a document.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from .textclean import xml_safe

ARABIC_FONT = "Noto Naskh Arabic"
LATIN_FONT = "Noto Sans"
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def has_arabic(text: str | None) -> bool:
    return bool(text and _ARABIC.search(text))


# Children of ``w:rPr`` in schema order: Word refuses (or repairs) runs whose properties are out of it.
RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
             "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
             "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
             "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"]


def rpr_child(rpr, name: str):  # noqa: ANN001, ANN201 - lxml elements
    """The ``w:<name>`` child of a run-properties element, created in its schema place if missing."""
    el = rpr.find(qn(f"w:{name}"))
    if el is None:
        later = RPR_ORDER[RPR_ORDER.index(name) + 1:]
        el = OxmlElement(f"w:{name}")
        rpr.insert_element_before(el, *(f"w:{n}" for n in later))
    return el


# Elements that follow ``w:bidi`` inside ``w:pPr`` (schema order; Word rejects other orders).
_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)


def set_paragraph_rtl(paragraph: Paragraph, rtl: bool = True) -> None:
    """Right-to-left paragraph: ``w:bidi`` in its schema place, and no ``w:jc=right``.

    In a right-to-left paragraph Word and LibreOffice read ``jc=right`` as "end", i.e. flush LEFT;
    without a ``jc`` the paragraph starts on the right, as Arabic readers expect. Centred or
    justified paragraphs keep their alignment.
    """
    ppr = paragraph._p.get_or_add_pPr()
    bidi = ppr.find(qn("w:bidi"))
    if rtl and bidi is None:
        ppr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
    elif not rtl and bidi is not None:
        ppr.remove(bidi)
    if rtl and paragraph.alignment == WD_ALIGN_PARAGRAPH.RIGHT:
        paragraph.alignment = None  # type: ignore[assignment]  # None removes it (documented)


def set_run_rtl(run: Run, rtl: bool = True, font: str = ARABIC_FONT, size_pt: float | None = None) -> None:
    """Mark a run as right-to-left complex script with an Arabic font (``w:rtl``, ``w:rFonts w:cs``)."""
    rpr = run._r.get_or_add_rPr()
    fonts = rpr_child(rpr, "rFonts")
    fonts.set(qn("w:cs"), font)
    if rtl:
        rpr_child(rpr, "rtl")
    size = size_pt or (run.font.size.pt if run.font.size else None)
    if size:
        rpr_child(rpr, "szCs").set(qn("w:val"), str(int(round(size * 2))))


def add_text(
    paragraph: Paragraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size_pt: float | None = None,
    font: str | None = None,
) -> Run:
    """Add a run; Arabic text gets RTL + complex-script font so it renders inside any template.

    ``xml_safe``: a name stored before the entry rule may hold a character Word cannot; one such
    name must not stop the badges or sheets of a whole workshop."""
    text = xml_safe(text)
    run = paragraph.add_run(text)
    run.bold = bold or None
    run.italic = italic or None
    if size_pt:
        run.font.size = Pt(size_pt)
    if font:
        run.font.name = font
    if has_arabic(text):
        set_run_rtl(run, size_pt=size_pt)
        # Word bolds Arabic (complex-script) letters with w:bCs, not w:b: without it Arabic names on
        # badges and sheets came out thin beside their bold Latin forms.
        rpr = run._r.get_or_add_rPr()
        if bold:
            rpr_child(rpr, "bCs")
        if italic:
            rpr_child(rpr, "iCs")
    return run


def add_paragraph(doc: DocxDocument, text: str = "", *, style: str | None = None, rtl: bool | None = None,
                  **run_kw: Any) -> Paragraph:
    """Add a paragraph; ``rtl=None`` decides from the text (Arabic → right-to-left)."""
    paragraph = doc.add_paragraph(style=style)
    if text:
        add_text(paragraph, text, **run_kw)
    if rtl if rtl is not None else has_arabic(text):
        set_paragraph_rtl(paragraph)
    return paragraph


def new_document(lang: str = "fr", *, landscape: bool = False, margins_mm: float = 20) -> DocxDocument:
    """A blank A4 document whose default style suits ``lang`` (Arabic: RTL and Arabic font)."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(margins_mm))
    normal = doc.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(11)
    rpr = normal.element.get_or_add_rPr()
    rpr_child(rpr, "rFonts").set(qn("w:cs"), ARABIC_FONT)
    rpr_child(rpr, "szCs").set(qn("w:val"), "24")
    if lang == "ar":
        ppr = normal.element.get_or_add_pPr()
        if ppr.find(qn("w:bidi")) is None:
            ppr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
        lang_el = rpr_child(rpr, "lang")
        lang_el.set(qn("w:bidi"), "ar-MA")
        if section._sectPr.find(qn("w:bidi")) is None:
            section._sectPr.append(OxmlElement("w:bidi"))
    return doc


def save_atomic(doc: DocxDocument, path: str | os.PathLike[str]) -> Path:
    """Build the document in memory, then write it atomically: readers never see a partial file,
    and a full disk fails in one clean place (not inside python-docx's zip writer)."""
    import io

    from .atomicfile import write_bytes

    buf = io.BytesIO()
    doc.save(buf)
    return write_bytes(path, buf.getvalue())


def is_rtl_paragraph(paragraph: Paragraph) -> bool:
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.find(qn("w:bidi")) is not None


def is_rtl_run(run: Run) -> bool:
    rpr = run._r.rPr
    return rpr is not None and rpr.find(qn("w:rtl")) is not None


class PictureAdder:
    """Adds many pictures to one document in linear time.

    python-docx's ``add_picture`` scans the whole document for the next shape id, and every earlier
    picture and relationship for the next file name and rId, for each picture: a sheet of 800 badges
    took 14 s, 2,000 over a minute and a half. This keeps the next id, name and rId and the pictures
    by content at hand (``benchmarks/bench_badges.py``).
    """

    def __init__(self, doc: DocxDocument) -> None:
        self.part = doc.part
        self.images = self.part.package.image_parts
        ids = [int(value) for value in self.part.element.xpath("//@id") if value.isdigit()]
        self.next_id = max(ids, default=0) + 1
        self.next_name = max((p.partname.idx for p in self.images), default=0) + 1
        self.by_sha1 = {p.sha1: p for p in self.images}
        self.images_before = set(map(id, self.images))
        self.rids: dict[int, str] = {}  # image part → its relationship from this document
        self.next_rid = max((int(r[3:]) for r in self.part.rels if r[3:].isdigit()), default=0) + 1

    def add(self, run: Run, data: bytes, width: int) -> None:
        """``data`` (PNG or JPEG bytes) drawn in ``run``, ``width`` EMU wide (e.g. ``Mm(32)``)."""
        from docx.image.image import Image
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.oxml.shape import CT_Inline
        from docx.parts.image import ImagePart

        image = Image.from_blob(data)
        part = self.by_sha1.get(image.sha1)
        if part is None:
            part = ImagePart.from_image(image, PackURI(f"/word/media/image{self.next_name}.{image.ext}"))
            self.next_name += 1
            self.images.append(part)
            self.by_sha1[image.sha1] = part
        rid = self.rids.get(id(part))
        if rid is None:
            rid = self.part.relate_to(part, RT.IMAGE) if id(part) in self.images_before else self._relate(part)
            self.rids[id(part)] = rid
        cx, cy = image.scaled_dimensions(width, None)
        run._r.add_drawing(CT_Inline.new_pic_inline(self.next_id, rid, image.filename, cx, cy))
        self.next_id += 1

    def _relate(self, part: Any) -> str:
        """A relationship to a picture this adder created (none can exist yet): the next free rId."""
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        rid = f"rId{self.next_rid}"
        while rid in self.part.rels:
            self.next_rid += 1
            rid = f"rId{self.next_rid}"
        self.next_rid += 1
        self.part.rels.add_relationship(RT.IMAGE, part, rid)
        return rid
