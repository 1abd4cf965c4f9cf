"""Build the Qt Linguist catalogs from the source code and the per-feature translation tables.

    python scripts/i18n.py build [--locations]  # take in Linguist's edits, then write the .ts files
    python scripts/i18n.py check    # exit 1 if a string lacks a translation or a form, or a .ts is stale
    python scripts/i18n.py missing  # print YAML stubs for strings that lack a translation

Strings are found in calls to ``tr("…")`` / ``self.tr("…")`` / ``QCoreApplication.translate(ctx, "…")``
(ui/) and ``_("…")`` / ``N_("…")`` (workshop_kit/). Counts use Qt's numerus forms: ``self.tr("%n
session(s)", "", n)`` in ui/, ``_n("%n session(s)", n)`` / ``Nn_`` / ``translate_n`` in the core.

Translations live in ``assets/translations/src/*.yaml`` as ``"English source": {fr: "…", ar: "…"}``,
one file per feature so people working on different features do not edit the same file; a
count-bearing source has a list of forms per language in Qt's order (``en`` and ``fr`` 2, ``ar`` 6):
``"%n session(s)": {en: [...], fr: [...], ar: [...]}``. English forms go to ``workshop_kit_en.ts``.

Translators may instead open ``workshop_kit_<lang>.ts`` in Qt Linguist: ``build`` first takes every
translation marked done there that changed since the last build back into the YAML tables (each
message remembers a short fingerprint of what was built, in an ``extra-wk-built`` element that
Linguist keeps); unfinished edits stay in the .ts as drafts. See docs/translating.md.
"""

from __future__ import annotations

import ast
import hashlib
import os
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SRC_DIRS = [ROOT / "ui", ROOT / "workshop_kit"]
TABLES = ROOT / "assets" / "translations" / "src"
OUT = ROOT / "assets" / "translations"
LANGS = ("fr", "ar")  # every string is translated into these
CATALOG_LANGS = ("fr", "ar", "en")  # English has a catalog for its numerus forms only
LANG_CODES = {"fr": "fr_FR", "ar": "ar_MA", "en": "en_GB"}
PLURAL_FORMS = {"fr": 2, "ar": 6, "en": 2}
FORM_NAMES = {
    "fr": ("0-1", "2+"),
    "ar": ("0", "1", "2", "3-10", "11-99", "100-102"),
    "en": ("1", "other"),
}
NEW_TABLE = TABLES / "translated-in-linguist.yaml"  # where Linguist work on a string no table holds goes
NUMERUS_CORE = ("_n", "Nn_", "translate_n")
# A word with "(s)" in a source string is a count whose noun should agree: it needs numerus forms.
PLURAL_HINT = re.compile(r"\w\(s\)")

Value = str | list[str]
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when there: the tables are large


@dataclass
class Found:
    contexts: set[str] = field(default_factory=set)
    numerus: bool = False
    locations: set[tuple[str, int]] = field(default_factory=set)


def extract() -> dict[str, Found]:
    """source text → where it is used and whether it takes a count."""
    found: dict[str, Found] = {}
    for folder in SRC_DIRS:
        for path in sorted(folder.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            _walk(tree, None, found, path.relative_to(ROOT).as_posix())
    return found


def _walk(node: ast.AST, cls: str | None, found: dict[str, Found], rel: str) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            _walk(child, child.name, found, rel)
            continue
        if isinstance(child, ast.Call):
            _record(child, cls, found, rel)
        _walk(child, cls, found, rel)


def _record(call: ast.Call, cls: str | None, found: dict[str, Found], rel: str) -> None:
    func = call.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    args = call.args
    has_n = any(k.arg == "n" for k in call.keywords)
    text = context = None
    numerus = False
    if name in ("_", "N_") and args and _is_str(args[0]):
        text, context = args[0].value, "core"
    elif name in NUMERUS_CORE and args and _is_str(args[0]):
        text, context, numerus = args[0].value, "core", True
    elif name == "tr" and args and _is_str(args[0]):
        text, context, numerus = args[0].value, cls or "global", len(args) >= 3 or has_n
    elif name == "translate" and len(args) >= 2 and _is_str(args[0]) and _is_str(args[1]):
        text, context, numerus = args[1].value, args[0].value, len(args) >= 4 or has_n
    if text:
        f = found.setdefault(text, Found())
        f.contexts.add(context)
        f.numerus |= numerus
        f.locations.add((rel, call.lineno))


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


# -- the YAML tables -------------------------------------------------------------------------------


def load_tables() -> tuple[dict[str, dict[str, Value]], dict[str, Path]]:
    """source → {lang: text or list of forms}, and source → the table file that holds it."""
    table: dict[str, dict[str, Value]] = {}
    where: dict[str, Path] = {}
    for path in sorted(TABLES.glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}
        for source, langs in data.items():
            values = {k: [str(x) for x in v] if isinstance(v, list) else str(v) for k, v in (langs or {}).items()}
            table.setdefault(str(source), {}).update(values)
            where.setdefault(str(source), path)
    return table, where


def _blocks(text: str) -> list[str]:
    """A table file cut into its top-level entries (and comment lines), keeping every character."""
    blocks: list[str] = []
    for line in text.splitlines(keepends=True):
        starts = line[:1] not in (" ", ":", "\n", "") and not line.startswith("- ")
        if starts or not blocks:
            blocks.append(line)
        else:
            blocks[-1] += line
    return blocks


def write_tables(updates: dict[str, dict[str, Value]], where: dict[str, Path]) -> None:
    """Put translations into the table files, changing only the entries concerned."""
    by_file: dict[Path, dict[str, dict[str, Value]]] = {}
    for source, langs in updates.items():
        by_file.setdefault(where.get(source, NEW_TABLE), {})[source] = langs
    for path, entries in by_file.items():
        text = path.read_text(encoding="utf-8") if path.exists() else (
            "# Translations made in Qt Linguist for strings no other table held; move them where they belong.\n")
        out = []
        for block in _blocks(text):
            key = None
            if not block.startswith("#") and block.strip():
                loaded = yaml.safe_load(block)
                key = next(iter(loaded)) if isinstance(loaded, dict) and loaded else None
            if key in entries:
                merged = (yaml.safe_load(block)[key] or {}) | entries.pop(key)
                block = _dump(key, merged)
            out.append(block)
        out += [_dump(key, langs) for key, langs in entries.items()]
        path.write_text("".join(out), encoding="utf-8")


def _dump(key: str, langs: dict[str, Value]) -> str:
    return yaml.safe_dump({key: dict(sorted(langs.items()))}, allow_unicode=True, width=1000, sort_keys=False)


# -- the .ts files ---------------------------------------------------------------------------------


def fingerprint(value: Value) -> str:
    """A short mark of the translation as built, kept by Linguist, to tell a translator's edit apart."""
    text = "\x1f".join(value) if isinstance(value, list) else value
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


@dataclass
class TsMessage:
    value: Value
    finished: bool
    built: str | None


def read_ts(path: Path) -> dict[str, TsMessage]:
    """The translations a .ts holds (as Linguist saved it), by source text."""
    if not path.exists():
        return {}
    out: dict[str, TsMessage] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        tr = message.find("translation")
        if source is None or tr is None or tr.get("type") in ("obsolete", "vanished"):
            continue
        value: Value = ([f.text or "" for f in tr.iter("numerusform")] if message.get("numerus") == "yes"
                        else tr.text or "")
        out.setdefault(source, TsMessage(value, tr.get("type") != "unfinished", message.findtext("extra-wk-built")))
    return out


def _filled(value: Value | None) -> bool:
    if isinstance(value, list):
        return bool(value) and all(v.strip() for v in value)
    return bool(value and value.strip())


def absorb(found: dict[str, Found], table: dict[str, dict[str, Value]]) -> tuple[
        dict[str, dict[str, Value]], dict[str, dict[str, Value]], list[str]]:
    """Translator work in the .ts files since the last build: (done → for the tables, drafts, notes)."""
    updates: dict[str, dict[str, Value]] = {}
    drafts: dict[str, dict[str, Value]] = {lang: {} for lang in CATALOG_LANGS}
    notes: list[str] = []
    for lang in CATALOG_LANGS:
        for source, m in read_ts(OUT / f"workshop_kit_{lang}.ts").items():
            text = "".join(m.value) if isinstance(m.value, list) else m.value
            if source not in found or not text.strip():
                continue
            current = table.get(source, {}).get(lang)
            if m.value == current or (m.built and fingerprint(m.value) == m.built):
                continue  # as built: the table is the newer side
            if not m.finished or not _valid(m.value, found[source].numerus, lang):
                if m.built or not _valid(current, found[source].numerus, lang):
                    drafts[lang][source] = m.value
                continue
            if current is not None and m.built and fingerprint(current) != m.built:
                notes.append(f"{lang}: {source!r} changed both in the table and in Linguist; kept Linguist's")
            elif _valid(current, found[source].numerus, lang) and not m.built:
                # lupdate drops the fingerprints Linguist keeps: a done translation is taken as the newer one
                notes.append(f"{lang}: {source!r} has no build fingerprint (lupdate?); kept the catalog's translation")
            updates.setdefault(source, {})[lang] = m.value
    return updates, drafts, notes


def render(lang: str, found: dict[str, Found], table: dict[str, dict[str, Value]],
           drafts: dict[str, Value] | None = None, locations: bool = False) -> str:
    ts = ET.Element("TS", version="2.1", language=LANG_CODES[lang])
    drafts = drafts or {}
    by_context: dict[str, list[str]] = {}
    for text, f in found.items():
        if lang == "en" and not f.numerus:
            continue  # English is the source language: only its plural forms need a catalog
        for ctx in f.contexts:
            by_context.setdefault(ctx, []).append(text)
    for ctx in sorted(by_context):
        c = ET.SubElement(ts, "context")
        ET.SubElement(c, "name").text = ctx
        for text in sorted(by_context[ctx]):
            f = found[text]
            m = ET.SubElement(c, "message")
            if f.numerus:
                m.set("numerus", "yes")
            if locations:
                for rel, line in sorted(f.locations):
                    where = Path(os.path.relpath(ROOT / rel, OUT)).as_posix()  # Linguist resolves it from the .ts
                    ET.SubElement(m, "location", filename=where, line=str(line))
            ET.SubElement(m, "source").text = text
            tr = ET.SubElement(m, "translation")
            value = table.get(text, {}).get(lang)
            ok = _valid(value, f.numerus, lang)
            shown = drafts.get(text, value if ok else None)
            if f.numerus:
                forms = shown if isinstance(shown, list) else []
                for i in range(PLURAL_FORMS[lang]):
                    ET.SubElement(tr, "numerusform").text = forms[i] if i < len(forms) else ""
            elif isinstance(shown, str):
                tr.text = shown
            if not ok or text in drafts:
                tr.set("type", "unfinished")
            if ok:
                ET.SubElement(m, "extra-wk-built").text = fingerprint(value)
    ET.indent(ts)
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(ts, encoding="unicode") + "\n"


def _valid(value: Value | None, numerus: bool, lang: str) -> bool:
    if numerus:
        return isinstance(value, list) and len(value) == PLURAL_FORMS[lang] and _filled(value)
    return isinstance(value, str) and bool(value)


def missing(found: dict[str, Found], table: dict[str, dict[str, Value]]) -> dict[str, list[str]]:
    gaps = {lang: sorted(t for t, f in found.items() if not _valid(table.get(t, {}).get(lang), f.numerus, lang))
            for lang in LANGS}
    gaps["en"] = sorted(t for t, f in found.items() if f.numerus and not _valid(table.get(t, {}).get("en"), True, "en"))
    return gaps


def problems_in(found: dict[str, Found], table: dict[str, dict[str, Value]]) -> list[str]:
    """Everything ``check`` refuses, each line saying what to do."""
    problems = []
    for lang, texts in missing(found, table).items():
        for t in texts:
            value = table.get(t, {}).get(lang)
            if found[t].numerus and value:
                problems.append(f"{lang}: {t!r} needs {PLURAL_FORMS[lang]} plural forms "
                                f"({', '.join(FORM_NAMES[lang])}), as a YAML list")
            elif not found[t].numerus and isinstance(value, list):
                problems.append(f"{lang}: {t!r} takes no count: give one text, not a list")
            else:
                problems.append(f"{lang}: no translation for {t!r}")
    for t, f in sorted(found.items()):
        if not f.numerus and "%n" in t:
            problems.append(f"{t!r} has %n but no count is passed")
    return problems


def plural_hints(found: dict[str, Found]) -> list[str]:
    """Strings that count with "(s)" instead of numerus forms (Arabic then gets one form for every number)."""
    return [f"{t!r} counts with '(s)': use numerus forms (self.tr(text, '', n) or _n(text, n))"
            for t, f in sorted(found.items()) if not f.numerus and PLURAL_HINT.search(t)]


def _strip_locations(text: str) -> str:
    return re.sub(r"\n\s*<location [^>]*/>", "", text)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    found, (table, where) = extract(), load_tables()
    updates, drafts, notes = absorb(found, table)
    if command == "build":
        if updates:
            write_tables(updates, where)
            table, where = load_tables()
            print(f"took {sum(len(v) for v in updates.values())} translation(s) from Linguist into the tables")
        for note in notes:
            print(note)
        for lang in CATALOG_LANGS:
            text = render(lang, found, table, drafts[lang], locations="--locations" in argv)
            (OUT / f"workshop_kit_{lang}.ts").write_text(text, encoding="utf-8")
        gaps = missing(found, table)
        print(f"{len(found)} strings ({sum(f.numerus for f in found.values())} with plural forms); "
              f"missing fr: {len(gaps['fr'])}, ar: {len(gaps['ar'])}, en plural forms: {len(gaps['en'])}")
        return 0
    if command == "missing":
        gaps = missing(found, table)
        for text in sorted(set(gaps["fr"]) | set(gaps["ar"]) | set(gaps["en"])):
            stub: dict[str, Value] = ({lang: [""] * PLURAL_FORMS[lang] for lang in CATALOG_LANGS}
                                      if found[text].numerus else {"fr": "", "ar": ""})
            print(yaml.safe_dump({text: stub}, allow_unicode=True, width=1000), end="")
        return 0
    if command == "check":
        problems = problems_in(found, table) + plural_hints(found)
        problems += [f"{lang}: Linguist edit of {t!r} not taken into the tables: run python scripts/i18n.py build"
                     for t, langs in updates.items() for lang in langs]
        problems += [f"{lang}: {t!r} is unfinished in Linguist: mark it done, then run build"
                     for lang, texts in drafts.items() for t in texts]
        for lang in CATALOG_LANGS:
            path = OUT / f"workshop_kit_{lang}.ts"
            expected = render(lang, found, table, drafts[lang])
            if not path.exists() or _strip_locations(path.read_text(encoding="utf-8")) != expected:
                problems.append(f"{path.name} is stale: run python scripts/i18n.py build")
        print("\n".join(problems) or "translations complete")
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
