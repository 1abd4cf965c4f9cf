"""The coordinator's programme view at scale: an inbox of 50 bundles, and the dashboard over 200 workshops.

1. Inbox: 50 signed bundles of 300-participant workshops (6 sessions, ~85 % attendance, every scan
   logged, pre/post scores) in a folder; first scan (check + merge all), second scan (all known:
   only file times looked at), and one of the bundles imported into an empty data folder (how much
   the merge slows as the coordinator's file grows). Baseline: the same 50 zips opened and every JSON
   file parsed, no signature, checks or merge.
2. Dashboard: 200 workshops × 100 people (20,000 distinct people), 4 sessions each; the programme
   figures for everything, for one city, and the XLSX and Word exports. Baseline: the one SQL query
   that counts distinct people who attended, the least any dashboard must do.

Run: .venv/bin/python benchmarks/bench_programme.py [--bundles 50] [--participants 300] [--workshops 200]
     [--per-workshop 100] [--only inbox|dashboard]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
import uuid
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from _common import fill_participants, report

if TYPE_CHECKING:
    from workshop_kit.sqlconn import Database

CITIES = ["Rabat", "Agadir", "Oujda", "Tanger", "Casablanca"]
PARTNERS = ["GADEM", "Caritas", "AMDH", "ALECMA"]
MODULES = ["m01-migration-terms", "m04-protection", "m07-advocacy"]


def fill_workshop(db: Database, index: int, people: int, sessions_per_day: int, days: int, seed: int) -> tuple[str, int]:
    """One workshop with ``people`` new participants, attendance (~85 %), scans and quiz scores."""
    from workshop_kit.workshops import create_workshop

    rnd = random.Random(seed)
    month, day = 1 + index % 12, 1 + index % 27
    w, sessions = create_workshop(db, title=f"Atelier {index}", start=f"2026-{month:02d}-{day:02d}", days=days,
                                  sessions_per_day=sessions_per_day, city=CITIES[index % len(CITIES)],
                                  partner=PARTNERS[index % len(PARTNERS)], modules=[MODULES[index % len(MODULES)]])
    ids = fill_participants(db, people, w.id, seed=seed)
    att, events, scores = [], [], []
    now = "2026-03-10T09:00:00.000000Z"
    for s in sessions:
        for pid in ids:
            if rnd.random() < 0.85:
                at = f"{s.date}T09:{rnd.randrange(60):02d}:00.000000Z"
                att.append((str(uuid.uuid4()), s.id, pid, "present", at, "dev-a", "scanner", at, at))
                events.append((str(uuid.uuid4()), s.id, pid, "tok", "ok", "scanner", "dev-a", at))
    for pid in ids:
        pre = rnd.randrange(2, 8)
        scores.append((str(uuid.uuid4()), w.id, pid, MODULES[index % len(MODULES)], pre,
                       min(10, pre + rnd.randrange(0, 5)), 10, now))
    with db.atomic():
        db.conn.executemany("INSERT INTO attendance (id, session_id, participant_id, status, checked_in_at, device_id,"
                            " method, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", att)
        db.conn.executemany("INSERT INTO checkin_events (id, session_id, participant_id, scanned, result, method,"
                            " device_id, at) VALUES (?,?,?,?,?,?,?,?)", events)
        db.conn.executemany("INSERT INTO quiz_scores (id, workshop_id, participant_id, module_id, pre_score,"
                            " post_score, max_score, updated_at) VALUES (?,?,?,?,?,?,?,?)", scores)
    return w.id, len(att)


def bench_inbox(folder: Path, bundles_n: int, participants: int) -> None:
    from workshop_kit import bundles, inbox
    from workshop_kit.db import open_database

    src = open_database(folder / "trainers", auto_backup=False).db
    box = folder / "inbox"
    box.mkdir()
    rows = 0
    for i in range(bundles_n):
        wid, n = fill_workshop(src, i, participants, 2, 3, seed=1000 + i)
        rows += n
        bundles.export_bundle(src, folder / "trainers", wid, box / f"atelier-{i:02d}.zip")
    old = time.time() - 600
    for p in box.iterdir():
        os.utime(p, (old, old))
    size_mb = sum(p.stat().st_size for p in box.iterdir()) / 1e6
    coord_dir = folder / "coordinator"
    db = open_database(coord_dir, auto_backup=False).db
    from workshop_kit import signing

    signing.trust_public_key(coord_dir, (folder / "trainers" / "keys" / "organisation.pub").read_text(encoding="utf-8"))
    t = time.perf_counter()
    first = inbox.scan(db, coord_dir, box)
    first_s = time.perf_counter() - t
    assert first.counts()["merged"] == bundles_n, first.counts()
    t = time.perf_counter()
    again = inbox.scan(db, coord_dir, box)
    again_s = time.perf_counter() - t
    assert again.counts()["known"] == bundles_n
    fresh_dir = folder / "fresh"
    fresh = open_database(fresh_dir, auto_backup=False).db
    t = time.perf_counter()
    bundles.import_bundle(fresh, fresh_dir, sorted(box.iterdir())[-1], accept_unknown=True)
    fresh_s = time.perf_counter() - t
    fresh.conn.close()
    t = time.perf_counter()
    for p in sorted(box.iterdir()):
        with zipfile.ZipFile(p) as zf:
            for name in zf.namelist():
                if name.endswith(".json"):
                    json.loads(zf.read(name))
    baseline_s = time.perf_counter() - t
    people = db.execute("SELECT COUNT(*) FROM participants").fetchone()[0]
    report("inbox_merge", bundles=bundles_n, participants_per_bundle=participants, people=people,
           attendance_rows=rows, inbox_mb=round(size_mb, 1), first_scan_s=round(first_s, 2),
           per_bundle_s=round(first_s / bundles_n, 3), second_scan_all_known_s=round(again_s, 3),
           one_bundle_into_empty_folder_s=round(fresh_s, 3),
           baseline_unzip_parse_json_s=round(baseline_s, 2))
    db.conn.close()
    src.conn.close()


def bench_dashboard(folder: Path, workshops: int, per_workshop: int) -> None:
    from workshop_kit import programme
    from workshop_kit.db import open_database

    data = folder / "programme"
    db = open_database(data, auto_backup=False).db
    rows = 0
    for i in range(workshops):
        rows += fill_workshop(db, i, per_workshop, 2, 2, seed=i)[1]
    db.execute("ANALYZE")
    t = time.perf_counter()
    everything = programme.build_programme(db, lang="fr")
    all_s = time.perf_counter() - t
    t = time.perf_counter()
    rabat = programme.build_programme(db, programme.Filters(city="Rabat"), lang="fr")
    city_s = time.perf_counter() - t
    t = time.perf_counter()
    programme.export(everything, folder / "programme.xlsx")
    xlsx_s = time.perf_counter() - t
    t = time.perf_counter()
    programme.export(everything, folder / "programme.docx")
    docx_s = time.perf_counter() - t
    t = time.perf_counter()
    baseline = db.execute(
        "SELECT COUNT(DISTINCT a.participant_id) FROM attendance a WHERE a.status IN ('present','late')"
    ).fetchone()[0]
    baseline_s = time.perf_counter() - t
    assert everything.report.reached == baseline
    report("programme_dashboard", workshops=workshops, people=workshops * per_workshop, attendance_rows=rows,
           dashboard_all_s=round(all_s, 2), dashboard_one_city_s=round(city_s, 2),
           one_city_workshops=len(rabat.report.workshops), xlsx_export_s=round(xlsx_s, 2),
           docx_summary_s=round(docx_s, 2), baseline_count_distinct_people_s=round(baseline_s, 3))
    db.conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundles", type=int, default=50)
    parser.add_argument("--participants", type=int, default=300)
    parser.add_argument("--workshops", type=int, default=200)
    parser.add_argument("--per-workshop", type=int, default=100)
    parser.add_argument("--only", choices=["inbox", "dashboard"])
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="wk-bench-programme-"))
    if args.only != "dashboard":
        bench_inbox(folder, args.bundles, args.participants)
    if args.only != "inbox":
        bench_dashboard(folder, args.workshops, args.per_workshop)


if __name__ == "__main__":
    main()
