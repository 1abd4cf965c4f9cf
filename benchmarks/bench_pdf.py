"""PDF certificates with LibreOffice: seconds per certificate in one batched call.

Target (certificates issue): <= 0.25 s per certificate, batched. Baseline in the same run: one
``soffice --convert-to pdf`` process per certificate (what a naive loop does), on a few files.
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
    home, db, wid = setup(args.certificates)
    out = Path(tempfile.mkdtemp(prefix="wk-bench-pdf-"))
    result = certificates.generate(db, home, wid, out / "docx", settings={})
    files = [c.file for c in result.issued]

    import resource

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

    per = batched / len(files)
    report("certificates_pdf", certificates=len(files), pdfs=ok, seconds=round(batched, 2),
           seconds_per_certificate=round(per, 3), cpu_seconds_per_certificate=round(cpu / len(files), 3),
           target_seconds_per_certificate=0.25, ok=per <= 0.25 and ok == len(files),
           baseline_one_process_per_certificate_s=round(naive, 2), speedup=round(naive / per, 1))
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
