"""The one way to open a data file (the database or one of its backups): plain SQLite or SQLCipher.

A data folder is encrypted when it holds ``encryption.json`` (no secret in it, see ``encryption``).
Then every connection to its files goes through SQLCipher (the ``sqlcipher3`` binding, which bundles
its own SQLite): files are opened by that one library only, never by Python's ``sqlite3`` as well,
because closing a descriptor from the other library would drop the first one's POSIX locks.

The key is SQLCipher 4's own derivation of the passphrase (PBKDF2-HMAC-SHA512, 256,000 iterations,
the 16-byte salt at the start of the file), so the stock ``sqlcipher`` tool opens the file with the
passphrase alone. It is derived once per process (about 0.15 s) and then given as a raw key, so
workers and backups open their connections without paying for the derivation again. Passphrases and
keys live in this process's memory only; ``WORKSHOP_KIT_PASSPHRASE`` gives one to scripts.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .errors import WorkshopKitError
from .i18n import _

MARKER = "encryption.json"
PASSPHRASE_ENV = "WORKSHOP_KIT_PASSPHRASE"
KDF_ITERATIONS = 256_000  # SQLCipher 4's default with PBKDF2-HMAC-SHA512
KEY_BYTES, SALT_BYTES = 32, 16

_keys: dict[bytes, bytes] = {}  # file salt -> raw key, for this process only
_passphrases: list[str] = []  # given this run (a prompt); tried on files whose salt has no key yet


class EncryptionUnavailable(WorkshopKitError):
    """SQLCipher (the ``sqlcipher3`` package) is not installed in this copy of Workshop Kit."""


class PassphraseNeeded(WorkshopKitError):
    """The data file is encrypted and no passphrase was given."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(_(
            "The data file {path} is encrypted. Give its passphrase (you are asked for it in a terminal, or set "
            "the environment variable {env})."
        ).format(path=path, env=PASSPHRASE_ENV))


class WrongPassphrase(WorkshopKitError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(_(
            "This passphrase does not open {path}. Check the keyboard layout and Caps Lock; without the right "
            "passphrase the data cannot be recovered."
        ).format(path=path))


def driver() -> Any:
    """The SQLCipher DB-API module (imported on first use: plain folders never load it)."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:
        raise EncryptionUnavailable(_(
            "Encryption needs the sqlcipher3 package, which is missing from this installation. Reinstall "
            "Workshop Kit (pip install workshop-kit) to open or encrypt this data folder."
        )) from exc
    return dbapi2


def errors(name: str) -> tuple[type[BaseException], ...]:
    """``sqlite3``'s exception class ``name`` and SQLCipher's twin, for ``except`` clauses."""
    found: list[type[BaseException]] = [getattr(sqlite3, name)]
    module = sys.modules.get("sqlcipher3.dbapi2")
    if module is not None:
        found.append(getattr(module, name))
    return tuple(found)


def folder_is_encrypted(data_dir: Path) -> bool:
    return (Path(data_dir) / MARKER).exists()


def _encrypted_location(path: Path) -> bool:
    """The data file sits in its folder, backups in ``backups/`` below it."""
    path = Path(path)
    return folder_is_encrypted(path.parent) or folder_is_encrypted(path.parent.parent)


def derive_key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)


def _raw(key: bytes, salt: bytes | None = None) -> str:
    return "\"x'" + key.hex() + (salt.hex() if salt else "") + "'\""


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI opening ``path`` read-only (any character of the path is quoted)."""
    return f"file:{quote(str(Path(path).absolute()))}?mode=ro"


def _cipher_connect(path: Path, read_only: bool, timeout: float, check_same_thread: bool) -> Any:
    mod = driver()
    target = read_only_uri(path) if read_only else str(path)
    conn = mod.connect(target, uri=read_only, timeout=timeout, check_same_thread=check_same_thread)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our error message, not SQLCipher's log
    return conn


def file_salt(path: Path) -> bytes | None:
    """The salt of an encrypted file, read by SQLCipher itself (None: the file is plain SQLite or new)."""
    conn = _cipher_connect(path, True, 5.0, True)
    try:
        try:
            conn.execute("PRAGMA schema_version").fetchone()
            return None  # readable without a key: plain SQLite
        except driver().DatabaseError:
            pass
        conn.close()
        conn = _cipher_connect(path, True, 5.0, True)
        conn.execute("PRAGMA key = " + _raw(bytes(KEY_BYTES)))
        row = conn.execute("PRAGMA cipher_salt").fetchone()
        return bytes.fromhex(row[0]) if row and row[0] else None
    finally:
        conn.close()


def _opens(path: Path, key: bytes) -> bool:
    conn = _cipher_connect(path, True, 5.0, True)
    try:
        conn.execute("PRAGMA key = " + _raw(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except driver().DatabaseError:
        return False
    finally:
        conn.close()


def _key_for(path: Path, salt: bytes) -> bytes:
    if salt in _keys:
        return _keys[salt]
    candidates = list(_passphrases)
    if os.environ.get(PASSPHRASE_ENV):
        candidates.append(os.environ[PASSPHRASE_ENV])
    if not candidates:
        raise PassphraseNeeded(path)
    for passphrase in candidates:
        key = derive_key(passphrase, salt)
        if _opens(path, key):
            _keys[salt] = key
            return key
    raise WrongPassphrase(path)


def unlock(path: Path, passphrase: str) -> None:
    """Check ``passphrase`` against the encrypted file ``path`` and keep its key for this process."""
    path = Path(path)
    salt = file_salt(path)
    if salt is None:
        return
    key = derive_key(passphrase, salt)
    if not _opens(path, key):
        raise WrongPassphrase(path)
    _keys[salt] = key
    if passphrase not in _passphrases:
        _passphrases.append(passphrase)


def remember(key: bytes, salt: bytes) -> None:
    """A key this process just made (encryption switched on)."""
    _keys[salt] = key


def forget() -> None:
    """Drop every key and passphrase held by this process (tests; locking the app)."""
    _keys.clear()
    _passphrases.clear()


def key_for_salt(salt: bytes) -> bytes | None:
    """The key this process holds for the file with ``salt`` (None: that folder is not open here)."""
    return _keys.get(salt)


def connection_key(conn: Any) -> tuple[bytes, bytes] | None:
    """(key, salt) of an open SQLCipher connection, None for a plain one."""
    mod = sys.modules.get("sqlcipher3.dbapi2")
    if mod is None or not isinstance(conn, mod.Connection):
        return None
    row = conn.execute("PRAGMA cipher_salt").fetchone()
    if not row or not row[0]:
        return None
    salt = bytes.fromhex(row[0])
    return (_keys[salt], salt) if salt in _keys else None


def connect(path: str | Path, *, read_only: bool = False, like: Any = None, timeout: float = 5.0,
            check_same_thread: bool = True, key: tuple[bytes, bytes] | None = None) -> Any:
    """Open ``path`` as the data folder requires: a ``sqlite3`` or SQLCipher connection.

    ``like``: an open connection whose key a new file must share (backups, a copied data folder).
    ``key``: (key, salt) to create a new encrypted file with (switching encryption on).
    """
    path = Path(path)
    if key is None and like is not None:
        key = connection_key(like)
    if key is None and not _encrypted_location(path):
        if read_only:
            return sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout,
                                   check_same_thread=check_same_thread)
        return sqlite3.connect(str(path), timeout=timeout, check_same_thread=check_same_thread)
    exists = path.exists() and path.stat().st_size > 0
    if key is not None:
        conn = _cipher_connect(path, read_only, timeout, check_same_thread)
        conn.execute("PRAGMA key = " + _raw(key[0], None if exists else key[1]))
        remember(*key)
        return conn
    salt = file_salt(path) if exists else None
    conn = _cipher_connect(path, read_only, timeout, check_same_thread)
    if salt is not None:  # else: plain SQLite read through SQLCipher (not converted yet, or being decrypted)
        conn.execute("PRAGMA key = " + _raw(_key_for(path, salt)))
    return conn
