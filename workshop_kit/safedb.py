"""Keeping the data file safe while the app, the command line and scripts use it at once.

``SafeDatabase`` is the ``Database`` (``sqlconn``) every connection of the app uses
(``db.open_database``). Its ``atomic()`` starts with ``BEGIN IMMEDIATE``: a deferred transaction that
reads and then writes fails at once with "database is locked" when another process committed
meanwhile, whatever the busy timeout. With the write lock held it then checks, by ``stat`` only
(nothing but SQLite may open the data file in a process holding a connection), that writing cannot
lose data: no damage was found (the marker beside the file), the file is still the folder's data
file (not one a restore replaced), and its write-ahead log is the one it opened.

Damage found anywhere is remembered in ``<data file>.damage-found``; every process then refuses
writes (``WritesStopped``) until a restore removes the marker.
"""

from __future__ import annotations

import json
import os
from collections.abc import Generator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from . import atomicfile, backup, dbconnect
from .errors import WorkshopKitError
from .i18n import _
from .sqlconn import Database

DAMAGE_MARKER_SUFFIX = ".damage-found"


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


class DataFileMissing(DatabaseDamaged):
    """The data file is missing or empty while backups (or its write-ahead log) are beside it."""

    def __init__(self, path: Path, detail: str, newest_backup: Path | None) -> None:
        self.path, self.detail, self.newest_backup = path, detail, newest_backup
        what = _("missing") if detail == "missing" else _("empty")
        message = _(
            "The data file {path} is {what}, but backups of it exist: it was lost (an interrupted restore "
            "or copy, a sync tool, a deletion), so no new empty one was made."
        ).format(path=path, what=what)
        if newest_backup is not None:
            message += " " + _("Restore the newest good backup ({name}) with: workshop-kit backup restore").format(
                name=newest_backup.name)
        else:
            message += " " + _("No good backup was found in {folder}.").format(folder=backup.backups_dir_for(path))
        WorkshopKitError.__init__(self, message)


class WritesStopped(DatabaseDamaged):
    """Damage was found in the data file (now or earlier): reading goes on, writing does not."""

    def __init__(self, path: Path, detail: str, newest_backup: Path | None, rescue: Path | None = None) -> None:
        self.path, self.detail, self.newest_backup, self.rescue = path, detail, newest_backup, rescue
        message = _(
            "The data file {path} is damaged ({detail}); nothing more is written to it, so that nothing "
            "is lost when a backup is restored. Close Workshop Kit and restore a backup with: "
            "workshop-kit backup restore"
        ).format(path=path, detail=detail)
        if rescue is not None:
            message += " " + _("What this window had written was saved as {name}; restore that one with: "
                               "workshop-kit backup restore \"{file}\"").format(name=rescue.name, file=rescue)
        elif newest_backup is not None:
            message += " " + _("(the newest good backup is {name}).").format(name=newest_backup.name)
        WorkshopKitError.__init__(self, message)


class DataFileReplaced(WorkshopKitError):
    """The file this connection opened is no longer the data file (a backup was restored meanwhile)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            _(
                "The data file {path} was replaced (a backup was restored) while this program had it open; "
                "nothing was written. Close Workshop Kit or run the command again."
            ).format(path=path)
        )


def damage_marker(path: Path) -> Path:
    return path.with_name(path.name + DAMAGE_MARKER_SUFFIX)


def damage_found(path: Path) -> str | None:
    """What damage was found in this data file and not yet repaired by a restore, if any."""
    marker = damage_marker(path)
    if not marker.exists():
        return None
    try:
        return str(json.loads(marker.read_text(encoding="utf-8")).get("detail") or "?")
    except (OSError, ValueError):
        return "?"


def mark_damaged(path: Path, detail: str) -> None:
    """Remember, beside the file, that it is damaged: every process then refuses to write to it."""
    if damage_found(path) is None:
        at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        atomicfile.write_text(damage_marker(path), json.dumps({"detail": detail, "at": at}))


def is_damage_error(exc: BaseException) -> bool:
    """SQLite's errors for a damaged file (not a busy or a read-only one)."""
    text = str(exc).lower()
    return isinstance(exc, dbconnect.errors("DatabaseError")) and ("malformed" in text or "not a database" in text)


def identity_of(path: Path | str) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``, by its name only (``stat`` opens no descriptor)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class SafeDatabase(Database):
    """``Database`` (``sqlconn``) whose transactions are safe with several processes on one file.

    ``atomic()`` starts with ``BEGIN IMMEDIATE`` (it waits up to the busy timeout for the write lock
    instead of failing when another process committed first), then checks that this connection still
    writes to the data file of the folder: not a file a restore replaced, not one whose write-ahead
    log was removed (its writes would vanish), not one found damaged.
    """

    path: Path | None = None
    _names: tuple[str, str, str] = ("", "", "")
    file_identity: tuple[int, int] | None = None
    wal_identity: tuple[int, int] | None = None

    def watch(self, path: Path, identity: tuple[int, int] | None = None) -> None:
        """Check this file before each write; ``identity``: the file's as seen before connecting."""
        self.path = path
        self._names = (str(damage_marker(path)), str(path), str(path.with_name(path.name + "-wal")))
        self.file_identity = identity or identity_of(path)
        self.wal_identity = identity_of(Path(self._names[2]))

    @contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except dbconnect.errors("OperationalError") as exc:  # query_only, set when damage was found
            if self.path is not None and (found := damage_found(self.path)) is not None:
                raise WritesStopped(self.path, found, None) from exc
            raise
        try:
            self.check_files()  # with the write lock held: a restore cannot swap the file meanwhile
            yield self
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if self.path is not None and is_damage_error(exc):
                mark_damaged(self.path, str(exc))
                raise WritesStopped(self.path, str(exc), None) from exc
            raise

    def check_files(self) -> None:
        """Raise if writing here would lose data (damage found, file replaced, -wal removed).

        ``stat`` calls only, so cheap enough before every transaction and on the app's timer.
        """
        if self.path is None:
            return
        marker, data, wal = self._names  # plain strings: this runs before every check-in
        if os.path.exists(marker):
            raise WritesStopped(self.path, damage_found(self.path) or "?", None)
        if self.file_identity is not None and identity_of(data) != self.file_identity:
            raise DataFileReplaced(self.path)
        if self.wal_identity is not None and identity_of(wal) != self.wal_identity:
            raise self._journal_lost()

    def _journal_lost(self) -> WritesStopped:
        """The write-ahead log was removed under this connection: save what it still sees, stop writing."""
        assert self.path is not None
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        detail = _("its write-ahead journal (-wal) was removed while it was open")
        rescue = None
        try:
            rescue = backup.make_backup(self.conn, self.path, reason="rescue")
        except dbconnect.errors("Error") + (OSError, WorkshopKitError):
            pass
        mark_damaged(self.path, detail)
        self.conn.execute("PRAGMA query_only = ON")
        return WritesStopped(self.path, detail, None, rescue)
