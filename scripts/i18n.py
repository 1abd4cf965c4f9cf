"""Build the Qt Linguist catalogs from the source code and the per-feature translation tables.

    python scripts/i18n.py build   # write assets/translations/workshop_kit_{fr,ar}.ts
    python scripts/i18n.py check   # exit 1 if a string lacks a translation or the .ts files are stale
    python scripts/i18n.py missing # print YAML stubs for strings that lack a translation

Strings are found in calls to ``tr("…")`` / ``self.tr("…")`` / ``QCoreApplication.translate(ctx, "…")``
(ui/) and ``_("…")`` / ``N_("…")`` (workshop_kit/). Translations live in
``assets/translations/src/*.yaml`` as ``"English source": {fr: "…", ar: "…"}``; one file per
feature so people working on different features do not edit the same file.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SRC_DIRS = [ROOT / "ui", ROOT / "workshop_kit"]
TABLES = ROOT / "assets" / "translations" / "src"
OUT = ROOT / "assets" / "translations"
LANGS = ("fr", "ar")
LANG_CODES = {"fr": "fr_FR", "ar": "ar_MA"}


def extract() -> dict[str, set[str]]:
    """source text → set of contexts."""
    found: dict[str, set[str]] = {}
    for folder in SRC_DIRS:
        for path in sorted(folder.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            _walk(tree, None, found)
    return found


def _walk(node: ast.AST, cls: str | None, found: dict[str, set[str]]) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            _walk(child, child.name, found)
            continue
        if isinstance(child, ast.Call):
            _record(child, cls, found)
        _walk(child, cls, found)


def _record(call: ast.Call, cls: str | None, found: dict[str, set[str]]) -> None:
    func = call.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    args = call.args
    text = context = None
    if name in ("_", "N_") and args and _is_str(args[0]):
        text, context = args[0].value, "core"
    elif name == "tr" and args and _is_str(args[0]):
        text, context = args[0].value, cls or "global"
    elif name == "translate" and len(args) >= 2 and _is_str(args[0]) and _is_str(args[1]):
        text, context = args[1].value, args[0].value
    if text:
        found.setdefault(text, set()).add(context)


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def load_tables() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for path in sorted(TABLES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for source, langs in data.items():
            table.setdefault(str(source), {}).update({k: str(v) for k, v in (langs or {}).items()})
    return table


def render(lang: str, found: dict[str, set[str]], table: dict[str, dict[str, str]]) -> str:
    ts = ET.Element("TS", version="2.1", language=LANG_CODES[lang])
    by_context: dict[str, list[str]] = {}
    for text, contexts in found.items():
        for ctx in contexts:
            by_context.setdefault(ctx, []).append(text)
    for ctx in sorted(by_context):
        c = ET.SubElement(ts, "context")
        ET.SubElement(c, "name").text = ctx
        for text in sorted(by_context[ctx]):
            m = ET.SubElement(c, "message")
            ET.SubElement(m, "source").text = text
            tr = ET.SubElement(m, "translation")
            value = table.get(text, {}).get(lang)
            if value:
                tr.text = value
            else:
                tr.set("type", "unfinished")
    ET.indent(ts)
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(ts, encoding="unicode") + "\n"


def missing(found: dict[str, set[str]], table: dict[str, dict[str, str]]) -> dict[str, list[str]]:
    return {lang: sorted(t for t in found if not table.get(t, {}).get(lang)) for lang in LANGS}


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    found, table = extract(), load_tables()
    if command == "build":
        for lang in LANGS:
            (OUT / f"workshop_kit_{lang}.ts").write_text(render(lang, found, table), encoding="utf-8")
        gaps = missing(found, table)
        print(f"{len(found)} strings; missing fr: {len(gaps['fr'])}, ar: {len(gaps['ar'])}")
        return 0
    if command == "missing":
        gaps = missing(found, table)
        for text in sorted(set(gaps["fr"]) | set(gaps["ar"])):
            print(yaml.safe_dump({text: {"fr": "", "ar": ""}}, allow_unicode=True, width=1000), end="")
        return 0
    if command == "check":
        problems = []
        for lang, texts in missing(found, table).items():
            problems += [f"{lang}: no translation for {t!r}" for t in texts]
        for lang in LANGS:
            path = OUT / f"workshop_kit_{lang}.ts"
            if not path.exists() or path.read_text(encoding="utf-8") != render(lang, found, table):
                problems.append(f"{path.name} is stale: run python scripts/i18n.py build")
        print("\n".join(problems) or "translations complete")
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
