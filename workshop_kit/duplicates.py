"""Finding the same person registered twice, merging two records, or remembering they differ.

Names are compared on a key that ignores case, accents, harakat, the article (El/Al/ال), the order
of first and last name, and the usual transliteration variants (Mohamed/Mohammed/Muhammad,
Youssef/Yousef/Youcef, Abdelkader/Abdulqadir…). Same e-mail also matches. Same phone (E.164) only
proposes a pair for review: families and migrants often share one phone, so an import never takes a
shared phone for the same person (``importing`` reports it as a possible duplicate) and nothing here
merges on it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import audit
from .changes import writes
from .db import now_iso
from .errors import ValidationError
from .i18n import _
from .participants import CONSENT_FIELDS, PERSONAL_FIELDS, get_participant, search_text
from .sqlconn import Database
from .textnorm import fold

# Particles written either apart or joined ("Ben Ali"/"Benali", "El Fassi"/"Elfassi", "Abdel Kader"):
# glued to the next word so both spellings give the same word.
_PARTICLES = {"el", "al", "ben", "bin", "ibn", "ould", "ait", "abd", "abdel", "abdul", "abdal", "abdou", "bou", "abou",
              "abu", "بن", "ابن", "ولد", "ايت", "عبد", "ابو", "بو"}
MAX_GROUP = 60  # a key shared by more records than this is too common to be a signal


@lru_cache(maxsize=1 << 16)
def latin_word_key(word: str) -> str:
    """A consonant skeleton of one Latin word that survives transliteration variants."""
    w = fold(word).replace(" ", "")
    for a, b in (("ph", "f"), ("ch", "sh"), ("dj", "j"), ("kh", "k"), ("gh", "g"), ("q", "k"), ("ck", "k"),
                 ("ou", "u"), ("w", "u"), ("z", "s"), ("x", "ks")):
        w = w.replace(a, b)
    w = re.sub(r"c(?=[eiy])", "s", w).replace("c", "k")
    w = re.sub(r"h$", "", w)
    if w.startswith(("el", "al")) and len(w) > 4:  # "Elidrissi", "Alaoui" written without a space
        w = w[2:] if w[2] not in "aeiouy" else w
    skeleton = w[0] + re.sub(r"[aeiouyh]", "", w[1:]) if w else ""
    return re.sub(r"(.)\1+", r"\1", skeleton)


@lru_cache(maxsize=1 << 16)
def arabic_word_key(word: str) -> str:
    w = fold(word).replace(" ", "")
    if w.startswith("ال") and len(w) > 3:
        w = w[2:]
    w = w.replace("ال", "") if w.startswith(("بن", "ابن", "عبد")) else w  # بن العربي / بنعربي
    return re.sub(r"(.)\1+", r"\1", w)


def name_key(first: str | None, last: str | None, arabic: bool = False) -> str | None:
    """Order-free key of a full name, or None when there is not enough of a name to compare."""
    words: list[str] = []
    glue = ""
    for w in fold(f"{first or ''} {last or ''}").split():
        if w in _PARTICLES:
            glue += w
            continue
        words.append(glue + w)
        glue = ""
    if glue:
        words.append(glue)
    keys = sorted(filter(None, ((arabic_word_key if arabic else latin_word_key)(w) for w in words)))
    if len(keys) < 2:
        return None
    return " ".join(keys)


def keys_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, key) pairs a record can be matched on."""
    out = []
    latin = name_key(row.get("first_name"), row.get("last_name"))
    if latin:
        out.append(("name", "l:" + latin))
    arabic = name_key(row.get("first_name_ar"), row.get("last_name_ar"), arabic=True)
    if arabic:
        out.append(("name", "a:" + arabic))
    if row.get("phone"):
        out.append(("phone", row["phone"]))
    if row.get("email"):
        out.append(("email", row["email"].strip().lower()))
    return out


@dataclass
class Candidate:
    """Two records that may be one person, and why."""

    a: str
    b: str
    reasons: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "reasons": self.reasons}


def find_duplicates(db: Database, participant_ids: list[str] | None = None) -> list[Candidate]:
    """Candidate pairs, strongest first (more reasons); pairs marked as different are left out."""
    from .importing import bulk

    cols = ("id", "first_name", "last_name", "first_name_ar", "last_name_ar", "phone", "email")
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    with bulk():  # 100k records: no garbage-collector passes over the growing groups
        for values in db.execute(f"SELECT {', '.join(cols)} FROM participants WHERE erased_at IS NULL"):
            row = dict(zip(cols, values, strict=True))
            for kind, key in keys_of(row):
                groups[(kind, key)].append(row["id"])
    distinct = {(a, b) for a, b in db.execute("SELECT participant_a, participant_b FROM distinct_people").fetchall()}
    wanted = set(participant_ids) if participant_ids else None
    pairs: dict[tuple[str, str], Candidate] = {}
    for (kind, _key), ids in groups.items():
        if len(ids) < 2 or (kind == "name" and len(ids) > MAX_GROUP):
            continue
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                pair = (a, b) if a < b else (b, a)
                if pair in distinct or (wanted and not (wanted & set(pair))):
                    continue
                cand = pairs.setdefault(pair, Candidate(*pair))
                if kind not in cand.reasons:
                    cand.reasons.append(kind)
    return sorted(pairs.values(), key=lambda c: (-len(c.reasons), c.a, c.b))


@writes(participants=True)
def mark_distinct(db: Database, a: str, b: str, actor: str | None = None) -> None:
    """Remember that two records are different people (detection stops proposing the pair)."""
    if a == b:
        raise ValidationError(_("Choose two different participants."))
    pa, pb = get_participant(db, a), get_participant(db, b)
    low, high = sorted((pa.id, pb.id))
    with db.atomic():
        db.execute(
            "INSERT OR IGNORE INTO distinct_people (participant_a, participant_b, decided_at, decided_by)"
            " VALUES (?, ?, ?, ?)",
            [low, high, now_iso(), actor],
        )
        audit.log(db, "mark_distinct", "participant", low, {"other": high}, actor)


_STATUS_RANK = {"present": 3, "late": 2, "excused": 1, "absent": 0}


@writes(participants=True, enrolments=True, attendance=True, checkin_events=True, badge_tokens=True, certificates=True, quiz_scores=True, outbox=True)
def merge(db: Database, keep_id: str, drop_id: str, actor: str | None = None) -> dict[str, int]:
    """Merge ``drop_id`` into ``keep_id``: history moves to the kept record, then ``drop_id`` goes.

    Empty fields of the kept record are filled from the other one. Where both records have a row
    that must be unique (one attendance per session, one certificate per workshop, one score per
    module), the better one is kept: the better attendance status, the certificate that is not
    revoked, the scores that exist. Returns how many rows moved per table.
    """
    keep, drop = get_participant(db, keep_id), get_participant(db, drop_id)
    if keep.id == drop.id:
        raise ValidationError(_("Choose two different participants."))
    if keep.erased_at or drop.erased_at:
        raise ValidationError(_("An erased participant cannot be merged."))
    moved: dict[str, int] = {}
    removed_certificates: list[str] = []
    k, d = keep.id, drop.id
    with db.atomic():
        # Fields: fill what the kept record lacks; consent from the record that has it, most recent first.
        kept = keep.to_json()
        other = drop.to_json()
        changes = {f: other[f] for f in PERSONAL_FIELDS if kept.get(f) in (None, "") and other.get(f) not in (None, "")}
        if other["consent_data"] and (not kept["consent_data"] or (other["consent_date"] or "") > (kept["consent_date"] or "")):
            changes.update({f: other[f] for f in CONSENT_FIELDS})
        if changes:
            merged = {**{f: kept[f] for f in PERSONAL_FIELDS}, **changes}
            changes["search_text"] = search_text(merged)
            changes["updated_at"] = now_iso()
            db.execute(f"UPDATE participants SET {', '.join(f'{c} = ?' for c in changes)} WHERE id = ?", [*changes.values(), k])

        # Enrolments: one per workshop.
        moved["enrolments"] = _move(db, "enrolments", k, d, conflict="workshop_id")
        # Attendance: one per session; keep the better status.
        for sid, d_status, d_at, d_method, d_dev in db.execute(
            "SELECT a.session_id, a.status, a.checked_in_at, a.method, a.device_id FROM attendance a"
            " WHERE a.participant_id = ? AND EXISTS (SELECT 1 FROM attendance b WHERE b.session_id = a.session_id"
            " AND b.participant_id = ?)", [d, k]
        ).fetchall():
            k_status = db.execute("SELECT status FROM attendance WHERE session_id = ? AND participant_id = ?", [sid, k]).fetchone()[0]
            if _STATUS_RANK[d_status] > _STATUS_RANK[k_status]:
                db.execute(
                    "UPDATE attendance SET status = ?, checked_in_at = ?, method = ?, device_id = ?, updated_at = ?"
                    " WHERE session_id = ? AND participant_id = ?", [d_status, d_at, d_method, d_dev, now_iso(), sid, k]
                )
        moved["attendance"] = _move(db, "attendance", k, d, conflict="session_id")
        # Certificates: one per workshop; a revoked one gives way to a valid one.
        for _wid, d_cert, d_revoked, k_cert, k_revoked in db.execute(
            "SELECT a.workshop_id, a.id, a.revoked_at, b.id, b.revoked_at FROM certificates a JOIN certificates b"
            " ON b.workshop_id = a.workshop_id AND b.participant_id = ? WHERE a.participant_id = ?", [k, d]
        ).fetchall():
            if k_revoked and not d_revoked:
                db.execute("UPDATE outbox SET certificate_id = ? WHERE certificate_id = ?", [d_cert, k_cert])
                db.execute("DELETE FROM certificates WHERE id = ?", [k_cert])
                db.execute("UPDATE certificates SET participant_id = ? WHERE id = ?", [k, d_cert])
                removed_certificates.append(k_cert)
            else:
                db.execute("UPDATE outbox SET certificate_id = ? WHERE certificate_id = ?", [k_cert, d_cert])
                removed_certificates.append(d_cert)
        moved["certificates"] = _move(db, "certificates", k, d, conflict="workshop_id")
        # Quiz scores: one per workshop and module; fill missing pre/post scores.
        for wid, mod, pre, post in db.execute(
            "SELECT a.workshop_id, a.module_id, a.pre_score, a.post_score FROM quiz_scores a WHERE a.participant_id = ?"
            " AND EXISTS (SELECT 1 FROM quiz_scores b WHERE b.participant_id = ? AND b.workshop_id = a.workshop_id"
            " AND b.module_id = a.module_id)", [d, k]
        ).fetchall():
            db.execute(
                "UPDATE quiz_scores SET pre_score = COALESCE(pre_score, ?), post_score = COALESCE(post_score, ?),"
                " updated_at = ? WHERE participant_id = ? AND workshop_id = ? AND module_id = ?",
                [pre, post, now_iso(), k, wid, mod],
            )
        moved["quiz_scores"] = _move(db, "quiz_scores", k, d, conflict="workshop_id, module_id")
        # Badges: all move; two active badges for one workshop would let one person in twice.
        moved["badge_tokens"] = db.execute("UPDATE badge_tokens SET participant_id = ? WHERE participant_id = ?", [k, d]).rowcount
        db.execute(
            "UPDATE badge_tokens SET revoked_at = ?, revoked_reason = 'merged' WHERE participant_id = ? AND revoked_at IS NULL"
            " AND rowid NOT IN (SELECT MIN(rowid) FROM badge_tokens WHERE participant_id = ? AND revoked_at IS NULL"
            " GROUP BY workshop_id)",
            [now_iso(), k, k],
        )
        moved["checkin_events"] = db.execute("UPDATE checkin_events SET participant_id = ? WHERE participant_id = ?", [k, d]).rowcount
        moved["outbox"] = db.execute("UPDATE outbox SET participant_id = ? WHERE participant_id = ?", [k, d]).rowcount
        db.execute("DELETE FROM distinct_people WHERE participant_a = ? OR participant_b = ?", [d, d])
        db.execute("DELETE FROM participants WHERE id = ?", [d])
        audit.log(db, "merge", "participant", k,
                  {"merged": d, "moved": moved, "certificates_removed": removed_certificates}, actor)
    return moved


def _move(db: Database, table: str, keep: str, drop: str, conflict: str) -> int:
    """Re-point rows of ``drop`` to ``keep`` where no unique row clashes; drop the clashing ones."""
    cols = [c.strip() for c in conflict.split(",")]
    same = " AND ".join(f"o.{c} = {table}.{c}" for c in cols)
    moved = db.execute(
        f"UPDATE {table} SET participant_id = ? WHERE participant_id = ? AND NOT EXISTS"
        f" (SELECT 1 FROM {table} o WHERE o.participant_id = ? AND {same})",
        [keep, drop, keep],
    ).rowcount
    db.execute(f"DELETE FROM {table} WHERE participant_id = ?", [drop])
    return moved

