"""Moving the data folder takes everything a laptop needs: data, signing keys, own modules, settings."""

from __future__ import annotations

import json

import pytest

from workshop_kit import settings as settings_mod
from workshop_kit import signing
from workshop_kit.datafolder import copy_data_folder
from workshop_kit.db import open_database
from workshop_kit.errors import ValidationError
from workshop_kit.paths import database_path


def test_copy_takes_data_keys_modules_and_rebases_settings(db, demo, data_dir, tmp_path):
    keys = signing.load_or_create(data_dir)
    (data_dir / "curricula" / "m50-local").mkdir(parents=True)
    (data_dir / "curricula" / "m50-local" / "fr.md").write_text("---\nid: m50-local\n---\n", encoding="utf-8")
    (data_dir / "branding").mkdir()
    (data_dir / "branding" / "logo.png").write_bytes(b"png")
    (data_dir / "cache").mkdir()
    (data_dir / "cache" / "index.sqlite").write_bytes(b"rebuilt anyway")
    settings_mod.update(data_dir, organisation_name="Tadamon", organisation_logo=str(data_dir / "branding" / "logo.png"))

    target = tmp_path / "usb" / "workshop-kit"
    copied = copy_data_folder(db.conn, data_dir, target)

    assert {"keys", "curricula", "branding", "settings.json", "workshop-kit.sqlite"} <= set(copied)
    assert not (target / "cache").exists()
    assert signing.load_or_create(target).public_raw == keys.public_raw  # certificates still verify
    assert (target / "curricula" / "m50-local" / "fr.md").exists()
    moved = json.loads((target / "settings.json").read_text(encoding="utf-8"))
    assert moved["organisation_logo"] == str(target / "branding" / "logo.png")
    assert moved["organisation_name"] == "Tadamon"
    copy = open_database(target, auto_backup=False).db
    try:
        assert copy.execute("SELECT title FROM workshops").fetchone()[0] == demo.title
        assert copy.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 12
    finally:
        copy.conn.close()
    assert database_path(data_dir).exists()  # the old folder is left as it was


def test_copy_refuses_a_folder_with_data_or_inside_the_current_one(db, data_dir, tmp_path):
    other = tmp_path / "other"
    open_database(other, auto_backup=False).db.conn.close()
    with pytest.raises(ValidationError, match="already holds"):
        copy_data_folder(db.conn, data_dir, other)
    with pytest.raises(ValidationError, match="outside"):
        copy_data_folder(db.conn, data_dir, data_dir / "inside")
    assert not (data_dir / "inside").exists()
