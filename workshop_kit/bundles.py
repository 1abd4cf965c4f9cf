"""Signed bundles: how several laptops at one workshop (and a coordinator) put their data together.

A bundle is a zip holding ``manifest.json``, ``manifest.sig`` and one JSON file per table. The
manifest lists every data file with its SHA-256 and row count, the format version, the workshop and
the signer (public key id + key); ``manifest.sig`` is the Ed25519 signature of the manifest bytes,
made with the organisation key of the laptop that exported it (``signing``).

Importing checks everything before writing anything (zip, names, format version, signature, signer,
checksums, JSON shape, dates, scope), then merges by UUID in one transaction. A signature says who
made a bundle, not that every row in it is sound, so even a trusted bundle is held to its workshop:

- every session, enrolment, badge, quiz score, attendance row, scan and deletion must belong to the
  bundle's workshop (a row naming another workshop, or claiming another workshop's session id,
  refuses the whole bundle);
- a participant's record (name, contact, erasure) is changed only when that person is enrolled in
  the bundle's workshop here and in no other workshop on this laptop; otherwise the bundle's version
  is left out and a note says so (a bundle of one workshop never rewrites someone who belongs to
  another);
- a bundle holding records dated more than a day in the future is refused (a laptop whose clock says
  9999 would otherwise freeze those records against every later correction);
- deletions travel: deleting a session or an enrolment leaves a tombstone (``tombstones``, filled
  by triggers), exported with the workshop (format 2); an imported tombstone deletes the row here and
  keeps any other bundle from bringing it back. Format 1 bundles (no tombstones) still import.

The merge itself:

- workshops, sessions, organisations, participants: added when new, else the newer ``updated_at``
  wins; a participant erased on either side stays erased, erased here as thoroughly as by
  ``privacy.erase_participant`` (outbox, certificate contents, search index).
- enrolments, badge tokens, check-in events: added when new (a revocation travels too).
- attendance (one row per session × participant): when both laptops checked the person in, the
  earliest check-in is kept and the double scan is reported; otherwise the newer edit wins.
- quiz scores: the newer ``updated_at`` wins.

Importing the same bundle twice changes nothing. The same format is meant to be the wire format of a
future central server.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from . import __version__, audit, dbconnect, sealed, signing
from .changes import ChangeSet, record
from .db import device_id, now_iso
from .errors import Cancelled, WorkshopKitError
from .i18n import N_, _, _n, translate
from .participants import CONSENT_FIELDS, PERSONAL_FIELDS
from .sqlconn import Database

FORMAT = "workshop-kit-bundle"
FORMAT_VERSION = 2  # 2: tombstones.json (deleted sessions and enrolments)
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
TABLES = (
    "organisations",
    "workshops",
    "sessions",
    "participants",
    "enrolments",
    "badge_tokens",
    "attendance",
    "checkin_events",
    "quiz_scores",
    "tombstones",
)
TABLE_LABELS = {
    "organisations": N_("organisations"),
    "workshops": N_("workshops"),
    "sessions": N_("sessions"),
    "participants": N_("participants"),
    "enrolments": N_("enrolments"),
    "badge_tokens": N_("badges"),
    "attendance": N_("attendance"),
    "checkin_events": N_("scans"),
    "quiz_scores": N_("quiz scores"),
    "tombstones": N_("deletions"),
}
# Record-keeping timestamps (never planned dates such as a session's day): none may be in the future.
STAMP_FIELDS = ("created_at", "updated_at", "erased_at", "enrolled_at", "checked_in_at", "issued_at", "revoked_at",
                "at", "deleted_at")
CLOCK_SKEW = timedelta(days=1)
MAX_FILE_BYTES = 128 * 1024 * 1024  # unzipped, all files together; a 300-person workshop is about 1 MB,
# and JSON takes about ten times its size in memory once parsed


class BundleRefused(WorkshopKitError):
    """A damaged, foreign, tampered or too-new bundle; nothing was recorded."""


class UnknownSigner(BundleRefused):
    def __init__(self, kid: str, public_text: str) -> None:
        self.key_id, self.public_text = kid, public_text
        super().__init__(
            _(
                "This bundle is signed by an unknown key ({key_id}). Nothing was imported. If you know the "
                "laptop it comes from, import it again accepting the signer (--accept-signer, or --trust-signer "
                "to trust it from now on), or add that laptop's public key file (keys/organisation.pub) to the "
                "trusted keys with: workshop-kit bundle trust FILE"
            ).format(key_id=kid)
        )


class BundlePasswordNeeded(BundleRefused):
    def __init__(self, name: str) -> None:
        super().__init__(_("{name} is protected with a password. Nothing was imported; import it again with its "
                           "password (asked for in the app and in a terminal; scripts use --password-stdin or "
                           "WORKSHOP_KIT_FILE_PASSWORD).").format(name=name))


# -- export ---------------------------------------------------------------------------------------

def _rows(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(sql, params)]


def collect(db: Database, workshop_id: str) -> dict[str, list[dict[str, Any]]]:
    """The rows of one workshop, table by table, as they travel in a bundle."""
    from .workshops import get_workshop

    w = get_workshop(db, workshop_id)
    sessions = "SELECT id FROM sessions WHERE workshop_id = ?"
    data: dict[str, list[dict[str, Any]]] = {}
    data["workshops"] = _rows(db, "SELECT * FROM workshops WHERE id = ?", [w.id])
    org = data["workshops"][0].get("organisation_id")
    data["organisations"] = _rows(db, "SELECT * FROM organisations WHERE id = ?", [org]) if org else []
    data["sessions"] = _rows(db, "SELECT * FROM sessions WHERE workshop_id = ? ORDER BY number", [w.id])
    data["enrolments"] = _rows(db, "SELECT * FROM enrolments WHERE workshop_id = ?", [w.id])
    data["badge_tokens"] = _rows(db, "SELECT * FROM badge_tokens WHERE workshop_id = ?", [w.id])
    data["attendance"] = _rows(db, f"SELECT * FROM attendance WHERE session_id IN ({sessions})", [w.id])
    data["checkin_events"] = _rows(db, f"SELECT * FROM checkin_events WHERE session_id IN ({sessions})", [w.id])
    data["quiz_scores"] = _rows(db, "SELECT * FROM quiz_scores WHERE workshop_id = ?", [w.id])
    data["tombstones"] = _rows(db, "SELECT * FROM tombstones WHERE workshop_id = ? ORDER BY id", [w.id])
    people = {r["participant_id"] for t in ("enrolments", "badge_tokens", "attendance", "quiz_scores")
              for r in data[t]}
    people |= {r["participant_id"] for r in data["checkin_events"] if r["participant_id"]}
    marks = ",".join("?" * len(people))
    data["participants"] = _rows(db, f"SELECT * FROM participants WHERE id IN ({marks})", sorted(people)) if people else []
    erased = {p["id"] for p in data["participants"] if p["erased_at"]}
    for p in data["participants"]:
        if p["id"] in erased:  # erased people travel as counts only
            p.update(dict.fromkeys(PERSONAL_FIELDS), search_text="")
    for e in data["checkin_events"]:
        if e["participant_id"] in erased:
            e["scanned"] = None
    return data


def export_bundle(db: Database, data_dir: Path, workshop_id: str, path: str | Path, *,
                  password: str | None = None, cancelled: Callable[[], bool] | None = None) -> dict[str, Any]:
    """Write a signed bundle of one workshop (sealed with ``password`` when given); returns the manifest.
    ``cancelled()`` is heard once the rows are read, before anything is written."""
    data = collect(db, workshop_id)
    if cancelled and cancelled():
        raise Cancelled(_("Export cancelled: no file was written."))
    return write_bundle(data, signing.load_or_create(data_dir), device_id(db), path, password=password)


def write_bundle(data: dict[str, list[dict[str, Any]]], keys: signing.KeyPair, device: str, path: str | Path, *,
                 format_version: int | None = None, password: str | None = None) -> dict[str, Any]:
    """Sign and write ``data`` (as ``collect`` returns it) to ``path`` atomically; returns the manifest.

    With ``password`` the zip is sealed (``sealed``: AES-256-GCM, scrypt): a bundle on a lost USB stick
    or in a mailbox then shows nothing, not even the participants' names.
    """
    files: dict[str, dict[str, Any]] = {}
    blobs: dict[str, bytes] = {}
    for table in TABLES:
        if table not in data:
            continue
        blob = json.dumps(data[table], ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
        name = f"{table}.json"
        blobs[name] = blob
        files[name] = {"sha256": hashlib.sha256(blob).hexdigest(), "rows": len(data[table])}
    w = data["workshops"][0]
    manifest = {
        "format": FORMAT,
        "format_version": format_version or FORMAT_VERSION,
        "app_version": __version__,
        "created_at": now_iso(),
        "device_id": device,
        "workshop": {"id": w["id"], "title": w["title"], "start_date": w["start_date"]},
        "files": files,
        "signer": {"key_id": keys.key_id, "public_key": signing.b64(keys.public_raw)},
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, manifest_bytes)
        zf.writestr(SIGNATURE, signing.b64(keys.sign(manifest_bytes)))
        for name, blob in blobs.items():
            zf.writestr(name, blob)
    sealed.write(path, buffer.getvalue(), password, "bundle.zip")
    return manifest


# -- reading and checking -------------------------------------------------------------------------

@dataclass
class Bundle:
    manifest: dict[str, Any]
    data: dict[str, list[dict[str, Any]]]
    signer_key_id: str
    signer_public: bytes
    signer_trusted: bool


def _safe_name(name: str) -> bool:
    return not (name.startswith(("/", "\\")) or "/" in name or "\\" in name or ".." in name or ":" in name)


def read_bundle(path: str | Path, data_dir: Path, *, accept_unknown: bool = False,
                password: str | None = None) -> Bundle:
    """Open and check a bundle completely; raise ``BundleRefused`` with the reason, write nothing."""
    path = Path(path)
    if not path.is_file():
        raise BundleRefused(_("No bundle file at {path}.").format(path=path))
    blob = path.read_bytes()
    if blob.startswith(sealed.MAGIC):
        if not password:
            raise BundlePasswordNeeded(path.name)
        try:
            blob = sealed.unseal(blob, password)
        except sealed.SealedFileError as exc:
            raise BundleRefused(f"{path.name}: {exc}") from exc
    source = io.BytesIO(blob)
    if not zipfile.is_zipfile(source):
        raise BundleRefused(_("{name} is not a Workshop Kit bundle (it is not a zip file).").format(name=path.name))
    try:
        with zipfile.ZipFile(source) as zf:
            infos = zf.infolist()
            names = [i.filename for i in infos]
            unsafe = [n for n in names if not _safe_name(n)]
            if unsafe:
                raise BundleRefused(
                    _("{name} holds a file with a path outside the bundle ({bad}); it may be malicious. "
                      "Nothing was imported.").format(name=path.name, bad=unsafe[0])
                )
            if len(set(names)) != len(names):
                raise BundleRefused(_("{name} holds the same file twice; it is damaged.").format(name=path.name))
            if MANIFEST not in names or SIGNATURE not in names:
                raise BundleRefused(
                    _("{name} is not a Workshop Kit bundle (no manifest.json or signature).").format(name=path.name)
                )
            too_big = [i.filename for i in infos if i.file_size > MAX_FILE_BYTES]
            if not too_big and sum(i.file_size for i in infos) > MAX_FILE_BYTES:
                too_big = [MANIFEST]
            if too_big:
                raise BundleRefused(_("{name}: {file} is too large for a bundle.").format(name=path.name, file=too_big[0]))
            manifest_bytes = zf.read(MANIFEST)
            signature_text = zf.read(SIGNATURE).decode("ascii", "replace")
            manifest = _parse_manifest(manifest_bytes, path.name)
            kid, public_raw = _check_signature(manifest, manifest_bytes, signature_text, path.name)
            trusted = signing.known_keys(data_dir).get(kid) == public_raw
            if not trusted and not accept_unknown:
                raise UnknownSigner(kid, signing.export_public_text(public_raw))
            expected = set(manifest["files"]) | {MANIFEST, SIGNATURE}
            extra = sorted(set(names) - expected)
            if extra:
                raise BundleRefused(
                    _("{name} holds a file its manifest does not list ({file}); it was changed after signing.").format(
                        name=path.name, file=extra[0]
                    )
                )
            data: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
            for fname, meta in manifest["files"].items():
                if fname not in names:
                    raise BundleRefused(_("{name} lacks {file}; it is incomplete.").format(name=path.name, file=fname))
                blob = zf.read(fname)
                if hashlib.sha256(blob).hexdigest() != meta.get("sha256"):
                    raise BundleRefused(
                        _("{name}: the checksum of {file} does not match; the file was damaged or changed after "
                          "it was signed. Ask for a fresh export.").format(name=path.name, file=fname)
                    )
                data[fname.removesuffix(".json")] = _parse_rows(blob, fname, path.name)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError, NotImplementedError) as exc:
        # a damaged member (checksum, deflate stream), an encrypted one, an unknown compression
        raise BundleRefused(_("{name} is a damaged zip file ({detail}).").format(name=path.name, detail=exc)) from exc
    if len(data["workshops"]) != 1 or data["workshops"][0].get("id") != manifest["workshop"].get("id"):
        raise BundleRefused(_("{name} does not hold the workshop its manifest names.").format(name=path.name))
    _check_dates(data, path.name)
    return Bundle(manifest, data, kid, public_raw, trusted)


def _check_dates(data: dict[str, list[dict[str, Any]]], name: str) -> None:
    """Refuse records dated in the future: the newest ``updated_at`` wins, so they would never change again."""
    limit = (datetime.now(UTC) + CLOCK_SKEW).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    future = [v for rows in data.values() for r in rows for k in STAMP_FIELDS
              if isinstance(v := r.get(k), str) and v > limit]
    if future:
        raise BundleRefused(
            _n("{name} holds %n record(s) dated in the future (up to {latest}); the clock of the laptop that made "
               "it is probably wrong. Nothing was imported: set that laptop's date and time, then export "
               "again.", len(future)).format(name=name, latest=max(future))
        )


def _parse_manifest(blob: bytes, name: str) -> dict[str, Any]:
    try:
        manifest = json.loads(blob.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:  # RecursionError: nested too deep
        raise BundleRefused(_("{name}: manifest.json is not valid JSON.").format(name=name)) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleRefused(_("{name} is not a Workshop Kit bundle.").format(name=name))
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise BundleRefused(_("{name}: the bundle format version is missing or invalid.").format(name=name))
    if version > FORMAT_VERSION:
        raise BundleRefused(
            _("{name} was made by a newer Workshop Kit (bundle format {version}, this copy reads up to {known}). "
              "Update Workshop Kit on this laptop, then import again.").format(name=name, version=version,
                                                                              known=FORMAT_VERSION)
        )
    files = manifest.get("files")
    if not isinstance(files, dict) or not all(
        isinstance(f, str) and f.removesuffix(".json") in TABLES and f.endswith(".json") and isinstance(m, dict)
        for f, m in files.items()
    ):
        raise BundleRefused(_("{name}: the manifest lists unexpected files.").format(name=name))
    if not isinstance(manifest.get("workshop"), dict) or not isinstance(manifest.get("signer"), dict):
        raise BundleRefused(_("{name}: the manifest is incomplete.").format(name=name))
    return manifest


def _check_signature(manifest: dict[str, Any], blob: bytes, signature_text: str, name: str) -> tuple[str, bytes]:
    signer = manifest["signer"]
    try:
        public_raw = signing.unb64(str(signer.get("public_key", "")))
        signature = signing.unb64(signature_text)
    except ValueError as exc:
        raise BundleRefused(_("{name}: the signature is damaged.").format(name=name)) from exc
    kid = signing.key_id(public_raw)
    if kid != signer.get("key_id") or not signing.verify(public_raw, blob, signature):
        raise BundleRefused(
            _("{name}: the signature does not match; the bundle was changed after it was signed. Nothing was "
              "imported; ask for a fresh export.").format(name=name)
        )
    return kid, public_raw


def _parse_rows(blob: bytes, fname: str, name: str) -> list[dict[str, Any]]:
    try:
        rows = json.loads(blob.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:  # RecursionError: nested too deep
        raise BundleRefused(_("{name}: {file} is not valid JSON.").format(name=name, file=fname)) from exc
    ok = isinstance(rows, list) and all(
        isinstance(r, dict) and isinstance(r.get("id"), str) and r["id"]
        and all(v is None or isinstance(v, str | int | float) for v in r.values())
        for r in rows
    )
    if not ok:
        raise BundleRefused(_("{name}: {file} does not hold the expected rows.").format(name=name, file=fname))
    return _clean_text(rows, _TEXT_COLUMNS.get(fname, ()), _MULTILINE_COLUMNS.get(fname, ()))


# A bundle is a door like the form and the CLI: names and titles follow the same text rule (textclean).
_TEXT_COLUMNS = {
    "participants.json": ("first_name", "last_name", "first_name_ar", "last_name_ar", "organisation_name", "role",
                          "city"),
    "workshops.json": ("title", "city", "venue", "partner", "donor", "project_code", "trainer_name"),
    "sessions.json": ("title",),
}
_MULTILINE_COLUMNS = {"participants.json": ("notes",), "workshops.json": ("notes",)}


def _clean_text(rows: list[dict[str, Any]], single: tuple[str, ...], multi: tuple[str, ...]) -> list[dict[str, Any]]:
    from .textclean import clean_line, clean_multiline

    def text(value: Any) -> bool:  # a lone surrogate is not text: left for the kind check to refuse
        return isinstance(value, str) and _encodable(value)

    for row in rows:
        for key in single:
            if text(row.get(key)):
                row[key] = clean_line(row[key])
        for key in multi:
            if text(row.get(key)):
                row[key] = clean_multiline(row[key])
    return rows


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# -- scope ----------------------------------------------------------------------------------------

def _check_scope(db: Database, data: dict[str, list[dict[str, Any]]]) -> None:
    """Every row must belong to the bundle's workshop, here as in the bundle; else refuse it whole."""
    w = data["workshops"][0]
    wid = w["id"]

    def refuse(table: str) -> BundleRefused:
        return BundleRefused(
            _("This bundle of '{title}' holds {table} of another workshop; a bundle may only change its own "
              "workshop. It was made or changed by hand. Nothing was imported.").format(
                title=w.get("title") or wid, table=translate(TABLE_LABELS[table]))
        )

    def local_workshop(table: str, ids: list[str]) -> set[str | None]:
        found: set[str | None] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            found |= {r[0] for r in db.execute(
                f"SELECT workshop_id FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall()}
        return found

    for table in ("sessions", "enrolments", "badge_tokens", "quiz_scores", "tombstones"):
        rows = data.get(table, [])
        if any(r.get("workshop_id") is not None and r["workshop_id"] != wid for r in rows):
            raise refuse(table)
        if table != "tombstones" and local_workshop(table, [r["id"] for r in rows]) - {wid}:
            raise refuse(table)
    if any(r.get("table_name") not in ("sessions", "enrolments") for r in data.get("tombstones", [])):
        raise refuse("tombstones")
    if data["organisations"] and [r["id"] for r in data["organisations"]] != [w.get("organisation_id")]:
        raise refuse("organisations")
    sessions = {r["id"] for r in data["sessions"]}
    sessions |= {r["id"] for r in data.get("tombstones", []) if r["table_name"] == "sessions"}
    sessions |= {r[0] for r in db.execute(
        "SELECT id FROM sessions WHERE workshop_id = ? UNION SELECT id FROM tombstones"
        " WHERE workshop_id = ? AND table_name = 'sessions'", [wid, wid]).fetchall()}
    for table in ("attendance", "checkin_events"):
        # A row without its session is refused by the merge's field check, with that reason.
        if any(r.get("session_id") is not None and r["session_id"] not in sessions for r in data[table]):
            raise refuse(table)


# -- merging --------------------------------------------------------------------------------------

@dataclass
class DoubleScan:
    session_number: int
    participant_id: str
    participant: str
    kept_at: str
    kept_device: str | None
    other_at: str
    other_device: str | None


@dataclass
class ImportResult:
    workshop_id: str
    workshop_title: str
    signer_key_id: str
    signer_trusted: bool
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    double_scans: list[DoubleScan] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values())

    @property
    def changes(self) -> ChangeSet:
        """The kinds of data the merge added to or updated (tombstones: the tables they delete from)."""
        touched = {t for t, n in (*self.added.items(), *self.updated.items()) if n}
        if "tombstones" in touched:
            touched |= {"sessions", "enrolments", "attendance"}
        known = {f.name for f in fields(ChangeSet)}
        return ChangeSet(**{t: True for t in touched & known})

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["changed"] = self.changed
        return data

    def summary(self) -> str:
        lines = [
            _("Bundle of '{title}' (signed by {key_id}).").format(title=self.workshop_title, key_id=self.signer_key_id)
        ]
        if not self.changed:
            lines.append(_("Nothing new: this bundle was already merged."))
        for table in TABLES:
            a, u = self.added.get(table, 0), self.updated.get(table, 0)
            if a or u:
                lines.append("  " + _("{table}: {added} added, {updated} updated").format(
                    table=translate(TABLE_LABELS[table]), added=a, updated=u))
        if self.double_scans:
            lines.append(_("Double scans across laptops (the earliest check-in was kept):"))
            for d in self.double_scans:
                lines.append(
                    "  " + _("session {n}: {name} — kept {kept} ({kdev}), other {other} ({odev})").format(
                        n=d.session_number, name=d.participant, kept=d.kept_at, kdev=(d.kept_device or "?")[:8],
                        other=d.other_at, odev=(d.other_device or "?")[:8],
                    )
                )
        lines += ["  " + n for n in self.notes]
        return "\n".join(lines)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _value_problem(column: str, kind: str, value: Any) -> str | None:
    """Why ``value`` cannot go in a column of SQL type ``kind`` (None when it can).

    A signed bundle is only as careful as the laptop that made it: a number where a name is
    expected, or a date that is not one, would otherwise be merged and break every page, export
    and certificate that reads the row later.
    """
    if value is None:
        return None
    if kind == "TEXT":
        if not isinstance(value, str) or not value.isascii() and _SURROGATE.search(value):
            return N_("a text")  # JSON can spell half a character ("\\ud800"), which SQLite cannot store
        if column == "modules":
            try:
                ids = json.loads(value)
            except (ValueError, RecursionError):
                ids = None
            return None if isinstance(ids, list) and all(isinstance(x, str) for x in ids) else N_("a list of module ids")
        try:
            if column.endswith("_date") or column == "date":
                date.fromisoformat(value)
            elif column.endswith("_at") or column == "at":
                datetime.fromisoformat(value.replace("Z", "+00:00"))
            elif column.endswith("_time"):
                time.fromisoformat(value)
        except ValueError:
            return N_("a date or time")
    elif kind == "INTEGER" and (not isinstance(value, int) or isinstance(value, bool)):
        return N_("a whole number")
    elif kind == "REAL" and (not isinstance(value, int | float) or isinstance(value, bool)):
        return N_("a number")
    return None


class _Merger:
    def __init__(self, db: Database, result: ImportResult, workshop_id: str) -> None:
        self.db, self.result, self.workshop_id = db, result, workshop_id
        self.erased = 0  # people erased by this bundle, and their outbox folders
        self.erased_files: list[Path] = []
        info = {t: db.execute(f"PRAGMA table_info({t})").fetchall() for t in TABLES}
        self.columns = {t: [r[1] for r in rows] for t, rows in info.items()}
        self.kinds = {t: {r[1]: str(r[2]).upper() for r in rows} for t, rows in info.items()}
        self.required = {t: [r[1] for r in rows if r[3] and r[4] is None and r[1] != "id"] for t, rows in info.items()}
        self.deleted: set[str] = set()

    def count(self, kind: str, table: str) -> None:
        bucket = getattr(self.result, kind)
        bucket[table] = bucket.get(table, 0) + 1

    def clean(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        """Only the columns this schema knows (names from the bundle never reach SQL otherwise), each
        holding what its column holds; ``BundleRefused`` (and the merge rolled back) otherwise."""
        out = {k: row[k] for k in self.columns[table] if k in row}
        kinds = self.kinds[table]
        for column, value in out.items():
            expected = _value_problem(column, kinds[column], value)
            if expected:
                raise BundleRefused(_("The bundle's {table} hold {value} in the field {column} where {expected} is "
                                      "expected; nothing was imported. Ask for a fresh export.").format(
                    table=translate(TABLE_LABELS[table]), value=json.dumps(value, ensure_ascii=False)[:60],
                    column=column, expected=translate(expected)))
        missing = [c for c in self.required[table] if out.get(c) is None]
        if missing:
            raise BundleRefused(_("The bundle's {table} lack the field {column}; nothing was imported. Ask for a "
                                  "fresh export.").format(table=translate(TABLE_LABELS[table]), column=missing[0]))
        return out

    def local(self, table: str, row_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query(f"SELECT * FROM {table} WHERE id = ?", [row_id]))
        return rows[0] if rows else None

    def insert(self, table: str, row: dict[str, Any]) -> bool:
        cols = ", ".join(row)
        cur = self.db.execute(
            f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(row))}) ON CONFLICT DO NOTHING",
            list(row.values()),
        )
        return bool(cur.rowcount)

    def update(self, table: str, row_id: str, changes: dict[str, Any]) -> None:
        sets = ", ".join(f"{k} = ?" for k in changes)
        self.db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*changes.values(), row_id])

    def upsert_newer(self, table: str, row: dict[str, Any], keep: tuple[str, ...] = ()) -> None:
        row = self.clean(table, row)
        mine = self.local(table, row["id"])
        if mine is None:
            self.count("added" if self.insert(table, row) else "unchanged", table)
            return
        if (row.get("updated_at") or "") > (mine.get("updated_at") or ""):
            changes = {k: v for k, v in row.items() if k not in ("id", "created_at", *keep) and mine.get(k) != v}
            if changes:
                self.update(table, row["id"], changes)
                self.count("updated", table)
                return
        self.count("unchanged", table)

    # -- per table ------------------------------------------------------------------------------
    def tombstones(self, rows: list[dict[str, Any]]) -> None:
        """Deletions first: the row goes here too, and no bundle brings it back (``self.deleted``)."""
        for row in rows:
            row = self.clean("tombstones", row)
            if self.insert("tombstones", row):
                self.count("added", "tombstones")
                table = "sessions" if row["table_name"] == "sessions" else "enrolments"
                self.db.execute(f"DELETE FROM {table} WHERE id = ? AND workshop_id = ?", [row["id"], self.workshop_id])
            else:
                self.count("unchanged", "tombstones")
        self.deleted = {r[0] for r in self.db.execute(
            "SELECT id FROM tombstones WHERE workshop_id = ?", [self.workshop_id]).fetchall()}

    def sessions(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            row = self.clean("sessions", row)
            if row["id"] in self.deleted:
                self.count("unchanged", "sessions")
                continue
            if self.local("sessions", row["id"]) is None:
                taken = self.db.execute(
                    "SELECT 1 FROM sessions WHERE workshop_id = ? AND number = ?", [row["workshop_id"], row["number"]]
                ).fetchone()
                if taken:
                    new_number = self.db.execute(
                        "SELECT MAX(number) + 1 FROM sessions WHERE workshop_id = ?", [row["workshop_id"]]
                    ).fetchone()[0]
                    self.result.notes.append(
                        _("Both laptops added a session {number}; the imported one became session {new}.").format(
                            number=row["number"], new=new_number
                        )
                    )
                    row["number"] = new_number
            self.upsert_newer("sessions", row, keep=("number",))

    def may_change(self, participant_id: str, enrolled_by_bundle: set[str]) -> bool:
        """A record may change only for someone of this workshop who is in no other workshop here."""
        here = self.db.execute(
            "SELECT MAX(workshop_id = ?), MAX(workshop_id != ?) FROM enrolments WHERE participant_id = ?",
            [self.workshop_id, self.workshop_id, participant_id]).fetchone()
        return bool(here[0] or participant_id in enrolled_by_bundle) and not here[1]

    def participants(self, rows: list[dict[str, Any]], enrolments: list[dict[str, Any]]) -> None:
        enrolled_by_bundle = {e["participant_id"] for e in enrolments if e["id"] not in self.deleted}
        left_out = 0
        for row in rows:
            row = self.clean("participants", row)
            mine = self.local("participants", row["id"])
            if mine is None:
                if row.get("erased_at"):
                    row.update(dict.fromkeys(PERSONAL_FIELDS), search_text="")
                self.count("added" if self.insert("participants", row) else "unchanged", "participants")
            elif not self.may_change(row["id"], enrolled_by_bundle):
                self.count("unchanged", "participants")
                changed = {k for k, v in row.items() if k not in ("created_at", "search_text") and mine.get(k) != v}
                left_out += bool(changed)
            elif mine.get("erased_at"):
                self.count("unchanged", "participants")  # erased here: stays erased
            elif row.get("erased_at"):
                from .privacy import erase_rows

                # the same erasure as on this laptop: outbox, certificate contents, audit details too
                self.erased_files += erase_rows(self.db, [row["id"]], now_iso())
                self.erased += 1
                changes = {"erased_at": row["erased_at"], "updated_at": row.get("updated_at") or now_iso()}
                for k in CONSENT_FIELDS:
                    if k in row:
                        changes[k] = row[k]
                self.update("participants", row["id"], changes)
                self.count("updated", "participants")
                self.result.notes.append(_("A participant erased on the other laptop was erased here too."))
            else:
                self.upsert_newer("participants", row)
        if left_out:
            self.result.notes.append(
                _n("%n person(s) in this bundle also belong to another workshop on this laptop (or are not enrolled "
                   "in this one): the bundle's changes to their records were left out. Correct or erase them on this "
                   "laptop if needed.", left_out))

    def add_only(self, table: str, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            row = self.clean(table, row)
            if row["id"] in self.deleted:
                self.count("unchanged", table)
            elif self.insert(table, row):
                self.count("added", table)
            elif table == "badge_tokens" and self.local(table, row["id"]) is None:
                self.count("unchanged", table)
                self.result.notes.append(
                    _("A badge from the other laptop has the same code as one here; it was left out. Reprint "
                      "that badge if its holder cannot check in.")
                )
            elif table == "badge_tokens" and row.get("revoked_at"):
                mine = self.local(table, row["id"])
                if mine is not None and not mine.get("revoked_at"):
                    self.update(table, row["id"], {"revoked_at": row["revoked_at"],
                                                   "revoked_reason": row.get("revoked_reason")})
                    self.count("updated", table)
                else:
                    self.count("unchanged", table)
            else:
                self.count("unchanged", table)

    def checkin_events(self, rows: list[dict[str, Any]]) -> set[tuple[str, str]]:
        """Add new events; returns the (session, participant) pairs that got new scans."""
        fresh = set()
        for row in rows:
            row = self.clean("checkin_events", row)
            if row.get("session_id") in self.deleted:
                self.count("unchanged", "checkin_events")
            elif self.insert("checkin_events", row):
                self.count("added", "checkin_events")
                if row.get("participant_id"):
                    fresh.add((row["session_id"], row["participant_id"]))
            else:
                self.count("unchanged", "checkin_events")
        return fresh

    def attendance(self, rows: list[dict[str, Any]], fresh_scans: set[tuple[str, str]]) -> None:
        fields = ("status", "checked_in_at", "device_id", "method", "updated_at")
        for row in rows:
            row = self.clean("attendance", row)
            if row["session_id"] in self.deleted:
                self.count("unchanged", "attendance")
                continue
            found = list(self.db.query(
                "SELECT a.*, s.number FROM attendance a JOIN sessions s ON s.id = a.session_id"
                " WHERE a.session_id = ? AND a.participant_id = ?",
                [row["session_id"], row["participant_id"]],
            ))
            if not found:
                self.count("added" if self.insert("attendance", row) else "unchanged", "attendance")
                continue
            mine = found[0]
            take = False
            if mine["checked_in_at"] and row.get("checked_in_at"):
                take = row["checked_in_at"] < mine["checked_in_at"]
                other_device = row.get("device_id") != mine["device_id"]
                same_scan = row["checked_in_at"] == mine["checked_in_at"] and not other_device
                if other_device and not same_scan and (take or (row["session_id"], row["participant_id"]) in fresh_scans):
                    kept, other = (row, mine) if take else (mine, row)
                    self.result.double_scans.append(DoubleScan(
                        mine["number"], row["participant_id"], self._name(row["participant_id"]),
                        kept["checked_in_at"], kept.get("device_id"), other["checked_in_at"], other.get("device_id"),
                    ))
            else:
                take = (row.get("updated_at") or "") > (mine["updated_at"] or "")
            if take and mine["checked_in_at"] and not row.get("checked_in_at"):
                row = row | {"checked_in_at": mine["checked_in_at"]}  # a later correction keeps the scan time
            changes = {k: row.get(k) for k in fields if row.get(k) != mine[k]} if take else {}
            if changes:
                self.update("attendance", mine["id"], changes)
                self.count("updated", "attendance")
            else:
                self.count("unchanged", "attendance")

    def quiz_scores(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            row = self.clean("quiz_scores", row)
            found = list(self.db.query(
                "SELECT * FROM quiz_scores WHERE workshop_id = ? AND participant_id = ? AND module_id = ?",
                [row["workshop_id"], row["participant_id"], row["module_id"]],
            ))
            if not found:
                self.count("added" if self.insert("quiz_scores", row) else "unchanged", "quiz_scores")
            elif (row.get("updated_at") or "") > (found[0]["updated_at"] or ""):
                changes: dict[str, Any] = {k: row[k] for k in ("pre_score", "post_score", "max_score", "updated_at")
                           if k in row and row[k] != found[0][k]}
                if changes:
                    self.update("quiz_scores", found[0]["id"], changes)
                self.count("updated" if changes else "unchanged", "quiz_scores")
            else:
                self.count("unchanged", "quiz_scores")

    def _name(self, participant_id: str) -> str:
        from .participants import get_participant

        return get_participant(self.db, participant_id).display_name()


def merge(db: Database, bundle: Bundle, *, progress: Callable[[int, int, str], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Merge a checked bundle into ``db`` in one transaction (all or nothing). ``progress`` counts
    the kinds of rows merged; ``cancelled()`` rolls the whole bundle back at the next kind."""
    w = bundle.data["workshops"][0]
    result = ImportResult(w["id"], w.get("title") or "", bundle.signer_key_id, bundle.signer_trusted)
    m = _Merger(db, result, w["id"])
    data = {t: bundle.data.get(t, []) for t in TABLES}
    steps = iter(range(1, 11))

    def step() -> None:
        if cancelled and cancelled():
            raise Cancelled(_("Import cancelled: nothing from this bundle was imported."))
        if progress:
            progress(next(steps), 10, "")

    try:
        with db.atomic():
            _check_scope(db, data)
            step()
            m.tombstones(data["tombstones"])
            for row in bundle.data["organisations"]:
                m.upsert_newer("organisations", row)
            for row in bundle.data["workshops"]:
                m.upsert_newer("workshops", row)
            step()
            m.sessions(bundle.data["sessions"])
            step()
            m.participants(bundle.data["participants"], data["enrolments"])
            step()
            m.add_only("enrolments", bundle.data["enrolments"])
            step()
            m.add_only("badge_tokens", bundle.data["badge_tokens"])
            step()
            fresh = m.checkin_events(bundle.data["checkin_events"])
            step()
            m.attendance(bundle.data["attendance"], fresh)
            step()
            m.quiz_scores(bundle.data["quiz_scores"])
            step()
            if m.erased:
                from .privacy import purge_search_index

                purge_search_index(db)
            if result.changed:
                audit.log(db, "bundle_import", "workshop", w["id"], {
                    "signer": bundle.signer_key_id, "device": bundle.manifest.get("device_id"),
                    "added": result.added, "updated": result.updated,
                    "double_scans": len(result.double_scans),
                })
    except dbconnect.errors("IntegrityError") as exc:
        raise BundleRefused(
            _("The bundle does not fit together ({detail}); nothing was imported.").format(detail=exc)
        ) from exc
    if m.erased:
        from .privacy import after_erasure

        after_erasure(db, m.erased_files)
    record(result.changes)
    return result


def import_bundle(db: Database, data_dir: Path, path: str | Path, *, accept_unknown: bool = False,
                  trust: bool = False, password: str | None = None,
                  progress: Callable[[int, int, str], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Check then merge a bundle. ``trust`` also adds its signer to the trusted keys."""
    bundle = read_bundle(path, data_dir, accept_unknown=accept_unknown or trust, password=password)
    result = merge(db, bundle, progress=progress, cancelled=cancelled)
    if trust and not bundle.signer_trusted:
        signing.trust_public_key(data_dir, signing.export_public_text(bundle.signer_public))
        result.notes.append(_("The signer {key_id} is now trusted.").format(key_id=bundle.signer_key_id))
    return result
