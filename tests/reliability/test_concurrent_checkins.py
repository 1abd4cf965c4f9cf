"""Three processes checking in at once (three door laptops sharing a folder, or the door screen, a
script and the command line): none may see "database is locked", none may lose a check-in.

``check_in`` reads (is this person already in?) then writes in one transaction; started with a plain
``BEGIN`` such a transaction fails at once with SQLITE_BUSY when another process committed meanwhile,
whatever the busy timeout. Started with ``BEGIN IMMEDIATE`` it waits its turn.
"""

from __future__ import annotations

import json
import sqlite3

from .conftest import finish, integrity, script

WORKER = """
    import json, os, sys
    from pathlib import Path
    from workshop_kit.db import open_database
    from workshop_kit.checkin import check_in

    index, workers = int(sys.argv[1]), int(sys.argv[2])
    db = open_database(Path(os.environ["WORKSHOP_KIT_HOME"]), lock=False, auto_backup=False, check="header").db
    workshop_id = db.execute("SELECT id FROM workshops").fetchone()[0]
    sessions = [r[0] for r in db.execute("SELECT id FROM sessions WHERE workshop_id = ? ORDER BY number", [workshop_id])]
    people = [r[0] for r in db.execute("SELECT participant_id FROM enrolments ORDER BY participant_id")]
    print("READY", flush=True)
    sys.stdin.readline()  # all start together
    errors, done = [], 0
    for session in sessions:
        for n, person in enumerate(people):
            if n % workers != index:
                continue
            for _repeat in range(2):  # the second scan of the same badge reads "already checked in"
                try:
                    check_in(db, workshop_id, participant_id=person, session_id=session, method="manual")
                    done += 1
                except Exception as exc:
                    errors.append(repr(exc))
    print(json.dumps({"done": done, "errors": errors[:5], "n_errors": len(errors)}), flush=True)
"""


def test_three_processes_check_in_together_without_locked_errors_or_losses(db, demo, data_file):
    from workshop_kit.participants import add_participant, enrol

    for i in range(48):  # 60 people × 6 sessions
        p = add_participant(db, first_name=f"Person{i:03d}", last_name="Door", consent_data=True)
        enrol(db, demo.id, p.id)
    db.conn.close()
    workers = [script(WORKER, str(i), "3") for i in range(3)]
    for w in workers:
        assert w.stdout.readline().strip() == "READY", w.stderr.read()
    for w in workers:
        w.stdin.write("go\n")
        w.stdin.flush()
    reports = [json.loads(finish(w)[0].strip().splitlines()[-1]) for w in workers]
    locked = sum(r["n_errors"] for r in reports)
    assert locked == 0, [r["errors"] for r in reports]
    conn = sqlite3.connect(data_file)
    try:
        present = conn.execute("SELECT COUNT(*) FROM attendance WHERE status IN ('present', 'late')").fetchone()[0]
        events = conn.execute("SELECT COUNT(*) FROM checkin_events").fetchone()[0]
        sessions = conn.execute("SELECT COUNT(*) FROM sessions WHERE workshop_id = ?", [demo.id]).fetchone()[0]
    finally:
        conn.close()
    assert present == 60 * sessions
    assert events == sum(r["done"] for r in reports) == 2 * 60 * sessions
    assert integrity(data_file) == "ok"
