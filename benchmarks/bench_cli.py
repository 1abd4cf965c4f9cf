"""CLI latency: `workshop-kit --version` and `workshop-kit workshop list --json` (target < 0.3 s).

Baseline: `python -c pass` (the interpreter's own start-up) in the same run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import median, report


def run(cmd: list[str], env: dict[str, str], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t)
    return median(times)


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="wk-bench-cli-"))
    env = {**os.environ, "WORKSHOP_KIT_HOME": str(home)}
    exe = str(Path(sys.executable).with_name("workshop-kit"))
    subprocess.run([exe, "demo"], env=env, stdout=subprocess.DEVNULL, check=True)
    baseline = run([sys.executable, "-c", "pass"], env)
    report("cli_version", median_s=round(run([exe, "--version"], env), 3), target_s=0.3,
           baseline_python_startup_s=round(baseline, 3))
    report("cli_workshop_list_json", median_s=round(run([exe, "workshop", "list", "--json"], env), 3),
           target_s=0.3, baseline_python_startup_s=round(baseline, 3))


if __name__ == "__main__":
    main()
