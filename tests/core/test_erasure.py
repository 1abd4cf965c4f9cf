"""Erasure erases: after it, nothing of the person is left in the data file, its WAL, the search
index, the outbox or the files the app keeps, byte for byte; backups age out as documented."""

from __future__ import annotations

import socket
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from aiosmtpd.controller import Controller

from tests.certhelpers import attend_demo
from workshop_kit import backup, certificates, outbox, privacy
from workshop_kit.participants import update_participant
from workshop_kit.paths import database_path
from workshop_kit.textnorm import fold

FIRST, LAST, FIRST_AR = "Zoubida", "Quennouni", "زبيدة"
EMAIL, PHONE = "zoubida.quennouni@example.org", "+212661987354"


class Refuse:
    """An SMTP server (aiosmtpd) that refuses her mailbox for good, so the outbox keeps an error."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        return f"550 5.1.1 <{address}>: mailbox unavailable"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _trigrams(text: str) -> set[str]:
    return {text[i:i + 3] for i in range(len(text) - 2)}


def _index_terms(db) -> set[str]:
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms USING fts5vocab(main, participants_fts, row)")
    return {r[0] for r in db.execute("SELECT term FROM temp.fts_terms").fetchall()}


def _in_index_pages(db, trigrams: set[str]) -> set[str]:
    """Trigrams written out in the index's pages (FTS5 keeps deleted terms there until a merge)."""
    blob = b"".join(r[0] for r in db.execute("SELECT block FROM participants_fts_data").fetchall() if r[0])
    blob += b"".join(bytes(r[0]) for r in db.execute("SELECT term FROM participants_fts_idx").fetchall() if r[0])
    return {t for t in trigrams if t.encode("utf-8") in blob}


TEXTS = [FIRST, LAST, FIRST_AR, EMAIL, PHONE, PHONE[4:], fold(LAST), fold(FIRST), EMAIL.split("@")[0]]


def _needles() -> list[bytes]:
    return [t.encode("utf-8") for t in TEXTS] + [t.encode("utf-16-le") for t in (FIRST, LAST, EMAIL)]


def _leftovers(data_dir: Path) -> list[str]:
    """Every file of the data folder (database, WAL, outbox, caches, keys…) holding her data, by
    content or by name."""
    found = []
    for path in data_dir.rglob("*"):
        rel = str(path.relative_to(data_dir))
        if any(t.lower() in rel.lower() for t in TEXTS):
            found.append(f"name: {rel}")
        if path.is_file():
            raw = path.read_bytes()
            lowered = raw.lower()
            for needle in _needles():
                if needle in raw or needle.lower() in lowered:
                    found.append(f"{rel}: {needle!r}")
    return found


def test_after_erasure_none_of_her_data_is_in_any_file(db, demo, data_dir, tmp_path):
    people = attend_demo(db, demo.id)
    pid = people["Fatima El Idrissi"]
    update_participant(db, pid, first_name=FIRST, last_name=LAST, first_name_ar=FIRST_AR, email=EMAIL,
                       phone=PHONE, consent_email=True)
    own = next(db.query("SELECT search_text FROM participants WHERE id = ?", [pid]))["search_text"]
    others = set().union(*(_trigrams(r[0]) for r in db.execute(
        "SELECT search_text FROM participants WHERE id != ?", [pid]).fetchall()))
    unique = _trigrams(own) - others
    assert len(unique) > 20 and unique <= _index_terms(db) and _in_index_pages(db, unique)

    # Her certificate goes to the outbox, the server refuses her address: the error names it.
    result = certificates.generate(db, data_dir, demo.id, tmp_path / "out", settings={})
    files = {c.number: c.file for c in result.issued}
    controller = Controller(Refuse(), hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        settings = {"smtp": {"host": "127.0.0.1", "port": controller.port, "security": "none",
                             "from_addr": "certificats@tadamon.ma", "timeout": 10}}
        queued = outbox.queue_certificates(db, data_dir, demo.id, files, settings)
        assert [q["to"] for q in queued.queued] == [EMAIL]
        outbox.send_queued(db, settings, retry_delay=0)
    finally:
        controller.stop()
    assert EMAIL in next(db.query("SELECT last_error FROM outbox"))["last_error"]
    assert _leftovers(data_dir), "the test must see her data before the erasure"

    privacy.erase_participant(db, pid)

    assert not unique & _index_terms(db), "trigrams of her name stay in the search index"
    assert _in_index_pages(db, unique) == set(), "trigrams of her name stay in the index's pages"
    assert _leftovers(data_dir) == []
    wal = Path(str(database_path(data_dir)) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_every_connection_overwrites_deleted_content(db, data_dir):
    from workshop_kit.db import open_database

    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    other = open_database(data_dir, auto_backup=False, check=False).db
    try:
        assert other.execute("PRAGMA secure_delete").fetchone()[0] == 1
    finally:
        other.conn.close()


def _backup_named(folder: Path, when: datetime, reason: str) -> Path:
    path = folder / f"workshop-kit-{when.strftime('%Y%m%d-%H%M%S-%f')}-{reason}.sqlite"
    sqlite3.connect(path).close()
    return path


def test_backups_age_out_including_those_taken_before_a_migration(db, data_dir):
    folder = backup.backups_dir_for(database_path(data_dir))
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now()
    expired = backup.MAX_AGE_DAYS + 1
    old_migration = _backup_named(folder, now - timedelta(days=expired), "before-migration-v3")
    old_routine = _backup_named(folder, now - timedelta(days=expired, seconds=5), "auto")
    recent_migration = _backup_named(folder, now - timedelta(days=2), "before-migration-v4")
    backup.make_backup(db.conn, database_path(data_dir), reason="auto")
    assert not old_migration.exists() and not old_routine.exists()
    assert recent_migration.exists()
    assert len(backup.list_backups(database_path(data_dir))) == 2


def test_an_erasure_received_in_a_bundle_erases_as_thoroughly(db, demo, data_dir, tmp_path):
    """Laptop B erases her; laptop A imports B's bundle: nothing of her is left on A either."""
    from workshop_kit import bundles, signing
    from workshop_kit.db import open_database

    people = attend_demo(db, demo.id)
    pid = people["Fatima El Idrissi"]
    update_participant(db, pid, first_name=FIRST, last_name=LAST, first_name_ar=FIRST_AR, email=EMAIL, phone=PHONE)
    own = next(db.query("SELECT search_text FROM participants WHERE id = ?", [pid]))["search_text"]
    others = set().union(*(_trigrams(r[0]) for r in db.execute(
        "SELECT search_text FROM participants WHERE id != ?", [pid]).fetchall()))
    unique = _trigrams(own) - others
    dir_b = tmp_path / "laptop-b"
    db_b = open_database(dir_b, auto_backup=False).db
    try:
        bundles.export_bundle(db, data_dir, demo.id, tmp_path / "setup.zip")
        bundles.import_bundle(db_b, dir_b, tmp_path / "setup.zip", trust=True)
        signing.trust_public_key(data_dir, signing.export_public_text(signing.load_or_create(dir_b).public_raw))
        privacy.erase_participant(db_b, pid)
        bundles.export_bundle(db_b, dir_b, demo.id, tmp_path / "b.zip")
    finally:
        db_b.conn.close()
    assert _in_index_pages(db, unique)

    bundles.import_bundle(db, data_dir, tmp_path / "b.zip")

    assert next(db.query("SELECT erased_at FROM participants WHERE id = ?", [pid]))["erased_at"]
    assert _in_index_pages(db, unique) == set()
    assert _leftovers(data_dir) == []
