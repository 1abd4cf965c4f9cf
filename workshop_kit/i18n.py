"""Translations shared by the core, the CLI and the Qt UI.

Source strings are English. The catalogs are Qt Linguist files
(``assets/translations/workshop_kit_<lang>.ts``) built by ``scripts/i18n.py`` from the per-feature
tables in ``assets/translations/src/*.yaml``. The core reads them with the standard library; the UI
installs a ``QTranslator`` over the same catalog (``ui/i18n.py``). French is the default language.

Counts use Qt's numerus forms: a source like ``"%n session(s)"`` has one translation per plural
form of the language, in Qt's order (French 2: 0-1 / more; Arabic 6: zero, one, two, 3-10, 11-99,
100-102...; English 2: 1 / other, in ``workshop_kit_en.ts``). ``plural_index`` is that rule, the
same as Qt Linguist's and CLDR's for these languages, so the core (``_n``) and the Qt translator
pick the same form.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import cache

LANGUAGES = ("fr", "ar", "en")
DEFAULT_LANGUAGE = "fr"
RTL_LANGUAGES = frozenset({"ar"})
LANGUAGE_NAMES = {"fr": "Français", "ar": "العربية", "en": "English"}

_current = os.environ.get("WORKSHOP_KIT_LANG", DEFAULT_LANGUAGE)
if _current not in LANGUAGES:
    _current = DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def language() -> str:
    return _current


def is_rtl(lang: str | None = None) -> bool:
    return (lang or _current) in RTL_LANGUAGES


# Number of numerus forms per language, in Qt's order (see plural_index).
PLURAL_FORMS = {"fr": 2, "ar": 6, "en": 2}


def plural_index(lang: str, n: int) -> int:
    """Which numerus form a count takes, in the order Qt Linguist lists them for ``lang``."""
    n = abs(int(n))
    if lang == "ar":
        if n <= 2:
            return n  # zero, one, two
        rest = n % 100
        if 3 <= rest <= 10:
            return 3  # few: 3-10, 103-110...
        if rest >= 11:
            return 4  # many: 11-99, 111-199...
        return 5  # other: 100-102, 200-202...
    if lang == "fr":
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1


def catalog_path(lang: str):  # noqa: ANN201 - Path
    from .paths import resource

    return resource("assets", "translations", f"workshop_kit_{lang}.ts")


@cache
def catalog(lang: str) -> dict[str, str]:
    """Source text → translation for ``lang`` (context-free; empty for English)."""
    if lang == "en":
        return {}
    path = catalog_path(lang)
    if not path.exists():
        return {}
    table: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is None or translation is None or message.get("numerus") == "yes":
            continue
        if not (translation.text or "").strip():
            continue
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        table.setdefault(source, translation.text or "")
    return table


@cache
def plural_catalog(lang: str) -> dict[str, tuple[str, ...]]:
    """Numerus source text → its translated forms for ``lang`` (finished, every form filled)."""
    path = catalog_path(lang)
    if not path.exists():
        return {}
    table: dict[str, tuple[str, ...]] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if message.get("numerus") != "yes" or source is None or translation is None:
            continue
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = tuple(f.text or "" for f in translation.iter("numerusform"))
        if len(forms) == PLURAL_FORMS.get(lang, 2) and all(f.strip() for f in forms):
            table.setdefault(source, forms)
    return table


def plural_form(text: str, n: int, lang: str | None = None) -> str | None:
    """The translated form of numerus ``text`` for ``n``, with ``%n`` left in; None if untranslated."""
    lang = lang or _current
    forms = plural_catalog(lang).get(text)
    return forms[plural_index(lang, n)] if forms else None


def translate_n(text: str, n: int, lang: str | None = None) -> str:
    """Translate a count-bearing string and put ``n`` in place of ``%n`` (as Qt does)."""
    form = plural_form(text, n, lang)
    return (text if form is None else form).replace("%n", str(n))


def translate(text: str, lang: str | None = None) -> str:
    return catalog(lang or _current).get(text, text)


def _(text: str) -> str:
    """Mark and translate a user-visible core string (extracted by scripts/i18n.py)."""
    return translate(text)


def _n(text: str, n: int) -> str:
    """Mark and translate a count-bearing core string, ``"%n session(s)"``: ngettext with Qt's forms."""
    return translate_n(text, n)


def N_(text: str) -> str:
    """Mark a string for extraction without translating it now (translated where shown)."""
    return text


def Nn_(text: str) -> str:  # noqa: N802 - the marker's name says "numerus, translated later"
    """Mark a count-bearing string for extraction; translated where shown with ``translate_n``."""
    return text
