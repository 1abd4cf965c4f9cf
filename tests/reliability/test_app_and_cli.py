"""The app and the command line on one data folder at the same time, both writing.

The app's background integrity check used to open the data file with Python's ``open()``; closing
that descriptor dropped SQLite's locks for the whole app process, so the next command-line run
believed it was alone, checkpointed and deleted the write-ahead log under the app: the app's later
writes and the command line's went missing and ``integrity_check`` failed.
"""

from __future__ import annotations

import subprocess
import sys
import time

from .conftest import REPO, cli, env, finish, integrity, read_line


def test_app_and_cli_write_together_and_nothing_is_lost(data_dir, data_file):
    assert cli("demo").returncode == 0  # a data file with a workshop, and a first backup to compare
    app = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.app_driver"], cwd=REPO, env=env(),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1,
    )
    try:
        read_line(app, "READY")  # the background integrity check and backup have run
        cli_names = []
        for i in range(4):
            assert cli("workshop", "list").returncode == 0
            name = f"Cli{i:04d}"
            done = cli("participants", "add", "--first-name", name, "--last-name", "Terminal", "--consent")
            assert done.returncode == 0, done.stderr
            cli_names.append(name)
        time.sleep(0.3)  # a few more writes from the app after the last command
    finally:
        (data_dir / "stop").write_text("")
        out, err = finish(app)
    assert app.returncode == 0, err[-3000:]
    written = int(out.split("DONE ")[1].split()[0])
    assert "errors=0" in out, out
    assert written >= 10, out

    assert integrity(data_file) == "ok"
    import sqlite3

    conn = sqlite3.connect(data_file)
    try:
        names = {r[0] for r in conn.execute("SELECT first_name FROM participants")}
    finally:
        conn.close()
    assert set(cli_names) <= names, sorted(set(cli_names) - names)
    app_names = {f"App{i:04d}" for i in range(written)}
    assert app_names <= names, f"{len(app_names - names)} of the app's {written} participants lost"
