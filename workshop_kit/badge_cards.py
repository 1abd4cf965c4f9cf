"""Printable badges: a Word sheet of cards (A4, 10 per page, dashed cut lines) and one PNG each.

The card shows the name in Latin and Arabic script, the organisation, the workshop, the QR code and
the short code for typing. The QR code holds only the opaque token (see ``badges``). PNGs are for
sending by phone or e-mail; Arabic names are laid out by Pillow's Raqm where the system has it
(libfribidi0), and shaped by ``arabic_shaping`` otherwise, so a name is never dropped or garbled.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .atomicfile import atomic_path
from .badges import Badge, ensure_badges
from .errors import Cancelled, ValidationError
from .i18n import _
from .participants import Participant
from .qr import EC_BADGE, qr_image, qr_picture
from .sqlconn import Database
from .workshops import Workshop, get_workshop

if TYPE_CHECKING:
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph
    from PIL.Image import Image as PilImage
    from PIL.ImageDraw import ImageDraw
    from PIL.ImageFont import FreeTypeFont

    from .docxutil import PictureAdder

CARD_W_MM, CARD_H_MM = 90, 54
COLUMNS, ROWS = 2, 5  # 10 cards on an A4 page
PNG_SIZE = (1063, 638)  # 90 × 54 mm at 300 dpi


@dataclass
class Card:
    participant: Participant
    badge: Badge


def cards(db: Database, workshop_id: str, participant_ids: list[str] | None = None) -> list[Card]:
    """Cards of the enrolled participants (badges issued where missing), sorted by name."""
    badges = ensure_badges(db, workshop_id, actor="badges")
    rows = db.execute(
        "SELECT p.* FROM participants p JOIN enrolments e ON e.participant_id = p.id"
        " WHERE e.workshop_id = ? AND p.erased_at IS NULL"
        " ORDER BY COALESCE(p.last_name, p.last_name_ar), COALESCE(p.first_name, p.first_name_ar)",
        [workshop_id],
    )
    cols = [d[0] for d in rows.description]
    wanted = set(participant_ids) if participant_ids else None
    out = []
    for r in rows.fetchall():
        p = Participant.from_row(dict(zip(cols, r, strict=True)))
        if (wanted is None or p.id in wanted) and p.id in badges:
            out.append(Card(p, badges[p.id]))
    if wanted is not None and len(out) < len(wanted):
        raise ValidationError(_("Some of the chosen participants are not enrolled in this workshop."))
    return out


# -- Word ----------------------------------------------------------------------------------------
def _set_table_borders(table: Table, style: str, color: str = "999999") -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), style)
        if style != "nil":
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), color)
        borders.append(el)
    tbl_pr.append(borders)


def _fixed_layout(table: Table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)


def _cell_paragraph(cell: _Cell, first: bool) -> Paragraph:
    return cell.paragraphs[0] if first else cell.add_paragraph()


def _fill_card(cell: _Cell, card: Card, workshop: Workshop, pictures: PictureAdder, lang: str = "fr") -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    from .docxutil import add_text, has_arabic, set_paragraph_rtl

    inner = cell.add_table(rows=1, cols=2)
    _set_table_borders(inner, "nil")
    _fixed_layout(inner)
    qr_cell, text_cell = inner.rows[0].cells
    qr_cell.width, text_cell.width = Mm(38), Mm(48)  # inside the 90 mm card and its cell margins
    inner.columns[0].width, inner.columns[1].width = Mm(38), Mm(48)  # the grid is what a fixed layout uses
    qr_cell.vertical_alignment = text_cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    para = qr_cell.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pictures.add(para.add_run(), qr_picture(card.badge.token, border=2, ec_level=EC_BADGE).data, Mm(32))
    code = qr_cell.add_paragraph()
    code.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(code, card.badge.human_code, bold=True, size_pt=10, font="Noto Sans")

    p = card.participant
    lines: list[tuple[str, float, bool]] = []
    if p.latin_name:
        lines.append((p.latin_name, 13, True))
    if p.arabic_name:
        lines.append((p.arabic_name, 14, True))
    if not lines:
        lines.append((p.display_name(), 13, True))
    if p.organisation_name:
        lines.append((p.organisation_name, 9, False))
    lines.append((workshop.title_in(lang), 8, False))
    for i, (text, size, bold) in enumerate(lines):
        para = _cell_paragraph(text_cell, i == 0)
        para.paragraph_format.space_after = Pt(2)
        add_text(para, text, bold=bold, size_pt=size)
        if has_arabic(text):
            set_paragraph_rtl(para)
    cell.paragraphs[0].paragraph_format.space_after = Pt(0)


def write_badges_docx(
    db: Database,
    workshop_id: str,
    path: str | os.PathLike[str],
    participant_ids: list[str] | None = None,
    lang: str | None = None,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict:
    """The printable sheet of badge cards; returns the count and the file written. ``progress``
    counts cards; ``cancelled`` stops before the file is written."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.shared import Mm, Pt

    from .docxutil import PictureAdder, new_document, save_atomic

    workshop = get_workshop(db, workshop_id)
    items = cards(db, workshop.id, participant_ids)
    if not items:
        raise ValidationError(_("No enrolled participants: enrol participants before printing badges."))
    doc = new_document(lang or workshop.language, margins_mm=10)
    section = doc.sections[0]
    section.left_margin = section.right_margin = Mm(15)
    section.top_margin = section.bottom_margin = Mm(12)
    doc.styles["Normal"].paragraph_format.space_after = Pt(0)
    rows = (len(items) + COLUMNS - 1) // COLUMNS
    table = doc.add_table(rows=rows, cols=COLUMNS)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _set_table_borders(table, "dashed")  # dashed lines between the cards: where to cut
    _fixed_layout(table)
    pictures = PictureAdder(doc)
    for r, row in enumerate(table.rows):
        _step(r * COLUMNS, len(items), progress, cancelled)
        row.height = Mm(CARD_H_MM)
        row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for c, cell in enumerate(row.cells):
            cell.width = Mm(CARD_W_MM)
            index = r * COLUMNS + c
            if index < len(items):
                _fill_card(cell, items[index], workshop, pictures, lang or workshop.language)
    # python-docx leaves one empty paragraph after the table; keep it tiny so no blank page appears.
    tail = doc.add_paragraph()
    tail.paragraph_format.space_after = Pt(0)
    tail.add_run().font.size = Pt(1)
    _step(len(items), len(items), progress, cancelled)
    save_atomic(doc, path)
    return {"path": str(path), "count": len(items), "pages": (len(items) + COLUMNS * ROWS - 1) // (COLUMNS * ROWS)}


# -- PNG -----------------------------------------------------------------------------------------
def _has_raqm() -> bool:
    """Pillow lays out complex scripts with libraqm, which needs the system's FriBiDi (libfribidi0)."""
    from PIL import features

    return bool(features.check("raqm"))


def _font(bold: bool, size: int, arabic: bool = False) -> FreeTypeFont:
    from PIL import ImageFont

    from .paths import resource

    name = ("NotoNaskhArabic" if arabic else "NotoSans") + ("-Bold" if bold else "-Regular") + ".ttf"
    engine = ImageFont.Layout.RAQM if _has_raqm() else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(resource("assets", "fonts", name)), size, layout_engine=engine)


def _arabic(text: str) -> tuple[str, dict]:
    """What to draw for a right-to-left line and how: Raqm lays it out itself; without it the line
    is shaped and put in visual order here (Pillow would otherwise raise or draw loose letters)."""
    if _has_raqm():
        return text, {"direction": "rtl"}
    from .arabic_shaping import visual

    return visual(text), {}


def _fit(draw: ImageDraw, text: str, bold: bool, size: int, width: int, arabic: bool = False) -> FreeTypeFont:
    text, options = _arabic(text) if arabic else (text, {})
    while size > 14:
        font = _font(bold, size, arabic)
        if draw.textlength(text, font=font, **options) <= width:
            return font
        size -= 2
    return _font(bold, size, arabic)


def _draw_line(draw: ImageDraw, x: int, y: int, width: int, text: str, font: FreeTypeFont, fill: str) -> None:
    """Latin text from the left edge; Arabic text from the right edge, right to left."""
    from .docxutil import has_arabic

    if has_arabic(text):
        shown, options = _arabic(text)
        draw.text((x + width, y), shown, font=font, fill=fill, anchor="ra", **options)
    else:
        draw.text((x, y), text, font=font, fill=fill)


def render_card(card: Card, workshop_title: str) -> PilImage:
    """One badge card as an image (QR on the left, names and details on the right)."""
    from PIL import Image, ImageDraw

    from .docxutil import has_arabic

    img = Image.new("RGB", PNG_SIZE, "white")
    draw = ImageDraw.Draw(img)
    qr = qr_image(card.badge.token, box_size=10, border=2).resize((470, 470), Image.Resampling.NEAREST)
    img.paste(qr, (30, 40))
    code_font = _font(True, 44)
    code = card.badge.human_code
    draw.text((30 + (470 - draw.textlength(code, font=code_font)) / 2, 525), code, font=code_font, fill="black")
    x, y, width = 530, 60, PNG_SIZE[0] - 530 - 30
    p = card.participant
    lines: list[tuple[str, bool, int, str]] = []
    if p.latin_name:
        lines.append((p.latin_name, True, 60, "black"))
    if p.arabic_name:
        lines.append((p.arabic_name, True, 64, "black"))
    if not lines:
        lines.append((p.display_name(), True, 60, "black"))
    if p.organisation_name:
        lines.append((p.organisation_name, False, 36, "#333333"))
    for text, bold, size, colour in lines:
        arabic = has_arabic(text)
        font = _fit(draw, text, bold, size, width, arabic)
        _draw_line(draw, x, y, width, text, font, colour)
        y += int(font.size * (1.6 if arabic else 1.35))
    y = max(y + 20, 420)
    title_font = _font(False, 28, has_arabic(workshop_title))
    for line in _wrap(draw, workshop_title, title_font, width)[:3]:
        _draw_line(draw, x, y, width, line, title_font, "#555555")
        y += 38
    draw.rectangle((0, 0, PNG_SIZE[0] - 1, PNG_SIZE[1] - 1), outline="#bbbbbb", width=3)
    return img


def _wrap(draw: ImageDraw, text: str, font: FreeTypeFont, width: int) -> list[str]:
    """Words in reading order, cut into lines that fit (Arabic lines are measured as drawn)."""
    from .docxutil import has_arabic

    def length(line: str) -> float:
        shown, options = _arabic(line) if has_arabic(line) else (line, {})
        return draw.textlength(shown, font=font, **options)

    words, lines, current = text.split(), [], ""
    for word in words:
        trial = f"{current} {word}".strip()
        if length(trial) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def _slug(text: str) -> str:
    slug = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-")
    return slug[:40] or "badge"


def write_badge_pngs(
    db: Database, workshop_id: str, folder: str | os.PathLike[str], participant_ids: list[str] | None = None, *,
    progress: Callable[[int, int, str], None] | None = None, cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """One PNG per participant (``Name-K7M4PQ.png``), each written to a temp name then renamed.

    ``progress`` counts pictures (about 50 ms each); when ``cancelled()`` turns true the pictures of
    this run are removed again, so a cancelled run leaves no half set behind."""
    workshop = get_workshop(db, workshop_id)
    folder = Path(folder)
    existed = folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    items = cards(db, workshop.id, participant_ids)
    try:
        for k, card in enumerate(items):
            _step(k, len(items), progress, cancelled)
            name = _slug(card.participant.latin_name or card.participant.arabic_name or "badge")
            target = folder / f"{name}-{card.badge.short_code}.png"
            with atomic_path(target, ".png") as tmp:
                render_card(card, workshop.title).save(tmp, format="PNG")
            written.append(target)
    except Cancelled:
        for done in written:
            done.unlink(missing_ok=True)
        if not existed:
            with contextlib.suppress(OSError):  # something else was put there meanwhile: keep it
                folder.rmdir()
        raise
    _step(len(items), len(items), progress, None)
    return written


def _step(done: int, total: int, progress: Callable[[int, int, str], None] | None,
          cancelled: Callable[[], bool] | None) -> None:
    if cancelled and cancelled():
        raise Cancelled(_("Badges cancelled: no badge file was written."))
    if progress:
        progress(done, total, "")
