"""Encryption at rest: a passphrase that encrypts the database and its backups with SQLCipher.

Switching on (``enable``) writes ``encryption.json`` (what cipher and derivation were used; no
secret), copies the database into an encrypted file with ``sqlcipher_export`` and puts it in place,
then encrypts every backup the same way; switching off does the reverse. Each step leaves a folder
that opens: the marker is written first on the way in and removed last on the way out, and a plain
file in a marked folder is still read (through SQLCipher, without a key). The open ``Database``
given is switched to the new file, so the app and the CLI carry on without reopening anything.

There is no back door: a lost passphrase means the data is lost (backups included). The stock
``sqlcipher`` command-line tool opens the file with ``PRAGMA key = 'passphrase'`` (SQLCipher 4
defaults), so the data does not depend on Workshop Kit to be read back.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import atomicfile, backup, dbconnect
from .atomicfile import atomic_path
from .errors import Cancelled, ValidationError, WorkshopKitError
from .i18n import _, _n
from .sqlconn import Database

MIN_PASSPHRASE = 10
Progress = Callable[[int, int, str], None]
MARKER_CONTENT = {
    "format": "workshop-kit-encryption",
    "version": 1,
    "cipher": "SQLCipher 4 (AES-256-CBC, HMAC-SHA512 per page)",
    "kdf": "PBKDF2-HMAC-SHA512",
    "kdf_iterations": dbconnect.KDF_ITERATIONS,
    "note": "The database and backups in this folder are encrypted. Without the passphrase they cannot be read.",
}


@dataclass
class Status:
    enabled: bool
    available: bool
    database_encrypted: bool
    backups: int
    plain_backups: int

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


def available() -> bool:
    try:
        dbconnect.driver()
    except dbconnect.EncryptionUnavailable:
        return False
    return True


def _is_plain(path: Path) -> bool:
    """True when ``path`` reads as plain SQLite (asked through SQLCipher when the folder is encrypted)."""
    if dbconnect.folder_is_encrypted(path.parent) or dbconnect.folder_is_encrypted(path.parent.parent):
        return dbconnect.file_salt(path) is None
    return True


def status(data_dir: Path, db_path: Path) -> Status:
    enabled = dbconnect.folder_is_encrypted(data_dir)
    backups = backup.list_backups(db_path)
    plain = sum(1 for b in backups if _is_plain(b)) if enabled else len(backups)
    return Status(enabled, available(), enabled and db_path.exists() and not _is_plain(db_path), len(backups), plain)


def check_passphrase(passphrase: str, repeated: str | None = None) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(_n("Choose a passphrase of at least %n character(s) (a few words are easy to remember "
                                 "and hard to guess).", MIN_PASSPHRASE), "passphrase")
    if repeated is not None and repeated != passphrase:
        raise ValidationError(_("The two passphrases differ."), "passphrase")


def _convert(source: Path, target: Path, key: tuple[bytes, bytes] | None) -> None:
    """Copy ``source`` into a new file ``target``, encrypted with ``key`` or plain (``key`` None)."""
    mod = dbconnect.driver()
    conn = dbconnect.connect(source)  # plain or keyed, through SQLCipher (the folder is marked)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        spec = ("x'" + key[0].hex() + key[1].hex() + "'") if key else ""
        conn.execute(f"ATTACH DATABASE ? AS converted KEY \"{spec}\"", [str(target)])
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE converted")
    except mod.DatabaseError:
        target.unlink(missing_ok=True)
        raise
    finally:
        conn.close()


def _replace_file(path: Path, key: tuple[bytes, bytes] | None, cancelled: Callable[[], bool] | None = None) -> None:
    """Rewrite one closed file (database or backup) encrypted with ``key``, or plain; atomic rename.

    ``cancelled()`` is asked before the copy and once it is made (``sqlcipher_export`` itself cannot be
    interrupted safely): the copy is then dropped and ``Cancelled`` raised, the file untouched.
    """
    _stop_if(cancelled)
    tmp = atomicfile.new_temp(path)  # empty, private (0600): SQLite takes it as a new database
    _convert(path, tmp, key)
    try:
        _stop_if(cancelled)
    except Cancelled:
        tmp.unlink(missing_ok=True)
        raise
    check = dbconnect.connect(tmp, key=key) if key else dbconnect.connect(tmp)
    try:
        result = check.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        check.close()
    if result != "ok":
        tmp.unlink(missing_ok=True)
        raise WorkshopKitError(_("The converted copy of {name} failed its check ({detail}); nothing was changed.")
                               .format(name=path.name, detail=result))
    atomicfile.commit(tmp, path)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _stop_if(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled(_("Cancelled: nothing was changed."))


class _Steps:
    """Files converted so far, for a progress bar."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.done, self.total, self.progress = 0, total, progress
        if progress:
            progress(0, total, "")

    def __call__(self) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total, "")


def _close_for_conversion(db: Database) -> None:
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()


def _reopen(db: Database, path: Path) -> None:
    from .db import configure

    conn = dbconnect.connect(path, check_same_thread=False)
    configure(conn)
    db.conn = conn
    if hasattr(db, "watch"):
        db.watch(path)  # a new file under the same name: its writes are checked against this one now


def enable(db: Database, data_dir: Path, db_path: Path, passphrase: str, *, progress: Progress | None = None,
           cancelled: Callable[[], bool] | None = None) -> Status:
    """Encrypt the database and its backups with ``passphrase``; ``db`` is switched to the encrypted file.

    Nothing else may have the file open (the CLI takes the single-instance lock; the app closes its
    workers' connections first). ``progress(files done, files, "")`` counts the database and its
    backups; ``cancelled()`` can stop it until the database is replaced (``Cancelled``, nothing changed),
    not after: the backups are then always finished, so the folder is never half encrypted.
    """
    check_passphrase(passphrase)
    dbconnect.driver()
    if dbconnect.folder_is_encrypted(data_dir) and not _is_plain(db_path):
        raise ValidationError(_("This data folder is already encrypted."))
    salt = os.urandom(dbconnect.SALT_BYTES)
    key = (dbconnect.derive_key(passphrase, salt), salt)
    dbconnect.remember(*key)
    _close_for_conversion(db)
    try:
        olds = [old for old in backup.list_backups(db_path) if _is_plain(old)]
        step = _Steps(1 + len(olds), progress)
        with atomic_path(data_dir / dbconnect.MARKER) as tmp:
            Path(tmp).write_text(json.dumps(MARKER_CONTENT, indent=2), encoding="utf-8")
        try:
            _replace_file(db_path, key, cancelled)
        except Cancelled:
            (data_dir / dbconnect.MARKER).unlink(missing_ok=True)
            raise
        step()
        for old in olds:
            _replace_file(old, key)
            step()
    finally:
        _reopen(db, db_path)
    _convert_attachments(db, seal=True)
    return status(data_dir, db_path)


def change_passphrase(db: Database, data_dir: Path, db_path: Path, passphrase: str, *,
                      progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Status:
    """Re-encrypt the database, its backups and the outbox's files under a new passphrase (and salt).

    For when the passphrase may be known to someone who should no longer read the data; ``db`` is
    switched to the re-encrypted file. Old copies made elsewhere keep the old passphrase.
    """
    from .outbox import SEALED_ATTACHMENT, read_attachment

    check_passphrase(passphrase)
    if not dbconnect.folder_is_encrypted(data_dir) or _is_plain(db_path):
        raise ValidationError(_("This data folder is not encrypted."))
    salt = os.urandom(dbconnect.SALT_BYTES)
    key = (dbconnect.derive_key(passphrase, salt), salt)
    dbconnect.remember(*key)
    sealed_files = [(mid, Path(p)) for mid, p in db.execute(
        "SELECT id, attachment_path FROM outbox WHERE attachment_path IS NOT NULL").fetchall()
        if Path(p).name == SEALED_ATTACHMENT and Path(p).exists()]
    contents = [(path, *read_attachment(path)) for _mid, path in sealed_files]  # opened with the old key
    _close_for_conversion(db)
    try:
        olds = backup.list_backups(db_path)
        step = _Steps(1 + len(olds), progress)
        _replace_file(db_path, key, cancelled)  # cancelled: nothing changed
        step()
        for old in olds:
            _replace_file(old, key)
            step()
    finally:
        _reopen(db, db_path)
    from .sealed import seal_with_key

    for path, name, data in contents:
        with atomic_path(path) as tmp:
            Path(tmp).write_bytes(seal_with_key(data, name, *key))
    return status(data_dir, db_path)


def _convert_attachments(db: Database, *, seal: bool) -> None:
    """Outbox attachments (certificates named after participants) follow the database: sealed or plain."""
    from .atomicfile import write_bytes
    from .outbox import SEALED_ATTACHMENT, read_attachment, store_attachment

    rows = db.execute("SELECT id, attachment_path FROM outbox WHERE attachment_path IS NOT NULL").fetchall()
    for mid, stored in rows:
        path = Path(stored)
        if not path.exists() or (path.name == SEALED_ATTACHMENT) == seal:
            continue
        if seal:
            new = store_attachment(db, path.parent, path)
        else:
            name, data = read_attachment(path)
            new = write_bytes(path.with_name(Path(name).name), data)
        db.execute("UPDATE outbox SET attachment_path = ? WHERE id = ?", [str(new), mid])
        path.unlink()


def disable(db: Database, data_dir: Path, db_path: Path, *, progress: Progress | None = None) -> Status:
    """Decrypt the database and its backups back to plain SQLite files; ``db`` is switched to the plain file.

    ``progress(files done, files, "")`` counts the database and its backups; once started it is not
    stopped halfway (attachments are unsealed first).
    """
    if not dbconnect.folder_is_encrypted(data_dir):
        raise ValidationError(_("This data folder is not encrypted."))
    _convert_attachments(db, seal=False)
    _close_for_conversion(db)
    try:
        olds = [old for old in backup.list_backups(db_path) if not _is_plain(old)]
        step = _Steps(1 + len(olds), progress)
        if not _is_plain(db_path):
            _replace_file(db_path, None)
        step()
        for old in olds:
            _replace_file(old, None)
            step()
        (data_dir / dbconnect.MARKER).unlink(missing_ok=True)
    finally:
        _reopen(db, db_path)
    return status(data_dir, db_path)
