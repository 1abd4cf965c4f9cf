"""Check-in at the door: every state the screen shows, the clock, undo, and what lands on disk."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_kit import badges, checkin
from workshop_kit.attendance import eligibility_of
from workshop_kit.errors import ValidationError
from workshop_kit.participants import add_participant, enrol, unenrol
from workshop_kit.paths import database_path
from workshop_kit.workshops import create_workshop, list_sessions

DAY = date(2026, 3, 10)
MORNING = datetime(2026, 3, 10, 9, 5)  # session 1 runs 09:00–12:30, session 2 14:00–17:00


@pytest.fixture
def ws(db):
    from workshop_kit.demo import create_demo

    workshop, _n = create_demo(db, start=DAY)
    return workshop


@pytest.fixture
def issued(db, ws):
    return badges.ensure_badges(db, ws.id)


def first(issued) -> badges.Badge:
    return sorted(issued.values(), key=lambda b: b.participant_id)[0]


def attendance_rows(db, participant_id=None):
    sql = "SELECT session_id, participant_id, status, method FROM attendance"
    if participant_id:
        return db.execute(sql + " WHERE participant_id = ?", [participant_id]).fetchall()
    return db.execute(sql).fetchall()


def events(db):
    return db.execute("SELECT id, result, reason, scanned, participant_id, session_id FROM checkin_events").fetchall()


def test_first_scan_checks_in_and_is_on_disk_for_another_connection(db, ws, issued, data_dir):
    badge = first(issued)
    result = checkin.check_in(db, ws.id, badge.token, now=MORNING)
    assert result.status == "checked_in" and result.colour == "green"
    assert result.session["number"] == 1 and not result.late
    assert result.display_name and result.display_name in result.message
    # Committed before returning: a separate connection (another process) sees it at once.
    other = sqlite3.connect(str(database_path(data_dir)))
    rows = other.execute("SELECT status, method FROM attendance WHERE participant_id = ?", [badge.participant_id]).fetchall()
    other.close()
    assert rows == [("present", "scanner")]


def test_repeat_scan_is_amber_with_the_first_time_and_records_nothing_new(db, ws, issued):
    badge = first(issued)
    checkin.check_in(db, ws.id, badge.token, now=MORNING)
    again = checkin.check_in(db, ws.id, badge.token, now=datetime(2026, 3, 10, 9, 40))
    assert again.status == "already_checked_in" and again.colour == "amber"
    assert again.checked_in_at == "09:05" and "09:05" in again.message
    assert len(attendance_rows(db, badge.participant_id)) == 1
    assert [e[1] for e in events(db)].count("already_checked_in") == 1


def test_late_after_the_grace_period(db, ws, issued):
    on_time, late = sorted(issued.values(), key=lambda b: b.participant_id)[:2]
    assert checkin.check_in(db, ws.id, on_time.token, now=datetime(2026, 3, 10, 9, 15)).late is False
    result = checkin.check_in(db, ws.id, late.token, now=datetime(2026, 3, 10, 9, 16))
    assert result.status == "checked_in" and result.late and "late" in result.message
    assert attendance_rows(db, late.participant_id)[0][2] == "late"


@pytest.mark.parametrize(
    ("scanned", "reason"),
    [
        ("", "empty"),
        ("x7#Q", "garbage"),
        ("https://tickets.example.org/e/123", "other_system"),
        ("BEGIN:VCARD\nVERSION:3.0\nN:Doe;John\nTEL:+212600000000\nEND:VCARD", "other_system"),
        ("WK1-" + "a" * 32, "unknown_token"),
    ],
)
def test_unknown_codes_are_red_logged_and_record_nothing(db, ws, issued, scanned, reason):
    result = checkin.check_in(db, ws.id, scanned, now=MORNING)
    assert result.status == "unknown" and result.colour == "red" and result.reason == reason
    assert result.message
    assert attendance_rows(db) == []
    (event,) = events(db)
    assert event[1] == "unknown" and event[2] == reason
    assert event[3] is None or len(event[3]) <= 64
    assert "John" not in (event[3] or "")  # personal data from another system's QR is not kept


def test_badge_of_another_workshop_is_refused(db, ws, issued):
    other, _s = create_workshop(db, title="Autre atelier", start=DAY)
    p = add_participant(db, first_name="Leila", consent_data=True)
    enrol(db, other.id, p.id)
    foreign = badges.issue_badge(db, other.id, p.id)
    result = checkin.check_in(db, ws.id, foreign.token, now=MORNING)
    assert result.status == "not_enrolled" and result.reason == "other_workshop"
    assert "Autre atelier" in result.message
    assert attendance_rows(db) == []


def test_unenrolled_participant_is_refused(db, ws, issued):
    badge = first(issued)
    unenrol(db, ws.id, badge.participant_id)
    result = checkin.check_in(db, ws.id, badge.token, now=MORNING)
    assert result.status == "not_enrolled" and "Walk-in" in result.message
    assert attendance_rows(db) == []


def test_revoked_badge_is_refused_and_the_reissued_one_works(db, ws, issued):
    old = first(issued)
    new = badges.reissue_badge(db, ws.id, old.participant_id, reason="lost")
    assert new.token != old.token and new.short_code != old.short_code
    refused = checkin.check_in(db, ws.id, old.token, now=MORNING)
    assert refused.status == "revoked" and refused.colour == "red"
    assert attendance_rows(db) == []
    assert checkin.check_in(db, ws.id, new.token, now=MORNING).status == "checked_in"


def test_clock_far_from_any_session_records_nothing_and_says_so(db, ws, issued):
    badge = first(issued)
    result = checkin.check_in(db, ws.id, badge.token, now=datetime(2026, 11, 25, 3, 0))
    assert result.status == "no_session" and result.colour == "amber"
    assert "clock" in result.message and "nothing was recorded" in result.message
    assert attendance_rows(db) == []
    assert events(db)[0][1:3] == ("no_session", "no_session")
    # The trainer picks the session: recorded there, with a warning about the clock's date.
    session2 = list_sessions(db, ws.id)[1]
    chosen = checkin.check_in(db, ws.id, badge.token, session_id=session2.id, now=datetime(2026, 11, 25, 3, 0))
    assert chosen.status == "checked_in" and chosen.session["number"] == 2 and not chosen.late
    assert chosen.warnings and "2026-11-25" in chosen.warnings[0]
    assert attendance_rows(db)[0][0] == session2.id


def test_session_from_the_clock_over_a_day_with_two_sessions(db, ws):
    def number(h, m):
        s = checkin.current_session(db, ws.id, datetime(2026, 3, 10, h, m))
        return s.number if s else None

    assert number(7, 30) is None  # more than an hour before the first session
    assert number(8, 10) == 1  # people come early
    assert number(12, 50) == 1  # just ended
    assert number(13, 10) == 2  # back early from lunch: the afternoon session
    assert number(16, 59) == 2
    assert number(17, 45) is None
    assert checkin.current_session(db, ws.id, datetime(2026, 3, 11, 14, 30)).number == 4  # day 2


def test_every_scan_has_its_own_event_uuid(db, ws, issued):
    badge = first(issued)
    for text in (badge.token, badge.token, "nope", badge.human_code):
        checkin.check_in(db, ws.id, text, now=MORNING)
    ids = [e[0] for e in events(db)]
    assert len(ids) == 4 and len(set(ids)) == 4


def test_rows_written_at_the_door_get_uuids_in_the_order_they_were_made(db, ws, issued):
    """Sessions, attendance rows and scan events carry time-ordered UUIDs (version 7): a check-in
    appends to its indexes instead of touching a random page of a million-row index; another laptop
    reads them as ordinary UUIDs when a bundle brings them."""
    import uuid

    for badge in sorted(issued.values(), key=lambda b: b.participant_id):
        checkin.check_in(db, ws.id, badge.token, now=MORNING)
    checkin.check_in(db, ws.id, "nope", now=MORNING)
    for table in ("checkin_events", "attendance"):
        ids = [r[0] for r in db.execute(f"SELECT id FROM {table} ORDER BY rowid")]
        assert len(ids) == len(issued) + (table == "checkin_events")
        assert ids == sorted(ids), table
        assert {(uuid.UUID(i).version, str(uuid.UUID(i)) == i) for i in ids} == {(7, True)}
    sessions = [s.id for s in list_sessions(db, ws.id)]
    assert sessions == sorted(sessions) and {uuid.UUID(i).version for i in sessions} == {7}


def test_the_door_commits_durably(db, ws, issued):
    """A check-in shown green is on disk: the connection stays at synchronous=FULL through scans."""
    for badge in list(issued.values())[:3]:
        assert checkin.check_in(db, ws.id, badge.token, now=MORNING).status == "checked_in"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert -db.execute("PRAGMA cache_size").fetchone()[0] >= checkin.DOOR_CACHE_KIB  # the door's pages stay cached


def test_typed_short_code_and_keyboard_mixups_are_recognised(db, ws, issued):
    badge = first(issued)
    typed = badge.human_code.lower().replace("-", " ")
    assert checkin.check_in(db, ws.id, typed, method="manual", now=MORNING).status == "checked_in"
    # A US-layout scanner on a French AZERTY laptop: WK1- arrives as ZK&) and letters a/q, z/w swap.
    azerty = str.maketrans({"W": "Z", "1": "&", "-": ")", "a": "q", "q": "a", "z": "w", "w": "z", "A": "Q",
                            "Q": "A", "Z": "W", "m": ",", "M": "?", "2": "é", "3": '"', "4": "'", "5": "(",
                            "6": "-", "7": "è", "8": "_", "9": "ç"})
    scrambled = badge.token.translate(azerty)
    assert scrambled.startswith("ZK&)")
    assert badges.find_badge(db, scrambled).token == badge.token
    assert badges.find_badge(db, badge.token.swapcase()).token == badge.token  # caps lock on


def test_absent_is_upgraded_and_undo_restores_it(db, ws, issued):
    badge = first(issued)
    session1 = list_sessions(db, ws.id)[0]
    db.execute(
        "INSERT INTO attendance (id, session_id, participant_id, status, created_at, updated_at)"
        " VALUES ('a1', ?, ?, 'absent', 'x', 'x')",
        [session1.id, badge.participant_id],
    )
    result = checkin.check_in(db, ws.id, badge.token, now=MORNING)
    assert result.status == "checked_in"
    assert attendance_rows(db, badge.participant_id)[0][2] == "present"
    checkin.undo_checkin(db, result.event_id)
    assert attendance_rows(db, badge.participant_id)[0][2] == "absent"


def test_undo_last_takes_back_the_newest_check_in_only_once(db, ws, issued):
    a, b = sorted(issued.values(), key=lambda x: x.participant_id)[:2]
    checkin.check_in(db, ws.id, a.token, now=MORNING)
    second = checkin.check_in(db, ws.id, b.token, now=datetime(2026, 3, 10, 9, 6))
    last = checkin.last_undoable(db, ws.id)
    assert last["event_id"] == second.event_id
    checkin.undo_checkin(db, last["event_id"])
    assert attendance_rows(db, b.participant_id) == []
    assert len(attendance_rows(db, a.participant_id)) == 1
    assert checkin.last_undoable(db, ws.id)["participant_id"] == a.participant_id
    with pytest.raises(ValidationError):
        checkin.undo_checkin(db, second.event_id)
    # Scanned again after the undo: a fresh, green check-in.
    assert checkin.check_in(db, ws.id, b.token, now=datetime(2026, 3, 10, 9, 7)).status == "checked_in"


def test_counts_present_over_expected(db, ws, issued):
    session1 = list_sessions(db, ws.id)[0]
    assert checkin.counts(db, ws.id, session1.id) == (0, 12)
    for b in list(issued.values())[:3]:
        checkin.check_in(db, ws.id, b.token, now=MORNING)
    assert checkin.counts(db, ws.id, session1.id) == (3, 12)


def test_name_search_folds_accents_and_arabic_and_checks_in(db, ws, issued):
    hits = checkin.search_enrolled(db, ws.id, "grace")
    assert [h["latin_name"] for h in hits] == ["Grâce Mbemba"]
    assert [h["arabic_name"] for h in checkin.search_enrolled(db, ws.id, "فاطمه")] == ["فاطمة الإدريسي"]
    result = checkin.check_in(db, ws.id, participant_id=hits[0]["participant_id"], method="search", now=MORNING)
    assert result.status == "checked_in"
    session1 = list_sessions(db, ws.id)[0]
    assert checkin.search_enrolled(db, ws.id, "grace", session1.id)[0]["checked_in_at"] == "09:05"


def test_walk_in_needs_consent_then_is_enrolled_badged_and_checked_in(db, ws):
    with pytest.raises(ValidationError, match="(?i)consent"):
        checkin.register_walk_in(db, ws.id, consent_data=False, first_name="Awa")  # one rule for every walk-in
    p = checkin.register_walk_in(db, ws.id, consent_data=True, first_name="Awa", last_name="Sow", actor="app")
    assert p.consent_data == 1
    assert badges.active_badge(db, ws.id, p.id) is not None
    result = checkin.check_in(db, ws.id, participant_id=p.id, method="manual", now=MORNING)
    assert result.status == "checked_in" and result.display_name == "Awa Sow"


def test_check_ins_count_towards_certificate_eligibility(db, ws, issued):
    badge = first(issued)
    for when in (MORNING, datetime(2026, 3, 10, 14, 0), datetime(2026, 3, 11, 9, 0), datetime(2026, 3, 11, 14, 0),
                 datetime(2026, 3, 12, 9, 0)):
        assert checkin.check_in(db, ws.id, badge.token, now=when).status == "checked_in"
    result = eligibility_of(db, ws.id, badge.participant_id)
    assert result.attended == 5 and result.eligible


def test_clock_behind_recorded_scans_is_flagged(db, ws, issued):
    checkin.check_in(db, ws.id, first(issued).token, now=datetime(2026, 3, 10, 12, 0))
    assert checkin.clock_warning(db, ws.id, datetime(2026, 3, 10, 12, 1)) is None
    assert "clock" in checkin.clock_warning(db, ws.id, datetime(2026, 3, 10, 9, 0))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_scanner_garbage_records_nothing_and_is_logged_once(db, ws, issued, garbage):
    before_events = db.execute("SELECT COUNT(*) FROM checkin_events").fetchone()[0]
    result = checkin.check_in(db, ws.id, garbage, now=MORNING)
    assert result.status in checkin.STATUSES and result.message
    if result.status != "checked_in":
        assert attendance_rows(db) == []
    assert db.execute("SELECT COUNT(*) FROM checkin_events").fetchone()[0] == before_events + 1


def test_badge_of_an_erased_or_deleted_person_is_refused_and_records_nothing(db, ws, issued):
    from workshop_kit.privacy import erase_participant

    erased, deleted = sorted(issued.values(), key=lambda b: b.participant_id)[:2]
    erase_participant(db, erased.participant_id)
    result = checkin.check_in(db, ws.id, erased.token, now=datetime(2026, 3, 10, 9, 5))
    assert (result.status, result.reason, result.display_name) == ("revoked", "erased", "Erased participant")
    db.execute("PRAGMA foreign_keys = OFF")  # a row left by an old bundle: the badge outlived its person
    db.execute("DELETE FROM participants WHERE id = ?", [deleted.participant_id])
    db.execute("PRAGMA foreign_keys = ON")
    result = checkin.check_in(db, ws.id, deleted.token, now=datetime(2026, 3, 10, 9, 5))
    assert (result.status, result.reason) == ("unknown", "no_participant") and result.colour == "red"
    assert attendance_rows(db) == []
