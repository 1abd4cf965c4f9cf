"""XLSX attendance export of 10 000 attendance rows (target < 3 s).

10 000 rows = 2 000 participants × 5 sessions: the export writes the summary sheet (2 000 rows, one
column per session) and one sheet per session (5 × 2 000 rows), styled, with filters and widths.
Baseline: a bare openpyxl write of the same cell values (default workbook, no styles), in the same run.
Run: .venv/bin/python benchmarks/bench_attendance_xlsx.py [--participants 2000] [--sessions 5]
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
import uuid
from pathlib import Path

from _common import fill_participants, median, report


def setup(data_dir: Path, participants: int, sessions: int):  # noqa: ANN201
    from workshop_kit.db import open_database
    from workshop_kit.workshops import create_workshop

    db = open_database(data_dir, auto_backup=False).db
    w, sess = create_workshop(db, title="Bench", start="2026-03-10", days=sessions, sessions_per_day=1)
    ids = fill_participants(db, participants, w.id)
    rnd = random.Random(3)
    now = "2026-03-10T09:00:00.000000Z"
    rows = [
        (str(uuid.uuid4()), s.id, pid, rnd.choice(["present", "present", "late", "absent", "excused"]), now,
         "dev", "scanner", now, now)
        for s in sess for pid in ids
    ]
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO attendance (id, session_id, participant_id, status, checked_in_at, device_id, method,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            rows,
        )
    return db, w


def bare_write(db, workshop_id: str, path: Path) -> None:  # noqa: ANN001
    """The same cells with plain openpyxl: what writing the values alone costs."""
    from openpyxl import Workbook

    from workshop_kit.attendance import grid
    from workshop_kit.exports import _session_rows, summary_rows

    g = grid(db, workshop_id)
    wb = Workbook()
    ws = wb.active
    header, rows = summary_rows(g, "fr")
    ws.append(header)
    for row in rows:
        ws.append(row)
    for s in g.sessions:
        ws = wb.create_sheet(f"S{s.number}")
        header, rows = _session_rows(g, s, "fr")
        ws.append(header)
        for row in rows:
            ws.append(row)
    wb.save(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--sessions", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("WORKSHOP_KIT_LANG", "fr")
    from workshop_kit.exports import export_xlsx

    folder = Path(tempfile.mkdtemp(prefix="wk-bench-xlsx-"))
    db, w = setup(folder / "data", args.participants, args.sessions)
    times, bare = [], []
    for i in range(args.repeat):
        t = time.perf_counter()
        export_xlsx(db, w.id, folder / f"export-{i}.xlsx")
        times.append(time.perf_counter() - t)
        t = time.perf_counter()
        bare_write(db, w.id, folder / f"bare-{i}.xlsx")
        bare.append(time.perf_counter() - t)
    report(
        "attendance_xlsx_export",
        attendance_rows=args.participants * args.sessions,
        rows_written=args.participants * (args.sessions + 1),
        median_s=round(median(times), 3),
        target_s=3.0,
        baseline_bare_openpyxl_s=round(median(bare), 3),
        file_kb=round((folder / "export-0.xlsx").stat().st_size / 1024),
    )


if __name__ == "__main__":
    main()
