"""Undo a keyboard layout a USB scanner typed through: it presses US keys, the laptop's layout names them.

A scanner "types" a badge code as key presses on a US keyboard. Many Moroccan laptops switch between
French and Arabic layouts; while the Arabic (101) layout is active the keys for ``WK1-`` give
``ً،1-`` (shift+W is the fathatan, shift+K the Arabic comma), and every scan is unknown.
``arabic_readings`` turns such text back into what the scanner meant.

The table is the Arabic (101) key map, shifted and unshifted, as Microsoft publishes it (KBDA1:
curly quotes on shift+U and shift+M); its letters and harakat are X11's ``ara`` symbols too, which
``tests/core/test_keyboard_layouts.py`` compiles with libxkbcommon to prove the table key by key. Four keys
type two letters, lam + alef (``b`` → ``لا``, shift+``b`` → ``لآ``, shift+``t`` → ``لإ``,
shift+``g`` → ``لأ``); X11 types the one-character ligatures (U+FEFB…) instead. As lam is also the
``g`` key and alef the ``h`` key, ``لا`` may be ``b`` or ``gh``: every reading is offered and the
badge lookup tells which one exists. The North-African "Arabic (102) AZERTY" layout has the same
letters with the French digit row (``&é"'(-è_çà)``); it is read as well.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable

# The US keys in order, unshifted then shifted, and what the Arabic (101) layout types for each.
US_KEYS = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./"
US_SHIFTED = '~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?'
ARABIC_101 = (
    "ذ", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "=",
    "ض", "ص", "ث", "ق", "ف", "غ", "ع", "ه", "خ", "ح", "ج", "د", "\\",
    "ش", "س", "ي", "ب", "ل", "ا", "ت", "ن", "م", "ك", "ط",
    "ئ", "ء", "ؤ", "ر", "لا", "ى", "ة", "و", "ز", "ظ",
)
ARABIC_101_SHIFTED = (
    "\u0651", "!", "@", "#", "$", "%", "^", "&", "*", ")", "(", "_", "+",
    "\u064e", "\u064b", "\u064f", "\u064c", "لإ", "إ", "`", "÷", "×", "؛", "<", ">", "|",
    "\u0650", "\u064d", "]", "[", "لأ", "أ", "ـ", "،", "/", ":", '"',
    "~", "\u0652", "}", "{", "لآ", "آ", "'", ",", ".", "؟",
)
# Other characters the same keys give: X11's one-character lam-alef ligatures, Windows' curly quotes
# on shift+U / shift+M, X11's ellipsis on shift+backslash.
OTHER_SPELLINGS = {"\ufefb": "b", "\ufef5": "B", "\ufef9": "T", "\ufef7": "G", "\u2018": "U", "\u2019": "M",
                   "\u2026": "|"}
# The French digit row of "Arabic (102) AZERTY": unshifted keys give these, the scanner meant the US key.
AZERTY_DIGIT_ROW = {"&": "1", "é": "2", '"': "3", "'": "4", "(": "5", "-": "6", "è": "7", "_": "8", "ç": "9",
                    "à": "0", ")": "-"}
Keep = Callable[[str], bool]
MAX_READINGS = 256  # per layout, when nothing can tell a wrong start from a right one
PRUNE_AT = 64  # readings kept before asking ``keep`` which starts can still lead somewhere


def _table() -> dict[str, tuple[str, ...]]:
    """Typed text (one or two characters) → the US keys that may have typed it."""
    table: dict[str, list[str]] = {}
    for keys, typed in ((US_KEYS, ARABIC_101), (US_SHIFTED, ARABIC_101_SHIFTED)):
        for key, text in zip(keys, typed, strict=True):
            table.setdefault(text, []).append(key)
    for text, key in OTHER_SPELLINGS.items():
        table.setdefault(text, []).append(key)
    # Lam-alef typed by one key may also be the lam key followed by the alef key.
    for text in [t for t in table if len(t) == 2]:
        split = itertools.product(*(table[c] for c in text))
        table[text] += ["".join(p) for p in split if "".join(p) not in table[text]]
    return {k: tuple(v) for k, v in table.items()}


ARABIC_101_TABLE = _table()
ARABIC_AZERTY_TABLE = ARABIC_101_TABLE | {
    ch: tuple(dict.fromkeys((digit, *ARABIC_101_TABLE.get(ch, ()))))
    if ch == "'" else (digit,)  # "'" is the 4 key, or shift+M as on the 101 layout
    for ch, digit in AZERTY_DIGIT_ROW.items()
}


def has_arabic_letters(text: str) -> bool:
    """True when the text holds Arabic letters or harakat (what a scanner types on an Arabic layout)."""
    return any("ARABIC" in unicodedata.name(c, "") for c in text)


def _parts(text: str, table: dict[str, tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The typed text cut into keys, each with the US keys that may have typed it."""
    parts: list[tuple[str, ...]] = []
    i = 0
    while i < len(text):
        two = text[i : i + 2]
        if len(two) == 2 and two in table:
            parts.append(table[two])
            i += 2
        else:
            parts.append(table.get(text[i], (text[i],)))
            i += 1
    return parts


def _readings(text: str, table: dict[str, tuple[str, ...]], keep: Keep | None = None) -> list[str]:
    """Every reading of ``text``; each lam-alef (and AZERTY's 4/M) key doubles them.

    With ``keep(start) -> bool`` (does anything begin like this?) the readings are grown key by key and
    the hopeless starts dropped whenever there are more than ``PRUNE_AT``, so a badge with a dozen
    ambiguous keys is found as surely as one with none. Without it, the first ``MAX_READINGS``.
    """
    parts = _parts(text, table)
    if keep is None:
        return ["".join(p) for p in itertools.islice(itertools.product(*parts), MAX_READINGS)]
    starts = [""]
    for options in parts:
        starts = [start + option for start in starts for option in options]
        if len(starts) > PRUNE_AT:
            starts = [start for start in starts if keep(start)]
    return starts


def arabic_readings(text: str, keep: Keep | None = None) -> list[str]:
    """What a scanner meant when its keys came out through an Arabic layout (101, then 102 AZERTY).

    Empty when the text has no Arabic letter (it was not typed through an Arabic layout). ``keep``
    prunes readings that lead to nothing (see ``_readings``).
    """
    if not has_arabic_letters(text):
        return []
    out: list[str] = []
    for table in (ARABIC_101_TABLE, ARABIC_AZERTY_TABLE):
        for reading in _readings(text, table, keep):
            if reading not in out:
                out.append(reading)
    return out


def type_on_arabic_101(us_text: str) -> str:
    """What the Arabic (101) layout types for these US key presses (Windows' two-letter lam-alef)."""
    table = dict(zip(US_KEYS, ARABIC_101, strict=True)) | dict(zip(US_SHIFTED, ARABIC_101_SHIFTED, strict=True))
    return "".join(table.get(c, c) for c in us_text)


def layout_hint(text: str) -> str | None:
    """For a scan that still cannot be read: which keyboard layout seems active and how to switch."""
    from .i18n import _

    if has_arabic_letters(text):
        return _(
            "The scan arrived in Arabic letters: the Arabic keyboard layout seems to be active. Switch the "
            "laptop to the French layout (Alt+Shift, or Windows key+Space) and scan again."
        )
    return None
