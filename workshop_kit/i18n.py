"""Translations shared by the core, the CLI and the Qt UI.

Source strings are English. The catalogs are Qt Linguist files
(``assets/translations/workshop_kit_<lang>.ts``) built by ``scripts/i18n.py`` from the per-feature
tables in ``assets/translations/src/*.yaml``. The core reads them with the standard library; the UI
installs a ``QTranslator`` over the same catalog (``ui/i18n.py``). French is the default language.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

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


def catalog_path(lang: str) -> Path:
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
        if source is None or translation is None or not (translation.text or "").strip():
            continue
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        table.setdefault(source, translation.text or "")
    return table


def translate(text: str, lang: str | None = None) -> str:
    return catalog(lang or _current).get(text, text)


def _(text: str) -> str:
    """Mark and translate a user-visible core string (extracted by scripts/i18n.py)."""
    return translate(text)


def N_(text: str) -> str:
    """Mark a string for extraction without translating it now (translated where shown)."""
    return text
