"""What a core write says it changed, and long core work that stops cleanly when asked to."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_kit import changes, checkin, importing, quizscores
from workshop_kit import participants as P
from workshop_kit.changes import ChangeSet
from workshop_kit.errors import Cancelled, ValidationError


def test_a_write_records_what_it_declares_only_inside_a_collector(db, demo) -> None:
    p = P.add_participant(db, first_name="Hors", consent_data=True, consent_recorded_by="t")  # the CLI: no collector
    with changes.collect() as outer:
        with changes.collect() as inner:
            P.enrol(db, demo.id, p.id)
        quizscores.record_score(db, demo.id, p.id, "m01-migration-terms", pre=1, post=2, max_score=4)
    assert inner.changes == ChangeSet(enrolments=True)
    assert outer.changes == ChangeSet(enrolments=True, quiz_scores=True)
    assert P.add_participant.changes == ChangeSet(participants=True)


def test_a_failed_write_records_nothing(db, demo) -> None:
    with changes.collect() as collected, pytest.raises(ValidationError):
        checkin.check_in(db, demo.id, "not-a-badge", method="nonsense")
    assert not collected.changes


def test_change_kinds_are_checked() -> None:
    with pytest.raises(TypeError):
        ChangeSet.of("attendence")
    with pytest.raises(AttributeError):
        ChangeSet(badge_tokens=True).badge_token  # noqa: B018
    assert ChangeSet(attendance=True) | ChangeSet(sessions=True) == ChangeSet.of("attendance", "sessions")
    assert ChangeSet(attendance=True).any_of(ChangeSet(attendance=True, workshops=True))
    assert not ChangeSet()


def _table(rows: int) -> importing.Table:
    return importing.Table(headers=["Prénom", "Nom", "Consentement"], header_row=1,
                           rows=[(i + 2, [f"Prénom{i}", f"Nom{i}", "oui"]) for i in range(rows)])


def test_an_import_reports_progress_and_what_it_wrote(db, demo) -> None:
    table = _table(5000)
    mapping = importing.guess_mapping(table.headers)
    seen = []
    with changes.collect() as check:
        importing.import_table(db, demo.id, table, mapping=mapping, dry_run=True)
    with changes.collect() as done:
        report = importing.import_table(db, demo.id, table, mapping=mapping,
                                        progress=lambda *a: seen.append(a))
    assert not check.changes and report.imported == 5000
    assert done.changes == report.changes == ChangeSet(participants=True, enrolments=True)
    assert seen[:2] == [(2000, 5000, ""), (4000, 5000, "")] and "Writing 5000 people" in seen[-1][2]


@pytest.mark.parametrize("stop_at", ["checking", "writing"])
def test_a_cancelled_import_writes_nothing(db, demo, stop_at: str) -> None:
    before = db.execute("SELECT (SELECT COUNT(*) FROM participants), (SELECT COUNT(*) FROM enrolments)").fetchone()
    table = _table(6000)
    state = {"stop": False}

    def progress(done: int, _total: int, message: str) -> None:
        state["stop"] = (stop_at == "checking" and done == 2000) or (stop_at == "writing" and bool(message))

    with changes.collect() as collected, pytest.raises(Cancelled, match="nothing was imported"):
        importing.import_table(db, demo.id, table, mapping=importing.guess_mapping(table.headers),
                               progress=progress, cancelled=lambda: state["stop"])
    after = db.execute("SELECT (SELECT COUNT(*) FROM participants), (SELECT COUNT(*) FROM enrolments)").fetchone()
    assert tuple(after) == tuple(before) and not collected.changes
    assert db.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'import'").fetchone()[0] == 0


def test_a_cancelled_copy_of_the_data_folder_leaves_nothing_behind(db, data_dir: Path, tmp_path: Path) -> None:
    from workshop_kit.datafolder import copy_data_folder

    (data_dir / "outbox").mkdir(exist_ok=True)
    (data_dir / "outbox" / "a.bin").write_bytes(b"x" * (3 << 20))
    target = tmp_path / "new"
    calls = []
    with pytest.raises(Cancelled):
        copy_data_folder(db.conn, data_dir, target, progress=lambda *a: calls.append(a),
                         cancelled=lambda: len(calls) >= 2)
    assert not target.exists() and calls[0][1] >= 3 << 20
    assert db.execute("SELECT COUNT(*) FROM workshops").fetchone()[0] >= 0  # the old folder's file still works


def test_encryption_cancelled_during_the_database_export_changes_nothing(db, demo, data_dir: Path) -> None:
    from workshop_kit import dbconnect, encryption
    from workshop_kit.paths import database_path

    if not encryption.available():
        pytest.skip("sqlcipher3 is not installed")
    path = database_path(data_dir)
    steps = []
    try:
        with pytest.raises(Cancelled, match="nothing was changed"):
            encryption.enable(db, data_dir, path, "trois mots pour la porte", progress=lambda *a: steps.append(a),
                              cancelled=lambda: True)
    finally:
        dbconnect.forget()
    assert not (data_dir / dbconnect.MARKER).exists() and b"SQLite format 3" in path.read_bytes()[:16]
    assert steps == [(0, 1, "")]
    assert db.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 12  # switched back to the same file
    assert not [p for p in data_dir.iterdir() if p.name.endswith(".tmp")]
