"""Importing participants from CSV and XLSX files as spreadsheets really write them.

CSV: any delimiter; UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"), Windows-1256 Arabic,
Latin-1 — detected (BOM, strict UTF-8, then charset-normalizer) and overridable. XLSX: the first or a
chosen sheet, merged header cells, empty rows. Headers in French, English or Arabic are mapped to
fields automatically; the mapping can be changed. Every row is validated; nothing is written until
the import is accepted, and then all valid rows go in one transaction (never half a file).
Re-importing the same file finds the people already registered instead of creating them again.
A phone number alone never makes two rows one person (families and friends share phones): it is
reported as a possible duplicate to review. On request, a person whose only problems are in optional
fields (an impossible birth date, an office phone) is imported without those fields, which the
report lists.
"""

from __future__ import annotations

import gc
import json
import os
import shlex
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from hashlib import blake2b
from itertools import repeat
from pathlib import Path
from typing import Any

from . import audit, dbconnect
from .changes import NOTHING, ChangeSet, record
from .db import now_iso
from .errors import Cancelled, ValidationError
from .i18n import _
from .import_headers import (  # noqa: F401 - part of this module's API
    FIELD_LABELS,
    FORBIDDEN_WORDS,
    IMPORT_FIELDS,
    SYNONYMS,
    field_for_header,
    forbidden_columns,
    guess_mapping,
    resolve_mapping,
)
from .participants import clean_fields, require_consent, search_text, split_name
from .spreadsheets import (  # noqa: F401 - part of this module's API
    MAX_BYTES,
    Table,
    detect_encoding,
    read_csv_bytes,
    read_file,
    read_xlsx,
    sniff_delimiter,
)
from .sqlconn import Database
from .textnorm import fold

Progress = Callable[[int, int, str], None]

# Never left out to let a person in: without a name or consent there is nobody to import.
REQUIRED_FIELDS = frozenset({"first_name", "last_name", "first_name_ar", "last_name_ar", "consent_data"})


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
    possible_duplicates: list[dict[str, Any]] = field(default_factory=list)
    cleared: list[RowError] = field(default_factory=list)
    consent_column: bool = False
    missing_consent: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False
    preview: list[dict[str, Any]] = field(default_factory=list)

    @property
    def changes(self) -> ChangeSet:
        """New people and enrolments when rows were written; nothing for a check (``dry_run``)."""
        return ChangeSet(participants=True, enrolments=True) if self.written else NOTHING

    def optional_only_rows(self) -> int:
        """Refused rows whose every problem is in an optional field (importable without those fields)."""
        fields: dict[int, set[str | None]] = {}
        for e in self.errors:
            fields.setdefault(e.row, set()).add(e.field)
        return sum(1 for found in fields.values() if not found & REQUIRED_FIELDS)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("preview")
        for key in ("errors", "cleared"):
            data[key] = [{"row": e.row, "column": e.column, "field": e.field, "message": e.message}
                         for e in getattr(self, key)]
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


def sorted_new_ids(n: int, chunk: int = 2000) -> Iterator[str]:
    """``n`` random UUID4 strings (as ``new_ids``) in ascending order, made a chunk at a time: each
    chunk's ids start within its own slice of the first 32 bits, so sorting each chunk sorts them all
    and memory does not grow with ``n``."""
    parts = max(1, -(-n // chunk))
    for j in range(parts):
        lo, hi = (j << 32) // parts, ((j + 1) << 32) // parts
        m = n // parts + (j < n % parts)
        starts = os.urandom(4 * m)
        yield from sorted(f"{lo + int.from_bytes(starts[4 * k:4 * k + 4], 'big') % (hi - lo):08x}{uid[8:]}"
                          for k, uid in enumerate(new_ids(m)))


# -- validation and writing -------------------------------------------------------------------------

KNOWN = "temp.import_known_keys"  # the keys of the people already registered, for this import
KEYS = "temp.import_keys"  # the keys of the file's new rows checked so far (duplicates within the file)
CHUNK = "temp.import_chunk"  # the keys of the rows being looked up


def _name_key(f1: str | None, l1: str | None, f2: str | None, l2: str | None) -> str:
    return "|".join(fold(v) for v in (f1, l1, f2, l2))


def _lower(text: str | None) -> str | None:
    return text.lower() if text else text


def _index_existing(db: Database) -> None:
    """The keys of the people already registered (e-mail, phone, folded names) in an indexed
    temporary table, in table order: looked up a chunk of rows at a time instead of held in Python."""
    conn = db.conn
    conn.create_function("wk_import_lower", 1, _lower, deterministic=True)
    conn.create_function("wk_import_name", 4, _name_key, deterministic=True)
    _drop_lookups(db)
    db.execute(f"CREATE TABLE {KNOWN} (seq INTEGER PRIMARY KEY, id TEXT, email TEXT, raw_email TEXT, phone TEXT,"
               " name TEXT)")
    db.execute(f"INSERT INTO {KNOWN} (id, email, raw_email, phone, name) SELECT id, wk_import_lower(email), email,"
               " phone, wk_import_name(first_name, last_name, first_name_ar, last_name_ar) FROM participants"
               " WHERE erased_at IS NULL ORDER BY rowid")
    for col in ("email", "phone", "name"):
        db.execute(f"CREATE INDEX {KNOWN}_{col} ON {KNOWN.split('.')[1]} ({col}, seq)")
    db.execute(f"CREATE TABLE {KEYS} (row INTEGER, email TEXT, phone TEXT, name BLOB)")
    for col in ("email", "phone", "name"):
        db.execute(f"CREATE INDEX {KEYS}_{col} ON {KEYS.split('.')[1]} ({col}, row)")
    db.execute(f"CREATE TABLE {CHUNK} (i INTEGER PRIMARY KEY, email TEXT, phone TEXT, name TEXT, key BLOB)")


def _drop_lookups(db: Database) -> None:
    for table in (KNOWN, KEYS, CHUNK):
        db.execute(f"DROP TABLE IF EXISTS {table}")


def _first(db: Database, sql: str) -> dict[int, Any]:
    """Chunk row → the first value found (``sql`` yields the chunk row, the value, its order)."""
    out: dict[int, Any] = {}
    for i, value, _order in db.execute(sql):
        out[i] = value
    return out


# Per chunk row: the first person registered with its e-mail / phone; its earlier new row in the
# file with the same e-mail / names + e-mail + phone / phone.
_LOOKUPS = {
    "email": f"SELECT c.i, k.id, MIN(k.seq) FROM {CHUNK} c JOIN {KNOWN} k ON k.email = c.email GROUP BY c.i",
    "phone": f"SELECT c.i, k.id, MIN(k.seq) FROM {CHUNK} c JOIN {KNOWN} k ON k.phone = c.phone GROUP BY c.i",
    "row_email": f"SELECT c.i, MIN(s.row), 0 FROM {CHUNK} c JOIN {KEYS} s ON s.email = c.email GROUP BY c.i",
    "row_name": f"SELECT c.i, MIN(s.row), 0 FROM {CHUNK} c JOIN {KEYS} s ON s.name = c.key GROUP BY c.i",
    "row_phone": f"SELECT c.i, MIN(s.row), 0 FROM {CHUNK} c JOIN {KEYS} s ON s.phone = c.phone GROUP BY c.i",
}


STAGE = "temp.import_rows"  # the checked new rows, until the import is accepted (this connection only)
STAGE_CHUNK = 2000


def validate_table(db: Database, table: Table, mapping: dict[str, str | None], *, assume_consent: bool = False,
                   without_invalid_fields: bool = False, actor: str | None = None,
                   today: date | None = None, stage: bool = True, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> tuple[ImportReport, int, set[str]]:
    """Check every row; returns the report, the number of new rows and the known people to enrol.

    With ``stage``, the new rows are written as they are checked, a chunk at a time, to the
    connection's temporary table ``STAGE`` (SQLite's temporary storage, never the data file): memory stays flat
    with the file's size, and nothing reaches the data file before ``write_rows``. The keys that find
    duplicates are looked up in indexed temporary tables too (``_look_up``), never held for the whole file.
    ``without_invalid_fields``: a row whose problems are all in optional fields is kept without
    those fields (listed in ``report.cleared``) instead of being refused.
    ``progress(rows done, rows, "")`` is called every ``STAGE_CHUNK`` rows; when ``cancelled()`` turns
    true the check stops there with ``Cancelled`` (nothing was written to the data file yet).
    """
    today = today or date.today()
    report = ImportReport(file="", encoding=table.encoding, delimiter=table.delimiter, sheet=table.sheet,
                          header_row=table.header_row, mapping=dict(mapping))
    report.ignored_columns = forbidden_columns(table.headers)
    col_of = {f: i for i, f in enumerate(mapping.get(h) for h in table.headers) if f}
    report.consent_column = "consent_data" in col_of
    header_of = {f: table.headers[i] for f, i in col_of.items()}
    if stage:
        drop_stage(db)
        db.execute(f"CREATE TABLE {STAGE} ({', '.join(_INSERT_COLS)})")
        db.execute("CREATE INDEX temp.import_rows_id ON import_rows (id)")  # read in id order, without a sort
    try:
        _index_existing(db)
        return _check_rows(db, table, report, col_of, header_of, assume_consent=assume_consent,
                           without_invalid_fields=without_invalid_fields, actor=actor, today=today, stage=stage,
                           progress=progress, cancelled=cancelled)
    finally:
        _drop_lookups(db)


def _check_rows(db: Database, table: Table, report: ImportReport, col_of: dict[str, int],
                header_of: dict[str, str], *, assume_consent: bool, without_invalid_fields: bool,
                actor: str | None, today: date, stage: bool, progress: Progress | None,
                cancelled: Callable[[], bool] | None) -> tuple[ImportReport, int, set[str]]:
    total = len(table.rows)
    pending: list[tuple[Any, ...]] = []
    batch: list[tuple[int, dict[str, Any]]] = []  # checked rows waiting for the duplicate look-ups
    new_count = 0
    known: set[str] = set()
    now = now_iso()
    columns = list(col_of.items())
    memo: dict[tuple[str, Any], tuple[Any, str | None]] = {}
    for number, cells in table.rows:
        report.rows += 1
        if report.rows % STAGE_CHUNK == 0 and (progress or cancelled):
            _step(report.rows, total, progress, cancelled)
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
            keep = without_invalid_fields and not any(p.field in REQUIRED_FIELDS for p in problems)
            for p in problems:
                column = header_of.get(p.field) or header_of.get("full_name" if p.field in ("first_name", "last_name") else "", "")
                if not column and p.field == "age_band":
                    column = header_of.get("age", "")
                if not column:
                    column = _(FIELD_LABELS.get(p.field, p.field))
                (report.cleared if keep else report.errors).append(RowError(number, column, p.message, p.field))
                if keep and not p.field.startswith("consent_"):
                    clean[p.field] = None
            if not keep:
                report.missing_consent += any(p.field == "consent_data" for p in problems)
                continue
        report.valid += 1
        batch.append((number, clean))
        if len(batch) >= STAGE_CHUNK:
            new_count += _sort_chunk(db, batch, report, known, pending if stage else None, now)
    new_count += _sort_chunk(db, batch, report, known, pending if stage else None, now)
    report.skipped = report.rows - new_count
    return report, new_count, known


def _sort_chunk(db: Database, batch: list[tuple[int, dict[str, Any]]], report: ImportReport, known: set[str],
                pending: list[tuple[Any, ...]] | None, now: str) -> int:
    """``_look_up`` and ``_stage`` for a chunk, in one transaction (each row its own transaction made
    them 5× slower). A deferred one: only temporary tables are written, so the data file is neither
    written nor locked against the other windows and the door's check-ins."""
    outer = db.conn.in_transaction
    if not outer:
        db.execute("BEGIN")
    try:
        new = _look_up(db, batch, report, known, pending, now)
        if pending is not None:
            _stage(db, pending)
        if not outer:
            db.execute("COMMIT")
    except BaseException:
        if not outer and db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    return new


def _look_up(db: Database, batch: list[tuple[int, dict[str, Any]]], report: ImportReport, known: set[str],
             pending: list[tuple[Any, ...]] | None, now: str) -> int:
    """Sort a chunk of checked rows (in file order) into people already registered, rows repeating an
    earlier row of the file, and new people (appended to ``pending`` to be staged); returns how many are new; empties
    ``batch``. Every key is looked up with indexed queries, one per kind for the whole chunk; only the
    chunk's own keys are held in Python.

    Already known? Same e-mail, or the same names without a different e-mail/phone. A phone alone is
    not a person: families and friends share one (a possible duplicate)."""
    if not batch:
        return 0
    exact = [_name_key(c.get("first_name"), c.get("last_name"), c.get("first_name_ar"), c.get("last_name_ar"))
             for _n, c in batch]
    # Names, e-mail and phone as a 128-bit digest: smaller than the text.
    keys = [blake2b(f"{e}|{c.get('email')}|{c.get('phone')}".encode(), digest_size=16).digest()
            for e, (_n, c) in zip(exact, batch, strict=True)]
    db.execute(f"DELETE FROM {CHUNK}")
    db.conn.executemany(f"INSERT INTO {CHUNK} (i, email, phone, name, key) VALUES (?, ?, ?, ?, ?)",
                        ((i, c.get("email") or None, c.get("phone") or None, exact[i], keys[i])
                         for i, (_n, c) in enumerate(batch)))
    found = {kind: _first(db, sql) for kind, sql in _LOOKUPS.items()}
    by_name: dict[int, list[tuple[str, str | None, str | None]]] = {}
    for i, pid, known_email, known_phone in db.execute(
            f"SELECT c.i, k.id, k.raw_email, k.phone FROM {CHUNK} c JOIN {KNOWN} k ON k.name = c.name"
            " ORDER BY c.i, k.seq"):
        by_name.setdefault(i, []).append((pid, known_email, known_phone))
    # Keys of the chunk's own new rows (earlier chunks' are in ``KEYS``, all with smaller row numbers).
    seen_email: dict[str, int] = {}
    seen_phone: dict[str, int] = {}
    seen_name: dict[bytes, int] = {}
    new_keys: list[tuple[int, str | None, str | None, bytes]] = []
    for i, (number, clean) in enumerate(batch):
        match, how = None, None
        email, phone = clean.get("email"), clean.get("phone")
        if email and i in found["email"]:
            match, how = found["email"][i], "email"
        else:
            for pid, known_email, known_phone in by_name.get(i, ()):
                if (not known_email or not email or known_email == email) and (
                        not known_phone or not phone or known_phone == phone):
                    match, how = pid, "name"
                    break
        if match:
            report.duplicates.append({"row": number, "participant_id": match, "match": how})
            known.add(match)
            continue
        earlier = None
        if email:
            earlier = found["row_email"].get(i, seen_email.get(email))
        if earlier is None:
            earlier = found["row_name"].get(i, seen_name.get(keys[i]))
        if earlier is not None:
            report.duplicates.append({"row": number, "participant_id": None, "match": "row", "same_as_row": earlier})
            continue
        if phone and i in found["phone"]:
            report.possible_duplicates.append({"row": number, "participant_id": found["phone"][i], "same_as_row": None,
                                               "match": "phone"})
        if phone:
            same = found["row_phone"].get(i, seen_phone.get(phone))
            if same is not None:
                report.possible_duplicates.append({"row": number, "participant_id": None, "same_as_row": same,
                                                   "match": "phone"})
            seen_phone.setdefault(phone, number)
        if email:
            seen_email.setdefault(email, number)
        seen_name[keys[i]] = number
        new_keys.append((number, email or None, phone or None, keys[i]))
        if pending is not None:
            pending.append((*(clean.get(k) for k in _COLUMNS), search_text(clean), now, now))
        if len(report.preview) < 50:
            report.preview.append({"row": number, **{k: clean.get(k) for k in _COLUMNS}})
    db.conn.executemany(f"INSERT INTO {KEYS} (row, email, phone, name) VALUES (?, ?, ?, ?)", new_keys)
    batch.clear()
    return len(new_keys)


def _step(done: int, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
    if cancelled and cancelled():
        raise Cancelled(_("Import cancelled: nothing was imported."))
    if progress:
        progress(done, total, "")


@contextmanager
def _interruptible(db: Database, cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Let ``cancelled()`` stop a long statement: SQLite asks every few thousand steps; the statement
    then fails, the transaction around it rolls back and ``Cancelled`` is raised."""
    if cancelled is None:
        yield
        return
    db.conn.set_progress_handler(lambda: 1 if cancelled() else 0, 20000)
    try:
        yield
    except dbconnect.errors("OperationalError") as exc:
        if cancelled():
            raise Cancelled(_("Import cancelled: nothing was imported.")) from exc
        raise
    finally:
        db.conn.set_progress_handler(None, 0)


def _stage(db: Database, rows: list[tuple[Any, ...]]) -> None:
    """Write checked rows (``_INSERT_COLS`` order, without the id) to the stage with new ids; empties ``rows``."""
    if not rows:
        return
    db.conn.executemany(
        f"INSERT INTO {STAGE} ({', '.join(_INSERT_COLS)}) VALUES ({', '.join('?' * len(_INSERT_COLS))})",
        ((*r[:len(_COLUMNS)], pid, *r[len(_COLUMNS):]) for r, pid in zip(rows, new_ids(len(rows)), strict=True)))
    rows.clear()


def drop_stage(db: Database) -> None:
    db.execute(f"DROP TABLE IF EXISTS {STAGE}")


_COLUMNS = ("first_name", "last_name", "first_name_ar", "last_name_ar", "gender", "birth_year", "age_band",
            "nationality", "phone", "email", "organisation_name", "organisation_kind", "role", "city", "heard_from",
            "language", "consent_data", "consent_photos", "consent_email", "consent_date", "consent_recorded_by",
            "notes")
_INSERT_COLS = (*_COLUMNS, "id", "search_text", "created_at", "updated_at")


def write_rows(db: Database, workshop_id: str | None, rows: int, known: set[str],
               *, actor: str | None = None, source: str = "", cancelled: Callable[[], bool] | None = None) -> int:
    """Insert the ``rows`` new people staged by ``validate_table`` and enrol everyone, in one
    transaction. Returns new enrolments. ``cancelled()`` turning true rolls it all back (``Cancelled``)."""
    now = now_iso()
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")  # the indexes of 100k rows stay in memory
    try:
        with _interruptible(db, cancelled):
            return _write_rows(db, workshop_id, rows, known, now, actor, source)
    finally:
        db.execute(f"PRAGMA cache_size = {cache}")


BULK_CACHE_KIB = 64 * 1024


def _write_rows(db: Database, workshop_id: str | None, rows: int, known: set[str], now: str,
                actor: str | None, source: str) -> int:
    with db.atomic():
        # Bulk load: filling the search index once after the rows is ~6× faster than its per-row
        # trigger. The trigger is dropped and re-created inside this same transaction, so a failure
        # rolls everything back, trigger included.
        trigger = db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'participants_fts_ai'").fetchone()
        last_rowid = db.execute("SELECT COALESCE(MAX(rowid), 0) FROM participants").fetchone()[0]
        if trigger and rows > 100:
            db.execute("DROP TRIGGER participants_fts_ai")
        cols = ", ".join(_INSERT_COLS)
        # Primary-key order: the id index grows at its end.
        db.execute(f"INSERT INTO participants ({cols}) SELECT {cols} FROM {STAGE} ORDER BY id")
        if trigger and rows > 100:
            db.execute("INSERT INTO participants_fts (rowid, search_text)"
                       " SELECT rowid, search_text FROM participants WHERE rowid > ?", [last_rowid])
            db.execute(trigger[0])
        enrolled = 0
        if workshop_id:
            db.execute("CREATE TEMP TABLE IF NOT EXISTS import_known (id TEXT)")
            db.execute("DELETE FROM temp.import_known")
            db.conn.executemany("INSERT INTO temp.import_known VALUES (?)", ((k,) for k in known))
            everyone = db.conn.execute(
                f"SELECT id FROM {STAGE} UNION ALL SELECT id FROM temp.import_known ORDER BY id")
            before = db.conn.total_changes  # only the enrolments count, not the helper table's rows
            db.conn.executemany(
                "INSERT OR IGNORE INTO enrolments (id, workshop_id, participant_id, role, enrolled_at)"
                " VALUES (?, ?, ?, 'participant', ?)",
                # Random ids handed out in sorted order, to participants in sorted order: both unique
                # indexes then grow at their end (2× faster on 100k rows).
                zip(sorted_new_ids(rows + len(known)), repeat(workshop_id), (r[0] for r in everyone), repeat(now)),
            )
            enrolled = db.conn.total_changes - before
            db.execute("DROP TABLE temp.import_known")
        audit.log(db, "import", "participant", None,
                  {"workshop": workshop_id, "created": rows, "enrolled": enrolled, "file": source}, actor)
    return enrolled


def import_file(db: Database, workshop_id: str | None, path: str | Path, *, mapping: dict[str, Any] | str | None = None,
                dry_run: bool = False, skip_invalid: bool = False, assume_consent: bool = False,
                without_invalid_fields: bool = False, encoding: str | None = None, delimiter: str | None = None,
                sheet: str | None = None, actor: str | None = None) -> ImportReport:
    """Read, validate and (unless ``dry_run``) import a file into ``workshop_id``.

    With errors, nothing is written unless ``skip_invalid`` accepts the valid rows alone.
    """
    with bulk():
        table = read_file(path, encoding=encoding, delimiter=delimiter, sheet=sheet)
    resolved = resolve_mapping(table.headers, mapping)
    if not has_name(resolved):
        raise ValidationError(no_name_message(table, Path(path)))
    return import_table(db, workshop_id, table, mapping=resolved, dry_run=dry_run, skip_invalid=skip_invalid,
                        assume_consent=assume_consent, without_invalid_fields=without_invalid_fields, actor=actor,
                        source=Path(path).name)


def has_name(mapping: dict[str, str | None]) -> bool:
    return any(f in NAME_COLUMNS for f in mapping.values())


NAME_COLUMNS = frozenset({"full_name", "first_name", "last_name", "first_name_ar", "last_name_ar"})


def person_sheet(path: str | Path, table: Table) -> tuple[str, list[str]] | None:
    """Another sheet of the workbook with a name column (a Kobo repeat group of household members),
    and its recognised columns; None when there is none."""
    for name in table.sheets:
        if name == table.sheet:
            continue
        try:
            other = read_file(path, sheet=name)
        except ValidationError:
            continue
        mapping = guess_mapping(other.headers)
        if has_name(mapping):
            return name, [h for h, f in mapping.items() if f]
    return None


def _name_like_column(table: Table) -> int:
    """1-based number of the column most likely to hold names: words, not numbers or dates."""
    mapping = guess_mapping(table.headers)
    for i, header in enumerate(table.headers):
        if header.startswith(("_", "#")) or mapping.get(header):
            continue
        values = [cells[i] for _n, cells in table.rows[:5] if i < len(cells) and cells[i] not in (None, "")]
        if values and all(isinstance(v, str) and any(c.isalpha() for c in v) and not any(c.isdigit() for c in v)
                          for v in values):
            return i + 1
    return 1


def no_name_message(table: Table, path: Path | None = None) -> str:
    """The refusal when no column is a name: the file's columns, how to map one, the sheet with people."""
    shown = [f"{i}: {' '.join(h.split())}" for i, h in enumerate(table.headers, start=1)]
    if len(shown) > 60:
        shown = [*shown[:60], "…"]
    number = _name_like_column(table)
    text = _("No column of the file is recognised as a name. Its columns are: {columns}. Say which column holds "
             "the names, by its header or by its number, e.g. --mapping '{by_header}' or --mapping '{by_number}'.").format(
        columns=", ".join(shown),
        by_header=json.dumps({table.headers[number - 1]: "full_name"}, ensure_ascii=False).replace("'", "'\\''"),
        by_number=json.dumps({str(number): "full_name"}))
    found = person_sheet(path, table) if path is not None and len(table.sheets) > 1 else None
    if found:
        text += " " + _("The sheet '{sheet}' has person columns ({columns}): import it with --sheet {option}.").format(
            sheet=found[0], columns=", ".join(found[1]), option=shlex.quote(found[0]))
    return text


def import_table(db: Database, workshop_id: str | None, table: Table, *, mapping: dict[str, str | None],
                 dry_run: bool = False, skip_invalid: bool = False, assume_consent: bool = False,
                 without_invalid_fields: bool = False, actor: str | None = None, source: str = "",
                 progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Check ``table`` and (unless ``dry_run``) write its valid rows in one transaction.

    ``progress(rows done, rows, message)`` follows the check, then says the rows are being written;
    ``cancelled()`` stops at the next chunk of rows or inside the writing with ``Cancelled``, and
    nothing is written (the transaction rolls back).
    """
    if not has_name(mapping):
        raise ValidationError(no_name_message(table))
    try:
        with bulk():
            report, rows, known = validate_table(db, table, mapping, assume_consent=assume_consent,
                                                 without_invalid_fields=without_invalid_fields, actor=actor,
                                                 stage=not dry_run, progress=progress, cancelled=cancelled)
        report.file = source
        report.dry_run = dry_run
        if dry_run:
            return report  # ``skipped`` says what an import would skip
        if (report.errors and not skip_invalid) or not (rows or known):
            report.skipped = report.rows  # nothing accepted: every row skipped
            return report
        _step(report.rows, report.rows, None, cancelled)
        if progress:
            progress(report.rows, report.rows, _("Writing {n} people…").format(n=rows))
        with bulk():
            report.enrolled = write_rows(db, workshop_id, rows, known, actor=actor, source=source,
                                         cancelled=cancelled)
        report.imported = rows
        report.written = True
        record(report.changes)
        return report
    finally:
        if not dry_run:
            drop_stage(db)
