"""``workshop-kit encryption``: switching it on and off from a script, and every command afterwards."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys

import pytest

from workshop_kit import dbconnect
from workshop_kit.cli import main
from workshop_kit.paths import database_path

PASS = "une phrase assez longue"


@pytest.fixture(autouse=True)
def _no_keys_left(monkeypatch):
    monkeypatch.delenv(dbconnect.PASSPHRASE_ENV, raising=False)
    dbconnect.forget()
    yield
    dbconnect.forget()


def _run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-m", "workshop_kit", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL, timeout=120)


def test_enable_from_a_script_then_commands_need_the_passphrase(capsys, monkeypatch, data_dir) -> None:
    assert main(["demo"]) == 0
    main(["encryption", "status", "--json"])
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    assert main(["encryption", "enable", "--passphrase-stdin", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["enabled"] and status["database_encrypted"]
    raw = database_path(data_dir).read_bytes()
    assert b"Fatima" not in raw and b"SQLite format 3" not in raw
    # A new process without the passphrase is refused with what to do; with it, everything works.
    refused = _run("workshop", "list")
    assert refused.returncode == 1 and dbconnect.PASSPHRASE_ENV in refused.stderr
    wrong = _run("workshop", "list", env={dbconnect.PASSPHRASE_ENV: "pas la bonne phrase"})
    assert wrong.returncode == 1 and "does not open" in wrong.stderr
    workshops = _run("workshop", "list", "--json", env={dbconnect.PASSPHRASE_ENV: PASS})
    assert workshops.returncode == 0, workshops.stderr
    wid = json.loads(workshops.stdout)[0]["id"]
    listed = _run("participants", "list", wid, env={dbconnect.PASSPHRASE_ENV: PASS})
    assert listed.returncode == 0, listed.stderr
    assert "Fatima" in listed.stdout
    # Off again (the passphrase opens it first); plain SQLite afterwards.
    off = _run("encryption", "disable", env={dbconnect.PASSPHRASE_ENV: PASS})
    assert off.returncode == 0, off.stderr
    names = sqlite3.connect(database_path(data_dir)).execute("SELECT first_name FROM participants").fetchall()
    assert ("Fatima",) in names


def test_status_and_a_too_short_passphrase(capsys, monkeypatch) -> None:
    main(["demo"])
    capsys.readouterr()
    assert main(["encryption", "status"]) == 0
    assert "Not encrypted" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO("court\n"))
    assert main(["encryption", "enable", "--passphrase-stdin"]) == 1
    assert "at least 10" in capsys.readouterr().err


def test_bundle_export_with_a_password_and_import_elsewhere(capsys, monkeypatch, data_dir, tmp_path) -> None:
    main(["demo"])
    capsys.readouterr()
    main(["workshop", "list", "--json"])
    wid = json.loads(capsys.readouterr().out)[0]["id"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("le mot de passe\n"))
    assert main(["bundle", "export", wid, "-o", str(tmp_path / "w.zip"), "--password-stdin"]) == 0
    assert b"Fatima" not in (tmp_path / "w.zip").read_bytes()
    other = tmp_path / "other"
    assert main(["bundle", "import", str(tmp_path / "w.zip"), "--accept-signer", "--data-dir", str(other)]) == 1
    assert "protected with a password" in capsys.readouterr().err
    monkeypatch.setenv("WORKSHOP_KIT_FILE_PASSWORD", "le mot de passe")
    assert main(["bundle", "import", str(tmp_path / "w.zip"), "--accept-signer", "--data-dir", str(other)]) == 0
    assert "participants: 12 added" in capsys.readouterr().out


def test_selfcheck_of_an_encrypted_folder(capsys, monkeypatch, data_dir) -> None:
    main(["demo"])
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    assert main(["encryption", "enable", "--passphrase-stdin"]) == 0
    dbconnect.forget()
    capsys.readouterr()
    assert main(["selfcheck"]) == 1
    assert dbconnect.PASSPHRASE_ENV in capsys.readouterr().out
    monkeypatch.setenv(dbconnect.PASSPHRASE_ENV, PASS)
    main(["selfcheck"])
    assert "integrity ok" in capsys.readouterr().out


def test_change_the_passphrase_from_a_script(capsys, monkeypatch, data_dir) -> None:
    main(["demo"])
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    assert main(["encryption", "enable", "--passphrase-stdin"]) == 0
    dbconnect.forget()
    monkeypatch.setenv(dbconnect.PASSPHRASE_ENV, PASS)  # the current one opens the folder
    monkeypatch.setattr(sys, "stdin", io.StringIO("la nouvelle phrase secrète\n"))
    assert main(["encryption", "change", "--passphrase-stdin"]) == 0
    assert "old one no longer opens" in capsys.readouterr().out
    dbconnect.forget()
    assert _run("workshop", "list", env={dbconnect.PASSPHRASE_ENV: PASS}).returncode == 1
    assert _run("workshop", "list", env={dbconnect.PASSPHRASE_ENV: "la nouvelle phrase secrète"}).returncode == 0
