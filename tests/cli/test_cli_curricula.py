"""``workshop-kit curricula …`` as trainers and coordinators script it."""

from __future__ import annotations

import json
import shutil
import zipfile

from docx import Document

from workshop_kit import curricula
from workshop_kit.cli import main


def run_json(capsys, *args):
    code = main([*args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def test_list_and_show(capsys):
    code, items = run_json(capsys, "curricula", "list", "--lang", "ar")
    assert code == 0
    ids = [m["id"] for m in items]
    assert "m04-protection" in ids and ids == sorted(ids)
    assert all(not m["fallback"] for m in items)
    code, data = run_json(capsys, "curricula", "show", "m05-personal-data", "--lang", "en")
    assert code == 0 and data["lang"] == "en"
    assert sum(s["minutes"] for s in data["plan"]) == data["duration"]


def test_unknown_module_and_language_exit_1(capsys):
    assert main(["curricula", "show", "m99-nope"]) == 1
    assert "curricula list" in capsys.readouterr().err
    assert main(["curricula", "search", "traite", "--lang", "de"]) == 1
    assert "fr, ar, en" in capsys.readouterr().err


def test_validate_ok_and_broken(tmp_path, capsys):
    code, data = run_json(capsys, "curricula", "validate", str(curricula.bundled_dir()))
    assert code == 0 and data == {"ok": True, "problems": [], "warnings": []}
    mod = tmp_path / "m90-broken"
    shutil.copytree(curricula.bundled_dir() / "m04-protection", mod)
    (mod / "fr.md").write_text("---\nid: m90-broken\ntitle: [oops\n---\n", encoding="utf-8")
    code, data = run_json(capsys, "curricula", "validate", str(mod))
    assert code == 1
    fr = [p for p in data["problems"] if p["file"].endswith("fr.md")]
    assert fr and "YAML" in fr[0]["message"] and fr[0]["line"] in (3, 4)
    assert main(["curricula", "validate", str(mod / "fr.md")]) == 1
    out = capsys.readouterr().out
    assert "fr.md:" in out and "problem" in out


def test_search_json_with_highlights(capsys):
    code, hits = run_json(capsys, "curricula", "search", "donnees personnelles", "--lang", "fr")
    assert code == 0 and hits
    first = hits[0]
    assert first["module"] == "m05-personal-data" and first["lang"] == "fr"
    a, b = first["highlights"][0]
    assert first["snippet"][a:b].lower() in ("données", "personnelles")


def test_import_zip_and_list_marks_local(tmp_path, capsys, data_dir):
    src = tmp_path / "m97-mine"
    shutil.copytree(curricula.bundled_dir() / "m06-countering-xenophobia", src)
    for f in src.glob("*.md"):
        f.write_text(f.read_text(encoding="utf-8").replace("id: m06-countering-xenophobia", "id: m97-mine"),
                     encoding="utf-8")
    archive = tmp_path / "mine.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for f in src.iterdir():
            z.write(f, f.name)  # a module zipped from inside its folder
    code, data = run_json(capsys, "curricula", "import", str(archive))
    assert code == 0 and data == {"imported": ["m97-mine"]}
    code, items = run_json(capsys, "curricula", "list")
    assert {m["id"]: m["local"] for m in items}["m97-mine"] is True
    assert main(["curricula", "remove", "m04-protection"]) == 1  # bundled modules cannot be removed
    capsys.readouterr()
    code, data = run_json(capsys, "curricula", "remove", "m97-mine")
    assert code == 0 and data == {"removed": "m97-mine"}
    code, items = run_json(capsys, "curricula", "list")
    assert "m97-mine" not in [m["id"] for m in items]


def test_handout_quiz_and_agenda_exports(tmp_path, capsys):
    assert main(["curricula", "handout", "m04-protection", "--lang", "ar", "--out", str(tmp_path / "h.docx")]) == 0
    assert main(["curricula", "quiz", "m04-protection", "--lang", "fr", "--answer-key",
                 "--out", str(tmp_path / "k.docx")]) == 0
    assert Document(str(tmp_path / "h.docx")).paragraphs
    main(["demo"])
    capsys.readouterr()
    code, data = run_json(capsys, "curricula", "agenda", "Atelier Al Wassit — Droits des personnes migrantes (démo)",
                          "--add", "m05-personal-data", "--out", str(tmp_path / "agenda.docx"), "--lang", "en")
    assert code == 0
    assert data["total_minutes"] == 165 and data["days"][0]["sessions"][0]["module"] == "m05-personal-data"
    assert (tmp_path / "agenda.docx").exists()


def test_score_and_gain(capsys, db, demo):
    people = [r["participant_id"] for r in db.query("SELECT participant_id FROM enrolments WHERE workshop_id = ?",
                                                       [demo.id])]
    assert main(["curricula", "score", demo.id, people[0], "m04-protection", "--pre", "3", "--post", "7"]) == 0
    assert main(["curricula", "score", demo.id, people[1], "m04-protection", "--pre", "4"]) == 0
    assert main(["curricula", "score", demo.id, people[1], "m04-protection", "--post", "8"]) == 0
    assert main(["curricula", "score", demo.id, people[2], "m99-retired-module", "--pre", "2"]) == 1
    assert "--max" in capsys.readouterr().err
    code, gain = run_json(capsys, "curricula", "gain", demo.id)
    assert code == 0
    module = gain["modules"][0]
    assert module["module"] == "m04-protection" and module["participants"] == 2
    assert module["pre_pct"] == 43.8 and module["post_pct"] == 93.8 and module["gain_pct"] == 50.0
    assert main(["curricula", "score", demo.id, people[0], "m04-protection", "--pre", "12"]) == 1
