"""Opening the one SQLite file: pragmas, integrity check, single-instance lock, migrations.

Rules (docs/architecture.md): WAL, foreign keys on, ``synchronous=FULL`` so a check-in shown green is
on disk; schema changes only through ``migrations``; a verified backup before migrating. Connections
are per thread: a worker opens its own ``Database`` with ``open_database(..., lock=False)``.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from . import backup, dbconnect, migrations
from .errors import WorkshopKitError
from .i18n import _

BUSY_TIMEOUT_MS = 3000


class DatabaseDamaged(WorkshopKitError):
    """The file fails ``PRAGMA integrity_check`` or is not a SQLite database."""

    def __init__(self, path: Path, detail: str, newest_backup: Path | None) -> None:
        self.path, self.detail, self.newest_backup = path, detail, newest_backup
        hint = (
            _("The newest good backup is {name}; restore it with: workshop-kit backup restore").format(
                name=newest_backup.name
            )
            if newest_backup
            else _("No good backup was found in {folder}.").format(folder=backup.backups_dir_for(path))
        )
        super().__init__(
            _("The data file {path} is damaged ({detail}).").format(path=path, detail=detail) + " " + hint
        )


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


def new_id() -> str:
    return str(uuid.uuid4())


def configure(conn: sqlite3.Connection) -> None:
    """Pragmas every connection needs."""
    conn.isolation_level = None  # autocommit; transactions are explicit (Database.atomic)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")


def check_integrity(path: Path, quick: bool = False, header_only: bool = False) -> str | None:
    """Return None when the file is a healthy SQLite database, else a short reason.

    ``quick`` uses ``quick_check`` (no index cross-checks). ``header_only`` reads the first bytes only:
    for CLI runs and the first window, whose cost must not grow with the file (a year of check-ins
    can make it a gigabyte); the full check then runs in the background (app) or in ``selfcheck``.
    """
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        return str(exc)
    encrypted = dbconnect.folder_is_encrypted(path.parent)  # an encrypted file starts with its salt
    if header and header != b"SQLite format 3\x00" and not encrypted:
        return _("not a SQLite database")
    if header_only:
        return None
    conn = dbconnect.connect(path, read_only=True)
    try:
        rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    except dbconnect.errors("DatabaseError") as exc:
        return str(exc)
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
    """
    from .paths import database_path

    data_dir.mkdir(parents=True, exist_ok=True)
    path = database_path(data_dir)
    if lock:
        InstanceLock.acquire(path)
    existed = path.exists() and path.stat().st_size > 0
    if existed and check:
        problem = check_integrity(path, quick=check == "quick", header_only=check == "header")
        if problem:
            raise DatabaseDamaged(path, problem, backup.newest_good_backup(path))
    conn = dbconnect.connect(path, check_same_thread=False)
    try:
        configure(conn)
        version = migrations.current_version(conn)
        if version > migrations.LATEST_VERSION:
            raise DatabaseTooNew(path, version)
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
    return OpenResult(Database(conn), path, applied, backup_taken)


def ensure_device_id(conn: sqlite3.Connection) -> str:
    """Every data file knows which laptop wrote it (used in attendance and the audit log)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    if row:
        return row[0]
    device = new_id()
    conn.execute("INSERT INTO meta (key, value) VALUES ('device_id', ?)", (device,))
    return device


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

    _held: dict[Path, object] = {}

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
    def release_all(cls) -> None:
        for fh in cls._held.values():
            try:
                _unlock_file(fh)
                fh.close()  # type: ignore[attr-defined]
            except OSError:
                pass
        cls._held.clear()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_file(fh) -> None:  # noqa: ANN001
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(fh) -> None:  # noqa: ANN001
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_file(fh) -> None:  # noqa: ANN001
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(fh) -> None:  # noqa: ANN001
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
