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
