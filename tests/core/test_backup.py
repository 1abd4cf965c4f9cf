"""Backups are verified, rotate, and restore puts the data back without deleting the old file."""

from workshop_kit import backup
from workshop_kit.db import open_database
from workshop_kit.paths import database_path
from workshop_kit.workshops import create_workshop, list_workshops


def test_open_makes_a_rotating_backup(data_dir):
    for _ in range(4):
        result = open_database(data_dir)
        result.db.conn.close()
    backups = backup.list_backups(database_path(data_dir))
    assert len(backups) == 3  # the first open created the file: nothing to back up yet
    assert all(backup.is_good(b) for b in backups)


def test_rotation_keeps_the_newest(db, data_dir):
    path = database_path(data_dir)
    made = [backup.make_backup(db.conn, path, reason="t", keep=3) for _ in range(6)]
    kept = backup.list_backups(path)
    assert kept == list(reversed(made[-3:]))


def test_restore_brings_back_data_and_keeps_the_replaced_file(data_dir):
    result = open_database(data_dir)
    create_workshop(result.db, title="Avant", start="2026-02-01")
    snapshot = backup.make_backup(result.db.conn, result.path, reason="manual")
    create_workshop(result.db, title="Après", start="2026-02-02")
    result.db.conn.close()

    used, moved = backup.restore_backup(result.path, snapshot)
    assert used == snapshot
    assert moved is not None and moved.exists()
    again = open_database(data_dir, auto_backup=False)
    titles = [w["title"] for w in list_workshops(again.db)]
    assert titles == ["Avant"]
    again.db.conn.close()


def test_damaged_backups_are_skipped_when_choosing_one(db, data_dir):
    path = database_path(data_dir)
    good = backup.make_backup(db.conn, path, reason="a")
    bad = backup.make_backup(db.conn, path, reason="b")
    bad.write_bytes(b"garbage" * 100)
    assert backup.newest_good_backup(path) == good


def test_a_restore_planned_in_the_app_is_dropped_when_a_restore_is_done_another_way(data_dir):
    """Restored from the command line meanwhile: the next start must not go back to the app's choice."""
    result = open_database(data_dir, auto_backup=False)
    create_workshop(result.db, title="Avant", start="2026-02-01")
    first = backup.make_backup(result.db.conn, result.path, reason="manual")
    create_workshop(result.db, title="Après", start="2026-02-02")
    second = backup.make_backup(result.db.conn, result.path, reason="manual")
    result.db.conn.close()
    backup.schedule_restore(result.path, first)
    backup.restore_backup(result.path, second)
    assert backup.scheduled_restore(result.path) is None
    assert backup.run_scheduled_restore(result.path) is None


def test_only_this_folders_backups_can_be_planned(data_dir, tmp_path):
    import pytest

    from workshop_kit.errors import WorkshopKitError

    result = open_database(data_dir, auto_backup=False)
    snapshot = backup.make_backup(result.db.conn, result.path, reason="manual")
    result.db.conn.close()
    elsewhere = tmp_path / snapshot.name
    elsewhere.write_bytes(snapshot.read_bytes())
    with pytest.raises(WorkshopKitError, match="not one of this data folder's backups"):
        backup.schedule_restore(result.path, elsewhere)
    assert backup.scheduled_restore(result.path) is None
