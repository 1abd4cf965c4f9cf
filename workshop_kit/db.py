"""Opening the one SQLite file: pragmas, integrity check, single-instance lock, migrations.

Rules (docs/architecture.md): WAL, foreign keys on, ``synchronous=FULL`` so a check-in shown green is
on disk; schema changes only through ``migrations``; a verified backup before migrating. Connections
are per thread: a worker opens its own ``Database`` with ``open_database(..., lock=False)``.

Two rules keep the file whole when the app, the command line and scripts use it at once:
- only SQLite opens the data file in a process that holds a connection (closing any other descriptor
  to it drops SQLite's POSIX locks for the whole process);
- a write transaction starts with ``BEGIN IMMEDIATE`` (``SafeDatabase.atomic``): a deferred one that
  reads first fails at once with "database is locked" when another process committed meanwhile.
Before writing, ``SafeDatabase`` (``safedb``) also checks that the file it opened is still the one
in the folder, that its write-ahead log was not removed, and that no damage was found since.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from . import atomicfile, backup, dbconnect, filemodes, migrations
from .errors import WorkshopKitError
from .i18n import _
from .safedb import (  # noqa: F401 - the data file's errors and damage marker, re-exported
    DatabaseDamaged,
    DataFileMissing,
    DataFileReplaced,
    SafeDatabase,
    WritesStopped,
    damage_found,
    damage_marker,
    identity_of,
    is_damage_error,
    mark_damaged,
)
from .sqlconn import Database

BUSY_TIMEOUT_MS = 5000


class DatabaseInUse(WorkshopKitError):
    """Another Workshop Kit window already has this data file open."""

    def __init__(self, path: Path, holder: str) -> None:
        self.path, self.holder = path, holder
        super().__init__(
            _(
                "The data file {path} is already open in another Workshop Kit window ({holder}). "
                "Close that window first, or choose another data folder with --data-dir."
            ).format(path=path, holder=holder)
        )


class DatabaseTooNew(WorkshopKitError):
    def __init__(self, path: Path, version: int) -> None:
        super().__init__(
            _(
                "The data file {path} was written by a newer Workshop Kit (schema {version}, this copy "
                "knows {latest}). Update Workshop Kit before opening it."
            ).format(path=path, version=version, latest=migrations.LATEST_VERSION)
        )


def now_iso() -> str:
    """UTC timestamp with seconds, as stored everywhere (ISO 8601, ``Z`` suffix)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def local_time(utc_iso: str | None) -> datetime | None:
    """A stored UTC moment (``2026-03-10T08:05:00.123456Z``) as the laptop's local wall-clock time, to
    the minute and without a zone (the trainer reads the time of the room); None when it is not one."""
    if not utc_iso:
        return None
    try:
        moment = datetime.fromisoformat(utc_iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None, second=0, microsecond=0)


def new_id() -> str:
    """A random UUID (version 4), as ``str(uuid.uuid4())`` writes it; the uuid module is not imported
    for it (loading it and its C part was a tenth of a command's start)."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_last_ordered = [0, 0]  # (milliseconds, counter) of the last ordered id made in this process


def new_ordered_id() -> str:
    """A time-ordered UUID (version 7, RFC 9562): 48 bits of Unix milliseconds, a 12-bit counter, 62
    random bits; each one sorts after the previous one made in this process (even if the clock steps back).

    For rows written at the door (sessions, attendance, check-in events): their keys in the primary
    key index, and in the indexes that start with the session, follow the previous row's instead of
    landing on a random page of an index of a million rows, so a check-in reads fewer pages. Unique
    across laptops by its random bits; the time it holds is the row's creation time, which the row
    stores anyway.
    """
    ms = time.time_ns() // 1_000_000
    tail = bytearray(os.urandom(10))
    last_ms, last_count = _last_ordered
    if ms <= last_ms:  # same millisecond, or the clock went back: count on from the last id
        ms, count = last_ms, last_count + 1
        if count > 0xFFF:
            ms, count = ms + 1, 0
    else:
        count = int.from_bytes(tail[:2], "big") & 0x7FF  # a random start leaves room to count on
    _last_ordered[:] = [ms, count]
    tail[0], tail[1] = 0x70 | count >> 8, count & 0xFF  # version 7, then the counter
    tail[2] = (tail[2] & 0x3F) | 0x80  # RFC 4122 variant
    h = (ms.to_bytes(6, "big") + tail).hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def configure(conn: sqlite3.Connection) -> None:
    """Pragmas every connection needs."""
    conn.isolation_level = None  # autocommit; transactions are explicit (Database.atomic)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    # Deleted and overwritten rows are zeroed, not left in free space (an erased person stays erased);
    # Debian's SQLite defaults to it, the SQLite in Python's Windows and macOS builds does not.
    conn.execute("PRAGMA secure_delete = ON")


def check_integrity(path: Path, quick: bool = False, header_only: bool = False) -> str | None:
    """Return None when the file is a healthy SQLite database, else a short reason.

    ``quick`` uses ``quick_check`` (no index cross-checks). ``header_only`` reads the header and the
    schema page only: for CLI runs and the first window, whose cost must not grow with the file (a
    year of check-ins can make it a gigabyte); the full check then runs in the background (app) or
    in ``selfcheck``. Only SQLite opens the file here: the app runs this beside its own connection,
    and closing a descriptor opened any other way would drop that connection's locks.
    """
    try:
        conn = dbconnect.connect(path, read_only=True)  # SQLCipher for an encrypted folder
    except dbconnect.errors("Error") as exc:
        return str(exc)
    try:
        if header_only:
            conn.execute("PRAGMA schema_version").fetchone()
            return None
        rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    except dbconnect.errors("DatabaseError") as exc:
        return _("not a SQLite database") if "not a database" in str(exc) else str(exc)
    finally:
        conn.close()
    result = "; ".join(r[0] for r in rows[:3])
    return None if result == "ok" else result


@dataclass
class OpenResult:
    db: Database
    path: Path
    migrated: list[int]
    backup_taken: Path | None


def open_database(
    data_dir: Path,
    *,
    lock: bool = False,
    auto_backup: bool = True,
    check: bool | str = True,
) -> OpenResult:
    """Open (and create or upgrade) the data file in ``data_dir``.

    ``lock=True`` (the desktop app) takes the single-instance lock; a second window gets
    ``DatabaseInUse`` at once instead of waiting on SQLite locks. ``check`` is True (full
    ``integrity_check``), ``"quick"`` (``quick_check``), ``"header"`` (the file header only) or False.
    A data file that is missing or empty while backups exist is refused (``DataFileMissing``), not
    replaced by a new empty one. A file found damaged earlier opens read-only (``WritesStopped`` on
    the first write). Temporary files left by killed processes are removed first.
    """
    from .paths import database_path

    data_dir.mkdir(parents=True, exist_ok=True)
    path = database_path(data_dir)
    if lock:
        InstanceLock.acquire(path)
    clean_stale_files(data_dir)
    existed = path.exists() and path.stat().st_size > 0
    if not existed:
        refuse_if_lost(path)
    damaged = damage_found(path) if existed else None
    if existed and check:
        problem = check_integrity(path, quick=check == "quick", header_only=check == "header")
        if problem:
            mark_damaged(path, problem)
            raise DatabaseDamaged(path, problem, backup.newest_good_backup(path))
    if not path.exists():
        filemodes.create_private(path)  # the WAL and shared-memory files take the data file's mode
    filemodes.protect_data_folder(data_dir, path)
    identity = identity_of(path)  # before connecting: a restore in between is then seen, never missed
    conn = dbconnect.connect(path, check_same_thread=False)  # SQLCipher for an encrypted folder
    try:
        configure(conn)
        version = migrations.current_version(conn)
        if version > migrations.LATEST_VERSION:
            raise DatabaseTooNew(path, version)
        if damaged is not None:
            if version < migrations.LATEST_VERSION:
                raise WritesStopped(path, damaged, backup.newest_good_backup(path))
            conn.execute("PRAGMA query_only = ON")
            db = SafeDatabase(conn)
            db.watch(path, identity)
            return OpenResult(db, path, [], None)
        backup_taken = None
        if existed and version < migrations.LATEST_VERSION:
            backup_taken = backup.make_backup(conn, path, reason=f"before-migration-v{version}")
        applied = migrations.migrate(conn)
        ensure_device_id(conn)
        if existed and auto_backup and backup_taken is None:
            backup_taken = backup.make_backup(conn, path, reason="open")
    except dbconnect.errors("OperationalError") as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseInUse(path, _("busy")) from exc
        raise
    except BaseException:
        conn.close()
        raise
    db = SafeDatabase(conn)
    db.watch(path, identity)
    return OpenResult(db, path, applied, backup_taken)


def refuse_if_lost(path: Path) -> None:
    """A missing or empty data file with backups (or a write-ahead log) beside it was lost, not new."""
    if path.exists() and path.stat().st_size > 0:
        return
    wal = path.with_name(path.name + "-wal")
    wal_has_data = wal.exists() and wal.stat().st_size > 0
    if backup.list_backups(path) or wal_has_data:
        detail = "empty" if path.exists() else "missing"
        raise DataFileMissing(path, detail, backup.newest_good_backup(path))


def clean_stale_files(data_dir: Path) -> None:
    """Remove temporary files that killed writers left in the data folder and its sub-folders."""
    try:
        folders = [data_dir, *(e for e in data_dir.iterdir() if e.is_dir() and not e.is_symlink())]
    except OSError:
        return
    for folder in folders:
        atomicfile.clean_stale(folder, legacy=True)


def ensure_device_id(conn: sqlite3.Connection) -> str:
    """Every data file knows which laptop wrote it (used in attendance and the audit log)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    if row:
        return row[0]
    # Two processes opening a new file at once: the first one's id wins, the other reads it.
    conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('device_id', ?)", (new_id(),))
    return conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()[0]


def device_id(db: Database) -> str:
    """This laptop's id, read once per connection (every check-in and audit row carries it)."""
    cached = getattr(db, "_workshop_kit_device_id", None)
    if cached is None:
        cached = ensure_device_id(db.conn)
        db._workshop_kit_device_id = cached  # type: ignore[attr-defined]
    return cached


def get_meta(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_meta(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


class InstanceLock:
    """An OS file lock next to the data file, held while the desktop app runs.

    The OS releases it when the process dies, so a killed app never leaves a stale lock.
    """

    _held: dict[Path, TextIO] = {}

    @classmethod
    def acquire(cls, db_path: Path) -> None:
        lock_path = db_path.with_name(db_path.name + ".lock")
        if lock_path in cls._held:
            return
        fh = open(lock_path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while the app runs
        try:
            _lock_file(fh)
        except OSError:
            fh.seek(0)
            holder = fh.read().strip() or "?"
            fh.close()
            raise DatabaseInUse(db_path, _("process {pid}").format(pid=holder)) from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        cls._held[lock_path] = fh

    @classmethod
    def holds(cls, db_path: Path) -> bool:
        return db_path.with_name(db_path.name + ".lock") in cls._held

    @classmethod
    def release(cls, db_path: Path) -> None:
        fh = cls._held.pop(db_path.with_name(db_path.name + ".lock"), None)
        if fh is not None:
            try:
                _unlock_file(fh)
                fh.close()
            except OSError:
                pass

    @classmethod
    def release_all(cls) -> None:
        for fh in cls._held.values():
            try:
                _unlock_file(fh)
                fh.close()
            except OSError:
                pass
        cls._held.clear()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_file(fh: TextIO) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(fh: TextIO) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_file(fh: TextIO) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(fh: TextIO) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
