"""Word → PDF with LibreOffice, in one batched headless call per run.

Starting LibreOffice costs seconds; converting a document in an already started one costs a fraction
of a second, so every file of a run goes into a single ``soffice --convert-to pdf`` call (split only
when the command line would get too long for Windows). A private profile folder
(``-env:UserInstallation``) keeps it apart from a LibreOffice the user has open, and lets several
runs proceed side by side. PDFs land in a temporary folder and are moved next to their .docx whole.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import cast

from .atomicfile import atomic_path, commit, new_temp
from .errors import WorkshopKitError
from .i18n import _
from .selfcheck import soffice_path

MAX_COMMAND_CHARS = 24000
TIMEOUT_PER_FILE_S = 20
START_TIMEOUT_S = 90


class PdfUnavailable(WorkshopKitError):
    """LibreOffice is not installed: the .docx files still work."""


def install_hint() -> str:
    return _(
        "LibreOffice is not installed, so no PDF was made; the .docx files are complete. Install it from "
        "https://www.libreoffice.org (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui), then run again."
    )


def available() -> bool:
    return soffice_path() is not None


def convert(
    files: list[Path],
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[Path, Path | None]:
    """Convert .docx files to PDF next to them; returns each input's PDF (None when it failed)."""
    office = soffice_path()
    if office is None:
        raise PdfUnavailable(install_hint())
    files = [Path(f).resolve() for f in files]
    result: dict[Path, Path | None] = {f: None for f in files}
    if not files:
        return result
    done = 0
    with tempfile.TemporaryDirectory(prefix="wk-pdf-") as tmp:
        profile = Path(tmp) / "profile"
        _install_fonts(profile)
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        for batch in _batches(files):
            if cancelled and cancelled():
                break
            done = _run_batch(office, profile, outdir, batch, result, done, len(files), progress, cancelled)
    return result


def _install_fonts(profile: Path) -> None:
    """Give LibreOffice the bundled Noto fonts (Latin and Arabic) through the private profile.

    LibreOffice loads fonts from ``<profile>/user/fonts``; without them a computer lacking Noto would
    substitute another font and the certificates would not look as designed.
    """
    from .paths import resource

    target = profile / "user" / "fonts"
    target.mkdir(parents=True, exist_ok=True)
    for font in resource("assets", "fonts").glob("*.ttf"):
        shutil.copyfile(font, target / font.name)


def _batches(files: list[Path]) -> list[list[Path]]:
    batches: list[list[Path]] = [[]]
    length = 0
    for f in files:
        if batches[-1] and length + len(str(f)) + 3 > MAX_COMMAND_CHARS:
            batches.append([])
            length = 0
        batches[-1].append(f)
        length += len(str(f)) + 3
    return batches


def _run_batch(office: str, profile: Path, outdir: Path, batch: list[Path], result: dict[Path, Path | None],
               done: int, total: int, progress: Callable[[int, int, str], None] | None,
               cancelled: Callable[[], bool] | None) -> int:
    # Same stem in two folders would collide in the shared output folder: convert through links.
    staged: dict[str, Path] = {}
    stage = outdir / "in"
    stage.mkdir(exist_ok=True)
    inputs = []
    for i, f in enumerate(batch):
        name = f"{i:05d}.docx"
        link = stage / name
        try:
            os.link(f, link)
        except OSError:
            shutil.copyfile(f, link)
        staged[f"{i:05d}"] = f
        inputs.append(str(link))
    cmd = [office, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nologo",
           "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(outdir), *inputs]
    env = os.environ | {"SAL_USE_VCLPLUGIN": "svp"}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + START_TIMEOUT_S + TIMEOUT_PER_FILE_S * len(batch)
    seen: set[str] = set()
    try:
        while True:
            finished = proc.poll() is not None
            for pdf in outdir.glob("*.pdf"):
                stem = pdf.stem
                if stem in seen or stem not in staged:
                    continue
                if not finished and not _complete(pdf):
                    continue
                seen.add(stem)
                source = staged[stem]
                target = source.with_suffix(".pdf")
                tmp = new_temp(target)
                shutil.move(str(pdf), str(tmp))
                commit(tmp, target)
                result[source] = target
                done += 1
                if progress:
                    progress(done, total, target.name)
            if finished:
                break
            if (cancelled and cancelled()) or time.monotonic() > deadline:
                proc.kill()
                proc.wait()
                break
            time.sleep(0.1)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return done


def _complete(pdf: Path) -> bool:
    """LibreOffice writes a PDF in one go and ends it with %%EOF: only move finished ones."""
    try:
        with open(pdf, "rb") as fh:
            fh.seek(max(0, pdf.stat().st_size - 64))
            return b"%%EOF" in fh.read()
    except OSError:
        return False


def can_split() -> bool:
    try:
        import pypdf  # noqa: F401
    except ImportError:
        return False
    return True


def split_pages(pdf_path: Path, targets: list[Path], cancelled: Callable[[], bool] | None = None) -> dict[Path, Path]:
    """Cut a PDF into ``len(targets)`` equal runs of pages, one file per target (written whole).

    Converting one merged document costs LibreOffice far less per page than converting many small
    documents; the per-participant PDFs are then cut from it. LibreOffice shares one resource
    dictionary between pages, so each piece keeps only the pictures its own pages draw (else every
    PDF would carry every participant's QR code). Returns {} when the pages do not divide evenly.
    """
    import re

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject, NameObject

    reader = PdfReader(str(pdf_path))
    total = len(reader.pages)
    if not targets or total % len(targets):
        return {}
    per = total // len(targets)
    made: dict[Path, Path] = {}
    for i, target in enumerate(targets):
        if cancelled and cancelled():
            break
        writer = PdfWriter()
        for page in reader.pages[i * per:(i + 1) * per]:
            content = page.get_contents()
            used = set(re.findall(rb"/([^\s/\[\]<>()]+)\s+Do", content.get_data() if content is not None else b""))
            resources = cast(DictionaryObject, page["/Resources"].get_object())
            fresh = DictionaryObject({k: v for k, v in resources.items() if k != "/XObject"})
            if "/XObject" in resources:
                xobjects = cast(DictionaryObject, resources["/XObject"].get_object())
                fresh[NameObject("/XObject")] = DictionaryObject(
                    {k: v for k, v in xobjects.items() if k[1:].encode() in used})
            page[NameObject("/Resources")] = fresh
            writer.add_page(page)
        with atomic_path(target) as tmp, open(tmp, "wb") as fh:
            writer.write(fh)
        made[target] = target
    return made
