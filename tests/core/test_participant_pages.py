"""The participants table's sorted pages: the fast paths give exactly the rows the plain SQL gives."""

from __future__ import annotations

import random

import pytest

from workshop_kit import participant_order
from workshop_kit import participant_search as S
from workshop_kit import participants as P
from workshop_kit.workshops import create_workshop

FIRST = ["Fatima", "Youssef", "Aminata", "Mamadou", "Nadia", "Grâce", "Omar", "Jean", "Koffi", "Said"]
LAST = ["El Idrissi", "Benali", "Diallo", "Traoré", "Koné", "Kouassi", "Zerouali", "Alaoui", "Ba"]
AR = ["فاطمة", "يوسف", "العمراني", "بنعلي", None]
QUERIES = ["k", "Ko", "kou", "Zerou", "tra", "é", "ali", "06 11", "0611", "fat ben", "Ba", "a b", "العم", "ي",
           "Association 3", "nobody", "grace", "  "]


@pytest.fixture
def people(db):
    rnd = random.Random(4)
    big, _ = create_workshop(db, title="Everyone", start="2026-03-01")
    small, _ = create_workshop(db, title="A few", start="2026-04-01")
    for i in range(160):
        p = P.add_participant(db, first_name=rnd.choice(FIRST), last_name=rnd.choice(LAST) if i % 7 else None,
                              first_name_ar=rnd.choice(AR), last_name_ar=rnd.choice(AR),
                              organisation_name=f"Association {i % 5}", phone=f"06 11 {i:02d} {i % 9}0 44"[:14],
                              consent_data=True)
        P.enrol(db, big.id, p.id)
        if i % 9 == 0:
            P.enrol(db, small.id, p.id)
    return big, small


def pages(db, text, **kw):
    return [r["id"] for r in S.query_participants(db, text, **kw)]


@pytest.mark.parametrize("sort", ["name", "name_ar", "badge", "city"])
def test_fast_pages_equal_the_sql_pages(db, people, monkeypatch, sort):
    big, small = people
    cases = [dict(workshop_id=w, descending=d, offset=o, limit=lim, sort=sort)
             for w in (None, big.id, small.id) for d in (False, True) for o, lim in ((0, 200), (5, 7))]
    monkeypatch.setattr(S, "SMALL_WORKSHOP", 50)  # "A few" is paged from its enrolments, "Everyone" from the order
    fast = {(q, i): pages(db, q, **kw) for q in QUERIES for i, kw in enumerate(cases)}
    if sort in participant_order.ORDERED_SORTS:
        assert db.__dict__["_wk_participant_order"], "the in-memory order was used"
    monkeypatch.setattr(participant_order, "usable", lambda *a: False)
    monkeypatch.setattr(S, "SMALL_WORKSHOP", 0)
    for (q, i), ids in fast.items():
        assert ids == pages(db, q, **cases[i]), (q, cases[i])
    assert any(fast.values()) and not all(fast.values())


def test_a_page_sees_people_registered_since_the_last_one(db, people, data_dir):
    big, _ = people
    assert pages(db, "Zyx", workshop_id=big.id) == pages(db, "Zyx") == []
    p = P.add_participant(db, first_name="Zyxa", consent_data=True)
    assert pages(db, "Zyx") == [p.id]
    P.enrol(db, big.id, p.id)
    assert pages(db, "Zyx", workshop_id=big.id) == [p.id]
    # Another program (the command line, a worker) registers someone: the next page shows them too.
    from workshop_kit.db import open_database

    other = open_database(data_dir, auto_backup=False).db
    q = P.add_participant(other, first_name="Zyxb", consent_data=True)
    other.conn.close()
    assert pages(db, "zyx") == [p.id, q.id]


def test_pages_follow_the_handle_when_encryption_switches_its_connection(db, people, data_dir, monkeypatch):
    """Turning encryption on gives the open handle a new connection: pages and sqlite-utils' API follow it."""
    from workshop_kit import dbconnect, encryption
    from workshop_kit.paths import database_path

    monkeypatch.delenv(dbconnect.PASSPHRASE_ENV, raising=False)
    before = pages(db, "Ko")
    assert before and db["meta"].count >= 1  # the in-memory order and the full API, on the old connection
    old = db.conn
    encryption.enable(db, data_dir, database_path(data_dir), "cinq mots faciles à retenir")
    assert db.conn is not old
    p = P.add_participant(db, first_name="Koala", consent_data=True)
    assert p.id in pages(db, "Ko") and len(pages(db, "Ko")) == len(before) + 1
    db["meta"].insert({"key": "after", "value": "1"})
    assert db.execute("SELECT value FROM meta WHERE key = 'after'").fetchone() == ("1",)


def test_an_underscore_or_backslash_in_a_short_search_is_a_letter_not_a_wildcard(db):
    """Short words are matched with LIKE; "_" and "\\" (kept by folding) must not act as wildcards."""
    plain = P.add_participant(db, first_name="Ab", email="ab@example.org", consent_data=True)
    literal = P.add_participant(db, first_name="Zoe", email="a_b@example.org", consent_data=True)
    assert pages(db, "a_") == [literal.id]
    assert plain.id not in pages(db, "_b")
