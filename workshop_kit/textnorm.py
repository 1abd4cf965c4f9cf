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


# Latin (and Cyrillic, Hebrew) combining marks: the accents a trainer does not type. Arabic marks,
# from U+0600 on, are fold_arabic's business. One regular expression: no per-character Python loop.
_LATIN_MARKS = re.compile(
    "[" + "".join(re.escape(c) for c in map(chr, range(0x0600)) if unicodedata.combining(c)) + "]"
)
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_CACHED_UP_TO = 200  # characters: names, cities and search words are cached, curricula sections are not


def strip_accents(text: str) -> str:
    """é→e, ç→c… (Latin combining marks only; Arabic letters are left to fold_arabic)."""
    return _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", text))


def fold(text: str | None) -> str:
    """Case-, accent- and harakat-insensitive form of ``text``, punctuation turned into spaces.

    The one folding of the app: search, imports, duplicates and curricula sections all use it.
    """
    if not text:
        return ""
    return _fold(text) if len(text) <= _CACHED_UP_TO else _fold_text(text)


def fold_unique(text: str | None) -> str:
    """``fold`` for a value that seldom repeats (an e-mail address): not cached, so that an import of
    100,000 people does not fill the cache with addresses seen once, pushing out the names that repeat."""
    return _fold_text(text) if text else ""


@lru_cache(maxsize=1 << 15)
def _fold(text: str) -> str:
    """Cached: imports and searches repeat the same first names, organisations and cities."""
    return _fold_text(text)


def _fold_text(text: str) -> str:
    if text.isascii():  # fast path (most names, e-mails, cities): same result, no Unicode work
        return _SPACES.sub(" ", _PUNCT.sub(" ", text.lower())).strip()
    text = unicodedata.normalize("NFKC", text)
    if _ARABIC_SCRIPT.search(text):  # str.translate is slow on long texts: only when it can change them
        text = fold_arabic(text)
    text = strip_accents(text).casefold()
    return _SPACES.sub(" ", _PUNCT.sub(" ", text)).strip()
