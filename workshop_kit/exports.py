"""Attendance exports: CSV for any spreadsheet, XLSX for coordinators, sign-in sheets for donor audits.

- CSV is UTF-8 *with* a byte-order mark: without it Excel reads Arabic names as mojibake.
- XLSX has a summary sheet (the grid, totals, eligibility) and one sheet per session, each with a
  frozen header, filters and column widths; sheets read right-to-left when the language is Arabic.
  Each sheet prints on A4 landscape, one page wide, with the header row repeated on every page.
  Check-in times are the laptop's local time (``2026-03-10 09:05``, a real date-time cell), and
  statuses and methods are words of the export's language, not stored codes.
  It is written in openpyxl's write-only mode (streamed rows) so 10 000 rows take about a second.
- Text stays text (``spreadsheet_text``): a name starting with ``=``, ``+``, ``-``, ``@``, tab or CR
  gets a leading apostrophe in CSV and is an inline string, never a formula, in XLSX.
- The sign-in sheet is a Word document, one page per session, with the organisation's logo, names,
  sex, phone (left to right even in Arabic) and an empty signature column, as donors require for
  audits. The page people sign carries nothing but the sheet: no counts from the app.

Files are written to a temporary name and renamed, so a failed export never leaves half a file.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from .atomicfile import atomic_path
from .attendance import Grid, grid, method_label, status_label
from .db import local_time
from .errors import Cancelled, ValidationError
from .i18n import LANGUAGES, N_, _, translate
from .spreadsheet_text import csv_row, protect, xlsx_row
from .sqlconn import Database
from .textclean import xml_safe

FORMATS = ("csv", "xlsx", "sheet")
LRM = "\u200e"
TIME_FORMAT = "yyyy-mm-dd hh:mm"  # how a check-in time reads in the workbook: 2026-03-10 09:05
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})

Progress = Callable[[int, int, str], None]


def _step(done: int, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
    """Report one step of an export and stop here (before anything is written) when asked to."""
    if cancelled and cancelled():
        raise Cancelled(_("Export cancelled: no file was written."))
    if progress:
        progress(done, total, "")


def _translator(lang: str) -> Callable[[str], str]:
    return lambda text: translate(text, lang)


def _lang_for(g: Grid, lang: str | None) -> str:
    lang = lang or g.workshop.language or "fr"
    if lang not in LANGUAGES:
        raise ValidationError(_("Unknown language '{lang}'; use fr, ar or en.").format(lang=lang), "lang")
    return lang




def _names(row: Any, t: Callable[[str], str]) -> tuple[str, str]:
    p = row.participant
    if p.erased_at:
        return t(N_("Erased participant")), ""
    return p.latin_name, p.arabic_name


def _session_heading(s: Any, t: Callable[[str], str]) -> str:
    return t(N_("Session {number}")).format(number=s.number) + f" {s.date}"


def summary_rows(g: Grid, lang: str) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of the grid as exported (one row per participant; None for an empty cell)."""
    t = _translator(lang)
    header = [t(N_("Name")), t(N_("Name in Arabic")), t(N_("Organisation"))]
    header += [_session_heading(s, t) for s in g.sessions]
    header += [t(N_("Attended")), t(N_("Excused")), t(N_("Attendance %")), t(N_("Eligible for certificate"))]
    rows = []
    for r in g.rows:
        latin, arabic = _names(r, t)
        e = r.eligibility
        rows.append(
            [latin or None, arabic or None, r.participant.organisation_name]
            + [status_label(r.statuses.get(s.id), lang) or None for s in g.sessions]
            + [e.attended, e.excused, round(100 * e.rate), t(N_("yes")) if e.eligible else t(N_("no"))]
        )
    return header, rows


def export_csv(db: Database, workshop_id: str, path: str | os.PathLike[str], lang: str | None = None, *,
               cancelled: Callable[[], bool] | None = None) -> Path:
    g = grid(db, workshop_id)
    lang = _lang_for(g, lang)
    header, rows = summary_rows(g, lang)
    _step(0, 1, None, cancelled)  # the rows are read: the last moment to stop before writing
    with atomic_path(path, ".csv") as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(csv_row(header))
        writer.writerows(csv_row(r) for r in rows)
    return Path(path)


def _sheet_title(text: str, used: set[str]) -> str:
    base = text.translate(_SHEET_FORBIDDEN).strip()[:31] or "Sheet"
    title, n = base, 2
    while title.lower() in used:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(title.lower())
    return title


def _widths(header: list[str], rows: list[list[Any]], sample: int = 200) -> list[float]:
    """Column widths from the header and the first rows (measuring all 10k rows costs time for nothing)."""
    widths = [len(str(h)) for h in header]
    for row in rows[:sample]:
        for i, v in enumerate(row):
            widths[i] = max(widths[i], len(str(v)) if v is not None else 0)
    return [min(60, max(6, w + 2)) for w in widths]


def write_table_sheet(wb: Any, title: str, header: list[str], rows: list[list[Any]], rtl: bool,
                      used: set[str], extra: list[list[Any]] | None = None) -> Any:
    """A write-only sheet: bold frozen header, filters over the data, widths, direction, print set-up."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(_sheet_title(title, used))
    ws.sheet_view.rightToLeft = rtl
    ws.freeze_panes = "A2"
    print_ready(ws)
    for i, width in enumerate(_widths(header, rows), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    last_col = get_column_letter(max(1, len(header)))
    ws.auto_filter.ref = f"A1:{last_col}{len(rows) + 1}"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE7F0")
    align = Alignment(horizontal="right" if rtl else "left", vertical="center")
    cells = []
    for h in header:
        c = protect(WriteOnlyCell(ws, value=xml_safe(h) if isinstance(h, str) else h))
        c.font, c.fill, c.alignment = bold, fill, align
        cells.append(c)
    ws.append(cells)
    for row in rows:
        ws.append(_with_times(ws, xlsx_row(ws, row)))
    for row in extra or []:
        ws.append(xlsx_row(ws, row))
    return ws


def print_ready(ws: Any) -> None:
    """A4 landscape, one page wide (as many pages down as needed), header row on every page,
    sheet name and page numbers in the margins: what a coordinator gets from File > Print."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4 (Worksheet.PAPERSIZE_A4)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # 0: as many pages down as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.75  # room for the header and footer lines
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.oddHeader.center.text = "&A"
    ws.oddFooter.center.text = "&P / &N"


def _with_times(ws: Any, values: list[Any]) -> list[Any]:
    """Date-times as cells showing ``2026-03-10 09:05`` (openpyxl's default shows seconds)."""
    from openpyxl.cell import WriteOnlyCell

    out = []
    for v in values:
        if isinstance(v, datetime):
            v = WriteOnlyCell(ws, value=v)
            v.number_format = TIME_FORMAT
        out.append(v)
    return out


def _session_rows(g: Grid, session: Any, lang: str) -> tuple[list[str], list[list[Any]]]:
    t = _translator(lang)
    header = [t(N_("No.")), t(N_("Name")), t(N_("Name in Arabic")), t(N_("Organisation")), t(N_("Status")),
              t(N_("Checked in at")), t(N_("Method"))]
    rows = []
    for i, r in enumerate(g.rows, start=1):
        latin, arabic = _names(r, t)
        d = g.details.get((session.id, r.participant.id)) or {}
        rows.append([i, latin or None, arabic or None, r.participant.organisation_name,
                     status_label(r.statuses.get(session.id), lang) or None, local_time(d.get("checked_in_at")),
                     method_label(d.get("method"), lang) or None])
    return header, rows


def export_xlsx(db: Database, workshop_id: str, path: str | os.PathLike[str], lang: str | None = None, *,
                progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Path:
    """The summary sheet and one sheet per session; ``progress`` counts sheets, ``cancelled`` stops
    before the file is written (nothing on disk changes)."""
    from openpyxl import Workbook

    g = grid(db, workshop_id)
    lang = _lang_for(g, lang)
    t = _translator(lang)
    rtl = lang == "ar"
    wb = Workbook(write_only=True)
    used: set[str] = set()
    header, rows = summary_rows(g, lang)
    totals = g.session_totals()
    extra: list[list[Any]] = [[]]
    for key, label in (("attended", N_("Attended")), ("present", N_("present")), ("late", N_("late")),
                       ("absent", N_("absent")), ("excused", N_("excused"))):
        extra.append(["", t(label), ""] + [totals[s.id][key] for s in g.sessions])
    steps = len(g.sessions) + 2  # the summary, each session, the save
    _step(0, steps, progress, cancelled)
    write_table_sheet(wb, t(N_("Summary")), header, rows, rtl, used, extra)
    for k, s in enumerate(g.sessions, start=1):
        _step(k, steps, progress, cancelled)
        h, r = _session_rows(g, s, lang)
        write_table_sheet(wb, _session_heading(s, t), h, r, rtl, used)
    _step(steps - 1, steps, progress, cancelled)
    written = save_workbook(wb, path)
    _step(steps, steps, progress, None)
    return written


def save_workbook(wb: Any, path: str | os.PathLike[str]) -> Path:
    """Build the whole .xlsx in memory, then write it atomically: openpyxl writing straight to disk
    leaves half-closed zip and XML writers behind when the disk fills up, which print tracebacks."""
    import io

    from .atomicfile import write_bytes

    buf = io.BytesIO()
    wb.save(buf)
    return write_bytes(path, buf.getvalue())


# -- sign-in sheet (.docx) ---------------------------------------------------------------------------

def ltr(text: str) -> str:
    """Keep a date, time or code in order inside right-to-left Word text.

    Left-to-right marks around every separator: Word and LibreOffice both honour them (isolates are
    not understood by every Word version).
    """
    return LRM + re.sub(r"([^\w])", LRM + r"\1" + LRM, text) + LRM


def _table_rtl(table: Any) -> None:
    """Columns of a Word table run right to left (``w:bidiVisual``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    if tbl_pr.find(qn("w:bidiVisual")) is None:
        tbl_pr.append(OxmlElement("w:bidiVisual"))


def _row_flag(row: Any, tag: str) -> None:
    """A table-row property: ``w:tblHeader`` (repeat on each printed page), ``w:cantSplit``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn(tag)) is None:
        tr_pr.append(OxmlElement(tag))


def _cell_text(cell: Any, text: str, rtl: bool, bold: bool = False, size: float = 10) -> None:
    from .docxutil import add_text, set_paragraph_rtl, set_run_rtl

    paragraph = cell.paragraphs[0]
    if text:
        run = add_text(paragraph, text, bold=bold, size_pt=size)
        if rtl:  # digits and Latin names in a right-to-left cell take the complex-script size
            set_run_rtl(run, rtl=False, size_pt=size)
    if rtl:
        set_paragraph_rtl(paragraph)


def export_signin_sheet(
    db: Database,
    workshop_id: str,
    path: str | os.PathLike[str],
    lang: str | None = None,
    session_number: int | None = None,
    blank_rows: int = 5,
    logo: str | os.PathLike[str] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Printable sign-in sheets: one page per session, names, sex, phone and an empty signature column.

    ``logo`` is the organisation's logo (Settings); a path that no longer exists is left out, as on
    certificates, and a file that is not a picture is a clear error. ``progress`` counts sessions
    (30 sessions of 2,000 people take many seconds); ``cancelled`` stops before anything is written.
    """
    from docx.enum.text import WD_BREAK
    from docx.shared import Mm

    from .docxutil import add_paragraph, new_document, save_atomic
    from .phones import display_phone

    g = grid(db, workshop_id)
    lang = _lang_for(g, lang)
    t = _translator(lang)
    rtl = lang == "ar"
    sessions = [s for s in g.sessions if session_number is None or s.number == session_number]
    if not sessions:
        raise ValidationError(_("This workshop has no session {number}.").format(number=session_number))
    w = g.workshop
    colon = " : " if lang == "fr" else ": "  # French typography: a space before the colon
    picture = _logo(logo)
    doc = new_document(lang, landscape=False, margins_mm=15)
    for k, s in enumerate(sessions):
        _step(k, len(sessions) + 1, progress, cancelled)
        if picture is not None:
            from io import BytesIO

            head = add_paragraph(doc, "", rtl=rtl)
            head.add_run().add_picture(BytesIO(picture.data), height=Mm(14))
        add_paragraph(doc, t(N_("Sign-in sheet")) + " — " + w.title_in(lang), rtl=rtl, bold=True, size_pt=14)
        when = f"{s.date}  {s.start_time}–{s.end_time}" + (f"  ({s.module_id})" if s.module_id else "")
        add_paragraph(doc, t(N_("Session {number}")).format(number=s.number) + colon + (ltr(when) if rtl else when),
                      rtl=rtl, size_pt=11)
        facts = [
            (N_("Venue"), w.place_in(lang)),
            (N_("Trainer"), w.trainer_in(lang)),
            (N_("Partner"), w.partner),
            (N_("Donor"), w.donor),
            (N_("Project code"), w.project_code),
        ]
        line = "   ".join(f"{t(label)}{colon}{value}" for label, value in facts if value)
        if line:
            add_paragraph(doc, line, rtl=rtl, size_pt=9)
        columns = (N_("No."), N_("Name"), N_("Sex"), N_("Phone"), N_("Organisation"), N_("Signature"))
        table = doc.add_table(rows=1, cols=len(columns))
        table.style = "Table Grid"
        table.autofit = False
        if rtl:
            _table_rtl(table)
        # 180 mm (A4 less the margins); "Homme" and a whole phone number fit on one line in Word and
        # LibreOffice (DejaVu Sans, the widest fallback font, measured).
        widths = [Mm(12), Mm(46), Mm(18), Mm(36), Mm(32), Mm(36)]
        for i, label in enumerate(columns):
            table.rows[0].cells[i].width = widths[i]
            _cell_text(table.rows[0].cells[i], t(label), rtl, bold=True)
        people = [(r.participant.display_name(lang) if not r.participant.erased_at else None, r) for r in g.rows]
        number = 0
        for name, r in people:
            if name is None:
                continue  # erased people do not sign
            number += 1
            cells = table.add_row().cells
            _cell_text(cells[0], str(number), rtl)
            other = r.participant.latin_name if lang == "ar" else r.participant.arabic_name
            _cell_text(cells[1], name, rtl)
            if other and other != name:
                from .docxutil import add_text

                cells[1].paragraphs[0].add_run().add_break()
                add_text(cells[1].paragraphs[0], other, size_pt=9)
            sex = SEX_LABELS.get(r.participant.gender or "")
            _cell_text(cells[2], t(sex) if sex else "", rtl, size=9)
            phone = display_phone(r.participant.phone).replace(" ", "\u00a0")  # never cut across two lines
            _cell_text(cells[3], ltr(phone) if rtl and phone else phone, rtl, size=8.5)
            _cell_text(cells[4], r.participant.organisation_name or "", rtl, size=9)
            _cell_text(cells[5], "", rtl)
        for _i in range(blank_rows):
            number += 1
            cells = table.add_row().cells
            _cell_text(cells[0], str(number), rtl)
        for i, column in enumerate(table.columns):
            column.width = widths[i]
        _row_flag(table.rows[0], "w:tblHeader")  # a long list goes on: the column names come again
        for row in table.rows[1:]:
            _row_flag(row, "w:cantSplit")  # a name and its signature box stay on one page
            row.height = Mm(11)
            for i, cell in enumerate(row.cells):
                cell.width = widths[i]
        # Only what belongs on a paper people sign: no counts from the app (they would contradict the
        # signatures of late arrivals, and auditors read them as the attendance).
        footer = t(N_("Trainer's signature")) + colon + "______________________"
        add_paragraph(doc, "", rtl=rtl)
        last = add_paragraph(doc, footer, rtl=rtl, size_pt=9)
        if k < len(sessions) - 1:
            last.add_run().add_break(WD_BREAK.PAGE)
    _step(len(sessions), len(sessions) + 1, progress, cancelled)
    written = save_atomic(doc, path)
    _step(len(sessions) + 1, len(sessions) + 1, progress, None)
    return written


SEX_LABELS = {"F": N_("Woman"), "M": N_("Man"), "X": N_("Other")}


def _logo(path: str | os.PathLike[str] | None) -> Any:
    """The organisation's logo as a picture, or None when there is none (or the file is gone)."""
    if not path or not Path(path).is_file():
        return None
    from .templating import Picture

    return Picture.from_file(path)


def export(db: Database, workshop_id: str, fmt: str, path: str | os.PathLike[str], lang: str | None = None,
           session_number: int | None = None, logo: str | os.PathLike[str] | None = None, *,
           progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Path:
    """One entry point for the CLI and the page: ``fmt`` is csv, xlsx or sheet (``logo``: Settings')."""
    if fmt == "csv":
        return export_csv(db, workshop_id, path, lang, cancelled=cancelled)
    if fmt == "xlsx":
        return export_xlsx(db, workshop_id, path, lang, progress=progress, cancelled=cancelled)
    if fmt == "sheet":
        return export_signin_sheet(db, workshop_id, path, lang, session_number, logo=logo, progress=progress,
                                   cancelled=cancelled)
    raise ValidationError(_("Unknown format '{fmt}'; use csv, xlsx or sheet.").format(fmt=fmt), "format")
