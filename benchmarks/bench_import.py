"""Import of 10,000 and 100,000 participants from a CSV, validation included.

Targets (participants issue): 10k rows < 2 s, 100k rows < 15 s. Baseline, in the same run: a bare
sqlite-utils ``insert_all`` of the same rows (already parsed, no validation, no duplicate check, no
search index) into an empty table — what writing the rows alone costs on this machine.
Peak memory: the import runs again in a fresh process started from a lean launcher (its own peak RSS,
``_common.launch_lean``); baseline: the same process opening the data folder without importing.
Target: < 200 MB whatever the file's size (the file is streamed, not held).
Flatness (``--flatness``): the peak importing twice the largest size, less the peak at that size
(target < 10 MB: memory flat with the file's size).
``--xlsx`` measures the same rows saved as a workbook too; ``--memory-only`` skips the timed import.
Run: .venv/bin/python benchmarks/bench_import.py [--sizes 10000 100000] [--flatness] [--xlsx] [--memory-only]
"""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from pathlib import Path

from _common import FIRST, FIRST_AR, LAST, LAST_AR, launch_lean, report


def write_csv(path: Path, n: int, seed: int = 7) -> list[dict[str, str]]:
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        rows.append({
            "Nom": f"{rnd.choice(LAST)} {i}",
            "Prénom": rnd.choice(FIRST),
            "Nom arabe": rnd.choice(LAST_AR),
            "Prénom arabe": rnd.choice(FIRST_AR),
            "Sexe": rnd.choice("FM"),
            "Année de naissance": str(1960 + i % 45),
            "Nationalité": rnd.choice(["Maroc", "Sénégal", "Mali", "Côte d'Ivoire", "Guinée"]),
            "Téléphone": f"06 {i // 1000000 % 100:02d} {i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d}",
            "E-mail": f"p{i}@example.org",
            "Organisation": f"Association {i % 300}",
            "Ville": rnd.choice(["Rabat", "Agadir", "Oujda", "Tanger"]),
            "Consentement": "oui",
        })
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter=";", lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
    return rows


def write_xlsx(path: Path, rows: list[dict[str, str]]) -> None:
    """The same rows as a workbook (streamed by openpyxl's write-only mode)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Inscrits")
    ws.append(list(rows[0]))
    for row in rows:
        ws.append(list(row.values()))
    wb.save(path)


def child(folder: Path, csv_path: Path | None) -> None:
    """The measured process: open a fresh data folder, create a workshop, import the file (if any)."""
    from workshop_kit.db import open_database
    from workshop_kit.importing import import_file
    from workshop_kit.workshops import create_workshop

    db = open_database(folder, auto_backup=False).db
    w, _ = create_workshop(db, title="Bench", start="2026-03-01")
    if csv_path is not None:
        result = import_file(db, w.id, csv_path, actor="bench")
        assert result.imported > 0, result.to_json()["errors"][:3]
    db.conn.close()


def peak_memory(tmp: Path, csv_path: Path) -> tuple[float, float]:
    """Peak RSS (MB) of a fresh process importing ``csv_path``, and of the same process not importing."""
    import os
    import sys

    env = dict(os.environ)
    me = str(Path(__file__).resolve())
    full = launch_lean([sys.executable, me, "--child", str(tmp / f"mem-data{csv_path.suffix}"), str(csv_path)], env)
    bare = launch_lean([sys.executable, me, "--child", str(tmp / "mem-bare")], env)
    return full["peak_mb"], bare["peak_mb"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--memory-only", action="store_true", help="only the peak memory rows (CSV and XLSX)")
    parser.add_argument("--xlsx", action="store_true", help="also measure the peak memory of an XLSX import")
    parser.add_argument("--flatness", action="store_true",
                        help="also import twice the largest size (memory only) and report the growth")
    parser.add_argument("--child", nargs="+", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]) if len(args.child) > 1 else None)
        return
    targets = {10_000: 2.0, 100_000: 15.0}
    sizes: dict[int, dict[str, float]] = {}
    for n in args.sizes:
        tmp = Path(tempfile.mkdtemp(prefix="wk-bench-import-"))
        rows = write_csv(tmp / "people.csv", n)
        if args.xlsx:
            write_xlsx(tmp / "people.xlsx", rows)
        if not args.memory_only:
            timed_import(tmp, rows, n, targets)
        peaks: dict[str, float] = {}
        for kind in ("csv", "xlsx") if args.xlsx else ("csv",):
            path = tmp / f"people.{kind}"
            peak, bare_peak = peak_memory(tmp, path)
            peaks[kind] = peak
            report("participants_import_memory" + ("" if kind == "csv" else "_xlsx"), rows=n,
                   file_mb=round(path.stat().st_size / 1e6, 1), peak_rss_mb=round(peak, 1), target_mb=200,
                   baseline_python_mb=round(bare_peak, 1),
                   measured="own peak RSS of a fresh process started from a lean launcher")
        sizes[n] = peaks
    if args.flatness:
        flatness(max(args.sizes), sizes[max(args.sizes)], xlsx=args.xlsx)


def flatness(n: int, peaks: dict[str, float], *, xlsx: bool) -> None:
    """Peak memory importing twice ``n`` rows, against ``n`` rows: what the file's size still costs."""
    tmp = Path(tempfile.mkdtemp(prefix="wk-bench-import-"))
    rows = write_csv(tmp / "people.csv", 2 * n)
    if xlsx:
        write_xlsx(tmp / "people.xlsx", rows)
    del rows
    for kind, peak_n in peaks.items():
        peak, _bare = peak_memory(tmp, tmp / f"people.{kind}")
        report("participants_import_memory_growth" + ("" if kind == "csv" else "_xlsx"), rows=2 * n, from_rows=n,
               growth_mb=round(peak - peak_n, 1), target_mb=10, peak_rss_mb=round(peak, 1),
               half_size_peak_rss_mb=round(peak_n, 1))


def timed_import(tmp: Path, rows: list[dict[str, str]], n: int, targets: dict[int, float]) -> None:
    from sqlite_utils import Database

    from workshop_kit.db import open_database
    from workshop_kit.importing import import_file
    from workshop_kit.workshops import create_workshop

    db = open_database(tmp / "data", auto_backup=False).db
    w, _ = create_workshop(db, title="Bench", start="2026-03-01")
    c, t = time.process_time(), time.perf_counter()
    result = import_file(db, w.id, tmp / "people.csv", actor="bench")
    elapsed, cpu = time.perf_counter() - t, time.process_time() - c
    assert result.imported == n, result.to_json()["errors"][:3]
    t = time.perf_counter()
    again = import_file(db, w.id, tmp / "people.csv", dry_run=True)
    reimport = time.perf_counter() - t
    assert again.imported == 0 and len(again.duplicates) == n
    db.conn.close()

    bare = Database(tmp / "bare.db")
    bare.conn.execute("PRAGMA journal_mode = WAL")
    bare.conn.execute("PRAGMA synchronous = FULL")
    c, t = time.process_time(), time.perf_counter()
    bare["participants"].insert_all(rows, batch_size=1000)
    baseline, baseline_cpu = time.perf_counter() - t, time.process_time() - c
    report("participants_import", rows=n, seconds=round(elapsed, 3), cpu_s=round(cpu, 3),
           baseline_cpu_s=round(baseline_cpu, 3), target_s=targets.get(n),
           meets_target=elapsed < targets.get(n, float("inf")), reimport_check_s=round(reimport, 3),
           baseline_sqlite_utils_insert_all_s=round(baseline, 3), ratio_to_baseline=round(elapsed / baseline, 1))


if __name__ == "__main__":
    main()
