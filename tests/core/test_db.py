"""The data file: pragmas, damaged-file detection, the single-instance lock."""

import subprocess
import sys
import textwrap

import pytest

from workshop_kit import backup
from workshop_kit.db import DatabaseDamaged, InstanceLock, open_database
from workshop_kit.paths import database_path


def test_new_database_has_the_required_pragmas(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_tables_for_every_feature_exist(db):
    tables = set(db.table_names())
    for name in ("organisations", "workshops", "sessions", "participants", "enrolments", "attendance",
                 "badge_tokens", "certificates", "outbox", "audit_log", "checkin_events", "quiz_scores"):
        assert name in tables


def test_rows_that_travel_have_uuid_keys(db, demo):
    from uuid import UUID

    for table in ("workshops", "sessions", "participants", "enrolments"):
        for row in db.query(f"SELECT id FROM {table}"):
            UUID(row["id"])  # raises if not a UUID


def test_damaged_file_is_detected_with_the_newest_good_backup_named(data_dir):
    result = open_database(data_dir)
    result.db.execute("CREATE TABLE IF NOT EXISTS filler (x TEXT)")
    result.db.execute("INSERT INTO filler VALUES (?)", ["x" * 5000])
    good = backup.make_backup(result.db.conn, result.path, reason="manual")
    result.db.conn.close()
    path = database_path(data_dir)
    with open(path, "r+b") as fh:  # scribble over the middle of the file
        fh.seek(4096)
        fh.write(b"\xde\xad\xbe\xef" * 2048)
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    with pytest.raises(DatabaseDamaged) as err:
        open_database(data_dir)
    assert err.value.newest_backup == good
    assert good.name in str(err.value)


def test_a_file_that_is_not_sqlite_is_refused_clearly(data_dir):
    database_path(data_dir).write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(DatabaseDamaged, match="not a SQLite database"):
        open_database(data_dir)


def test_second_app_instance_gets_a_clear_answer_at_once(data_dir):
    result = open_database(data_dir, lock=True)
    try:
        script = textwrap.dedent(
            f"""
            import time
            from pathlib import Path
            from workshop_kit.db import open_database, DatabaseInUse
            t = time.perf_counter()
            try:
                open_database(Path({str(data_dir)!r}), lock=True)
                print("OPENED")
            except DatabaseInUse as exc:
                print("IN USE", round(time.perf_counter() - t, 2), exc)
            """
        )
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=30).stdout
        assert out.startswith("IN USE"), out
        seconds = float(out.split()[2])
        assert seconds < 2, "the second window must not wait on locks"
        assert "already open in another Workshop Kit window" in out
    finally:
        result.db.conn.close()
        InstanceLock.release_all()


def test_lock_is_released_when_the_app_closes(data_dir):
    first = open_database(data_dir, lock=True)
    first.db.conn.close()
    InstanceLock.release_all()
    second = open_database(data_dir, lock=True)
    second.db.conn.close()
    InstanceLock.release_all()


def test_ordered_ids_sort_in_the_order_made_even_when_the_clock_steps_back(monkeypatch):
    """The laptop clock may be set back during a workshop: later rows still sort after earlier ones."""
    import time
    import uuid

    from workshop_kit import db as db_module

    made = [db_module.new_ordered_id() for _ in range(3000)]  # many within one millisecond
    real = time.time_ns
    monkeypatch.setattr(db_module.time, "time_ns", lambda: real() - 3_600_000_000_000)  # an hour back
    made += [db_module.new_ordered_id() for _ in range(10)]
    assert made == sorted(made) and len(set(made)) == len(made)
    assert {(uuid.UUID(i).version, uuid.UUID(i).variant) for i in made} == {(7, uuid.RFC_4122)}
