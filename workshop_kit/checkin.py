"""Check-in at the door: the one function every way in (scanner, camera, name search, CLI) calls.

``check_in`` identifies the person (badge token, typed short code or a participant id from a name
search), picks the session (from the clock unless the trainer chose one), records attendance and
logs the scan in ``checkin_events`` — failed scans too, with their reason — in one transaction.
The transaction is committed (``synchronous=FULL``) before the function returns, so a result the
screen shows green is on disk. Each scan event has its own UUID.

The laptop clock may be wrong: when no session of the workshop is running near the clock's time,
nothing is recorded and the result says ``no_session`` so the trainer picks the session.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from . import audit
from .badges import Badge, candidates, find_badge, is_token_format, issue_badge, normalise_short_code
from .changes import ChangeSet, record, writes
from .db import device_id, local_time, new_ordered_id
from .errors import NotFound, ValidationError
from .i18n import _, language
from .keyboard_layouts import layout_hint
from .participants import Participant
from .sqlconn import Database
from .textnorm import fold
from .workshops import Session

CHECKED_IN = "checked_in"
ALREADY = "already_checked_in"
UNKNOWN = "unknown"
REVOKED = "revoked"
NOT_ENROLLED = "not_enrolled"
NO_SESSION = "no_session"
STATUSES = (CHECKED_IN, ALREADY, UNKNOWN, REVOKED, NOT_ENROLLED, NO_SESSION)
UNDONE = "undone"
METHODS = ("scanner", "camera", "search", "manual")

EARLY_MINUTES = 60  # a session is "current" from an hour before it starts…
AFTER_END_MINUTES = 30  # …until half an hour after it ends
CLOCK_BACK_TOLERANCE = timedelta(minutes=5)

_SESSION_COLUMNS = "id, workshop_id, number, date, start_time, end_time, module_id, title"


@dataclass
class CheckinResult:
    """What the door screen shows and the CLI prints."""

    status: str
    message: str
    reason: str | None = None
    event_id: str | None = None
    participant_id: str | None = None
    display_name: str | None = None
    session: dict[str, Any] | None = None
    at: str | None = None  # UTC ISO time of this scan
    time: str | None = None  # local HH:MM of this scan
    checked_in_at: str | None = None  # local HH:MM of the (first) check-in for this session
    late: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in (CHECKED_IN, ALREADY)

    @property
    def changes(self) -> ChangeSet:
        """Every scan leaves a ``checkin_events`` row; only a first check-in changes attendance."""
        return ChangeSet(checkin_events=True, attendance=self.status == CHECKED_IN)

    @property
    def colour(self) -> str:
        """green: first check-in; amber: repeat or session to choose; red: refused."""
        return {CHECKED_IN: "green", ALREADY: "amber", NO_SESSION: "amber"}.get(self.status, "red")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# -- sessions and the clock ---------------------------------------------------------------------
def _at(d: str, hhmm: str) -> datetime:
    return datetime.fromisoformat(f"{d}T{hhmm}")


def _session(row: tuple) -> Session:
    return Session(*row)


def sessions_on(db: Database, workshop_id: str, day: date) -> list[Session]:
    rows = db.execute(
        f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE workshop_id = ? AND date = ? ORDER BY start_time",
        [workshop_id, day.isoformat()],
    ).fetchall()
    return [_session(r) for r in rows]


def current_session(db: Database, workshop_id: str, now: datetime | None = None) -> Session | None:
    """The session the clock points at: running, about to start (≤ 1 h), or just ended (≤ 30 min).

    Between two sessions of the day the next one wins when it starts within the hour (people come
    back early from lunch). None when the clock is nowhere near a session of this workshop.
    """
    now = _local(now)
    early, after = timedelta(minutes=EARLY_MINUTES), timedelta(minutes=AFTER_END_MINUTES)
    best: Session | None = None
    for s in sessions_on(db, workshop_id, now.date()):
        start, end = _at(s.date, s.start_time), _at(s.date, s.end_time)
        if start - early <= now <= end:
            return s  # sorted by start: a running session comes before the next one's early window
        if end < now <= end + after:
            best = s  # just ended; a later session within its early window still wins
    return best


def session_label(s: Session) -> str:
    return _("Session {number} · {date} {start}–{end}").format(
        number=s.number, date=s.date, start=s.start_time, end=s.end_time
    )


def _session_json(s: Session) -> dict[str, Any]:
    return s.to_json() | {"label": session_label(s)}


def get_session_by_id(db: Database, workshop_id: str, session_id: str) -> Session:
    row = db.execute(
        f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ? AND workshop_id = ?", [session_id, workshop_id]
    ).fetchone()
    if row is None:
        raise NotFound(_("This session does not belong to the workshop (or no longer exists)."))
    return _session(row)


def _local(now: datetime | None) -> datetime:
    """Naive local wall-clock time (sessions are stored in local time)."""
    if now is None:
        return datetime.now()
    return now.astimezone().replace(tzinfo=None) if now.tzinfo else now


def _utc_iso(local: datetime) -> str:
    return local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def local_hhmm(utc_iso: str | None) -> str | None:
    """``2026-03-10T08:12:00Z`` → the laptop's local ``09:12``."""
    moment = local_time(utc_iso)
    return moment.strftime("%H:%M") if moment else None


def clock_warning(db: Database, workshop_id: str, now: datetime | None = None) -> str | None:
    """A message when the laptop clock runs behind the scans already recorded (it was changed)."""
    latest = db.execute(
        "SELECT MAX((SELECT MAX(c.at) FROM checkin_events c WHERE c.session_id = s.id))"
        " FROM sessions s WHERE s.workshop_id = ?",
        [workshop_id],
    ).fetchone()[0]
    if not latest:
        return None
    now_utc = _local(now).astimezone(UTC)
    last = datetime.fromisoformat(latest.replace("Z", "+00:00"))
    if last - now_utc > CLOCK_BACK_TOLERANCE:
        return _("The laptop clock is behind the last recorded scan ({time}); check the date and time.").format(
            time=last.astimezone().strftime("%Y-%m-%d %H:%M")
        )
    return None


def _participant(db: Database, participant_id: str) -> Participant | None:
    cur = db.execute("SELECT * FROM participants WHERE id = ?", [participant_id])
    row = cur.fetchone()
    return Participant.from_row(dict(zip([d[0] for d in cur.description], row, strict=True))) if row else None


# -- the check-in --------------------------------------------------------------------------------
def _safe_scanned(text: str | None) -> str | None:
    """What of a scan is kept in the log: our own codes in full, anything else cut short.

    A QR code from another system may hold personal data (a vCard, an ID); only its start is kept.
    """
    if text is None:
        return None
    text = text.strip()
    if is_token_format(text) or normalise_short_code(text):
        return text[:64]
    return (text[:12] + "…") if len(text) > 12 else text


def _unknown_reason(text: str) -> tuple[str, str]:
    stripped = (text or "").strip()
    if not stripped:
        return "empty", _("Nothing was read. Scan again.")
    hint = layout_hint(stripped)
    if any(c.upper().startswith("WK") and "-" in c[:5] for c in candidates(stripped)):  # also AZERTY, Arabic
        message = _("Unknown badge: this code was not issued on this laptop's data.")
        return "unknown_token", f"{message} {hint}" if hint else message
    if hint:
        return "keyboard_layout", _("Unreadable code.") + " " + hint
    if "://" in stripped or stripped.upper().startswith(("BEGIN:", "WIFI:", "MECARD:")) or len(stripped) > 48:
        return "other_system", _("This code does not come from Workshop Kit (another system's QR code).")
    return "garbage", _("Unreadable code. Scan again, or type the short code printed on the badge.")


def check_in(*args: Any, **kwargs: Any) -> CheckinResult:
    """Check someone in (``_check_in``) and record what the scan changed (``CheckinResult.changes``)."""
    result = _check_in(*args, **kwargs)
    record(result.changes)
    return result


def _check_in(
    db: Database,
    workshop_id: str,
    scanned: str | None = None,
    *,
    participant_id: str | None = None,
    session_id: str | None = None,
    method: str = "scanner",
    now: datetime | None = None,
) -> CheckinResult:
    """Identify, choose the session, record; every call leaves one ``checkin_events`` row.

    ``scanned`` is a badge token or a typed short code; ``participant_id`` comes from a name search
    or a walk-in. ``session_id`` overrides the clock. ``now`` is the local time (tests, benchmarks).
    """
    if method not in METHODS:
        raise ValidationError(_("Unknown check-in method '{method}'.").format(method=method))
    _door_cache(db)
    local = _local(now)
    at = _utc_iso(local)
    hhmm = local.strftime("%H:%M")
    session = get_session_by_id(db, workshop_id, session_id) if session_id else current_session(db, workshop_id, local)
    result = CheckinResult(status=UNKNOWN, message="", at=at, time=hhmm)
    if session:
        result.session = _session_json(session)
        if session.date != local.date().isoformat():
            result.warnings.append(
                _("The chosen session is on {date}; the laptop clock says {today}.").format(
                    date=session.date, today=local.date().isoformat()
                )
            )

    badge: Badge | None = None
    participant: Participant | None = None
    kept_scan = _safe_scanned(scanned)
    door = None  # the person, their enrolment and the grace period, when the badge's statement read them
    if participant_id is None:
        found = _badge_at_door(db, scanned, workshop_id)
        badge, door = found if found is not None else (find_badge(db, scanned or ""), None)
        if badge is None:
            result.reason, result.message = _unknown_reason(scanned or "")
        elif badge.workshop_id != workshop_id:
            result.status, result.reason = NOT_ENROLLED, "other_workshop"
            title = db.execute("SELECT title FROM workshops WHERE id = ?", [badge.workshop_id]).fetchone()
            result.message = _("This badge is for another workshop: {title}.").format(title=title[0] if title else "?")
            participant_id = badge.participant_id
        else:
            participant_id = badge.participant_id
    enrolled, grace = False, 0
    if participant_id is not None:
        # One statement for the person, their enrolment and the workshop's grace period (was three);
        # none more when a badge was scanned (read with the badge).
        participant, enrolled, grace = door or _participant_at_door(db, participant_id, workshop_id)
        if participant is None:
            result.status, result.reason = UNKNOWN, "no_participant"
            result.message = _("This badge belongs to a participant who was deleted.")
        else:
            result.participant_id = participant.id
            result.display_name = participant.display_name(language())

    if participant is not None and result.reason is None:
        if participant.erased_at:
            result.status, result.reason = REVOKED, "erased"
            result.message = _("This participant's data was erased; the badge is no longer valid.")
        elif badge is not None and badge.revoked_at:
            result.status, result.reason = REVOKED, f"revoked:{badge.revoked_reason or ''}"
            result.message = _("{name}: this badge was revoked (lost or replaced). Use the new badge or search the name.").format(
                name=result.display_name
            )
        elif not enrolled:
            result.status, result.reason = NOT_ENROLLED, "not_enrolled"
            result.message = _("{name} is not enrolled in this workshop. Use 'Walk-in' to register them.").format(
                name=result.display_name
            )
        elif session is None:
            result.status, result.reason = NO_SESSION, "no_session"
            result.message = _(
                "No session of this workshop is running now ({time}, {date}). Check the laptop clock, "
                "or choose the session; nothing was recorded."
            ).format(time=hhmm, date=local.date().isoformat())
        else:
            result.status = CHECKED_IN  # decided below, inside the transaction

    with db.atomic():
        event_reason = result.reason
        if result.status == CHECKED_IN and session is not None and participant is not None:
            event_reason = _record_attendance(db, result, session, participant.id, grace, method, local, at)
        result.event_id = new_ordered_id()
        db.execute(
            "INSERT INTO checkin_events (id, session_id, participant_id, scanned, result, reason, method, device_id, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                result.event_id,
                session.id if session else None,
                participant.id if participant else None,
                kept_scan,
                result.status,
                event_reason,
                method,
                device_id(db),
                at,
            ],
        )
    return result


DOOR_CACHE_KIB = 16 * 1024


def _door_cache(db: Database) -> None:
    """Once per connection: a page cache big enough for the upper pages of every index the door
    walks (a million check-ins make about a thousand of them) and for the pages of the people already
    scanned today, so the next session's scans find them in memory. Pages are only taken as they are read."""
    if getattr(db, "_workshop_kit_door_cache", False):
        return
    if -db.execute("PRAGMA cache_size").fetchone()[0] < DOOR_CACHE_KIB:
        db.execute(f"PRAGMA cache_size = -{DOOR_CACHE_KIB}")
    db._workshop_kit_door_cache = True  # type: ignore[attr-defined]


# The person (only what the door shows), whether they are enrolled in workshop ?1, its grace minutes.
_PERSON_AT_DOOR = (
    "p.id, p.first_name, p.last_name, p.first_name_ar, p.last_name_ar, p.erased_at,"
    " EXISTS (SELECT 1 FROM enrolments e WHERE e.workshop_id = ?1 AND e.participant_id = p.id),"
    " (SELECT late_grace_minutes FROM workshops WHERE id = ?1)"
)
_BADGE_COLUMNS = "b.id, b.token, b.short_code, b.workshop_id, b.participant_id, b.issued_at, b.revoked_at, b.revoked_reason"


def _person(row: tuple) -> tuple[Participant | None, bool, int]:
    person = None if row[0] is None else Participant(
        id=row[0], first_name=row[1], last_name=row[2], first_name_ar=row[3], last_name_ar=row[4], erased_at=row[5])
    return person, bool(row[6]), int(row[7] or 0)


def _participant_at_door(db: Database, participant_id: str, workshop_id: str) -> tuple[Participant | None, bool, int]:
    """The person, their enrolment and the workshop's grace minutes, in one statement."""
    row = db.execute(f"SELECT {_PERSON_AT_DOOR} FROM participants p WHERE p.id = ?2", [workshop_id, participant_id]).fetchone()
    return _person(row) if row is not None else (None, False, 0)


def _badge_at_door(db: Database, scanned: str | None, workshop_id: str) -> tuple[Badge, tuple] | None:
    """A token scanned exactly as issued (the usual case): the badge and the person in one statement.
    None otherwise; ``find_badge`` then tries short codes and keyboard mix-ups."""
    text = (scanned or "").strip()
    if not is_token_format(text):
        return None
    row = db.execute(
        f"SELECT {_BADGE_COLUMNS}, {_PERSON_AT_DOOR} FROM badge_tokens b"
        " LEFT JOIN participants p ON p.id = b.participant_id WHERE b.token = ?2",
        [workshop_id, text],
    ).fetchone()
    return None if row is None else (Badge(*row[:8]), _person(row[8:]))


def _record_attendance(
    db: Database,
    result: CheckinResult,
    session: Session,
    participant_id: str,
    grace: int,
    method: str,
    local: datetime,
    at: str,
) -> str | None:
    """Insert (or upgrade absent/excused to) present/late; returns the event reason (undo uses it).

    A first scan is one statement: the row is inserted unless the person already has one for this
    session (the unique index decides); only then is the existing row read.
    """
    start = _at(session.date, session.start_time)
    late = local.date().isoformat() == session.date and local > start + timedelta(minutes=grace)
    status = "late" if late else "present"
    dev = device_id(db)
    inserted = db.execute(
        "INSERT INTO attendance (id, session_id, participant_id, status, checked_in_at, device_id, method,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (session_id, participant_id) DO NOTHING",
        [new_ordered_id(), session.id, participant_id, status, at, dev, method, at, at],
    ).rowcount
    existing = None if inserted else db.execute(
        "SELECT id, status, checked_in_at FROM attendance WHERE session_id = ? AND participant_id = ?",
        [session.id, participant_id],
    ).fetchone()
    if existing and existing[1] in ("present", "late"):
        result.status, result.reason = ALREADY, "repeat"
        result.checked_in_at = local_hhmm(existing[2]) or "?"
        result.late = existing[1] == "late"
        result.message = _("{name}: already checked in at {time}.").format(
            name=result.display_name, time=result.checked_in_at
        )
        return "repeat"
    if existing:
        db.execute(
            "UPDATE attendance SET status = ?, checked_in_at = ?, device_id = ?, method = ?, updated_at = ? WHERE id = ?",
            [status, at, dev, method, at, existing[0]],
        )
        reason = f"previous:{existing[1]}"
    else:
        reason = None
    result.late = late
    result.checked_in_at = result.time
    result.message = (
        _("Welcome {name} — late ({time}).") if late else _("Welcome {name}!")
    ).format(name=result.display_name, time=result.time)
    return "late" if late and reason is None else reason


# -- undo, counts, search, walk-ins ---------------------------------------------------------------
def last_undoable(db: Database, workshop_id: str) -> dict[str, Any] | None:
    """The newest successful check-in of the workshop recorded on this laptop and not yet undone."""
    row = db.execute(
        "SELECT c.id, c.participant_id, c.session_id, c.at FROM checkin_events c"
        " JOIN sessions s ON s.id = c.session_id"
        " WHERE s.workshop_id = ? AND c.result = ? AND c.device_id = ?"
        " AND NOT EXISTS (SELECT 1 FROM checkin_events u"
        "                 WHERE u.session_id = c.session_id AND u.result = ? AND u.reason = c.id)"
        " ORDER BY c.at DESC LIMIT 1",
        [workshop_id, CHECKED_IN, device_id(db), UNDONE],
    ).fetchone()
    if row is None:
        return None
    p = _participant(db, row[1]) if row[1] else None
    name = p.display_name(language()) if p else None
    return {"event_id": row[0], "participant_id": row[1], "session_id": row[2], "at": row[3], "display_name": name}


@writes(attendance=True, checkin_events=True)
def undo_checkin(db: Database, event_id: str, actor: str | None = None) -> dict[str, Any]:
    """Take back one check-in: remove the attendance it created (or restore the previous status)."""
    with db.atomic():
        ev = db.execute(
            "SELECT session_id, participant_id, at, result, reason FROM checkin_events WHERE id = ?", [event_id]
        ).fetchone()
        if ev is None or ev[3] != CHECKED_IN:
            raise NotFound(_("There is no check-in to undo."))
        if db.execute(
            "SELECT 1 FROM checkin_events WHERE session_id = ? AND result = ? AND reason = ?", [ev[0], UNDONE, event_id]
        ).fetchone():
            raise ValidationError(_("This check-in was already undone."))
        session_id, participant_id, at, _result, reason = ev
        att = db.execute(
            "SELECT id, checked_in_at FROM attendance WHERE session_id = ? AND participant_id = ?",
            [session_id, participant_id],
        ).fetchone()
        if att and att[1] == at:
            if reason and reason.startswith("previous:"):
                db.execute(
                    "UPDATE attendance SET status = ?, checked_in_at = NULL, updated_at = ? WHERE id = ?",
                    [reason.split(":", 1)[1], _utc_iso(datetime.now()), att[0]],
                )
            else:
                db.execute("DELETE FROM attendance WHERE id = ?", [att[0]])
        db.execute(
            "INSERT INTO checkin_events (id, session_id, participant_id, scanned, result, reason, method, device_id, at)"
            " VALUES (?, ?, ?, NULL, ?, ?, 'manual', ?, ?)",
            [new_ordered_id(), session_id, participant_id, UNDONE, event_id, device_id(db), _utc_iso(datetime.now())],
        )
        audit.log(db, "undo", "checkin", event_id, {"participant": participant_id, "session": session_id}, actor)
    return {"event_id": event_id, "participant_id": participant_id, "session_id": session_id}


def counts(db: Database, workshop_id: str, session_id: str | None) -> tuple[int, int]:
    """(present or late in the session, enrolled in the workshop) for the live counter."""
    expected = db.execute("SELECT COUNT(*) FROM enrolments WHERE workshop_id = ?", [workshop_id]).fetchone()[0]
    if not session_id:
        return 0, expected
    present = db.execute(
        "SELECT COUNT(*) FROM attendance WHERE session_id = ? AND status IN ('present', 'late')", [session_id]
    ).fetchone()[0]
    return present, expected


def search_enrolled(
    db: Database, workshop_id: str, text: str, session_id: str | None = None, limit: int = 20
) -> list[dict[str, Any]]:
    """Enrolled participants whose name, organisation or city matches (accents and harakat folded),
    in name order, with their check-in time for the session: the participants' indexed search."""
    from .participant_search import query_participants

    if not fold(text or "").split():
        return []
    ids = [r["id"] for r in query_participants(db, text, workshop_id=workshop_id, limit=limit)]
    if not ids:
        return []
    rows = db.execute(
        "SELECT p.*, a.status AS att_status, a.checked_in_at AS att_at FROM participants p"
        " LEFT JOIN attendance a ON a.participant_id = p.id AND a.session_id = ?"
        f" WHERE p.id IN ({', '.join('?' * len(ids))})",
        [session_id or "", *ids],
    )
    cols = [d[0] for d in rows.description]
    by_id = {row["id"]: row for row in (dict(zip(cols, r, strict=False)) for r in rows.fetchall())}
    out = []
    for pid in ids:
        row = by_id[pid]
        p = Participant.from_row(row)
        checked = row["att_status"] in ("present", "late")
        out.append(
            {
                "participant_id": p.id,
                "display_name": p.display_name(language()),
                "both_names": p.display_name(language(), both=True),
                "latin_name": p.latin_name,
                "arabic_name": p.arabic_name,
                "organisation": p.organisation_name,
                "checked_in_at": local_hhmm(row["att_at"]) if checked else None,
            }
        )
    return out


@writes(participants=True, enrolments=True)
def register_walk_in(
    db: Database,
    workshop_id: str,
    *,
    consent_data: bool,
    actor: str | None = None,
    **fields: Any,
) -> Participant:
    """Register, enrol and badge someone who turned up unannounced; a name and consent are enough."""
    from . import participants

    with db.atomic():
        p = participants.register_walk_in(db, workshop_id, consent=consent_data, actor=actor, **fields)
        issue_badge(db, workshop_id, p.id, actor=actor)
    return p
