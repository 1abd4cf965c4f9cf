"""Duplicate detection across scripts and spellings; merging keeps attendance and certificates."""

from __future__ import annotations

import pytest

from workshop_kit import duplicates as D
from workshop_kit import participants as P
from workshop_kit.db import new_id, now_iso
from workshop_kit.errors import ValidationError
from workshop_kit.workshops import list_sessions


def add(db, **fields):
    return P.add_participant(db, consent_data=True, **fields)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("Mohamed", "El Fassi"), ("Muhammad", "Elfassi")),
        (("Mohammed", "Alaoui"), ("Alaoui", "Mohamed")),  # first/last swapped
        (("Youssef", "Benali"), ("Youcef", "Ben Ali")),
        (("Fatima", "Zahra"), ("Fatimah", "Zahra")),
        (("Abdelkader", "Diouf"), ("Abdelqader", "Diouf")),
    ],
)
def test_transliteration_variants_share_a_key(a, b) -> None:
    assert D.name_key(*a) == D.name_key(*b)


def test_different_people_do_not_share_a_key() -> None:
    assert D.name_key("Nadia", "Berrada") != D.name_key("Nabil", "Berrada")
    assert D.name_key("Omar", None) is None  # one word is not enough to call it a duplicate


def test_arabic_key_ignores_harakat_hamza_and_article() -> None:
    assert D.name_key("مُحَمَّد", "الإدريسي", arabic=True) == D.name_key("إدريسي", "محمد", arabic=True)


def test_detection_by_name_phone_and_email(db) -> None:
    a = add(db, first_name="Mohamed", last_name="El Fassi", phone="0612345678")
    b = add(db, first_name="Muhammad", last_name="Elfassi", phone="+212 6 12 34 56 78")
    c = add(db, first_name="Sara", email="sara@example.org")
    d = add(db, first_name_ar="سارة", email="SARA@example.org")
    add(db, first_name="Nabil", last_name="Berrada")
    found = {(x.a, x.b): x.reasons for x in D.find_duplicates(db)}
    assert found[tuple(sorted((a.id, b.id)))] == ["name", "phone"] or set(found[tuple(sorted((a.id, b.id)))]) == {"name", "phone"}
    assert found[tuple(sorted((c.id, d.id)))] == ["email"]
    assert len(found) == 2


def test_marking_as_different_people_is_remembered(db) -> None:
    a = add(db, first_name="Mohamed", last_name="Alaoui")
    b = add(db, first_name="Mohammed", last_name="Alaoui")
    assert len(D.find_duplicates(db)) == 1
    D.mark_distinct(db, b.id, a.id, actor="t")
    D.mark_distinct(db, a.id, b.id, actor="t")  # twice: no error
    assert D.find_duplicates(db) == []


def _attend(db, session_id, pid, status):
    db.execute("INSERT INTO attendance (id, session_id, participant_id, status, created_at, updated_at)"
               " VALUES (?, ?, ?, ?, ?, ?)", [new_id(), session_id, pid, status, now_iso(), now_iso()])


def test_merge_keeps_attendance_enrolments_certificates_and_scores(db, demo) -> None:
    from workshop_kit.attendance import eligibility_of

    sessions = list_sessions(db, demo.id)
    keep = add(db, first_name="Mohamed", last_name="El Fassi")
    drop = add(db, first_name="Muhammad", last_name="Elfassi", phone="0612345678", email="m@example.org")
    for pid in (keep.id, drop.id):
        P.enrol(db, demo.id, pid)
    # keep came to sessions 1-2, drop (same person, other record) to 2-4; session 2 both (absent vs present)
    _attend(db, sessions[0].id, keep.id, "present")
    _attend(db, sessions[1].id, keep.id, "absent")
    for s in sessions[1:4]:
        _attend(db, s.id, drop.id, "present")
    db.execute("INSERT INTO certificates (id, number, workshop_id, participant_id, issued_at, revoked_at)"
               " VALUES (?, 'C-1', ?, ?, ?, ?)", [new_id(), demo.id, keep.id, now_iso(), now_iso()])
    db.execute("INSERT INTO certificates (id, number, workshop_id, participant_id, issued_at)"
               " VALUES (?, 'C-2', ?, ?, ?)", [new_id(), demo.id, drop.id, now_iso()])
    db.execute("INSERT INTO quiz_scores (id, workshop_id, participant_id, module_id, pre_score, max_score, updated_at)"
               " VALUES (?, ?, ?, 'm01', 4, 10, ?)", [new_id(), demo.id, keep.id, now_iso()])
    db.execute("INSERT INTO quiz_scores (id, workshop_id, participant_id, module_id, post_score, max_score, updated_at)"
               " VALUES (?, ?, ?, 'm01', 8, 10, ?)", [new_id(), demo.id, drop.id, now_iso()])
    for pid in (keep.id, drop.id):
        db.execute("INSERT INTO badge_tokens (id, token, short_code, workshop_id, participant_id, issued_at)"
                   " VALUES (?, ?, ?, ?, ?, ?)", [new_id(), new_id(), new_id()[:6], demo.id, pid, now_iso()])
        db.execute("INSERT INTO checkin_events (id, session_id, participant_id, result, at) VALUES (?, ?, ?, 'ok', ?)",
                   [new_id(), sessions[1].id, pid, now_iso()])

    D.merge(db, keep.id, drop.id, actor="t")

    assert db.execute("SELECT COUNT(*) FROM participants WHERE id = ?", [drop.id]).fetchone()[0] == 0
    merged = P.get_participant(db, keep.id)
    assert (merged.phone, merged.email, merged.first_name) == ("+212612345678", "m@example.org", "Mohamed")
    statuses = dict(db.execute("SELECT s.number, a.status FROM attendance a JOIN sessions s ON s.id = a.session_id"
                               " WHERE a.participant_id = ?", [keep.id]).fetchall())
    assert statuses == {1: "present", 2: "present", 3: "present", 4: "present"}
    assert eligibility_of(db, demo.id, keep.id).attended == 4
    certs = db.execute("SELECT number, revoked_at FROM certificates WHERE participant_id = ?", [keep.id]).fetchall()
    assert certs == [("C-2", None)]  # the valid certificate wins over the revoked one
    assert db.execute("SELECT pre_score, post_score FROM quiz_scores WHERE participant_id = ?", [keep.id]).fetchall() == [(4, 8)]
    badges = db.execute("SELECT revoked_at IS NULL FROM badge_tokens WHERE participant_id = ?", [keep.id]).fetchall()
    assert sorted(b[0] for b in badges) == [0, 1]  # one active badge left per workshop
    assert db.execute("SELECT COUNT(*) FROM checkin_events WHERE participant_id = ?", [keep.id]).fetchone()[0] == 2
    assert db.execute("SELECT COUNT(*) FROM enrolments WHERE participant_id = ?", [keep.id]).fetchone()[0] == 1
    assert D.find_duplicates(db) == []


def test_merge_refuses_the_same_record_twice(db) -> None:
    a = add(db, first_name="Omar")
    with pytest.raises(ValidationError):
        D.merge(db, a.id, a.id)
