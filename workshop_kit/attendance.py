"""Attendance per participant and session, and the certificate eligibility rule.

A session counts as attended when the participant's status is ``present`` or ``late``; ``excused``
sessions are left out of the denominator (an excused absence does not cost a certificate);
``absent`` or no row at all counts as not attended. A participant is eligible when
attended / counted sessions ≥ the workshop's ``attendance_threshold`` (0–1).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlite_utils import Database

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
