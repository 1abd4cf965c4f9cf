"""Several processes checking in on one data file at once (door laptops on a shared folder, the door
screen beside a script or the command line).

Targets (data-safety issue): 0 "database is locked" errors and 0 lost check-ins with 3 writers,
both at full speed and paced like a door queue. Figures: errors, check-ins recorded vs made, the
wall time per check-in as each writer saw it (waits for the write lock included), p50/p99/max.
Run: .venv/bin/python benchmarks/bench_concurrent_checkin.py [--writers 3] [--people 400] [--pace-ms 0]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from _common import percentile, report

REPO = Path(__file__).resolve().parent.parent

WORKER = textwrap.dedent("""
    import json, os, sys, time
    from pathlib import Path
    from workshop_kit.db import open_database
    from workshop_kit.checkin import check_in
    index, writers, pace = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
    db = open_database(Path(os.environ["WORKSHOP_KIT_HOME"]), lock=False, auto_backup=False, check="header").db
    workshop_id = db.execute("SELECT id FROM workshops").fetchone()[0]
    sessions = [r[0] for r in db.execute("SELECT id FROM sessions WHERE workshop_id = ? ORDER BY number", [workshop_id])]
    people = [r[0] for r in db.execute("SELECT participant_id FROM enrolments ORDER BY participant_id")]
    print("READY", flush=True)
    sys.stdin.readline()
    errors, times, made = [], [], 0
    for session in sessions:
        for n, person in enumerate(people):
            if n % writers != index:
                continue
            t = time.perf_counter()
            try:
                r = check_in(db, workshop_id, participant_id=person, session_id=session, method="manual")
                made += r.status == "checked_in"
            except Exception as exc:
                errors.append(repr(exc))
            times.append(time.perf_counter() - t)
            if pace:
                time.sleep(pace)
    print(json.dumps({"made": made, "errors": len(errors), "first": errors[:2], "times": times}), flush=True)
""")


def run(writers: int, people: int, pace_ms: float) -> dict:
    import sqlite3

    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, WORKSHOP_KIT_HOME=home, PYTHONPATH=str(REPO), WORKSHOP_KIT_LANG="en")
        sys.path.insert(0, str(REPO))
        os.environ["WORKSHOP_KIT_HOME"] = home
        from workshop_kit.db import open_database
        from workshop_kit.demo import create_demo
        from workshop_kit.participants import add_participant, enrol

        db = open_database(Path(home), auto_backup=False).db
        workshop, _n = create_demo(db)
        with db.atomic():
            for i in range(people - 12):
                p = add_participant(db, first_name=f"Person{i:04d}", last_name="Door", consent_data=True)
                enrol(db, workshop.id, p.id)
        sessions = db.execute("SELECT COUNT(*) FROM sessions WHERE workshop_id = ?", [workshop.id]).fetchone()[0]
        db.conn.close()
        procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(i), str(writers), str(pace_ms / 1000)], env=env,
                                  cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                 for i in range(writers)]
        for p in procs:
            assert p.stdout.readline().strip() == "READY"
        for p in procs:
            p.stdin.write("go\n")
            p.stdin.flush()
        results = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
        conn = sqlite3.connect(Path(home) / "workshop-kit.sqlite")
        recorded = conn.execute("SELECT COUNT(*) FROM attendance").fetchone()[0]
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        conn.close()
    times = [t * 1000 for r in results for t in r["times"]]
    return {
        "writers": writers, "pace_ms": pace_ms, "checkins": len(times), "expected": people * sessions,
        "locked_errors": sum(r["errors"] for r in results), "first_errors": [e for r in results for e in r["first"]][:2],
        "made": sum(r["made"] for r in results), "recorded": recorded, "integrity": ok,
        "p50_ms": round(percentile(times, 50), 2), "p99_ms": round(percentile(times, 99), 2), "max_ms": round(max(times), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--writers", type=int, default=3)
    parser.add_argument("--people", type=int, default=400)
    parser.add_argument("--pace-ms", type=float, default=None, help="pause between two check-ins of one writer")
    args = parser.parse_args()
    paces = [args.pace_ms] if args.pace_ms is not None else [0.0, 20.0]
    for pace in paces:
        report("concurrent_checkin", **run(args.writers, args.people, pace), target="0 locked errors, 0 lost")


if __name__ == "__main__":
    main()
