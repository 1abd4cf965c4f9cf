"""Shared set-up for certificate and outbox tests: attendance recorded straight in the real database."""

from __future__ import annotations

from sqlite_utils import Database

from workshop_kit.db import new_id, now_iso


def mark(db: Database, workshop_id: str, participant_id: str, statuses: list[str]) -> None:
    """Record ``statuses`` (present/late/absent/excused) for the workshop's sessions, in order."""
    sessions = [r[0] for r in db.execute(
        "SELECT id FROM sessions WHERE workshop_id = ? ORDER BY number", [workshop_id]).fetchall()]
    now = now_iso()
    for sid, status in zip(sessions, statuses, strict=False):
        db.execute(
            "INSERT OR REPLACE INTO attendance (id, session_id, participant_id, status, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [new_id(), sid, participant_id, status, now, now],
        )


def enrolled(db: Database, workshop_id: str) -> dict[str, str]:
    """Display name (Latin first) → participant id."""
    rows = db.execute(
        "SELECT p.id, TRIM(COALESCE(p.first_name, '') || ' ' || COALESCE(p.last_name, '')),"
        " TRIM(COALESCE(p.first_name_ar, '') || ' ' || COALESCE(p.last_name_ar, ''))"
        " FROM participants p JOIN enrolments e ON e.participant_id = p.id WHERE e.workshop_id = ?",
        [workshop_id],
    ).fetchall()
    return {(latin or arabic): pid for pid, latin, arabic in rows}


def attend_demo(db: Database, workshop_id: str) -> dict[str, str]:
    """Everyone present at all 6 sessions except: Youssef (2 of 6), Mamadou (4 present + 2 excused),
    Grâce (late ×5, absent ×1). Returns name → id."""
    people = enrolled(db, workshop_id)
    for name, pid in people.items():
        if name == "Youssef Benali":
            mark(db, workshop_id, pid, ["present", "present", "absent", "absent", "absent", "absent"])
        elif name == "Mamadou Traoré":
            mark(db, workshop_id, pid, ["present", "excused", "present", "excused", "present", "present"])
        elif name == "Grâce Mbemba":
            mark(db, workshop_id, pid, ["late"] * 5 + ["absent"])
        else:
            mark(db, workshop_id, pid, ["present"] * 6)
    return people
