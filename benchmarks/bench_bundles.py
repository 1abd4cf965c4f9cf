"""Bundle export + import of a 300-person workshop (6 sessions, every scan logged).

Figures: export (collect, JSON, SHA-256, Ed25519 signature, zip), first import into a fresh data folder
(all checks + merge in one transaction), and a repeated import (idempotent: checks + compare, no
writes). Target: export + import < 2 s on a trainer's laptop (our own target: a coordinator merges a
dozen bundles in well under a minute). Baseline: the same tables written as JSON into a plain zip and
read back, with no signature, no checks and no merge.
Run: .venv/bin/python benchmarks/bench_bundles.py [--participants 300]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

from _common import fill_participants, report


def setup(data_dir: Path, participants: int):  # noqa: ANN201
    from workshop_kit.db import open_database
    from workshop_kit.workshops import create_workshop

    db = open_database(data_dir, auto_backup=False).db
    w, sessions = create_workshop(db, title="Bench bundle", start="2026-03-10", days=3, sessions_per_day=2)
    ids = fill_participants(db, participants, w.id)
    rnd = random.Random(5)
    att, events = [], []
    for s in sessions:
        for pid in ids:
            if rnd.random() < 0.85:
                at = f"2026-03-10T09:{rnd.randrange(60):02d}:00.000000Z"
                att.append((str(uuid.uuid4()), s.id, pid, "present", at, "dev-a", "scanner", at, at))
                events.append((str(uuid.uuid4()), s.id, pid, "tok", "ok", "scanner", "dev-a", at))
    with db.atomic():
        db.conn.executemany("INSERT INTO attendance (id, session_id, participant_id, status, checked_in_at, device_id,"
                            " method, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", att)
        db.conn.executemany("INSERT INTO checkin_events (id, session_id, participant_id, scanned, result, method,"
                            " device_id, at) VALUES (?,?,?,?,?,?,?,?)", events)
    return db, w, len(att), len(events)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=300)
    args = parser.parse_args()
    from workshop_kit import bundles
    from workshop_kit.db import open_database

    folder = Path(tempfile.mkdtemp(prefix="wk-bench-bundle-"))
    db, w, n_att, n_events = setup(folder / "a", args.participants)
    path = folder / "bundle.zip"
    t = time.perf_counter()
    bundles.export_bundle(db, folder / "a", w.id, path)
    export_s = time.perf_counter() - t

    db_b = open_database(folder / "b", auto_backup=False).db
    t = time.perf_counter()
    first = bundles.import_bundle(db_b, folder / "b", path, accept_unknown=True)
    import_s = time.perf_counter() - t
    t = time.perf_counter()
    again = bundles.import_bundle(db_b, folder / "b", path, accept_unknown=True)
    reimport_s = time.perf_counter() - t
    assert first.changed > 0 and again.changed == 0

    t = time.perf_counter()
    data = bundles.collect(db, w.id)
    with zipfile.ZipFile(folder / "plain.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        for table, rows in data.items():
            zf.writestr(f"{table}.json", json.dumps(rows))
    with zipfile.ZipFile(folder / "plain.zip") as zf:
        for name in zf.namelist():
            json.loads(zf.read(name))
    baseline_s = time.perf_counter() - t

    report(
        "bundle_export_import",
        participants=args.participants,
        attendance_rows=n_att,
        checkin_events=n_events,
        bundle_kb=round(path.stat().st_size / 1024),
        export_s=round(export_s, 3),
        import_s=round(import_s, 3),
        reimport_idempotent_s=round(reimport_s, 3),
        export_plus_import_s=round(export_s + import_s, 3),
        target_s=2.0,
        baseline_plain_zip_json_s=round(baseline_s, 3),
    )


if __name__ == "__main__":
    main()
