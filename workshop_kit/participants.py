"""Participants and their enrolment in workshops.

Personal data is sensitive (many participants are migrants; Moroccan law 09-08): only the fields
below are stored, legal or immigration status never is, and consent is recorded with its scope.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from . import audit
from .changes import writes
from .db import new_id, now_iso
from .errors import NotFound, ValidationError
from .i18n import _, _n
from .participant_fields import (  # noqa: F401 - part of this module's API
    AGE_BANDS,
    GENDERS,
    HEARD_FROM,
    NAME_FIELDS,
    OLDEST_BIRTH_YEAR,
    SENSITIVE_FIELDS,
    YOUNGEST_AGE,
    FieldProblem,
    age_band_for,
    clean_fields,
    has_arabic,
    has_latin,
    parse_bool,
    parse_gender,
    require_consent,
)
from .participant_search import (  # noqa: F401 - part of this module's API
    PHONE_SEARCH_DIGITS,
    badge_statuses,
    count_participants,
    fts_query,
    fts_words,
    list_for_workshop,
    query_participants,
    search,
)
from .phones import national_form
from .sqlconn import Database
from .textnorm import fold, fold_unique

PERSONAL_FIELDS = (
    "first_name",
    "last_name",
    "first_name_ar",
    "last_name_ar",
    "gender",
    "birth_year",
    "age_band",
    "nationality",
    "phone",
    "email",
    "organisation_name",
    "organisation_kind",
    "role",
    "city",
    "heard_from",
    "language",
    "notes",
)
CONSENT_FIELDS = ("consent_data", "consent_photos", "consent_email", "consent_date", "consent_recorded_by")


@dataclass
class Participant:
    id: str
    first_name: str | None = None
    last_name: str | None = None
    first_name_ar: str | None = None
    last_name_ar: str | None = None
    gender: str | None = None
    birth_year: int | None = None
    age_band: str | None = None
    nationality: str | None = None
    phone: str | None = None
    email: str | None = None
    organisation_name: str | None = None
    organisation_kind: str | None = None
    role: str | None = None
    city: str | None = None
    heard_from: str | None = None
    language: str | None = None
    consent_data: int = 0
    consent_photos: int = 0
    consent_email: int = 0
    consent_date: str | None = None
    consent_recorded_by: str | None = None
    notes: str | None = None
    erased_at: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Participant:
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in row.items() if k in known})

    @property
    def latin_name(self) -> str:
        return script_name(self.first_name, self.last_name)

    @property
    def arabic_name(self) -> str:
        return script_name(self.first_name_ar, self.last_name_ar)

    def display_name(self, lang: str = "fr", *, both: bool = False) -> str:
        return display_name(self.__dict__, lang, both=both)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def script_name(first: str | None, last: str | None) -> str:
    """A name in one script as it is written on a badge or a certificate: first name, then last name."""
    return " ".join(p for p in (first, last) if p)


def display_name(fields: Mapping[str, Any], lang: str = "fr", *, both: bool = False) -> str:
    """The one way to write a person's name, from a participant row or ``Participant``'s fields.

    Arabic script first in Arabic, Latin first otherwise, each "first last"; ``both`` adds the other
    script after " / " (lists with one line per person). An erased person is "Erased participant".
    """
    if fields.get("erased_at") or fields.get("erased"):
        return _("Erased participant")
    latin = script_name(fields.get("first_name"), fields.get("last_name"))
    arabic = script_name(fields.get("first_name_ar"), fields.get("last_name_ar"))
    names = [n for n in ((arabic, latin) if lang == "ar" else (latin, arabic)) if n]
    if not names:
        return _("(no name)")
    return " / ".join(names) if both else names[0]


def search_text(fields: dict[str, Any]) -> str:
    """Folded text indexed for search: names in both scripts, organisation, city, phone, email."""
    parts = [
        fields.get(k)
        for k in ("first_name", "last_name", "first_name_ar", "last_name_ar", "organisation_name", "city")
    ]
    phone = fields.get("phone")
    phones = [phone, national_form(phone)] if phone else []
    email = fields.get("email")
    folded = [fold(str(p)) for p in parts if p] + ([fold_unique(str(email))] if email else [])
    # A search of six digits or more is read as a phone (its digits run together): a name or an
    # organisation holding that many digits ("1 000.00") is indexed that way too, so it is found.
    digit_runs = [joined for text in folded
                  if len(joined := "".join(ch for ch in text if ch.isdigit())) >= PHONE_SEARCH_DIGITS]
    return " ".join(filter(None, folded + phones + digit_runs))


@writes(participants=True)
def add_participant(db: Database, actor: str | None = None, **fields: Any) -> Participant:
    """Register a participant. A name in Latin or Arabic script is required, and consent to data use."""
    unknown = set(fields) - set(PERSONAL_FIELDS) - set(CONSENT_FIELDS)
    if unknown:
        raise ValidationError(_n("Unknown participant field(s): {names}", len(unknown)).format(names=", ".join(sorted(unknown))))
    # move_scripts: a name in Arabic script given as first_name/last_name goes to the Arabic field.
    fields, problems = clean_fields(fields, move_scripts=True)
    # Consent is the core's rule, not each caller's: the form, the door, imports and the CLI all
    # come through here, and nobody is registered without it (law 09-08).
    problems += require_consent(fields)
    if problems:
        raise ValidationError(problems[0].message, problems[0].field)
    if not fields.get("consent_date"):
        fields["consent_date"] = now_iso()[:10]
    now = now_iso()
    pid = new_id()
    row = {"id": pid, **fields, "search_text": search_text(fields), "created_at": now, "updated_at": now}
    with db.atomic():
        cols = ", ".join(row)
        db.execute(f"INSERT INTO participants ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
        audit.log(db, "create", "participant", pid, None, actor)
    return get_participant(db, pid)


def get_participant(db: Database, participant_id: str) -> Participant:
    rows = list(db.query("SELECT * FROM participants WHERE id = ?", [participant_id]))
    if not rows and len(participant_id) >= 4:
        rows = list(db.query("SELECT * FROM participants WHERE substr(id, 1, ?) = ? LIMIT 2",
                             [len(participant_id), participant_id]))
        if len(rows) > 1:
            raise ValidationError(_("'{ref}' matches several participants; give more of the id.").format(ref=participant_id))
    if not rows:
        raise NotFound(_("No participant with id '{ref}'.").format(ref=participant_id))
    return Participant.from_row(rows[0])


@writes(enrolments=True)
def enrol(db: Database, workshop_id: str, participant_id: str, role: str = "participant", actor: str | None = None) -> bool:
    """Enrol a participant; returns False when they already were (nothing changes)."""
    with db.atomic():
        cur = db.execute(
            "INSERT OR IGNORE INTO enrolments (id, workshop_id, participant_id, role, enrolled_at) VALUES (?, ?, ?, ?, ?)",
            [new_id(), workshop_id, participant_id, role, now_iso()],
        )
        if cur.rowcount:
            audit.log(db, "enrol", "participant", participant_id, {"workshop": workshop_id}, actor)
    return bool(cur.rowcount)


@writes(enrolments=True)
def unenrol(db: Database, workshop_id: str, participant_id: str, actor: str | None = None) -> None:
    with db.atomic():
        db.execute("DELETE FROM enrolments WHERE workshop_id = ? AND participant_id = ?", [workshop_id, participant_id])
        audit.log(db, "unenrol", "participant", participant_id, {"workshop": workshop_id}, actor)


def enrolled(db: Database, workshop_id: str) -> list[Participant]:
    rows = db.query(
        "SELECT p.* FROM participants p JOIN enrolments e ON e.participant_id = p.id"
        " WHERE e.workshop_id = ? ORDER BY COALESCE(p.last_name, p.last_name_ar), p.first_name",
        [workshop_id],
    )
    return [Participant.from_row(r) for r in rows]


def count(db: Database) -> int:
    return db.execute("SELECT COUNT(*) FROM participants").fetchone()[0]


@writes(participants=True)
def update_participant(db: Database, participant_id: str, actor: str | None = None, **changes: Any) -> Participant:
    """Change some fields; the audit log records which fields changed, never their values."""
    current = get_participant(db, participant_id)
    if current.erased_at:
        raise ValidationError(_("This participant was erased; their data cannot be edited."))
    unknown = set(changes) - set(PERSONAL_FIELDS) - set(CONSENT_FIELDS)
    if unknown:
        raise ValidationError(_n("Unknown participant field(s): {names}", len(unknown)).format(names=", ".join(sorted(unknown))))
    merged = {k: v for k, v in current.to_json().items() if k in PERSONAL_FIELDS or k in CONSENT_FIELDS}
    merged.update(changes)
    clean, problems = clean_fields(merged)
    if problems:
        raise ValidationError(problems[0].message, problems[0].field)
    changed = {k: v for k, v in clean.items() if getattr(current, k, None) != v}
    if not changed:
        return current
    changed["search_text"] = search_text(clean)
    changed["updated_at"] = now_iso()
    sets = ", ".join(f"{k} = ?" for k in changed)
    with db.atomic():
        db.execute(f"UPDATE participants SET {sets} WHERE id = ?", [*changed.values(), current.id])
        audit.log(db, "update", "participant", current.id,
                  {"fields": sorted(k for k in changed if k not in ("search_text", "updated_at"))}, actor)
    return get_participant(db, current.id)


def split_name(typed: str) -> dict[str, str | None]:
    """Split one typed name into first/last name fields, Latin and Arabic script apart.

    "Fatima El Idrissi" → first "Fatima", last "El Idrissi" (Moroccan particles stay with the
    family name); "فاطمة الإدريسي" → the Arabic fields; a mix of both scripts fills both.
    """
    out: dict[str, str | None] = dict.fromkeys(NAME_FIELDS)
    words = " ".join((typed or "").split()).split(" ")
    arabic = [w for w in words if has_arabic(w)]
    latin = [w for w in words if w and not has_arabic(w)]
    for part, (first_key, last_key) in ((latin, ("first_name", "last_name")), (arabic, ("first_name_ar", "last_name_ar"))):
        if not part:
            continue
        if len(part) == 1:
            out[first_key] = part[0]
            continue
        cut = 1
        # "Abdel Kader Ben Ali": compound first names start with Abd/Abdel…
        if fold(part[0]) in {"abd", "abdel", "abdul", "abdoul", "abdelkader", "عبد"} and len(part) > 2:
            cut = 2
        out[first_key] = " ".join(part[:cut])
        out[last_key] = " ".join(part[cut:])
    return out


@writes(participants=True, enrolments=True)
def register_walk_in(
    db: Database,
    workshop_id: str,
    name: str | None = None,
    consent: bool = False,
    actor: str | None = None,
    **fields: Any,
) -> Participant:
    """A walk-in at the check-in desk: a name (one typed ``name``, split by script, or name
    ``fields``) and consent are enough; registered and enrolled at once."""
    if not consent:
        raise ValidationError(_("Consent to data use is missing; ask the participant and tick it."), "consent_data")
    if name:
        fields = {**split_name(name), **{k: v for k, v in fields.items() if v}}
    with db.atomic():
        person = add_participant(db, actor=actor, consent_data=True, consent_recorded_by=actor, **fields)
        enrol(db, workshop_id, person.id, actor=actor)
    return person


def history(db: Database, participant_id: str) -> list[dict[str, Any]]:
    """A participant's workshops, newest first, with sessions attended and certificate status."""
    rows = db.query(
        """
        SELECT w.id AS workshop_id, w.title, w.city, w.start_date, w.end_date, e.role, e.enrolled_at,
               (SELECT COUNT(*) FROM sessions s WHERE s.workshop_id = w.id) AS sessions,
               (SELECT COUNT(*) FROM attendance a JOIN sessions s ON s.id = a.session_id
                 WHERE s.workshop_id = w.id AND a.participant_id = e.participant_id
                   AND a.status IN ('present', 'late')) AS attended,
               (SELECT c.number FROM certificates c WHERE c.workshop_id = w.id
                 AND c.participant_id = e.participant_id AND c.revoked_at IS NULL) AS certificate
        FROM enrolments e JOIN workshops w ON w.id = e.workshop_id
        WHERE e.participant_id = ?
        ORDER BY w.start_date DESC
        """,
        [participant_id],
    )
    return [dict(r) for r in rows]
