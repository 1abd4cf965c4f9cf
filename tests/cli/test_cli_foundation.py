"""The CLI as a coordinator's script uses it: exit codes, JSON, --data-dir."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_kit import __version__
from workshop_kit.cli import main

REPO = Path(__file__).resolve().parents[2]


def run_json(capsys, *args):
    code = main([*args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def test_workshop_create_json_lists_sessions(capsys):
    code, data = run_json(capsys, "workshop", "create", "--title", "Atelier Agadir", "--start", "2026-04-01",
                          "--days", "2", "--sessions-per-day", "3", "--city", "Agadir", "--module", "m07-advocacy")
    assert code == 0
    assert data["id"] and data["city"] == "Agadir" and data["modules"] == ["m07-advocacy"]
    assert [s["number"] for s in data["sessions"]] == [1, 2, 3, 4, 5, 6]
    assert data["sessions"][3] == {**data["sessions"][3], "date": "2026-04-02", "start": "09:00", "end": "10:45"}


def test_workshop_list_json(capsys):
    main(["workshop", "create", "--title", "A", "--start", "2026-04-01"])
    main(["workshop", "create", "--title", "B", "--start", "2026-05-01"])
    capsys.readouterr()
    code, data = run_json(capsys, "workshop", "list")
    assert code == 0
    assert [w["title"] for w in data] == ["B", "A"]
    assert data[0]["session_count"] == 2


def test_invalid_input_exits_1_with_a_clear_message(capsys):
    code = main(["workshop", "create", "--title", "A", "--start", "14/03/2026"])
    err = capsys.readouterr().err
    assert code == 1
    assert "YYYY-MM-DD" in err


def test_invalid_input_with_json_prints_an_error_object(capsys):
    code, data = run_json(capsys, "workshop", "show", "does-not-exist")
    assert code == 1
    assert "No workshop" in data["error"]


def test_usage_errors_exit_2(capsys):
    assert main(["workshop", "create", "--start", "2026-01-01"]) == 2  # --title missing
    assert main(["no-such-command"]) == 2
    capsys.readouterr()


def test_data_dir_option_overrides_the_variable(tmp_path, capsys):
    other = tmp_path / "elsewhere"
    assert main(["--data-dir", str(other), "workshop", "create", "--title", "X", "--start", "2026-01-01"]) == 0
    assert main(["workshop", "list", "--json", "--data-dir", str(other)]) == 0
    capsys.readouterr()
    assert (other / "workshop-kit.sqlite").exists()
    code, data = run_json(capsys, "workshop", "list")  # WORKSHOP_KIT_HOME (the test folder) is still empty
    assert data == []


def test_demo_creates_a_ready_workshop_once_with_if_empty(capsys):
    code, data = run_json(capsys, "demo")
    assert code == 0 and data["participants"] == 12 and len(data["sessions"]) == 6
    code, data = run_json(capsys, "demo", "--if-empty")
    assert data == {"created": False}
    _, items = run_json(capsys, "workshop", "list")
    assert len(items) == 1


def test_selfcheck_reports_each_part(capsys):
    code, data = run_json(capsys, "selfcheck")
    names = {c["name"] for c in data["checks"]}
    assert {"data_dir", "database", "curricula", "templates", "fonts", "translations", "libreoffice"} <= names
    fonts = next(c for c in data["checks"] if c["name"] == "fonts")
    assert fonts["ok"] and "NotoNaskhArabic" in fonts["detail"]
    assert code == (0 if data["ok"] else 1)
    for c in data["checks"]:
        if not c["ok"]:
            assert c["fix"], f"{c['name']} fails without saying how to fix it"


def test_backup_create_list_restore(capsys):
    main(["workshop", "create", "--title", "Avant", "--start", "2026-01-01"])
    capsys.readouterr()
    code, made = run_json(capsys, "backup", "create")
    assert code == 0 and Path(made["backup"]).exists()
    main(["workshop", "create", "--title", "Après", "--start", "2026-01-02"])
    capsys.readouterr()
    code, listed = run_json(capsys, "backup", "list")
    assert made["backup"] in [b["file"] for b in listed]
    code, restored = run_json(capsys, "backup", "restore", made["backup"])
    assert code == 0
    _, items = run_json(capsys, "workshop", "list")
    assert [w["title"] for w in items] == ["Avant"]


def test_real_console_script_version_and_help(data_dir):
    exe = Path(sys.executable).with_name("workshop-kit")
    if not exe.exists():
        pytest.skip("console script not installed in this environment")
    env = {**os.environ, "WORKSHOP_KIT_HOME": str(data_dir)}
    out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env, check=True).stdout
    assert out.strip() == f"workshop-kit {__version__}"
    helped = subprocess.run([str(exe), "workshop", "create", "--help"], capture_output=True, text=True, env=env)
    assert helped.returncode == 0 and "--sessions-per-day" in helped.stdout


def test_a_damaged_page_met_by_a_command_gets_a_clear_message(data_dir, capsys):
    from workshop_kit.cli import main
    from workshop_kit.db import open_database
    from workshop_kit.paths import database_path

    result = open_database(data_dir)
    result.db.execute("CREATE TABLE filler (x TEXT)")
    for _ in range(200):
        result.db.execute("INSERT INTO filler VALUES (?)", ["x" * 4000])
    result.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    result.db.conn.close()
    path = database_path(data_dir)
    with open(path, "r+b") as fh:  # scribble over the schema and the first tables
        fh.seek(100)
        fh.write(b"\xde\xad\xbe\xef" * 4000)
    code = main(["workshop", "list"])
    err = capsys.readouterr().err
    assert code == 1
    assert "selfcheck" in err and "backup restore" in err
