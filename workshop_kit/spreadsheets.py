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
import re
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

from .errors import ValidationError
from .i18n import _, _n
from .import_headers import arabic_hint, field_for_header, is_hxl

MAX_BYTES = 200 * 1024 * 1024
HEADER_SCAN_ROWS = 10
# Limits on what a small file may make us build (a 5 kB workbook can declare a billion cells). A
# programme's whole participant list (100k rows, 8 columns) is 45 MB unzipped and 0.8M cells.
MAX_ROWS = 250_000  # rows with something in them
MAX_COLUMNS = 1_000
MAX_CELLS = 20_000_000  # cells and shared strings declared in the workbook's XML
MAX_XLSX_UNCOMPRESSED = 256 * 1024 * 1024
MAX_XLSX_PARTS = 10_000
MAX_MERGED_RANGES = 10_000
MAX_MERGED_CELLS = 1_000_000  # within the rows the sheet has
EXCEL_MAX_ROWS, EXCEL_MAX_COLUMNS = 1_048_576, 16_384


@dataclass
class Table:
    """Cells as read, before any mapping: header texts and data rows with the row number users see."""

    headers: list[str]
    rows: list[tuple[int, list[Any]]] | Rows
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
    return read_csv_path(path, encoding=encoding, delimiter=delimiter)


def detect_encoding(data: bytes, *, utf8_checked: bool = False) -> str:
    """BOM first, then strict UTF-8, then charset-normalizer (Windows-1256 Arabic, Latin-1, …)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if not utf8_checked:
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
    return read_csv(lambda: io.BytesIO(data), encoding=encoding, delimiter=delimiter)


def read_csv_path(path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> Table:
    return read_csv(lambda: open(path, "rb"), encoding=encoding, delimiter=delimiter)


SAMPLE_BYTES = 1 << 20


def read_csv(opener: Callable[[], BinaryIO], *, encoding: str | None = None, delimiter: str | None = None) -> Table:
    """A CSV read row by row from ``opener()``'s bytes: one pass checks the whole file (text, limits,
    CSV syntax) and finds the header among the first rows; the rows are read again, one at a time,
    when ``Table.rows`` is iterated. Memory stays flat with the file's size."""
    with opener() as fh:
        sample = fh.read(SAMPLE_BYTES)
        blank = not sample.strip()
        while blank and (chunk := fh.read(SAMPLE_BYTES)):
            blank = not chunk.strip()
    if blank:
        raise ValidationError(_("The file is empty."))
    enc = encoding or _detect_streamed(opener, sample)
    try:
        codecs.lookup(enc)
    except LookupError:
        raise ValidationError(_("Unknown text encoding '{encoding}'; use e.g. utf-8, utf-16, cp1256 or latin-1.").format(encoding=enc)) from None
    head_text = _head_text(opener, enc)
    delim = delimiter or sniff_delimiter(head_text)
    if len(delim) != 1:
        raise ValidationError(_("The delimiter must be one character (e.g. ';' or ',')."))

    def records() -> Iterator[tuple[int, list[Any]]]:
        return _csv_records(opener, enc, delim)

    return _to_table(records, encoding=enc, delimiter=delim)


def _detect_streamed(opener: Callable[[], BinaryIO], sample: bytes) -> str:
    """``detect_encoding`` without holding the file: BOM and UTF-16 from its start, strict UTF-8 over
    the whole file decoded in chunks, else charset-normalizer on its start."""
    enc = detect_encoding(sample[:4]) if sample.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                                                             codecs.BOM_UTF16_BE)) else None
    if enc:
        return enc
    if _bad_byte(opener, "utf-8") is None:
        return "utf-8"
    return detect_encoding(sample[:200_000] if len(sample) > 200_000 else sample, utf8_checked=True)


def _bad_byte(opener: Callable[[], BinaryIO], enc: str) -> int | None:
    """The offset of the first byte that is not ``enc`` text, or None; decoded a chunk at a time."""
    decoder = codecs.getincrementaldecoder(enc)()
    offset = 0
    with opener() as fh:
        while True:
            chunk = fh.read(SAMPLE_BYTES)
            pending = len(decoder.getstate()[0])
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                return offset - pending + exc.start
            if not chunk:
                return None
            offset += len(chunk)


def _head_text(opener: Callable[[], BinaryIO], enc: str) -> str:
    """The file's first lines as text (for the delimiter); a bad byte there is reported."""
    with opener() as fh:
        text = io.TextIOWrapper(fh, encoding=enc, newline="")
        try:
            lines = [line for _i, line in zip(range(30), text, strict=False)]
        except UnicodeDecodeError:
            raise ValidationError(_not_text(enc, _bad_byte(opener, enc) or 0)) from None
    return "".join(lines).lstrip("\ufeff")


def _not_text(enc: str, position: int) -> str:
    return _("The file is not valid {encoding} text (byte {position}); choose another encoding.").format(
        encoding=enc, position=position)


def _lines(text: io.TextIOWrapper, delim: str) -> Iterator[str]:
    """Physical lines, checked before the csv module builds anything from them: NUL characters,
    millions of lines, a giant row."""
    for number, line in enumerate(text, start=1):
        if number == 1:
            line = line.lstrip("\ufeff")
        if "\x00" in line:
            raise ValidationError(_("The file contains binary data (NUL characters); it is not a CSV file. Save it as CSV or XLSX."))
        if number > 4 * MAX_ROWS:
            raise ValidationError(_too_long())
        if line.count(delim) > 10 * MAX_COLUMNS:
            raise ValidationError(_too_wide(number))
        yield line


def _csv_records(opener: Callable[[], BinaryIO], enc: str, delim: str) -> Iterator[tuple[int, list[Any]]]:
    """Non-blank rows with their numbers, read one at a time, within the row and column limits."""
    with opener() as fh:
        text = io.TextIOWrapper(fh, encoding=enc, newline="")
        reader = csv.reader(_lines(text, delim), delimiter=delim)
        kept = 0
        try:
            # Numbered as a spreadsheet shows them: a cell with line breaks (a Google Forms question with
            # its description) spans several lines of the file but is one row.
            for number, cells in enumerate(reader, start=1):
                width = len(cells)
                while width and not cells[width - 1].strip():
                    width -= 1
                if width > MAX_COLUMNS:
                    raise ValidationError(_too_wide(number))
                if width:  # blank rows are left out
                    kept += 1
                    if kept > MAX_ROWS:
                        raise ValidationError(_too_long())
                    yield number, cells
        except csv.Error as exc:
            raise ValidationError(_("Line {line} of the file cannot be read as CSV ({detail}).").format(
                line=reader.line_num, detail=exc)) from None
        except UnicodeDecodeError:
            raise ValidationError(_not_text(enc, _bad_byte(opener, enc) or 0)) from None


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(line for line in text.splitlines()[:30] if line.strip())
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ";,\t|"}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    """Stream one sheet of a workbook, after ``xlsx_limits`` has checked what it declares."""
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    data = path.read_bytes()
    shapes = xlsx_limits(data, path.name)
    # Always streamed (read-only mode): reading a workbook whole makes a cell object for every
    # position of its used rectangle and of every merged range, which one far cell ("XFD1048576")
    # or one whole-sheet merge turns into gigabytes. Merged cells come from our own scan instead.
    try:
        wb = load_workbook(io.BytesIO(data), data_only=True, read_only=True)
        names = wb.sheetnames
        if sheet is not None:
            if sheet.isdigit() and sheet not in names and 1 <= int(sheet) <= len(names):
                sheet = names[int(sheet) - 1]
            if sheet not in names:
                raise ValidationError(_("No sheet '{sheet}' in {name}; its sheets are: {sheets}.").format(
                    sheet=sheet, name=path.name, sheets=", ".join(names)))
        ws = wb[sheet] if sheet else wb[names[0]]
        ws.reset_dimensions()  # a declared size may lie; rows are as long as their last cell
        merges = shapes.get(str(getattr(ws, "_worksheet_path", "")).lstrip("/"), [])
        records = _sheet_records(ws.iter_rows(values_only=True), merges)
        wb.close()
    except ValidationError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, TypeError, IndexError, OSError,
            EOFError, SyntaxError, AttributeError, InvalidFileException, zlib.error, RuntimeError,
            NotImplementedError) as exc:
        # SyntaxError: damaged XML (ElementTree's ParseError and lxml's XMLSyntaxError derive from it).
        raise ValidationError(_("{name} cannot be opened as an Excel workbook ({detail}).").format(
            name=path.name, detail=exc)) from None
    except MemoryError:
        raise ValidationError(_("{name} is too large to read on this computer; split it into smaller files.").format(
            name=path.name)) from None
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
        # The same row and column limits as CSV and XLSX.
        records = _sheet_records((tuple(_xls_value(c, book.datemode) for c in ws.row(r)) for r in range(ws.nrows)), [])
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


def _sheet_records(rows: Iterator[tuple[Any, ...]], merges: list[tuple[int, int, int, int]]) -> list[tuple[int, list[Any]]]:
    """Rows with their numbers, trailing blanks cut, within the row and column limits; a merged
    cell's value is given to every cell of its range that lies within the data."""
    records: list[tuple[int, list[Any]]] = []
    kept = 0
    for number, values in enumerate(rows, start=1):
        if number > EXCEL_MAX_ROWS:
            raise ValidationError(_("The sheet has rows beyond Excel's last row ({max}); the file is damaged.").format(
                max=EXCEL_MAX_ROWS))
        cells = list(values)
        while cells and _blank(cells[-1]):
            cells.pop()
        if not cells:
            continue
        if len(cells) > MAX_COLUMNS:
            raise ValidationError(_too_wide(number))
        kept += 1
        if kept > MAX_ROWS:
            raise ValidationError(_too_long())
        records.append((number, cells))
    if merges and records:
        by_number = {n: cells for n, cells in records}
        width = max(len(cells) for _n, cells in records)
        for min_row, min_col, max_row, max_col in merges:
            top = by_number.get(min_row)
            value = top[min_col - 1] if top is not None and min_col <= len(top) else None
            if value is None:
                continue
            for r in range(min_row, min(max_row, records[-1][0]) + 1):
                row = by_number.get(r)
                if row is None:
                    continue
                right = min(max_col, width)
                if len(row) < right:
                    row.extend([None] * (right - len(row)))
                for c in range(min_col, right + 1):
                    row[c - 1] = value
    return records


# Element names with and without a namespace prefix ("<x:c>"); the plain patterns are 3× faster.
_TAG = re.compile(rb"<(row|mergeCell)(?=[\s/>])([^>]*)>")
_CELL = re.compile(rb"<c[\s/>]")
_PREFIXED = re.compile(rb"<[A-Za-z_][\w.-]*:")
_TAG_ANY = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|mergeCell)(?=[\s/>])([^>]*)>")
_CELL_ANY = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")
_ROW_NUMBER = re.compile(rb"\sr\s*=\s*[\"']\s*(\d+)")
_REF = re.compile(rb"\sref\s*=\s*[\"']([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?[\"']")


def xlsx_limits(data: bytes, name: str) -> dict[str, list[tuple[int, int, int, int]]]:
    """Check a workbook's size and shape from its zip directory and a scan of its XML, before any
    spreadsheet library builds anything from it; returns the merged ranges of each XML part.

    Refused: more than ``MAX_XLSX_UNCOMPRESSED`` once unzipped (a 5 kB zip can hold gigabytes),
    more cells than ``MAX_CELLS``, rows of more than Excel's 16,384 cells, more than
    ``MAX_MERGED_RANGES`` merged ranges or a merged area beyond ``MAX_MERGED_CELLS`` within the rows
    the sheet has (a whole-sheet merge in an empty sheet costs nothing and is accepted).
    """
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise ValidationError(_("{name} cannot be opened as an Excel workbook ({detail}).").format(
            name=name, detail=exc)) from None
    infos = archive.infolist()
    unpacked = sum(i.file_size for i in infos)  # zipfile never returns more than this (and checks the CRC)
    if len(infos) > MAX_XLSX_PARTS or unpacked > MAX_XLSX_UNCOMPRESSED:
        raise ValidationError(_too_big(name, unpacked))
    shapes: dict[str, list[tuple[int, int, int, int]]] = {}
    cells = 0
    try:
        for info in infos:
            if not info.filename.endswith(".xml") or info.is_dir():
                continue
            merges: list[tuple[int, int, int, int]] = []
            last_row = row_number = 0
            with archive.open(info) as fh:
                carry = b""
                row_start, row_cells = 0, 0  # where the current row began in ``text``; its cells before that
                while True:
                    chunk = fh.read(1 << 20)
                    text = carry + chunk
                    cut = text.rfind(b"<") if chunk else len(text)
                    cut = len(text) if cut < 0 else cut
                    tag, cell = (_TAG_ANY, _CELL_ANY) if _PREFIXED.search(text, 0, cut) else (_TAG, _CELL)
                    cells += len(cell.findall(text, 0, cut)) + text.count(b"<si", 0, cut)
                    for m in tag.finditer(text, 0, cut):
                        if m.group(1) == b"mergeCell":
                            merges.append(_merge_range(m.group(2), name))
                            continue
                        if _row_width(cell, text, row_start, m.start(), row_cells) > EXCEL_MAX_COLUMNS:
                            raise ValidationError(_too_wide(row_number or 1))
                        number = _ROW_NUMBER.search(m.group(2))
                        row_number = int(number.group(1)) if number else row_number + 1
                        if row_number > EXCEL_MAX_ROWS:
                            raise ValidationError(_("The sheet has rows beyond Excel's last row ({max}); the file is "
                                                    "damaged.").format(max=EXCEL_MAX_ROWS))
                        last_row = max(last_row, row_number)
                        row_start, row_cells = m.start(), 0
                    if cells > MAX_CELLS:
                        raise ValidationError(_("{name} holds more than {max} cells; split it into smaller files.").format(
                            name=name, max=f"{MAX_CELLS:,}".replace(",", " ")))
                    width = _row_width(cell, text, row_start, cut, row_cells)
                    if width > EXCEL_MAX_COLUMNS:
                        raise ValidationError(_too_wide(row_number or 1))
                    if not chunk:
                        break
                    carry = text[cut:]
                    row_start, row_cells = row_start - cut, width
                    if len(carry) > (1 << 20):  # one tag of a megabyte: not a spreadsheet
                        raise ValidationError(_("{name} cannot be opened as an Excel workbook ({detail}).").format(
                            name=name, detail=info.filename))
            if merges:
                _check_merges(merges, last_row, name)
                shapes[info.filename] = merges
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, RuntimeError, NotImplementedError, ValueError) as exc:
        raise ValidationError(_("{name} cannot be opened as an Excel workbook ({detail}).").format(
            name=name, detail=exc)) from None
    return shapes


def _row_width(cell: re.Pattern[bytes], text: bytes, start: int, end: int, before: int) -> int:
    """Cells of the row that began at ``start`` (negative: in an earlier chunk, with ``before`` cells)."""
    if end - start <= 4 * EXCEL_MAX_COLUMNS and not before:  # a cell takes at least 4 bytes ("<c/>")
        return 0
    return before + len(cell.findall(text, max(start, 0), end))


def _merge_range(attrs: bytes, name: str) -> tuple[int, int, int, int]:
    from openpyxl.utils import column_index_from_string

    m = _REF.search(attrs)
    if m is None:
        raise ValidationError(_("{name} cannot be opened as an Excel workbook ({detail}).").format(
            name=name, detail="mergeCell"))
    try:
        c1, r1 = column_index_from_string(m.group(1).decode().upper()), int(m.group(2))
        c2 = column_index_from_string(m.group(3).decode().upper()) if m.group(3) else c1
    except ValueError as exc:
        raise ValidationError(_("{name} cannot be opened as an Excel workbook ({detail}).").format(
            name=name, detail=exc)) from None
    r2 = int(m.group(4)) if m.group(4) else r1
    return min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)


def _check_merges(merges: list[tuple[int, int, int, int]], last_row: int, name: str) -> None:
    if len(merges) > MAX_MERGED_RANGES:
        raise ValidationError(_n("{name} has %n merged range(s); at most {max} can be read. Unmerge the cells "
                                 "and save again.", len(merges)).format(name=name, max=MAX_MERGED_RANGES))
    area = sum(max(0, min(r2, last_row) - r1 + 1) * (c2 - c1 + 1) for r1, c1, r2, c2 in merges)
    if area > MAX_MERGED_CELLS:
        raise ValidationError(_("{name} has merged ranges covering {n} cells; at most {max} can be read. Unmerge "
                                "the cells and save again.").format(
            name=name, n=f"{area:,}".replace(",", " "), max=f"{MAX_MERGED_CELLS:,}".replace(",", " ")))


def _too_big(name: str, size: int) -> str:
    return _("{name} holds {mb} MB once unzipped; at most {max} MB can be read. Split it into smaller files.").format(
        name=name, mb=size // (1024 * 1024), max=MAX_XLSX_UNCOMPRESSED // (1024 * 1024))


def _too_wide(row: int) -> str:
    return _("Row {row} has more than {max} columns; remove the columns that are not needed.").format(
        row=row, max=MAX_COLUMNS)


def _too_long() -> str:
    return _("The file has more than {max} rows; split it into smaller files.").format(
        max=f"{MAX_ROWS:,}".replace(",", " "))


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _hxl_row(cells: list[Any]) -> bool:
    """Every filled cell is an HXL hashtag."""
    filled = [c for c in cells if not _blank(c)]
    return bool(filled) and all(isinstance(c, str) and is_hxl(c) for c in filled)


class Rows(Sequence[tuple[int, list[Any]]]):
    """A file's data rows, read again from the file each time they are iterated (never held whole);
    sliced and indexed as a list is (the first rows for a preview)."""

    def __init__(self, records: Callable[[], Iterator[tuple[int, list[Any]]]], skip: int, width: int, count: int) -> None:
        self._records, self._skip, self._width, self._count = records, skip, width, count

    def __iter__(self) -> Iterator[tuple[int, list[Any]]]:
        return _data_rows(_kept(self._records()), self._skip, self._width)

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            return list(islice(self, start, stop, step))
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        return next(islice(self, index, None))

    def __eq__(self, other: object) -> bool:
        return list(self) == (list(other) if isinstance(other, Sequence) else other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Rows({self._count} rows)"


def _kept(records: Iterable[tuple[int, list[Any]]]) -> Iterator[tuple[int, list[Any]]]:
    """Rows with something in them, without Kobo's HXL row ("#beneficiary+name" under each header),
    which is neither a header nor a person (looked for among the first rows)."""
    i = 0
    for n, cells in records:
        if all(_blank(c) for c in cells):
            continue
        i += 1
        if i <= HEADER_SCAN_ROWS + 1 and _hxl_row(cells):
            continue
        yield n, cells


def _data_rows(kept: Iterator[tuple[int, list[Any]]], skip: int, width: int) -> Iterator[tuple[int, list[Any]]]:
    """The rows under the header, each at least as long as the header."""
    for n, cells in islice(kept, skip, None):
        yield n, (list(cells) + [None] * width)[:max(width, len(cells))]


def _to_table(records: list[tuple[int, list[Any]]] | Callable[[], Iterator[tuple[int, list[Any]]]],
              **info: Any) -> Table:
    """A ``Table`` from a list of rows (held: a workbook's sheet) or a function giving them afresh
    (streamed: a CSV file; this reads them once through, checking them, and keeps only the first)."""
    if callable(records):
        head: list[tuple[int, list[Any]]] = []
        total = 0
        for record in _kept(records()):
            total += 1
            if len(head) < HEADER_SCAN_ROWS:
                head.append(record)
    else:
        kept = list(_kept(records))
        head, total = kept[:HEADER_SCAN_ROWS], len(kept)
    if not head:
        raise ValidationError(_("The file has no rows."))
    # The header row is the one (among the first rows) whose cells name the most known fields;
    # a title row or a merged group header above it combines with it ("Nom" over "arabe").
    best, best_score = 0, -1
    for i, (_row, cells) in enumerate(head):
        score = sum(1 for c in cells if not _blank(c) and field_for_header(str(c)))
        if score > best_score:
            best, best_score = i, score
    header_cells = head[best][1]
    parent = list(head[best - 1][1]) if best > 0 else []
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
    rows: list[tuple[int, list[Any]]] | Rows
    if callable(records):
        rows = Rows(records, best + 1, width, total - best - 1)
    else:
        rows = list(_data_rows(iter(kept), best + 1, width))
    return Table(headers=headers, rows=rows, header_row=head[best][0], **info)
