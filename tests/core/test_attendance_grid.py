"""The attendance grid: statuses per participant and session, totals, and audited corrections."""

from __future__ import annotations

import pytest

from workshop_kit import attendance, audit
from workshop_kit.errors import NotFound, ValidationError
from workshop_kit.participants import add_participant


def test_grid_lists_every_enrolled_participant_and_session_with_totals(db, demo):
    g = attendance.grid(db, demo.id)
    assert len(g.rows) == 12 and len(g.sessions) == 6
    first, second = g.rows[0].participant, g.rows[1].participant
    s1, s2 = g.sessions[0], g.sessions[1]
    attendance.set_status(db, s1.id, first.id, "present", actor="test")
    attendance.set_status(db, s1.id, second.id, "late", actor="test")
    attendance.set_status(db, s2.id, first.id, "excused", actor="test")
    g = attendance.grid(db, demo.id)
    totals = g.session_totals()
    assert totals[s1.id]["present"] == 1 and totals[s1.id]["late"] == 1 and totals[s1.id]["attended"] == 2
    assert totals[s1.id]["none"] == 10
    assert totals[s2.id]["excused"] == 1 and totals[s2.id]["attended"] == 0
    row = next(r for r in g.rows if r.participant.id == first.id)
    assert row.counts == {"present": 1, "late": 0, "absent": 0, "excused": 1}
    assert row.eligibility.attended == 1 and row.eligibility.counted == 5
    data = g.to_json()
    assert data["sessions"][0]["totals"]["attended"] == 2


def test_every_correction_is_in_the_audit_log_with_before_and_after(db, demo):
    g = attendance.grid(db, demo.id)
    pid, sid = g.rows[0].participant.id, g.sessions[0].id
    assert attendance.set_status(db, sid, pid, "absent", actor="trainer")
    assert attendance.set_status(db, sid, pid, "present", actor="coordinator")
    assert not attendance.set_status(db, sid, pid, "present", actor="coordinator")  # no change, no entry
    assert attendance.set_status(db, sid, pid, None, actor="coordinator")  # cleared
    trail = attendance.history(db, demo.id)
    assert [(e["details"]["from"], e["details"]["to"], e["actor"]) for e in trail] == [
        (None, "absent", "trainer"),
        ("absent", "present", "coordinator"),
        ("present", None, "coordinator"),
    ]
    assert all(e["device_id"] for e in audit.entries(db, "attendance"))
    assert db.execute("SELECT COUNT(*) FROM attendance").fetchone()[0] == 0


def test_a_correction_keeps_the_scan_time(db, demo):
    g = attendance.grid(db, demo.id)
    pid, sid = g.rows[0].participant.id, g.sessions[0].id
    db.execute(
        "INSERT INTO attendance (id, session_id, participant_id, status, checked_in_at, method, created_at, updated_at)"
        " VALUES ('a1', ?, ?, 'late', '2026-03-10T09:20:00Z', 'scanner', 'x', 'x')",
        [sid, pid],
    )
    attendance.set_status(db, sid, pid, "present", actor="coordinator")
    row = db.execute("SELECT status, checked_in_at, method FROM attendance WHERE id = 'a1'").fetchone()
    assert row == ("present", "2026-03-10T09:20:00Z", "manual")


def test_bad_status_unknown_session_or_not_enrolled_are_refused(db, demo):
    g = attendance.grid(db, demo.id)
    pid, sid = g.rows[0].participant.id, g.sessions[0].id
    with pytest.raises(ValidationError, match="present, late, absent or excused"):
        attendance.set_status(db, sid, pid, "here")
    with pytest.raises(NotFound):
        attendance.set_status(db, "no-such-session", pid, "present")
    outsider = add_participant(db, first_name="Sara", consent_data=True)
    with pytest.raises(ValidationError, match="not enrolled"):
        attendance.set_status(db, sid, outsider.id, "present")
    assert db.execute("SELECT COUNT(*) FROM attendance").fetchone()[0] == 0


def test_set_by_session_number_and_participant_prefix(db, demo):
    g = attendance.grid(db, demo.id)
    pid = g.rows[2].participant.id
    assert attendance.set_status_by_number(db, demo.id[:8], 3, pid[:8], "late")
    assert attendance.grid(db, demo.id).rows[2].statuses[g.sessions[2].id] == "late"
