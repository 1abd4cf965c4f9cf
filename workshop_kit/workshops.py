"""Workshops and their sessions (the days and time slots people attend)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from . import audit
from .changes import writes
from .db import new_id, new_ordered_id, now_iso
from .errors import NotFound, ValidationError
from .i18n import _, _n
from .sqlconn import Database
from .textclean import clean_line, clean_multiline

MAX_DAYS = 60
MAX_SESSIONS_PER_DAY = 6

# Usual slots of a training day: morning and afternoon, a lunch break in between.
_SLOTS: dict[int, list[tuple[str, str]]] = {
    1: [("09:00", "16:30")],
    2: [("09:00", "12:30"), ("14:00", "17:00")],
    3: [("09:00", "10:45"), ("11:00", "12:45"), ("14:00", "16:00")],
    4: [("09:00", "10:30"), ("10:45", "12:30"), ("14:00", "15:30"), ("15:45", "17:15")],
}


def default_slots(per_day: int) -> list[tuple[str, str]]:
    """Start/end times for ``per_day`` sessions; beyond four, equal slots from 08:30 to 18:00."""
    if per_day in _SLOTS:
        return _SLOTS[per_day]
    start = datetime.combine(date.today(), time(8, 30))
    length = (9 * 60 + 30) // per_day
    slots = []
    for i in range(per_day):
        s = start + timedelta(minutes=i * length)
        e = s + timedelta(minutes=length - 10)
        slots.append((s.strftime("%H:%M"), e.strftime("%H:%M")))
    return slots


@dataclass
class Session:
    id: str
    workshop_id: str
    number: int
    date: str
    start_time: str
    end_time: str
    module_id: str | None = None
    title: str | None = None

    @property
    def minutes(self) -> int:
        return _minutes(self.end_time) - _minutes(self.start_time)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "date": self.date,
            "start": self.start_time,
            "end": self.end_time,
            "module": self.module_id,
            "title": self.title,
        }


@dataclass
class Workshop:
    id: str
    title: str
    start_date: str
    end_date: str
    city: str | None = None
    venue: str | None = None
    modules: list[str] = field(default_factory=list)
    partner: str | None = None
    donor: str | None = None
    project_code: str | None = None
    attendance_threshold: float = 0.8
    late_grace_minutes: int = 15
    trainer_name: str | None = None
    language: str = "fr"
    organisation_id: str | None = None
    notes: str | None = None
    title_ar: str | None = None
    venue_ar: str | None = None
    trainer_name_ar: str | None = None
    trainer_gender: str | None = None  # "F", "M" or None (unknown)

    def title_in(self, lang: str) -> str:
        """The title to print in ``lang``: the Arabic one on Arabic documents when set."""
        return (self.title_ar if lang == "ar" else None) or self.title

    def venue_in(self, lang: str) -> str | None:
        return (self.venue_ar if lang == "ar" else None) or self.venue

    def trainer_in(self, lang: str) -> str | None:
        return (self.trainer_name_ar if lang == "ar" else None) or self.trainer_name

    def place_in(self, lang: str) -> str:
        """Venue and city, joined the way ``lang`` writes lists."""
        return ("، " if lang == "ar" and self.venue_ar else ", ").join(
            p for p in (self.venue_in(lang), self.city) if p)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Workshop:
        known = {f for f in cls.__dataclass_fields__}
        data = {k: v for k, v in row.items() if k in known}
        data["modules"] = json.loads(row.get("modules") or "[]")
        return cls(**data)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def parse_date(value: str | date, field_name: str = "start") -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            _("{field}: '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14.").format(
                field=field_name, value=value
            ),
            field_name,
        ) from None


def parse_time(value: str, field_name: str = "start") -> str:
    try:
        return time.fromisoformat(value.strip()).strftime("%H:%M")
    except (ValueError, AttributeError):
        raise ValidationError(
            _("{field}: '{value}' is not a time; write it as HH:MM, e.g. 09:30.").format(
                field=field_name, value=value
            ),
            field_name,
        ) from None


def check_gender(value: str | None) -> str | None:
    """``F``/``M`` (also "femme", "homme", "أنثى"…), ``None`` when empty or not said."""
    from .participant_fields import parse_gender

    if not (value or "").strip():
        return None
    code = parse_gender(value)
    if code is None:
        raise ValidationError(_("The trainer's gender is F, M or empty; not '{value}'.").format(value=value),
                              "trainer_gender")
    return code if code in ("F", "M") else None


def _check_threshold(value: float) -> float:
    value = float(value)
    if value > 1:
        value = value / 100  # "80" means 80 %
    if not 0 <= value <= 1:
        raise ValidationError(_("The attendance threshold must be between 0 and 100 %."), "attendance_threshold")
    return value


@writes(workshops=True, sessions=True)
def create_workshop(
    db: Database,
    *,
    title: str,
    start: str | date,
    days: int = 1,
    sessions_per_day: int = 2,
    city: str | None = None,
    venue: str | None = None,
    modules: list[str] | tuple[str, ...] = (),
    partner: str | None = None,
    donor: str | None = None,
    project_code: str | None = None,
    attendance_threshold: float = 0.8,
    late_grace_minutes: int = 15,
    trainer_name: str | None = None,
    language: str = "fr",
    organisation_id: str | None = None,
    notes: str | None = None,
    title_ar: str | None = None,
    venue_ar: str | None = None,
    trainer_name_ar: str | None = None,
    trainer_gender: str | None = None,
    actor: str | None = None,
) -> tuple[Workshop, list[Session]]:
    """Create a workshop with ``days`` × ``sessions_per_day`` sessions in usual time slots."""
    title = clean_line(title) or ""
    city, venue, partner, donor, project_code, trainer_name = (
        clean_line(v) or None for v in (city, venue, partner, donor, project_code, trainer_name))
    title_ar, venue_ar, trainer_name_ar = (clean_line(v) or None for v in (title_ar, venue_ar, trainer_name_ar))
    trainer_gender = check_gender(trainer_gender)
    notes = clean_multiline(notes) or None
    if not title:
        raise ValidationError(_("A workshop needs a title."), "title")
    start_d = parse_date(start)
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(_("--days must be between 1 and {max}.").format(max=MAX_DAYS), "days")
    if not 1 <= sessions_per_day <= MAX_SESSIONS_PER_DAY:
        raise ValidationError(
            _("--sessions-per-day must be between 1 and {max}.").format(max=MAX_SESSIONS_PER_DAY),
            "sessions_per_day",
        )
    threshold = _check_threshold(attendance_threshold)
    end_d = start_d + timedelta(days=days - 1)
    now = now_iso()
    workshop = Workshop(
        id=new_id(),
        title=title,
        start_date=start_d.isoformat(),
        end_date=end_d.isoformat(),
        city=city,
        venue=venue,
        modules=list(modules),
        partner=partner,
        donor=donor,
        project_code=project_code,
        attendance_threshold=threshold,
        late_grace_minutes=late_grace_minutes,
        trainer_name=trainer_name,
        language=language,
        organisation_id=organisation_id,
        notes=notes,
        title_ar=title_ar,
        venue_ar=venue_ar,
        trainer_name_ar=trainer_name_ar,
        trainer_gender=trainer_gender,
    )
    sessions: list[Session] = []
    slots = default_slots(sessions_per_day)
    number = 1
    for day in range(days):
        d = (start_d + timedelta(days=day)).isoformat()
        for s, e in slots:
            sessions.append(Session(new_ordered_id(), workshop.id, number, d, s, e))
            number += 1
    with db.atomic():
        row = workshop.to_json() | {"modules": json.dumps(workshop.modules), "created_at": now, "updated_at": now}
        _insert(db, "workshops", row)
        for session in sessions:
            _insert(db, "sessions", _session_row(session, now))
        audit.log(db, "create", "workshop", workshop.id, {"title": title, "sessions": len(sessions)}, actor)
    return workshop, sessions


def _session_row(s: Session, now: str) -> dict[str, Any]:
    return {
        "id": s.id,
        "workshop_id": s.workshop_id,
        "number": s.number,
        "date": s.date,
        "start_time": s.start_time,
        "end_time": s.end_time,
        "module_id": s.module_id,
        "title": s.title,
        "created_at": now,
        "updated_at": now,
    }


def _insert(db: Database, table: str, row: dict[str, Any]) -> None:
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))


def get_workshop(db: Database, ref: str) -> Workshop:
    """Find a workshop by id, by a unique id prefix (≥ 4 characters) or by exact title."""
    ref = (ref or "").strip()
    rows = list(db.query("SELECT * FROM workshops WHERE id = ?", [ref]))
    if not rows and len(ref) >= 4:
        # Literal prefix: '%' and '_' in what was typed are characters, not wildcards.
        rows = list(db.query("SELECT * FROM workshops WHERE substr(id, 1, ?) = ?", [len(ref), ref]))
    if not rows:
        rows = list(db.query("SELECT * FROM workshops WHERE title = ?", [ref]))
    if len(rows) > 1:
        raise ValidationError(_("'{ref}' matches several workshops; give more of the id.").format(ref=ref))
    if not rows:
        raise NotFound(
            _("No workshop '{ref}'. See the list with: workshop-kit workshop list").format(ref=ref)
        )
    return Workshop.from_row(rows[0])


def list_workshops(db: Database) -> list[dict[str, Any]]:
    """Workshops, newest first, with their session and participant counts."""
    rows = db.query(
        """
        SELECT w.*,
               (SELECT COUNT(*) FROM sessions s WHERE s.workshop_id = w.id) AS session_count,
               (SELECT COUNT(*) FROM enrolments e WHERE e.workshop_id = w.id) AS participant_count
        FROM workshops w ORDER BY w.start_date DESC, w.title
        """
    )
    out = []
    for row in rows:
        item = Workshop.from_row(row).to_json()
        item["session_count"] = row["session_count"]
        item["participant_count"] = row["participant_count"]
        out.append(item)
    return out


_EDITABLE = {
    "title",
    "city",
    "venue",
    "start_date",
    "end_date",
    "modules",
    "partner",
    "donor",
    "project_code",
    "attendance_threshold",
    "late_grace_minutes",
    "trainer_name",
    "language",
    "organisation_id",
    "notes",
    "title_ar",
    "venue_ar",
    "trainer_name_ar",
    "trainer_gender",
}


@writes(workshops=True)
def update_workshop(db: Database, workshop_id: str, actor: str | None = None, **changes: Any) -> Workshop:
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise ValidationError(_n("Unknown workshop field(s): {names}", len(unknown)).format(names=", ".join(sorted(unknown))))
    current = get_workshop(db, workshop_id)
    for key, value in changes.items():
        if isinstance(value, str):
            changes[key] = clean_multiline(value) if key == "notes" else clean_line(value)
    for key in ("title_ar", "venue_ar", "trainer_name_ar"):
        if key in changes:
            changes[key] = changes[key] or None  # empty: the French form is printed
    if "trainer_gender" in changes:
        changes["trainer_gender"] = check_gender(changes["trainer_gender"])
    if "title" in changes and not (changes["title"] or "").strip():
        raise ValidationError(_("A workshop needs a title."), "title")
    for key in ("start_date", "end_date"):
        if key in changes:
            changes[key] = parse_date(changes[key], key).isoformat()
    start = changes.get("start_date", current.start_date)
    end = changes.get("end_date", current.end_date)
    if end < start:
        raise ValidationError(_("The end date is before the start date."), "end_date")
    if "attendance_threshold" in changes:
        changes["attendance_threshold"] = _check_threshold(changes["attendance_threshold"])
    if "modules" in changes:
        changes["modules"] = json.dumps(list(changes["modules"]))
    if not changes:
        return current
    changes["updated_at"] = now_iso()
    sets = ", ".join(f"{k} = ?" for k in changes)
    with db.atomic():
        db.execute(f"UPDATE workshops SET {sets} WHERE id = ?", [*changes.values(), current.id])
        audit.log(db, "update", "workshop", current.id, {k: v for k, v in changes.items() if k != "updated_at"}, actor)
    return get_workshop(db, current.id)


@writes(workshops=True, sessions=True, enrolments=True, attendance=True, checkin_events=True, badge_tokens=True, certificates=True, quiz_scores=True)
def delete_workshop(db: Database, workshop_id: str, actor: str | None = None) -> None:
    w = get_workshop(db, workshop_id)
    with db.atomic():
        db.execute("DELETE FROM workshops WHERE id = ?", [w.id])
        audit.log(db, "delete", "workshop", w.id, {"title": w.title}, actor)


def list_sessions(db: Database, workshop_id: str) -> list[Session]:
    rows = db.query(
        "SELECT id, workshop_id, number, date, start_time, end_time, module_id, title"
        " FROM sessions WHERE workshop_id = ? ORDER BY number",
        [workshop_id],
    )
    return [Session(**r) for r in rows]


def get_session(db: Database, workshop_id: str, number: int) -> Session:
    rows = list(
        db.query(
            "SELECT id, workshop_id, number, date, start_time, end_time, module_id, title"
            " FROM sessions WHERE workshop_id = ? AND number = ?",
            [workshop_id, number],
        )
    )
    if not rows:
        raise NotFound(_("This workshop has no session {number}.").format(number=number))
    return Session(**rows[0])


@writes(sessions=True)
def add_session(
    db: Database,
    workshop_id: str,
    *,
    date_: str,
    start: str,
    end: str,
    module_id: str | None = None,
    title: str | None = None,
    actor: str | None = None,
) -> Session:
    w = get_workshop(db, workshop_id)
    title = clean_line(title) or None
    d = parse_date(date_, "date").isoformat()
    s, e = parse_time(start, "start"), parse_time(end, "end")
    if e <= s:
        raise ValidationError(_("A session must end after it starts."), "end")
    with db.atomic():
        number = db.execute(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM sessions WHERE workshop_id = ?", [w.id]
        ).fetchone()[0]
        session = Session(new_ordered_id(), w.id, number, d, s, e, module_id, title)
        _insert(db, "sessions", _session_row(session, now_iso()))
        _widen_dates(db, w, d)
        audit.log(db, "create", "session", session.id, {"number": number, "date": d}, actor)
    return session


@writes(sessions=True)
def update_session(db: Database, session_id: str, actor: str | None = None, **changes: Any) -> None:
    allowed = {"date", "start_time", "end_time", "module_id", "title"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(_n("Unknown session field(s): {names}", len(unknown)).format(names=", ".join(sorted(unknown))))
    if isinstance(changes.get("title"), str):
        changes["title"] = clean_line(changes["title"]) or None
    if "date" in changes:
        changes["date"] = parse_date(changes["date"], "date").isoformat()
    for key in ("start_time", "end_time"):
        if key in changes:
            changes[key] = parse_time(changes[key], key)
    row = db.execute("SELECT start_time, end_time, workshop_id FROM sessions WHERE id = ?", [session_id]).fetchone()
    if row is None:
        raise NotFound(_("This session no longer exists."))
    if changes.get("end_time", row[1]) <= changes.get("start_time", row[0]):
        raise ValidationError(_("A session must end after it starts."), "end_time")
    changes["updated_at"] = now_iso()
    sets = ", ".join(f"{k} = ?" for k in changes)
    with db.atomic():
        db.execute(f"UPDATE sessions SET {sets} WHERE id = ?", [*changes.values(), session_id])
        if "date" in changes:
            _widen_dates(db, get_workshop(db, row[2]), changes["date"])
        audit.log(db, "update", "session", session_id, {k: v for k, v in changes.items() if k != "updated_at"}, actor)


@writes(sessions=True, attendance=True)
def delete_session(db: Database, session_id: str, actor: str | None = None) -> None:
    """Delete a session (its attendance goes with it); the others are numbered again without gaps."""
    with db.atomic():
        row = db.execute("SELECT workshop_id FROM sessions WHERE id = ?", [session_id]).fetchone()
        db.execute("DELETE FROM sessions WHERE id = ?", [session_id])
        audit.log(db, "delete", "session", session_id, None, actor)
        if row is not None:
            renumber_sessions(db, row[0])


@writes(sessions=True)
def renumber_sessions(db: Database, workshop_id: str) -> None:
    """Number the workshop's sessions 1, 2, 3… in their current order (sign-in sheets and the grid show them)."""
    rows = db.execute("SELECT id FROM sessions WHERE workshop_id = ? ORDER BY number", [workshop_id]).fetchall()
    db.execute("UPDATE sessions SET number = -number WHERE workshop_id = ?", [workshop_id])
    db.conn.executemany("UPDATE sessions SET number = ? WHERE id = ?", [(i, r[0]) for i, r in enumerate(rows, 1)])


def attendance_count(db: Database, session_id: str) -> int:
    """Attendance records of one session (what removing it would take away)."""
    return db.execute("SELECT COUNT(*) FROM attendance WHERE session_id = ?", [session_id]).fetchone()[0]


def _widen_dates(db: Database, w: Workshop, d: str) -> None:
    start, end = min(w.start_date, d), max(w.end_date, d)
    if (start, end) != (w.start_date, w.end_date):
        db.execute("UPDATE workshops SET start_date = ?, end_date = ? WHERE id = ?", [start, end, w.id])
