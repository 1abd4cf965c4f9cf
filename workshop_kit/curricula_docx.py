"""Word documents from the curricula: handouts, the pre/post test, the workshop agenda.

Documents are written in the language asked for, whatever the app's language (a French-speaking
trainer prints Arabic handouts). Arabic documents are right-to-left throughout: ``w:bidi`` on every
paragraph and table, ``w:rtl`` and the Arabic font on Arabic runs (``docxutil``). The Markdown body
is converted here (headings, paragraphs, lists, quotes, tables, bold/italic, links, images).
"""

from __future__ import annotations

import re
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from . import docxutil
from .curricula import Module, ModuleText, trainer_sections, without_answer_keys
from .curricula_agenda import Agenda
from .i18n import LANGUAGE_NAMES, N_, Nn_, translate, translate_n
from .workshops import Workshop

_INLINE = re.compile(r"(\*\*[^*]+\*\*|__[^_]+__|\*[^*\s][^*]*\*|`[^`]+`|!\[[^\]]*\]\([^)]*\)|\[[^\]]+\]\([^)]+\))")
_LIST = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+(.*)$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_IMAGE_LINE = re.compile(r"^!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?[^)]*\)\s*$")
HEAD_COLOR = RGBColor(0x1F, 0x4E, 0x79)


def _t(text: str, lang: str) -> str:
    return translate(text, lang)


def _ltr(value: object, lang: str) -> str:
    """Dates and times keep their order inside Arabic text (left-to-right embedding)."""
    return f"\u202a{value}\u202c" if lang == "ar" else str(value)


class Plain(str):
    """Text typed by a trainer (workshop titles, venues, session titles): printed as written, never as
    Markdown (``%*.*s`` stays ``%*.*s``)."""


class _Writer:
    """A document in one language, with helpers that keep Arabic right-to-left everywhere."""

    def __init__(self, lang: str, landscape: bool = False) -> None:
        self.lang = lang
        self.rtl = lang == "ar"
        self.doc = docxutil.new_document(lang, landscape=landscape)
        for name, size in (("Title", 22), ("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5)):
            style = self.doc.styles[name]
            style.font.name = docxutil.LATIN_FONT
            style.font.size = Pt(size)
            style.font.color.rgb = HEAD_COLOR
            rpr = style.element.get_or_add_rPr()
            fonts = docxutil.rpr_child(rpr, "rFonts")
            for attr in ("w:ascii", "w:hAnsi", "w:cs"):
                fonts.set(qn(attr), docxutil.ARABIC_FONT if attr == "w:cs" else docxutil.LATIN_FONT)
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
                fonts.attrib.pop(qn(attr), None)

    def para(self, text: str = "", style: str | None = None, *, bold: bool = False, italic: bool = False,
             size: float | None = None, rtl: bool | None = None):  # noqa: ANN201
        p = self.doc.add_paragraph(style=style)
        if text:
            self.inline(p, text, bold=bold, italic=italic, size=size)
        self._direction(p, rtl)
        return p

    def _direction(self, p, rtl: bool | None = None) -> None:  # noqa: ANN001
        """Right-to-left for Arabic documents (``docxutil.set_paragraph_rtl``), unless ``rtl`` says otherwise."""
        if not (self.rtl if rtl is None else rtl):
            return
        docxutil.set_paragraph_rtl(p)

    def heading(self, text: str, level: int = 1):  # noqa: ANN201
        return self.para(text, "Title" if level == 0 else f"Heading {min(level, 3)}")

    def inline(self, p, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None) -> None:  # noqa: ANN001
        """Add Markdown inline text (bold, italic, code, links) as runs; ``Plain`` text as it is."""
        if isinstance(text, Plain):
            docxutil.add_text(p, text, bold=bold, italic=italic, size_pt=size)
            return
        for part in _INLINE.split(text):
            if not part:
                continue
            b, i, shown = bold, italic, part
            if part.startswith(("**", "__")) and len(part) > 4:
                b, shown = True, part[2:-2]
            elif part.startswith("`"):
                shown = part[1:-1]
            elif part.startswith("!["):
                continue
            elif part.startswith("[") and "](" in part:
                label, url = part[1:].split("](", 1)
                shown = label if label.strip() == url[:-1].strip() else f"{label} ({url[:-1]})"
            elif part.startswith("*") and part.endswith("*") and len(part) > 2:
                i, shown = True, part[1:-1]
            docxutil.add_text(p, shown, bold=b, italic=i, size_pt=size)

    def item(self, text: str, marker: str = "•", level: int = 1) -> None:
        """A list item as a plain paragraph with its marker: Word's list numbering ignores the
        paragraph direction in LibreOffice and continues numbers across lists."""
        p = self.para()
        p.paragraph_format.space_after = Pt(2)
        indent = OxmlElement("w:ind")
        indent.set(qn("w:start"), str(280 * level))
        indent.set(qn("w:hanging"), "280")
        p._p.get_or_add_pPr().append(indent)
        docxutil.add_text(p, marker + "\t" if marker else "")
        self.inline(p, text)

    def bullets(self, items: list[str], numbered: bool = False) -> None:
        for n, item in enumerate(items, 1):
            self.item(item, f"{n}." if numbered else "•")

    def table(self, header: list[str], rows: list[list[str]], widths_mm: list[float] | None = None,
              ltr_columns: tuple[int, ...] = ()):  # noqa: ANN201
        table = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        table.style = "Table Grid"
        if self.rtl:
            tblpr = table._tbl.tblPr
            tblpr.append(OxmlElement("w:bidiVisual"))
        for r, values in enumerate([header, *rows]):
            for c, value in enumerate(values):
                cell = table.cell(r, c)
                p = cell.paragraphs[0]
                self.inline(p, value if isinstance(value, str) else str(value), bold=r == 0, size=9.5)
                ltr = r > 0 and c in ltr_columns and not docxutil.has_arabic(str(value))
                self._direction(p, False if ltr else None)
                if self.rtl and ltr:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if widths_mm:
                    cell.width = Mm(widths_mm[c])
        if widths_mm:
            for c, w in enumerate(widths_mm):
                table.columns[c].width = Mm(w)
        self.doc.add_paragraph()
        return table

    def markdown(self, text: str, folder: Path | None = None) -> None:
        """Convert a Markdown body: headings one level down (## → Heading 1)."""
        lines = text.replace("\r\n", "\n").split("\n")
        i = 0
        buffer: list[str] = []

        def flush() -> None:
            if buffer:
                self.para(" ".join(s.strip() for s in buffer))
                buffer.clear()

        while i < len(lines):
            line = lines[i]
            stripped = line.strip()
            if not stripped or re.match(r"^(-{3,}|\*{3,})$", stripped):
                flush()
            elif m := _HEADING.match(stripped):
                flush()
                self.heading(m.group(2), max(1, len(m.group(1)) - 1))
            elif stripped.startswith("|"):
                flush()
                block = []
                while i < len(lines) and lines[i].strip().startswith("|"):
                    block.append(lines[i].strip())
                    i += 1
                self._md_table(block)
                continue
            elif m := _IMAGE_LINE.match(stripped):
                flush()
                target = (folder / m.group(2)) if folder else None
                if target and target.is_file():
                    try:
                        self.doc.add_picture(str(target), width=Mm(120))
                    except Exception:  # noqa: BLE001 - an unreadable picture is replaced by its caption
                        pass
                    self._direction(self.doc.paragraphs[-1])
                if m.group(1):
                    self.para(m.group(1), italic=True, size=9)
            elif m := _LIST.match(line):
                flush()
                indent, marker, content = m.groups()
                level = 2 if len(indent.replace("\t", "  ")) >= 2 else 1
                self.item(content, marker if marker[0].isdigit() else ("•" if level == 1 else "◦"), level)
            elif stripped.startswith(">"):
                flush()
                self.para(stripped.lstrip("> ").strip(), "Quote")
            else:
                buffer.append(line)
            i += 1
        flush()

    def _md_table(self, block: list[str]) -> None:
        rows = [[c.strip() for c in row.strip("|").split("|")] for row in block]
        rows = [r for r in rows if not all(re.match(r"^:?-{2,}:?$", c) or not c for c in r)]
        if not rows:
            return
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        self.table(rows[0], rows[1:])

    def save(self, path: str | Path) -> Path:
        return docxutil.save_atomic(self.doc, path)


def _fmt_minutes(minutes: int, lang: str) -> str:
    h, m = divmod(minutes, 60)
    if not h:
        return translate_n(Nn_("%n min"), m, lang)
    return translate_n(Nn_("%n min ({h} h {m:02d})"), minutes, lang).format(h=h, m=m)


def _fallback_note(w: _Writer, module: Module, text: ModuleText, lang: str) -> None:
    if text.lang != lang:
        w.para(_t(N_("This module is not yet translated into {language}; the {shown} text is shown."), lang).format(
            language=LANGUAGE_NAMES.get(lang, lang), shown=LANGUAGE_NAMES.get(text.lang, text.lang)), italic=True)


def export_handout(module: Module, lang: str, path: str | Path, *, participant: bool = True) -> Path:
    """The module as a Word handout. ``participant=True`` leaves out the facilitator notes, the
    trainer's steps and the quiz answers; ``False`` is the full trainer's version."""
    text, _fallback = module.text(lang)
    w = _Writer(lang)
    w.heading(text.title, 0)
    _fallback_note(w, module, text, lang)
    w.para(text.summary, italic=True)
    facts = [(N_("Duration"), _fmt_minutes(text.duration, lang)), (N_("Audience"), text.audience)]
    if text.prerequisites:
        facts.append((N_("Prerequisites"), text.prerequisites))
    if not participant:
        facts.append((N_("Version"), f"{text.version} ({_ltr(text.updated, lang)})"))
    for label, value in facts:
        p = w.para()
        docxutil.add_text(p, _t(label, lang) + " : " if lang == "fr" else _t(label, lang) + ": ", bold=True)
        w.inline(p, value)
    w.heading(_t(N_("Objectives"), lang), 1)
    w.bullets(text.objectives)
    w.heading(_t(N_("Programme"), lang), 1)
    rows = []
    for i, s in enumerate(text.sessions, 1):
        for j, a in enumerate(s.activities):
            optional = "" if s.core else f" ({_t(N_('optional'), lang)})"
            rows.append([f"{i}. {s.title}{optional}" if j == 0 else "", a.title, a.method, str(a.minutes)])
    rows.append([_t(N_("Total"), lang), "", "", str(text.duration)])
    w.table([_t(N_("Session"), lang), _t(N_("Activity"), lang), _t(N_("Method"), lang), _t(N_("Minutes"), lang)],
            rows, [45, 60, 45, 20], ltr_columns=(3,))
    if not participant:
        for i, s in enumerate(text.sessions, 1):
            optional = "" if s.core else f" ({_t(N_('optional'), lang)})"
            w.heading(f"{i}. {s.title} — {_fmt_minutes(s.minutes, lang)}{optional}", 2)
            for a in s.activities:
                w.para(f"{a.title} ({a.minutes} min, {a.method})", bold=True)
                w.bullets(a.steps, numbered=True)
                if a.materials:
                    p = w.para()
                    docxutil.add_text(p, _t(N_("Materials"), lang) + ": ", italic=True)
                    w.inline(p, ", ".join(a.materials), italic=True)
    w.heading(_t(N_("Key messages"), lang), 1)
    w.bullets(text.key_messages)
    w.markdown(without_answer_keys(text.body) if participant else text.body, module.folder)
    w.heading(_t(N_("Sources"), lang), 1)
    w.bullets([f"{s.title} — {s.publisher}, {s.year}" + (f". {s.url}" if s.url else "") for s in text.sources])
    if not participant:
        w.heading(_t(N_("Facilitator notes"), lang), 1)
        w.markdown(text.facilitator_notes, module.folder)
        w.doc.add_page_break()
        _quiz(w, module, text, lang, answer_key=True)
    return w.save(path)


def export_materials(module: Module, lang: str, path: str | Path) -> Path:
    """The cards and sheets to print and cut out (the body's trainer-only sections), without the rest of
    the module: what a trainer takes to the photocopier the day before."""
    text, _fallback = module.text(lang)
    w = _Writer(lang)
    w.heading(text.title, 0)
    _fallback_note(w, module, text, lang)
    w.heading(_t(N_("Materials to print"), lang), 1)
    materials = trainer_sections(text.body)
    if materials.strip():
        w.markdown(materials, module.folder)
    else:
        w.para(_t(N_("This module has no cards or sheets to print."), lang), italic=True)
    return w.save(path)


def _quiz(w: _Writer, module: Module, text: ModuleText, lang: str, *, answer_key: bool) -> None:
    title = _t(N_("Pre/post test — answer key"), lang) if answer_key else _t(N_("Pre/post test"), lang)
    w.heading(title, 1)
    w.para(text.title, italic=True)
    if not answer_key:
        w.para(_t(N_("Name or code: ____________________    Date: ____________"), lang))
        w.para("☐ " + _t(N_("Before the module (pre-test)"), lang) + "      ☐ " + _t(N_("After the module (post-test)"), lang))
        w.para(_t(N_("Tick one answer per question."), lang), italic=True, size=9)
    letters = "ABCDE" if lang != "ar" else "أبجدهـ"
    for i, q in enumerate(text.quiz, 1):
        w.para(f"{i}. {q.question}", bold=True)
        for k, choice in enumerate(q.choices):
            right = answer_key and choice == q.answer
            mark = "☒" if right else "☐"
            label = letters[k] if k < len(letters) else str(k + 1)
            w.para(f"{mark} {label}. {choice}" + (" ✓" if right else ""), bold=right)
        if answer_key and q.explanation:
            w.para(q.explanation, italic=True, size=9.5)
    p = w.para()
    docxutil.add_text(p, _t(N_("Score"), lang) + f": ______ / {len(text.quiz)}", bold=True)


def export_quiz(module: Module, lang: str, path: str | Path, *, answer_key: bool = False) -> Path:
    """The pre/post test to print: the participant's sheet, or the answer key with explanations."""
    text, _fallback = module.text(lang)
    w = _Writer(lang)
    _fallback_note(w, module, text, lang)
    _quiz(w, module, text, lang, answer_key=answer_key)
    return w.save(path)


def export_agenda(agenda: Agenda, workshop: Workshop, catalog, lang: str, path: str | Path) -> Path:  # noqa: ANN001
    """The workshop programme, day by day, with times, modules, sessions, activities and totals."""
    w = _Writer(lang, landscape=True)
    w.heading(Plain(workshop.title_in(lang)), 0)
    place = workshop.place_in(lang)
    w.para(Plain(_ltr(f"{workshop.start_date} → {workshop.end_date}", lang) + (f" — {place}" if place else "")))
    if workshop.trainer_in(lang):
        w.para(Plain(_t(N_("Trainer: {name}"), lang).format(name=workshop.trainer_in(lang))))
    totals = agenda.totals()
    for n, day in enumerate(agenda.days, 1):
        items = agenda.day(day)
        w.heading(_t(N_("Day {n} — {date}"), lang).format(n=n, date=_ltr(day, lang)), 1)
        if not items:
            w.para(_t(N_("Nothing planned."), lang), italic=True)
            continue
        rows = []
        for e in items:
            module = catalog.modules.get(e.module_id)
            if module is None:
                rows.append([f"{e.start} - {e.end}", e.module_id, Plain(e.title), _t(N_("(module not installed)"), lang),
                             str(e.minutes)])
                continue
            text, _fb = module.text(lang)
            session = text.sessions[e.session_index] if e.session_index < len(text.sessions) else None
            activities = "; ".join(f"{a.title} ({a.minutes})" for a in session.activities) if session else ""
            rows.append([f"{e.start} - {e.end}", text.title, session.title if session else Plain(e.title), activities,
                         str(e.minutes)])
        rows.append(["", "", "", _t(N_("Total for the day"), lang), str(totals[day]["minutes"])])
        w.table([_t(N_("Time"), lang), _t(N_("Module"), lang), _t(N_("Session"), lang), _t(N_("Activities"), lang),
                 _t(N_("Minutes"), lang)], rows, [32, 58, 52, 98, 17], ltr_columns=(0, 4))
    p = w.para()
    docxutil.add_text(p, _t(N_("Total training time: {time}"), lang).format(
        time=_fmt_minutes(agenda.total_minutes(), lang)), bold=True)
    return w.save(path)
