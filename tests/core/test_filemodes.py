"""Another account on the laptop reads nothing: data folder 0700, its files 0600 (POSIX)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.certhelpers import attend_demo
from workshop_kit import settings
from workshop_kit.db import open_database
from workshop_kit.paths import database_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions (Windows: ACLs, see docs/security.md)")


@pytest.fixture
def usual_umask():
    old = os.umask(0o022)  # the common default: new files 0644, folders 0755
    yield
    os.umask(old)


def _open_to_others(root: Path) -> list[str]:
    found = []
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if mode & 0o077:
            found.append(f"{path.relative_to(root.parent)} {oct(mode)}")
    return found


def test_everything_the_app_keeps_is_private(data_dir, tmp_path, usual_umask, capsys):
    """Through the command line, as the app runs: data file, WAL, keys, outbox, caches, backups,
    settings and an export saved in the data folder are all the user's only."""
    from workshop_kit.cli import main

    assert main(["demo"]) == 0
    db = open_database(data_dir, auto_backup=False).db
    workshop = db.execute("SELECT id FROM workshops").fetchone()[0]
    people = attend_demo(db, workshop)
    db.execute("UPDATE participants SET email = 'p@example.org', consent_email = 1 WHERE id = ?",
               [people["Fatima El Idrissi"]])
    out = tmp_path / "out"
    assert main(["certificates", workshop, "-o", str(out)]) == 0  # keys/
    assert main(["outbox", "queue", workshop, "--from-dir", str(out)]) == 0  # outbox/
    assert main(["backup", "create"]) == 0
    assert main(["curricula", "list"]) == 0  # cache/
    assert main(["attendance", "export", workshop, "--format", "csv", "-o", str(data_dir / "a.csv")]) == 0
    settings.save(data_dir, settings.load(data_dir) | {"organisation_name": "Tadamon"})
    capsys.readouterr()
    assert Path(str(database_path(data_dir)) + "-wal").exists() and (data_dir / "outbox").is_dir()
    assert _open_to_others(data_dir) == []
    assert os.umask(0o022) == 0o022  # the command gave the process its umask back
    db.conn.close()


def test_an_older_data_folder_is_made_private_when_opened(data_dir, usual_umask):
    open_database(data_dir, auto_backup=False).db.conn.close()
    (data_dir / "backups").mkdir()
    old_backup = data_dir / "backups" / "workshop-kit-20260101-000000-000000-open.sqlite"
    old_backup.write_bytes(b"")
    for path in (data_dir, data_dir / "backups", old_backup, database_path(data_dir)):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    unrelated = data_dir.parent / "not-ours.txt"
    unrelated.write_text("x")
    os.chmod(unrelated, 0o644)

    open_database(data_dir, auto_backup=False).db.conn.close()

    assert _open_to_others(data_dir) == []
    assert stat.S_IMODE(unrelated.stat().st_mode) == 0o644  # outside the data folder: left alone
