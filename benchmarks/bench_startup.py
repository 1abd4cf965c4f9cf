"""Start-up to the first painted main window with 100k participants, and peak memory.

Targets (issue 3): warm < 1.0 s, frozen < 2.0 s, peak RSS < 200 MB. Baseline: a bare PySide6
program that opens an empty QMainWindow and quits after its first paint (what Qt alone costs here).
Every program is started from a lean launcher (``_common.launch_lean``), so its peak RSS is its own,
not this benchmark's (a child inherits its parent's peak in ``ru_maxrss``).
Run: .venv/bin/python benchmarks/bench_startup.py [--participants 100000] [--frozen dist/workshop-kit/workshop-kit]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from _common import ROOT, fill_participants, launch_lean, median, report

BARE_QT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1366, 768); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def launch(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time to exit and the program's own peak RSS (MB) of one launch."""
    out = launch_lean(cmd, env)
    return out["seconds"], out["peak_mb"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--frozen", default=str(ROOT / "dist" / "workshop-kit" / "workshop-kit"))
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="wk-bench-start-"))
    from workshop_kit.db import open_database
    from workshop_kit.demo import create_demo

    db = open_database(home, auto_backup=False).db
    workshop, _ = create_demo(db)
    fill_participants(db, args.participants, workshop.id)
    db.conn.close()
    env = {**os.environ, "WORKSHOP_KIT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "WORKSHOP_KIT_QUIT_AFTER_PAINT": "1"}
    app_cmd = [sys.executable, "-m", "ui"]

    bare_runs = [launch([sys.executable, "-c", BARE_QT], env) for _ in range(args.runs)]
    bare = [b for b, _ in bare_runs]
    cold, cold_rss = launch(app_cmd, env)
    warm_runs = [launch(app_cmd, env) for _ in range(args.runs)]
    warm = median([w for w, _ in warm_runs])
    peak = max([cold_rss] + [r for _, r in warm_runs])
    report("startup_to_first_paint", participants=args.participants, cold_s=round(cold, 3),
           warm_median_s=round(warm, 3), target_warm_s=1.0, baseline_bare_pyside6_s=round(median(bare), 3))
    report("peak_memory", participants=args.participants, peak_rss_mb=round(peak, 1), target_mb=200,
           baseline_bare_pyside6_mb=round(max(r for _, r in bare_runs), 1),
           measured="own peak RSS of each launch, started from a lean launcher")

    frozen = Path(args.frozen)
    if frozen.exists():
        fcold, _ = launch([str(frozen)], env)
        fwarm = median([launch([str(frozen)], env)[0] for _ in range(args.runs)])
        report("frozen_startup_to_first_paint", participants=args.participants, cold_s=round(fcold, 3),
               warm_median_s=round(fwarm, 3), target_s=2.0)
    else:
        report("frozen_startup_to_first_paint", skipped=f"no frozen build at {frozen} (run scripts/check-frozen.sh)")


if __name__ == "__main__":
    main()
