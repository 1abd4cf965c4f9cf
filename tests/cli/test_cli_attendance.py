"""attendance, report and bundle commands as a coordinator scripts them."""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl
from docx import Document

from workshop_kit.cli import main


def run_json(capsys, *args):
    code = main([*args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def _demo(capsys) -> tuple[str, list[str]]:
    main(["demo"])
    capsys.readouterr()
    _code, grid = run_json(capsys, "attendance", "show", _workshop_id(capsys))
    return grid["workshop"]["id"], [p["id"] for p in grid["participants"]]


def _workshop_id(capsys) -> str:
    _code, items = run_json(capsys, "workshop", "list")
    return items[0]["id"]


def test_set_show_and_history(capsys):
    wid, people = _demo(capsys)
    code, data = run_json(capsys, "attendance", "set", wid[:8], "--session", "1", "--participant", people[0][:8],
                          "--status", "late")
    assert code == 0 and data == {"changed": True, "status": "late"}
    code, grid = run_json(capsys, "attendance", "show", wid)
    assert grid["participants"][0]["statuses"]["1"] == "late"
    assert grid["sessions"][0]["totals"]["attended"] == 1
    code, trail = run_json(capsys, "attendance", "history", wid)
    assert code == 0 and trail[0]["details"]["to"] == "late" and trail[0]["actor"] == "cli"
    assert main(["attendance", "show", wid]) == 0
    assert "attended" in capsys.readouterr().out


def test_bad_status_is_a_usage_error_and_unknown_session_is_refused(capsys):
    wid, people = _demo(capsys)
    assert main(["attendance", "set", wid, "--session", "1", "--participant", people[0], "--status", "here"]) == 2
    code = main(["attendance", "set", wid, "--session", "9", "--participant", people[0], "--status", "late"])
    assert code == 1 and "no session 9" in capsys.readouterr().err


def test_exports_in_three_formats(capsys, tmp_path):
    wid, _people = _demo(capsys)
    for fmt, name in (("csv", "a.csv"), ("xlsx", "a.xlsx"), ("sheet", "a.docx")):
        code, data = run_json(capsys, "attendance", "export", wid, "--format", fmt, "-o", str(tmp_path / name),
                              "--lang", "ar")
        assert code == 0 and data["format"] == fmt
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert openpyxl.load_workbook(tmp_path / "a.xlsx").worksheets[0].sheet_view.rightToLeft
    assert len(Document(str(tmp_path / "a.docx")).tables) == 6


def test_report_anonymised_by_default_and_names_on_request(capsys, tmp_path):
    wid, people = _demo(capsys)
    for pid in people:
        main(["attendance", "set", wid, "--session", "1", "--participant", pid, "--status", "present"])
    capsys.readouterr()
    code, data = run_json(capsys, "report", wid, "-o", str(tmp_path / "r.xlsx"))
    assert code == 0 and data["anonymised"] and data["participants_reached"] == 12
    assert "participants" not in data and (tmp_path / "r.xlsx").exists()
    code, data = run_json(capsys, "report", "--all", "--with-names")
    assert len(data["participants"]) == 12
    assert main(["report"]) == 2
    capsys.readouterr()


def test_bundle_round_trip_between_two_data_folders(capsys, tmp_path, data_dir):
    wid, people = _demo(capsys)
    other = tmp_path / "laptop-b"
    bundle = tmp_path / "w.zip"
    code, manifest = run_json(capsys, "bundle", "export", wid, "-o", str(bundle))
    assert code == 0 and manifest["files"]["participants.json"]["rows"] == 12
    code, data = run_json(capsys, "bundle", "import", str(bundle), "--data-dir", str(other))
    assert code == 1 and "unknown key" in data["error"] and "bundle trust" in data["error"]
    code = main(["bundle", "trust", str(data_dir / "keys" / "organisation.pub"), "--data-dir", str(other)])
    assert code == 0
    capsys.readouterr()
    code, results = run_json(capsys, "bundle", "import", str(bundle), "--data-dir", str(other))
    assert code == 0 and results[0]["added"]["participants"] == 12
    code, results = run_json(capsys, "bundle", "import", str(bundle), "--data-dir", str(other))
    assert results[0]["changed"] == 0
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 nonsense")
    code = main(["bundle", "import", str(broken), "--data-dir", str(other)])
    assert code == 1 and "bundle" in capsys.readouterr().err


def test_help_of_each_command(data_dir):
    for args in (["attendance", "export", "--help"], ["report", "--help"], ["bundle", "import", "--help"]):
        out = subprocess.run([sys.executable, "-m", "workshop_kit", *args], capture_output=True, text=True,
                             env={"WORKSHOP_KIT_HOME": str(data_dir), "WORKSHOP_KIT_LANG": "en", "PATH": ""})
        assert out.returncode == 0 and "--json" in out.stdout


def test_report_and_bundle_commands_do_not_load_qt(data_dir, tmp_path):
    code = (
        "from workshop_kit.cli import main\n"
        "main(['demo'])\n"
        f"main(['report', '--all', '-o', r'{tmp_path / 'r.xlsx'}'])\n"
        "from workshop_kit.workshops import list_workshops\n"
        "from workshop_kit.db import open_database\n"
        "from workshop_kit.paths import data_dir\n"
        "wid = list_workshops(open_database(data_dir(None)).db)[0]['id']\n"
        f"main(['bundle', 'export', wid, '-o', r'{tmp_path / 'b.zip'}'])\n"
        f"main(['attendance', 'export', wid, '--format', 'sheet', '-o', r'{tmp_path / 's.docx'}'])\n"
        "import sys; print('\\n'.join(sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert (tmp_path / "b.zip").exists() and (tmp_path / "s.docx").exists()
    assert not any(m.startswith(("PySide6", "shiboken6")) for m in out.split())


def test_sign_in_sheet_carries_the_logo_set_in_settings(capsys, tmp_path, data_dir):
    from PIL import Image

    from workshop_kit import settings

    wid, _people = _demo(capsys)
    logo = tmp_path / "logo.png"
    Image.new("RGB", (240, 90), (200, 30, 30)).save(logo)
    settings.update(data_dir, organisation_logo=str(logo))
    code, _data = run_json(capsys, "attendance", "export", wid, "--format", "sheet", "--session", "1",
                           "-o", str(tmp_path / "s.docx"))
    assert code == 0
    assert len(Document(str(tmp_path / "s.docx")).inline_shapes) == 1
