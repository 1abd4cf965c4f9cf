"""CLI start: `--version`, `workshop list --json` and `checkin` against importing Qt's widgets.

Targets: `--version` < 0.3 s; `workshop list --json` and `checkin` start faster than
`python -c "import PySide6.QtWidgets"` on the same machine. The commands and the baseline are run
side by side, interleaved (A, B, C, baseline, A, B, …), so a busy moment of a shared machine falls on
all of them; medians of wall time, with the CPU time (user + system) of each as a steadier second view.
`python -c pass` (the interpreter alone) is reported too. The checkin scans an unknown code against a
demo workshop (a full check-in: session from the clock, badge lookup, event row, commit).
Run: .venv/bin/python benchmarks/bench_cli.py [--repeat 9]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import median, report


def once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, _status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - t, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="wk-bench-cli-"))
    env = {**os.environ, "WORKSHOP_KIT_HOME": str(home)}
    exe = str(Path(sys.executable).with_name("workshop-kit"))
    subprocess.run([exe, "demo"], env=env, stdout=subprocess.DEVNULL, check=True)
    listing = subprocess.run([exe, "workshop", "list", "--json"], env=env, capture_output=True, text=True, check=True)
    workshop = json.loads(listing.stdout)[0]["id"]
    commands = {
        "cli_version": [exe, "--version"],
        "cli_workshop_list_json": [exe, "workshop", "list", "--json"],
        "cli_checkin": [exe, "checkin", workshop, "WK1-000000000000000000000000", "--json"],
        "qt": [sys.executable, "-c", "import PySide6.QtWidgets"],
        "python": [sys.executable, "-c", "pass"],
    }
    for cmd in commands.values():  # warm the file cache once
        once(cmd, env)
    wall: dict[str, list[float]] = {k: [] for k in commands}
    cpu: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(args.repeat):
        for name, cmd in commands.items():
            w, c = once(cmd, env)
            wall[name].append(w)
            cpu[name].append(c)
    qt, qt_cpu = median(wall["qt"]), median(cpu["qt"])
    for name in ("cli_version", "cli_workshop_list_json", "cli_checkin"):
        target = {"target_s": 0.3} if name == "cli_version" else {"target": "faster than the baseline"}
        report(name, median_s=round(median(wall[name]), 3), cpu_median_s=round(median(cpu[name]), 3), **target,
               baseline_s=round(qt, 3), baseline_cpu_s=round(qt_cpu, 3),
               baseline="python -c 'import PySide6.QtWidgets'", runs=args.repeat,
               python_pass_s=round(median(wall["python"]), 3))


if __name__ == "__main__":
    main()
