"""A USB scanner typing while the Arabic (101) keyboard layout is active: badges are still found."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workshop_kit import badges
from workshop_kit.keyboard_layouts import arabic_readings

XKB = Path("/usr/share/X11/xkb/symbols/ara")
KEYSYMS = Path("/usr/include/X11/keysymdef.h")
# The US QWERTY characters (unshifted, shifted) of the XKB key names.
POSITIONS = dict(zip(
    [f"AE{i:02d}" for i in range(1, 13)] + [f"AD{i:02d}" for i in range(1, 13)]
    + [f"AC{i:02d}" for i in range(1, 12)] + [f"AB{i:02d}" for i in range(1, 11)] + ["TLDE"],
    [*zip("1234567890-=", "!@#$%^&*()_+", strict=True), *zip("qwertyuiop[]", "QWERTYUIOP{}", strict=True),
     *zip("asdfghjkl;'", 'ASDFGHJKL:"', strict=True), *zip("zxcvbnm,./", "ZXCVBNM<>?", strict=True), ("`", "~")],
    strict=True,
))
ASCII = {"exclam": "!", "at": "@", "numbersign": "#", "dollar": "$", "percent": "%", "asciicircum": "^",
         "ampersand": "&", "asterisk": "*", "parenright": ")", "parenleft": "(", "minus": "-", "underscore": "_",
         "equal": "=", "plus": "+", "grave": "`", "division": "÷", "multiply": "×", "less": "<", "greater": ">",
         "bracketright": "]", "bracketleft": "[", "slash": "/", "colon": ":", "quotedbl": '"', "asciitilde": "~",
         "braceright": "}", "braceleft": "{", "apostrophe": "'", "comma": ",", "period": "."}


def _arabic_keymap() -> dict[str, str]:
    """US character → what the XKB Arabic layout types on the same key (from the system's own files)."""
    if not (XKB.exists() and KEYSYMS.exists()):
        pytest.skip("the XKB Arabic key map is not installed here")
    codes = {m[1]: chr(int(m[2], 16)) for m in re.finditer(r"#define XK_(\w+)\s+0x\w+\s+/\* U\+([0-9A-F]+)",
                                                          KEYSYMS.read_text(encoding="latin-1"))}
    codes = {name: value for name, value in ((m, c) for m, c in ((k, v) for k, v in codes.items()))}
    block = XKB.read_text(encoding="utf-8").split('xkb_symbols "basic"', 1)[1].split("};\n\n", 1)[0]

    def char(sym: str) -> str | None:
        if re.fullmatch(r"U0?[0-9A-Fa-f]{4,5}", sym):
            return chr(int(sym.lstrip("U"), 16))
        if len(sym) == 1:
            return sym
        return codes.get(sym) or ASCII.get(sym)

    keymap = {}
    for key, levels in re.findall(r"key <(\w+)>\s*\{\s*\[([^\]]*)\]", block):
        if key not in POSITIONS:
            continue
        syms = [s.strip() for s in levels.split(",")]
        for us, sym in zip(POSITIONS[key], syms[:2], strict=True):
            typed = char(sym)
            if typed:
                keymap[us] = typed
    return keymap


def _type(token: str, keymap: dict[str, str]) -> str:
    return "".join(keymap.get(ch, ch) for ch in token)


def test_tokens_typed_with_the_xkb_arabic_layout_are_found(db, demo):
    keymap = _arabic_keymap()
    assert keymap["W"] == "\u064b" and keymap["K"] == "،"  # "WK1-" arrives as "ً،1-" (as trainers saw it)
    tokens = [b.token for b in badges.ensure_badges(db, demo.id).values()]
    for token in tokens:
        typed = _type(token, keymap)
        assert typed != token and any("\u0600" <= c <= "\u06ff" or c > "\ufe70" for c in typed)
        assert token in arabic_readings(typed)
        found = badges.find_badge(db, typed)
        assert found is not None and found.token == token


def test_windows_lam_alef_keys_typing_two_characters_are_undone():
    # Windows (Arabic 101): b → «لا», Shift+T → «لإ», Shift+G → «لأ», Shift+B → «لآ»
    assert arabic_readings("ًُ،1-لالإلألآ")[0] == "WEK1-bTGB"
