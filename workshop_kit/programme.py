"""The coordinator's programme view: the donor report over the workshops a filter picks.

A coordinator merges bundles from many trainers (``inbox``) and reports to the donor on the whole
programme or a slice of it: a period, a city, a partner organisation, a module. The figures are the
donor report's (``report.build_report`` over the chosen workshops, so every definition is the same),
plus the workshops held and the certificates issued.

Filters:

- *Period*: workshops that **start** between ``date_from`` and ``date_to`` (inclusive). A workshop
  spanning two quarters is counted once, in the quarter it started, so consecutive periods add up.
- *City*, *partner*: the workshop's city and partner organisation (``workshops.partner``), compared
  without case or accents.
- *Module*: workshops that list the module or hold a session of it; the knowledge gain is then shown
  for that module only.

Anonymised like the donor report (small cells shown as "<3"). Exports: XLSX (tables and charts),
a one-page Word summary whose bars are images inside Word tables (labels stay Word text, so Arabic
is shaped and reads right to left in any Word or LibreOffice), and that summary as PDF (LibreOffice).
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from . import report as report_mod
from .errors import Cancelled, ValidationError
from .i18n import N_, _, translate
from .sqlconn import Database
from .textnorm import fold

SUMMARY_DIMENSIONS = ("gender", "age_band", "nationality_group", "organisation_kind")
BAR_COLOUR, PRE_COLOUR = (47, 111, 159), (170, 178, 189)


@dataclass(frozen=True)
class Filters:
    date_from: str | None = None
    date_to: str | None = None
    city: str | None = None
    partner: str | None = None
    module: str | None = None

    def checked(self) -> Filters:
        """The filters with empty values dropped and dates checked (``ValidationError`` says which)."""
        values = {k: (v.strip() if isinstance(v, str) else v) or None for k, v in asdict(self).items()}
        for key, label in (("date_from", "--from"), ("date_to", "--to")):
            if given := values[key]:
                try:
                    values[key] = date.fromisoformat(given).isoformat()
                except ValueError as exc:
                    raise ValidationError(
                        _("{option}: '{value}' is not a date; write it as YYYY-MM-DD (e.g. 2026-03-31).").format(
                            option=label, value=given), key) from exc
        if values["date_from"] and values["date_to"] and values["date_from"] > values["date_to"]:
            raise ValidationError(_("The period ends before it starts: {start} > {end}.").format(
                start=values["date_from"], end=values["date_to"]), "date_to")
        return Filters(**values)

    def describe(self, lang: str | None = None) -> str:
        """One line saying what the figures cover, e.g. "Period: 2026-01-01 – 2026-03-31 · City: Rabat"."""
        t = lambda text: translate(text, lang)  # noqa: E731
        parts = []
        if self.date_from or self.date_to:
            parts.append(t(N_("Period: {start} – {end}")).format(start=self.date_from or "…", end=self.date_to or "…"))
        for value, label in ((self.city, N_("City: {value}")), (self.partner, N_("Partner: {value}")),
                             (self.module, N_("Module: {value}"))):
            if value:
                parts.append(t(label).format(value=value))
        return " · ".join(parts) if parts else t(N_("All workshops"))


def _modules_of(value: str | None) -> set[str]:
    try:
        items = json.loads(value or "[]")
    except ValueError:
        return set()
    return {str(m) for m in items} if isinstance(items, list) else set()


def select_workshops(db: Database, filters: Filters) -> list[str]:
    """Ids of the workshops the filters pick, oldest first."""
    f = filters.checked()
    where, params = [], []
    if f.date_from:
        where.append("start_date >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("start_date <= ?")
        params.append(f.date_to)
    sql = "SELECT id, city, partner, modules FROM workshops"
    rows = db.execute(sql + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY start_date, title",
                      params).fetchall()
    session_modules: dict[str, set[str]] = {}
    if f.module:
        for wid, mid in db.execute("SELECT DISTINCT workshop_id, module_id FROM sessions WHERE module_id IS NOT NULL"):
            session_modules.setdefault(wid, set()).add(mid)
    city, partner = fold(f.city) if f.city else None, fold(f.partner) if f.partner else None
    picked = []
    for wid, w_city, w_partner, modules in rows:
        if city is not None and fold((w_city or "").strip()) != city:
            continue
        if partner is not None and fold((w_partner or "").strip()) != partner:
            continue
        if f.module and f.module not in _modules_of(modules) | session_modules.get(wid, set()):
            continue
        picked.append(wid)
    return picked


def choices(db: Database) -> dict[str, Any]:
    """What the filters can take in this data folder: cities, partners, modules, first and last dates."""
    def distinct(column: str) -> list[str]:
        """One spelling per value: the most used one, capitals preferred ("Rabat" over "rabat ")."""
        best: dict[str, tuple[int, bool, str]] = {}
        for value, n in db.execute(f"SELECT TRIM({column}), COUNT(*) FROM workshops WHERE TRIM(COALESCE({column}, ''))"
                                   f" != '' GROUP BY TRIM({column})"):
            key, rank = fold(value), (n, value != value.lower(), value)
            best[key] = max(best.get(key, rank), rank)
        return sorted((v[2] for v in best.values()), key=fold)

    modules: set[str] = set()
    for (value,) in db.execute("SELECT modules FROM workshops"):
        modules |= _modules_of(value)
    modules |= {m for (m,) in db.execute("SELECT DISTINCT module_id FROM sessions WHERE module_id IS NOT NULL")}
    first, last = db.execute("SELECT MIN(start_date), MAX(start_date) FROM workshops").fetchone()
    return {"cities": distinct("city"), "partners": distinct("partner"), "modules": sorted(modules),
            "first_date": first, "last_date": last}


@dataclass
class Programme:
    filters: Filters
    report: report_mod.Report
    workshops_held: int
    certificates_issued: int

    @property
    def lang(self) -> str:
        return self.report.lang

    def figures(self) -> list[tuple[str, Any]]:
        """(translated label, shown value) of the headline figures, in the order donors read them."""
        t = lambda text: translate(text, self.lang)  # noqa: E731
        rep = self.report
        rate = f"{round(100 * rep.attendance_rate)} %" if rep.attendance_rate is not None else "—"
        gain = rep.gain["overall"]
        return [
            (t(N_("Workshops held")), self.workshops_held),
            (t(N_("Sessions delivered")), rep.sessions_delivered),
            (t(N_("People reached")), report_mod.suppress(rep.reached)),
            (t(N_("Attendance rate")), rate),
            (t(N_("Certificates issued")), report_mod.suppress(self.certificates_issued)),
            (t(N_("Knowledge gain (points of %)")),
             f"{gain['gain_pct']:+}" if gain["gain_pct"] is not None else "—"),
        ]

    def to_json(self) -> dict[str, Any]:
        return {
            "filters": asdict(self.filters),
            "workshops_held": self.workshops_held,
            "certificates_issued": report_mod.suppress(self.certificates_issued),
            **self.report.to_json(),
        }


def build_programme(db: Database, filters: Filters | None = None, *, lang: str | None = None) -> Programme:
    """The programme's figures over the workshops ``filters`` pick (anonymised)."""
    from .i18n import language

    filters = (filters or Filters()).checked()
    lang = lang or language()
    ids = select_workshops(db, filters)
    rep = report_mod.build_report(db, lang=lang, workshop_ids=ids, scope=filters.describe(lang))
    if filters.module:
        modules = [m for m in rep.gain["modules"] if m["module"] == filters.module]
        overall = dict(modules[0]) if modules else {"participants": 0, "pre_pct": None, "post_pct": None,
                                                     "gain_pct": None}
        overall.pop("module", None)
        rep.gain = {"modules": modules, "overall": overall}
    marks = ",".join("?" * len(ids)) or "NULL"
    certificates = db.execute(
        f"SELECT COUNT(*) FROM certificates WHERE revoked_at IS NULL AND workshop_id IN ({marks})", ids
    ).fetchone()[0]
    held = sum(1 for w in rep.workshops if w["sessions_delivered"])
    return Programme(filters, rep, held, certificates)


# -- exports --------------------------------------------------------------------------------------

def write_xlsx(prog: Programme, path: str | os.PathLike[str]) -> Path:
    t = lambda text: translate(text, prog.lang)  # noqa: E731
    extra = [(t(N_("Filters")), prog.filters.describe(prog.lang)),
             (t(N_("Workshops held")), prog.workshops_held),
             (t(N_("Certificates issued")), report_mod.suppress(prog.certificates_issued))]
    report_mod.write_xlsx(prog.report, path, extra_rows=extra)
    return Path(path)


def _bar_png(colour: tuple[int, int, int]) -> bytes:
    """A one-colour image; Word scales it to each bar's length."""
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(buf, "PNG")
    return buf.getvalue()


def _table_rtl(table: Any) -> None:
    """Columns run right to left: ``w:bidiVisual`` in its schema place."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    if tbl_pr.find(qn("w:bidiVisual")) is None:
        tbl_pr.insert_element_before(
            OxmlElement("w:bidiVisual"), "w:tblStyleRowBandSize", "w:tblStyleColBandSize", "w:tblW", "w:jc",
            "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
            "w:tblCaption", "w:tblDescription")


def _widths(table: Any, widths_mm: tuple[float, ...]) -> None:
    """Column widths that Word and LibreOffice both honour: the grid (``w:gridCol``) and every cell."""
    from docx.shared import Mm

    table.autofit = False
    for col, w in zip(table._tbl.tblGrid.gridCol_lst, widths_mm, strict=True):
        col.w = Mm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(w)


def _cell_text(cell: Any, text: str, rtl: bool, *, bold: bool = False, size: float = 8.5,
               align: Any = None) -> None:
    """Text in a table cell; in Arabic, numbers and Latin labels ("+19.5", "45–59", "62 %") keep their
    order (``exports.ltr``) and bold applies to the Arabic script too (``w:bCs``)."""
    from docx.shared import Pt

    from .docxutil import add_text, has_arabic, rpr_child, set_paragraph_rtl
    from .exports import ltr

    para = cell.paragraphs[0]
    para.paragraph_format.space_after = Pt(0)
    para.paragraph_format.space_before = Pt(0)
    text = str(text)
    run = add_text(para, ltr(text) if rtl and text and not has_arabic(text) else text, bold=bold, size_pt=size)
    if bold:
        rpr_child(run._r.get_or_add_rPr(), "bCs")
    if align is not None:
        para.alignment = align
    if rtl:
        set_paragraph_rtl(para)


def _bar(cell: Any, png: bytes, value: float, top: float, rtl: bool, width_mm: float) -> None:
    from docx.shared import Mm, Pt

    from .docxutil import set_paragraph_rtl

    para = cell.paragraphs[0]
    para.paragraph_format.space_after = Pt(0)
    if rtl:
        set_paragraph_rtl(para)
    if value > 0 and top > 0:
        para.add_run().add_picture(io.BytesIO(png), width=Mm(max(0.8, width_mm * value / top)), height=Mm(3))


def _bars_table(doc_or_cell: Any, rows: list[tuple[str, Any]], rtl: bool, bar_png: bytes, width_mm: float) -> None:
    """label | bar | count, one row per category; a suppressed "<3" gets no bar."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    values = [c if isinstance(c, int) else 0 for _l, c in rows]
    top = max(values, default=0)
    table = doc_or_cell.add_table(rows=len(rows), cols=3)
    _widths(table, (32, width_mm + 4, 12))
    if rtl:
        _table_rtl(table)
    for r, ((label, count), value) in enumerate(zip(rows, values, strict=True)):
        cells = table.rows[r].cells
        _cell_text(cells[0], label, rtl)
        _bar(cells[1], bar_png, value, top, rtl, width_mm)
        _cell_text(cells[2], str(count), rtl, align=WD_ALIGN_PARAGRAPH.CENTER)


def write_docx(prog: Programme, path: str | os.PathLike[str]) -> Path:
    """The one-page printable summary: headline figures, four breakdowns, knowledge gain per module."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    from .docxutil import add_paragraph, add_text, new_document, rpr_child, save_atomic, set_paragraph_rtl
    from .exports import ltr

    lang = prog.lang
    rtl = lang == "ar"
    t = lambda text: translate(text, lang)  # noqa: E731
    rep = prog.report
    doc = new_document(lang, margins_mm=14)
    doc.styles["Normal"].font.size = Pt(9)
    title = add_paragraph(doc, t(N_("Programme summary")), rtl=rtl, bold=True, size_pt=16)
    rpr_child(title.runs[0]._r.get_or_add_rPr(), "bCs")
    title.paragraph_format.space_after = Pt(2)
    scope = prog.filters.describe(lang)
    generated = t(N_("Generated on {date}")).format(date=ltr(date.today().isoformat()) if rtl else date.today().isoformat())
    sub = add_paragraph(doc, f"{scope} — {generated}", rtl=rtl, size_pt=9)
    sub.paragraph_format.space_after = Pt(6)

    figures = prog.figures()
    table = doc.add_table(rows=2, cols=len(figures))
    table.style = "Table Grid"
    if rtl:
        _table_rtl(table)
    for i, (label, value) in enumerate(figures):
        _cell_text(table.rows[0].cells[i], str(value), rtl, bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
        _cell_text(table.rows[1].cells[i], label, rtl, size=7.5, align=WD_ALIGN_PARAGRAPH.CENTER)

    def heading(text: str) -> None:
        para = add_paragraph(doc, text, rtl=rtl, bold=True, size_pt=11)
        para.paragraph_format.space_before = Pt(8)
        for run in para.runs:
            rpr_child(run._r.get_or_add_rPr(), "bCs")

    heading(t(N_("People reached, by group")))
    bar_png, pre_png = _bar_png(BAR_COLOUR), _bar_png(PRE_COLOUR)
    grid = doc.add_table(rows=2, cols=2)
    _widths(grid, (91, 91))
    if rtl:
        _table_rtl(grid)
    for i, dim in enumerate(SUMMARY_DIMENSIONS):
        cell = grid.rows[i // 2].cells[i % 2]
        _cell_text(cell, t(report_mod.DIMENSIONS[dim]), rtl, bold=True, size=9.5)
        rows = rep.table(dim)[:8]
        if rows:
            _bars_table(cell, rows, rtl, bar_png, 36)
        else:
            cell.add_paragraph(t(N_("Nobody reached yet.")))
        cell.add_paragraph().paragraph_format.space_after = Pt(2)

    heading(t(N_("Knowledge gain per module (pre-test → post-test)")))
    modules = rep.gain["modules"][:8]
    if modules:
        kg = doc.add_table(rows=len(modules) + 1, cols=4)
        _widths(kg, (48, 28, 53, 53))
        if rtl:
            _table_rtl(kg)
        for c, text in enumerate((t(N_("Module")), t(N_("Participants")), t(N_("Pre-test %")), t(N_("Post-test %")))):
            _cell_text(kg.rows[0].cells[c], text, rtl, bold=True)
        for r, m in enumerate(modules, start=1):
            cells = kg.rows[r].cells
            _cell_text(cells[0], m["module"], rtl)
            _cell_text(cells[1], str(m["participants"]), rtl, align=WD_ALIGN_PARAGRAPH.CENTER)
            for cell, key, png in ((cells[2], "pre_pct", pre_png), (cells[3], "post_pct", bar_png)):
                value = m[key]
                _bar(cell, png, value or 0, 100, rtl, 32)
                shown = f"{value}\u00a0%" if value is not None else "—"
                add_text(cell.paragraphs[0], " " + (ltr(shown) if rtl else shown), size_pt=8.5)
    else:
        add_paragraph(doc, t(N_("No pre/post scores recorded.")), rtl=rtl)

    notes = doc.add_paragraph()
    notes.paragraph_format.space_before = Pt(8)
    if rtl:
        set_paragraph_rtl(notes)
    cert_note = t(N_("Certificates issued: certificates recorded in this data folder and not revoked."))
    add_text(notes, " ".join([*rep.notes, cert_note]), size_pt=6.5, italic=True)
    return save_atomic(doc, path)


def write_pdf(prog: Programme, path: str | os.PathLike[str], *,
              cancelled: Callable[[], bool] | None = None) -> Path:
    """The one-page summary as PDF through LibreOffice (``pdf.PdfUnavailable`` when it is missing);
    ``cancelled()`` stops LibreOffice (seconds) and writes nothing."""
    from . import pdf
    from .atomicfile import atomic_path

    if not pdf.available():
        raise pdf.PdfUnavailable(pdf.install_hint())
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="wk-programme-") as tmp:
        docx = write_docx(prog, Path(tmp) / (path.stem + ".docx"))
        made = pdf.convert([docx], cancelled=cancelled)[docx.resolve()]
        if cancelled and cancelled():
            raise Cancelled(_("Export cancelled: no file was written."))
        if made is None:
            raise pdf.PdfUnavailable(_("LibreOffice could not convert the summary to PDF."))
        with atomic_path(path, ".pdf") as out:
            out.write_bytes(made.read_bytes())
    return path


def export(prog: Programme, path: str | os.PathLike[str], *, cancelled: Callable[[], bool] | None = None) -> Path:
    """Write ``path`` in the format its extension names: .xlsx, .docx or .pdf (only the PDF, seconds
    in LibreOffice, heeds ``cancelled``)."""
    suffix = Path(path).suffix.lower()
    writers = {".xlsx": write_xlsx, ".docx": write_docx, ".pdf": write_pdf}
    if suffix not in writers:
        raise ValidationError(_("Export to .xlsx, .docx or .pdf (not '{suffix}').").format(suffix=suffix or path),
                              "output")
    if suffix == ".pdf":
        return write_pdf(prog, path, cancelled=cancelled)
    return writers[suffix](prog, path)
