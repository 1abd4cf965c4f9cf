"""Every written file survives a crash: flushed to disk before the rename, the folder flushed after;
temporary files readable by the owner only; those left by a killed process removed later.

A killed export once left a hidden temporary file holding 30,000 e-mail addresses, readable by
every account of the laptop and never removed; killed backups left hundreds of megabytes.
"""

from __future__ import annotations

import os
import stat

from .conftest import cli, finish, read_line, script

KILLED_WRITER = """
    import os, sys
    from pathlib import Path
    from workshop_kit.atomicfile import atomic_path
    target = Path(sys.argv[1])
    with atomic_path(target) as tmp:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write("e-mail@example.org\\n" * 1000)
        print("WRITING", tmp, flush=True)
        sys.stdin.readline()  # killed here
"""


def _killed_while_writing(target) -> str:
    proc = script(KILLED_WRITER, str(target))
    line = read_line(proc, "WRITING")
    proc.kill()
    finish(proc)
    return line.split(" ", 1)[1]


def test_temporary_file_of_a_killed_export_is_private_and_removed_by_the_next_write(tmp_path):
    target = tmp_path / "exports" / "participants.csv"
    tmp = _killed_while_writing(target)
    assert os.path.exists(tmp) and not target.exists()
    assert stat.S_IMODE(os.stat(tmp).st_mode) == 0o600
    from workshop_kit.atomicfile import write_text

    write_text(target, "id\n")  # the next export into the same folder
    assert not os.path.exists(tmp)
    assert target.read_text() == "id\n"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_temporary_files_left_in_the_data_folder_are_removed_at_start(data_dir, data_file):
    assert cli("demo").returncode == 0
    left = [_killed_while_writing(data_dir / "settings.json"),
            _killed_while_writing(data_dir / "backups" / "workshop-kit-20250101-000000-000000-auto.sqlite")]
    assert all(os.path.exists(p) for p in left)
    assert cli("workshop", "list").returncode == 0
    assert not [p for p in left if os.path.exists(p)]


def test_temporary_file_of_a_running_writer_is_left_alone(data_dir):
    proc = script(KILLED_WRITER, str(data_dir / "settings.json"))
    try:
        tmp = read_line(proc, "WRITING").split(" ", 1)[1]
        assert cli("workshop", "list").returncode == 0
        assert os.path.exists(tmp)
    finally:
        finish(proc, "\n")
    assert not os.path.exists(tmp) and (data_dir / "settings.json").exists()


def test_backup_temporary_files_are_private(data_dir, data_file):
    assert cli("demo").returncode == 0
    seen = script("""
        import os, stat, sys, sqlite3
        from pathlib import Path
        from workshop_kit import backup
        from workshop_kit.paths import database_path
        path = database_path(Path(os.environ["WORKSHOP_KIT_HOME"]))
        real_connect = sqlite3.connect
        modes = []
        def connect(target, *a, **k):
            conn = real_connect(target, *a, **k)
            if str(target).endswith(".tmp"):
                modes.append(oct(stat.S_IMODE(os.stat(target).st_mode)))
            return conn
        backup.sqlite3.connect = connect
        conn = real_connect(path)
        final = backup.make_backup(conn, path, reason="manual")
        print("MODES", modes, oct(stat.S_IMODE(os.stat(final).st_mode)), flush=True)
    """)
    out, err = finish(seen)
    assert out.startswith("MODES ['0o600'] 0o600"), out + err


def test_written_files_and_their_folder_are_flushed_to_disk(tmp_path, monkeypatch):
    from workshop_kit import atomicfile

    synced = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(atomicfile.os, "fsync", fsync)
    target = tmp_path / "report.xlsx"
    atomicfile.write_bytes(target, b"data")
    assert len(synced) == 2
    assert synced[0].endswith(".tmp")  # the content, before the rename
    assert synced[1] == str(tmp_path)  # the folder, after it


def test_journal_of_a_killed_backup_is_removed_with_its_temporary_file(data_dir):
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    backups = data_dir / "backups"
    backups.mkdir()
    left = [backups / f".workshop-kit-20250101-000000-000000-auto-p{pid}-abcd1234.sqlite.tmp",
            backups / f".workshop-kit-20250101-000000-000000-auto-p{pid}-abcd1234.sqlite.tmp-journal"]
    for path in left:
        path.write_bytes(b"x" * 1000)
    assert cli("workshop", "list").returncode == 0
    assert not [p for p in left if p.exists()]
