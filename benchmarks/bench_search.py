"""Participant search as the user types, at 100,000 participants.

Target (participants issue): p99 < 5 ms. Measured: ``participants.search`` (first 20 matches, the
check-in desk and the search box), and what the participants page adds: ``query_participants`` (a
sorted page of 200 rows for the table) and the match count shown above it (capped at 10,000). Queries
are what people type: 1 to 6 letters of a name in Latin or Arabic script, a city, a phone fragment.
Baseline: the same words with a plain ``LIKE '%word%'`` over ``search_text`` (no index).
The table filtered to one workshop (target: p99 under one frame, 16 ms) is measured for a workshop
everyone is enrolled in and for one of 300 people among the 100k; the figure is the worse of the two.
Run: .venv/bin/python benchmarks/bench_search.py [--participants 100000] [--queries 400]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import FIRST, FIRST_AR, LAST, LAST_AR, fill_participants, percentile, report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=400)
    args = parser.parse_args()
    from workshop_kit import participants as P
    from workshop_kit.db import open_database
    from workshop_kit.textnorm import fold
    from workshop_kit.workshops import create_workshop

    home = Path(tempfile.mkdtemp(prefix="wk-bench-search-"))
    db = open_database(home, auto_backup=False).db
    w, _ = create_workshop(db, title="Bench", start="2026-03-01")
    ids = fill_participants(db, args.participants, w.id)
    small, _ = create_workshop(db, title="Small", start="2026-04-01")
    rnd_small = random.Random(5)
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO enrolments (id, workshop_id, participant_id, role, enrolled_at) VALUES (?, ?, ?, 'participant', ?)",
            [(f"e{i}", small.id, pid, "2026-01-01") for i, pid in enumerate(rnd_small.sample(ids, min(300, len(ids))))])
    db.execute("ANALYZE")
    rnd = random.Random(3)
    words = FIRST + LAST + FIRST_AR + LAST_AR + ["Rabat", "Agadir", "Association 12", "0600012", "p4711@"]
    queries = []
    for _ in range(args.queries):
        word = rnd.choice(words)
        queries.append(word[: rnd.randint(1, max(1, min(8, len(word))))])

    cpu: dict[int, list[float]] = {}

    def measure(fn: Callable[[], object]) -> list[float]:
        """Wall milliseconds per query; the thread's CPU milliseconds go to ``cpu[id(result)]``."""
        out, used = [], []
        for q in queries:
            c = time.thread_time()
            t = time.perf_counter()
            fn(q)
            out.append((time.perf_counter() - t) * 1000)
            used.append((time.thread_time() - c) * 1000)
        cpu[id(out)] = used
        return out

    search = measure(lambda q: P.search(db, q, limit=20))
    table = measure(lambda q: P.query_participants(db, q, limit=200))
    table_ws = measure(lambda q: P.query_participants(db, q, workshop_id=w.id, limit=200))
    table_small = measure(lambda q: P.query_participants(db, q, workshop_id=small.id, limit=200))
    counts = measure(lambda q: P.count_participants(db, q, at_most=10_000))
    like = measure(lambda q: db.execute(
        "SELECT id FROM participants WHERE search_text LIKE ? LIMIT 20", ["%" + fold(q) + "%"]).fetchall())
    # The target (p99 < 5 ms) is for the search itself; the table pages and the match count are
    # what the participants page adds on top (after a 120 ms typing pause), reported against one frame
    # budget of 100 ms.
    worse = table_ws if percentile(table_ws, 99) >= percentile(table_small, 99) else table_small
    # The first page after a change builds the in-memory sort order (participant_order): timed apart.
    P.add_participant(db, first_name="Zineb", consent_data=True)
    t = time.perf_counter()
    P.query_participants(db, "Zi", workshop_id=w.id, limit=200)  # a short word: served from the order
    rebuild_ms = round((time.perf_counter() - t) * 1000, 1)
    for name, values, target in (("participants_search_first_20", search, {"target_p99_ms": 5.0}),
                                 ("participants_table_page_sorted", table, {"budget_p99_ms": 100.0}),
                                 ("participants_table_page_workshop", worse, {
                                     "target_p99_ms": 16.0,
                                     "everyone_enrolled_p99_ms": round(percentile(table_ws, 99), 2),
                                     "workshop_of_300_p99_ms": round(percentile(table_small, 99), 2),
                                     "first_page_after_a_change_ms": rebuild_ms}),
                                 ("participants_match_count_capped_10000", counts, {"budget_p99_ms": 100.0})):
        report(name, participants=args.participants, queries=len(queries), p50_ms=round(percentile(values, 50), 2),
               p99_ms=round(percentile(values, 99), 2), max_ms=round(max(values), 2),
               cpu_p99_ms=round(percentile(cpu[id(values)], 99), 2), **target,
               baseline_like_scan_p99_ms=round(percentile(like, 99), 2))


if __name__ == "__main__":
    main()
