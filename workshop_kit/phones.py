"""Phone numbers typed at the door or found in spreadsheets, normalised to E.164 (+212612345678).

Moroccan numbers are written many ways ("06 12 34 56 78", "0612345678", "212 6…", "00212…",
"+212 (0)6…", Arabic-Indic digits); foreign ones must carry their country code (+33…, 0033…).
"""

from __future__ import annotations

import re

from .errors import ValidationError
from .i18n import _

MOROCCO = "212"
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ALLOWED = re.compile(r"^[0-9+().\-/\s]+$")


def normalise_phone(raw: str | int | float | None) -> str | None:
    """E.164 form of ``raw``, None when empty; ValidationError with an example when impossible."""
    if raw is None:
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)  # a spreadsheet cell holding 612345678.0
    text = str(raw).translate(_DIGITS).strip()
    if not text:
        return None
    if not _ALLOWED.match(text):
        raise ValidationError(_invalid(text), "phone")
    text = text.replace("(0)", "")
    plus = text.startswith("+")
    digits = re.sub(r"\D", "", text)
    if plus:
        number = digits
    elif digits.startswith("00"):
        number = digits[2:]
    elif digits.startswith(MOROCCO) and len(digits) == 12:
        number = digits
    elif digits.startswith("0") and len(digits) == 10:
        number = MOROCCO + digits[1:]
    elif len(digits) == 9 and digits[0] in "567":
        number = MOROCCO + digits  # leading 0 lost by a spreadsheet
    else:
        raise ValidationError(_invalid(text), "phone")
    if number.startswith(MOROCCO):
        national = number[len(MOROCCO):].removeprefix("0")
        if len(national) != 9 or national[0] not in "5678":
            raise ValidationError(_invalid(text), "phone")
        number = MOROCCO + national
    elif not 8 <= len(number) <= 15 or number[0] == "0":
        raise ValidationError(_invalid(text), "phone")
    return "+" + number


def _invalid(text: str) -> str:
    return _(
        "'{value}' is not a phone number; write a Moroccan number as 06 12 34 56 78 or a foreign one "
        "with its country code, e.g. +33 6 12 34 56 78."
    ).format(value=text)


def national_form(e164: str | None) -> str:
    """0612345678 for a Moroccan number (how people type it when searching), else the E.164 digits."""
    if not e164:
        return ""
    if e164.startswith("+" + MOROCCO):
        return "0" + e164[1 + len(MOROCCO):]
    return e164.lstrip("+")


def display_phone(e164: str | None) -> str:
    """Readable form: +212 6 12 34 56 78 for Moroccan numbers, the country code apart otherwise."""
    if not e164:
        return ""
    if e164.startswith("+" + MOROCCO) and len(e164) == 13:
        n = e164[4:]
        return f"+212 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:9]}"
    return e164
