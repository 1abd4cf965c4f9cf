"""Pre/post quiz scores per participant and module, and the knowledge gain donors ask for.

Scores are stored as points out of ``max_score``; gains are reported in percentage points of the
maximum (post % − pre %), averaged over participants who have both scores.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from . import audit
from .changes import writes
from .db import new_id, now_iso
from .errors import ValidationError
from .i18n import _
from .sqlconn import Database


@writes(quiz_scores=True)
def record_score(
    db: Database,
    workshop_id: str,
    participant_id: str,
    module_id: str,
    *,
    pre: float | None = None,
    post: float | None = None,
    max_score: float,
    actor: str | None = None,
) -> None:
    """Set the pre and/or post score (None leaves the other one as it was)."""
    if max_score <= 0:
        raise ValidationError(_("The maximum score must be more than 0."), "max_score")
    for label, value in (("pre", pre), ("post", post)):
        if value is not None and not 0 <= value <= max_score:
            raise ValidationError(
                _("A {which} score must be between 0 and {max}.").format(which=label, max=max_score), label
            )
    now = now_iso()
    with db.atomic():
        db.execute(
            """
            INSERT INTO quiz_scores (id, workshop_id, participant_id, module_id, pre_score, post_score, max_score, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (workshop_id, participant_id, module_id) DO UPDATE SET
                pre_score = COALESCE(excluded.pre_score, pre_score),
                post_score = COALESCE(excluded.post_score, post_score),
                max_score = excluded.max_score,
                updated_at = excluded.updated_at
            """,
            [new_id(), workshop_id, participant_id, module_id, pre, post, max_score, now],
        )
        audit.log(db, "score", "participant", participant_id, {"workshop": workshop_id, "module": module_id}, actor)


def scores(db: Database, workshop_id: str) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("SELECT * FROM quiz_scores WHERE workshop_id = ? ORDER BY module_id", [workshop_id])]


def knowledge_gain(db: Database, workshop_id: str | Sequence[str] | None = None) -> dict[str, Any]:
    """Average pre %, post % and gain (points of %) per module and overall.

    ``workshop_id`` is one workshop, a set of them (the programme view's filters) or ``None`` for
    every workshop. Only participants with both a pre and a post score count.
    """
    where = "WHERE pre_score IS NOT NULL AND post_score IS NOT NULL"
    params: list[Any] = []
    if isinstance(workshop_id, str):
        where += " AND workshop_id = ?"
        params.append(workshop_id)
    elif workshop_id is not None:
        params = list(workshop_id)
        where += f" AND workshop_id IN ({','.join('?' * len(params)) or 'NULL'})"
    rows = db.execute(
        f"""
        SELECT module_id, COUNT(*), AVG(100.0 * pre_score / max_score), AVG(100.0 * post_score / max_score)
        FROM quiz_scores {where} GROUP BY module_id ORDER BY module_id
        """,
        params,
    ).fetchall()
    modules = [
        {"module": m, "participants": n, "pre_pct": round(pre, 1), "post_pct": round(post, 1), "gain_pct": round(post - pre, 1)}
        for m, n, pre, post in rows
    ]
    total = db.execute(
        f"SELECT COUNT(*), AVG(100.0 * pre_score / max_score), AVG(100.0 * post_score / max_score) FROM quiz_scores {where}",
        params,
    ).fetchone()
    n, pre, post = total
    overall = (
        {"participants": n, "pre_pct": round(pre, 1), "post_pct": round(post, 1), "gain_pct": round(post - pre, 1)}
        if n
        else {"participants": 0, "pre_pct": None, "post_pct": None, "gain_pct": None}
    )
    return {"modules": modules, "overall": overall}
