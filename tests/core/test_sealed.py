"""Password-protected bundles and access exports: nothing readable without the password."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from workshop_kit import bundles, sealed, signing
from workshop_kit.db import open_database
from workshop_kit.demo import create_demo

PASSWORD = "mot de passe du lot"


def test_seal_round_trip_wrong_password_and_tampering() -> None:
    blob = sealed.seal(b"Fatima El Idrissi", PASSWORD, "x.txt")
    assert blob.startswith(sealed.MAGIC) and b"Fatima" not in blob
    assert sealed.header(blob)["kdf"] == "scrypt" and sealed.header(blob)["content"] == "x.txt"
    assert sealed.unseal(blob, PASSWORD) == b"Fatima El Idrissi"
    with pytest.raises(sealed.SealedFileError, match="Wrong password"):
        sealed.unseal(blob, "pas le bon mot")
    renamed = blob.replace(b'"x.txt"', b'"y.txt"')  # the header is authenticated too
    with pytest.raises(sealed.SealedFileError, match="changed or damaged"):
        sealed.unseal(renamed, PASSWORD)
    flipped = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(sealed.SealedFileError):
        sealed.unseal(flipped, PASSWORD)
    with pytest.raises(Exception, match="at least 8"):
        sealed.seal(b"x", "court", "x")


def test_a_protected_bundle_shows_nothing_and_imports_with_its_password(db, data_dir: Path, tmp_path: Path) -> None:
    workshop, _ = create_demo(db)
    path = tmp_path / "atelier.zip"
    bundles.export_bundle(db, data_dir, workshop.id, path, password=PASSWORD)
    raw = path.read_bytes()
    assert not zipfile.is_zipfile(path)
    assert b"Fatima" not in raw and b"participants.json" not in raw and workshop.title.encode() not in raw
    dir_b = tmp_path / "laptop-b"
    db_b = open_database(dir_b, auto_backup=False).db
    try:
        signing.trust_public_key(dir_b, (data_dir / "keys" / "organisation.pub").read_text(encoding="utf-8"))
        with pytest.raises(bundles.BundlePasswordNeeded, match="protected with a password"):
            bundles.import_bundle(db_b, dir_b, path)
        with pytest.raises(bundles.BundleRefused, match="Wrong password"):
            bundles.import_bundle(db_b, dir_b, path, password="pas le bon mot")
        assert db_b.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 0
        result = bundles.import_bundle(db_b, dir_b, path, password=PASSWORD)
        assert result.added["participants"] == 12
    finally:
        db_b.conn.close()


def test_a_protected_access_export_opens_with_the_cli(db, demo, tmp_path: Path, capsys, monkeypatch) -> None:
    import io
    import sys

    from docx import Document

    from workshop_kit.cli import main
    from workshop_kit.privacy import export_personal_data

    fatima = db.execute("SELECT id FROM participants WHERE first_name = 'Fatima'").fetchone()[0]
    path = export_personal_data(db, fatima, tmp_path / "fatima.docx.sealed", password=PASSWORD)
    assert b"Fatima" not in path.read_bytes() and not zipfile.is_zipfile(path)
    monkeypatch.setattr(sys, "stdin", io.StringIO("pas le bon mot\n"))
    assert main(["unseal", str(path), "--password-stdin"]) == 1
    assert "Wrong password" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["unseal", str(path), "--password-stdin", "-o", str(tmp_path / "open.docx")]) == 0
    text = "\n".join(p.text for p in Document(str(tmp_path / "open.docx")).paragraphs)
    assert "Fatima" in text or any("Fatima" in c.text for t in Document(str(tmp_path / "open.docx")).tables
                                   for r in t.rows for c in r.cells)
