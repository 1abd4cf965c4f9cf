"""Shared set-up for benchmarks: a data folder filled with realistic volumes, and timing helpers."""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST = ["Fatima", "Youssef", "Aminata", "Mamadou", "Nadia", "Rachid", "Grâce", "Omar", "Mariam", "Jean", "Khadija", "Said"]
LAST = ["El Idrissi", "Benali", "Diallo", "Traoré", "Berrada", "Amrani", "Mbemba", "Zerouali", "Koné", "Kouassi", "Alaoui"]
FIRST_AR = ["فاطمة", "يوسف", "نادية", "رشيد", "عمر", "خديجة", "سعيد", "مريم"]
LAST_AR = ["الإدريسي", "بنعلي", "برادة", "العمراني", "الزروالي", "العلوي", "الفاسي"]


def fill_participants(db, n: int, workshop_id: str | None = None, seed: int = 1) -> list[str]:
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


def report(name: str, **figures) -> None:
    """One JSON line per target: the figure(s), the target and the baseline."""
    print(json.dumps({"benchmark": name, **figures}, ensure_ascii=False))


def timed(fn, repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


median = statistics.median
