"""Verified, rotating backups with the SQLite online backup API.

A backup is written to a temporary file, checked with ``integrity_check``, then renamed into
``<data dir>/backups/``; the newest ``keep`` are kept. Restoring copies and verifies the backup
beside the data file before it replaces it, and keeps the replaced file, never deletes it. The data
file itself is only ever opened through SQLite (see ``db``).
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from . import atomicfile
from .errors import WorkshopKitError
from .i18n import _

DEFAULT_KEEP = 10
_NAME = re.compile(r"^workshop-kit-(\d{8}-\d{6}-\d{6})-(.+)\.sqlite$")


def backups_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI opening ``path`` read-only (any character of the path is quoted)."""
    return f"file:{quote(str(Path(path).absolute()))}?mode=ro"


def make_backup(
    conn: sqlite3.Connection, db_path: Path, *, reason: str = "auto", keep: int = DEFAULT_KEEP
) -> Path:
    """Copy the live database (consistent snapshot, even while in use), verify it, rotate old ones.

    The copy goes through the backup API into a private temporary file, is verified with
    ``integrity_check``, flushed and renamed: a killed backup leaves no half file under a backup's name.
    """
    folder = backups_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    safe_reason = re.sub(r"[^A-Za-z0-9-]+", "-", reason).strip("-") or "auto"
    final = folder / f"workshop-kit-{stamp}-{safe_reason}.sqlite"
    tmp = atomicfile.new_temp(final)
    try:
        _copy_verified(lambda target: conn.backup(target), tmp)
        atomicfile.commit(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    rotate(folder, keep)
    return final


def _copy_verified(copy, tmp: Path) -> None:  # noqa: ANN001 - copy(target_connection)
    """Fill the empty SQLite file ``tmp`` through ``copy``, then check it; it ends in rollback-journal mode."""
    target = sqlite3.connect(str(tmp))
    try:
        copy(target)
        result = target.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise WorkshopKitError(_("The backup could not be verified: {detail}").format(detail=result))
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()


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
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def newest_good_backup(db_path: Path) -> Path | None:
    for candidate in list_backups(db_path):
        if is_good(candidate):
            return candidate
    return None


class FileInUse(WorkshopKitError):
    """Another process has the data file open: replacing it now would lose what that process writes."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            _(
                "The data file {path} is open in another program (Workshop Kit, a command or a script still "
                "running). Close it first, then restore; nothing was changed."
            ).format(path=path)
        )


def restore_backup(db_path: Path, source: Path | None = None) -> tuple[Path, Path | None]:
    """Put ``source`` (default: newest good backup) in place of the data file.

    The backup is copied beside the data file under a temporary name, verified and flushed, and only
    then renamed onto it: at every moment the folder holds a whole data file. Refused while the app
    (its single-instance lock) or any other process (SQLite's own locks) has the file open. The
    replaced file is kept as ``*.replaced-<time>``, never deleted. Returns (backup used, kept file).
    """
    from .db import InstanceLock, damage_marker

    source = source or newest_good_backup(db_path)
    if source is None:
        raise WorkshopKitError(_("No good backup to restore in {folder}.").format(folder=backups_dir_for(db_path)))
    if not is_good(source):
        raise WorkshopKitError(_("The backup {name} is damaged too.").format(name=source.name))
    held = InstanceLock.holds(db_path)
    InstanceLock.acquire(db_path)  # the app cannot start meanwhile; refused while it runs
    try:
        tmp = atomicfile.new_temp(db_path)
        try:
            def copy(target: sqlite3.Connection) -> None:
                src = sqlite3.connect(read_only_uri(source), uri=True)
                try:
                    src.backup(target)
                finally:
                    src.close()

            _copy_verified(copy, tmp)
            atomicfile.fsync_file(tmp)
            with _alone_with(db_path) as live:
                kept = _replace(db_path, tmp, live)
            damage_marker(db_path).unlink(missing_ok=True)
        finally:
            tmp.unlink(missing_ok=True)
    finally:
        if not held:
            InstanceLock.release(db_path)
    return source, kept


@contextmanager
def _alone_with(db_path: Path) -> Iterator[sqlite3.Connection | None]:
    """An exclusive hold on the live file through SQLite, or ``FileInUse`` if anyone else has it open.

    Leaving WAL mode needs every other connection closed; the exclusive lock then keeps new ones
    out until the file is replaced. None when there is no usable file (missing, empty or damaged).
    """
    if not db_path.exists() or db_path.stat().st_size == 0:
        yield None
        return
    conn = sqlite3.connect(str(db_path), timeout=0.5, isolation_level=None)
    try:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise FileInUse(db_path) from exc
            conn.close()
            conn = None
        except sqlite3.DatabaseError:  # damaged: nothing can read it, the copy goes aside as it is
            conn.close()
            conn = None
        yield conn
    finally:
        if conn is not None:
            conn.close()


def _replace(db_path: Path, tmp: Path, live: sqlite3.Connection | None) -> Path | None:
    """Keep the current file under another name, then rename ``tmp`` onto the data file."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = None
    if db_path.exists():
        kept = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
        n = 1
        while kept.exists():  # two restores within a second: keep both files
            n += 1
            kept = db_path.with_name(f"{db_path.name}.replaced-{stamp}-{n}")
        if live is not None:
            try:
                os.link(db_path, kept)  # a second name for the old file; no descriptor opened
            except OSError:  # a file system without hard links: a copy through SQLite
                target = sqlite3.connect(str(kept))
                try:
                    live.backup(target)
                finally:
                    target.close()
        else:
            os.replace(db_path, kept)
    for suffix in ("-wal", "-shm"):  # a log left beside would be replayed into the restored file
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, db_path.with_name(f"{db_path.name}{suffix}.replaced-{stamp}"))
    os.replace(tmp, db_path)
    atomicfile.fsync_dir(db_path.parent)
    return kept
