"""Certificates per second (separate .docx files) and one merged print file of 1,000 certificates.

Targets (certificates issue): >= 150 certificates/s as separate files; 1,000 certificates merged into
one print file in < 5 s. Compared in the same run with:
- a naive python-docx fill (open the template, replace the placeholders run by run, add the QR code
  picture made with qrcode + Pillow, save), measured alone at about 31 ms per certificate;
- the floor: copying the template file (what writing N files costs with no work at all).
The figure is the full ``certificates.generate`` call: eligibility, numbers and signatures in the
database, QR codes, files written atomically.
Run: .venv/bin/python benchmarks/bench_certificates.py [--participants 1000] [--naive 100]
"""

from __future__ import annotations

import argparse
import io
import shutil
import tempfile
import time
from pathlib import Path

from _common import fill_participants, report


def setup(n: int) -> tuple[Path, object, str]:
    from workshop_kit.db import new_id, now_iso, open_database
    from workshop_kit.workshops import create_workshop

    home = Path(tempfile.mkdtemp(prefix="wk-bench-cert-"))
    db = open_database(home, auto_backup=False).db
    w, sessions = create_workshop(db, title="Accès aux services publics — Agadir", start="2026-03-14", days=3,
                                  city="Agadir", venue="Maison de la société civile", trainer_name="Salma Ouazzani")
    ids = fill_participants(db, n, w.id)
    now = now_iso()
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO attendance (id, session_id, participant_id, status, created_at, updated_at)"
            " VALUES (?, ?, ?, 'present', ?, ?)",
            [(new_id(), s.id, pid, now, now) for pid in ids for s in sessions],
        )
    return home, db, w.id


def naive(template: Path, out: Path, count: int) -> float:
    """python-docx the obvious way; returns seconds per certificate."""
    import qrcode
    from docx import Document
    from docx.shared import Mm

    values = {"{{participant_name}}": "Fatima El Idrissi", "{{workshop_title}}": "Accès aux services publics",
              "{{dates}}": "du 14 au 16 mars 2026", "{{place}}": "Agadir", "{{hours}}": "19,5",
              "{{certificate_number}}": "2026-ABCD-0001", "{{verify_code}}": "ABCD-EFGH"}
    t = time.perf_counter()
    for i in range(count):
        doc = Document(str(template))
        paragraphs = list(doc.paragraphs) + [p for tb in doc.tables for c in tb._cells for p in c.paragraphs]
        for p in paragraphs:
            for run in p.runs:
                if "{{" in run.text:
                    text = run.text
                    for key, value in values.items():
                        text = text.replace(key, value)
                    if "{{qr" in text:
                        text = ""
                        img = qrcode.make(f"WKC1.payload-{i}." + "x" * 200)
                        buf = io.BytesIO()
                        img.save(buf, "PNG")
                        buf.seek(0)
                        run.add_picture(buf, height=Mm(27))
                    run.text = text
        doc.save(str(out / f"naive-{i}.docx"))
    return (time.perf_counter() - t) / count


def floor(template: Path, out: Path, count: int) -> float:
    t = time.perf_counter()
    for i in range(count):
        shutil.copyfile(template, out / f"copy-{i}.docx")
    return (time.perf_counter() - t) / count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=1000)
    parser.add_argument("--naive", type=int, default=100, help="certificates for the naive baseline")
    args = parser.parse_args()

    from workshop_kit import certificates
    from workshop_kit.paths import resource

    template = resource("assets", "templates", "certificate_fr.docx")
    home, db, wid = setup(args.participants)
    settings = {"organisation_name": "Association Tadamon"}
    out = Path(tempfile.mkdtemp(prefix="wk-bench-out-"))

    certificates.generate(db, home, wid, out / "warm", settings=settings)  # numbers issued, caches warm
    shutil.rmtree(out / "warm")
    t = time.perf_counter()
    result = certificates.generate(db, home, wid, out / "separate", settings=settings)
    separate_s = time.perf_counter() - t
    per_s = len(result.issued) / separate_s

    t = time.perf_counter()
    merged = certificates.generate(db, home, wid, None, merged=out / "print.docx", settings=settings)
    merged_s = time.perf_counter() - t

    (out / "naive").mkdir()
    naive_s = naive(template, out / "naive", args.naive)
    (out / "floor").mkdir()
    floor_s = floor(template, out / "floor", args.participants)

    report("certificates_separate_files", certificates=len(result.issued), seconds=round(separate_s, 3),
           per_second=round(per_s, 1), ms_per_certificate=round(1000 * separate_s / len(result.issued), 2),
           target_per_second=150, ok=per_s >= 150,
           baseline_naive_python_docx_ms=round(naive_s * 1000, 2), baseline_naive_per_second=round(1 / naive_s, 1),
           speedup_vs_naive=round(naive_s * per_s, 1), floor_copy_ms=round(floor_s * 1000, 3))
    report("certificates_merged_print_file", certificates=len(merged.issued), seconds=round(merged_s, 3),
           size_mb=round((out / "print.docx").stat().st_size / 1e6, 2), target_seconds=5.0, ok=merged_s < 5.0,
           baseline_naive_estimate_seconds=round(naive_s * len(merged.issued), 1))
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
