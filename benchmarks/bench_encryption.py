"""Start-up and check-in with encryption at rest on, each beside the same operation unencrypted (same run).

Targets (startup and check-in issues, unchanged with encryption): start-up to the first painted window
warm < 1.0 s; check-in database part p99 < 1 ms (``synchronous=FULL``). Two data folders are built
with the same rows (``--participants``, and past workshops up to ``--attendance`` rows); one is then
encrypted with ``encryption.enable``. Figures:
- ``startup_encrypted``: the app (real process, offscreen) to its first paint, the passphrase given
  through ``WORKSHOP_KIT_PASSPHRASE``; baseline: the same on the plain folder.
- ``checkin_db_encrypted``: ``checkin.check_in`` p50/p99 for first scans, repeats and unknown codes
  (as ``bench_checkin.py``); baseline: the same scans on the plain folder.
- ``key_derivation``: the once-per-process PBKDF2 cost (SQLCipher 4 defaults).
Run: .venv/bin/python benchmarks/bench_encryption.py [--participants 100000] [--attendance 200000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from _common import fill_participants, median, report
from bench_checkin import BackgroundCheckpoints, bench_db, door_workshop, fill_history
from bench_startup import launch

PASSPHRASE = "une phrase de passe pour le banc d'essai"


def build(home: Path, participants: int, attendance: int):  # noqa: ANN201
    from workshop_kit.db import open_database
    from workshop_kit.demo import create_demo

    opened = open_database(home, auto_backup=False)
    db = opened.db
    create_demo(db)
    ids = fill_participants(db, participants)
    fill_history(db, ids, attendance)
    door = door_workshop(db, ids, 300)
    db.execute("ANALYZE")
    return opened, door


def startup(home: Path, runs: int, extra_env: dict[str, str]) -> tuple[float, float]:
    env = {**os.environ, "WORKSHOP_KIT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "WORKSHOP_KIT_QUIT_AFTER_PAINT": "1", **extra_env}
    cold = launch([sys.executable, "-m", "ui"], env)[0]
    return cold, median([launch([sys.executable, "-m", "ui"], env)[0] for _ in range(runs)])


def checkin(opened, door) -> dict:  # noqa: ANN001
    from workshop_kit.db import open_database

    workshop, sessions, badges = door
    db = open_database(opened.path.parent, auto_backup=False).db  # a fresh connection, as the app has
    try:
        with BackgroundCheckpoints(db, opened.path):
            return bench_db(db, workshop, sessions[0], badges)
    finally:
        db.conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--attendance", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from workshop_kit import dbconnect, encryption

    root = Path(tempfile.mkdtemp(prefix="wk-bench-encryption-"))
    t = time.perf_counter()
    plain, plain_door = build(root / "plain", args.participants, args.attendance)
    secret, secret_door = build(root / "encrypted", args.participants, args.attendance)
    encryption.enable(secret.db, secret.path.parent, secret.path, PASSPHRASE)
    plain.db.conn.close()
    secret.db.conn.close()
    setup_s = round(time.perf_counter() - t, 1)

    salt = os.urandom(16)
    t = time.perf_counter()
    dbconnect.derive_key(PASSPHRASE, salt)
    report("key_derivation", pbkdf2_sha512_iterations=dbconnect.KDF_ITERATIONS,
           once_per_process_ms=round((time.perf_counter() - t) * 1000, 1))

    # Interleave so that a busy moment of this shared machine hits both sides alike.
    p_cold, p_warm = startup(root / "plain", args.runs, {})
    e_cold, e_warm = startup(root / "encrypted", args.runs, {dbconnect.PASSPHRASE_ENV: PASSPHRASE})
    report("startup_encrypted", participants=args.participants, cold_s=round(e_cold, 3),
           warm_median_s=round(e_warm, 3), target_warm_s=1.0, baseline_plain_cold_s=round(p_cold, 3),
           baseline_plain_warm_median_s=round(p_warm, 3), setup_s=setup_s)

    base = checkin(plain, plain_door)
    os.environ[dbconnect.PASSPHRASE_ENV] = PASSPHRASE
    enc = checkin(secret, secret_door)
    report("checkin_db_encrypted", participants=args.participants, attendance_rows=args.attendance,
           synchronous="FULL", **enc, target_p99_ms=1.0,
           baseline_plain_p50_ms=base["p50_ms"], baseline_plain_p99_ms=base["p99_ms"],
           file_mb=round(secret.path.stat().st_size / 1e6))


if __name__ == "__main__":
    main()
