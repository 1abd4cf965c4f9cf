"""The .ts catalogs are Qt Linguist files a translator can work in: the next build keeps their work."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO

_FOUND: dict = {}


@pytest.fixture
def tool(tmp_path, monkeypatch):
    """scripts/i18n.py over a copy of the translation tables and catalogs (the source code is the real one)."""
    spec = importlib.util.spec_from_file_location("i18n_tool", REPO / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "i18n_tool", module)
    spec.loader.exec_module(module)
    out = tmp_path / "translations"
    shutil.copytree(REPO / "assets" / "translations", out, ignore=shutil.ignore_patterns("*.qm"))
    monkeypatch.setattr(module, "OUT", out)
    monkeypatch.setattr(module, "TABLES", out / "src")
    monkeypatch.setattr(module, "NEW_TABLE", out / "src" / "translated-in-linguist.yaml")
    if not _FOUND:
        _FOUND.update(module.extract())
    monkeypatch.setattr(module, "extract", lambda: _FOUND)  # the source code is read once for these tests
    return module


def _linguist_edit(path: Path, source: str, value: str | list[str], done: bool = True) -> None:
    """What Qt Linguist does when a translator changes a translation and saves: the whole file rewritten
    in its own layout (4-space indent), unknown ``extra-*`` elements kept, ``type`` dropped when done."""
    tree = ET.parse(path)
    message = next(m for m in tree.getroot().iter("message") if m.findtext("source") == source)
    tr = message.find("translation")
    if isinstance(value, list):
        for form, text in zip(tr.findall("numerusform"), value, strict=True):
            form.text = text
    else:
        tr.text = value
    if done:
        tr.attrib.pop("type", None)
    else:
        tr.set("type", "unfinished")
    ET.indent(tree, space="    ")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(tree.getroot(),
                    encoding="unicode") + "\n", encoding="utf-8")


def _table(tool, source: str) -> dict:
    table, _where = tool.load_tables()
    return table[source]


def _forms(path: Path, source: str) -> list[str]:
    message = next(m for m in ET.parse(path).getroot().iter("message") if m.findtext("source") == source)
    return [f.text or "" for f in message.iter("numerusform")] or [message.find("translation").text]


SESSIONS = "%n session(s)"
EDITED = ["لا جلسات", "جلسة واحدة", "جلستان", "%n جلسات", "%n جلسةً", "%n جلسة"]


def test_a_translation_changed_in_linguist_survives_the_next_build(tool):
    assert tool.main(["check"]) == 0
    ar = tool.OUT / "workshop_kit_ar.ts"
    _linguist_edit(ar, SESSIONS, EDITED)
    assert tool.main(["check"]) == 1  # not yet in the tables: check says to run build
    assert tool.main(["build"]) == 0
    assert _forms(ar, SESSIONS) == EDITED
    assert _table(tool, SESSIONS)["ar"] == EDITED  # written back into the feature's YAML table
    assert tool.main(["build"]) == 0 and _forms(ar, SESSIONS) == EDITED  # and stays
    assert tool.main(["check"]) == 0
    # the table file is still the hand-kept one: its other entries and comments untouched
    text = (tool.TABLES / "attendance.yaml").read_text(encoding="utf-8")
    assert text.startswith("#") and yaml.safe_load(text)["{participants}, {sessions}"]["ar"] == "{participants}، {sessions}"


def test_a_string_filled_in_linguist_goes_into_a_table(tool):
    source = "Attendance rates that change: {n}"
    path = next(p for p in tool.TABLES.glob("*.yaml") if source in yaml.safe_load(p.read_text(encoding="utf-8")))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    del data[source]["fr"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, width=1000), encoding="utf-8")
    tool.main(["build"])
    fr = tool.OUT / "workshop_kit_fr.ts"
    assert tool.main(["check"]) == 1  # a missing translation fails the check
    _linguist_edit(fr, source, "Taux de présence qui changent : {n}")
    tool.main(["build"])
    assert _table(tool, source)["fr"] == "Taux de présence qui changent : {n}"
    assert tool.main(["check"]) == 0


def test_a_developers_change_to_a_table_is_not_undone_by_the_older_catalog(tool):
    path = tool.TABLES / "attendance.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("- '%n séance'\n", "- '%n séance !'\n").replace("- '%n séances'\n", "- '%n séances !'\n"),
                    encoding="utf-8")
    assert _table(tool, SESSIONS)["fr"] == ["%n séance !", "%n séances !"]
    tool.main(["build"])
    assert _table(tool, SESSIONS)["fr"] == ["%n séance !", "%n séances !"]
    assert _forms(tool.OUT / "workshop_kit_fr.ts", SESSIONS) == ["%n séance !", "%n séances !"]


def test_an_unfinished_draft_is_kept_and_reported(tool):
    ar = tool.OUT / "workshop_kit_ar.ts"
    _linguist_edit(ar, SESSIONS, EDITED, done=False)
    tool.main(["build"])
    assert _forms(ar, SESSIONS) == EDITED  # the draft is still there for the translator
    assert _table(tool, SESSIONS)["ar"] != EDITED  # but not used until marked done
    assert tool.main(["check"]) == 1


def test_check_refuses_a_count_string_with_missing_forms(tool, capsys):
    path = tool.TABLES / "attendance.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data[SESSIONS]["ar"] = data[SESSIONS]["ar"][:3]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, width=1000), encoding="utf-8")
    assert tool.main(["check"]) == 1
    assert "needs 6 plural forms" in capsys.readouterr().out


def test_the_catalogs_are_valid_linguist_files_with_optional_locations(tool):
    tool.main(["build", "--locations"])
    root = ET.parse(tool.OUT / "workshop_kit_ar.ts").getroot()
    assert root.get("language") == "ar_MA" and root.get("version") == "2.1"
    message = next(m for m in root.iter("message") if m.findtext("source") == SESSIONS)
    assert message.get("numerus") == "yes" and len(message.findall("translation/numerusform")) == 6
    location = message.find("location")
    file, line = location.get("filename"), int(location.get("line"))
    assert (tool.OUT / file).resolve().is_file()  # relative to the .ts, as Linguist resolves it
    assert SESSIONS in (tool.OUT / file).read_text(encoding="utf-8").splitlines()[line - 1]
    assert tool.main(["check"]) == 0  # locations do not make a catalog stale


def test_an_edit_in_a_catalog_that_lost_its_fingerprints_is_kept(tool):
    """lupdate rewrites a catalog without the build fingerprints: a finished translation is still taken."""
    ar = tool.OUT / "workshop_kit_ar.ts"
    _linguist_edit(ar, SESSIONS, EDITED)
    ar.write_text("\n".join(line for line in ar.read_text(encoding="utf-8").splitlines()
                            if "<extra-wk-built>" not in line) + "\n", encoding="utf-8")
    tool.main(["build"])
    assert _table(tool, SESSIONS)["ar"] == EDITED
    assert tool.main(["check"]) == 0


def test_check_refuses_a_count_written_with_s_in_brackets(tool, monkeypatch, capsys):
    """A new "{n} file(s)" string would give Arabic one form for every number again."""
    found = dict(tool.extract())
    found["{n} file(s) saved."] = tool.Found(contexts={"core"})
    monkeypatch.setattr(tool, "extract", lambda: found)
    assert tool.main(["check"]) == 1
    assert "'{n} file(s) saved.' counts with '(s)'" in capsys.readouterr().out
