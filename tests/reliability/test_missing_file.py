"""A data file that is missing, empty, or whose write-ahead log vanished must not pass for a new one.

With backups beside it, a missing or zero-length data file means something went wrong (an
interrupted restore or copy, a sync tool, a mistaken delete): making a new empty database would
hide the trainer's data behind a working but empty app.
"""

from __future__ import annotations

import os

from .conftest import cli, cli_json, finish, read_line, script


def _folder_with_backup(data_file) -> None:
    assert cli("demo").returncode == 0
    assert cli("backup", "create").returncode == 0
    assert data_file.exists()


def test_missing_data_file_with_backups_is_refused_with_the_restore_command(data_file):
    _folder_with_backup(data_file)
    data_file.unlink()
    for side in ("-wal", "-shm"):
        data_file.with_name(data_file.name + side).unlink(missing_ok=True)
    done = cli("workshop", "list")
    assert done.returncode == 1
    assert "missing" in done.stderr and "backup restore" in done.stderr, done.stderr
    assert not data_file.exists()  # no new empty file
    check = cli("selfcheck")
    assert check.returncode == 1 and "backup restore" in check.stdout, check.stdout
    assert cli("backup", "restore").returncode == 0
    code, workshops = cli_json("workshop", "list")
    assert code == 0 and len(workshops) == 1  # the demo workshop is back


def test_zero_length_data_file_with_backups_is_refused(data_file):
    _folder_with_backup(data_file)
    for side in ("-wal", "-shm"):
        data_file.with_name(data_file.name + side).unlink(missing_ok=True)
    data_file.write_bytes(b"")
    done = cli("participants", "add", "--first-name", "Lost", "--last-name", "Write", "--consent")
    assert done.returncode == 1
    assert "empty" in done.stderr and "backup restore" in done.stderr, done.stderr
    assert data_file.stat().st_size == 0


def test_a_new_folder_still_gets_a_new_data_file(data_file):
    assert cli("workshop", "list").returncode == 0
    assert data_file.exists()


def test_write_ahead_log_removed_under_a_running_process_is_detected(data_file):
    _folder_with_backup(data_file)
    app = script("""
        import os, sys
        from pathlib import Path
        from workshop_kit.db import open_database
        from workshop_kit.participants import add_participant
        db = open_database(Path(os.environ["WORKSHOP_KIT_HOME"]), lock=True, auto_backup=False).db
        add_participant(db, first_name="Before", last_name="Loss", consent_data=True)
        print("WROTE", flush=True)
        sys.stdin.readline()
        try:
            add_participant(db, first_name="After", last_name="Loss", consent_data=True)
            print("ACCEPTED", flush=True)
        except Exception as exc:
            print("REFUSED", type(exc).__name__, exc, flush=True)
    """)
    try:
        read_line(app, "WROTE")
        wal = data_file.with_name(data_file.name + "-wal")
        assert wal.exists()
        os.unlink(wal)  # what another program did when SQLite's locks were lost
    finally:
        out, err = finish(app, "go\n")
    assert out.startswith("REFUSED"), out + err
    assert "journal" in out and "backup" in out, out
