"""inbox and programme commands as a coordinator scripts them, over bundles from three real laptops."""

from __future__ import annotations

import json
import os
import shutil
import time

import openpyxl
import pytest
from docx import Document

from tests.programmehelpers import make_laptops, trust_laptops
from workshop_kit.cli import main


@pytest.fixture(scope="module")
def laptops(tmp_path_factory):
    return make_laptops(tmp_path_factory.mktemp("laptops"))


def run_json(capsys, *args):
    code = main([*args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def test_inbox_set_scan_then_programme_with_filters_and_exports(capsys, data_dir, laptops, tmp_path):
    code, data = run_json(capsys, "inbox", "scan")
    assert code == 1 and "No inbox folder is set" in data["error"]
    box = tmp_path / "inbox"
    box.mkdir()
    for path in (laptops.a, laptops.b, laptops.c):
        shutil.copyfile(path, box / path.name)
        os.utime(box / path.name, (time.time() - 60,) * 2)
    code, data = run_json(capsys, "inbox", "set", str(box))
    assert code == 0 and data == {"folder": str(box.resolve())}
    code, data = run_json(capsys, "inbox", "scan")
    assert code == 1 and data["counts"]["refused"] == 3  # nobody trusted the laptops yet
    assert "unknown key" in data["entries"][0]["reason"]
    signers = {e["file"]: e["signer"] for e in data["entries"]}
    # the coordinator recognises the Oujda laptop's key id (read to them over the phone, say)
    code, data = run_json(capsys, "inbox", "scan", "--trust-signer", signers["oujda-avril.zip"])
    assert code == 1 and {e["file"]: e["status"] for e in data["entries"]} == {
        "oujda-avril.zip": "merged", "rabat-juin.zip": "refused", "rabat-mars.zip": "refused"}
    trust_laptops(data_dir, laptops)
    code, data = run_json(capsys, "inbox", "scan")
    assert code == 0 and data["counts"] == {"merged": 2, "known": 1, "refused": 0, "waiting": 0}
    assert main(["inbox", "scan"]) == 0
    assert "0 merged, 3 already known" in capsys.readouterr().out
    code, data = run_json(capsys, "inbox", "show")
    assert data == {"folder": str(box.resolve()), "bundles_merged": 3}
    assert not list(box.glob("*.json")) and sorted(p.name for p in box.iterdir()) == [
        "oujda-avril.zip", "rabat-juin.zip", "rabat-mars.zip"]

    code, data = run_json(capsys, "programme")
    assert code == 0 and data["workshops_held"] == 2 and data["participants_reached"] == 5
    assert data["attendance_rate"] == round(7 / 11, 3) and data["anonymised"]
    code, data = run_json(capsys, "programme", "--from", "2026-04-01", "--to", "2026-05-31", "--module", "acces-sante")
    assert [w["title"] for w in data["workshops"]] == ["Oujda avril"]
    assert data["knowledge_gain"]["overall"]["gain_pct"] == 30.0
    code, data = run_json(capsys, "programme", "--city", "rabat", "--partner", "GADEM", "-o", str(tmp_path / "p.xlsx"))
    assert data["participants_reached"] == 3 and data["path"] == str(tmp_path / "p.xlsx")
    assert openpyxl.load_workbook(tmp_path / "p.xlsx").worksheets[0]["A1"].value == "Donor report"
    assert main(["programme", "--lang", "fr", "-o", str(tmp_path / "p.docx")]) == 0
    out = capsys.readouterr().out
    assert "Ateliers tenus: 2" in out and "p.docx" in out
    assert "Synthèse du programme" in Document(str(tmp_path / "p.docx")).paragraphs[0].text


def test_programme_refuses_a_bad_date_and_a_bad_format(capsys, db, tmp_path):
    code, data = run_json(capsys, "programme", "--from", "03/2026")
    assert code == 1 and "YYYY-MM-DD" in data["error"]
    code, data = run_json(capsys, "programme", "-o", str(tmp_path / "p.odt"))
    assert code == 1 and ".xlsx, .docx or .pdf" in data["error"]
    assert not (tmp_path / "p.odt").exists()


def test_the_coordinator_commands_never_load_qt(data_dir, tmp_path):
    """A coordinator may run them on a server without a display."""
    from tests.core.test_no_qt import _modules_after

    (tmp_path / "box").mkdir()
    code = (
        "from workshop_kit.cli import main\n"
        f"main(['inbox', 'scan', {str(tmp_path / 'box')!r}, '--json'])\n"
        f"main(['programme', '-o', {str(tmp_path / 'p.docx')!r}, '--json'])\n"
        f"main(['programme', '-o', {str(tmp_path / 'p.xlsx')!r}, '--json'])\n"
    )
    mods = _modules_after(code)
    assert "workshop_kit.programme" in mods and "workshop_kit.inbox" in mods
    assert not any(m.startswith(("PySide6", "shiboken6")) for m in mods)
    assert (tmp_path / "p.docx").exists() and (tmp_path / "p.xlsx").exists()
