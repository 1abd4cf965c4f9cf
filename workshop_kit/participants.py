"""Participants and their enrolment in workshops.

Personal data is sensitive (many participants are migrants; Moroccan law 09-08): only the fields
below are stored, legal or immigration status never is, and consent is recorded with its scope.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from . import audit
from .db import new_id, now_iso
from .errors import NotFound, ValidationError
from .i18n import N_, _
from .phones import national_form, normalise_phone
from .textnorm import fold

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
NAME_FIELDS = ("first_name", "last_name", "first_name_ar", "last_name_ar")
# Optional fields an organisation may hide in Settings (``hidden_fields``); never required anywhere.
SENSITIVE_FIELDS = ("gender", "birth_year", "nationality", "phone", "email", "city", "heard_from", "notes")
GENDERS = ("F", "M", "X")  # X: another answer or prefers not to say
AGE_BANDS = ("<18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+")
HEARD_FROM = (N_("Partner association"), N_("Social media"), N_("Word of mouth"), N_("Local authority"),
              N_("Poster or flyer"), N_("Other"))
OLDEST_BIRTH_YEAR = 1920
YOUNGEST_AGE = 10


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
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    @property
    def arabic_name(self) -> str:
        return " ".join(p for p in (self.first_name_ar, self.last_name_ar) if p)

    def display_name(self, lang: str = "fr") -> str:
        """The name to show: Arabic script first in Arabic, Latin first otherwise."""
        if self.erased_at:
            return _("Erased participant")
        first, second = (self.arabic_name, self.latin_name) if lang == "ar" else (self.latin_name, self.arabic_name)
        return first or second or _("(no name)")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def search_text(fields: dict[str, Any]) -> str:
    """Folded text indexed for search: names in both scripts, organisation, city, phone, email."""
    parts = [
        fields.get(k)
        for k in ("first_name", "last_name", "first_name_ar", "last_name_ar", "organisation_name", "city", "email")
    ]
    phone = fields.get("phone")
    phones = [phone, national_form(phone)] if phone else []
    return " ".join(filter(None, [fold(str(p)) for p in parts if p] + phones))


def add_participant(db: Database, actor: str | None = None, **fields: Any) -> Participant:
    """Register a participant. A name in Latin or Arabic script is required, and consent to data use."""
    unknown = set(fields) - set(PERSONAL_FIELDS) - set(CONSENT_FIELDS)
    if unknown:
        raise ValidationError(_("Unknown participant field(s): {names}").format(names=", ".join(sorted(unknown))))
    # move_scripts: a name in Arabic script given as first_name/last_name goes to the Arabic field.
    fields, problems = clean_fields(fields, move_scripts=True)
    if problems:
        raise ValidationError(problems[0].message, problems[0].field)
    if fields["consent_data"] and not fields.get("consent_date"):
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
        rows = list(db.query("SELECT * FROM participants WHERE id LIKE ? || '%' LIMIT 2", [participant_id]))
        if len(rows) > 1:
            raise ValidationError(_("'{ref}' matches several participants; give more of the id.").format(ref=participant_id))
    if not rows:
        raise NotFound(_("No participant with id '{ref}'.").format(ref=participant_id))
    return Participant.from_row(rows[0])


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


# -- validation shared by the registration form, the import and walk-ins ---------------------------

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_EMAIL = re.compile(r"^[^@\s,;<>]+@([^@\s,;<>]+\.[^@\s,;<>.]{2,}|localhost)$")  # localhost: test mail servers
_GENDER_WORDS = {
    code: {fold(w) for w in words}
    for code, words in {
        "F": {"f", "femme", "féminin", "female", "woman", "w", "أنثى", "امرأة", "سيدة"},
        "M": {"m", "h", "homme", "masculin", "male", "man", "ذكر", "رجل"},
        "X": {"x", "autre", "other", "nsp", "non précisé", "prefer not to say", "آخر"},
    }.items()
}
_TRUE = {fold(w) for w in ("1", "yes", "y", "oui", "o", "true", "vrai", "x", "ok", "نعم", "موافق", "موافقة")} | {"✓", "✔"}
_FALSE = {fold(w) for w in ("0", "no", "n", "non", "false", "faux", "لا", "غير موافق")}
_FAST_BOOL = {**{w: True for w in ("1", "oui", "Oui", "OUI", "yes", "Yes", "x", "X", "نعم")},
              **{w: False for w in ("0", "non", "Non", "NON", "no", "No", "لا")}}


@dataclass
class FieldProblem:
    """One problem with one field, in words a coordinator can act on."""

    field: str
    message: str


def has_arabic(text: str | None) -> bool:
    return bool(text and _ARABIC.search(text))


def has_latin(text: str | None) -> bool:
    return bool(text and _LATIN.search(text))


def parse_bool(value: Any) -> bool | None:
    """Yes/no in French, English or Arabic (and 1/0, x, ✓); None when not recognised."""
    if isinstance(value, bool):
        return value
    if type(value) is str and value in _FAST_BOOL:
        return _FAST_BOOL[value]
    if value is None:
        return False
    if isinstance(value, int | float):
        return bool(value)
    key = fold(str(value)) or str(value).strip()
    if not key:
        return False
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    return None


def parse_gender(value: Any) -> str | None:
    key = fold(str(value or ""))
    for code, words in _GENDER_WORDS.items():
        if key in words:
            return code
    return None


def age_band_for(age: int) -> str:
    return _AGE_BAND.get(age) or ("<18" if age < 18 else "65+")


_AGE_BAND = {age: band for band in AGE_BANDS[1:-1] for age in range(int(band.split("-")[0]), int(band.split("-")[1]) + 1)}


def _int(value: Any) -> int | None:
    if type(value) is str and value.isascii() and value.isdigit():
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value).strip().translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    if re.fullmatch(r"\d+(\.0+)?", text):
        return int(float(text))
    if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}", text):  # a full birth date: keep the year only
        return int(text[-4:])
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}([ T].*)?", text):
        return int(text[:4])
    return None


def _check_gender(value: Any, today: date) -> tuple[Any, str | None]:
    gender = parse_gender(value)
    if gender is None:
        return None, _("Gender '{value}' is not understood; use F, M or X (other).").format(value=value)
    return gender, None


def _check_birth_year(value: Any, today: date) -> tuple[Any, str | None]:
    year = _int(value)
    if year is None or not OLDEST_BIRTH_YEAR <= year <= today.year - YOUNGEST_AGE:
        return None, _("Birth year '{value}' is impossible; write a year between {low} and {high}.").format(
            value=value, low=OLDEST_BIRTH_YEAR, high=today.year - YOUNGEST_AGE)
    return year, None


def _check_age(value: Any, today: date) -> tuple[Any, str | None]:
    years = _int(value)
    if years is None or not YOUNGEST_AGE <= years <= 110:
        return None, _("Age '{value}' is impossible; write a number of years.").format(value=value)
    return age_band_for(years), None


def _check_age_band(value: Any, today: date) -> tuple[Any, str | None]:
    band = str(value).replace(" ", "").replace("–", "-")
    if band not in AGE_BANDS:
        return None, _("Age band '{value}' is not one of {bands}.").format(value=value, bands=", ".join(AGE_BANDS))
    return band, None


def _check_nationality(value: Any, today: date) -> tuple[Any, str | None]:
    from .countries import lookup

    code = lookup(str(value))
    if code is None:
        return None, _("Nationality '{value}' is not a known country; write its name or ISO code (e.g. MA, SN).").format(value=value)
    return code, None


def _check_consent(value: Any, today: date) -> tuple[Any, str | None]:
    flag = parse_bool(value)
    if flag is None:
        return 0, _("Consent '{value}' is not understood; write yes or no.").format(value=value)
    return 1 if flag else 0, None


# Fields whose check depends on the value alone: an import sees the same few values again and again.
_SIMPLE_CHECKS = {"gender": _check_gender, "birth_year": _check_birth_year, "age": _check_age,
                  "age_band": _check_age_band, "nationality": _check_nationality}
_CONSENT_FLAGS = ("consent_data", "consent_photos", "consent_email")


def clean_fields(raw: dict[str, Any], *, today: date | None = None, move_scripts: bool = False,
                 memo: dict[tuple[str, Any], tuple[Any, str | None]] | None = None) -> tuple[dict[str, Any], list[FieldProblem]]:
    """Normalise and check a participant's fields; returns the clean values and every problem found.

    Used as the user types (form), for every imported row, and by ``add_participant``. ``age`` is
    accepted as an input and stored as an age band (the exact age is not kept). ``move_scripts``
    puts an Arabic-script name typed in a Latin-name column into the Arabic field (imports).
    ``memo`` (one dict for a whole import) remembers the checks of repeated values.
    """
    today = today or date.today()
    problems: list[FieldProblem] = []
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if type(value) is str:
            value = " ".join(value.split())
        out[key] = value if value not in ("", None) else None

    for latin, arabic in (("first_name", "first_name_ar"), ("last_name", "last_name_ar")):
        text = out.get(latin)
        if text and not text.isascii() and has_arabic(text):  # isascii: the common case, no regex
            if move_scripts and not has_latin(text) and not out.get(arabic):
                out[arabic], out[latin] = text, None
            else:
                problems.append(FieldProblem(latin, _("Arabic letters in a Latin-script name; type it in the Arabic name field.")))
        if out.get(arabic) and has_latin(out.get(arabic)):
            problems.append(FieldProblem(arabic, _("Latin letters in an Arabic-script name; type it in the Latin name field.")))
    if not any(out.get(k) for k in NAME_FIELDS):
        problems.append(FieldProblem("first_name", _("A participant needs a name, in Latin or Arabic script.")))

    def check(field: str, value: Any, fn) -> Any:  # noqa: ANN001
        key = (field, value)
        result = memo.get(key) if memo is not None else None
        if result is None:
            result = fn(value, today)
            if memo is not None and len(memo) < 100_000:
                memo[key] = result
        clean, message = result
        if message:
            problems.append(FieldProblem("age_band" if field == "age" else field, message))
        return clean

    age = out.pop("age", None)
    for field, fn in _SIMPLE_CHECKS.items():
        value = age if field == "age" else out.get(field)
        if value is not None:
            clean = check(field, value, fn)
            if field == "age":
                if clean and not out.get("age_band"):
                    out["age_band"] = clean
            else:
                out[field] = clean
    if out.get("birth_year") and not out.get("age_band"):
        out["age_band"] = age_band_for(today.year - out["birth_year"])

    if out.get("phone") is not None:
        try:
            out["phone"] = normalise_phone(out["phone"])
        except ValidationError as exc:
            problems.append(FieldProblem("phone", str(exc)))
            out["phone"] = None
    if out.get("email") is not None:
        email = str(out["email"]).strip().removeprefix("mailto:")
        if not _EMAIL.match(email):
            problems.append(FieldProblem("email", _("'{value}' is not an e-mail address (name@example.org).").format(value=email)))
            email = None
        out["email"] = email.lower() if email else None

    for flag in _CONSENT_FLAGS:
        out[flag] = check(flag, out.get(flag), _check_consent)
    if out.get("consent_data") and not out.get("consent_date"):
        out["consent_date"] = today.isoformat()
    return out, problems


def require_consent(fields: dict[str, Any]) -> list[FieldProblem]:
    """Registration at the door and imports need consent to data use; returns the problem if missing."""
    if fields.get("consent_data"):
        return []
    return [FieldProblem("consent_data", _("Consent to data use is missing; ask the participant and tick it."))]


def update_participant(db: Database, participant_id: str, actor: str | None = None, **changes: Any) -> Participant:
    """Change some fields; the audit log records which fields changed, never their values."""
    current = get_participant(db, participant_id)
    if current.erased_at:
        raise ValidationError(_("This participant was erased; their data cannot be edited."))
    unknown = set(changes) - set(PERSONAL_FIELDS) - set(CONSENT_FIELDS)
    if unknown:
        raise ValidationError(_("Unknown participant field(s): {names}").format(names=", ".join(sorted(unknown))))
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


def register_walk_in(db: Database, workshop_id: str, name: str, consent: bool, actor: str | None = None) -> Participant:
    """A walk-in at the check-in desk: one typed name and consent, registered and enrolled at once."""
    if not consent:
        raise ValidationError(_("Consent to data use is missing; ask the participant and tick it."), "consent_data")
    fields = split_name(name)
    with db.atomic():
        person = add_participant(db, actor=actor, consent_data=True, consent_recorded_by=actor, **fields)
        enrol(db, workshop_id, person.id, actor=actor)
    return person


# -- lists, search and history ----------------------------------------------------------------------

SORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("COALESCE(p.last_name, p.last_name_ar) COLLATE NOCASE", "p.first_name COLLATE NOCASE"),
    "name_ar": ("COALESCE(p.last_name_ar, p.last_name)", "p.first_name_ar"),
    "organisation": ("p.organisation_name COLLATE NOCASE",),
    "role": ("p.role COLLATE NOCASE",),
    "city": ("p.city COLLATE NOCASE",),
    "phone": ("p.phone",),
    "nationality": ("p.nationality",),
    # active (0), revoked (1), none (2): only with a workshop
    "badge": ("COALESCE((SELECT MIN(b.revoked_at IS NOT NULL) FROM badge_tokens b"
              " WHERE b.workshop_id = :workshop AND b.participant_id = p.id), 2)",),
    "created": ("p.created_at",),
}


def fts_words(text: str) -> list[str]:
    """The folded words of a search; a phone typed with spaces ("06 11 22 33 44") is one word."""
    if re.fullmatch(r"[\d\s+().-]+", text or "") and sum(c.isdigit() for c in text) >= 3:
        return [re.sub(r"\D", "", text)]
    return fold(text).split()


def fts_query(text: str) -> tuple[str | None, list[str]]:
    """Split a search into an FTS5 trigram MATCH (words of 3+ characters) and short words for LIKE.

    Every word must appear (AND), anywhere in a word (partial words), folded like the stored text.
    """
    words = fts_words(text)
    long_words = [w for w in words if len(w) >= 3]
    short = [w for w in words if len(w) < 3]
    match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words) or None
    return match, short


def _filter_sql(text: str | None, workshop_id: str | None, include_erased: bool, filters: dict[str, Any] | None,
                *, fts_join: bool = False, in_order: bool = False) -> tuple[str, str, list[Any]]:
    """FROM-clause joins, WHERE clause and parameters for a search with filters.

    ``fts_join`` drives the query from the search index (rows stream out in index order, so a
    LIMIT stops early); otherwise the index result is a set the sorted scan is checked against.
    """
    joins, where, params = "", [], []
    if text and text.strip():
        match, short = fts_query(text)
        if match and in_order:
            # Many matches: walk the sort index and test each row with LIKE (the same substring test
            # the trigram index answers), so a page stops after LIMIT rows instead of sorting them all.
            short = fts_words(text)
        elif match and fts_join:
            joins = " JOIN participants_fts f ON f.rowid = p.rowid"
            where.append("participants_fts MATCH ?")
            params.append(match)
        elif match:
            where.append("p.rowid IN (SELECT rowid FROM participants_fts WHERE participants_fts MATCH ?)")
            params.append(match)
        for word in short:
            where.append("p.search_text LIKE ? ESCAPE '\\'")
            params.append("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    if workshop_id:
        # EXISTS rather than a join: the planner can then walk the sort index and stop at the LIMIT.
        where.append("EXISTS (SELECT 1 FROM enrolments e WHERE e.workshop_id = ? AND e.participant_id = p.id)")
        params.append(workshop_id)
    if not include_erased:
        where.append("p.erased_at IS NULL")
    for key, value in (filters or {}).items():
        if value in (None, ""):
            continue
        if key in ("gender", "nationality", "city", "organisation_name", "age_band"):
            where.append(f"p.{key} = ?")
            params.append(value)
        elif key == "consent_photos":
            where.append("p.consent_photos = ?")
            params.append(1 if value else 0)
    if fts_join and text and text.strip() and fts_query(text)[0]:
        return "FROM participants_fts f JOIN participants p ON p.rowid = f.rowid" + joins.replace(
            " JOIN participants_fts f ON f.rowid = p.rowid", ""), (" WHERE " + " AND ".join(where)) if where else "", params
    return "FROM participants p" + joins, (" WHERE " + " AND ".join(where)) if where else "", params


MANY_MATCHES = 20_000  # beyond this many matches a page is read in sort order instead of sorted afterwards
_LIST_COLUMNS = ("p.id, p.first_name, p.last_name, p.first_name_ar, p.last_name_ar, p.gender, p.birth_year, p.age_band,"
                 " p.nationality, p.phone, p.email, p.organisation_name, p.role, p.city, p.consent_data,"
                 " p.consent_photos, p.consent_email, p.erased_at")


def query_participants(
    db: Database,
    text: str | None = None,
    *,
    workshop_id: str | None = None,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = 200,
    include_erased: bool = False,
    filters: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """One page of participants matching ``text`` (both scripts, accents/harakat/case ignored).

    The UI table fetches pages of this lazily; ``workshop_id`` restricts to that workshop's
    enrolments and adds its badge status (active / revoked / none), computed for the page only.
    """
    match = fts_query(text)[0] if text and text.strip() else None
    many = bool(match) and limit is not None and db.execute(
        "SELECT COUNT(*) FROM (SELECT 1 FROM participants_fts WHERE participants_fts MATCH ? LIMIT ?)",
        [match, MANY_MATCHES]).fetchone()[0] >= MANY_MATCHES
    source, where, params = _filter_sql(text, workshop_id, include_erased, filters, in_order=many)
    parts = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
    if sort == "badge" and not workshop_id:
        parts = SORT_COLUMNS["name"]
    direction = " DESC" if descending else ""
    order = ", ".join(part + direction for part in (*parts, "p.id"))
    if sort == "badge":
        order = order.replace(":workshop", "?")
    if sort == "badge" and workshop_id:
        params = [*params, *([workshop_id] * order.count("?"))]
    ids = None
    words = fts_words(text) if text and text.strip() else []
    if words and not match and offset == 0 and limit is not None and sort != "badge":
        ids = _first_page_of_short_search(db, words, workshop_id, include_erased, filters, order, limit)
    if ids is None:
        if words and not match:
            # Short words whose matches sit late in the order: filter every row, then sort the
            # matches ("+" keeps the planner from walking the whole sort index instead).
            order = ", ".join("+" + part + direction for part in (*parts, "p.id"))
            if sort == "badge":
                order = order.replace(":workshop", "?")
        # Two phases: sort and page on the id alone (a narrow sorter), then read the page's rows.
        sql = f"SELECT p.id {source}{where} ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, limit, offset]
        ids = [r[0] for r in db.execute(sql, params).fetchall()]
    by_id: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for r in db.query(f"SELECT {_LIST_COLUMNS} FROM participants p WHERE p.id IN ({', '.join('?' * len(chunk))})", chunk):
            by_id[r["id"]] = dict(r)
    rows = [by_id[i] for i in ids]
    if workshop_id:
        status = badge_statuses(db, workshop_id, [r["id"] for r in rows])
        for r in rows:
            r["badge_status"] = status.get(r["id"], "none")
    else:
        for r in rows:
            r["badge_status"] = None
    return rows


SHORT_SEARCH_WINDOW = 4000


def _first_page_of_short_search(db: Database, words: list[str], workshop_id: str | None, include_erased: bool,
                                filters: dict[str, Any] | None, order: str, limit: int) -> list[str] | None:
    """First page for one- or two-letter searches (no trigram index): test the first rows in sort
    order only. Typing "Ko" usually fills a page within them; if not (matches sit late in the
    alphabet), None sends the caller to the full query."""
    source, where, params = _filter_sql(None, workshop_id, include_erased, filters)
    like = " AND ".join("w.search_text LIKE ? ESCAPE '\\'" for _ in words)
    patterns = ["%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for w in words]
    sql = (f"SELECT w.id FROM (SELECT p.id, p.search_text {source}{where} ORDER BY {order} LIMIT ?) w"
           f" WHERE {like} LIMIT ?")
    ids = [r[0] for r in db.execute(sql, [*params, SHORT_SEARCH_WINDOW, *patterns, limit]).fetchall()]
    return ids if len(ids) == limit else None


def badge_statuses(db: Database, workshop_id: str, ids: list[str]) -> dict[str, str]:
    """active (a token not revoked) / revoked (only revoked tokens) / none, per participant id."""
    out: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = db.execute(
            f"SELECT participant_id, MIN(revoked_at IS NOT NULL) FROM badge_tokens WHERE workshop_id = ?"
            f" AND participant_id IN ({', '.join('?' * len(chunk))}) GROUP BY participant_id",
            [workshop_id, *chunk],
        ).fetchall()
        out.update({pid: "revoked" if any_revoked_only else "active" for pid, any_revoked_only in rows})
    return out


def count_participants(db: Database, text: str | None = None, *, workshop_id: str | None = None,
                       include_erased: bool = False, filters: dict[str, Any] | None = None,
                       at_most: int | None = None) -> int:
    """How many match; ``at_most`` stops counting there (a search box shows "1000+")."""
    source, where, params = _filter_sql(text, workshop_id, include_erased, filters, fts_join=True)
    if at_most is not None:
        return db.execute(f"SELECT COUNT(*) FROM (SELECT 1 {source}{where} LIMIT ?)", [*params, at_most]).fetchone()[0]
    return db.execute(f"SELECT COUNT(*) {source}{where}", params).fetchone()[0]


def search(db: Database, text: str, limit: int = 20, workshop_id: str | None = None) -> list[dict[str, Any]]:
    """The first matches for a search box or the check-in desk, straight from the index (no sorting)."""
    source, where, params = _filter_sql(text, workshop_id, False, None, fts_join=True)
    sql = (f"SELECT p.id, p.first_name, p.last_name, p.first_name_ar, p.last_name_ar, p.organisation_name,"
           f" p.city {source}{where} LIMIT ?")
    return [dict(r) for r in db.query(sql, [*params, limit])]


def list_for_workshop(db: Database, workshop_id: str, text: str | None = None) -> list[dict[str, Any]]:
    """The participants of a workshop for ``participants list``: ids, names, organisation, badge status."""
    rows = query_participants(db, text, workshop_id=workshop_id, limit=None, include_erased=True)
    return [
        {
            "id": r["id"],
            "first_name": r["first_name"],
            "last_name": r["last_name"],
            "first_name_ar": r["first_name_ar"],
            "last_name_ar": r["last_name_ar"],
            "organisation": r["organisation_name"],
            "badge_status": r["badge_status"],
            "erased": bool(r["erased_at"]),
        }
        for r in rows
    ]


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
