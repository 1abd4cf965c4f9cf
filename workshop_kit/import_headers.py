"""Which field a spreadsheet column fills: header words in French, English and Arabic.

Headers are compared folded (case, accents, harakat ignored): exact synonym first, then the longest
synonym the header contains; a word such as "arabe"/"بالعربية" sends a name column to the Arabic
field. Columns that look like legal status, documents or religion are never mapped (law 09-08).
"""

from __future__ import annotations

import json
import re
from typing import Any

from .errors import ValidationError
from .i18n import N_, _
from .textnorm import fold

# Field → header words in French, English and Arabic (compared folded: case, accents, harakat ignored).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "full_name": ("nom complet", "nom et prénom", "nom prénom", "prénom et nom", "full name", "name",
                  "participant", "الاسم الكامل", "الاسم واللقب", "الاسم و النسب", "الاسم والنسب"),
    "first_name": ("prénom", "prenom", "first name", "firstname", "given name", "forename", "الاسم الشخصي", "الاسم"),
    "last_name": ("nom", "nom de famille", "last name", "lastname", "surname", "family name", "النسب", "اللقب",
                  "الاسم العائلي"),
    "first_name_ar": ("prénom arabe", "prénom en arabe", "prénom (arabe)", "first name arabic", "arabic first name",
                      "first name (arabic)", "الاسم الشخصي بالعربية", "الاسم بالعربية"),
    "last_name_ar": ("nom arabe", "nom en arabe", "nom (arabe)", "last name arabic", "arabic last name",
                     "last name (arabic)", "النسب بالعربية", "اللقب بالعربية", "الاسم العائلي بالعربية"),
    "gender": ("sexe", "genre", "gender", "sex", "الجنس", "النوع"),
    "birth_year": ("année de naissance", "annee naissance", "date de naissance", "né en", "birth year",
                   "year of birth", "date of birth", "birth date", "سنة الازدياد", "سنة الميلاد", "تاريخ الازدياد",
                   "تاريخ الميلاد"),
    "age": ("âge", "age", "العمر", "السن"),
    "age_band": ("tranche d'âge", "tranche d âge", "classe d'âge", "age band", "age group", "age range",
                 "الفئة العمرية"),
    "nationality": ("nationalité", "nationality", "pays d'origine", "pays", "country", "citizenship", "الجنسية",
                    "البلد"),
    "phone": ("téléphone", "telephone", "tél", "tel", "portable", "mobile", "gsm", "phone", "phone number",
              "whatsapp", "الهاتف", "رقم الهاتف", "الهاتف المحمول"),
    "email": ("email", "e-mail", "e mail", "mail", "courriel", "adresse e-mail", "adresse email", "email address",
              "البريد الإلكتروني", "البريد الالكتروني", "الإيميل"),
    "organisation_name": ("organisation", "organization", "association", "structure", "institution", "organisme",
                          "entité", "employeur", "employer", "المنظمة", "الجمعية", "المؤسسة", "الهيئة"),
    "organisation_kind": ("type d'organisation", "type de structure", "organisation type", "organization type",
                          "نوع المنظمة", "نوع المؤسسة"),
    "role": ("fonction", "rôle", "role", "poste", "position", "job title", "profession", "title", "الصفة",
             "الوظيفة", "المهمة", "المهنة"),
    "city": ("ville", "city", "commune", "localité", "town", "المدينة", "الجماعة"),
    "heard_from": ("comment avez-vous connu", "comment avez vous entendu parler", "source", "how did you hear",
                   "heard from", "how they heard", "كيف عرفت", "كيف سمعت"),
    "language": ("langue", "language", "langue préférée", "preferred language", "اللغة"),
    "consent_data": ("consentement", "consent", "accord", "consentement données", "data consent",
                     "consent to data use", "accord rgpd", "الموافقة", "موافقة", "الموافقة على المعطيات"),
    "consent_photos": ("consentement photos", "droit à l'image", "photos", "photo consent", "consent photos",
                       "الموافقة على الصور", "الصور"),
    "consent_email": ("consentement email", "certificat par email", "certificate by email", "email consent",
                      "consent email", "الموافقة على البريد", "إرسال الشهادة بالبريد"),
    "consent_date": ("date du consentement", "consent date", "تاريخ الموافقة"),
    "consent_recorded_by": ("consentement recueilli par", "recueilli par", "consent recorded by", "recorded by",
                            "سجل الموافقة"),
    "notes": ("notes", "remarques", "commentaires", "observations", "comments", "remarks", "ملاحظات"),
}
FIELD_LABELS = {
    "full_name": N_("Full name"), "first_name": N_("First name"), "last_name": N_("Last name"),
    "first_name_ar": N_("First name (Arabic)"), "last_name_ar": N_("Last name (Arabic)"), "gender": N_("Gender"),
    "birth_year": N_("Birth year"), "age": N_("Age"), "age_band": N_("Age band"), "nationality": N_("Nationality"),
    "phone": N_("Phone"), "email": N_("Email"), "organisation_name": N_("Organisation"),
    "organisation_kind": N_("Kind of organisation"), "role": N_("Role / function"), "city": N_("City"),
    "heard_from": N_("How they heard"), "language": N_("Language"), "consent_data": N_("Consent: data use"),
    "consent_photos": N_("Consent: photos"), "consent_email": N_("Consent: certificate by e-mail"),
    "consent_date": N_("Consent date"), "consent_recorded_by": N_("Consent recorded by"), "notes": N_("Notes"),
}
IMPORT_FIELDS = tuple(FIELD_LABELS)
# Columns that must never be imported (law 09-08; the programme does not collect them).
FORBIDDEN_WORDS = ("statut", "status", "titre de sejour", "carte de sejour", "residence permit", "visa",
                   "passport", "passeport", "cin", "religion", "الوضعية", "الوضع القانوني", "بطاقة الإقامة",
                   "جواز السفر", "الديانة")

_SYN = {f: tuple(sorted({fold(w) for w in words}, key=len, reverse=True)) for f, words in SYNONYMS.items()}


def field_for_header(header: str) -> str | None:
    """The field a header names, or None. Exact synonym first, then the longest synonym it contains."""

    key = fold(re.sub(r"\(.*?\)", " ", header)) or fold(header)  # "(arabe)", "(JJ/MM/AAAA)" only qualify
    if not key:
        return None
    if forbidden_columns([header]):
        return None
    arabic = arabic_hint(header)
    found = None
    for f, words in _SYN.items():
        if key in words:
            found = f
            break
    if found is None:
        best_len = 0
        for f, words in _SYN.items():
            for w in words:
                if len(w) > best_len and len(w) >= 3 and (f" {w} " in f" {key} "):
                    found, best_len = f, len(w)
    if found in ("first_name", "last_name") and arabic:
        found += "_ar"
    return found


def arabic_hint(text: str) -> bool:
    words = fold(text).split()
    return any(w in words for w in ("arabe", "arabic", "ar", "بالعربيه", "عربي", "بالعربي"))


def guess_mapping(headers: list[str]) -> dict[str, str | None]:
    """Header → field (None = not imported); each field is used by one column only."""
    mapping: dict[str, str | None] = {}
    used: set[str] = set()
    for h in headers:
        f = field_for_header(h)
        if f in used:
            f = None
        if f:
            used.add(f)
        mapping[h] = f
    return mapping


def forbidden_columns(headers: list[str]) -> list[str]:
    """Columns that look like legal/immigration status or identity documents: never imported."""
    out = []
    for h in headers:
        words = fold(h).split()
        key = fold(h)
        if any(fold(w) in words or (" " in w and fold(w) in key) for w in FORBIDDEN_WORDS):
            out.append(h)
    return out


def resolve_mapping(headers: list[str], given: dict[str, Any] | str | None) -> dict[str, str | None]:
    """The automatic mapping, overridden by ``given`` ({header or column number: field or null})."""
    mapping = guess_mapping(headers)
    if given is None:
        return mapping
    if isinstance(given, str):
        try:
            given = json.loads(given)
        except json.JSONDecodeError as exc:
            raise ValidationError(_("--mapping is not valid JSON ({detail}).").format(detail=exc)) from None
    if not isinstance(given, dict):
        raise ValidationError(_('--mapping must be a JSON object like {"Nom": "last_name", "Tel": "phone"}.'))
    for key, value in given.items():
        header = key
        if key not in mapping and str(key).isdigit() and 1 <= int(key) <= len(headers):
            header = headers[int(key) - 1]
        if header not in mapping:
            raise ValidationError(_("--mapping names a column '{column}' that the file does not have; its columns are: {columns}.").format(
                column=key, columns=", ".join(headers)))
        if value not in (None, "") and value not in IMPORT_FIELDS:
            raise ValidationError(_("--mapping: '{field}' is not a field; fields are: {fields}.").format(
                field=value, fields=", ".join(IMPORT_FIELDS)))
        if value:
            for other, f in mapping.items():
                if f == value:
                    mapping[other] = None
        mapping[header] = value or None
    return mapping
