"""Workshops and sessions as a trainer creates and edits them."""

import pytest

from workshop_kit import audit, participants
from workshop_kit import workshops as ws
from workshop_kit.errors import NotFound, ValidationError


def test_create_makes_sessions_for_each_day(db):
    w, sessions = ws.create_workshop(db, title="Plaidoyer local", start="2026-03-10", days=3, sessions_per_day=2, city="Agadir")
    assert (w.start_date, w.end_date) == ("2026-03-10", "2026-03-12")
    assert [s.number for s in sessions] == [1, 2, 3, 4, 5, 6]
    assert [s.date for s in sessions][::2] == ["2026-03-10", "2026-03-11", "2026-03-12"]
    assert (sessions[0].start_time, sessions[0].end_time) == ("09:00", "12:30")
    assert sessions[1].start_time == "14:00"
    assert [s.number for s in ws.list_sessions(db, w.id)] == [1, 2, 3, 4, 5, 6]


def test_many_sessions_per_day_do_not_overlap(db):
    _w, sessions = ws.create_workshop(db, title="Intensif", start="2026-03-10", sessions_per_day=6)
    ends = [s.end_time for s in sessions]
    starts = [s.start_time for s in sessions]
    assert all(end <= nxt for end, nxt in zip(ends, starts[1:], strict=False))


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"title": "", "start": "2026-01-01"}, "title"),
        ({"title": "x", "start": "01/02/2026"}, "start"),
        ({"title": "x", "start": "2026-01-01", "days": 0}, "days"),
        ({"title": "x", "start": "2026-01-01", "sessions_per_day": 9}, "sessions_per_day"),
        ({"title": "x", "start": "2026-01-01", "attendance_threshold": 150}, "attendance_threshold"),
    ],
)
def test_invalid_input_names_the_field(db, kwargs, field):
    with pytest.raises(ValidationError) as err:
        ws.create_workshop(db, **kwargs)
    assert err.value.field == field
    assert db.execute("SELECT COUNT(*) FROM workshops").fetchone()[0] == 0


def test_threshold_given_as_percent_is_stored_as_fraction(db):
    w, _ = ws.create_workshop(db, title="x", start="2026-01-01", attendance_threshold=75)
    assert w.attendance_threshold == 0.75


def test_update_checks_dates_and_is_audited(db):
    w, _ = ws.create_workshop(db, title="x", start="2026-01-05", days=2)
    with pytest.raises(ValidationError):
        ws.update_workshop(db, w.id, end_date="2026-01-01")
    updated = ws.update_workshop(db, w.id, title="Accès aux services", modules=["m03-public-services"], actor="trainer")
    assert updated.title == "Accès aux services"
    assert updated.modules == ["m03-public-services"]
    entries = audit.entries(db, "workshop", w.id)
    assert [e["action"] for e in entries] == ["create", "update"]
    assert entries[1]["details"]["title"] == "Accès aux services"
    assert entries[1]["device_id"]


def test_find_workshop_by_prefix_or_title(db):
    w, _ = ws.create_workshop(db, title="Atelier Tanger", start="2026-01-05")
    assert ws.get_workshop(db, w.id[:8]).id == w.id
    assert ws.get_workshop(db, "Atelier Tanger").id == w.id
    with pytest.raises(NotFound, match="workshop list"):
        ws.get_workshop(db, "nope-nope")


def test_add_and_edit_sessions(db):
    w, _ = ws.create_workshop(db, title="x", start="2026-01-05", sessions_per_day=1)
    s = ws.add_session(db, w.id, date_="2026-01-07", start="09:00", end="11:00", module_id="m07-advocacy")
    assert s.number == 2
    assert ws.get_workshop(db, w.id).end_date == "2026-01-07"  # dates widen to hold the session
    with pytest.raises(ValidationError):
        ws.update_session(db, s.id, start_time="12:00")  # would end before it starts
    ws.update_session(db, s.id, start_time="08:30")
    assert ws.get_session(db, w.id, 2).start_time == "08:30"


def test_deleting_a_workshop_keeps_participants(db, demo):
    ws.delete_workshop(db, demo.id)
    assert db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM enrolments").fetchone()[0] == 0
    assert participants.count(db) == 12


def test_list_counts_sessions_and_participants(db, demo):
    items = ws.list_workshops(db)
    assert items[0]["id"] == demo.id
    assert items[0]["session_count"] == 6
    assert items[0]["participant_count"] == 12
