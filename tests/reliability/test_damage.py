"""Once damage is found, writes stop: check-ins written into a damaged file are lost at the restore."""

from __future__ import annotations

import sqlite3

from .conftest import cli, cli_json


def _damage_a_page(data_file) -> None:
    """Scramble the first page of the audit log's index: check-ins never read it, integrity_check does."""
    conn = sqlite3.connect(data_file)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").fetchone()[0]
    conn.close()
    with open(data_file, "r+b") as fh:
        fh.seek((root - 1) * page_size + 8)
        fh.write(b"\xff\x7f" * 200)


def test_after_damage_is_found_writes_are_refused_with_the_way_to_restore(data_file):
    assert cli("demo", "--start", "2020-03-10").returncode == 0
    assert cli("backup", "create").returncode == 0
    code, badges = cli_json("badges", _workshop_id())
    assert code == 0, badges
    token = badges["badges"][0]["short_code"]
    _damage_a_page(data_file)
    check = cli("selfcheck")
    assert check.returncode == 1 and "damaged" in check.stdout
    done = cli("checkin", _workshop_id(), "--session", "1", token)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "damaged" in done.stderr and "backup restore" in done.stderr, done.stderr
    # The restore brings back a sound file, and writes are accepted again.
    assert cli("backup", "restore").returncode == 0
    done = cli("checkin", _workshop_id(), "--session", "1", token)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("checked_in"), done.stdout


def _workshop_id() -> str:
    code, data = cli_json("workshop", "list")
    assert code == 0, data
    return data[0]["id"]
