"""`workshop-kit participants …` as a coordinator's script uses it."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document

from workshop_kit.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def run_json(capsys, *args):
    code = main([*args, "--json"])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out.strip() else None


def new_workshop(capsys) -> str:
    code, data = run_json(capsys, "workshop", "create", "--title", "Atelier Oujda", "--start", "2026-04-01", "--days", "2")
    assert code == 0
    return data["id"]


def test_import_json_report_then_accept_then_reimport(capsys):
    wid = new_workshop(capsys)
    code, report = run_json(capsys, "participants", "import", wid, str(FIXTURES / "participants-excel-fr.csv"))
    assert code == 1  # errors, nothing written
    assert report["imported"] == 0 and report["skipped"] == 6 and report["duplicates"] == []
    assert {"row": 5, "column": "E-mail"}.items() <= [e for e in report["errors"] if e["column"] == "E-mail"][0].items()
    code, report = run_json(capsys, "participants", "import", wid, str(FIXTURES / "participants-excel-fr.csv"), "--skip-invalid")
    assert code == 0 and report["imported"] == 3 and report["enrolled"] == 3
    code, report = run_json(capsys, "participants", "import", wid, str(FIXTURES / "participants-excel-fr.csv"), "--skip-invalid")
    assert report["imported"] == 0 and len(report["duplicates"]) == 3
    code, items = run_json(capsys, "participants", "list", wid)
    assert len(items) == 3 and {i["badge_status"] for i in items} == {"none"}
    assert set(items[0]) >= {"id", "first_name", "last_name", "first_name_ar", "last_name_ar", "organisation", "badge_status"}


def test_import_dry_run_and_mapping(capsys, tmp_path):
    wid = new_workshop(capsys)
    path = tmp_path / "list.csv"
    path.write_text("Qui;Tel;Accord\nSara Alaoui;0611223344;oui\n", encoding="utf-8")
    code, report = run_json(capsys, "participants", "import", wid, str(path), "--dry-run")
    assert code == 1 and "name" in report["error"]
    code, report = run_json(capsys, "participants", "import", wid, str(path), "--dry-run", "--mapping", '{"Qui": "full_name"}')
    assert code == 0 and report["dry_run"] and report["imported"] == 0 and report["valid"] == 1
    code, report = run_json(capsys, "participants", "import", wid, str(path), "--mapping", '{"Qui": "full_name"}')
    assert report["imported"] == 1
    code, items = run_json(capsys, "participants", "list", wid, "--search", "ALAOUI")
    assert [(i["first_name"], i["last_name"]) for i in items] == [("Sara", "Alaoui")]


def test_list_search_human_output_and_unknown_workshop(capsys):
    main(["demo"])
    capsys.readouterr()
    code, workshops = run_json(capsys, "workshop", "list")
    assert main(["participants", "list", workshops[0]["id"][:8], "--search", "الادريسي"]) == 0
    out = capsys.readouterr().out
    assert "Fatima El Idrissi / فاطمة الإدريسي" in out and "badge active" in out  # the demo has badges
    code, data = run_json(capsys, "participants", "list", "nope")
    assert code == 1 and "No workshop" in data["error"]


def test_add_erase_export_duplicates_merge(capsys, tmp_path):
    wid = new_workshop(capsys)
    code, data = run_json(capsys, "participants", "add", "--workshop", wid, "--name", "Mohamed El Fassi")
    assert code == 1 and "consent" in data["error"].lower()
    code, a = run_json(capsys, "participants", "add", "--workshop", wid, "--name", "Mohamed El Fassi", "--consent",
                       "--phone", "0612345678")
    code, b = run_json(capsys, "participants", "add", "--name", "Muhammad Elfassi", "--consent", "--email", "m@example.org")
    assert a["phone"] == "+212612345678"
    code, pairs = run_json(capsys, "participants", "duplicates")
    assert [(p["a"], p["b"]) for p in pairs] == [tuple(sorted((a["id"], b["id"])))]
    code, merged = run_json(capsys, "participants", "merge", a["id"], b["id"])
    assert code == 0 and merged["removed"] == b["id"]
    code, shown = run_json(capsys, "participants", "show", a["id"][:8])
    assert shown["email"] == "m@example.org" and [w["workshop_id"] for w in shown["workshops"]] == [wid]
    other = new_workshop(capsys)
    code, data = run_json(capsys, "participants", "enrol", other, a["id"][:8])
    assert code == 0 and data["enrolled"] == [a["id"]]
    code, data = run_json(capsys, "participants", "enrol", other, a["id"])
    assert data["enrolled"] == [] and data["already"] == [a["id"]]

    out = tmp_path / "access.docx"
    code, data = run_json(capsys, "participants", "export", a["id"], "--output", str(out), "--lang", "en")
    assert code == 0
    cells = [c.text for t in Document(str(out)).tables for r in t.rows for c in r.cells]
    assert "Mohamed" in cells and "m@example.org" in cells

    code, data = run_json(capsys, "participants", "erase", a["id"])
    assert code == 0 and data["erased_at"]
    code, items = run_json(capsys, "participants", "list", wid)
    assert items[0]["erased"] and items[0]["first_name"] is None
    code, data = run_json(capsys, "participants", "erase", a["id"])
    assert code == 1 and "already erased" in data["error"]


def test_retention_lists_then_applies(capsys):
    code, w = run_json(capsys, "workshop", "create", "--title", "Ancien", "--start", "2020-01-10")
    run_json(capsys, "participants", "add", "--workshop", w["id"], "--name", "Awa Ndiaye", "--consent")
    code, data = run_json(capsys, "participants", "retention", "--months", "12")
    assert code == 0 and len(data["candidates"]) == 1
    code, data = run_json(capsys, "participants", "retention", "--months", "12", "--apply")
    assert data["anonymised"] == 1
    code, data = run_json(capsys, "participants", "retention", "--months", "12")
    assert data["candidates"] == []


def test_help_for_every_action(capsys):
    for action in ("list", "add", "enrol", "show", "import", "duplicates", "merge", "distinct", "erase", "export", "retention"):
        assert main(["participants", action, "--help"]) == 0
    capsys.readouterr()
