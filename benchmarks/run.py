"""Run every benchmark and print one table: work, figure, target, baseline (same run), ratio, pass/fail.

Each ``bench_*.py`` runs in its own fresh process and prints JSON lines; this runner reads them and
keeps the rows listed in ``ROWS``. Every baseline is measured by the benchmark in the same run as its
figure; none is typed in. The header gives the machine, its load average before and after, and the
versions. ``--quick`` uses small sizes (about a minute on this 2-core machine); the full sizes are
the ones the targets are set for (about 4 minutes, plus about 10 the first time, to build the 1 GB
check-in file that ``benchmarks/out/`` then keeps).

Run: .venv/bin/python benchmarks/run.py [--quick] [--json] [--only cli checkin …]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# Benchmark script → arguments for (quick, full) runs.
BENCHES: dict[str, tuple[list[str], list[str]]] = {
    "cli": (["--repeat", "5"], ["--repeat", "9"]),
    "startup": (["--participants", "5000", "--runs", "2"], []),
    "curricula_load": (["--runs", "2"], []),
    "curricula_search": (["--rounds", "2"], []),
    "import": (["--sizes", "10000"], ["--sizes", "10000", "100000", "--flatness"]),
    "search": (["--participants", "10000", "--queries", "150"], []),
    # The full check-in file (1 GB, minutes to build) is kept in benchmarks/out/ and reused.
    "checkin": (["--participants", "5000", "--attendance", "20000", "--door", "150"],
                ["--keep", str(ROOT / "benchmarks" / "out" / "checkin-1m")]),
    "camera": (["--seconds", "1", "--frames", "8"], []),
    "attendance_xlsx": (["--participants", "500", "--repeat", "1"], []),
    "bundles": (["--participants", "100"], []),
    "certificates": (["--participants", "200", "--naive", "10"], []),
    "pdf": (["--certificates", "10", "--one-by-one", "1"], ["--certificates", "100", "--one-by-one", "3"]),
    "erasure": (["--participants", "20000", "--runs", "1"], []),
    "badges": (["--cards", "200", "--naive", "100"], []),
}


@dataclass(frozen=True)
class Row:
    """One line of the table: which JSON line and keys hold the figure, the target and the baseline.

    ``target`` is a key, a number, or ``"baseline"`` (the figure must beat the baseline itself);
    ``target_ratio`` instead holds the figure to at most that many times the baseline of the same run
    (for a latency whose floor is the machine's own: the disk's flush). ``higher`` marks figures where
    more is better (throughput). ``ratio`` is figure ÷ baseline.
    """

    benchmark: str
    work: str
    figure: str
    unit: str
    target: str | float | None
    baseline: str | None
    baseline_what: str
    higher: bool = False
    size: str | None = None  # a key whose value says how big the work was
    cpu: str | None = None  # the same figure in CPU time (no waiting for a CPU on a shared machine)
    baseline_cpu: str | None = None
    target_ratio: str | None = None  # a key holding the largest allowed figure ÷ baseline


_QT = "`python -c 'import PySide6.QtWidgets'`"
ROWS = [
    Row("cli_version", "`workshop-kit --version`", "median_s", "s", "target_s", "baseline_s", _QT,
        cpu="cpu_median_s", baseline_cpu="baseline_cpu_s"),
    Row("cli_workshop_list_json", "`workshop-kit workshop list --json`", "median_s", "s", "baseline", "baseline_s", _QT,
        cpu="cpu_median_s", baseline_cpu="baseline_cpu_s"),
    Row("cli_checkin", "`workshop-kit checkin W TOKEN --json`", "median_s", "s", "baseline", "baseline_s", _QT,
        cpu="cpu_median_s", baseline_cpu="baseline_cpu_s"),
    Row("startup_to_first_paint", "warm start-up to first paint", "warm_median_s", "s", "target_warm_s",
        "baseline_bare_pyside6_s", "bare PySide6 window", size="participants"),
    Row("peak_memory", "peak memory of the app (own RSS)", "peak_rss_mb", "MB", "target_mb", "baseline_bare_pyside6_mb",
        "bare PySide6 window", size="participants"),
    Row("curricula_load_and_index", "curricula load + check + index, from the caches", "warm_from_disk_cache_ms", "ms",
        "target_ms", "baseline_read_files_ms", "reading the files"),
    Row("curricula_search_as_you_type", "curricula search as you type, CPU p99", "cpu_p99_ms", "ms", "target_p99_ms",
        "baseline_substring_scan_p99_ms", "substring scan p99 (wall)"),
    Row("participants_import", "import participants (CSV, validated)", "seconds", "s", "target_s",
        "baseline_sqlite_utils_insert_all_s", "bare `insert_all`", size="rows", cpu="cpu_s", baseline_cpu="baseline_cpu_s"),
    Row("participants_import_memory", "import: peak memory of the importing process", "peak_rss_mb", "MB",
        "target_mb", "baseline_python_mb", "the same process before importing", size="rows"),
    Row("participants_import_memory_growth", "import: peak memory added by twice the rows", "growth_mb", "MB",
        "target_mb", "half_size_peak_rss_mb", "peak importing half the rows", size="rows"),
    Row("participants_search_first_20", "participant search p99", "p99_ms", "ms", "target_p99_ms",
        "baseline_like_scan_p99_ms", "`LIKE` scan p99", size="participants", cpu="cpu_p99_ms"),
    Row("participants_table_page_workshop", "participants table, one workshop: sorted page p99", "p99_ms", "ms",
        "target_p99_ms", "baseline_like_scan_p99_ms", "`LIKE` scan p99", size="participants", cpu="cpu_p99_ms"),
    Row("checkin_db", "durable check-in p99 (`synchronous=FULL`), wall", "p99_ms", "ms", "target_p99_ms",
        "baseline_bare_insert_commit_p99_ms", "bare durable INSERT + COMMIT p99, paired", size="attendance_rows",
        cpu="cpu_p99_ms", baseline_cpu="baseline_cpu_p99_ms"),
    Row("checkin_db", "durable check-in: CPU p99 beyond the bare durable write's", "cpu_beyond_bare_p99_ms", "ms",
        "target_cpu_beyond_bare_p99_ms", "baseline_cpu_p99_ms", "bare durable INSERT + COMMIT, CPU p99",
        size="attendance_rows", cpu="cpu_p99_ms", baseline_cpu="baseline_cpu_p99_ms"),
    Row("checkin_db_queries", "check-in queries p99 (`synchronous=NORMAL`), less waits for a CPU",
        "p99_less_cpu_wait_ms", "ms", "target_p99_ms", "baseline_p99_less_cpu_wait_ms",
        "bare INSERT + COMMIT, same setting and measure, paired", size="attendance_rows",
        cpu="cpu_p99_ms", baseline_cpu="baseline_cpu_p99_ms"),
    Row("checkin_db_queries", "check-in queries p99 (`synchronous=NORMAL`), wall", "p99_ms", "ms", None,
        "baseline_bare_insert_commit_p99_ms", "bare INSERT + COMMIT p99, same setting, paired", size="attendance_rows",
        cpu="cpu_p99_ms", baseline_cpu="baseline_cpu_p99_ms"),
    Row("checkin_db_queries", "check-in queries p50 (`synchronous=NORMAL`), wall", "p50_ms", "ms", None,
        "baseline_bare_insert_commit_p50_ms", "bare INSERT + COMMIT p50, same setting, paired", size="attendance_rows",
        cpu="cpu_p50_ms", baseline_cpu="baseline_cpu_p50_ms"),
    Row("scan_to_feedback", "scan → committed → on screen p99", "p99_ms", "ms", "target_p99_ms",
        "baseline_bare_insert_commit_p99_ms", "bare durable INSERT + COMMIT p99", size="attendance_rows"),
    Row("camera_decoding", "camera decoding 1280×720", "frames_per_s", "frames/s", "target_frames_per_s",
        "baseline_toimage_all_formats_frames_per_s", "`toImage` + all formats", higher=True),
    Row("attendance_xlsx_export", "XLSX export of attendance", "median_s", "s", "target_s", "baseline_bare_openpyxl_s",
        "bare openpyxl write", size="attendance_rows"),
    Row("bundle_export_import", "bundle export + import", "export_plus_import_s", "s", "target_s",
        "baseline_plain_zip_json_s", "plain zip of JSON", size="participants"),
    Row("certificates_separate_files", "certificates as separate files", "per_second", "/s", "target_per_second",
        "baseline_naive_per_second", "naive python-docx fill", higher=True, size="certificates"),
    Row("certificates_merged_print_file", "certificates merged into one print file", "seconds", "s", "target_seconds",
        "baseline_naive_estimate_seconds", "naive fill × count", size="certificates"),
    Row("certificates_pdf", "PDF per certificate, batched", "seconds_per_certificate", "s", "target_seconds_per_certificate",
        "baseline_one_process_warm_profile_s", "one `soffice` per certificate, warm profile", size="certificates"),
    Row("certificates_pdf", "(same) against a fresh profile per call", "seconds_per_certificate", "s",
        "target_seconds_per_certificate", "baseline_one_process_per_certificate_s",
        "one `soffice` per certificate, fresh profile", size="certificates"),
    Row("erasure", "erase one person (index merged, WAL truncated)", "erase_ms", "ms", None, "baseline_rows_only_ms",
        "blanking the rows alone", size="participants"),
    Row("badges_docx", "badge sheet (Word), a QR picture per card", "seconds", "s", "target_seconds",
        "baseline_naive_seconds", "python-docx `add_picture`, scaled from fewer cards", size="cards"),
]


def versions() -> dict[str, str]:
    out = {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version}
    from importlib.metadata import PackageNotFoundError, version

    for name in ("PySide6", "sqlite-utils", "openpyxl", "python-docx", "zxing-cpp", "pypdf"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "missing"
    try:
        from workshop_kit.selfcheck import soffice_path

        office = soffice_path()
        out["libreoffice"] = (subprocess.run([office, "--version"], capture_output=True, text=True, timeout=60)
                              .stdout.split("\n")[0].strip() if office else "missing")
    except Exception as exc:  # noqa: BLE001 - the table is still worth printing
        out["libreoffice"] = f"? ({exc})"
    with contextlib.suppress(OSError):
        out["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                       text=True).stdout.strip()
    return out


def machine() -> dict[str, str]:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(next(x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")).split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GB"
    except (OSError, StopIteration, ValueError):
        pass
    return {"system": f"{platform.system()} {platform.release()}", "cpu": cpu, "cores": str(os.cpu_count()), "memory": mem}


def run_bench(name: str, args: list[str]) -> tuple[list[dict], float, str]:
    """One benchmark in a fresh process: its JSON lines, its duration and its error output."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, str(HERE / f"bench_{name}.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    lines = []
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            with contextlib.suppress(ValueError):
                lines.append(json.loads(line))
    err = "" if proc.returncode == 0 else f"exit {proc.returncode}: {proc.stderr.strip()[-600:]}"
    return lines, time.perf_counter() - t, err


def evaluate(row: Row, data: dict) -> dict:
    figure = data.get(row.figure)
    baseline = data.get(row.baseline) if row.baseline else None
    target = (baseline if row.target == "baseline" else data.get(row.target) if isinstance(row.target, str)
              else row.target)
    limit = data.get(row.target_ratio) if row.target_ratio else None
    if limit is not None and baseline:
        target = round(limit * baseline, 3)
    if figure is None or data.get("skipped"):
        ok = None
    elif target is None:
        ok = None  # no target set: reported for information
    else:
        ok = figure >= target if row.higher else figure < target
    ratio = round(figure / baseline, 2) if isinstance(figure, int | float) and baseline else None
    return {"benchmark": row.benchmark, "work": row.work, "size": data.get(row.size) if row.size else None,
            "figure": figure, "unit": row.unit,
            "target": ("< baseline" if row.target == "baseline" else target), "higher": row.higher, "baseline": baseline,
            "target_ratio": limit,
            "baseline_what": row.baseline_what, "ratio": ratio, "ok": ok, "skipped": data.get("skipped"),
            "cpu": data.get(row.cpu) if row.cpu else None,
            "baseline_cpu": data.get(row.baseline_cpu) if row.baseline_cpu else None,
            "details": data}


def fmt(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    return str(value)


def table(results: list[dict]) -> str:
    head = ("| work | size | figure | target | baseline (same run) | ratio | CPU time: figure / baseline | result |\n"
            "|---|---|---|---|---|---|---|---|")
    lines = [head]
    for r in results:
        if r["skipped"]:
            lines.append(f"| {r['work']} | | skipped: {r['skipped']} | | | | | — |")
            continue
        target = r["target"] if isinstance(r["target"], str) else (
            f"{'≥' if r['higher'] else '<'} {fmt(r['target'])} {r['unit']}"
            if r["target"] is not None else "none set")
        if r.get("target_ratio"):
            target = f"< {fmt(r['target_ratio'])} × baseline ({fmt(r['target'])} {r['unit']})"
        result = {True: "pass", False: "**FAIL**", None: "—"}[r["ok"]]
        size = f"{r['size']:,}" if isinstance(r["size"], int) else fmt(r["size"])
        cpu = "" if r.get("cpu") is None else f"{fmt(r['cpu'])} / {fmt(r.get('baseline_cpu'))} {r['unit']}"
        lines.append(f"| {r['work']} | {size} | {fmt(r['figure'])} {r['unit']} | {target} | {fmt(r['baseline'])} "
                     f"{r['unit']} ({r['baseline_what']}) | {fmt(r['ratio'])} | {cpu} | {result} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, about a minute")
    parser.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    parser.add_argument("--save", metavar="FILE.json", help="also write the results as JSON to this file")
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHES), metavar="NAME", help="only these benchmarks")
    args = parser.parse_args()
    # An installed app runs from compiled bytecode; compile first so start-up figures do not include
    # compiling sources (this environment may set PYTHONDONTWRITEBYTECODE).
    subprocess.run([sys.executable, "-m", "compileall", "-q", "workshop_kit", "ui"], cwd=ROOT, check=False,
                   stdout=subprocess.DEVNULL, env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})
    load_before = os.getloadavg()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    results, runs = [], {}
    for name in args.only or BENCHES:
        quick, full = BENCHES[name]
        if not args.json:
            print(f"… {name}", file=sys.stderr, flush=True)
        lines, seconds, err = run_bench(name, quick if args.quick else full)
        runs[name] = {"seconds": round(seconds, 1), "load_after": round(os.getloadavg()[0], 2),
                      **({"error": err} if err else {})}
        by_name = {line["benchmark"]: line for line in lines}
        for row in ROWS:
            if row.benchmark in by_name:
                results.append(evaluate(row, by_name[row.benchmark]))
        if err:
            results.append({"benchmark": name, "work": f"bench_{name}.py", "size": None, "figure": None, "unit": "",
                            "target": None, "higher": False, "baseline": None, "baseline_what": "", "ratio": None,
                            "ok": False, "skipped": None, "details": {"error": err}})
    header = {"started": started, "mode": "quick" if args.quick else "full", "machine": machine(),
              "load_average_before": [round(x, 2) for x in load_before],
              "load_average_after": [round(x, 2) for x in os.getloadavg()], "versions": versions(), "runs": runs}
    failed = [r for r in results if r["ok"] is False]
    if args.save:
        Path(args.save).write_text(json.dumps({**header, "results": results, "failed": len(failed)},
                                              ensure_ascii=False, indent=1), encoding="utf-8")
    if args.json:
        print(json.dumps({**header, "results": results, "failed": len(failed)}, ensure_ascii=False, indent=1))
    else:
        m, v = header["machine"], header["versions"]
        print(f"Workshop Kit benchmarks, {header['mode']} run, {started}, commit {v.get('commit', '?')}")
        print(f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory']}, {m['system']}; load average "
              f"{header['load_average_before'][0]} before, {header['load_average_after'][0]} after")
        print("Versions: " + ", ".join(f"{k} {val}" for k, val in v.items() if k != "commit"))
        print()
        print(table(results))
        for r in results:
            if "error" in r["details"]:
                print(f"\n{r['work']}: {r['details']['error']}")
        print(f"\n{len(results) - len(failed)} of {len(results)} rows pass or have no target; "
              f"{len(failed)} fail. Run times: " + ", ".join(f"{k} {x['seconds']} s" for k, x in runs.items()))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
