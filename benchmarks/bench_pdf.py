"""PDF certificates with LibreOffice: seconds per certificate in one batched call.

Target (certificates issue): <= 0.25 s per certificate, batched. Measured: the whole
``certificates.generate(..., pdf=True)`` run (the .docx files, then one LibreOffice call on the print
file, cut into one PDF per participant), and the fallback path (every .docx in one batched call).
Baselines in the same run: one ``soffice --convert-to pdf`` process per certificate, on a few files,
each with a fresh LibreOffice profile (what a script calling soffice naively pays: the profile is
created on each call) and with one warm profile kept between calls (first call untimed).
The machine is shared: CPU seconds are reported beside wall-clock seconds.
Run: .venv/bin/python benchmarks/bench_pdf.py [--certificates 50] [--one-by-one 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from _common import report
from bench_certificates import setup


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--certificates", type=int, default=50)
    parser.add_argument("--one-by-one", type=int, default=3)
    args = parser.parse_args()

    from workshop_kit import certificates, pdf
    from workshop_kit.selfcheck import soffice_path

    office = soffice_path()
    if office is None:
        report("certificates_pdf", skipped="LibreOffice not installed")
        return
    import resource

    home, db, wid = setup(args.certificates)
    out = Path(tempfile.mkdtemp(prefix="wk-bench-pdf-"))
    certificates.generate(db, home, wid, out / "warm", settings={})  # numbers issued
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    full = certificates.generate(db, home, wid, out / "full", pdf=True, settings={})
    full_s = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    full_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    full_ok = sum(1 for c in full.issued if c.pdf and c.pdf.exists())

    result = certificates.generate(db, home, wid, out / "docx", settings={})
    files = [c.file for c in result.issued]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    made = pdf.convert(files)
    batched = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    ok = sum(1 for v in made.values() if v)

    naive_dir = out / "naive"
    naive_dir.mkdir()
    t = time.perf_counter()
    for f in files[: args.one_by_one]:
        profile = Path(tempfile.mkdtemp(prefix="wk-bench-prof-"))
        subprocess.run([office, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(naive_dir), str(f)], check=True, capture_output=True,
                       env=os.environ | {"SAL_USE_VCLPLUGIN": "svp"})
        shutil.rmtree(profile, ignore_errors=True)
    naive = (time.perf_counter() - t) / max(1, args.one_by_one)
    warm_profile = Path(tempfile.mkdtemp(prefix="wk-bench-prof-warm-"))

    def one(f: Path) -> None:
        subprocess.run([office, f"-env:UserInstallation={warm_profile.as_uri()}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(naive_dir), str(f)], check=True, capture_output=True,
                       env=os.environ | {"SAL_USE_VCLPLUGIN": "svp"})

    one(files[0])  # creates and warms the profile
    t = time.perf_counter()
    for f in files[: args.one_by_one]:
        one(f)
    naive_warm = (time.perf_counter() - t) / max(1, args.one_by_one)
    shutil.rmtree(warm_profile, ignore_errors=True)

    n = len(full.issued)
    report("certificates_pdf", certificates=n, pdfs=full_ok, seconds=round(full_s, 2),
           seconds_per_certificate=round(full_s / n, 3), office_cpu_seconds_per_certificate=round(full_cpu / n, 3),
           target_seconds_per_certificate=0.25, ok=full_s / n <= 0.25 and full_ok == n,
           method="print file converted once, cut per participant",
           baseline_one_process_per_certificate_s=round(naive, 2), speedup=round(naive / (full_s / n), 1),
           baseline_one_process_warm_profile_s=round(naive_warm, 2),
           speedup_vs_warm_profile=round(naive_warm / (full_s / n), 1))
    per = batched / len(files)
    report("certificates_pdf_fallback_batch", certificates=len(files), pdfs=ok, seconds=round(batched, 2),
           seconds_per_certificate=round(per, 3), cpu_seconds_per_certificate=round(cpu / len(files), 3),
           target_seconds_per_certificate=0.25, ok=per <= 0.25 and ok == len(files),
           baseline_one_process_per_certificate_s=round(naive, 2), speedup=round(naive / per, 1),
           baseline_one_process_warm_profile_s=round(naive_warm, 2))
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
