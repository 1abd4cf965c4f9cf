"""``backup restore`` must never leave the folder without its data, nor restore under a running writer.

It used to rename the live file away first, then copy the backup: a kill during the copy (or a full
disk) left no data file, and the next command silently made an empty one. A process that had the
file open kept writing its check-ins into the renamed file, where nobody would look for them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from .conftest import REPO, cli, cli_json, env, finish, integrity, read_line, script


def _workshops() -> list:
    code, data = cli_json("workshop", "list")
    assert code == 0, data
    return data


def _grow_backup(data_file) -> None:
    """A backup of some megabytes, so that copying it takes a moment."""
    import sqlite3

    conn = sqlite3.connect(data_file)
    conn.execute("CREATE TABLE IF NOT EXISTS ballast (b BLOB)")
    conn.executemany("INSERT INTO ballast VALUES (randomblob(65536))", [()] * 600)
    conn.commit()
    conn.close()


def test_restore_killed_while_copying_leaves_the_data_file_in_place(data_dir, data_file):
    assert cli("demo").returncode == 0
    _grow_backup(data_file)
    assert cli("backup", "create").returncode == 0
    before = _workshops()
    assert len(before) == 1
    proc = subprocess.Popen([sys.executable, "-m", "workshop_kit", "backup", "restore"], cwd=REPO, env=env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            names = os.listdir(data_dir)
            if any(n.endswith(".tmp") for n in names):  # the copy has started
                os.kill(proc.pid, signal.SIGKILL)
                break
        else:
            raise AssertionError("the restore finished before it could be interrupted")
    finally:
        proc.wait(timeout=10)
    assert data_file.exists() and data_file.stat().st_size > 0
    assert integrity(data_file) == "ok"
    assert _workshops() == before  # not a new, empty data file


def test_restore_is_refused_while_the_app_is_open(data_dir, data_file):
    assert cli("demo").returncode == 0
    assert cli("backup", "create").returncode == 0
    app = script("""
        import os, sys
        from pathlib import Path
        from workshop_kit.db import open_database
        open_database(Path(os.environ["WORKSHOP_KIT_HOME"]), lock=True, auto_backup=False)
        print("OPEN", flush=True)
        sys.stdin.readline()
    """)
    try:
        read_line(app, "OPEN")
        done = cli("backup", "restore")
        assert done.returncode == 1
        assert "open" in done.stderr and "Close" in done.stderr, done.stderr
    finally:
        finish(app, "\n")
    assert not [n for n in os.listdir(data_dir) if ".damaged" in n or ".replaced" in n]


def test_restore_is_refused_while_another_process_has_the_file_open_and_its_checkins_are_kept(data_dir, data_file):
    assert cli("demo", "--start", "2020-03-10").returncode == 0
    assert cli("backup", "create").returncode == 0
    writer = script("""
        import os, sys
        from pathlib import Path
        from workshop_kit.db import open_database
        from workshop_kit.checkin import check_in
        db = open_database(Path(os.environ["WORKSHOP_KIT_HOME"]), lock=False, auto_backup=False, check="header").db
        ws = db.execute("SELECT id FROM workshops").fetchone()[0]
        session = db.execute("SELECT id FROM sessions WHERE number = 1").fetchone()[0]
        people = [r[0] for r in db.execute("SELECT participant_id FROM enrolments")]
        print("OPEN", flush=True)
        sys.stdin.readline()
        ok = 0
        for p in people:
            try:
                ok += check_in(db, ws, participant_id=p, session_id=session, method="manual").status == "checked_in"
            except Exception as exc:
                print("ERROR", exc, flush=True)
        print("DONE", ok, flush=True)
    """)
    try:
        read_line(writer, "OPEN")
        done = cli("backup", "restore")
    finally:
        out, err = finish(writer, "go\n")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "open" in done.stderr, done.stderr
    reported = int(out.split("DONE")[1].split()[0])
    import sqlite3

    conn = sqlite3.connect(data_file)
    try:
        recorded = conn.execute("SELECT COUNT(*) FROM attendance").fetchone()[0]
    finally:
        conn.close()
    assert recorded == reported == 12, out + err


def test_restore_puts_the_backup_in_place_and_keeps_the_replaced_file(data_dir, data_file):
    assert cli("demo").returncode == 0
    assert cli("backup", "create").returncode == 0
    assert cli("participants", "add", "--first-name", "After", "--last-name", "Backup", "--consent").returncode == 0
    code, data = cli_json("backup", "restore")
    assert code == 0, data
    kept = data["previous_file"]
    assert kept and os.path.exists(kept)
    assert integrity(data_file) == "ok"
    import sqlite3

    for path, expected in ((data_file, 0), (kept, 1)):
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            assert conn.execute("SELECT COUNT(*) FROM participants WHERE first_name = 'After'").fetchone()[0] == expected
        finally:
            conn.close()
    assert not [n for n in os.listdir(data_dir) if n.endswith(".tmp")]


def test_a_process_whose_file_was_replaced_meanwhile_writes_nothing_into_the_old_one(data_dir, data_file):
    assert cli("demo").returncode == 0
    code, data = cli_json("backup", "create")
    assert code == 0, data
    writer = script("""
        import os, sys
        from pathlib import Path
        from workshop_kit.db import open_database
        from workshop_kit.participants import add_participant
        db = open_database(Path(os.environ["WORKSHOP_KIT_HOME"]), lock=False, auto_backup=False, check="header").db
        print("OPEN", flush=True)
        sys.stdin.readline()
        try:
            add_participant(db, first_name="Late", last_name="Writer", consent_data=True)
            print("ACCEPTED", flush=True)
        except Exception as exc:
            print("REFUSED", exc, flush=True)
    """)
    try:
        read_line(writer, "OPEN")
        # Another tool (an older Workshop Kit, a sync client) puts a copy in place under the writer.
        import shutil

        copy = data_dir / "copy.sqlite"
        shutil.copyfile(data["backup"], copy)
        os.replace(copy, data_file)
    finally:
        out, err = finish(writer, "go\n")
    assert out.startswith("REFUSED") and "replaced" in out, out + err


def test_two_restores_in_a_row_keep_both_replaced_files(data_dir, data_file):
    assert cli("demo").returncode == 0
    assert cli("backup", "create").returncode == 0
    kept = []
    for _ in range(2):
        code, data = cli_json("backup", "restore")
        assert code == 0, data
        kept.append(data["previous_file"])
    assert len(set(kept)) == 2 and all(os.path.exists(k) for k in kept)
