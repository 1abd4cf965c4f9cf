"""A USB scanner typing through the Arabic (101) layout: real key maps, real badge tokens, the door path.

The key map is not copied from our own table: libxkbcommon compiles X11's ``us`` and ``ara`` layouts
(xkb-data) and each physical key's US character is paired with what ``ara`` types for it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import unicodedata
from datetime import date, datetime

import pytest

from workshop_kit import badges, checkin, i18n
from workshop_kit.keyboard_layouts import ARABIC_101_TABLE, arabic_readings, type_on_arabic_101

MORNING = datetime(2026, 3, 10, 9, 5)


class _RuleNames(ctypes.Structure):
    _fields_ = [(n, ctypes.c_char_p) for n in ("rules", "model", "layout", "variant", "options")]


def _xkb_levels(layout: str) -> dict[int, tuple[str, str]]:
    """Keycode → (unshifted, shifted) text of a real XKB layout, compiled by libxkbcommon."""
    name = ctypes.util.find_library("xkbcommon") or "libxkbcommon.so.0"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        pytest.skip("libxkbcommon is not installed (scripts/bootstrap.sh installs it)")
    lib.xkb_context_new.restype = ctypes.c_void_p
    lib.xkb_keymap_new_from_names.restype = ctypes.c_void_p
    lib.xkb_keymap_new_from_names.argtypes = [ctypes.c_void_p, ctypes.POINTER(_RuleNames), ctypes.c_int]
    lib.xkb_keymap_key_get_syms_by_level.argtypes = [
        ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint32, ctypes.c_uint32, ctypes.POINTER(ctypes.POINTER(ctypes.c_uint32))
    ]
    lib.xkb_keysym_to_utf32.restype = ctypes.c_uint32
    lib.xkb_keymap_unref.argtypes = lib.xkb_context_unref.argtypes = [ctypes.c_void_p]
    context = lib.xkb_context_new(0)
    names = _RuleNames(b"evdev", b"pc105", layout.encode(), b"", b"")
    keymap = lib.xkb_keymap_new_from_names(context, ctypes.byref(names), 0)
    if not keymap:
        lib.xkb_context_unref(context)
        pytest.skip("xkb-data is not installed (scripts/bootstrap.sh --test installs it)")
    out = {}
    for keycode in range(8, 256):
        texts = []
        for level in (0, 1):
            syms = ctypes.POINTER(ctypes.c_uint32)()
            n = lib.xkb_keymap_key_get_syms_by_level(keymap, keycode, 0, level, ctypes.byref(syms))
            code = lib.xkb_keysym_to_utf32(syms[0]) if n == 1 else 0
            texts.append(chr(code) if code >= 0x20 else "")
        if all(texts):
            out[keycode] = (texts[0], texts[1])
    lib.xkb_keymap_unref(keymap)
    lib.xkb_context_unref(context)
    return out


# The 47 printable keys of the main block (evdev keycodes): digits row, three letter rows, ` and \\.
MAIN_KEYS = [*range(10, 22), *range(24, 36), *range(38, 50), *range(51, 62)]


@pytest.fixture(scope="module")
def x11_arabic() -> dict[str, str]:
    """US character → what X11's Arabic layout types with the same key (both shift levels)."""
    us, ara = _xkb_levels("us"), _xkb_levels("ara")
    pairs = {}
    for keycode in MAIN_KEYS:
        for us_char, ara_char in zip(us[keycode], ara[keycode], strict=True):
            pairs[us_char] = ara_char
    assert len(pairs) == 94, "the real key maps should give both levels of the 47 printable keys"
    return pairs


def test_our_arabic_table_matches_the_x11_key_map_for_every_key(x11_arabic):
    checked = 0
    for us_char, typed in x11_arabic.items():
        if typed == us_char:
            continue  # digits, "-", "=": the same character on both layouts
        assert us_char in ARABIC_101_TABLE.get(typed, ()), (typed, unicodedata.name(typed, "?"), us_char)
        checked += 1
    # letters, harakat (shifted Q W E R, A S, X, ~) and the lam-alef ligatures (b, B, T, G) are all in
    assert checked == 69
    assert {x11_arabic[k] for k in "~QWERASX"} == set("\u0651\u064e\u064b\u064f\u064c\u0650\u064d\u0652")
    assert x11_arabic["b"] == "\ufefb" and x11_arabic["B"] == "\ufef5"


def test_the_windows_two_letter_lam_alef_keys_are_undone():
    # Windows' Arabic (101) (KBDA1) types two characters for these keys.
    assert type_on_arabic_101("bBTG") == "لالآلإلأ"
    for typed, key in (("لا", "b"), ("لآ", "B"), ("لإ", "T"), ("لأ", "G")):
        assert key in arabic_readings(typed)
    # lam then alef is also the g key then the h key: both readings are offered
    assert {"b", "gh"} <= set(arabic_readings("لا"))


def test_wk1_prefix_arrives_as_arabic_and_is_read_back():
    assert type_on_arabic_101("WK1-") == "\u064b،1-"
    assert "WK1-" in arabic_readings("\u064b،1-")
    assert arabic_readings("WK1-abc") == []  # no Arabic letter: not an Arabic-layout scan


@pytest.fixture
def ws(db):
    from workshop_kit.demo import create_demo

    workshop, _n = create_demo(db, start=date(2026, 3, 10))
    return workshop


def _with_lam_alef(issued: dict) -> badges.Badge:
    """A real issued badge whose token has a lam-alef key (b, B, T or G), re-issued until one has."""
    for badge in issued.values():
        if set(badge.token[4:]) & set("bBTG"):
            return badge
    raise AssertionError("twelve tokens of 32 characters without b, B, T or G")  # odds ≈ 10^-13


def test_real_tokens_typed_through_the_arabic_layouts_check_in(db, ws, x11_arabic):
    issued = badges.ensure_badges(db, ws.id)
    badge = _with_lam_alef(issued)
    windows = type_on_arabic_101(badge.token)
    assert windows.startswith("\u064b،1-") and not set(windows) & set("abcdefghjkmnpqrstuvwxyz")
    x11 = "".join(x11_arabic[c] for c in badge.token)
    assert windows != x11  # one-character ligatures there
    assert badges.find_badge(db, windows).token == badge.token
    assert badges.find_badge(db, x11).token == badge.token
    # Arabic (102) AZERTY: same letters, French digit row (1 → &, - → ), 4 → ')
    azerty = windows.translate(str.maketrans({"1": "&", "-": ")", "2": "é", "3": '"', "4": "'", "5": "(",
                                              "6": "-", "7": "è", "8": "_", "9": "ç"}))
    assert badges.find_badge(db, azerty).token == badge.token
    # the door: a scan through the Arabic layout checks the participant in
    result = checkin.check_in(db, ws.id, windows, now=MORNING)
    assert result.status == "checked_in" and result.participant_id == badge.participant_id
    # and every other real badge too
    for other in issued.values():
        assert badges.find_badge(db, type_on_arabic_101(other.token)).token == other.token


def test_short_code_typed_on_the_arabic_layout_is_recognised(db, ws):
    badge = next(iter(badges.ensure_badges(db, ws.id).values()))
    typed = type_on_arabic_101(badge.short_code.lower()[:3] + "-" + badge.short_code.lower()[3:])
    assert badges.find_badge(db, typed).token == badge.token


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_an_unreadable_arabic_scan_says_which_layout_is_active_and_how_to_switch(db, ws, lang):
    badges.ensure_badges(db, ws.id)
    i18n.set_language(lang)
    unknown = checkin.check_in(db, ws.id, type_on_arabic_101("WK1-" + "a" * 32), now=MORNING)
    assert unknown.status == "unknown" and unknown.reason == "unknown_token"
    garbage = checkin.check_in(db, ws.id, "ضصثقف", now=MORNING)
    assert garbage.status == "unknown" and garbage.reason == "keyboard_layout"
    for result in (unknown, garbage):
        assert "Alt+" in result.message and "Windows" in result.message
        assert {"fr": "arabe", "ar": "العربية", "en": "Arabic"}[lang] in result.message
    latin = checkin.check_in(db, ws.id, "x7#Q", now=MORNING)
    assert "Alt+" not in latin.message


def test_an_unknown_badge_typed_through_azerty_is_called_an_unknown_badge(db, ws):
    badges.ensure_badges(db, ws.id)
    result = checkin.check_in(db, ws.id, "ZK&)" + "b" * 32, now=MORNING)  # WK1-bbb… on a French keyboard
    assert result.status == "unknown" and result.reason == "unknown_token"
    assert "Alt+" not in result.message  # the French layout is the expected one: no switch to suggest


@pytest.mark.parametrize("layout", ["101", "azerty"])
def test_a_token_full_of_ambiguous_keys_is_still_found(db, ws, layout):
    """Every lam-alef key and, on AZERTY, every 4/M key doubles the readings: 1 badge in ~600 has more
    than a few hundred, and it must check in like the others instead of reading "Code inconnu"."""
    issued = badges.ensure_badges(db, ws.id)
    badge, decoy = list(issued.values())[:2]
    token = "WK1-" + ("4bTGBMgh" * 4)[:32]
    lookalike = token[:-1] + ("b" if token[-1] != "b" else "T")  # differs only in the last key
    db.execute("UPDATE badge_tokens SET token = ? WHERE id = ?", [token, badge.id])
    db.execute("UPDATE badge_tokens SET token = ? WHERE id = ?", [lookalike, decoy.id])
    typed = type_on_arabic_101(token)
    if layout == "azerty":
        typed = typed.replace("1", "&", 1).replace("-", ")", 1).replace("4", "'")
    found = badges.find_badge(db, typed)
    assert found is not None and found.token == token
    assert badges.find_badge(db, type_on_arabic_101(lookalike)).token == lookalike
