"""The certificate eligibility rule: present/late count, excused sessions leave the denominator."""

from __future__ import annotations

from workshop_kit.attendance import eligibility, eligibility_of
from workshop_kit.db import new_id, now_iso
from workshop_kit.participants import enrolled
from workshop_kit.workshops import list_sessions


def _mark(db, session_id: str, participant_id: str, status: str) -> None:
    now = now_iso()
    db.execute(
        "INSERT INTO attendance (id, session_id, participant_id, status, checked_in_at, method, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, 'manual', ?, ?)",
        [new_id(), session_id, participant_id, status, now, now, now],
    )


def test_threshold_counts_present_and_late_and_ignores_excused(db, demo):
    sessions = list_sessions(db, demo.id)  # 6 sessions, threshold 80 %
    people = enrolled(db, demo.id)
    a, b, c = people[0], people[1], people[2]
    for s in sessions[:5]:
        _mark(db, s.id, a.id, "present")  # 5/6 = 83 % → eligible
    for s in sessions[:4]:
        _mark(db, s.id, b.id, "late")  # 4/6 = 67 % → not eligible
    for s in sessions[:4]:
        _mark(db, s.id, c.id, "present")
    _mark(db, sessions[4].id, c.id, "excused")  # 4/5 = 80 % → eligible
    by_id = {e.participant_id: e for e in eligibility(db, demo.id)}
    assert len(by_id) == len(people)
    assert by_id[a.id].eligible and by_id[a.id].attended == 5
    assert not by_id[b.id].eligible and by_id[b.id].rate == 4 / 6
    assert by_id[c.id].eligible and by_id[c.id].counted == 5 and by_id[c.id].needed == 4
    assert by_id[a.id].minutes_attended == sum(s.minutes for s in sessions[:5])
    nobody = eligibility_of(db, demo.id, people[3].id)
    assert nobody is not None and nobody.attended == 0 and not nobody.eligible
