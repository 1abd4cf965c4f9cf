"""The agenda builder: placing module sessions on days, totals, saving to the workshop's sessions."""

from __future__ import annotations

from workshop_kit import curricula, workshops
from workshop_kit.curricula_agenda import Agenda, load_agenda, save_agenda


def _catalog():
    return curricula.load_catalog(None)


def test_totals_per_day_and_lunch_kept_free(db, demo):
    catalog = _catalog()
    agenda = load_agenda(db, demo.id, catalog, "fr")
    day1, day2, _day3 = agenda.days
    agenda.add_module(catalog, "m04-protection", "fr", day1)  # 75 + 60 + 75 minutes
    items = agenda.day(day1)
    assert [(e.start, e.end) for e in items] == [("09:00", "10:15"), ("10:30", "11:30"), ("14:00", "15:15")]
    agenda.add(catalog, "m05-personal-data", 0, day2, "fr")
    totals = agenda.totals()
    assert totals[day1]["minutes"] == 210 and totals[day1]["sessions"] == 3
    assert totals[day2]["minutes"] == 75 and totals[day2]["end"] == "10:15"
    assert agenda.total_minutes() == 285


def test_move_and_shift_repack_the_day(db, demo):
    catalog = _catalog()
    agenda = load_agenda(db, demo.id, catalog)
    day1, day2, _ = agenda.days
    agenda.add_module(catalog, "m04-protection", "fr", day1)
    last = agenda.day(day1)[-1]
    agenda.shift(last, -2)
    assert agenda.day(day1)[0] is last and last.start == "09:00"
    agenda.move(last, day2)
    assert last.date == day2 and last.start == "09:00"
    assert agenda.totals()[day1]["minutes"] == 135


def test_save_updates_sessions_with_their_module_and_reloads(db, demo):
    workshops.update_workshop(db, demo.id, modules=["m99-retired-module"])
    catalog = _catalog()
    agenda = load_agenda(db, demo.id, catalog, "fr")
    day1 = agenda.days[0]
    agenda.add_module(catalog, "m04-protection", "fr", day1)
    counts = save_agenda(db, agenda, actor="test")
    assert counts["updated"] == 2 and counts["added"] == 1  # two empty day-1 slots reused, one added
    sessions = workshops.list_sessions(db, demo.id)
    planned = [s for s in sessions if s.module_id == "m04-protection"]
    assert [(s.date, s.start_time, s.end_time) for s in planned] == [
        (day1, "09:00", "10:15"), (day1, "10:30", "11:30"), (day1, "14:00", "15:15")]
    assert [s.number for s in sessions] == list(range(1, len(sessions) + 1))
    w = workshops.get_workshop(db, demo.id)
    assert "m04-protection" in w.modules and "m99-retired-module" in w.modules  # not installed, kept
    again = load_agenda(db, demo.id, catalog, "ar")
    assert [(e.module_id, e.session_index) for e in again.day(day1)] == [
        ("m04-protection", 0), ("m04-protection", 1), ("m04-protection", 2)]
    assert again.day(day1)[0].title == catalog.get("m04-protection").texts["ar"].sessions[0].title


def test_module_not_installed_is_shown_missing_not_a_crash(db, demo):
    sessions = workshops.list_sessions(db, demo.id)
    workshops.update_session(db, sessions[0].id, module_id="m99-retired-module", title="Les mots comptent")
    agenda = load_agenda(db, demo.id, _catalog())
    entry = agenda.day(agenda.days[0])[0]
    assert entry.missing and entry.module_id == "m99-retired-module" and entry.title == "Les mots comptent"
    assert isinstance(agenda, Agenda) and agenda.totals()[agenda.days[0]]["minutes"] == sessions[0].minutes
    save_agenda(db, agenda)  # saving keeps it
    assert workshops.list_sessions(db, demo.id)[0].module_id == "m99-retired-module"


def _attended_two_days(db, demo):
    """The trainer's case: 2 days × 2 sessions, everyone present at all four, certificates issued."""
    from tests.certhelpers import mark

    for s in workshops.list_sessions(db, demo.id)[4:]:
        workshops.delete_session(db, s.id)
    people = [r[0] for r in db.execute("SELECT participant_id FROM enrolments WHERE workshop_id = ?", [demo.id])]
    for pid in people:
        mark(db, demo.id, pid, ["present"] * 4)
    number = "WK-TEST-0001"
    db.execute("INSERT INTO certificates (id, number, workshop_id, participant_id, issued_at) VALUES (?, ?, ?, ?, ?)",
               ["c1", number, demo.id, people[0], "2026-01-01T00:00:00"])
    return people


def test_replace_puts_the_agenda_in_the_existing_slots_and_keeps_attendance(db, demo):
    from workshop_kit.attendance import eligibility
    from workshop_kit.curricula_agenda import plan_agenda

    _attended_two_days(db, demo)
    catalog = _catalog()
    agenda = load_agenda(db, demo.id, catalog, "fr")
    day1, day2, _ = agenda.days
    agenda.add(catalog, "m04-protection", 0, day1, "fr")
    agenda.add(catalog, "m04-protection", 1, day1, "fr")
    agenda.add(catalog, "m05-personal-data", 0, day2, "fr")
    agenda.add(catalog, "m05-personal-data", 1, day2, "fr")
    plan = plan_agenda(db, agenda, "replace")
    assert (plan.sessions_before, plan.sessions_after) == (4, 4)
    assert [c.kind for c in plan.changes] == ["update"] * 4 and all(c.attendance == 12 for c in plan.changes)
    assert plan.eligibility == [] and plan.certificates_affected == []
    assert len(workshops.list_sessions(db, demo.id)) == 4  # the preview changed nothing
    save_agenda(db, agenda, actor="test")
    sessions = workshops.list_sessions(db, demo.id)
    assert [s.number for s in sessions] == [1, 2, 3, 4] and all(s.module_id for s in sessions)
    assert all(e.eligible and e.rate == 1 for e in eligibility(db, demo.id))


def test_merge_preview_shows_added_sessions_and_refuses_to_break_issued_certificates(db, demo):
    import pytest

    from workshop_kit.curricula_agenda import plan_agenda
    from workshop_kit.errors import ValidationError

    _attended_two_days(db, demo)
    catalog = _catalog()
    agenda = load_agenda(db, demo.id, catalog, "fr")
    day1, day2, _ = agenda.days
    for i in range(2):
        agenda.add(catalog, "m04-protection", i, day1, "fr")
        agenda.add(catalog, "m05-personal-data", i, day2, "fr")
    plan = plan_agenda(db, agenda, "merge")
    assert (plan.sessions_before, plan.sessions_after) == (4, 8)
    assert [c.kind for c in plan.changes] == ["add"] * 4
    assert len(plan.eligibility) == 12 and all(e.after == 0.5 for e in plan.eligibility)
    assert [e.certificate for e in plan.certificates_affected] == ["WK-TEST-0001"]
    with pytest.raises(ValidationError, match="1 issued certificate"):
        save_agenda(db, agenda, actor="test", mode="merge")
    assert len(workshops.list_sessions(db, demo.id)) == 4
    save_agenda(db, agenda, actor="test", mode="merge", allow_certificate_changes=True)
    assert [s.number for s in workshops.list_sessions(db, demo.id)] == list(range(1, 9))
