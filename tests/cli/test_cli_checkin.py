"""``workshop-kit checkin`` and ``workshop-kit badges`` as a trainer or a script uses them."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from PIL import Image

from tests.photos import photographed
from workshop_kit.cli import main

REPO = Path(__file__).resolve().parents[2]


def run_json(capsys, *args):
    code = main([*args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


@pytest.fixture
def ws(db):
    from workshop_kit.demo import create_demo

    workshop, _n = create_demo(db, start=date(2020, 3, 10))  # far from today's clock
    return workshop


@pytest.fixture
def pngs(ws, tmp_path, capsys):
    code, data = run_json(capsys, "badges", ws.id[:8], "--png-dir", str(tmp_path / "png"))
    assert code == 0
    return [Path(p) for p in data["png"]]


def token_of(png: Path) -> str:
    from workshop_kit.qr import decode_file

    return decode_file(png)[0]


def test_badges_docx_and_pngs(ws, tmp_path, capsys):
    out = tmp_path / "badges.docx"
    code = main(["badges", ws.id[:8], "-o", str(out), "--png-dir", str(tmp_path / "png")])
    text = capsys.readouterr().out
    assert code == 0 and "12 badges written" in text and "12 PNG badges" in text
    assert len(Document(str(out)).tables[0].rows) == 6
    assert len(list((tmp_path / "png").glob("*.png"))) == 12


def test_badges_list_shows_short_codes(ws, capsys):
    code, data = run_json(capsys, "badges", ws.id[:8])
    assert code == 0 and len(data["badges"]) == 12
    assert all(len(b["short_code"]) == 7 and b["short_code"][3] == "-" for b in data["badges"])


def test_checkin_token_then_repeat_then_garbage(ws, pngs, capsys):
    token = token_of(pngs[0])
    code, data = run_json(capsys, "checkin", ws.id[:8], "--session", "2", token)
    assert code == 0 and data["status"] == "checked_in"
    assert data["display_name"] and data["session"]["number"] == 2 and data["time"]
    code, data = run_json(capsys, "checkin", ws.id[:8], "--session", "2", token)
    assert code == 0 and data["status"] == "already_checked_in" and data["checked_in_at"]
    code, data = run_json(capsys, "checkin", ws.id[:8], "--session", "2", "%%%garbage")
    assert code == 1 and data["status"] == "unknown"


def test_checkin_without_session_far_from_the_clock_refuses_and_explains(ws, pngs, capsys):
    code = main(["checkin", ws.id[:8], token_of(pngs[0])])
    out = capsys.readouterr().out
    assert code == 1
    assert out.startswith("no_session") and "--session N" in out and "nothing was recorded" in out


def test_checkin_from_a_photographed_badge(ws, pngs, tmp_path, capsys):
    photo = photographed(Image.open(pngs[3]), angle=23, tilt=0.2, blur=1.8, seed=3)
    path = tmp_path / "photo.jpg"
    photo.save(path, quality=75)
    code, data = run_json(capsys, "checkin", ws.id[:8], "--session", "1", "--image", str(path))
    assert code == 0 and data["status"] == "checked_in"
    assert data["participant_id"]


def test_image_without_qr_or_not_an_image_is_a_clear_refusal(ws, tmp_path, capsys):
    blank = tmp_path / "blank.png"
    Image.new("RGB", (640, 480), "white").save(blank)
    assert main(["checkin", ws.id[:8], "--session", "1", "--image", str(blank)]) == 1
    assert "No QR code found" in capsys.readouterr().err
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert main(["checkin", ws.id[:8], "--session", "1", "--image", str(text)]) == 1
    assert "not a picture or PDF" in capsys.readouterr().err
    assert main(["checkin", ws.id[:8], "--session", "1"]) == 1
    assert "--image" in capsys.readouterr().err


def test_reissue_then_old_token_is_revoked(ws, pngs, capsys, db):
    token = token_of(pngs[0])
    pid = db.execute("SELECT participant_id FROM badge_tokens WHERE token = ?", [token]).fetchone()[0]
    code, new = run_json(capsys, "badges", ws.id[:8], "--reissue", pid)
    assert code == 0 and new["token"] != token
    code, data = run_json(capsys, "checkin", ws.id[:8], "--session", "1", token)
    assert code == 1 and data["status"] == "revoked"
    code, data = run_json(capsys, "checkin", ws.id[:8], "--session", "1", new["human_code"])
    assert code == 0 and data["status"] == "checked_in" and data["participant_id"] == pid


def test_undo_last(ws, pngs, capsys):
    token = token_of(pngs[1])
    run_json(capsys, "checkin", ws.id[:8], "--session", "1", token)
    code, data = run_json(capsys, "checkin", ws.id[:8], "--undo-last")
    assert code == 0 and data["status"] == "undone"
    code, data = run_json(capsys, "checkin", ws.id[:8], "--undo-last")
    assert code == 1 and "no check-in to undo" in data["error"]
    code, data = run_json(capsys, "checkin", ws.id[:8], "--session", "1", token)
    assert data["status"] == "checked_in"


def test_checkin_and_badges_do_not_load_qt(ws, tmp_path):
    code = (
        "from workshop_kit.cli import main\n"
        f"main(['badges', '{ws.id}', '-o', r'{tmp_path / 'b.docx'}', '--png-dir', r'{tmp_path / 'p'}'])\n"
        f"main(['checkin', '{ws.id}', '--session', '1', 'ABCDEF', '--json'])\n"
        "import sys; print('\\n'.join(sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO).stdout
    assert "workshop_kit.checkin" in out.split()
    assert not any(m.startswith(("PySide6", "shiboken6")) for m in out.split())
