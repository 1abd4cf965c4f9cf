"""Registration rules: names in two scripts, phones, e-mails, birth years, consent, walk-ins, search."""

from __future__ import annotations

from datetime import date

import pytest

from workshop_kit import countries
from workshop_kit import participants as P
from workshop_kit.errors import ValidationError
from workshop_kit.phones import normalise_phone


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("06 12 34 56 78", "+212612345678"),
        ("0612345678", "+212612345678"),
        ("+212 (0)6 12 34 56 78", "+212612345678"),
        ("00212 6 12 34 56 78", "+212612345678"),
        ("212612345678", "+212612345678"),
        ("612345678", "+212612345678"),  # the leading 0 a spreadsheet dropped
        ("٠٦١٢٣٤٥٦٧٨", "+212612345678"),
        ("05.37.12.34.56", "+212537123456"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("0033 6 12 34 56 78", "+33612345678"),
        ("+221 77 123 45 67", "+221771234567"),
    ],
)
def test_phones_are_normalised_to_e164(typed: str, e164: str) -> None:
    assert normalise_phone(typed) == e164


@pytest.mark.parametrize("bad", ["123", "06 12", "+212 9 12 34 56 78", "call me", "0033"])
def test_impossible_phones_are_refused_with_an_example(bad: str) -> None:
    with pytest.raises(ValidationError, match="06 12 34 56 78"):
        normalise_phone(bad)


def test_countries_are_found_by_name_in_three_languages() -> None:
    assert countries.lookup("Maroc") == countries.lookup("المغرب") == countries.lookup("morocco") == "MA"
    assert countries.lookup("Sénégal") == countries.lookup("senegal") == "SN"
    assert countries.lookup("Ivoirienne") == "CI"
    assert countries.lookup("Atlantis") is None
    assert countries.name_of("MA", "ar") == "المغرب"
    assert countries.sorted_for("fr")[0].code == "MA"
    assert len(countries.all_countries()) > 240


def test_form_validation_reports_every_problem_with_its_field() -> None:
    clean, problems = P.clean_fields(
        {"first_name": "فاطمة", "email": "fatima@", "birth_year": "1890", "phone": "12", "gender": "?"},
        today=date(2026, 3, 1),
    )
    fields = {p.field for p in problems}
    assert fields == {"first_name", "email", "birth_year", "phone", "gender"}
    assert clean["email"] is None


def test_a_name_in_either_script_is_enough_but_not_none() -> None:
    _clean, problems = P.clean_fields({"first_name_ar": "خديجة"})
    assert problems == []
    _clean, problems = P.clean_fields({"city": "Rabat"})
    assert [p.field for p in problems] == ["first_name"]


def test_birth_year_gives_age_band_and_age_is_stored_as_band_only() -> None:
    clean, _ = P.clean_fields({"last_name": "A", "birth_year": "1990"}, today=date(2026, 1, 1))
    assert clean["age_band"] == "35-44"
    clean, problems = P.clean_fields({"last_name": "A", "age": "23"})
    assert problems == [] and clean["age_band"] == "18-24" and "age" not in clean




def test_add_participant_stores_clean_values(db) -> None:
    p = P.add_participant(db, first_name=" Fatima ", last_name="El Idrissi", phone="06 12 34 56 78",
                          email="Fatima@Example.org", nationality="Maroc", gender="femme", consent_data=True,
                          consent_recorded_by="Salma")
    assert (p.phone, p.email, p.nationality, p.gender) == ("+212612345678", "fatima@example.org", "MA", "F")
    assert p.consent_data == 1 and p.consent_date == date.today().isoformat() and p.consent_recorded_by == "Salma"
    with pytest.raises(ValidationError, match="e-mail"):
        P.add_participant(db, first_name="X", email="not-an-email")
    arabic = P.add_participant(db, first_name="خديجة", last_name="Alaoui", consent_data=True)
    assert (arabic.first_name, arabic.first_name_ar, arabic.last_name) == (None, "خديجة", "Alaoui")


def test_update_participant_logs_field_names_not_values(db) -> None:
    from workshop_kit import audit

    p = P.add_participant(db, first_name="Omar", consent_data=True)
    P.update_participant(db, p.id, actor="t", phone="0612000000", city="Oujda")
    entry = [e for e in audit.entries(db, "participant", p.id) if e["action"] == "update"][0]
    assert entry["details"] == {"fields": ["city", "phone"]}
    assert "0612000000" not in str(entry)
    assert P.get_participant(db, p.id).phone == "+212612000000"


def test_split_name_separates_scripts_and_keeps_particles_in_family_name() -> None:
    assert P.split_name("Fatima El Idrissi") == {
        "first_name": "Fatima", "last_name": "El Idrissi", "first_name_ar": None, "last_name_ar": None}
    assert P.split_name("  خديجة   العلوي ")["first_name_ar"] == "خديجة"
    mixed = P.split_name("Omar Zerouali عمر الزروالي")
    assert (mixed["last_name"], mixed["last_name_ar"]) == ("Zerouali", "الزروالي")
    assert P.split_name("Abdel Kader Ben Ali")["first_name"] == "Abdel Kader"
    assert P.split_name("Mariam") == {"first_name": "Mariam", "last_name": None, "first_name_ar": None, "last_name_ar": None}


def test_walk_in_needs_consent_and_is_enrolled(db, demo) -> None:
    with pytest.raises(ValidationError, match="Consent"):
        P.register_walk_in(db, demo.id, "Awa Ndiaye", False, actor="desk")
    before = P.count(db)
    p = P.register_walk_in(db, demo.id, "Awa Ndiaye", True, actor="desk")
    assert P.count(db) == before + 1
    assert p.consent_recorded_by == "desk" and p.last_name == "Ndiaye"
    assert p.id in {x.id for x in P.enrolled(db, demo.id)}


def test_search_ignores_case_accents_harakat_and_finds_partial_words(db, demo) -> None:
    P.add_participant(db, first_name_ar="مُحَمَّد", last_name_ar="الإدريسي", consent_data=True)
    names = lambda text: {(r["first_name"] or r["first_name_ar"]) for r in P.query_participants(db, text)}  # noqa: E731
    assert names("grace") == {"Grâce"}
    assert names("GRÂC") == {"Grâce"}
    assert names("idri") == {"Fatima"}
    assert names("محمد") >= {"مُحَمَّد"}
    assert names("ادريسي") == {"Fatima", "مُحَمَّد"}  # hamza folded
    assert names("fatima rabat") == {"Fatima"}  # every word must match
    assert names("ra") >= {"Fatima", "Rachid"}  # short words too
    assert names("zzzz") == set()


def test_search_finds_phone_as_typed_locally(db) -> None:
    P.add_participant(db, first_name="Sara", phone="+212 6 11 22 33 44", consent_data=True)
    P.add_participant(db, first_name="Rim", phone="+212 6 99 22 33 11", consent_data=True)
    for typed in ("06 11 22 33 44", "0611223344", "+212 611", "11 22 33"):
        assert [r["first_name"] for r in P.query_participants(db, typed)] == ["Sara"], typed


def test_list_for_workshop_reports_badge_status(db, demo) -> None:
    from workshop_kit.db import new_id, now_iso

    db.execute("DELETE FROM badge_tokens WHERE workshop_id = ?", [demo.id])  # the demo prints badges for all
    people = P.enrolled(db, demo.id)
    active, revoked = people[0], people[1]
    for person, revoked_at in ((active, None), (revoked, now_iso())):
        db.execute(
            "INSERT INTO badge_tokens (id, token, short_code, workshop_id, participant_id, issued_at, revoked_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [new_id(), new_id(), new_id()[:6], demo.id, person.id, now_iso(), revoked_at],
        )
    status = {i["id"]: i["badge_status"] for i in P.list_for_workshop(db, demo.id)}
    assert status[active.id] == "active" and status[revoked.id] == "revoked"
    assert list(status.values()).count("none") == len(people) - 2


def test_sorting_and_paging(db, demo) -> None:
    first_page = P.query_participants(db, workshop_id=demo.id, sort="name", limit=5)
    second_page = P.query_participants(db, workshop_id=demo.id, sort="name", limit=5, offset=5)
    assert len(first_page) == 5 and not {r["id"] for r in first_page} & {r["id"] for r in second_page}
    desc = P.query_participants(db, workshop_id=demo.id, sort="name", descending=True, limit=None)
    asc = P.query_participants(db, workshop_id=demo.id, sort="name", limit=None)
    assert [r["id"] for r in desc] == [r["id"] for r in reversed(asc)]
    assert P.count_participants(db, "agadir") == 2 and P.count_participants(db, "أكادير") == 2


def test_history_lists_each_workshop_with_attendance(db, demo) -> None:
    from workshop_kit.db import new_id, now_iso
    from workshop_kit.workshops import create_workshop, list_sessions

    person = P.enrolled(db, demo.id)[0]
    other, _ = create_workshop(db, title="Suivi", start="2025-01-10")
    P.enrol(db, other.id, person.id)
    s = list_sessions(db, demo.id)[0]
    db.execute("INSERT INTO attendance (id, session_id, participant_id, status, created_at, updated_at)"
               " VALUES (?, ?, ?, 'present', ?, ?)", [new_id(), s.id, person.id, now_iso(), now_iso()])
    items = P.history(db, person.id)
    assert [i["title"] for i in items] == [demo.title, "Suivi"]
    assert items[0]["attended"] == 1 and items[0]["sessions"] == 6


@pytest.mark.parametrize("window", [4000, 10])  # the first rows in order fill a page / they do not
def test_short_searches_give_the_same_sorted_pages_by_either_path(db, window, monkeypatch) -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from _common import fill_participants

    fill_participants(db, 800)
    from workshop_kit import participant_search

    monkeypatch.setattr(participant_search, "SHORT_SEARCH_WINDOW", window)
    everyone = P.query_participants(db, limit=None)
    for text, descending in (("a", False), ("ou", True), ("z", False)):
        stored = dict(db.execute("SELECT id, search_text FROM participants").fetchall())
        expected = [r["id"] for r in (reversed(everyone) if descending else everyone) if text in stored[r["id"]]]
        got = P.query_participants(db, text, limit=200, descending=descending)
        assert [r["id"] for r in got] == expected[:200], text


def test_the_core_refuses_a_registration_without_consent(db) -> None:
    """Every door (form, door desk, import, CLI, scripts) goes through add_participant: it checks consent
    itself rather than trusting each caller to."""
    with pytest.raises(ValidationError, match="Consent to data use is missing"):
        P.add_participant(db, first_name="Amina", last_name="Test", consent_data=0)
    assert db.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 0
    p = P.add_participant(db, first_name="Amina", last_name="Test", consent_data=1)
    assert p.consent_data and p.consent_date


def test_one_way_to_write_a_name_in_every_language_and_list(db) -> None:
    """Badges, certificates, the participants list, the CLI list and the attendance corrections agree."""
    from workshop_kit.cli.participants import _name
    from workshop_kit.participant_search import list_for_workshop
    from workshop_kit.workshops import create_workshop

    w, _ = create_workshop(db, title="Atelier", start="2026-03-01")
    p = P.add_participant(db, first_name="Fatima", last_name="El Idrissi", first_name_ar="فاطمة",
                          last_name_ar="الإدريسي", consent_data=True)
    P.enrol(db, w.id, p.id)
    assert p.display_name("fr") == "Fatima El Idrissi" and p.display_name("ar") == "فاطمة الإدريسي"
    assert P.display_name(p.__dict__, "ar", both=True) == "فاطمة الإدريسي / Fatima El Idrissi"
    row = list_for_workshop(db, w.id)[0]
    assert _name(row) == "Fatima El Idrissi / فاطمة الإدريسي"
    nameless = P.display_name({"first_name": None, "last_name": None})
    assert nameless == "(no name)" and _name({"first_name": None}) == nameless  # the CLI used to print "?"
