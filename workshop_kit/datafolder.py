"""Copying the whole data folder to a new place (Settings → Move data folder).

Everything a laptop needs travels: the database (copied with the SQLite backup API, so a copy made
while the app runs is consistent), the organisation's signing keys and trusted keys (without them
certificates issued here would no longer verify and other laptops would not recognise its bundles),
the trainers' own modules, the outbox attachments, branding, backups and settings. Paths inside the
settings that pointed into the old folder are rewritten. Caches are left behind (they rebuild).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import dbconnect
from .atomicfile import commit, new_temp, write_text
from .errors import Cancelled, ValidationError
from .i18n import _
from .paths import DB_FILENAME, database_path
from .settings import FILENAME as SETTINGS_FILENAME

_SKIP = {DB_FILENAME, DB_FILENAME + "-wal", DB_FILENAME + "-shm", DB_FILENAME + ".lock", "cache", SETTINGS_FILENAME}
# Only SQLite opens the live data file here (the names above); everything else is copied as files.


Progress = Callable[[int, int, str], None]
CHUNK = 1 << 20  # bytes copied between two looks at ``cancelled()``
BACKUP_PAGES = 1024  # database pages copied between two looks at ``cancelled()``


def copy_data_folder(conn: sqlite3.Connection, source: Path, target: Path, *, progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> list[str]:
    """Copy the data folder ``source`` (whose open database is ``conn``) into ``target``.

    ``target`` must be empty of Workshop Kit data. Returns the names copied. The old folder is left
    untouched, so nothing is lost if the copy is interrupted; the database is written last under a
    temporary name and renamed, so a half-copied folder is never taken for a complete one.
    ``progress(bytes done, bytes in all, "")`` follows the copy; when ``cancelled()`` turns true the
    copy stops with ``Cancelled`` and everything it created in ``target`` is removed again.
    """
    source, target = Path(source).resolve(), Path(target).resolve()
    if target == source or source in target.parents:
        raise ValidationError(_("Choose a folder outside the current data folder."))
    if database_path(target).exists():
        raise ValidationError(_("That folder already holds Workshop Kit data; choose an empty folder."))
    entries = [e for e in sorted(source.iterdir()) if e.name not in _SKIP and not e.name.endswith(".tmp")]
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])  # SQLCipher answers in text
    db_bytes = int(conn.execute("PRAGMA page_count").fetchone()[0]) * page_size
    meter = _Meter(sum(_size(e) for e in entries) + db_bytes, progress, cancelled)
    made_target = not target.exists()
    target.mkdir(parents=True, exist_ok=True)
    created: list[Path] = []
    try:
        copied = []
        for entry in entries:
            dest = target / entry.name
            created.append(dest)
            _copy(entry, dest, meter)
            copied.append(entry.name)
        settings_file = source / SETTINGS_FILENAME
        if settings_file.exists():
            text = settings_file.read_text(encoding="utf-8")
            try:
                values = json.loads(text)
                text = json.dumps(_rebase(values, str(source), str(target)), ensure_ascii=False, indent=2)
            except ValueError:
                pass  # a damaged settings file is copied as it is; load() sets it aside there too
            created.append(target / SETTINGS_FILENAME)
            write_text(target / SETTINGS_FILENAME, text)
            copied.append(SETTINGS_FILENAME)
        # The database through SQLite's backup API: this process holds a connection to it, and any other
        # descriptor opened and closed on the live file would drop that connection's locks.
        tmp_db = new_temp(database_path(target))
        created.append(tmp_db)
        dest_conn = dbconnect.connect(tmp_db, like=conn)  # an encrypted folder's copy keeps the same key
        try:
            conn.backup(dest_conn, pages=BACKUP_PAGES,
                        progress=lambda _status, remaining, total: meter.at_database((total - remaining) * page_size))
        finally:
            dest_conn.close()
        meter.check()
        commit(tmp_db, database_path(target))
    except BaseException:
        for path in reversed(created):  # only what this copy made: the folder may hold the user's own files
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
        if made_target:
            with contextlib.suppress(OSError):
                target.rmdir()
        raise
    copied.append(DB_FILENAME)
    meter.done()
    return copied


class _Meter:
    """Bytes copied so far, reported and checked against ``cancelled`` at every step."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.total, self.files, self.progress, self.cancelled = max(total, 1), 0, progress, cancelled

    def check(self) -> None:
        if self.cancelled and self.cancelled():
            raise Cancelled(_("Copy cancelled: the new folder was removed and the data stays where it was."))

    def add(self, n: int) -> None:
        self.files += n
        self._report(self.files)

    def at_database(self, n: int) -> None:
        self._report(self.files + n)

    def done(self) -> None:
        if self.progress:
            self.progress(self.total, self.total, "")

    def _report(self, done: int) -> None:
        self.check()
        if self.progress:
            self.progress(min(done, self.total), self.total, "")


def _size(path: Path) -> int:
    if not path.is_dir():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _copy(source: Path, dest: Path, meter: _Meter) -> None:
    """``shutil.copytree``/``copy2`` in chunks, so a gigabyte of backups can be followed and stopped."""
    if source.is_dir():
        dest.mkdir(exist_ok=True)
        for child in sorted(source.iterdir()):
            _copy(child, dest / child.name, meter)
        shutil.copystat(source, dest)
        return
    with open(source, "rb") as src, open(dest, "wb") as out:
        while chunk := src.read(CHUNK):
            out.write(chunk)
            meter.add(len(chunk))
    shutil.copystat(source, dest)


def _rebase(value: Any, old: str, new: str) -> Any:  # a JSON value
    if isinstance(value, str) and (value == old or value.startswith(old + os.sep)):
        return new + value[len(old):]
    if isinstance(value, dict):
        return {k: _rebase(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [_rebase(v, old, new) for v in value]
    return value
