"""The workshop agenda: module sessions placed on the workshop's days and times.

Each placed module session becomes one workshop session in the database (date, start, end =
start + its minutes, module id, title), so attendance and certificates follow the real programme.
A day is packed from 09:00 with a short break between sessions and the lunch break kept free; the
trainer may then move sessions between days, change their order or set a start time by hand.
"""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from . import workshops as ws
from .changes import writes
from .curricula import Catalog
from .errors import ValidationError
from .i18n import _, _n
from .sqlconn import Database

DAY_START = "09:00"
BREAK_MINUTES = 15
LUNCH = ("12:30", "14:00")
DAY_END = "18:00"


def to_minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def to_hhmm(minutes: int) -> str:
    minutes = max(0, min(minutes, 23 * 60 + 59))
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass
class AgendaEntry:
    """One module session at a day and time."""

    module_id: str
    session_index: int  # 0-based index in the module's sessions
    title: str
    minutes: int
    date: str
    start: str
    session_id: str | None = None  # the database session it is saved in
    missing: bool = False  # the module is not installed on this computer

    @property
    def end(self) -> str:
        return to_hhmm(to_minutes(self.start) + self.minutes)

    def to_json(self) -> dict[str, Any]:
        return {"module": self.module_id, "session": self.session_index + 1, "title": self.title,
                "minutes": self.minutes, "date": self.date, "start": self.start, "end": self.end,
                "missing": self.missing}


@dataclass
class Agenda:
    workshop_id: str
    days: list[str]
    entries: list[AgendaEntry] = field(default_factory=list)
    modules: list[str] = field(default_factory=list)

    def day(self, day: str) -> list[AgendaEntry]:
        return sorted((e for e in self.entries if e.date == day), key=lambda e: (e.start, e.module_id, e.session_index))

    def totals(self) -> dict[str, dict[str, Any]]:
        """Per day: training minutes, first start, last end, and whether it runs past the day's end."""
        out = {}
        for d in self.days:
            items = self.day(d)
            minutes = sum(e.minutes for e in items)
            first = items[0].start if items else None
            last = max((e.end for e in items), default=None)
            out[d] = {"minutes": minutes, "sessions": len(items), "start": first, "end": last,
                      "overfull": bool(last and last > DAY_END)}
        return out

    def total_minutes(self) -> int:
        return sum(e.minutes for e in self.entries)

    def placed(self, module_id: str, index: int) -> AgendaEntry | None:
        return next((e for e in self.entries if e.module_id == module_id and e.session_index == index), None)

    def next_free(self, day: str, minutes: int) -> str:
        """The first time after the day's last session (after a break), skipping lunch."""
        items = self.day(day)
        start = to_minutes(items[-1].end) + BREAK_MINUTES if items else to_minutes(DAY_START)
        return to_hhmm(_skip_lunch(start, minutes))

    def add(self, catalog: Catalog, module_id: str, index: int, day: str, lang: str = "fr",
            start: str | None = None) -> AgendaEntry:
        if day not in self.days:
            raise ValidationError(_("{day} is not a day of this workshop.").format(day=day), "date")
        module = catalog.get(module_id)
        text, _fallback = module.text(lang)
        if not 0 <= index < len(text.sessions):
            raise ValidationError(_("Module {id} has no session {n}.").format(id=module_id, n=index + 1), "session")
        existing = self.placed(module_id, index)
        if existing is not None:
            self.entries.remove(existing)
        session = text.sessions[index]
        entry = AgendaEntry(module_id, index, session.title, session.minutes, day,
                            start or self.next_free(day, session.minutes),
                            session_id=existing.session_id if existing else None)
        self.entries.append(entry)
        if module_id not in self.modules:
            self.modules.append(module_id)
        return entry

    def add_module(self, catalog: Catalog, module_id: str, lang: str = "fr", first_day: str | None = None,
                   *, core_only: bool = False) -> None:
        """Place every session of a module (``core_only``: its core sessions, the short path), filling days
        in order from ``first_day``."""
        module = catalog.get(module_id)
        text, _fallback = module.text(lang)
        day_i = self.days.index(first_day) if first_day in self.days else 0
        for i, s in enumerate(text.sessions):
            if self.placed(module_id, i) or (core_only and not s.core):
                continue
            while day_i < len(self.days) - 1 and to_minutes(self.next_free(self.days[day_i], s.minutes)) + s.minutes \
                    > to_minutes(DAY_END):
                day_i += 1
            self.add(catalog, module_id, i, self.days[day_i], lang)

    def remove(self, entry: AgendaEntry) -> None:
        self.entries.remove(entry)

    def move(self, entry: AgendaEntry, day: str) -> None:
        """Move to another day, at its next free time."""
        if day not in self.days:
            raise ValidationError(_("{day} is not a day of this workshop.").format(day=day), "date")
        old = entry.date
        self.entries.remove(entry)
        entry.date, entry.start = day, self.next_free(day, entry.minutes)
        self.entries.append(entry)
        self.pack(old)

    def shift(self, entry: AgendaEntry, step: int) -> None:
        """Move earlier (-1) or later (+1) within its day; the day is packed again."""
        items = self.day(entry.date)
        i = items.index(entry)
        j = max(0, min(len(items) - 1, i + step))
        items.insert(j, items.pop(i))
        self._pack_order(items)

    def set_start(self, entry: AgendaEntry, start: str) -> None:
        entry.start = ws.parse_time(start, "start")

    def pack(self, day: str) -> None:
        """Lay the day's sessions out again from its first start, with breaks and lunch."""
        self._pack_order(self.day(day))

    def _pack_order(self, items: list[AgendaEntry]) -> None:
        t = to_minutes(min((e.start for e in items), default=DAY_START))
        for e in items:
            t = _skip_lunch(t, e.minutes)
            e.start = to_hhmm(t)
            t += e.minutes + BREAK_MINUTES

    def to_json(self) -> dict[str, Any]:
        totals = self.totals()
        return {
            "workshop": self.workshop_id,
            "modules": self.modules,
            "total_minutes": self.total_minutes(),
            "days": [{"date": d, **totals[d], "sessions": [e.to_json() for e in self.day(d)]} for d in self.days],
        }


def _skip_lunch(start: int, minutes: int) -> int:
    lunch_start, lunch_end = to_minutes(LUNCH[0]), to_minutes(LUNCH[1])
    if start < lunch_end and start + minutes > lunch_start:
        return lunch_end
    return start


def workshop_days(workshop: ws.Workshop) -> list[str]:
    start, end = date.fromisoformat(workshop.start_date), date.fromisoformat(workshop.end_date)
    return [(start + timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]


def _session_index(catalog: Catalog, module_id: str, title: str | None, taken: set[int]) -> int | None:
    module = catalog.modules.get(module_id)
    if module is None:
        return None
    if title:
        for text in module.texts.values():
            for i, s in enumerate(text.sessions):
                if s.title == title and i not in taken:
                    return i
    count = len(module.text()[0].sessions) if module.texts else 0
    return next((i for i in range(count) if i not in taken), None)


def load_agenda(db: Database, workshop_id: str, catalog: Catalog, lang: str = "fr") -> Agenda:
    """The agenda as saved: every workshop session that has a module. Unknown modules stay, marked missing."""
    w = ws.get_workshop(db, workshop_id)
    agenda = Agenda(w.id, workshop_days(w), modules=list(w.modules))
    taken: dict[str, set[int]] = {}
    for s in ws.list_sessions(db, w.id):
        if not s.module_id:
            continue
        used = taken.setdefault(s.module_id, set())
        index = _session_index(catalog, s.module_id, s.title, used)
        if index is None:
            agenda.entries.append(AgendaEntry(s.module_id, len(used), s.title or s.module_id, s.minutes, s.date,
                                              s.start_time, s.id, missing=s.module_id not in catalog))
            used.add(len(used))
            continue
        used.add(index)
        text, _fallback = catalog.modules[s.module_id].text(lang)
        title = text.sessions[index].title if index < len(text.sessions) else (s.title or "")
        agenda.entries.append(AgendaEntry(s.module_id, index, title, s.minutes, s.date, s.start_time, s.id))
        if s.module_id not in agenda.modules:
            agenda.modules.append(s.module_id)
        if s.date not in agenda.days:
            agenda.days = sorted({*agenda.days, s.date})
    return agenda


def _has_attendance(db: Database, session_id: str) -> bool:
    return db.execute(
        "SELECT EXISTS(SELECT 1 FROM attendance WHERE session_id = ?) OR EXISTS(SELECT 1 FROM checkin_events WHERE session_id = ?)",
        [session_id, session_id],
    ).fetchone()[0] == 1


MODES = ("replace", "merge")


@dataclass
class AgendaChange:
    """One session the save would touch: ``kind`` is update, add, clear or remove."""

    kind: str
    date: str
    start: str
    end: str
    title: str | None
    number: int | None = None  # the session's number before the save (None for an added one)
    attendance: int = 0  # attendance records attached to that session

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class EligibilityChange:
    participant_id: str
    name: str
    before: float
    after: float
    eligible_before: bool
    eligible_after: bool
    certificate: str | None  # the number of an issued, not revoked, certificate


@dataclass
class AgendaPlan:
    """What saving the agenda would do, worked out inside a transaction that is then rolled back."""

    mode: str
    sessions_before: int
    sessions_after: int
    changes: list[AgendaChange]
    eligibility: list[EligibilityChange]
    counts: dict[str, int]

    @property
    def certificates_affected(self) -> list[EligibilityChange]:
        """Holders of an issued certificate who would no longer meet the attendance rule."""
        return [e for e in self.eligibility if e.certificate and e.eligible_before and not e.eligible_after]


class _DryRun(Exception):
    def __init__(self, plan: AgendaPlan) -> None:
        super().__init__("dry run")
        self.plan = plan


def plan_agenda(db: Database, agenda: Agenda, mode: str = "replace") -> AgendaPlan:
    """Preview a save: the sessions changed, added, cleared or removed, and whose eligibility changes.

    The save itself runs inside a transaction that is rolled back, so the preview cannot differ from
    what ``save_agenda`` then does.
    """
    try:
        with db.atomic():
            before = _eligibility_by_person(db, agenda.workshop_id)
            sessions_before = len(ws.list_sessions(db, agenda.workshop_id))
            changes: list[AgendaChange] = []
            counts = _apply(db, copy.deepcopy(agenda), mode, None, changes)
            after = _eligibility_by_person(db, agenda.workshop_id)
            plan = AgendaPlan(mode, sessions_before, len(ws.list_sessions(db, agenda.workshop_id)), changes,
                              _eligibility_changes(db, agenda.workshop_id, before, after), counts)
            raise _DryRun(plan)
    except _DryRun as dry:
        return dry.plan


@writes(sessions=True, workshops=True, attendance=True)
def save_agenda(db: Database, agenda: Agenda, actor: str | None = None, mode: str = "replace",
                allow_certificate_changes: bool = False) -> dict[str, int]:
    """Write the agenda to the workshop's sessions, in one transaction.

    ``replace`` (the default): each day's planned sessions take the day's existing session slots in
    time order (attendance recorded in a slot stays with it), extra ones are added, and empty slots
    left on a planned day are removed. ``merge``: only slots without attendance are reused; the
    others stay beside the planned sessions (each one lowers everyone's attendance rate).
    Sessions are then numbered in time order, without gaps. A save that would take the attendance
    rule away from someone holding an issued certificate is refused unless
    ``allow_certificate_changes`` says the trainer saw it (``plan_agenda`` lists them).
    """
    if mode not in MODES:
        raise ValidationError(_("Unknown way of saving the agenda: {mode}.").format(mode=mode), "mode")
    for e in agenda.entries:
        if e.end <= e.start:
            raise ValidationError(_("'{title}' on {day} ends after midnight; start it earlier.").format(
                title=e.title, day=e.date), "start")
    with db.atomic():
        before = _eligibility_by_person(db, agenda.workshop_id) if not allow_certificate_changes else {}
        counts = _apply(db, agenda, mode, actor, [])
        if not allow_certificate_changes:
            after = _eligibility_by_person(db, agenda.workshop_id)
            lost = [e for e in _eligibility_changes(db, agenda.workshop_id, before, after)
                    if e.certificate and e.eligible_before and not e.eligible_after]
            if lost:
                raise ValidationError(_n(
                    "Saving this agenda would leave %n issued certificate(s) without the attendance they were "
                    "issued for ({names}). Nothing was saved.", len(lost)).format(
                    names=", ".join(e.name for e in lost)), "sessions")
    return counts


def _apply(db: Database, agenda: Agenda, mode: str, actor: str | None, changes: list[AgendaChange]) -> dict[str, int]:
    counts = {"updated": 0, "added": 0, "cleared": 0, "removed": 0}
    w = ws.get_workshop(db, agenda.workshop_id)
    existing = {s.id: s for s in ws.list_sessions(db, w.id)}
    attended = {s: _attendance_count(db, s) for s in existing}
    busy = {s: _has_attendance(db, s) for s in existing}  # attendance or a logged scan
    kept = {e.session_id for e in agenda.entries if e.session_id in existing}
    free = sorted((s for s in existing.values() if s.id not in kept and not s.module_id
                   and (mode == "replace" or not busy[s.id])), key=lambda s: (s.date, s.start_time))
    for e in sorted(agenda.entries, key=lambda x: (x.date, x.start)):
        fields = {"date": e.date, "start_time": e.start, "end_time": e.end, "module_id": e.module_id, "title": e.title}
        if e.session_id not in existing:
            reuse = next((s for s in free if s.date == e.date), None)
            e.session_id = reuse.id if reuse else None
            if reuse:
                free.remove(reuse)
        if e.session_id:
            old = existing[e.session_id]
            if (old.date, old.start_time, old.end_time, old.module_id, old.title) != (
                    e.date, e.start, e.end, e.module_id, e.title):
                changes.append(AgendaChange("update", e.date, e.start, e.end, e.title, old.number,
                                            attended[old.id]))
            ws.update_session(db, e.session_id, actor=actor, **fields)
            counts["updated"] += 1
        else:
            s = ws.add_session(db, w.id, date_=e.date, start=e.start, end=e.end, module_id=e.module_id,
                               title=e.title, actor=actor)
            e.session_id = s.id
            changes.append(AgendaChange("add", e.date, e.start, e.end, e.title))
            counts["added"] += 1
    placed = {e.session_id for e in agenda.entries}
    planned_days = {e.date for e in agenda.entries}
    for s in existing.values():
        if s.id in placed:
            continue
        if s.module_id:
            ws.update_session(db, s.id, actor=actor, module_id=None, title=None)
            changes.append(AgendaChange("clear", s.date, s.start_time, s.end_time, s.title, s.number, attended[s.id]))
            counts["cleared"] += 1
        elif s.date in planned_days and s in free and not busy[s.id]:
            ws.delete_session(db, s.id, actor=actor)
            changes.append(AgendaChange("remove", s.date, s.start_time, s.end_time, s.title, s.number))
            counts["removed"] += 1
    _renumber(db, w.id)
    modules = list(dict.fromkeys([*agenda.modules, *(e.module_id for e in agenda.entries)]))
    ws.update_workshop(db, w.id, actor=actor, modules=modules)
    return counts


def _attendance_count(db: Database, session_id: str) -> int:
    return db.execute("SELECT COUNT(*) FROM attendance WHERE session_id = ?", [session_id]).fetchone()[0]


def _eligibility_by_person(db: Database, workshop_id: str) -> dict[str, Any]:
    from .attendance import eligibility

    return {e.participant_id: e for e in eligibility(db, workshop_id)}


def _eligibility_changes(db: Database, workshop_id: str, before: dict[str, Any],
                         after: dict[str, Any]) -> list[EligibilityChange]:
    from .participants import get_participant

    certs = dict(db.execute("SELECT participant_id, number FROM certificates WHERE workshop_id = ? AND revoked_at IS NULL",
                            [workshop_id]).fetchall())
    out = []
    for pid, b in before.items():
        a = after.get(pid)
        if a is None or (round(a.rate, 4), a.eligible) == (round(b.rate, 4), b.eligible):
            continue
        out.append(EligibilityChange(pid, get_participant(db, pid).display_name(), b.rate, a.rate, b.eligible,
                                     a.eligible, certs.get(pid)))
    return out


def _renumber(db: Database, workshop_id: str) -> None:
    rows = db.execute(
        "SELECT id FROM sessions WHERE workshop_id = ? ORDER BY date, start_time, number", [workshop_id]
    ).fetchall()
    db.execute("UPDATE sessions SET number = -number WHERE workshop_id = ?", [workshop_id])
    db.conn.executemany("UPDATE sessions SET number = ? WHERE id = ?", [(i, r[0]) for i, r in enumerate(rows, 1)])


def missing_modules(workshop: ws.Workshop, catalog: Catalog) -> list[str]:
    """Modules the workshop lists that are not installed here (e.g. written on another laptop)."""
    return [m for m in workshop.modules if m not in catalog]
