"""Upgrading from every older schema keeps the data; a verified backup is taken first."""

import sqlite3

import pytest

from workshop_kit import backup, migrations
from workshop_kit.db import configure, open_database
from workshop_kit.paths import database_path


def _db_at_version(data_dir, version: int) -> sqlite3.Connection:
    conn = sqlite3.connect(str(database_path(data_dir)))
    configure(conn)
    migrations.migrate(conn, target=version)
    return conn


def _seed_v1(conn: sqlite3.Connection) -> None:
    now = "2026-01-01T00:00:00Z"
    conn.execute(
        "INSERT INTO workshops (id, title, start_date, end_date, created_at, updated_at) VALUES (?,?,?,?,?,?)",
        ("w1", "Atelier Oujda", "2026-01-05", "2026-01-06", now, now),
    )
    conn.execute(
        "INSERT INTO sessions (id, workshop_id, number, date, start_time, end_time, created_at, updated_at)"
        " VALUES ('s1', 'w1', 1, '2026-01-05', '09:00', '12:30', ?, ?)", (now, now),
    )
    conn.execute(
        "INSERT INTO participants (id, first_name_ar, last_name_ar, created_at, updated_at)"
        " VALUES ('p1', 'خديجة', 'العلوي', ?, ?)", (now, now),
    )
    conn.execute(
        "INSERT INTO enrolments (id, workshop_id, participant_id, enrolled_at) VALUES ('e1', 'w1', 'p1', ?)", (now,)
    )


@pytest.mark.parametrize("start_version", range(1, migrations.LATEST_VERSION))
def test_upgrade_from_each_older_version_keeps_data(data_dir, start_version):
    conn = _db_at_version(data_dir, start_version)
    _seed_v1(conn)
    conn.close()

    result = open_database(data_dir)
    db = result.db
    assert migrations.current_version(db.conn) == migrations.LATEST_VERSION
    assert result.migrated == list(range(start_version + 1, migrations.LATEST_VERSION + 1))
    assert db.execute("SELECT title FROM workshops WHERE id='w1'").fetchone()[0] == "Atelier Oujda"
    assert db.execute("SELECT first_name_ar FROM participants WHERE id='p1'").fetchone()[0] == "خديجة"
    assert db.execute("SELECT COUNT(*) FROM enrolments").fetchone()[0] == 1
    # The backup taken before migrating is verified and holds the old schema and the data.
    assert result.backup_taken is not None and backup.is_good(result.backup_taken)
    assert f"before-migration-v{start_version}" in result.backup_taken.name
    old = sqlite3.connect(result.backup_taken)
    assert old.execute("PRAGMA user_version").fetchone()[0] == start_version
    assert old.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 1
    old.close()
    db.conn.close()


def test_failed_migration_rolls_back_and_leaves_previous_version(data_dir, monkeypatch):
    conn = _db_at_version(data_dir, 1)

    def broken(c):
        c.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk full")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], broken])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 2)
    with pytest.raises(RuntimeError):
        migrations.migrate(conn)
    assert migrations.current_version(conn) == 1
    assert conn.execute("SELECT name FROM sqlite_master WHERE name='half_done'").fetchone() is None
    conn.close()


def test_file_from_a_newer_version_is_refused(data_dir):
    conn = _db_at_version(data_dir, migrations.LATEST_VERSION)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 5}")
    conn.close()
    from workshop_kit.db import DatabaseTooNew

    with pytest.raises(DatabaseTooNew, match="newer Workshop Kit"):
        open_database(data_dir)


def test_records_dated_in_the_future_accept_corrections_again(data_dir):
    """A bundle from a laptop whose clock said 9999 froze records (the newest date wins); migration 5 thaws them."""
    conn = _db_at_version(data_dir, 4)
    _seed_v1(conn)
    conn.execute("UPDATE participants SET updated_at = '9999-12-31T23:59:59Z'")
    conn.close()
    db = open_database(data_dir).db
    stamp = db.execute("SELECT updated_at FROM participants WHERE id = 'p1'").fetchone()[0]
    assert "2026" <= stamp < "2100"
    assert db.execute("SELECT updated_at FROM workshops WHERE id = 'w1'").fetchone()[0] == "2026-01-01T00:00:00Z"
    db.conn.close()
