"""Verified, rotating backups with the SQLite online backup API.

A backup is written to a temporary file, checked with ``integrity_check``, then renamed into
``<data dir>/backups/``; the newest ``keep`` are kept. Restoring moves the damaged file aside, never
deletes it.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from . import dbconnect
from .errors import WorkshopKitError
from .i18n import _

DEFAULT_KEEP = 10
_NAME = re.compile(r"^workshop-kit-(\d{8}-\d{6}-\d{6})-(.+)\.sqlite$")


def backups_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def make_backup(
    conn: sqlite3.Connection, db_path: Path, *, reason: str = "auto", keep: int = DEFAULT_KEEP
) -> Path:
    """Copy the live database (consistent snapshot, even while in use), verify it, rotate old ones."""
    folder = backups_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    safe_reason = re.sub(r"[^A-Za-z0-9-]+", "-", reason).strip("-") or "auto"
    final = folder / f"workshop-kit-{stamp}-{safe_reason}.sqlite"
    tmp = final.with_suffix(".sqlite.tmp")
    target = dbconnect.connect(tmp, like=conn)  # an encrypted database gets encrypted backups
    try:
        conn.backup(target)
        result = target.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise WorkshopKitError(_("The backup could not be verified: {detail}").format(detail=result))
        target.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        target.close()
        tmp.unlink(missing_ok=True)
        raise
    target.close()
    os.replace(tmp, final)
    rotate(folder, keep)
    return final


def list_backups(db_path: Path) -> list[Path]:
    """Backups, newest first."""
    folder = backups_dir_for(db_path)
    if not folder.exists():
        return []
    found = [p for p in folder.iterdir() if _NAME.match(p.name)]
    return sorted(found, key=lambda p: _NAME.match(p.name).group(1), reverse=True)


def backup_time(path: Path) -> datetime | None:
    match = _NAME.match(path.name)
    return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f") if match else None


def rotate(folder: Path, keep: int) -> None:
    backups = sorted((p for p in folder.iterdir() if _NAME.match(p.name)), reverse=True)
    # Backups taken before a migration are kept apart from the rotation of routine ones.
    routine = [p for p in backups if "before-migration" not in p.name]
    for old in routine[keep:]:
        old.unlink(missing_ok=True)


def is_good(path: Path) -> bool:
    try:
        conn = dbconnect.connect(path, read_only=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except dbconnect.errors("DatabaseError"):
        return False


def newest_good_backup(db_path: Path) -> Path | None:
    for candidate in list_backups(db_path):
        if is_good(candidate):
            return candidate
    return None


def restore_backup(db_path: Path, source: Path | None = None) -> tuple[Path, Path | None]:
    """Put ``source`` (default: newest good backup) in place of the data file.

    The current file (and its -wal/-shm) is moved aside as ``*.damaged-<time>``, never deleted.
    Returns (backup used, where the old file went).
    """
    source = source or newest_good_backup(db_path)
    if source is None:
        raise WorkshopKitError(_("No good backup to restore in {folder}.").format(folder=backups_dir_for(db_path)))
    if not is_good(source):
        raise WorkshopKitError(_("The backup {name} is damaged too.").format(name=source.name))
    moved = None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    if db_path.exists():
        moved = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
        os.replace(db_path, moved)
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, db_path.with_name(f"{db_path.name}{suffix}.damaged-{stamp}"))
    tmp = db_path.with_suffix(".restore.tmp")
    shutil.copyfile(source, tmp)
    os.replace(tmp, db_path)
    return source, moved
