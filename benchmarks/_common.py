"""Shared set-up for benchmarks: a data folder filled with realistic volumes, and timing helpers."""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workshop_kit.sqlconn import Database

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST = ["Fatima", "Youssef", "Aminata", "Mamadou", "Nadia", "Rachid", "Grâce", "Omar", "Mariam", "Jean", "Khadija", "Said"]
LAST = ["El Idrissi", "Benali", "Diallo", "Traoré", "Berrada", "Amrani", "Mbemba", "Zerouali", "Koné", "Kouassi", "Alaoui"]
FIRST_AR = ["فاطمة", "يوسف", "نادية", "رشيد", "عمر", "خديجة", "سعيد", "مريم"]
LAST_AR = ["الإدريسي", "بنعلي", "برادة", "العمراني", "الزروالي", "العلوي", "الفاسي"]


def fill_participants(db: Database, n: int, workshop_id: str | None = None, seed: int = 1) -> list[str]:
    """Insert ``n`` participants quickly (raw SQL in one transaction), enrolled in ``workshop_id``."""
    from workshop_kit.participants import search_text

    rnd = random.Random(seed)
    now = "2026-01-01T00:00:00.000000Z"
    ids, rows, enrol = [], [], []
    for i in range(n):
        pid = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
        fields = {
            "first_name": rnd.choice(FIRST),
            "last_name": f"{rnd.choice(LAST)} {i}",
            "first_name_ar": rnd.choice(FIRST_AR),
            "last_name_ar": rnd.choice(LAST_AR),
            "organisation_name": f"Association {i % 300}",
            "city": rnd.choice(["Rabat", "Agadir", "Oujda", "Tanger"]),
            "email": f"p{i}@example.org",
        }
        rows.append((pid, *fields.values(), rnd.choice("FM"), 1960 + i % 45, "MA", f"+2126{i:08d}"[:13],
                     1, 1, search_text(fields), now, now))
        ids.append(pid)
        if workshop_id:
            enrol.append((str(uuid.uuid4()), workshop_id, pid, "participant", now))
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO participants (id, first_name, last_name, first_name_ar, last_name_ar, organisation_name,"
            " city, email, gender, birth_year, nationality, phone, consent_data, consent_email, search_text,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        if enrol:
            db.conn.executemany(
                "INSERT INTO enrolments (id, workshop_id, participant_id, role, enrolled_at) VALUES (?,?,?,?,?)", enrol
            )
    return ids


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def report(name: str, **figures: Any) -> None:
    """One JSON line per target: the figure(s), the target and the baseline."""
    print(json.dumps({"benchmark": name, **figures}, ensure_ascii=False))


def timed(fn: Callable[[], object], repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


median = statistics.median


# A child started by a process inherits that process's peak RSS in ``ru_maxrss`` (Linux records the
# forked copy of the parent's memory at exec): a benchmark holding 300 MB read 312 MB for an app that
# uses 90 MB. So a measured program is started by this small launcher (no site packages, a few MB),
# which reports the program's own wall time and peak RSS. On Linux ``VmHWM`` of the launcher is
# printed too, to show how small the process the measured program was forked from is.
_LAUNCHER = r"""
import json, os, sys, time
devnull = os.open(os.devnull, os.O_WRONLY)
t = time.perf_counter()
pid = os.posix_spawnp(sys.argv[1], sys.argv[1:], dict(os.environ), file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
_, status, usage = os.wait4(pid, 0)
elapsed = time.perf_counter() - t
hwm = None
try:
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            hwm = int(line.split()[1])
except OSError:
    pass
print(json.dumps({"status": status, "seconds": elapsed, "maxrss_kb": usage.ru_maxrss, "launcher_hwm_kb": hwm}))
"""


def launch_lean(cmd: list[str], env: dict[str, str]) -> dict:
    """Run ``cmd`` from a lean launcher; its own seconds and peak RSS (``peak_mb``); raises on failure."""
    import subprocess

    proc = subprocess.run([sys.executable, "-S", "-c", _LAUNCHER, *cmd], env=env, capture_output=True, text=True)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise SystemExit(f"launcher failed: {proc.stderr[-2000:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    if out["status"] != 0:
        raise SystemExit(f"{cmd} failed (status {out['status']}): {proc.stderr[-2000:]}")
    out["peak_mb"] = out["maxrss_kb"] / 1024 if sys.platform.startswith("linux") else out["maxrss_kb"] / 1024 / 1024
    return out
