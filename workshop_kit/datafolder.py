"""Copying the whole data folder to a new place (Settings → Move data folder).

Everything a laptop needs travels: the database (copied with the SQLite backup API, so a copy made
while the app runs is consistent), the organisation's signing keys and trusted keys (without them
certificates issued here would no longer verify and other laptops would not recognise its bundles),
the trainers' own modules, the outbox attachments, branding, backups and settings. Paths inside the
settings that pointed into the old folder are rewritten. Caches are left behind (they rebuild).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from . import dbconnect
from .atomicfile import commit, new_temp, write_text
from .errors import ValidationError
from .i18n import _
from .paths import DB_FILENAME, database_path
from .settings import FILENAME as SETTINGS_FILENAME

_SKIP = {DB_FILENAME, DB_FILENAME + "-wal", DB_FILENAME + "-shm", DB_FILENAME + ".lock", "cache", SETTINGS_FILENAME}
# Only SQLite opens the live data file here (the names above); everything else is copied as files.


def copy_data_folder(conn: sqlite3.Connection, source: Path, target: Path) -> list[str]:
    """Copy the data folder ``source`` (whose open database is ``conn``) into ``target``.

    ``target`` must be empty of Workshop Kit data. Returns the names copied. The old folder is left
    untouched, so nothing is lost if the copy is interrupted; the database is written last under a
    temporary name and renamed, so a half-copied folder is never taken for a complete one.
    """
    source, target = Path(source).resolve(), Path(target).resolve()
    if target == source or source in target.parents:
        raise ValidationError(_("Choose a folder outside the current data folder."))
    if database_path(target).exists():
        raise ValidationError(_("That folder already holds Workshop Kit data; choose an empty folder."))
    target.mkdir(parents=True, exist_ok=True)
    copied = []
    for entry in sorted(source.iterdir()):
        if entry.name in _SKIP or entry.name.endswith(".tmp"):
            continue
        dest = target / entry.name
        if entry.is_dir():
            shutil.copytree(entry, dest, dirs_exist_ok=True)
        else:
            shutil.copy2(entry, dest)
        copied.append(entry.name)
    settings_file = source / SETTINGS_FILENAME
    if settings_file.exists():
        text = settings_file.read_text(encoding="utf-8")
        try:
            values = json.loads(text)
            text = json.dumps(_rebase(values, str(source), str(target)), ensure_ascii=False, indent=2)
        except ValueError:
            pass  # a damaged settings file is copied as it is; load() sets it aside there too
        write_text(target / SETTINGS_FILENAME, text)
        copied.append(SETTINGS_FILENAME)
    # The database through SQLite's backup API: this process holds a connection to it, and any other
    # descriptor opened and closed on the live file would drop that connection's locks.
    tmp_db = new_temp(database_path(target))
    try:
        dest = dbconnect.connect(tmp_db, like=conn)  # an encrypted folder's copy keeps the same key
        try:
            conn.backup(dest)
        finally:
            dest.close()
        commit(tmp_db, database_path(target))
    except BaseException:
        tmp_db.unlink(missing_ok=True)
        raise
    copied.append(DB_FILENAME)
    return copied


def _rebase(value: Any, old: str, new: str) -> Any:  # a JSON value
    if isinstance(value, str) and (value == old or value.startswith(old + os.sep)):
        return new + value[len(old):]
    if isinstance(value, dict):
        return {k: _rebase(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [_rebase(v, old, new) for v in value]
    return value
