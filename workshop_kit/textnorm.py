"""Text normalisation for search and duplicate detection, Latin and Arabic script.

A trainer types without accents or harakat; stored text may have them. Both sides go through
``fold`` so "Ecole" finds "École" and "مدرسة" finds "مَدْرَسَةٌ".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic: harakat, tanwin, shadda, sukun, superscript alef, Quranic marks, and tatweel.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ء": "",
        "ک": "ك",
        "ی": "ي",
        "٠": "0",
        "١": "1",
        "٢": "2",
        "٣": "3",
        "٤": "4",
        "٥": "5",
        "٦": "6",
        "٧": "7",
        "٨": "8",
        "٩": "9",
    }
)
_SPACES = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def fold_arabic(text: str) -> str:
    """Remove harakat and tatweel; unify alef/hamza forms, ta marbuta and alef maqsura."""
    return _ARABIC_MARKS.sub("", text).translate(_ARABIC_MAP)


def strip_accents(text: str) -> str:
    """é→e, ç→c… (Latin combining marks only; Arabic letters are left to fold_arabic)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not (unicodedata.combining(ch) and ord(ch) < 0x0600))


def fold(text: str | None) -> str:
    """Case-, accent- and harakat-insensitive form of ``text``, punctuation turned into spaces."""
    if not text:
        return ""
    return _fold(text)


@lru_cache(maxsize=1 << 17)
def _fold(text: str) -> str:
    """Cached: imports and searches repeat the same first names, organisations and cities."""
    if text.isascii():  # fast path (most names, e-mails, cities): same result, no Unicode work
        return _SPACES.sub(" ", _PUNCT.sub(" ", text.lower())).strip()
    return _fold_unicode(text)


def _fold_unicode(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = fold_arabic(text)
    text = strip_accents(text).casefold()
    text = _PUNCT.sub(" ", text)
    return _SPACES.sub(" ", text).strip()
