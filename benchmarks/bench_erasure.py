"""Erasing one person from a large data file: blanking the row, merging the search index so none of
their trigrams is left (FTS5 ``optimize``), zeroing deleted content and truncating the WAL.

No target is set for it: erasure is rare and deliberate, a second or two on 100k participants is
acceptable. Baseline: blanking the rows alone, without the index merge and the checkpoint.
Run: .venv/bin/python benchmarks/bench_erasure.py [--participants 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _common import fill_participants, median, report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from workshop_kit import privacy
    from workshop_kit.db import now_iso, open_database

    data = Path(tempfile.mkdtemp(prefix="wk-bench-erase-"))
    db = open_database(data, auto_backup=False).db
    ids = fill_participants(db, args.participants)
    full, rows_only = [], []
    for i in range(args.runs):
        t = time.perf_counter()
        privacy.erase_participant(db, ids[i])
        full.append(time.perf_counter() - t)
        t = time.perf_counter()
        with db.atomic():
            privacy.erase_rows(db, [ids[args.runs + i]], now_iso())
        rows_only.append(time.perf_counter() - t)
    report("erasure", participants=args.participants, erase_ms=round(median(full) * 1000, 1),
           baseline_rows_only_ms=round(median(rows_only) * 1000, 1))


if __name__ == "__main__":
    main()
