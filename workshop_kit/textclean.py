"""What characters a name, title or venue may hold: one rule at every door, one guard at every writer.

A name pasted from a terminal, a web form or another program can carry invisible characters:
control codes (ESC, NUL…), Unicode non-characters (U+FFFE), bidi overrides that make a line read
backwards, odd spaces. Word and Excel files cannot hold most of them, and one such name used to stop
the badges, sign-in sheets and reports of a whole workshop. The rule, applied where text enters
(form, CLI, import, bundle): Unicode NFC; every kind of space becomes a plain space (collapsed, trimmed);
control characters, non-characters, surrogates and bidi embeddings/overrides/isolates are removed.
Joiners (ZWJ, ZWNJ) and the left-to-right/right-to-left marks stay: Arabic and Persian text and emoji
need them. Writers still pass text through ``xml_safe`` for rows stored before the rule existed.
"""

from __future__ import annotations

import re
import unicodedata

# Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI), BOM / zero-width no-break.
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069\ufeff"
# C0 and C1 controls, surrogates, non-characters (U+FDD0–U+FDEF and the last two code points of every plane).
_NONCHAR = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17)
)
_REMOVE = re.compile(f"[\x00-\x1f\x7f-\x9f\ud800-\udfff{_BIDI_CONTROLS}{_NONCHAR}]")
_REMOVE_KEEP_NEWLINES = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff{_BIDI_CONTROLS}{_NONCHAR}]")
# Characters XML 1.0 cannot hold at all (Word, Excel and LibreOffice files are XML).
_NOT_XML = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff{_NONCHAR}]")
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_line(value: str | None) -> str | None:
    """A one-line value (name, title, venue, city): the entry rule above; ``None`` stays ``None``."""
    if value is None:
        return None
    text = str(value)
    if text.isascii() and text.isprintable() and "  " not in text and text == text.strip():
        return text  # the common case: nothing to do
    text = unicodedata.normalize("NFC", text)
    # Whitespace controls (tab, newline, U+0085…) and every Unicode space become one plain space.
    text = " ".join(text.split())
    return " ".join(_REMOVE.sub("", text).split())


def clean_multiline(value: str | None) -> str | None:
    """Free text (notes): the same rule, but line breaks are kept (CR LF and CR become LF)."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", " ")
    lines = [" ".join(_REMOVE_KEEP_NEWLINES.sub("", line).split()) for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def changed_by_cleaning(before: str | None, after: str | None) -> bool:
    """True when the rule removed something a user could not see (not just extra spaces)."""
    if before is None or after is None:
        return False
    return " ".join(unicodedata.normalize("NFC", before).split()) != after


def xml_safe(text: str) -> str:
    """Text a .docx/.xlsx can hold: drops what XML 1.0 forbids (rows stored before the entry rule)."""
    return _NOT_XML.sub("", text) if not text.isascii() or not text.isprintable() else text


def terminal_safe(text: str) -> str:
    """Human output for a terminal: control characters shown as ``\\x1b`` instead of acted upon."""
    return _TERMINAL_UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                                else f"\\u{ord(m.group()):04x}", text)
