"""Arabic for a text renderer that draws one glyph per character, left to right (Pillow without Raqm).

Pillow lays out Arabic through libraqm, which needs the system's FriBiDi (``libfribidi0``); a
laptop without it, or a frozen build on one, would draw names as separate letters in reverse
order. ``visual(text)`` gives what such a renderer must draw instead: each letter replaced by its
joined form from Unicode's Arabic Presentation Forms (which the bundled Noto Naskh font has), lam +
alef as one ligature, harakat dropped, and the line put in visual order (right-to-left runs
reversed, Latin words and numbers kept as they read). Enough for names and titles; Raqm stays the
first choice.
"""

from __future__ import annotations

import unicodedata

# Letter -> its first presentation form, and how many forms follow in order (isolated, final,
# initial, medial): 4 for letters joining on both sides, 2 for those joining only to the previous one.
_FORMS: dict[str, tuple[int, int]] = {
    "\u0621": (0xFE80, 1), "\u0622": (0xFE81, 2), "\u0623": (0xFE83, 2), "\u0624": (0xFE85, 2),
    "\u0625": (0xFE87, 2), "\u0626": (0xFE89, 4), "\u0627": (0xFE8D, 2), "\u0628": (0xFE8F, 4),
    "\u0629": (0xFE93, 2), "\u062A": (0xFE95, 4), "\u062B": (0xFE99, 4), "\u062C": (0xFE9D, 4),
    "\u062D": (0xFEA1, 4), "\u062E": (0xFEA5, 4), "\u062F": (0xFEA9, 2), "\u0630": (0xFEAB, 2),
    "\u0631": (0xFEAD, 2), "\u0632": (0xFEAF, 2), "\u0633": (0xFEB1, 4), "\u0634": (0xFEB5, 4),
    "\u0635": (0xFEB9, 4), "\u0636": (0xFEBD, 4), "\u0637": (0xFEC1, 4), "\u0638": (0xFEC5, 4),
    "\u0639": (0xFEC9, 4), "\u063A": (0xFECD, 4), "\u0641": (0xFED1, 4), "\u0642": (0xFED5, 4),
    "\u0643": (0xFED9, 4), "\u0644": (0xFEDD, 4), "\u0645": (0xFEE1, 4), "\u0646": (0xFEE5, 4),
    "\u0647": (0xFEE9, 4), "\u0648": (0xFEED, 2), "\u0649": (0xFEEF, 2), "\u064A": (0xFEF1, 4),
    # Letters of names written in Maghrebi, Persian or Urdu spelling.
    "\u067E": (0xFB56, 4), "\u0686": (0xFB7A, 4), "\u0698": (0xFB8A, 2), "\u06A4": (0xFB6A, 4),
    "\u06A9": (0xFB8E, 4), "\u06AF": (0xFB92, 4), "\u06CC": (0xFBFC, 4),
}
_TATWEEL = "\u0640"
# Lam followed by one of these alefs is one ligature glyph (isolated form; the final form follows).
_LAM_ALEF = {"\u0622": 0xFEF5, "\u0623": 0xFEF7, "\u0625": 0xFEF9, "\u0627": 0xFEFB}
_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _joins_forward(ch: str | None) -> bool:
    return ch == _TATWEEL or (ch in _FORMS and _FORMS[ch][1] == 4)


def _joins_backward(ch: str | None) -> bool:
    return ch == _TATWEEL or (ch in _FORMS and _FORMS[ch][1] >= 2)


def shape(text: str) -> str:
    """Each Arabic letter as its joined presentation form (logical order kept); harakat dropped."""
    letters = [c for c in text if unicodedata.category(c) != "Mn"]
    out: list[str] = []
    i = 0
    while i < len(letters):
        ch = letters[i]
        prev = letters[i - 1] if i else None
        nxt = letters[i + 1] if i + 1 < len(letters) else None
        joined_before = _joins_forward(prev) and _joins_backward(ch)
        if ch == "\u0644" and nxt in _LAM_ALEF:
            out.append(chr(_LAM_ALEF[nxt] + (1 if joined_before else 0)))
            i += 2
            continue
        if ch not in _FORMS:
            out.append(ch)
        else:
            first, count = _FORMS[ch]
            joined_after = count == 4 and _joins_backward(nxt)
            form = {(False, False): 0, (True, False): 1, (False, True): 2, (True, True): 3}[(joined_before, joined_after)]
            out.append(chr(first + form))
        i += 1
    return "".join(out)


def _strength(ch: str) -> str:
    """'R' for right-to-left letters, 'L' for left-to-right letters and digits, 'N' for the rest."""
    kind = unicodedata.bidirectional(ch)
    if kind in ("R", "AL"):
        return "R"
    if kind in ("L", "EN", "AN"):
        return "L"
    return "N"


def visual(text: str) -> str:
    """``text`` shaped and in the order to draw it left to right (a simplified Unicode bidi algorithm).

    The line reads right to left when its first strong character is Arabic. Runs of Latin letters
    and digits keep their order inside it; spaces and punctuation between two runs of the same
    direction take that direction, others the line's.
    """
    shaped = shape(text)
    strengths = [_strength(c) for c in shaped]
    base = next((s for s in strengths if s != "N"), "L")
    resolved = list(strengths)
    for i, s in enumerate(strengths):
        if s == "N":
            before = next((t for t in reversed(strengths[:i]) if t != "N"), base)
            after = next((t for t in strengths[i + 1:] if t != "N"), base)
            resolved[i] = before if before == after else base
    runs: list[tuple[str, str]] = []
    for ch, direction in zip(shaped, resolved, strict=True):
        if runs and runs[-1][0] == direction:
            runs[-1] = (direction, runs[-1][1] + ch)
        else:
            runs.append((direction, ch))
    pieces = [chars[::-1].translate(_MIRRORED) if direction == "R" else chars for direction, chars in runs]
    return "".join(reversed(pieces) if base == "R" else pieces)
