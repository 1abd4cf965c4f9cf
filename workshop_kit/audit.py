"""Audit log: what changed, when, on which device, by whom. Never holds erased personal data."""

from __future__ import annotations

import json
from typing import Any

from .db import device_id, new_id, now_iso
from .sqlconn import Database


def log(
    db: Database,
    action: str,
    entity: str,
    entity_id: str | None = None,
    details: dict[str, Any] | None = None,
    actor: str | None = None,
) -> None:
    db.execute(
        "INSERT INTO audit_log (id, at, device_id, actor, action, entity, entity_id, details)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            new_id(),
            now_iso(),
            device_id(db),
            actor,
            action,
            entity,
            entity_id,
            json.dumps(details, ensure_ascii=False, default=str) if details else None,
        ],
    )


def entries(db: Database, entity: str | None = None, entity_id: str | None = None) -> list[dict]:
    where, params = [], []
    if entity:
        where.append("entity = ?")
        params.append(entity)
    if entity_id:
        where.append("entity_id = ?")
        params.append(entity_id)
    sql = "SELECT * FROM audit_log" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY at"
    rows = [dict(r) for r in db.query(sql, params)]
    for row in rows:
        row["details"] = json.loads(row["details"]) if row["details"] else None
    return rows
