"""Encryption at rest with SQLCipher: real files, read back as raw bytes by someone without the passphrase."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workshop_kit import backup, dbconnect, encryption
from workshop_kit.db import open_database
from workshop_kit.participants import add_participant

PASS = "cinq mots faciles à retenir"
NAMES = [b"Fatima", b"El Idrissi", "الإدريسي".encode(), b"fatima.idrissi@example.org"]


@pytest.fixture(autouse=True)
def _no_keys_left(monkeypatch):
    monkeypatch.delenv(dbconnect.PASSPHRASE_ENV, raising=False)
    dbconnect.forget()
    yield
    dbconnect.forget()


def _files(data_dir: Path) -> list[Path]:
    """Every file of the data folder: database, WAL, backups, keys, settings, outbox."""
    return [p for p in data_dir.rglob("*") if p.is_file()]


def _leaks(data_dir: Path) -> list[str]:
    return [f"{p.name}: {n!r}" for p in _files(data_dir) for n in NAMES if n in p.read_bytes()]


def _fatima(db) -> None:
    add_participant(db, first_name="Fatima", last_name="El Idrissi", last_name_ar="الإدريسي",
                    email="fatima.idrissi@example.org", consent_data=True)


def test_without_the_passphrase_nothing_personal_is_readable(data_dir: Path) -> None:
    opened = open_database(data_dir)
    db, path = opened.db, opened.path
    _fatima(db)
    backup.make_backup(db.conn, path, reason="before")
    assert _leaks(data_dir)  # plain SQLite: the name is there for anyone to read
    st = encryption.enable(db, data_dir, path, PASS)
    assert st.enabled and st.database_encrypted and st.plain_backups == 0 and st.backups == 1
    # The same Database object carries on, on the encrypted file: the app does not reopen anything.
    _fatima(db)
    backup.make_backup(db.conn, path, reason="after")
    db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert _leaks(data_dir) == []  # database, its WAL and both backups
    db.conn.close()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM participants").fetchall()
    # A new process: the passphrase is needed, a wrong one is refused, the right one opens everything.
    dbconnect.forget()
    with pytest.raises(dbconnect.PassphraseNeeded, match="encrypted"):
        open_database(data_dir)
    with pytest.raises(dbconnect.WrongPassphrase):
        dbconnect.unlock(path, "pas la bonne phrase")
    dbconnect.unlock(path, PASS)
    again = open_database(data_dir).db
    assert again.execute("SELECT COUNT(*) FROM participants WHERE first_name = 'Fatima'").fetchone()[0] == 2
    assert all(backup.is_good(b) for b in backup.list_backups(path))
    again.conn.close()


def test_the_stock_sqlcipher_tool_opens_the_file_with_the_passphrase(data_dir: Path) -> None:
    """Recovery does not depend on Workshop Kit: SQLCipher 4 defaults and the passphrase are enough."""
    opened = open_database(data_dir, auto_backup=False)
    _fatima(opened.db)
    encryption.enable(opened.db, data_dir, opened.path, PASS)
    opened.db.conn.close()
    conn = dbconnect.driver().connect(str(opened.path))
    conn.execute(f"PRAGMA key = '{PASS}'")
    assert conn.execute("SELECT first_name FROM participants").fetchall() == [("Fatima",)]
    conn.close()


def test_environment_variable_for_scripts_and_disable(data_dir: Path, monkeypatch) -> None:
    opened = open_database(data_dir)
    _fatima(opened.db)
    backup.make_backup(opened.db.conn, opened.path)
    encryption.enable(opened.db, data_dir, opened.path, PASS)
    opened.db.conn.close()
    dbconnect.forget()
    monkeypatch.setenv(dbconnect.PASSPHRASE_ENV, PASS)
    reopened = open_database(data_dir)
    assert reopened.backup_taken is not None and not _leaks(data_dir)
    st = encryption.disable(reopened.db, data_dir, reopened.path)
    assert not st.enabled and not (data_dir / dbconnect.MARKER).exists()
    assert reopened.db.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 1
    reopened.db.conn.close()
    monkeypatch.delenv(dbconnect.PASSPHRASE_ENV)
    dbconnect.forget()
    # Plain files again, backups included, readable by any SQLite.
    assert sqlite3.connect(opened.path).execute("SELECT first_name FROM participants").fetchall() == [("Fatima",)]
    assert all(backup.is_good(b) for b in backup.list_backups(opened.path))


def test_a_short_passphrase_is_refused_and_nothing_changes(data_dir: Path) -> None:
    from workshop_kit.errors import ValidationError

    opened = open_database(data_dir, auto_backup=False)
    _fatima(opened.db)
    with pytest.raises(ValidationError, match="at least 10"):
        encryption.enable(opened.db, data_dir, opened.path, "court")
    assert not (data_dir / dbconnect.MARKER).exists() and _leaks(data_dir)
    opened.db.conn.close()


def test_a_copied_data_folder_stays_encrypted(data_dir: Path, tmp_path: Path) -> None:
    from workshop_kit.datafolder import copy_data_folder

    opened = open_database(data_dir, auto_backup=False)
    _fatima(opened.db)
    encryption.enable(opened.db, data_dir, opened.path, PASS)
    copy_data_folder(opened.db.conn, data_dir, tmp_path / "usb")
    opened.db.conn.close()
    assert not _leaks(tmp_path / "usb")
    dbconnect.forget()
    dbconnect.unlock(tmp_path / "usb" / opened.path.name, PASS)
    copy = open_database(tmp_path / "usb", auto_backup=False).db
    assert copy.execute("SELECT first_name FROM participants").fetchall() == [("Fatima",)]
    copy.conn.close()


def test_restoring_a_backup_of_an_encrypted_folder(data_dir: Path) -> None:
    opened = open_database(data_dir, auto_backup=False)
    _fatima(opened.db)
    encryption.enable(opened.db, data_dir, opened.path, PASS)
    taken = backup.make_backup(opened.db.conn, opened.path, reason="before-mistake")
    opened.db.execute("DELETE FROM participants")
    opened.db.conn.close()
    used, kept = backup.restore_backup(opened.path, taken)
    assert used == taken and kept is not None
    assert not _leaks(data_dir)  # the restored file and the replaced one stay encrypted
    dbconnect.forget()
    dbconnect.unlock(opened.path, PASS)
    again = open_database(data_dir, auto_backup=False).db
    assert again.execute("SELECT first_name FROM participants").fetchall() == [("Fatima",)]
    again.conn.close()


def test_changing_the_passphrase_locks_the_old_one_out(data_dir: Path, tmp_path: Path) -> None:
    opened = open_database(data_dir)
    _fatima(opened.db)
    encryption.enable(opened.db, data_dir, opened.path, PASS)
    backup.make_backup(opened.db.conn, opened.path)
    encryption.change_passphrase(opened.db, data_dir, opened.path, "une toute nouvelle phrase")
    _fatima(opened.db)  # the app carries on with the re-encrypted file
    opened.db.conn.close()
    assert not _leaks(data_dir)
    dbconnect.forget()
    with pytest.raises(dbconnect.WrongPassphrase):
        dbconnect.unlock(opened.path, PASS)
    dbconnect.unlock(opened.path, "une toute nouvelle phrase")
    again = open_database(data_dir, auto_backup=False).db
    assert again.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 2
    assert backup.list_backups(opened.path) and all(backup.is_good(b) for b in backup.list_backups(opened.path))
    again.conn.close()
