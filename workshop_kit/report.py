"""The donor report: who was reached, disaggregated the way EU-funded projects report, and how it went.

Definitions (also written in the report itself):

- *Participants reached*: distinct people enrolled as participants who attended (present or late)
  at least one session of the workshops in scope. Erased people still count (erasure keeps counts)
  and fall under "not recorded".
- *Sessions delivered*: sessions with at least one person attending.
- *Attendance rate*: attended person-sessions ÷ (enrolled participants × sessions delivered −
  excused), over delivered sessions.
- *Age band*: from ``birth_year`` (age reached in the year of the latest workshop in scope), else
  the ``age_band`` recorded at registration.
- *Nationality group*: "Moroccan" for MA/MAR/Maroc/Morocco/المغرب…, "other African" for the ISO
  codes (alpha-2 or alpha-3) and usual French/English names of the other African countries;
  "other" for any other value; an empty field is "not recorded".
- *Knowledge gain*: ``quizscores.knowledge_gain`` (post % − pre %, people with both scores).

Anonymised by default: only aggregates, and every count from 1 to ``SMALL_CELL - 1`` is shown as
"<3" (a knowledge-gain average over fewer than 3 people is withheld) so no one can be singled out.
Names appear only when the coordinator asks (``with_names=True``).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .i18n import N_, translate
from .quizscores import knowledge_gain
from .sqlconn import Database
from .textnorm import fold

SMALL_CELL = 3
NOT_RECORDED = "not_recorded"

DIMENSIONS = {
    "gender": N_("Gender"),
    "age_band": N_("Age band"),
    "nationality_group": N_("Nationality group"),
    "organisation_kind": N_("Organisation type"),
    "city": N_("City"),
}

CATEGORY_LABELS = {
    NOT_RECORDED: N_("not recorded"),
    "women": N_("women"),
    "men": N_("men"),
    "other": N_("other"),
    "moroccan": N_("Moroccan"),
    "other_african": N_("other African"),
    "under_18": N_("under 18"),
    "18_24": "18–24",
    "25_34": "25–34",
    "35_44": "35–44",
    "45_59": "45–59",
    "60_plus": "60+",
}

_MOROCCAN = {fold(x) for x in ("MA", "MAR", "Maroc", "Morocco", "Marocaine", "Marocain", "Moroccan",
                                "المغرب", "مغربي", "مغربية")}
_AFRICAN_CODES = (
    "DZ DZA AO AGO BJ BEN BW BWA BF BFA BI BDI CV CPV CM CMR CF CAF TD TCD KM COM CG COG CD COD CI CIV DJ DJI "
    "EG EGY GQ GNQ ER ERI SZ SWZ ET ETH GA GAB GM GMB GH GHA GN GIN GW GNB KE KEN LS LSO LR LBR LY LBY MG MDG "
    "MW MWI ML MLI MR MRT MU MUS MZ MOZ NA NAM NE NER NG NGA RW RWA ST STP SN SEN SC SYC SL SLE SO SOM ZA ZAF "
    "SS SSD SD SDN TZ TZA TG TGO TN TUN UG UGA ZM ZMB ZW ZWE"
).split()
_AFRICAN_NAMES = (
    "Algérie Algeria Angola Bénin Benin Burkina Faso Burundi Cameroun Cameroon Cap-Vert Tchad Chad Comores "
    "Congo RDC DRC Côte d'Ivoire Ivory Coast Djibouti Égypte Egypt Érythrée Eritrea Éthiopie Ethiopia Gabon "
    "Gambie Gambia Ghana Guinée Guinea Guinée-Bissau Kenya Libéria Liberia Libye Libya Madagascar Mali "
    "Mauritanie Mauritania Maurice Mozambique Namibie Niger Nigéria Nigeria Rwanda Sénégal Senegal "
    "Sierra Leone Somalie Somalia Soudan Sudan Tanzanie Tanzania Togo Tunisie Tunisia Ouganda Uganda "
    "Zambie Zambia Zimbabwe"
).split()
_OTHER_AFRICAN = {fold(x) for x in _AFRICAN_CODES + _AFRICAN_NAMES} | {
    fold(x) for x in ("Côte d'Ivoire", "Burkina Faso", "Sierra Leone", "Guinée-Bissau", "Guinée équatoriale",
                      "Afrique du Sud", "South Africa", "Soudan du Sud", "South Sudan", "Cap-Vert",
                      "République démocratique du Congo", "Ivoirienne", "Ivoirien", "Sénégalaise",
                      "Sénégalais", "Malienne", "Malien", "Guinéenne", "Guinéen", "Camerounaise",
                      "Camerounais", "Congolaise", "Congolais", "Nigériane", "Nigérian", "السنغال", "مالي",
                      "غينيا", "الكاميرون", "الكونغو", "ساحل العاج", "نيجيريا", "الجزائر", "تونس", "مصر",
                      "السودان")
}


def nationality_group(value: str | None) -> str:
    """Moroccan / other African / other / not recorded (see the module docstring for the rule)."""
    if not value or not str(value).strip():
        return NOT_RECORDED
    key = fold(str(value).strip())
    if key in _MOROCCAN:
        return "moroccan"
    if key in _OTHER_AFRICAN:
        return "other_african"
    return "other"


def gender_group(value: str | None) -> str:
    key = fold(str(value or "").strip())
    if not key:
        return NOT_RECORDED
    if key in {"f", "female", "femme", "woman", "women", fold("أنثى"), fold("امرأة")}:
        return "women"
    if key in {"m", "h", "male", "homme", "man", "men", fold("ذكر"), fold("رجل")}:
        return "men"
    return "other"


def age_group(birth_year: int | None, recorded_band: str | None, year: int) -> str:
    if birth_year:
        try:
            age = year - int(birth_year)
        except (TypeError, ValueError):
            age = -1
        if age >= 0:
            for limit, key in ((18, "under_18"), (25, "18_24"), (35, "25_34"), (45, "35_44"), (60, "45_59")):
                if age < limit:
                    return key
            return "60_plus"
    band = (recorded_band or "").strip()
    return band if band else NOT_RECORDED


def suppress(count: int) -> int | str:
    """A count as shown to donors: 1 and 2 become "<3"."""
    return f"<{SMALL_CELL}" if 0 < count < SMALL_CELL else count


@dataclass
class Report:
    scope: str  # a workshop title, or "all"
    workshops: list[dict[str, Any]]
    enrolled: int
    reached: int
    sessions_planned: int
    sessions_delivered: int
    attendance_rate: float | None
    breakdown: dict[str, Counter]
    gain: dict[str, Any]
    reference_year: int
    names: list[dict[str, Any]] | None = None
    lang: str = "fr"
    notes: list[str] = field(default_factory=list)

    def label(self, category: str) -> str:
        text = CATEGORY_LABELS.get(category)
        return translate(text, self.lang) if text else category

    def table(self, dimension: str) -> list[tuple[str, int | str]]:
        """(label, shown count) rows, largest first, "not recorded" last; small cells suppressed."""
        counts = self.breakdown[dimension]
        keys = sorted(counts, key=lambda k: (k == NOT_RECORDED, -counts[k], self.label(k)))
        return [(self.label(k), suppress(counts[k])) for k in keys]

    def to_json(self) -> dict[str, Any]:
        gain = dict(self.gain)
        return {
            "scope": self.scope,
            "anonymised": self.names is None,
            "small_cell_threshold": SMALL_CELL,
            "workshops": self.workshops,
            "participants_enrolled": suppress(self.enrolled),
            "participants_reached": suppress(self.reached),
            "sessions_planned": self.sessions_planned,
            "sessions_delivered": self.sessions_delivered,
            "attendance_rate": self.attendance_rate,
            "reference_year": self.reference_year,
            "breakdown": {d: [{"category": k, "count": c} for k, c in self.table(d)] for d in DIMENSIONS},
            "knowledge_gain": gain,
            "notes": self.notes,
            **({"participants": self.names} if self.names is not None else {}),
        }


def _gain(db: Database, workshop_ids: list[str] | None) -> dict[str, Any]:
    """Knowledge gain over the workshops in scope (``None``: all), averages over fewer than SMALL_CELL
    people withheld."""
    result = knowledge_gain(db, workshop_ids)
    for item in [*result["modules"], result["overall"]]:
        n = item["participants"]
        if 0 < n < SMALL_CELL:
            item.update(pre_pct=None, post_pct=None, gain_pct=None)
        item["participants"] = suppress(n)
    return result


def build_report(db: Database, workshop_id: str | None = None, *, with_names: bool = False,
                 lang: str | None = None, workshop_ids: Sequence[str] | None = None,
                 scope: str | None = None) -> Report:
    """The donor report for one workshop (id, prefix or title) or, with ``None``, for all of them.

    ``workshop_ids`` (with a ``scope`` label) reports on a chosen set instead: the programme view's
    filters (``programme``) pick the workshops, this function counts them the same way."""
    from .i18n import language
    from .participants import Participant
    from .workshops import get_workshop

    lang = lang or language()
    if workshop_ids is not None:
        ids = list(workshop_ids)
        scope = scope or "all"
    elif workshop_id:
        chosen = get_workshop(db, workshop_id)
        ids = [chosen.id]
        scope = chosen.title
    else:
        ids = [r[0] for r in db.execute("SELECT id FROM workshops ORDER BY start_date").fetchall()]
        scope = "all"
    marks = ",".join("?" * len(ids)) or "NULL"
    workshops = [
        dict(r)
        for r in db.query(
            f"""
            SELECT w.id, w.title, w.city, w.start_date, w.end_date,
                   (SELECT COUNT(*) FROM sessions s WHERE s.workshop_id = w.id) AS sessions_planned,
                   (SELECT COUNT(*) FROM sessions s WHERE s.workshop_id = w.id AND EXISTS (
                        SELECT 1 FROM attendance a WHERE a.session_id = s.id AND a.status IN ('present','late')
                   )) AS sessions_delivered,
                   (SELECT COUNT(*) FROM enrolments e WHERE e.workshop_id = w.id AND e.role = 'participant')
                        AS enrolled
            FROM workshops w WHERE w.id IN ({marks}) ORDER BY w.start_date, w.title
            """,
            ids,
        )
    ]
    year = max((int(w["start_date"][:4]) for w in workshops), default=date.today().year)
    # Person-sessions over delivered sessions: attended and excused, per workshop.
    attended_ps = counted_ps = 0
    for w in workshops:
        row = db.execute(
            """
            SELECT SUM(a.status IN ('present','late')), SUM(a.status = 'excused')
            FROM attendance a JOIN sessions s ON s.id = a.session_id
            JOIN enrolments e ON e.workshop_id = s.workshop_id AND e.participant_id = a.participant_id
                 AND e.role = 'participant'
            WHERE s.workshop_id = ? AND s.id IN (
                SELECT s2.id FROM sessions s2 WHERE s2.workshop_id = ? AND EXISTS (
                    SELECT 1 FROM attendance a2 WHERE a2.session_id = s2.id AND a2.status IN ('present','late')))
            """,
            [w["id"], w["id"]],
        ).fetchone()
        attended, excused = row[0] or 0, row[1] or 0
        attended_ps += attended
        counted_ps += w["enrolled"] * w["sessions_delivered"] - excused
        w["attendance_rate"] = (
            round(attended / (w["enrolled"] * w["sessions_delivered"] - excused), 3)
            if w["enrolled"] * w["sessions_delivered"] - excused > 0 else None
        )
    people = list(
        db.query(
            # Count on ids first, then read each person's row once: grouping whole participant rows
            # took 5 s over 20,000 people, this takes 0.5 s (benchmarks/bench_programme.py).
            f"""
            SELECT p.*, x.sessions_attended FROM (
                SELECT a.participant_id AS pid, COUNT(DISTINCT a.session_id) AS sessions_attended
                FROM attendance a
                JOIN sessions s ON s.id = a.session_id
                JOIN enrolments e ON e.workshop_id = s.workshop_id AND e.participant_id = a.participant_id
                     AND e.role = 'participant'
                WHERE s.workshop_id IN ({marks}) AND a.status IN ('present','late')
                GROUP BY a.participant_id
            ) x
            JOIN participants p ON p.id = x.pid
            ORDER BY COALESCE(p.last_name, p.last_name_ar), p.first_name
            """,
            ids,
        )
    )
    enrolled_count = db.execute(
        f"SELECT COUNT(DISTINCT participant_id) FROM enrolments WHERE role = 'participant' AND workshop_id IN ({marks})",
        ids,
    ).fetchone()[0]
    breakdown: dict[str, Counter] = {d: Counter() for d in DIMENSIONS}
    for p in people:
        breakdown["gender"][gender_group(p["gender"])] += 1
        breakdown["age_band"][age_group(p["birth_year"], p["age_band"], year)] += 1
        breakdown["nationality_group"][nationality_group(p["nationality"])] += 1
        breakdown["organisation_kind"][(p["organisation_kind"] or "").strip() or NOT_RECORDED] += 1
        breakdown["city"][(p["city"] or "").strip() or NOT_RECORDED] += 1
    names = None
    if with_names:
        names = []
        for p in people:
            person = Participant.from_row(p)
            names.append({
                "name": person.display_name(lang),
                "gender": p["gender"],
                "birth_year": p["birth_year"],
                "nationality": p["nationality"],
                "organisation": p["organisation_name"],
                "organisation_kind": p["organisation_kind"],
                "city": p["city"],
                "sessions_attended": p["sessions_attended"],
            })
    t = lambda text: translate(text, lang)  # noqa: E731
    notes = [
        t(N_("Participants reached: people enrolled as participants who attended at least one session.")),
        t(N_("Sessions delivered: sessions where at least one person attended.")),
        t(N_("Age band: age reached in {year} from the birth year, else the band recorded at registration.")).format(
            year=year
        ),
        t(N_("Nationality group: Moroccan; other African (the other African countries, by ISO code or name); "
             "other; not recorded.")),
    ]
    if names is None:
        notes.append(
            t(N_("Anonymised: aggregates only. Counts below {n} are shown as \"<{n}\" and averages over fewer "
                 "than {n} people are withheld, so nobody can be identified.")).format(n=SMALL_CELL)
        )
    else:
        notes.append(t(N_("This report contains names: share it only with people entitled to see them.")))
    return Report(
        scope=scope,
        workshops=workshops,
        enrolled=enrolled_count,
        reached=len(people),
        sessions_planned=sum(w["sessions_planned"] for w in workshops),
        sessions_delivered=sum(w["sessions_delivered"] for w in workshops),
        attendance_rate=round(attended_ps / counted_ps, 3) if counted_ps > 0 else None,
        breakdown=breakdown,
        gain=_gain(db, ids if workshop_id or workshop_ids is not None else None),
        reference_year=year,
        names=names,
        lang=lang,
        notes=notes,
    )


def _xml_safe(report: Report) -> Report:
    """The report with every text made writable to XLSX (``textclean.xml_safe``): a title or name stored
    before the entry rule, holding a control character, must not stop the report of a whole programme."""
    from dataclasses import replace

    from .textclean import xml_safe

    def clean(value: Any) -> Any:
        if isinstance(value, str):
            return xml_safe(value)
        if isinstance(value, Counter):
            out: Counter = Counter()
            for k, v in value.items():
                out[clean(k)] += v
            return out
        if isinstance(value, dict):
            return {clean(k): clean(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return type(value)(clean(v) for v in value)
        return value

    return replace(report, scope=clean(report.scope), workshops=clean(report.workshops), names=clean(report.names),
                   breakdown=clean(report.breakdown), gain=clean(report.gain), notes=clean(report.notes))


def write_xlsx(report: Report, path: str | os.PathLike[str], *, extra_rows: Sequence[tuple[str, Any]] = ()) -> Any:
    """The report as a workbook: summary, breakdown tables with bar charts, workshops, knowledge gain.

    ``extra_rows`` (label already translated, value) follow the summary's figures: the programme view
    adds its filters and the certificates issued there."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Alignment, Font, PatternFill

    from .textclean import xml_safe

    report = _xml_safe(report)
    t = lambda text: translate(text, report.lang)  # noqa: E731
    rtl = report.lang == "ar"
    bold, head_fill = Font(bold=True), PatternFill("solid", fgColor="DDE7F0")
    wb = Workbook()
    ws = wb.worksheets[0]  # the sheet a new workbook starts with
    ws.title = t(N_("Summary"))[:31]
    ws.sheet_view.rightToLeft = rtl
    ws.column_dimensions["A"].width = 42
    ws.column_dimensions["B"].width = 60
    title = t(N_("All workshops")) if report.scope == "all" else report.scope
    ws.append([t(N_("Donor report")), title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([t(N_("Generated on")), date.today().isoformat()])
    rate = f"{round(100 * report.attendance_rate)} %" if report.attendance_rate is not None else "—"
    overall = report.gain["overall"]
    rows = [
        (N_("Workshops"), len(report.workshops)),
        (N_("Participants enrolled"), suppress(report.enrolled)),
        (N_("Participants reached"), suppress(report.reached)),
        (N_("Sessions planned"), report.sessions_planned),
        (N_("Sessions delivered"), report.sessions_delivered),
        (N_("Attendance rate"), rate),
        (N_("Knowledge gain (points of %)"), overall["gain_pct"] if overall["gain_pct"] is not None else "—"),
    ]
    ws.append([])
    for label, value in [(t(label), value) for label, value in rows] + [(xml_safe(k), v) for k, v in extra_rows]:
        ws.append([label, xml_safe(value) if isinstance(value, str) else value])
        ws.cell(ws.max_row, 1).font = bold
    ws.append([])
    for note in report.notes:
        ws.append([note])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=2)
        ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[ws.max_row].height = 32

    bd = wb.create_sheet(t(N_("Breakdown"))[:31])
    bd.sheet_view.rightToLeft = rtl
    bd.column_dimensions["A"].width = 34
    bd.column_dimensions["B"].width = 12
    row = 1
    charts: list[tuple[str, Any]] = []
    for dim, label in DIMENSIONS.items():
        table = report.table(dim)
        bd.cell(row, 1, t(label)).font = Font(bold=True, size=12)
        bd.cell(row + 1, 1, t(label)).font = bold
        bd.cell(row + 1, 2, t(N_("Participants"))).font = bold
        for c in (1, 2):
            bd.cell(row + 1, c).fill = head_fill
        for i, (cat, count) in enumerate(table, start=row + 2):
            bd.cell(i, 1, cat)
            bd.cell(i, 2, count)
        if table:
            chart = BarChart()
            chart.type = "bar"
            chart.style = 10
            chart.title = t(label)
            chart.legend = None
            data = Reference(bd, min_col=2, min_row=row + 1, max_row=row + 1 + len(table))
            cats = Reference(bd, min_col=1, min_row=row + 2, max_row=row + 1 + len(table))
            chart.add_data(data, titles_from_data=True)
            chart.set_categories(cats)
            whole_axis(chart, max((c for _k, c in table if isinstance(c, int)), default=0))
            charts.append((t(label), chart))
        row += len(table) + 3
    print_ready(bd, landscape=False)
    # Each chart on a chart sheet of its own: it prints as one whole page, never cut by a page break.
    for label, chart in charts:
        chart_page(wb, label, chart)

    wsh = wb.create_sheet(t(N_("Workshops"))[:31])
    wsh.sheet_view.rightToLeft = rtl
    header = [t(N_("Workshop")), t(N_("City")), t(N_("Start")), t(N_("End")), t(N_("Sessions planned")),
              t(N_("Sessions delivered")), t(N_("Participants enrolled")), t(N_("Attendance rate"))]
    wsh.append(header)
    for w in report.workshops:
        wsh.append([w["title"], w["city"], w["start_date"], w["end_date"], w["sessions_planned"],
                    w["sessions_delivered"], suppress(w["enrolled"]),
                    f"{round(100 * w['attendance_rate'])} %" if w["attendance_rate"] is not None else "—"])
    _table_style(wsh, header, head_fill, bold)

    kg = wb.create_sheet(t(N_("Knowledge gain"))[:31])
    kg.sheet_view.rightToLeft = rtl
    header = [t(N_("Module")), t(N_("Participants")), t(N_("Pre-test %")), t(N_("Post-test %")),
              t(N_("Gain (points of %)"))]
    kg.append(header)
    modules = report.gain["modules"]
    for m in modules:
        kg.append([m["module"], m["participants"], m["pre_pct"], m["post_pct"], m["gain_pct"]])
    if not modules:
        kg.append([t(N_("No pre/post scores recorded."))])
    _table_style(kg, header, head_fill, bold)
    if modules:
        chart = BarChart()
        chart_title = t(N_("Pre- and post-test scores"))
        chart.title = chart_title
        chart.y_axis.title = "%"
        data = Reference(kg, min_col=3, max_col=4, min_row=1, max_row=1 + len(modules))
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(kg, min_col=1, min_row=2, max_row=1 + len(modules)))
        whole_axis(chart, 100, step=10)
        chart_page(wb, chart_title, chart)

    if report.names is not None:
        ps = wb.create_sheet(t(N_("Participants"))[:31])
        ps.sheet_view.rightToLeft = rtl
        header = [t(N_("Name")), t(N_("Gender")), t(N_("Birth year")), t(N_("Nationality")),
                  t(N_("Organisation")), t(N_("Organisation type")), t(N_("City")), t(N_("Sessions attended"))]
        ps.append(header)
        for p in report.names:
            ps.append([p["name"], p["gender"], p["birth_year"], p["nationality"], p["organisation"],
                       p["organisation_kind"], p["city"], p["sessions_attended"]])
        _table_style(ps, header, head_fill, bold)
    from .exports import save_workbook
    from .spreadsheet_text import xlsx_text_only

    for sheet in (ws, wsh, kg, *([ps] if report.names is not None else [])):
        print_ready(sheet)
    xlsx_text_only(wb)
    save_workbook(wb, path)
    return path


def whole_axis(chart: Any, top: int, step: int | None = None) -> None:
    """The value axis of a chart of counts: from 0, whole numbers only (no 0.5 person), a round step."""
    from openpyxl.chart.data_source import NumFmt

    axis = chart.y_axis  # openpyxl's y axis is the value axis, also in a horizontal bar chart
    axis.scaling.min = 0
    if step is None:
        step = 1
        while top / step > 10:  # at most ten gridlines: 1, 2, 5, 10, 20, 50…
            step = step * 5 // 2 if str(step)[0] == "2" else step * 2
    axis.majorUnit = step
    if top <= 100 and step == 10:
        axis.scaling.max = 100
    axis.numFmt = NumFmt(formatCode="0", sourceLinked=False)
    axis.delete = False
    chart.x_axis.delete = False


def chart_page(wb: Any, title: str, chart: Any) -> Any:
    """A chart sheet holding one chart: it prints as one whole A4 landscape page.

    openpyxl anchors a chart-sheet chart with a zero size, which Excel stretches to the page but
    LibreOffice draws as nothing; the anchor gets the printable size of the page, as Excel writes it.
    """
    from openpyxl.drawing.xdr import XDRPositiveSize2D
    from openpyxl.worksheet.page import PageMargins, PrintPageSetup

    sheet = wb.create_chartsheet(_chart_sheet_title(title, wb.sheetnames))
    sheet.add_chart(chart)
    cm = 360000  # EMU per centimetre
    chart.anchor.ext = XDRPositiveSize2D(cx=int(25.5 * cm), cy=int(17 * cm))
    sheet.pageSetup = PrintPageSetup(orientation="landscape", paperSize=9)
    sheet.pageMargins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    return sheet


def _chart_sheet_title(label: str, used: list[str]) -> str:
    base = label.translate(str.maketrans("[]:*?/\\", " " * 7))[:31]
    title, n = base, 2
    while title.lower() in (u.lower() for u in used):
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    return title


def print_ready(ws: Any, landscape: bool = True) -> None:
    """A4, one page wide, header row on every page (tables); same set-up as the attendance workbook."""
    from .exports import print_ready as sheet_print_ready

    sheet_print_ready(ws)
    if not landscape:
        ws.page_setup.orientation = "portrait"
        ws.print_title_rows = None


def _table_style(ws: Any, header: list[str], fill: Any, bold: Any) -> None:
    from openpyxl.utils import get_column_letter

    ws.freeze_panes = "A2"
    for i, h in enumerate(header, start=1):
        cell = ws.cell(1, i)
        cell.font, cell.fill = bold, fill
        width = max([len(str(h))] + [len(str(c.value or "")) for c in ws[get_column_letter(i)][1:200]])
        ws.column_dimensions[get_column_letter(i)].width = min(50, max(8, width + 2))
    if ws.max_row > 1:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{ws.max_row}"

