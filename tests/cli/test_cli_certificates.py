"""``workshop-kit certificates`` and ``outbox`` as a coordinator's script uses them."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document

from tests.certhelpers import attend_demo
from workshop_kit.cli import main


def run_json(capsys, *args):  # noqa: ANN001, ANN002, ANN201
    code = main([*args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def test_generate_verify_revoke(capsys, db, demo, tmp_path: Path) -> None:
    attend_demo(db, demo.id)
    code, data = run_json(capsys, "certificates", demo.id[:8], "-o", str(tmp_path / "out"),
                          "--merged", str(tmp_path / "print.docx"))
    assert code == 0
    assert len(data["certificates"]) == 11
    assert data["not_eligible"][0]["name"] == "Youssef Benali"
    assert len(Document(data["merged"]).sections) == 11
    first = data["certificates"][0]
    code, answer = run_json(capsys, "certificates", "verify", first["code"])
    assert code == 0 and answer["valid"] and answer["certificate"]["number"] == first["number"]
    code, _ = run_json(capsys, "certificates", "revoke", first["number"], "--reason", "duplicate")
    assert code == 0
    code, answer = run_json(capsys, "certificates", "verify", first["code"])
    assert code == 1 and answer["valid"] is False and answer["reason"] == "revoked"


def test_all_includes_not_eligible_and_human_output_lists_reasons(capsys, db, demo, tmp_path: Path) -> None:
    attend_demo(db, demo.id)
    assert main(["certificates", "generate", demo.id, "-o", str(tmp_path / "a")]) == 0
    out = capsys.readouterr().out
    assert "11 certificates written" in out and "Youssef Benali: attended 2 of 6 sessions" in out
    code, data = run_json(capsys, "certificates", demo.id, "-o", str(tmp_path / "b"), "--all")
    assert len(data["certificates"]) == 12


def test_verify_from_a_picture(capsys, db, demo, tmp_path: Path) -> None:
    from workshop_kit import certcode
    from workshop_kit.qr import qr_picture

    attend_demo(db, demo.id)
    _, data = run_json(capsys, "certificates", demo.id, "-o", str(tmp_path / "out"))
    row = db.execute("SELECT payload, signature FROM certificates WHERE number = ?",
                     [data["certificates"][0]["number"]]).fetchone()
    text = f"{certcode.PREFIX}.{row[0]}.{row[1]}"
    png = tmp_path / "photo.png"
    png.write_bytes(qr_picture(text).data)
    code, answer = run_json(capsys, "certificates", "verify", "--image", str(png))
    assert code == 0 and answer["valid"]
    blank = tmp_path / "blank.png"
    from PIL import Image

    Image.new("L", (200, 200), 255).save(blank)
    code, answer = run_json(capsys, "certificates", "verify", "--image", str(blank))
    assert code == 1 and "No QR code" in answer["error"]


def test_export_and_trust_key_between_two_data_folders(capsys, db, demo, tmp_path: Path) -> None:
    attend_demo(db, demo.id)
    _, data = run_json(capsys, "certificates", demo.id, "-o", str(tmp_path / "out"))
    row = db.execute("SELECT payload, signature FROM certificates LIMIT 1").fetchone()
    text = f"WKC1.{row[0]}.{row[1]}"
    key = tmp_path / "tadamon.pub"
    assert main(["certificates", "export-key", "-o", str(key)]) == 0
    assert "Public key" in capsys.readouterr().out
    other = tmp_path / "employer"
    code, answer = run_json(capsys, "--data-dir", str(other), "certificates", "verify", text)
    assert code == 1 and answer["reason"] == "unknown_key"
    assert main(["--data-dir", str(other), "certificates", "trust-key", str(key)]) == 0
    capsys.readouterr()
    code, answer = run_json(capsys, "--data-dir", str(other), "certificates", "verify", text)
    assert code == 0 and answer["valid"] and "note" in answer


def test_check_template_lists_placeholders(capsys, tmp_path: Path) -> None:
    doc = Document()
    p = doc.add_paragraph()
    p.add_run("{{participant_")
    p.add_run("name}} {{verify_code}} {{favourite_colour}}")
    path = tmp_path / "mine.docx"
    doc.save(path)
    code, report = run_json(capsys, "certificates", "check-template", str(path), "--preview", str(tmp_path / "p.docx"))
    assert code == 1
    assert report["known"] == ["participant_name", "verify_code"] and report["unknown"] == ["favourite_colour"]
    assert "Fatima El Idrissi" in Document(report["preview"]).paragraphs[0].text
    assert main(["certificates", "check-template", "assets/templates/certificate_ar.docx"]) == 0
    assert "The template is ready" in capsys.readouterr().out


def test_errors_are_clear(capsys, db, tmp_path: Path) -> None:
    assert main(["certificates", "revoke", "2026-XXXX-0001", "--reason", "x"]) == 1
    assert "No certificate number" in capsys.readouterr().err
    assert main(["certificates", "no-such-workshop", "-o", str(tmp_path)]) == 1
    assert "No workshop" in capsys.readouterr().err
    assert main(["certificates", "verify"]) == 2  # neither a code nor --image
    capsys.readouterr()


def test_outbox_queue_and_list(capsys, db, demo, tmp_path: Path) -> None:
    people = attend_demo(db, demo.id)
    db.execute("UPDATE participants SET email = 'f@example.org' WHERE id = ?", [people["Fatima El Idrissi"]])
    main(["certificates", demo.id, "-o", str(tmp_path / "out")])
    capsys.readouterr()
    code, data = run_json(capsys, "outbox", "queue", demo.id, "--from-dir", str(tmp_path / "out"))
    assert code == 0 and [q["to"] for q in data["queued"]] == ["f@example.org"]
    code, rows = run_json(capsys, "outbox", "list")
    assert rows[0]["status"] == "queued"
    code, data = run_json(capsys, "outbox", "send")
    assert code == 1 and "No SMTP server" in data["error"]


def test_outbox_send_reports_uncertain_messages_and_mark_sent(capsys, db, demo, data_dir, tmp_path: Path) -> None:
    from aiosmtpd.controller import Controller

    from tests.core.test_outbox import HangsUpAfterAccepting, _free_port

    people = attend_demo(db, demo.id)
    db.execute("UPDATE participants SET email = 'f@example.org' WHERE id = ?", [people["Fatima El Idrissi"]])
    main(["certificates", demo.id, "-o", str(tmp_path / "out")])
    recorder, port = HangsUpAfterAccepting(), _free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        main(["outbox", "smtp", "--host", "127.0.0.1", "--port", str(port), "--security", "none",
              "--from", "certificats@tadamon.ma"])
        main(["outbox", "queue", demo.id, "--from-dir", str(tmp_path / "out")])
        capsys.readouterr()
        assert main(["outbox", "send"]) == 1
        out = capsys.readouterr().out
        assert "1 uncertain" in out and "outbox mark-sent ID" in out
        assert main(["outbox", "send"]) == 0 and len(recorder.messages) == 1
        capsys.readouterr()
        main(["outbox", "list", "--status", "uncertain"])
        line = capsys.readouterr().out.strip()
        assert "uncertain" in line and "f@example.org" in line
        code, row = run_json(capsys, "outbox", "mark-sent", line.split()[0])
        assert code == 0 and row["status"] == "sent" and len(recorder.messages) == 1
    finally:
        controller.stop()
