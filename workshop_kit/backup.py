"""Verified, rotating backups with the SQLite online backup API.

A backup is written to a temporary file, checked with ``integrity_check``, then renamed into
``<data dir>/backups/``; the newest ``keep`` are kept, and none older than ``MAX_AGE_DAYS`` (those
taken before a migration are kept apart from the count, not from the age limit): an erased person
leaves the backups within that time, as docs/privacy.md promises. Restoring copies and verifies the
backup beside the data file before it replaces it, and keeps the replaced file, never deletes it.
The data file itself is only ever opened through SQLite (see ``db``).
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from . import atomicfile, dbconnect
from .errors import WorkshopKitError
from .i18n import _

DEFAULT_KEEP = 10
MAX_AGE_DAYS = 30
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
        _copy_verified(lambda target: conn.backup(target), tmp, like=conn)  # encrypted stays encrypted
        atomicfile.commit(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    rotate(folder, keep)
    return final


def _copy_verified(copy, tmp: Path, like) -> None:  # noqa: ANN001 - copy(target_connection), a connection
    """Fill the empty SQLite file ``tmp`` through ``copy``, then check it; it ends in rollback-journal mode.

    ``like``: the source connection, whose library and key (an encrypted folder) the copy shares.
    """
    target = dbconnect.connect(tmp, like=like)
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
    found = {p: m.group(1) for p in folder.iterdir() if (m := _NAME.match(p.name))}
    return sorted(found, key=found.__getitem__, reverse=True)


def backup_time(path: Path) -> datetime | None:
    match = _NAME.match(path.name)
    return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f") if match else None


def rotate(folder: Path, keep: int) -> None:
    backups = sorted((p for p in folder.iterdir() if _NAME.match(p.name)), reverse=True)
    # Backups taken before a migration are kept apart from the rotation of routine ones.
    routine = [p for p in backups if "before-migration" not in p.name]
    cutoff = datetime.now() - timedelta(days=MAX_AGE_DAYS)
    expired = [p for p in backups if (backup_time(p) or datetime.now()) < cutoff]
    for old in {*routine[keep:], *expired}:
        old.unlink(missing_ok=True)


def is_good(path: Path) -> bool:
    try:
        conn = dbconnect.connect(path, read_only=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except dbconnect.errors("DatabaseError") + (dbconnect.WrongPassphrase,):
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
            src = dbconnect.connect(source, read_only=True)
            try:
                _copy_verified(lambda target: src.backup(target), tmp, like=src)
            finally:
                src.close()
            atomicfile.fsync_file(tmp)
            with _alone_with(db_path) as live:
                kept = _replace(db_path, tmp, live)
            damage_marker(db_path).unlink(missing_ok=True)
            scheduled_restore_marker(db_path).unlink(missing_ok=True)  # done another way: not again at start
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
    conn = dbconnect.connect(db_path, timeout=0.5)  # the folder's own library (SQLCipher when encrypted)
    conn.isolation_level = None
    try:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except dbconnect.errors("OperationalError") as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise FileInUse(db_path) from exc
            conn.close()
            conn = None
        except dbconnect.errors("DatabaseError"):  # damaged: nothing can read it, the copy goes aside as it is
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
                target = dbconnect.connect(kept, like=live)
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


# -- a restore chosen in the app, done at its next start -------------------------------------------
# The app holds its own data file open (and its single-instance lock), so ``restore_backup`` refuses
# while it runs; the app records the chosen backup here and restores it before opening the file.


def scheduled_restore_marker(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".restore-next-start")


def schedule_restore(db_path: Path, source: Path) -> None:
    """Restore ``source`` (a backup of ``db_path``) the next time the app starts; checked now."""
    if source.parent != backups_dir_for(db_path) or not _NAME.match(source.name):
        raise WorkshopKitError(_("{name} is not one of this data folder's backups.").format(name=source.name))
    if not is_good(source):
        raise WorkshopKitError(_("The backup {name} is damaged too.").format(name=source.name))
    atomicfile.write_text(scheduled_restore_marker(db_path), source.name + "\n")


def scheduled_restore(db_path: Path) -> Path | None:
    """The backup waiting to be restored at the next start, if any (and if it still exists)."""
    marker = scheduled_restore_marker(db_path)
    try:
        name = marker.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    source = backups_dir_for(db_path) / name
    return source if _NAME.match(name) and source.exists() else None


def cancel_scheduled_restore(db_path: Path) -> None:
    scheduled_restore_marker(db_path).unlink(missing_ok=True)


def run_scheduled_restore(db_path: Path) -> tuple[Path, Path | None] | None:
    """Do the restore chosen in the app, before it opens the data file; None when none is waiting.

    A failing restore is said once, not retried at every start (unless the file was only busy); the
    data file is untouched when it fails.
    """
    marker = scheduled_restore_marker(db_path)
    if not marker.exists():
        return None
    from . import dbconnect
    from .db import DatabaseInUse

    source = scheduled_restore(db_path)
    if source is None:
        marker.unlink(missing_ok=True)
        raise WorkshopKitError(_("The backup chosen for restoring is no longer in {folder}; nothing was changed.")
                               .format(folder=backups_dir_for(db_path)))
    try:
        done = restore_backup(db_path, source)
    except (FileInUse, DatabaseInUse, dbconnect.PassphraseNeeded):
        raise  # still wanted: tried again at the next start (or once the passphrase is given)
    except WorkshopKitError:
        marker.unlink(missing_ok=True)
        raise
    marker.unlink(missing_ok=True)
    return done
