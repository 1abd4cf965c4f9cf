"""ISO 3166-1 countries with their names in French, Arabic and English.

The table (``assets/data/countries.tsv``) is generated from the Debian ``iso-codes`` package by
``scripts/make_countries.py``. ``lookup`` turns what people write in a spreadsheet ("Maroc",
"المغرب", "Morocco", "MA", "MAR"…) into the two-letter code stored in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from .textnorm import fold

# Forms people often write that the ISO names do not cover.
_ALIASES = {
    "marocaine": "MA", "marocain": "MA", "moroccan": "MA", "mar": "MA",
    "senegalaise": "SN", "senegalais": "SN", "ivoirienne": "CI", "ivoirien": "CI", "cote d ivoire": "CI",
    "guineenne": "GN", "guineen": "GN", "malienne": "ML", "malien": "ML", "camerounaise": "CM",
    "camerounais": "CM", "congolaise": "CD", "congolais": "CD", "rdc": "CD", "rd congo": "CD",
    "nigeriane": "NG", "nigerian": "NG", "syrienne": "SY", "syrien": "SY", "syria": "SY", "سوري": "SY",
    "soudanaise": "SD", "soudanais": "SD", "francaise": "FR", "francais": "FR", "algerienne": "DZ",
    "algerien": "DZ", "tunisienne": "TN", "tunisien": "TN", "yemenite": "YE", "uk": "GB", "usa": "US",
    "سوريا": "SY", "سورية": "SY", "فلسطين": "PS", "روسيا": "RU", "إيران": "IR", "ليبيا": "LY", "تنزانيا": "TZ",
    "الكونغو الديمقراطية": "CD", "الكونغو برازافيل": "CG", "كوريا الجنوبية": "KR", "فنزويلا": "VE", "بوليفيا": "BO",
    "مغربي": "MA", "مغربية": "MA", "سنغالي": "SN", "سنغالية": "SN", "غيني": "GN", "مالي": "ML", "ايفواري": "CI",
}


@dataclass(frozen=True)
class Country:
    code: str
    en: str
    fr: str
    ar: str

    def name(self, lang: str) -> str:
        return {"fr": self.fr, "ar": self.ar}.get(lang, self.en)


@cache
def all_countries() -> tuple[Country, ...]:
    from .paths import resource

    lines = resource("assets", "data", "countries.tsv").read_text(encoding="utf-8").splitlines()
    return tuple(Country(*line.split("\t")) for line in lines[1:] if line.strip())


@cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for c in all_countries():
        for name in (c.code, c.en, c.fr, c.ar):
            index.setdefault(fold(name), c.code)
            # "Congo, The Democratic Republic of the" → also "the democratic republic of the congo" forms
            for comma in (",", "،"):
                if comma not in name:
                    continue
                head, tail = name.split(comma, 1)
                index.setdefault(fold(f"{tail} {head}"), c.code)
    index.update({fold(k): v for k, v in _ALIASES.items()})
    return index


@lru_cache(maxsize=4096)
def lookup(value: str | None) -> str | None:
    """ISO code for a code or a name in any of the three languages; None when unknown or empty."""
    if not value:
        return None
    key = fold(str(value))
    if not key:
        return None
    return _index().get(key)


def name_of(code: str | None, lang: str = "fr") -> str:
    if not code:
        return ""
    for c in all_countries():
        if c.code == code:
            return c.name(lang)
    return code


def sorted_for(lang: str) -> list[Country]:
    """Countries sorted by their name in ``lang``, Morocco first (most participants)."""
    items = sorted(all_countries(), key=lambda c: fold(c.name(lang)))
    return sorted(items, key=lambda c: c.code != "MA")
