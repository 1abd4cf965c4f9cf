"""The coordinator's inbox: bundles from real data folders arrive in a synced folder and are merged."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import zipfile
from pathlib import Path

import pytest

from tests.programmehelpers import make_laptops, trust_laptops
from workshop_kit import bundles, inbox
from workshop_kit.db import open_database

OLD = time.time() - 3600  # a file synced an hour ago


@pytest.fixture(scope="module")
def laptops(tmp_path_factory):
    return make_laptops(tmp_path_factory.mktemp("laptops"))


def _arrive(src: Path, dst: Path) -> Path:
    """A file as a sync engine leaves it once complete: copied, then its time set in the past."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    os.utime(dst, (OLD, OLD))
    return dst


def _tampered(src: Path, dst: Path) -> Path:
    """The same bundle with one attendance status changed after signing (someone "fixing" a no-show)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "attendance.json":
                data = data.replace(b'"present"', b'"excused"', 1)
            zout.writestr(info, data)
    os.utime(dst, (OLD, OLD))
    return dst


def _unsigned(src: Path, dst: Path) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            if info.filename != bundles.SIGNATURE:
                zout.writestr(info, zin.read(info.filename))
    os.utime(dst, (OLD, OLD))
    return dst


def _tree(folder: Path) -> dict[str, tuple]:
    """Every entry of the folder with its content hash, size, modification time and mode; a folder's time
    changes when an entry is created or removed in it: proof nothing was written."""
    out = {".": (folder.stat().st_mtime_ns,)}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            p = Path(root) / name
            st = p.lstat()
            digest = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else ""
            out[p.relative_to(folder).as_posix()] = (digest, st.st_size, st.st_mtime_ns, st.st_mode)
    return out


def _tables(db) -> dict[str, list]:
    return {t: sorted(map(tuple, db.execute(f"SELECT * FROM {t}").fetchall())) for t in bundles.TABLES}


@pytest.fixture
def synced(tmp_path, laptops, data_dir):
    """An inbox as Syncthing/Nextcloud leave it: two trainers' sub-folders, a duplicate, a tampered and an
    unsigned bundle, and the sync engines' own temporary and hidden files."""
    trust_laptops(data_dir, laptops)
    box = tmp_path / "inbox"
    _arrive(laptops.a, box / "trainer-a" / "rabat-mars.zip")
    _arrive(laptops.b, box / "trainer-b" / "oujda-avril.zip")
    _arrive(laptops.c, box / "rabat-juin.zip")
    _arrive(laptops.a, box / "rabat-mars (copie).zip")  # the same file e-mailed twice
    _tampered(laptops.b, box / "oujda-avril-edited.zip")
    _unsigned(laptops.a, box / "rabat-mars-unsigned.zip")
    # What sync engines and office suites leave while they work: never opened.
    _arrive(laptops.b, box / ".syncthing.oujda-avril.zip.tmp")
    _arrive(laptops.b, box / "~syncthing~oujda-avril.zip.tmp")
    _arrive(laptops.b, box / "oujda-avril.zip.part")
    _arrive(laptops.b, box / ".stversions" / "oujda-avril~20260401.zip")
    (box / ".~lock.notes.odt#").write_text("lock", encoding="utf-8")
    (box / "notes.txt").write_text("read me", encoding="utf-8")
    (box / ".stfolder").mkdir()
    return box


def test_a_scan_merges_new_bundles_refuses_bad_ones_and_skips_sync_files(db, data_dir, synced, laptops):
    before = _tree(synced)
    result = inbox.scan(db, data_dir, synced)
    assert _tree(synced) == before  # folder times too: not even a temporary file came and went

    by_file = {e.file: e for e in result.entries}
    copy_names = {"rabat-mars (copie).zip", "trainer-a/rabat-mars.zip"}
    merged = {f for f, e in by_file.items() if e.status == "merged"}
    assert merged - copy_names == {"trainer-b/oujda-avril.zip", "rabat-juin.zip"}
    # one of the two identical copies was merged, the other one is known by its content
    copies = sorted(by_file[f].status for f in ("rabat-mars (copie).zip", "trainer-a/rabat-mars.zip"))
    assert copies == ["known", "merged"]
    assert by_file["rabat-mars (copie).zip"].workshop_title == "Rabat mars"
    tampered, unsigned = by_file["oujda-avril-edited.zip"], by_file["rabat-mars-unsigned.zip"]
    assert tampered.status == unsigned.status == "refused"
    assert "checksum of attendance.json does not match" in tampered.reason
    assert "no manifest.json or signature" in unsigned.reason
    assert set(result.ignored) == {".syncthing.oujda-avril.zip.tmp", "~syncthing~oujda-avril.zip.tmp",
                                   "oujda-avril.zip.part", ".~lock.notes.odt#", "notes.txt"}
    assert result.counts() == {"merged": 3, "known": 1, "refused": 2, "waiting": 0}
    assert by_file["trainer-b/oujda-avril.zip"].added["participants"] == 3  # P1 came with Rabat's bundle
    titles = {r[0] for r in db.execute("SELECT title FROM workshops")}
    assert titles == {"Rabat mars", "Oujda avril", "Rabat juin"}
    # the tampered bundle changed nothing: P2 stays excused in session 2
    assert db.execute("SELECT COUNT(*) FROM attendance WHERE status = 'excused'").fetchone()[0] == 1
    assert "merged" in result.summary() and "refused" in result.summary()


def test_a_second_scan_changes_nothing_and_knows_every_bundle_by_its_content(db, data_dir, synced):
    inbox.scan(db, data_dir, synced)
    tables = _tables(db)
    again = inbox.scan(db, data_dir, synced)
    assert again.counts() == {"merged": 0, "known": 4, "refused": 2, "waiting": 0}
    assert _tables(db) == tables
    # renamed by the sync engine: still known by its content
    os.rename(synced / "rabat-juin.zip", synced / "renamed.zip")
    third = inbox.scan(db, data_dir, synced)
    assert {e.file: e.status for e in third.entries}["renamed.zip"] == "known"
    record = json.loads((data_dir / inbox.RECORD).read_text(encoding="utf-8"))
    assert "rabat-juin.zip" not in record["files"] and "renamed.zip" in record["files"]


def test_merging_through_the_inbox_is_the_same_whatever_the_order(db, data_dir, synced, laptops, tmp_path):
    inbox.scan(db, data_dir, synced)
    other_dir = tmp_path / "coordinator-2"
    other = open_database(other_dir, auto_backup=False).db
    trust_laptops(other_dir, laptops)
    for path in (laptops.c, laptops.b, laptops.a):  # the opposite order, one by one
        bundles.import_bundle(other, other_dir, path)
    assert _tables(other) == _tables(db)
    other.conn.close()


def test_a_file_still_being_written_waits_for_a_later_scan(db, data_dir, tmp_path, laptops):
    trust_laptops(data_dir, laptops)
    box = tmp_path / "inbox"
    box.mkdir()
    shutil.copyfile(laptops.a, box / "rabat-mars.zip")  # its time is now: the copy may not be finished
    first = inbox.scan(db, data_dir, box)
    assert [e.status for e in first.entries] == ["waiting"]
    assert db.execute("SELECT COUNT(*) FROM workshops").fetchone()[0] == 0
    os.utime(box / "rabat-mars.zip", (OLD, OLD))
    second = inbox.scan(db, data_dir, box)
    assert [e.status for e in second.entries] == ["merged"]


def test_an_unknown_signer_is_refused_until_trusted_then_merged(db, data_dir, tmp_path, laptops):
    box = tmp_path / "inbox"
    _arrive(laptops.c, box / "rabat-juin.zip")
    first = inbox.scan(db, data_dir, box)
    assert first.entries[0].status == "refused" and "unknown key" in first.entries[0].reason
    trust_laptops(data_dir, laptops)
    assert inbox.scan(db, data_dir, box).entries[0].status == "merged"


def test_the_inbox_folder_is_remembered_and_cannot_be_the_data_folder(data_dir, tmp_path, db):
    box = tmp_path / "box"
    box.mkdir()
    assert inbox.set_inbox_folder(data_dir, box) == box.resolve()
    assert inbox.inbox_folder(data_dir) == box.resolve()
    assert inbox.scan(db, data_dir).folder == str(box.resolve())
    from workshop_kit.errors import ValidationError

    for bad in (data_dir, data_dir / "backups", tmp_path / "missing"):
        if bad == data_dir / "backups":
            bad.mkdir(exist_ok=True)
        with pytest.raises(ValidationError):
            inbox.set_inbox_folder(data_dir, bad)


def test_a_damaged_record_is_set_aside_and_never_run(data_dir, db, tmp_path, laptops):
    trust_laptops(data_dir, laptops)
    box = tmp_path / "inbox"
    _arrive(laptops.c, box / "rabat-juin.zip")
    (data_dir / inbox.RECORD).write_text('{"version": 1, "files": "__import__(\'os\')"}', encoding="utf-8")
    result = inbox.scan(db, data_dir, box)
    assert result.entries[0].status == "merged"
    assert (data_dir / "inbox.json.damaged").exists()
    assert json.loads((data_dir / inbox.RECORD).read_text(encoding="utf-8"))["version"] == 1
