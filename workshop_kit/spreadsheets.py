"""Reading CSV and XLSX files as spreadsheets really write them, into rows of cells.

CSV: any delimiter; UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"), Windows-1256
Arabic, Latin-1 — detected (BOM, strict UTF-8, then charset-normalizer) and overridable. XLSX (and
Excel 97 .xls, through xlrd): the first or a chosen sheet, merged header cells, empty rows. Rows are
numbered as a spreadsheet shows them; Kobo's HXL hashtag row under the header is skipped. The header row is found among the first
rows as the one naming the most known fields.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ValidationError
from .i18n import _
from .import_headers import arabic_hint, field_for_header, is_hxl

MAX_BYTES = 200 * 1024 * 1024
LARGE_XLSX_BYTES = 2 * 1024 * 1024
HEADER_SCAN_ROWS = 10


@dataclass
class Table:
    """Cells as read, before any mapping: header texts and data rows with the row number users see."""

    headers: list[str]
    rows: list[tuple[int, list[Any]]]
    header_row: int
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)


def read_file(path: str | Path, *, encoding: str | None = None, delimiter: str | None = None,
              sheet: str | None = None) -> Table:
    """Read a CSV/TSV/TXT or XLSX file into a ``Table`` (header row found automatically)."""
    path = Path(path)
    if not path.exists():
        raise ValidationError(_("The file {path} does not exist.").format(path=path))
    if path.stat().st_size > MAX_BYTES:
        raise ValidationError(_("The file {path} is larger than 200 MB; split it first.").format(path=path))
    with open(path, "rb") as fh:
        head = fh.read(4)
    if path.suffix.lower() in (".xlsx", ".xlsm") or head.startswith(b"PK\x03\x04"):
        return read_xlsx(path, sheet=sheet)
    if path.suffix.lower() == ".xls" or head.startswith(b"\xd0\xcf\x11\xe0"):
        return read_xls(path, sheet=sheet)
    return read_csv_bytes(path.read_bytes(), encoding=encoding, delimiter=delimiter)


def detect_encoding(data: bytes) -> str:
    """BOM first, then strict UTF-8, then charset-normalizer (Windows-1256 Arabic, Latin-1, …)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4:  # UTF-16 without BOM
        return "utf-16-le" if data[1] == 0 else "utf-16-be"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1256", "latin_1", "cp1252", "utf_16", "iso8859_6"]).best()
    if best is None:
        raise ValidationError(_("The file's text encoding was not recognised; choose it (e.g. utf-8, cp1256, latin-1)."))
    name = codecs.lookup(best.encoding).name
    return {"iso8859-1": "latin-1"}.get(name, name)


def read_csv_bytes(data: bytes, *, encoding: str | None = None, delimiter: str | None = None) -> Table:
    if not data.strip():
        raise ValidationError(_("The file is empty."))
    enc = encoding or detect_encoding(data)
    try:
        text = data.decode(enc)
    except LookupError:
        raise ValidationError(_("Unknown text encoding '{encoding}'; use e.g. utf-8, utf-16, cp1256 or latin-1.").format(encoding=enc)) from None
    except UnicodeDecodeError as exc:
        raise ValidationError(_("The file is not valid {encoding} text (byte {position}); choose another encoding.").format(
            encoding=enc, position=exc.start)) from None
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise ValidationError(_("The file contains binary data (NUL characters); it is not a CSV file. Save it as CSV or XLSX."))
    delim = delimiter or sniff_delimiter(text)
    if len(delim) != 1:
        raise ValidationError(_("The delimiter must be one character (e.g. ';' or ',')."))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    records: list[tuple[int, list[Any]]] = []
    try:
        # Numbered as a spreadsheet shows them: a cell with line breaks (a Google Forms question with
        # its description) spans several lines of the file but is one row.
        for number, cells in enumerate(reader, start=1):
            records.append((number, cells))
    except csv.Error as exc:
        raise ValidationError(_("Line {line} of the file cannot be read as CSV ({detail}).").format(
            line=reader.line_num, detail=exc)) from None
    return _to_table(records, encoding=enc, delimiter=delim)


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(line for line in text.splitlines()[:30] if line.strip())
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ";,\t|"}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    # Small workbooks are read whole, to see merged header cells; large ones (a full programme's list)
    # are streamed (read-only mode has no merged-cell information, and uses a fraction of the memory).
    large = path.stat().st_size > LARGE_XLSX_BYTES
    try:
        with open(path, "rb") as fh:  # a file object: openpyxl then ignores a misleading extension
            wb = load_workbook(io.BytesIO(fh.read()), data_only=True, read_only=large)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, TypeError, OSError, EOFError,
            InvalidFileException) as exc:
        raise ValidationError(_("{name} cannot be opened as an Excel workbook ({detail}).").format(name=path.name, detail=exc)) from None
    names = wb.sheetnames
    if sheet is not None:
        if sheet.isdigit() and sheet not in names and 1 <= int(sheet) <= len(names):
            sheet = names[int(sheet) - 1]
        if sheet not in names:
            raise ValidationError(_("No sheet '{sheet}' in {name}; its sheets are: {sheets}.").format(
                sheet=sheet, name=path.name, sheets=", ".join(names)))
    ws = wb[sheet] if sheet else wb[names[0]]
    if large:
        records = [(n, list(values)) for n, values in enumerate(ws.iter_rows(values_only=True), start=1)]
        wb.close()
        table = _to_table(records, sheet=ws.title)
        table.sheets = names
        return table
    grid: dict[tuple[int, int], Any] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                grid[(cell.row, cell.column)] = cell.value
    for rng in ws.merged_cells.ranges:  # a merged header's text belongs to every column it spans
        value = grid.get((rng.min_row, rng.min_col))
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                grid[(r, c)] = value
    max_col = max((c for _r, c in grid), default=0)
    rows = sorted({r for r, _c in grid})
    records = [(r, [grid.get((r, c)) for c in range(1, max_col + 1)]) for r in rows]
    table = _to_table(records, sheet=ws.title)
    table.sheets = names
    return table


def read_xls(path: Path, sheet: str | None = None) -> Table:
    """An Excel 97 workbook (old KoBoCAT exports, many offices), read with xlrd (which reads only .xls)."""
    import xlrd

    try:
        # xlrd reports damage on a log (stdout by default): kept out of the command line's output.
        book = xlrd.open_workbook(str(path), on_demand=True, logfile=io.StringIO())
        names = book.sheet_names()
        if sheet is not None:
            if sheet.isdigit() and sheet not in names and 1 <= int(sheet) <= len(names):
                sheet = names[int(sheet) - 1]
            if sheet not in names:
                raise ValidationError(_("No sheet '{sheet}' in {name}; its sheets are: {sheets}.").format(
                    sheet=sheet, name=path.name, sheets=", ".join(names)))
        ws = book.sheet_by_name(sheet or names[0])
        records = [(r + 1, [_xls_value(c, book.datemode) for c in ws.row(r)]) for r in range(ws.nrows)]
        book.release_resources()
    except ValidationError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged file fails inside xlrd in many ways (struct, index…)
        raise ValidationError(_("{name} cannot be opened as an Excel workbook ({detail}).").format(
            name=path.name, detail=str(exc) or type(exc).__name__)) from None
    table = _to_table(records, sheet=ws.name)
    table.sheets = names
    return table


def _xls_value(cell: Any, datemode: int) -> Any:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(cell.value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell.value
    if cell.ctype == xlrd.XL_CELL_NUMBER and float(cell.value).is_integer():
        return int(cell.value)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    return cell.value


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _hxl_row(cells: list[Any]) -> bool:
    """Every filled cell is an HXL hashtag."""
    filled = [c for c in cells if not _blank(c)]
    return bool(filled) and all(isinstance(c, str) and is_hxl(c) for c in filled)


def _to_table(records: list[tuple[int, list[Any]]], **info: Any) -> Table:
    records = [(n, cells) for n, cells in records if not all(_blank(c) for c in cells)]
    # Kobo's HXL row ("#beneficiary+name" under each header) is neither a header nor a person.
    records = [(n, cells) for i, (n, cells) in enumerate(records) if i > HEADER_SCAN_ROWS or not _hxl_row(cells)]
    if not records:
        raise ValidationError(_("The file has no rows."))
    # The header row is the one (among the first rows) whose cells name the most known fields;
    # a title row or a merged group header above it combines with it ("Nom" over "arabe").
    best, best_score = 0, -1
    for i, (_n, cells) in enumerate(records[:HEADER_SCAN_ROWS]):
        score = sum(1 for c in cells if not _blank(c) and field_for_header(str(c)))
        if score > best_score:
            best, best_score = i, score
    header_cells = records[best][1]
    parent = list(records[best - 1][1]) if best > 0 else []
    # A CSV has lost its merged cells: a group header ("Nom arabe") stands in the first column it
    # spanned and the next ones are blank. It covers the named columns after it as the merge did (it
    # only renames name columns below it, so carrying it over other columns changes nothing).
    for col in range(1, len(parent)):
        named = col < len(header_cells) and not _blank(header_cells[col])
        if _blank(parent[col]) and not _blank(parent[col - 1]) and named:
            parent[col] = parent[col - 1]
    headers = []
    for col, cell in enumerate(header_cells):
        text = "" if _blank(cell) else str(cell).strip()
        above = str(parent[col]).strip() if col < len(parent) and not _blank(parent[col]) else None
        if above and text and above != text:
            own = field_for_header(text)
            if own is None and field_for_header(f"{above} {text}"):
                text = f"{above} {text}"
            elif own in ("first_name", "last_name") and arabic_hint(above):
                text = f"{text} ({above})"  # "Prénom" under a merged "Nom arabe"
        elif above and not text:
            text = above
        headers.append(text or f"#{col + 1}")
    width = len(headers)
    rows = [(n, (list(cells) + [None] * width)[:max(width, len(cells))]) for n, cells in records[best + 1:]]
    return Table(headers=headers, rows=rows, header_row=records[best][0], **info)
