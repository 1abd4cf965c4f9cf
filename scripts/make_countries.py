"""Regenerate assets/data/countries.tsv (ISO 3166-1 alpha-2, English/French/Arabic names).

Source: the Debian ``iso-codes`` package (JSON list + gettext catalogs), read at development time;
the app only reads the generated TSV, so nothing is needed on the user's machine.
    python scripts/make_countries.py
"""

from __future__ import annotations

import gettext
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ISO = Path("/usr/share/iso-codes/json/iso_3166-1.json")
# Not offered as a nationality: the app is used by Moroccan associations, for whom "Western Sahara"
# (ISO "EH") is part of Morocco, not a country people come from.
EXCLUDED = {"EH"}


def main() -> None:
    entries = json.loads(ISO.read_text(encoding="utf-8"))["3166-1"]
    tr = {
        lang: gettext.translation("iso_3166-1", "/usr/share/locale", languages=[lang], fallback=True)
        for lang in ("fr", "ar")
    }
    lines = ["code\ten\tfr\tar"]
    for e in sorted(entries, key=lambda e: e["alpha_2"]):
        if e["alpha_2"] in EXCLUDED:
            continue
        en = e.get("common_name") or e["name"]
        names = [tr[lang].gettext(e.get("common_name") or e["name"]) for lang in ("fr", "ar")]
        if e.get("common_name"):
            names = [n if n != e["common_name"] else tr[lang].gettext(e["name"]) for n, lang in zip(names, ("fr", "ar"), strict=True)]
        lines.append("\t".join([e["alpha_2"], en, *names]))
    out = ROOT / "assets" / "data" / "countries.tsv"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} countries → {out}")


if __name__ == "__main__":
    main()
