"""Importing participants from CSV and XLSX files as spreadsheets really write them.

CSV: any delimiter; UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"), Windows-1256 Arabic,
Latin-1 — detected (BOM, strict UTF-8, then charset-normalizer) and overridable. XLSX: the first or a
chosen sheet, merged header cells, empty rows. Headers in French, English or Arabic are mapped to
fields automatically; the mapping can be changed. Every row is validated; nothing is written until
the import is accepted, and then all valid rows go in one transaction (never half a file).
Re-importing the same file finds the people already registered instead of creating them again.
"""

from __future__ import annotations

import codecs
import csv
import gc
import io
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from itertools import repeat
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from . import audit
from .db import now_iso
from .errors import ValidationError
from .i18n import N_, _
from .participants import clean_fields, require_consent, search_text, split_name
from .textnorm import fold

MAX_BYTES = 200 * 1024 * 1024
LARGE_XLSX_BYTES = 2 * 1024 * 1024
HEADER_SCAN_ROWS = 10

# Field → header words in French, English and Arabic (compared folded: case, accents, harakat ignored).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "full_name": ("nom complet", "nom et prénom", "nom prénom", "prénom et nom", "full name", "name",
                  "participant", "الاسم الكامل", "الاسم واللقب", "الاسم و النسب", "الاسم والنسب"),
    "first_name": ("prénom", "prenom", "first name", "firstname", "given name", "forename", "الاسم الشخصي", "الاسم"),
    "last_name": ("nom", "nom de famille", "last name", "lastname", "surname", "family name", "النسب", "اللقب",
                  "الاسم العائلي"),
    "first_name_ar": ("prénom arabe", "prénom en arabe", "prénom (arabe)", "first name arabic", "arabic first name",
                      "first name (arabic)", "الاسم الشخصي بالعربية", "الاسم بالعربية"),
    "last_name_ar": ("nom arabe", "nom en arabe", "nom (arabe)", "last name arabic", "arabic last name",
                     "last name (arabic)", "النسب بالعربية", "اللقب بالعربية", "الاسم العائلي بالعربية"),
    "gender": ("sexe", "genre", "gender", "sex", "الجنس", "النوع"),
    "birth_year": ("année de naissance", "annee naissance", "date de naissance", "né en", "birth year",
                   "year of birth", "date of birth", "birth date", "سنة الازدياد", "سنة الميلاد", "تاريخ الازدياد",
                   "تاريخ الميلاد"),
    "age": ("âge", "age", "العمر", "السن"),
    "age_band": ("tranche d'âge", "tranche d âge", "classe d'âge", "age band", "age group", "age range",
                 "الفئة العمرية"),
    "nationality": ("nationalité", "nationality", "pays d'origine", "pays", "country", "citizenship", "الجنسية",
                    "البلد"),
    "phone": ("téléphone", "telephone", "tél", "tel", "portable", "mobile", "gsm", "phone", "phone number",
              "whatsapp", "الهاتف", "رقم الهاتف", "الهاتف المحمول"),
    "email": ("email", "e-mail", "e mail", "mail", "courriel", "adresse e-mail", "adresse email", "email address",
              "البريد الإلكتروني", "البريد الالكتروني", "الإيميل"),
    "organisation_name": ("organisation", "organization", "association", "structure", "institution", "organisme",
                          "entité", "employeur", "employer", "المنظمة", "الجمعية", "المؤسسة", "الهيئة"),
    "organisation_kind": ("type d'organisation", "type de structure", "organisation type", "organization type",
                          "نوع المنظمة", "نوع المؤسسة"),
    "role": ("fonction", "rôle", "role", "poste", "position", "job title", "profession", "title", "الصفة",
             "الوظيفة", "المهمة", "المهنة"),
    "city": ("ville", "city", "commune", "localité", "town", "المدينة", "الجماعة"),
    "heard_from": ("comment avez-vous connu", "comment avez vous entendu parler", "source", "how did you hear",
                   "heard from", "how they heard", "كيف عرفت", "كيف سمعت"),
    "language": ("langue", "language", "langue préférée", "preferred language", "اللغة"),
    "consent_data": ("consentement", "consent", "accord", "consentement données", "data consent",
                     "consent to data use", "accord rgpd", "الموافقة", "موافقة", "الموافقة على المعطيات"),
    "consent_photos": ("consentement photos", "droit à l'image", "photos", "photo consent", "consent photos",
                       "الموافقة على الصور", "الصور"),
    "consent_email": ("consentement email", "certificat par email", "certificate by email", "email consent",
                      "consent email", "الموافقة على البريد", "إرسال الشهادة بالبريد"),
    "consent_date": ("date du consentement", "consent date", "تاريخ الموافقة"),
    "consent_recorded_by": ("consentement recueilli par", "recueilli par", "consent recorded by", "recorded by",
                            "سجل الموافقة"),
    "notes": ("notes", "remarques", "commentaires", "observations", "comments", "remarks", "ملاحظات"),
}
FIELD_LABELS = {
    "full_name": N_("Full name"), "first_name": N_("First name"), "last_name": N_("Last name"),
    "first_name_ar": N_("First name (Arabic)"), "last_name_ar": N_("Last name (Arabic)"), "gender": N_("Gender"),
    "birth_year": N_("Birth year"), "age": N_("Age"), "age_band": N_("Age band"), "nationality": N_("Nationality"),
    "phone": N_("Phone"), "email": N_("Email"), "organisation_name": N_("Organisation"),
    "organisation_kind": N_("Kind of organisation"), "role": N_("Role / function"), "city": N_("City"),
    "heard_from": N_("How they heard"), "language": N_("Language"), "consent_data": N_("Consent: data use"),
    "consent_photos": N_("Consent: photos"), "consent_email": N_("Consent: certificate by e-mail"),
    "consent_date": N_("Consent date"), "consent_recorded_by": N_("Consent recorded by"), "notes": N_("Notes"),
}
IMPORT_FIELDS = tuple(FIELD_LABELS)
# Columns that must never be imported (law 09-08; the programme does not collect them).
FORBIDDEN_WORDS = ("statut", "status", "titre de sejour", "carte de sejour", "residence permit", "visa",
                   "passport", "passeport", "cin", "religion", "الوضعية", "الوضع القانوني", "بطاقة الإقامة",
                   "جواز السفر", "الديانة")

_SYN = {f: tuple(sorted({fold(w) for w in words}, key=len, reverse=True)) for f, words in SYNONYMS.items()}


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


@dataclass
class RowError:
    row: int
    column: str
    message: str
    field: str | None = None


@dataclass
class ImportReport:
    file: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    header_row: int
    mapping: dict[str, str | None]
    rows: int = 0
    valid: int = 0
    imported: int = 0
    enrolled: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False
    preview: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("preview")
        data["errors"] = [{"row": e.row, "column": e.column, "field": e.field, "message": e.message} for e in self.errors]
        return data


@contextmanager
def bulk() -> Iterator[None]:
    """No cyclic garbage collection while 100k rows of small objects are built (none are cycles):
    the collector would otherwise walk them again and again (reading twice as fast, checking 20 %)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def new_ids(n: int) -> list[str]:
    """``n`` random UUID4 strings at once (same format as ``db.new_id``, a few times faster)."""
    raw = bytearray(os.urandom(16 * n))
    out = []
    for i in range(0, 16 * n, 16):
        raw[i + 6] = (raw[i + 6] & 0x0F) | 0x40  # version 4
        raw[i + 8] = (raw[i + 8] & 0x3F) | 0x80  # RFC 4122 variant
        h = raw[i:i + 16].hex()
        out.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return out


# -- reading ----------------------------------------------------------------------------------------

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
        raise ValidationError(_("{name} is an old Excel .xls file; save it as .xlsx or CSV and import that.").format(name=path.name))
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
        line = 1
        for cells in reader:
            records.append((line, cells))
            line = reader.line_num + 1
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


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _to_table(records: list[tuple[int, list[Any]]], **info: Any) -> Table:
    records = [(n, cells) for n, cells in records if not all(_blank(c) for c in cells)]
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
    parent = records[best - 1][1] if best > 0 else []
    headers = []
    for col, cell in enumerate(header_cells):
        text = "" if _blank(cell) else str(cell).strip()
        above = str(parent[col]).strip() if col < len(parent) and not _blank(parent[col]) else None
        if above and text and above != text:
            own = field_for_header(text)
            if own is None and field_for_header(f"{above} {text}"):
                text = f"{above} {text}"
            elif own in ("first_name", "last_name") and _arabic_hint(above):
                text = f"{text} ({above})"  # "Prénom" under a merged "Nom arabe"
        elif above and not text:
            text = above
        headers.append(text or f"#{col + 1}")
    width = len(headers)
    rows = [(n, (list(cells) + [None] * width)[:max(width, len(cells))]) for n, cells in records[best + 1:]]
    return Table(headers=headers, rows=rows, header_row=records[best][0], **info)


# -- mapping ----------------------------------------------------------------------------------------

def field_for_header(header: str) -> str | None:
    """The field a header names, or None. Exact synonym first, then the longest synonym it contains."""
    import re

    key = fold(re.sub(r"\(.*?\)", " ", header)) or fold(header)  # "(arabe)", "(JJ/MM/AAAA)" only qualify
    if not key:
        return None
    if forbidden_columns([header]):
        return None
    arabic = _arabic_hint(header)
    found = None
    for f, words in _SYN.items():
        if key in words:
            found = f
            break
    if found is None:
        best_len = 0
        for f, words in _SYN.items():
            for w in words:
                if len(w) > best_len and len(w) >= 3 and (f" {w} " in f" {key} "):
                    found, best_len = f, len(w)
    if found in ("first_name", "last_name") and arabic:
        found += "_ar"
    return found


def _arabic_hint(text: str) -> bool:
    words = fold(text).split()
    return any(w in words for w in ("arabe", "arabic", "ar", "بالعربيه", "عربي", "بالعربي"))


def guess_mapping(headers: list[str]) -> dict[str, str | None]:
    """Header → field (None = not imported); each field is used by one column only."""
    mapping: dict[str, str | None] = {}
    used: set[str] = set()
    for h in headers:
        f = field_for_header(h)
        if f in used:
            f = None
        if f:
            used.add(f)
        mapping[h] = f
    return mapping


def forbidden_columns(headers: list[str]) -> list[str]:
    """Columns that look like legal/immigration status or identity documents: never imported."""
    out = []
    for h in headers:
        words = fold(h).split()
        key = fold(h)
        if any(fold(w) in words or (" " in w and fold(w) in key) for w in FORBIDDEN_WORDS):
            out.append(h)
    return out


def resolve_mapping(headers: list[str], given: dict[str, Any] | str | None) -> dict[str, str | None]:
    """The automatic mapping, overridden by ``given`` ({header or column number: field or null})."""
    mapping = guess_mapping(headers)
    if given is None:
        return mapping
    if isinstance(given, str):
        try:
            given = json.loads(given)
        except json.JSONDecodeError as exc:
            raise ValidationError(_("--mapping is not valid JSON ({detail}).").format(detail=exc)) from None
    if not isinstance(given, dict):
        raise ValidationError(_('--mapping must be a JSON object like {"Nom": "last_name", "Tel": "phone"}.'))
    for key, value in given.items():
        header = key
        if key not in mapping and str(key).isdigit() and 1 <= int(key) <= len(headers):
            header = headers[int(key) - 1]
        if header not in mapping:
            raise ValidationError(_("--mapping names a column '{column}' that the file does not have; its columns are: {columns}.").format(
                column=key, columns=", ".join(headers)))
        if value not in (None, "") and value not in IMPORT_FIELDS:
            raise ValidationError(_("--mapping: '{field}' is not a field; fields are: {fields}.").format(
                field=value, fields=", ".join(IMPORT_FIELDS)))
        if value:
            for other, f in mapping.items():
                if f == value:
                    mapping[other] = None
        mapping[header] = value or None
    return mapping


# -- validation and writing -------------------------------------------------------------------------

def _exact_key(f: dict[str, Any]) -> str:
    return "|".join(fold(f.get(k)) for k in ("first_name", "last_name", "first_name_ar", "last_name_ar"))


def _existing(db: Database) -> tuple[dict[str, str], dict[str, str], dict[str, list[tuple[str, str | None, str | None]]]]:
    emails, phones, names = {}, {}, {}
    for pid, f1, l1, f2, l2, phone, email in db.execute(
        "SELECT id, first_name, last_name, first_name_ar, last_name_ar, phone, email FROM participants WHERE erased_at IS NULL"
    ):
        if email:
            emails.setdefault(email.lower(), pid)
        if phone:
            phones.setdefault(phone, pid)
        key = _exact_key({"first_name": f1, "last_name": l1, "first_name_ar": f2, "last_name_ar": l2})
        names.setdefault(key, []).append((pid, email, phone))
    return emails, phones, names


def validate_table(db: Database, table: Table, mapping: dict[str, str | None], *, assume_consent: bool = False,
                   actor: str | None = None, today: date | None = None) -> tuple[ImportReport, list[dict[str, Any]], set[str]]:
    """Check every row; returns the report, the new rows to insert and the known people to enrol."""
    today = today or date.today()
    report = ImportReport(file="", encoding=table.encoding, delimiter=table.delimiter, sheet=table.sheet,
                          header_row=table.header_row, mapping=dict(mapping))
    report.ignored_columns = forbidden_columns(table.headers)
    col_of = {f: i for i, f in enumerate(mapping.get(h) for h in table.headers) if f}
    header_of = {f: table.headers[i] for f, i in col_of.items()}
    emails, phones, names = _existing(db)
    new_rows: list[dict[str, Any]] = []
    known: set[str] = set()
    seen_email: dict[str, int] = {}
    seen_phone: dict[str, int] = {}
    seen_name: dict[str, int] = {}
    now = now_iso()
    columns = list(col_of.items())
    memo: dict[tuple[str, Any], tuple[Any, str | None]] = {}
    for number, cells in table.rows:
        report.rows += 1
        raw: dict[str, Any] = {}
        width = len(cells)
        for f, i in columns:
            value = cells[i] if i < width else None
            if type(value) is str:
                value = value.strip()
            elif value is not None and hasattr(value, "isoformat"):  # date cells of a workbook
                value = value.year if f == "birth_year" else value.isoformat()[:10]
            raw[f] = value
        full = raw.pop("full_name", None)
        if full:
            for k, v in split_name(str(full)).items():
                if v and not raw.get(k):
                    raw[k] = v
        if assume_consent and "consent_data" not in col_of:
            raw["consent_data"] = True
            raw.setdefault("consent_recorded_by", actor)
        clean, problems = clean_fields(raw, today=today, move_scripts=True, memo=memo)
        problems += require_consent(clean)
        if clean.get("consent_data") and not clean.get("consent_recorded_by"):
            clean["consent_recorded_by"] = actor
        if problems:
            for p in problems:
                column = header_of.get(p.field) or header_of.get("full_name" if p.field in ("first_name", "last_name") else "", "")
                if not column:
                    column = _(FIELD_LABELS.get(p.field, p.field))
                report.errors.append(RowError(number, column, p.message, p.field))
            continue
        report.valid += 1
        # Already known? Same e-mail, same phone, or the same names without a different e-mail/phone.
        match, how = None, None
        exact = _exact_key(clean)
        if clean.get("email") and clean["email"] in emails:
            match, how = emails[clean["email"]], "email"
        elif clean.get("phone") and clean["phone"] in phones:
            match, how = phones[clean["phone"]], "phone"
        else:
            for pid, email, phone in names.get(exact, []):
                if (not email or not clean.get("email") or email == clean["email"]) and (
                        not phone or not clean.get("phone") or phone == clean["phone"]):
                    match, how = pid, "name"
                    break
        if match:
            report.duplicates.append({"row": number, "participant_id": match, "match": how})
            known.add(match)
            continue
        earlier = None
        if clean.get("email"):
            earlier = seen_email.get(clean["email"])
        if earlier is None and clean.get("phone"):
            earlier = seen_phone.get(clean["phone"])
        if earlier is None:
            earlier = seen_name.get(exact + f"|{clean.get('email')}|{clean.get('phone')}")
        if earlier is not None:
            report.duplicates.append({"row": number, "participant_id": None, "match": "row", "same_as_row": earlier})
            continue
        for store, key in ((seen_email, clean.get("email")), (seen_phone, clean.get("phone"))):
            if key:
                store[key] = number
        seen_name[exact + f"|{clean.get('email')}|{clean.get('phone')}"] = number
        row = {k: clean.get(k) for k in _COLUMNS}
        row.update(search_text=search_text(clean), created_at=now, updated_at=now)
        new_rows.append(row)
        if len(report.preview) < 50:
            report.preview.append({"row": number, **{k: clean.get(k) for k in _COLUMNS}})
    for row, pid in zip(new_rows, new_ids(len(new_rows)), strict=True):
        row["id"] = pid
    report.skipped = report.rows - len(new_rows)
    return report, new_rows, known


_COLUMNS = ("first_name", "last_name", "first_name_ar", "last_name_ar", "gender", "birth_year", "age_band",
            "nationality", "phone", "email", "organisation_name", "organisation_kind", "role", "city", "heard_from",
            "language", "consent_data", "consent_photos", "consent_email", "consent_date", "consent_recorded_by",
            "notes")
_INSERT_COLS = (*_COLUMNS, "id", "search_text", "created_at", "updated_at")


def write_rows(db: Database, workshop_id: str | None, rows: list[dict[str, Any]], known: set[str],
               *, actor: str | None = None, source: str = "") -> int:
    """Insert the new people and enrol everyone, in one transaction. Returns new enrolments."""
    now = now_iso()
    rows = sorted(rows, key=lambda r: r["id"])  # primary-key order: the id index grows at its end
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")  # the indexes of 100k rows stay in memory
    try:
        return _write_rows(db, workshop_id, rows, known, now, actor, source)
    finally:
        db.execute(f"PRAGMA cache_size = {cache}")


BULK_CACHE_KIB = 64 * 1024


def _write_rows(db: Database, workshop_id: str | None, rows: list[dict[str, Any]], known: set[str], now: str,
                actor: str | None, source: str) -> int:
    with db.atomic():
        # Bulk load: filling the search index once after the rows is ~6× faster than its per-row
        # trigger. The trigger is dropped and re-created inside this same transaction, so a failure
        # rolls everything back, trigger included.
        trigger = db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'participants_fts_ai'").fetchone()
        last_rowid = db.execute("SELECT COALESCE(MAX(rowid), 0) FROM participants").fetchone()[0]
        if trigger and len(rows) > 100:
            db.execute("DROP TRIGGER participants_fts_ai")
        db.conn.executemany(
            f"INSERT INTO participants ({', '.join(_INSERT_COLS)}) VALUES ({', '.join('?' * len(_INSERT_COLS))})",
            [tuple(r[c] for c in _INSERT_COLS) for r in rows],
        )
        if trigger and len(rows) > 100:
            db.execute("INSERT INTO participants_fts (rowid, search_text)"
                       " SELECT rowid, search_text FROM participants WHERE rowid > ?", [last_rowid])
            db.execute(trigger[0])
        enrolled = 0
        if workshop_id:
            before = db.conn.total_changes
            db.conn.executemany(
                "INSERT OR IGNORE INTO enrolments (id, workshop_id, participant_id, role, enrolled_at)"
                " VALUES (?, ?, ?, 'participant', ?)",
                # Random ids handed out in sorted order, to participants in sorted order: both unique
                # indexes then grow at their end (2× faster on 100k rows).
                zip(sorted(new_ids(len(rows) + len(known))), repeat(workshop_id),
                    sorted([r["id"] for r in rows] + list(known)), repeat(now)),
            )
            enrolled = db.conn.total_changes - before
        audit.log(db, "import", "participant", None,
                  {"workshop": workshop_id, "created": len(rows), "enrolled": enrolled, "file": source}, actor)
    return enrolled


def import_file(db: Database, workshop_id: str | None, path: str | Path, *, mapping: dict[str, Any] | str | None = None,
                dry_run: bool = False, skip_invalid: bool = False, assume_consent: bool = False,
                encoding: str | None = None, delimiter: str | None = None, sheet: str | None = None,
                actor: str | None = None) -> ImportReport:
    """Read, validate and (unless ``dry_run``) import a file into ``workshop_id``.

    With errors, nothing is written unless ``skip_invalid`` accepts the valid rows alone.
    """
    with bulk():
        table = read_file(path, encoding=encoding, delimiter=delimiter, sheet=sheet)
    return import_table(db, workshop_id, table, mapping=resolve_mapping(table.headers, mapping), dry_run=dry_run,
                        skip_invalid=skip_invalid, assume_consent=assume_consent, actor=actor, source=Path(path).name)


def import_table(db: Database, workshop_id: str | None, table: Table, *, mapping: dict[str, str | None],
                 dry_run: bool = False, skip_invalid: bool = False, assume_consent: bool = False,
                 actor: str | None = None, source: str = "") -> ImportReport:
    if not any(f in mapping.values() for f in ("full_name", "first_name", "last_name", "first_name_ar", "last_name_ar")):
        raise ValidationError(_("No column is mapped to a name; map one with --mapping, e.g. {\"Nom\": \"last_name\"}."))
    with bulk():
        report, rows, known = validate_table(db, table, mapping, assume_consent=assume_consent, actor=actor)
    report.file = source
    report.dry_run = dry_run
    if dry_run:
        return report  # ``skipped`` says what an import would skip
    if (report.errors and not skip_invalid) or not (rows or known):
        report.skipped = report.rows  # nothing accepted: every row skipped
        return report
    with bulk():
        report.enrolled = write_rows(db, workshop_id, rows, known, actor=actor, source=source)
    report.imported = len(rows)
    report.written = True
    return report
