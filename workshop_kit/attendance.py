"""Attendance per participant and session: the certificate eligibility rule, the grid and its corrections.

A session counts as attended when the participant's status is ``present`` or ``late``; ``excused``
sessions are left out of the denominator (an excused absence does not cost a certificate);
``absent`` or no row at all counts as not attended. A participant is eligible when
attended / counted sessions ≥ the workshop's ``attendance_threshold`` (0–1).

The grid (participants × sessions with totals and eligibility) is what the attendance page, the
``attendance`` command and the exports show; every correction of a cell is written to the audit log
with the status before and after, so a coordinator can answer a donor's auditor.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from . import audit
from .changes import writes
from .db import device_id, new_id, now_iso
from .errors import NotFound, ValidationError
from .i18n import N_, _, translate
from .participants import Participant, enrolled, get_participant
from .sqlconn import Database
from .workshops import Session, Workshop, get_session, get_workshop, list_sessions

ATTENDED = ("present", "late")
STATUSES = ("present", "late", "absent", "excused")


@dataclass
class Eligibility:
    participant_id: str
    sessions: int
    attended: int
    excused: int
    minutes_attended: int
    rate: float
    threshold: float
    eligible: bool

    @property
    def needed(self) -> int:
        """Sessions to attend for the rule, out of the counted ones."""
        import math

        return math.ceil(round(self.threshold * self.counted, 6))

    @property
    def counted(self) -> int:
        return max(0, self.sessions - self.excused)

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"needed": self.needed}


def eligibility(db: Database, workshop_id: str) -> list[Eligibility]:
    """Eligibility of every enrolled participant, in one query."""
    row = db.execute(
        "SELECT attendance_threshold FROM workshops WHERE id = ?", [workshop_id]
    ).fetchone()
    threshold = float(row[0]) if row else 0.8
    total = db.execute("SELECT COUNT(*) FROM sessions WHERE workshop_id = ?", [workshop_id]).fetchone()[0]
    rows = db.execute(
        """
        SELECT e.participant_id,
               SUM(CASE WHEN a.status IN ('present', 'late') THEN 1 ELSE 0 END),
               SUM(CASE WHEN a.status = 'excused' THEN 1 ELSE 0 END),
               SUM(CASE WHEN a.status IN ('present', 'late')
                        THEN (CAST(substr(s.end_time, 1, 2) AS INTEGER) * 60 + CAST(substr(s.end_time, 4, 2) AS INTEGER))
                           - (CAST(substr(s.start_time, 1, 2) AS INTEGER) * 60 + CAST(substr(s.start_time, 4, 2) AS INTEGER))
                        ELSE 0 END)
        FROM enrolments e
        LEFT JOIN sessions s ON s.workshop_id = e.workshop_id
        LEFT JOIN attendance a ON a.session_id = s.id AND a.participant_id = e.participant_id
        WHERE e.workshop_id = ?
        GROUP BY e.participant_id
        """,
        [workshop_id],
    ).fetchall()
    result = []
    for pid, attended, excused, minutes in rows:
        attended, excused, minutes = attended or 0, excused or 0, minutes or 0
        counted = total - excused
        rate = attended / counted if counted > 0 else 0.0
        eligible = counted > 0 and rate + 1e-9 >= threshold
        result.append(Eligibility(pid, total, attended, excused, minutes, rate, threshold, eligible))
    return result


def eligibility_of(db: Database, workshop_id: str, participant_id: str) -> Eligibility | None:
    for item in eligibility(db, workshop_id):
        if item.participant_id == participant_id:
            return item
    return None


# -- the attendance grid (participants × sessions), edits with an audit trail ------------------------

STATUS_LABELS = {
    "present": N_("present"),
    "late": N_("late"),
    "absent": N_("absent"),
    "excused": N_("excused"),
}


def status_label(status: str | None, lang: str | None = None) -> str:
    """The status as a user reads it ("" when nothing is recorded)."""
    return translate(STATUS_LABELS[status], lang) if status in STATUS_LABELS else ""


# How an attendance was recorded (``attendance.method``), as a user reads it.
METHOD_LABELS = {
    "scanner": N_("badge scanner"),
    "camera": N_("camera"),
    "search": N_("name search"),
    "manual": N_("entered by hand"),
    "import": N_("imported"),
    "bundle": N_("from another laptop"),
}


def method_label(method: str | None, lang: str | None = None) -> str:
    """The check-in method as a user reads it ("" when none; an unknown value is shown as stored)."""
    if not method:
        return ""
    return translate(METHOD_LABELS[method], lang) if method in METHOD_LABELS else method


@dataclass
class GridRow:
    participant: Participant
    statuses: dict[str, str]  # session id → status (missing = nothing recorded)
    eligibility: Eligibility

    @property
    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATUSES, 0)
        for status in self.statuses.values():
            out[status] += 1
        return out


@dataclass
class Grid:
    """Everything the attendance page and the exports show, read in three queries."""

    workshop: Workshop
    sessions: list[Session]
    rows: list[GridRow]
    details: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)  # (session, participant)

    def session_totals(self) -> dict[str, dict[str, int]]:
        """Per session: how many present, late, absent, excused, unrecorded and attended."""
        totals = {s.id: dict.fromkeys((*STATUSES, "none", "attended"), 0) for s in self.sessions}
        for row in self.rows:
            for s in self.sessions:
                status = row.statuses.get(s.id)
                totals[s.id][status or "none"] += 1
                if status in ATTENDED:
                    totals[s.id]["attended"] += 1
        return totals

    def to_json(self) -> dict[str, Any]:
        totals = self.session_totals()
        return {
            "workshop": {"id": self.workshop.id, "title": self.workshop.title,
                         "threshold": self.workshop.attendance_threshold},
            "sessions": [s.to_json() | {"totals": totals[s.id]} for s in self.sessions],
            "participants": [
                {
                    "id": r.participant.id,
                    "name": r.participant.display_name(),
                    "statuses": {s.number: r.statuses.get(s.id) for s in self.sessions},
                    "totals": r.counts,
                    "eligibility": r.eligibility.to_json(),
                }
                for r in self.rows
            ],
        }


def grid(db: Database, workshop_id: str) -> Grid:
    """The attendance grid of a workshop: enrolled participants × sessions, with eligibility."""
    w = get_workshop(db, workshop_id)
    sessions = list_sessions(db, w.id)
    people = enrolled(db, w.id)
    elig = {e.participant_id: e for e in eligibility(db, w.id)}
    statuses: dict[str, dict[str, str]] = {p.id: {} for p in people}
    details: dict[tuple[str, str], dict[str, Any]] = {}
    for r in db.query(
        "SELECT a.session_id, a.participant_id, a.status, a.checked_in_at, a.method, a.device_id"
        " FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE s.workshop_id = ?",
        [w.id],
    ):
        if r["participant_id"] in statuses:
            statuses[r["participant_id"]][r["session_id"]] = r["status"]
            details[(r["session_id"], r["participant_id"])] = r
    rows = [GridRow(p, statuses[p.id], elig[p.id]) for p in people]
    return Grid(w, sessions, rows, details)


@writes(attendance=True)
def set_status(
    db: Database,
    session_id: str,
    participant_id: str,
    status: str | None,
    actor: str | None = None,
) -> bool:
    """Set (or with ``None`` clear) one cell of the grid; audited. Returns False when nothing changed.

    A manual edit keeps the original check-in time (it shows when the person was scanned).
    """
    if status is not None and status not in STATUSES:
        raise ValidationError(
            _("Unknown attendance status '{status}'; use present, late, absent or excused.").format(status=status),
            "status",
        )
    session = db.execute("SELECT workshop_id, number FROM sessions WHERE id = ?", [session_id]).fetchone()
    if session is None:
        raise NotFound(_("This session no longer exists."))
    if not db.execute(
        "SELECT 1 FROM enrolments WHERE workshop_id = ? AND participant_id = ?", [session[0], participant_id]
    ).fetchone():
        raise ValidationError(_("This participant is not enrolled in the workshop; enrol them first."))
    now = now_iso()
    with db.atomic():
        old = db.execute(
            "SELECT id, status FROM attendance WHERE session_id = ? AND participant_id = ?",
            [session_id, participant_id],
        ).fetchone()
        old_status = old[1] if old else None
        if old_status == status:
            return False
        if status is None:
            db.execute("DELETE FROM attendance WHERE id = ?", [old[0]])
            row_id = old[0]
        elif old:
            db.execute(
                "UPDATE attendance SET status = ?, updated_at = ?, device_id = ?, method = 'manual' WHERE id = ?",
                [status, now, device_id(db), old[0]],
            )
            row_id = old[0]
        else:
            row_id = new_id()
            db.execute(
                "INSERT INTO attendance (id, session_id, participant_id, status, checked_in_at, device_id, method,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, 'manual', ?, ?)",
                [row_id, session_id, participant_id, status, device_id(db), now, now],
            )
        audit.log(
            db,
            "set_status",
            "attendance",
            row_id,
            {"session": session_id, "session_number": session[1], "participant": participant_id,
             "from": old_status, "to": status},
            actor,
        )
    return True


@writes(attendance=True)
def set_status_by_number(
    db: Database, workshop_id: str, session_number: int, participant_id: str, status: str | None,
    actor: str | None = None,
) -> bool:
    """``set_status`` for the CLI: the session by its number, the participant by id or id prefix."""
    w = get_workshop(db, workshop_id)
    session = get_session(db, w.id, session_number)
    participant = get_participant(db, participant_id)
    return set_status(db, session.id, participant.id, status, actor)


def history(db: Database, workshop_id: str) -> list[dict[str, Any]]:
    """The audit trail of grid edits for a workshop, oldest first."""
    ids = {s.id for s in list_sessions(db, workshop_id)}
    return [e for e in audit.entries(db, "attendance") if e["details"] and e["details"].get("session") in ids]
