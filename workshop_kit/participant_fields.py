"""Checking a participant's fields: one set of rules for the registration form (as the user types),
every imported row, walk-ins and the CLI.

Names in Latin and/or Arabic script (at least one), gender, birth year or age band (an exact age
is turned into a band), nationality as an ISO code, phone in E.164, e-mail, consent with its scope.
Legal or immigration status is never a field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from .errors import ValidationError
from .i18n import N_, _, _n
from .phones import normalise_phone
from .textclean import clean_line
from .textnorm import fold

NAME_FIELDS = ("first_name", "last_name", "first_name_ar", "last_name_ar")
# Optional fields an organisation may hide in Settings (``hidden_fields``); never required anywhere.
SENSITIVE_FIELDS = ("gender", "birth_year", "nationality", "phone", "email", "city", "heard_from", "notes")
GENDERS = ("F", "M", "X")  # X: another answer or prefers not to say
AGE_BANDS = ("<18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+")
HEARD_FROM = (N_("Partner association"), N_("Social media"), N_("Word of mouth"), N_("Local authority"),
              N_("Poster or flyer"), N_("Other"))
# What each field is called wherever a trainer sees it: the import wizard, the personal-data report,
# the duplicates review, the registration form and Settings. One table, so they never disagree.
FIELD_LABELS = {
    "full_name": N_("Full name"), "first_name": N_("First name"), "last_name": N_("Last name"),
    "first_name_ar": N_("First name (Arabic)"), "last_name_ar": N_("Last name (Arabic)"), "gender": N_("Gender"),
    "birth_year": N_("Birth year"), "age": N_("Age"), "age_band": N_("Age band"), "nationality": N_("Nationality"),
    "phone": N_("Phone"), "email": N_("Email"), "organisation_name": N_("Organisation"),
    "organisation_kind": N_("Kind of organisation"), "role": N_("Role / function"), "city": N_("City"),
    "heard_from": N_("How they heard"), "language": N_("Language for documents"), "consent_data": N_("Consent: data use"),
    "consent_photos": N_("Consent: photos"), "consent_email": N_("Consent: certificate by e-mail"),
    "consent_date": N_("Consent date"), "consent_recorded_by": N_("Consent recorded by"), "notes": N_("Notes"),
}
# The registration form asks birth year or age band on one row; hiding it in Settings hides both.
FORM_LABELS = FIELD_LABELS | {"birth_year": N_("Birth year / age band")}
OLDEST_BIRTH_YEAR = 1920
MAX_NAME_CHARS = 100  # per name field
YOUNGEST_AGE = 10


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
            value = clean_line(value)
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
    for key in NAME_FIELDS:  # a name goes on badges, certificates and their QR codes
        if isinstance(out.get(key), str) and len(out[key]) > MAX_NAME_CHARS:
            problems.append(FieldProblem(key, _n("This name has %n character(s); at most {max} fit on a badge and a "
                                                 "certificate.", len(out[key])).format(max=MAX_NAME_CHARS)))

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
            email = ""
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
