"""Badge pictures keep Arabic readable without Pillow's Raqm layout (a machine without libfribidi0).

Without Raqm, Pillow's basic layout refuses a text direction and would draw an Arabic name as loose
letters from left to right; the badge then shapes and orders the line itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from PIL import Image, ImageChops, features

from workshop_kit.arabic_shaping import shape, visual
from workshop_kit.badge_cards import render_card, write_badge_pngs
from workshop_kit.participants import add_participant, enrol
from workshop_kit.qr import decode_file
from workshop_kit.workshops import create_workshop

HAS_RAQM = features.check("raqm")


@pytest.fixture
def no_raqm(monkeypatch):
    """Pillow as on a machine without libfribidi0."""
    real = features.check
    monkeypatch.setattr(features, "check", lambda name: False if name == "raqm" else real(name))


@pytest.fixture
def arabic_workshop(db):
    workshop, _sessions = create_workshop(db, title="ورشة حقوق المهاجرين في الجماعات", start=date(2026, 3, 10))
    for fields in ({"first_name_ar": "خديجة", "last_name_ar": "بنعلي"},
                   {"first_name": "Fatima", "last_name": "Idrissi", "first_name_ar": "فاطمة", "last_name_ar": "الإدريسي"}):
        enrol(db, workshop.id, add_participant(db, consent_data=True, **fields).id)
    return workshop


def text_area(img: Image.Image) -> Image.Image:
    """The names and the workshop title, right of the QR code, in grey."""
    return img.crop((530, 40, img.width - 20, img.height - 20)).convert("L")


def dark(img: Image.Image) -> int:
    return sum(img.histogram()[:128])


def test_arabic_names_and_titles_are_drawn_without_raqm(db, arabic_workshop, tmp_path, no_raqm):
    files = write_badge_pngs(db, arabic_workshop.id, tmp_path / "png")
    assert len(files) == 2
    for f in files:
        assert decode_file(f)[0].startswith("WK1-")
        # The right-hand side holds the name (not an empty card): a good share of dark pixels.
        assert dark(text_area(Image.open(f))) > 3000, f.name


@pytest.mark.skipif(not HAS_RAQM, reason="compares with Pillow's Raqm layout, absent here")
def test_without_raqm_the_card_looks_like_the_one_raqm_draws(db, arabic_workshop, monkeypatch):
    from workshop_kit.badge_cards import cards

    card = next(c for c in cards(db, arabic_workshop.id) if not c.participant.latin_name)
    with_raqm = text_area(render_card(card, arabic_workshop.title))
    real = features.check
    monkeypatch.setattr(features, "check", lambda name: False if name == "raqm" else real(name))
    without = text_area(render_card(card, arabic_workshop.title))
    ink = dark(with_raqm)
    differ = sum(ImageChops.difference(with_raqm, without).histogram()[129:])
    # Letters in their joined forms, right to left, at the same place: almost every dark pixel agrees.
    assert differ < 0.15 * ink, (differ, ink)


def test_the_badges_command_writes_arabic_pngs_on_a_machine_without_fribidi(data_dir, tmp_path):
    """The real thing: the dynamic loader finds an unloadable libfribidi.so.0, so Pillow has no Raqm."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the dynamic loader of Linux")
    broken = tmp_path / "broken-libs"
    broken.mkdir()
    (broken / "libfribidi.so.0").write_bytes(b"")
    env = {**os.environ, "LD_LIBRARY_PATH": str(broken)}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=300)

    assert run("-c", "from PIL import features; assert not features.check('raqm')").returncode == 0
    assert run("-m", "workshop_kit", "demo").returncode == 0
    ws = run("-m", "workshop_kit", "workshop", "list", "--json")
    import json

    wid = json.loads(ws.stdout)[0]["id"]
    done = run("-m", "workshop_kit", "badges", wid, "-o", str(tmp_path / "b.docx"), "--png-dir", str(tmp_path / "png"))
    assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "png").glob("*.png"))) == 12


def test_shaping_joins_letters_and_orders_the_line_for_drawing():
    assert shape("لا") == "\ufefb"  # lam-alef, one ligature
    assert shape("محمد") == "\ufee3\ufea4\ufee4\ufeaa"  # initial, medial, medial, final
    assert shape("مُحَمَّد") == shape("محمد")  # harakat dropped
    assert shape("دار") == "\ufea9\ufe8d\ufead"  # dal and alef do not join the next letter
    assert shape("باب") == "\ufe91\ufe8e\ufe8f"
    assert visual("محمد") == shape("محمد")[::-1]
    # Latin and numbers keep their order inside a right-to-left line, which reads from the right.
    assert visual("ورشة 2026") == "2026 " + shape("ورشة")[::-1]
    assert visual("Atelier ورشة") == "Atelier " + shape("ورشة")[::-1]
    assert visual("(أكادير)") == "(" + shape("أكادير")[::-1] + ")"
