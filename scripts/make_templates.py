"""Build the bundled certificate templates in assets/templates/ (French, Arabic, bilingual).

Run ``python scripts/make_templates.py`` after changing the design; the .docx files are committed so
the app never needs this script at run time. Placeholders are ``{{name}}`` (see
``workshop_kit.templating.KNOWN_FIELDS``); ``{{logo:20}}``, ``{{qr:30}}`` and ``{{signature:14}}``
are pictures with their height in millimetres.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt, RGBColor  # noqa: E402

from workshop_kit.docxutil import (  # noqa: E402
    new_document,
    save_atomic,
    set_paragraph_rtl,
    set_run_rtl,
)

TEAL = RGBColor(0x1F, 0x5F, 0x6B)
GOLD = RGBColor(0xB0, 0x82, 0x2A)
INK = RGBColor(0x22, 0x2B, 0x33)
GREY = RGBColor(0x5F, 0x6B, 0x73)
OUT = ROOT / "assets" / "templates"
CENTER, LEFT, RIGHT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT


def page_border(section) -> None:  # noqa: ANN001
    """A double teal frame with a thin gold inner line, drawn by Word itself (no picture)."""
    borders = OxmlElement("w:pgBorders")
    borders.set(qn("w:offsetFrom"), "page")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "thinThickThinSmallGap")
        el.set(qn("w:sz"), "24")
        el.set(qn("w:space"), "24")
        el.set(qn("w:color"), "1F5F6B")
        borders.append(el)
    sect = section._sectPr
    # pgBorders must follow pgMar in the schema order.
    pgmar = sect.find(qn("w:pgMar"))
    pgmar.addnext(borders)


def para(container, text: str = "", *, size: float = 12, bold: bool = False, italic: bool = False,  # noqa: ANN001, ANN201
         color: RGBColor = INK, align=CENTER, before: float = 0, after: float = 0, rtl: bool = False,  # noqa: ANN001
         spacing: int = 0, font: str | None = None, line: float | None = None):
    p = container.add_paragraph()
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if line:
        fmt.line_spacing = line
    if rtl:
        set_paragraph_rtl(p)  # alignment is set just after
    p.alignment = align
    if text:
        run(p, text, size=size, bold=bold, italic=italic, color=color, rtl=rtl, spacing=spacing, font=font)
    return p


def run(p, text: str, *, size: float = 12, bold: bool = False, italic: bool = False,  # noqa: ANN001, ANN201
        color: RGBColor = INK, rtl: bool = False, spacing: int = 0, font: str | None = None):
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold or None
    r.italic = italic or None
    r.font.color.rgb = color
    if font:
        r.font.name = font
    rpr = r._r.get_or_add_rPr()
    if rtl:
        set_run_rtl(r, size_pt=size)
    else:
        # Latin runs still get a complex-script size so an Arabic value placed there matches.
        set_run_rtl(r, rtl=False, size_pt=size)
    if bold:
        rpr.append(OxmlElement("w:bCs"))
    if spacing:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        rpr.append(sp)
    return r


def rule(container, width_mm: float, page_text_mm: float, *, before: float = 2, after: float = 6) -> None:  # noqa: ANN001
    """A short centred gold line: a bottom border on an empty, indented paragraph."""
    p = para(container, before=before, after=after)
    indent = Mm((page_text_mm - width_mm) / 2)
    p.paragraph_format.left_indent = indent
    p.paragraph_format.right_indent = indent
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "12"), ("space", "1"), ("color", "B0822A")):
        bottom.set(qn(f"w:{k}"), v)
    bdr.append(bottom)
    ppr.insert(0, bdr)
    run(p, "", size=4)


def borderless(table, rtl: bool = False) -> None:  # noqa: ANN001
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)
    if rtl:
        tblpr.append(OxmlElement("w:bidiVisual"))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER


def cell_paragraph(cell):  # noqa: ANN001, ANN201
    """The cell's first (empty) paragraph, reused so cells hold no stray blank line."""
    return cell.paragraphs[0]


def fill_cell(cell, lines: list[tuple], rtl: bool = False) -> None:  # noqa: ANN001
    """``lines``: (text, size, bold, color, align, before, after) per paragraph."""
    first = True
    for text, size, bold, color, align, before, after in lines:
        if first:
            p = cell_paragraph(cell)
            fmt = p.paragraph_format
            fmt.space_before, fmt.space_after = Pt(before), Pt(after)
            if rtl:
                set_paragraph_rtl(p)  # alignment is set just after
            p.alignment = align
            if text:
                run(p, text, size=size, bold=bold, color=color, rtl=rtl)
            first = False
        else:
            para(cell, text, size=size, bold=bold, color=color, align=align, before=before, after=after, rtl=rtl)


def setup(lang: str):  # noqa: ANN201
    doc = new_document("ar" if lang == "ar" else "fr", landscape=True, margins_mm=16)
    section = doc.sections[0]
    section.top_margin = section.bottom_margin = Mm(14)
    page_border(section)
    doc.core_properties.title = "Workshop Kit certificate"
    doc.core_properties.author = "Workshop Kit"
    doc.core_properties.comments = f"certificate template ({lang})"
    # Tight default paragraphs: the whole certificate must fit one landscape page.
    doc.styles["Normal"].paragraph_format.space_after = Pt(0)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.0
    return doc


TEXT_MM = 297 - 32


def header(doc, rtl: bool, programme_line: str) -> None:  # noqa: ANN001
    table = doc.add_table(rows=1, cols=2)
    borderless(table, rtl)
    table.columns[0].width = table.cell(0, 0).width = Mm(90)
    table.columns[1].width = table.cell(0, 1).width = Mm(TEXT_MM - 90)
    start, end = LEFT, RIGHT  # in a right-to-left paragraph Word reads left/right as start/end
    fill_cell(table.cell(0, 0), [("{{logo:20}}", 10, False, INK, start, 0, 0)], rtl)
    fill_cell(
        table.cell(0, 1),
        [
            (programme_line, 11, True, TEAL, end, 2, 1),
            ("{{organisation_name}}", 10, False, GREY, end, 0, 0),
        ],
        rtl,
    )


def footer_table(doc, rtl: bool, trainer_label: str, issued: str, number: str, code: str, eu_key: str) -> None:  # noqa: ANN001
    table = doc.add_table(rows=1, cols=3)
    borderless(table, rtl)
    widths = (Mm(80), Mm(TEXT_MM - 160), Mm(80))
    for i, w in enumerate(widths):
        table.columns[i].width = table.cell(0, i).width = w
    start, end = LEFT, RIGHT  # in a right-to-left paragraph Word reads left/right as start/end
    fill_cell(
        table.cell(0, 0),
        [
            ("{{signature:14}}", 10, False, INK, start, 0, 0),
            ("{{trainer_name}}", 11, True, INK, start, 2, 0),
            (trainer_label, 9, False, GREY, start, 0, 0),
        ],
        rtl,
    )
    fill_cell(
        table.cell(0, 1),
        [
            (issued, 10, False, GREY, CENTER, 14, 8),
            (eu_key, 7.5, False, GREY, CENTER, 0, 0),
        ],
        rtl,
    )
    fill_cell(
        table.cell(0, 2),
        [
            ("{{qr:27}}", 10, False, INK, end, 0, 1),
            (number, 8.5, False, INK, end, 0, 0),
            (code, 8.5, True, TEAL, end, 0, 0),
        ],
        rtl,
    )
    # The trainer signs above a short line.
    signed = table.cell(0, 0).paragraphs[1]
    ppr = signed._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for k, v in (("val", "single"), ("sz", "6"), ("space", "4"), ("color", "5F6B73")):
        top.set(qn(f"w:{k}"), v)
    bdr.append(top)
    ppr.append(bdr)
    signed.paragraph_format.right_indent = Mm(25)  # the end side, in either direction
    table.cell(0, 0).paragraphs[0].paragraph_format.space_before = Pt(14)
    # A tiny last paragraph: Word wants one after a table, and it must not push to a second page.
    para(doc, "", size=2)
    last = doc.paragraphs[-1]
    last.paragraph_format.line_spacing = Pt(2)
    run(last, "", size=2)


def french():  # noqa: ANN201
    doc = setup("fr")
    header(doc, False, "Programme {{programme}}")
    para(doc, "ATTESTATION DE PARTICIPATION", size=30, bold=True, color=TEAL, before=24, spacing=40)
    rule(doc, 70, TEXT_MM, before=2, after=16)
    para(doc, "Nous attestons que", size=13, color=GREY, after=6)
    para(doc, "{{participant_name}}", size=28, bold=True, color=INK, after=10)
    para(doc, "a participé à l'atelier de formation", size=13, color=GREY, after=4)
    para(doc, "« {{workshop_title}} »", size=17, bold=True, color=TEAL, after=12)
    para(doc, "{{dates}} — {{place}}", size=12, color=INK, after=3)
    para(doc, "{{hours}} heures de formation suivies", size=12, color=INK, after=3)
    para(doc, "Modules : {{modules}}", size=10, color=GREY, after=48)
    footer_table(doc, False, "{{trainer_label}}", "Fait le {{issue_date}}",
                 "N° {{certificate_number}}", "Code de vérification : {{verify_code}}", "{{eu_mention}}")
    return doc


def arabic():  # noqa: ANN201
    doc = setup("ar")
    header(doc, True, "برنامج {{programme}}")
    para(doc, "شهادة مشاركة", size=32, bold=True, color=TEAL, before=10, rtl=True, align=CENTER)
    rule(doc, 70, TEXT_MM, before=2, after=16)
    para(doc, "نشهد بأنّ", size=14, color=GREY, after=4, rtl=True)
    para(doc, "{{participant_name}}", size=28, bold=True, color=INK, after=10, rtl=True)
    para(doc, "قد {{participated}} في الورشة التكوينية", size=14, color=GREY, after=4, rtl=True)
    para(doc, "« {{workshop_title}} »", size=17, bold=True, color=TEAL, after=12, rtl=True)
    para(doc, "{{dates}} — {{place}}", size=13, color=INK, after=3, rtl=True)
    para(doc, "{{hours}} ساعة من التكوين", size=13, color=INK, after=3, rtl=True)
    para(doc, "الوحدات: {{modules}}", size=11, color=GREY, after=26, rtl=True)
    footer_table(doc, True, "{{trainer_label}}", "حُرّرت في {{issue_date}}",
                 "رقم الشهادة: {{certificate_number}}", "رمز التحقق: {{verify_code}}", "{{eu_mention}}")
    return doc


def bilingual():  # noqa: ANN201
    doc = setup("fr")
    header(doc, False, "Programme {{programme_fr}} — برنامج {{programme_ar}}")
    para(doc, "ATTESTATION DE PARTICIPATION", size=24, bold=True, color=TEAL, before=8, spacing=30)
    para(doc, "شهادة مشاركة", size=24, bold=True, color=TEAL, rtl=True, align=CENTER)
    rule(doc, 70, TEXT_MM, before=4, after=8)
    para(doc, "{{participant_name_latin}}", size=24, bold=True, color=INK, after=0)
    para(doc, "{{participant_name_ar}}", size=24, bold=True, color=INK, after=14, rtl=True, align=CENTER)
    table = doc.add_table(rows=1, cols=2)
    borderless(table)
    half = Mm((TEXT_MM - 10) / 2)
    for i in range(2):
        table.columns[i].width = table.cell(0, i).width = half
    fill_cell(
        table.cell(0, 0),
        [
            ("a participé à l'atelier de formation", 11, False, GREY, CENTER, 0, 2),
            ("« {{workshop_title_fr}} »", 14, True, TEAL, CENTER, 0, 3),
            ("{{dates_fr}} — {{place_fr}}", 11, False, INK, CENTER, 0, 2),
            ("{{hours}} heures de formation suivies", 11, False, INK, CENTER, 0, 2),
            ("Modules : {{modules_fr}}", 9, False, GREY, CENTER, 0, 0),
        ],
    )
    fill_cell(
        table.cell(0, 1),
        [
            ("قد {{participated_ar}} في الورشة التكوينية", 12, False, GREY, CENTER, 0, 2),
            ("{{workshop_title_ar}}", 14, True, TEAL, CENTER, 0, 3),
            ("{{dates_ar}} — {{place_ar}}", 12, False, INK, CENTER, 0, 2),
            ("{{hours}} ساعة من التكوين", 12, False, INK, CENTER, 0, 2),
            ("الوحدات: {{modules_ar}}", 10, False, GREY, CENTER, 0, 0),
        ],
        rtl=True,
    )
    para(doc, "", size=6, after=14)
    footer_table(doc, False, "{{trainer_label_fr}}", "Fait le {{issue_date_fr}}",
                 "N° {{certificate_number}}", "Code : {{verify_code}}", "{{eu_mention_fr}}")
    footer = doc.tables[-1]
    # Arabic lines of the bilingual footer, each in a right-to-left paragraph of its own.
    para(footer.cell(0, 0), "{{trainer_label_ar}}", size=9, color=GREY, align=RIGHT, rtl=True)  # end = left
    issued = footer.cell(0, 1).paragraphs[0]
    arabic_issued = para(footer.cell(0, 1), "حُرّرت في {{issue_date_ar}}", size=10, color=GREY, align=CENTER,
                         rtl=True, after=6)
    issued.paragraph_format.space_after = Pt(0)
    issued._p.addnext(arabic_issued._p)

    return doc


RPR_ORDER = [
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
    "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
    "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs",
    "em", "lang", "eastAsianLayout", "specVanish", "oMath",
]
PPR_ORDER = [
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
    "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
    "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
]


def schema_order(doc) -> None:  # noqa: ANN001
    """Word rejects properties out of schema order (LibreOffice forgives): sort rPr and pPr children."""
    for tag, order in (("w:rPr", RPR_ORDER), ("w:pPr", PPR_ORDER)):
        rank = {qn(f"w:{name}"): i for i, name in enumerate(order)}
        for props in doc.element.iter(qn(tag)):
            children = list(props)
            children.sort(key=lambda el: rank.get(el.tag, len(rank)))
            for child in children:
                props.append(child)
    styles = doc.styles.element
    for tag, order in (("w:rPr", RPR_ORDER), ("w:pPr", PPR_ORDER)):
        rank = {qn(f"w:{name}"): i for i, name in enumerate(order)}
        for props in styles.iter(qn(tag)):
            children = sorted(props, key=lambda el: rank.get(el.tag, len(rank)))
            for child in children:
                props.append(child)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in (("certificate_fr", french), ("certificate_ar", arabic), ("certificate_fr_ar", bilingual)):
        doc = build()
        schema_order(doc)
        path = save_atomic(doc, OUT / f"{name}.docx")
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
