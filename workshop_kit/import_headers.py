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
from .i18n import _
from .participant_fields import FIELD_LABELS
from .textnorm import fold

# Field → header words in French, English and Arabic (compared folded: case, accents, harakat ignored).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "full_name": ("nom complet", "nom et prénom", "nom prénom", "prénom et nom", "full name", "name",
                  "participant", "participante", "participants", "nom du participant", "nom de la participante", "participant name",
                  "name of the participant", "الاسم الكامل", "الاسم واللقب", "الاسم و النسب", "الاسم والنسب", "اسمك",
                  "اسمك الكامل", "اسم المشارك"),
    "first_name": ("prénom", "prenom", "first name", "firstname", "given name", "forename", "الاسم الشخصي", "الاسم",
                   "اسمك الشخصي"),
    "last_name": ("nom", "nom de famille", "last name", "lastname", "surname", "family name", "النسب", "اللقب",
                  "الاسم العائلي"),
    "first_name_ar": ("prénom arabe", "prénom en arabe", "prénom (arabe)", "first name arabic", "arabic first name",
                      "first name (arabic)", "الاسم الشخصي بالعربية", "الاسم بالعربية"),
    "last_name_ar": ("nom arabe", "nom en arabe", "nom (arabe)", "last name arabic", "arabic last name",
                     "last name (arabic)", "النسب بالعربية", "اللقب بالعربية", "الاسم العائلي بالعربية"),
    "gender": ("sexe", "genre", "gender", "sex", "الجنس", "النوع"),
    "birth_year": ("année de naissance", "annee naissance", "date de naissance", "date naissance", "né en", "birth year",
                   "year of birth", "date of birth", "birth date", "سنة الازدياد", "سنة الميلاد", "تاريخ الازدياد",
                   "تاريخ الميلاد"),
    "age": ("âge", "age", "how old are you", "quel âge avez-vous", "quel âge as-tu", "العمر", "السن", "عمر", "عمرك"),
    "age_band": ("tranche d'âge", "tranche d âge", "classe d'âge", "age band", "age group", "age range",
                 "الفئة العمرية"),
    "nationality": ("nationalité", "nationality", "pays d'origine", "pays", "country", "citizenship", "الجنسية",
                    "البلد"),
    "phone": ("téléphone", "telephone", "tél", "tel", "portable", "mobile", "gsm", "phone", "phone number",
              "whatsapp", "الهاتف", "رقم الهاتف", "الهاتف المحمول", "هاتف", "رقم هاتف"),
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
IMPORT_FIELDS = tuple(FIELD_LABELS)
# Columns that must never be imported (law 09-08; the programme does not collect them).
FORBIDDEN_WORDS = ("statut", "status", "titre de sejour", "carte de sejour", "residence permit", "visa",
                   "passport", "passeport", "cin", "religion", "الوضعية", "الوضع القانوني", "بطاقة الإقامة",
                   "جواز السفر", "الديانة")

# Words a question wraps around the field's own word: numbering, "What is your …?", "Quel est votre …",
# "ما هو …", the possessive "ـك" of Arabic ("اسمك", "هاتفك"), and little words ("date de naissance" =
# "date_naissance"). Headers and synonyms go through the same normalisation.
_STOP_WORDS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "of", "the", "a"})
_QUESTION_STARTS = ("what is your", "what s your", "what are your", "please enter your", "please give your",
                    "enter your", "your", "quel est votre", "quelle est votre", "quels sont vos", "quelles sont vos",
                    "veuillez indiquer votre", "indiquez votre", "votre", "vos", "ton", "ta", "ما هو",
                    "ما هي", "ما", "كم")
_NUMBERING = re.compile(r"^\s*(?:q(?:uestion)?|سؤال)?\s*[0-9٠-٩]+(?:[.,][0-9٠-٩]+)*\s*(?:[-.):–—]+\s*|\s+)",
                        re.IGNORECASE)
_PARENS = re.compile(r"\(.*?\)")
_HXL = re.compile(r"^#[a-z][a-z0-9_]*(?:\s*[+][a-z][a-z0-9_]*)*$", re.IGNORECASE)
# Words that say whose field it is, not which: "Téléphone du participant" is a phone.
_WEAK = frozenset({"participant", "participante", "participants"})
NAME_FIELDS = ("full_name", "first_name", "last_name", "first_name_ar", "last_name_ar")


def _words(text: str) -> str:
    return " ".join(w for w in fold(text.replace("_", " ")).split() if w not in _STOP_WORDS)


_SYN = {f: tuple(sorted({_words(w) for w in words}, key=len, reverse=True)) for f, words in SYNONYMS.items()}
_EXACT = {w: f for f, words in reversed(list(_SYN.items())) for w in words}
_QUESTIONS = tuple(sorted({_words(q) for q in _QUESTION_STARTS}, key=len, reverse=True))


def is_hxl(text: str) -> bool:
    """An HXL hashtag ("#beneficiary+name"), which Kobo writes in a row under the header."""
    return bool(_HXL.match(text.strip()))


def _keys(text: str) -> list[str]:
    """The header's words as written, without numbering and question words, then without "ـك"."""
    plain = _words(_PARENS.sub(" ", text)) or _words(text)  # "(arabe)", "(JJ/MM/AAAA)" only qualify
    rest = _NUMBERING.sub("", text, count=1)
    bare = _words(_PARENS.sub(" ", rest)) or _words(rest) or plain
    for q in _QUESTIONS:
        if bare.startswith(q + " "):
            bare = bare[len(q) + 1:]
            break
    possessive = " ".join("ال" + w[:-1] if len(w) >= 3 and w.endswith("ك") and not w.startswith("ال") else w
                          for w in bare.split())
    return list(dict.fromkeys(k for k in (plain, bare, possessive) if k))


def _match(text: str) -> str | None:
    keys = _keys(text)
    if not keys:
        return None
    for key in keys:
        if key in _EXACT:
            return _EXACT[key]
    # Whose field it is ("… du participant") says nothing of which: read without it first.
    specific = " ".join(w for w in keys[-1].split() if w not in _WEAK)
    if specific and specific != keys[-1]:
        found = _EXACT.get(specific) or _contained(specific)
        if found:
            return found
    return _contained(keys[-1])


def _contained(key: str) -> str | None:
    """The field of the longest synonym ``key`` contains; a weak word only when nothing else is there."""
    found, best = None, (False, 0)
    for f, words in _SYN.items():
        for w in words:
            rank = (w not in _WEAK, len(w))
            if rank > best and len(w) >= 3 and f" {w} " in f" {key} ":
                found, best = f, rank
    return found


def field_for_header(header: str) -> str | None:
    """The field a header names, or None: exact synonym first, then the longest synonym it contains.

    A long question's first line says what it asks (Google Forms puts the description below it); a
    Kobo group path ("identite/nom_complet") is read by its last part; Kobo's own columns
    ("_uuid", "_index", "_notes" …) and HXL hashtags are never fields.
    """
    text = str(header).strip()
    if not fold(text) or text.startswith("_") or is_hxl(text):
        return None
    if forbidden_columns([text]):
        return None
    first_line = next((line for line in text.splitlines() if line.strip()), text)
    found = None
    for candidate in dict.fromkeys((first_line, text)):
        parts = candidate.split("/")
        path = len(parts) > 1 and "(" not in candidate and all(p and p == p.strip() for p in parts)
        if path and _words(candidate) not in _EXACT:
            found = _match(parts[-1]) or _match(candidate)  # a group path, not "Nom / Prénom"
        else:
            found = _match(candidate)
        if found:
            break
    if found in ("first_name", "last_name") and arabic_hint(text):
        found += "_ar"
    return found


def arabic_hint(text: str) -> bool:
    words = fold(text).split()
    return any(w in words for w in ("arabe", "arabic", "ar", "بالعربيه", "عربي", "بالعربي"))


def guess_mapping(headers: list[str]) -> dict[str, str | None]:
    """Header → field (None = not imported); each field is used by one column only.

    A Kobo multi-select answer comes with a 0/1 column per choice ("langue/arabe" after "langue"):
    those are never fields. When the only name column is a family name ("Quel est votre nom ?"), it
    holds the whole name.
    """
    mapping: dict[str, str | None] = {}
    used: set[str] = set()
    present = set(headers)
    for h in headers:
        parent = h.rpartition("/")[0]
        f = None if parent and parent in present else field_for_header(h)
        if f in used:
            f = None
        if f:
            used.add(f)
        mapping[h] = f
    names = [h for h, f in mapping.items() if f in NAME_FIELDS]
    if len(names) == 1 and mapping[names[0]] in ("last_name", "last_name_ar"):
        mapping[names[0]] = "full_name"
    return mapping


def forbidden_columns(headers: list[str]) -> list[str]:
    """Columns that look like legal/immigration status or identity documents: never imported.

    Kobo's own columns ("_validation_status", "_status": the state of a submission) are not about
    the person, and are not listed as such."""
    out = []
    for h in headers:
        if h.startswith("_"):
            continue
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
