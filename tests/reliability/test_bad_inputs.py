"""Inputs that used to end in tracebacks now end in a message (exit 1) or a correct result:
bundles signed by a careless laptop, names longer than any badge, certificate batches with one
such name among the others."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from tests.certhelpers import attend_demo, mark
from tests.reliability import hostile as H
from workshop_kit import bundles, certificates, signing
from workshop_kit.cli import main
from workshop_kit.db import new_id, now_iso, open_database
from workshop_kit.errors import ValidationError
from workshop_kit.importing import import_file
from workshop_kit.participants import add_participant


# -- bundles ------------------------------------------------------------------------------------------
def resign(src: Path, dst: Path, data_dir: Path, change) -> None:
    """Rewrite a bundle's rows with ``change(tables)`` and sign it again, as another laptop would."""
    with zipfile.ZipFile(src) as z:
        files = {n: z.read(n) for n in z.namelist()}
    tables = {n.removesuffix(".json"): json.loads(b) for n, b in files.items() if n.endswith(".json")
              and n != bundles.MANIFEST}
    change(tables)
    manifest = json.loads(files[bundles.MANIFEST])
    for table, rows in tables.items():
        blob = rows if isinstance(rows, bytes) else json.dumps(rows).encode()
        files[f"{table}.json"] = blob
        manifest["files"][f"{table}.json"]["sha256"] = hashlib.sha256(blob).hexdigest()
    keys = signing.load_or_create(data_dir)
    manifest["signer"] = {"key_id": keys.key_id, "public_key": signing.b64(keys.public_raw)}
    files[bundles.MANIFEST] = json.dumps(manifest).encode()
    files[bundles.SIGNATURE] = signing.b64(keys.sign(files[bundles.MANIFEST])).encode()
    with zipfile.ZipFile(dst, "w") as z:
        for name, blob in files.items():
            z.writestr(name, blob)


def _set(table: str, column: str, value: object):
    def change(tables: dict) -> None:
        tables[table][0][column] = value
    return change


def _drop(table: str, column: str):
    def change(tables: dict) -> None:
        del tables[table][0][column]
    return change


def _deep(tables: dict) -> None:
    tables["quiz_scores"] = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize(("change", "message"), [
    (_set("participants", "first_name", 5), "hold 5 in the field first_name where a text is expected"),
    (_set("workshops", "title", 3.5), "hold 3.5 in the field title where a text is expected"),
    (_set("workshops", "start_date", "next week"), "start_date where a date or time is expected"),
    (_set("workshops", "modules", "m01"), "modules where a list of module ids is expected"),
    (_set("sessions", "number", "1"), "number where a whole number is expected"),
    (_set("attendance", "checked_in_at", 1741600000), "checked_in_at where a text is expected"),
    (_set("participants", "last_name", "\ud800"), "last_name where a text is expected"),
    (_set("participants", "consent_data", True), "consent_data where a whole number is expected"),
    (_drop("attendance", "session_id"), "lack the field session_id"),
    (_deep, "quiz_scores.json is not valid JSON"),
])
def test_a_bundle_with_the_wrong_kind_of_value_is_refused_and_records_nothing(demo, db, data_dir, tmp_path,
                                                                                change, message) -> None:
    attend_demo(db, demo.id)
    bundles.export_bundle(db, data_dir, demo.id, tmp_path / "good.zip")
    other = tmp_path / "other-laptop"
    resign(tmp_path / "good.zip", tmp_path / "bad.zip", other, change)
    db_b = open_database(tmp_path / "laptop-b", auto_backup=False).db
    try:
        with pytest.raises(bundles.BundleRefused, match=message):
            bundles.import_bundle(db_b, tmp_path / "laptop-b", tmp_path / "bad.zip", accept_unknown=True)
        assert db_b.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 0
    finally:
        db_b.conn.close()
    run = H.cli("--data-dir", str(tmp_path / "laptop-b"), "bundle", "import", str(tmp_path / "bad.zip"),
                "--accept-signer")
    assert run.code == 1 and not run.traceback and message.split(" where")[0] in run.err, run.err[-2000:]


def test_a_good_bundle_still_merges_after_the_checks(demo, db, data_dir, tmp_path) -> None:
    attend_demo(db, demo.id)
    bundles.export_bundle(db, data_dir, demo.id, tmp_path / "good.zip")
    db_b = open_database(tmp_path / "laptop-b", auto_backup=False).db
    try:
        result = bundles.import_bundle(db_b, tmp_path / "laptop-b", tmp_path / "good.zip", accept_unknown=True)
        assert result.added["participants"] == 12 and result.added["attendance"] == 72
    finally:
        db_b.conn.close()


# -- long names ---------------------------------------------------------------------------------------
LONG = {"Arabic": {"first_name_ar": "ب" * 800}, "Latin": {"first_name": "a" * 2325}}


@pytest.mark.parametrize("script", LONG)
def test_a_name_longer_than_a_badge_is_refused_at_entry(db, demo, tmp_path, capsys, script) -> None:
    with pytest.raises(ValidationError, match="at most 100 fit on a badge and a certificate"):
        add_participant(db, consent_data=True, **LONG[script])
    name = next(iter(LONG[script].values()))
    assert main(["participants", "add", "--name", name, "--consent"]) == 1
    assert "at most 100" in capsys.readouterr().err
    csv = tmp_path / "people.csv"
    csv.write_text(f"Nom;Prénom;Consentement\r\nAlaoui;Sara;oui\r\n{name};Omar;oui\r\n", encoding="utf-8")
    report = import_file(db, demo.id, csv, skip_invalid=True)
    assert report.imported == 1 and [(e.row, e.field) for e in report.errors] == [
        (3, "last_name_ar" if script == "Arabic" else "last_name")]


@pytest.mark.parametrize("script", LONG)
def test_one_over_long_name_never_stops_a_certificate_batch(db, demo, data_dir, tmp_path, script) -> None:
    """A name already in the data file (from an older copy or a bundle) goes round the entry check."""
    attend_demo(db, demo.id)
    pid, now = new_id(), now_iso()
    fields = LONG[script]
    column = next(iter(fields))
    db.execute(f"INSERT INTO participants (id, {column}, consent_data, created_at, updated_at) VALUES (?, ?, 1, ?, ?)",
               [pid, fields[column], now, now])
    db.execute("INSERT INTO enrolments (id, workshop_id, participant_id, enrolled_at) VALUES (?, ?, ?, ?)",
               [new_id(), demo.id, pid, now])
    mark(db, demo.id, pid, ["present"] * 6)
    result = certificates.generate(db, data_dir, demo.id, tmp_path / "out", merged=tmp_path / "all.docx",
                                   settings={})
    assert len(result.issued) == 11  # everyone eligible but the long name (11 in the demo)
    left = [r for r in result.not_eligible if r["participant_id"] == pid]
    assert len(left) == 1 and "too long to go in the certificate's QR code" in left[0]["reason"]
    assert len(list((tmp_path / "out").glob("*.docx"))) == 11 and (tmp_path / "all.docx").exists()
    assert db.execute("SELECT COUNT(*) FROM certificates WHERE participant_id = ?", [pid]).fetchone()[0] == 0


def test_a_workshop_title_too_long_for_any_qr_code_is_refused_clearly(db, demo, data_dir, tmp_path) -> None:
    attend_demo(db, demo.id)
    db.execute("UPDATE workshops SET title = ? WHERE id = ?", ["Atelier " * 400, demo.id])
    with pytest.raises(ValidationError, match="workshop title is too long"):
        certificates.generate(db, data_dir, demo.id, tmp_path / "out", settings={})
    assert db.execute("SELECT COUNT(*) FROM certificates").fetchone()[0] == 0


# -- key files ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("command", [["certificates", "trust-key"], ["bundle", "trust"]])
def test_a_file_that_is_not_a_public_key_is_refused_clearly(data_dir, tmp_path, capsys, command) -> None:
    path = tmp_path / "organisation.pub"
    path.write_bytes(bytes(range(256)) * 4)  # a photo sent by mistake: not even text
    assert main([*command, str(path)]) == 1
    assert "not a Workshop Kit public key file" in capsys.readouterr().err


def test_a_damaged_organisation_key_is_reported_not_replaced(db, demo, data_dir, tmp_path) -> None:
    signing.load_or_create(data_dir)
    key = signing.keys_dir(data_dir) / signing.PRIVATE_FILE
    key.write_bytes(b"-----BEGIN PRIVATE KEY-----\ngarbage\n-----END PRIVATE KEY-----\n")
    with pytest.raises(ValidationError, match="organisation key in .* is damaged"):
        bundles.export_bundle(db, data_dir, demo.id, tmp_path / "b.zip")
    assert b"garbage" in key.read_bytes()  # never silently replaced: certificates were signed with it


# -- the last resort -----------------------------------------------------------------------------------
@pytest.mark.parametrize("error", [MemoryError, RecursionError])
def test_the_command_line_turns_exhaustion_into_a_message(data_dir, capsys, monkeypatch, error) -> None:
    """Readers refuse oversized input first; should one be missed, the user still gets a sentence."""
    from workshop_kit.cli import workshops

    def exhausted(ctx) -> None:
        raise error()

    monkeypatch.setattr(workshops, "_list", exhausted)
    assert main(["workshop", "list"]) == 1
    err = capsys.readouterr().err
    assert "too large or too deeply nested" in err and "Traceback" not in err


def test_a_bundle_that_unzips_to_more_than_a_workshop_could_hold_is_refused_unread(demo, db, data_dir, tmp_path) -> None:
    bundles.export_bundle(db, data_dir, demo.id, tmp_path / "good.zip")
    with zipfile.ZipFile(tmp_path / "good.zip") as z:
        parts = {n: z.read(n) for n in z.namelist()}
    (tmp_path / "bomb.zip").write_bytes(H.zip_bomb(parts, "participants.json", 1500))
    assert (tmp_path / "bomb.zip").stat().st_size < 2 * 1024 * 1024
    run = H.cli("bundle", "import", str(tmp_path / "bomb.zip"), "--accept-signer")
    assert run.code == 1 and not run.traceback and "holds the same file twice" in run.err, run.err[-2000:]
    parts.pop("participants.json")
    (tmp_path / "bomb.zip").write_bytes(H.zip_bomb(parts, "participants.json", 1500))
    run = H.cli("bundle", "import", str(tmp_path / "bomb.zip"), "--accept-signer")
    assert run.code == 1 and not run.traceback and "participants.json is too large for a bundle" in run.err, run.err
    assert run.seconds < 30
