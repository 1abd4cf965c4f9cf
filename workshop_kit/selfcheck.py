"""``workshop-kit selfcheck``: is everything the app needs present, and how to fix what is not."""

from __future__ import annotations

import importlib.util
import os
import shutil
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

from . import dbconnect, migrations
from .db import DataFileMissing, check_integrity, damage_found, mark_damaged, refuse_if_lost
from .i18n import _
from .paths import database_path, resource


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    required: bool = True

    def to_json(self) -> dict:
        return asdict(self)


def soffice_path() -> str | None:
    """LibreOffice's command, if installed (used to make PDFs)."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in (
        r"C:\Program Files\LibreOffice\program\soffice.exe",
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    ):
        if Path(candidate).exists():
            return candidate
    return None


def run_checks(data_dir: Path) -> list[Check]:
    checks = [_check_data_dir(data_dir), _check_database(data_dir)]
    checks += [_check_curricula(), _check_templates(), _check_fonts(), _check_translations()]
    checks.append(_check_qt())
    office = soffice_path()
    checks.append(
        Check(
            "libreoffice",
            bool(office),
            office or _("LibreOffice not found: certificates stay in .docx, no PDF."),
            "" if office else _("Install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-writer)."),
            required=False,
        )
    )
    return checks


def _check_data_dir(data_dir: Path) -> Check:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        probe = data_dir / ".write-test"
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
        free = shutil.disk_usage(data_dir).free // (1024 * 1024)
    except OSError as exc:
        return Check("data_dir", False, f"{data_dir}: {exc}", _("Choose a writable folder with --data-dir."))
    if free < 50:
        return Check("data_dir", False, _("{path}: only {mb} MB free").format(path=data_dir, mb=free), _("Free some disk space."))
    return Check("data_dir", True, _("{path} (writable, {mb} MB free)").format(path=data_dir, mb=free))


def _check_database(data_dir: Path) -> Check:
    path = database_path(data_dir)
    try:
        refuse_if_lost(path)
    except DataFileMissing as exc:
        return Check("database", False, str(exc), _("Restore the newest good backup: workshop-kit backup restore"))
    if not path.exists() or path.stat().st_size == 0:
        return Check("database", True, _("{path} will be created on first use").format(path=path))
    try:
        problem = check_integrity(path) or damage_found(path)
    except (dbconnect.PassphraseNeeded, dbconnect.WrongPassphrase) as exc:
        return Check("database", False, str(exc),
                     _("Give the passphrase with the environment variable {env}.").format(env=dbconnect.PASSPHRASE_ENV))
    if problem:
        mark_damaged(path, problem)  # every process now refuses to write to it until a restore
        return Check(
            "database", False, _("{path} is damaged: {detail}").format(path=path, detail=problem),
            _("Restore the newest good backup: workshop-kit backup restore"),
        )
    conn = dbconnect.connect(path, read_only=True)
    try:
        version = migrations.current_version(conn)
    finally:
        conn.close()
    if version < migrations.LATEST_VERSION:
        return Check(
            "database", True,
            _("schema {version}; will be upgraded to {latest} (a backup is taken first)").format(
                version=version, latest=migrations.LATEST_VERSION),
        )
    if version > migrations.LATEST_VERSION:
        return Check("database", False, _("written by a newer Workshop Kit"), _("Update Workshop Kit."))
    return Check("database", True, _("{path}: integrity ok, schema {version} up to date").format(path=path, version=version))


def _check_curricula() -> Check:
    folder = resource("curricula")
    modules = sorted(p.name for p in folder.iterdir() if p.is_dir() and (p / "fr.md").exists()) if folder.exists() else []
    if not modules:
        return Check("curricula", False, _("No bundled modules in {path}").format(path=folder), _("Reinstall Workshop Kit."))
    if importlib.util.find_spec("workshop_kit.curricula") is not None:
        from . import curricula

        validate = getattr(curricula, "validate_bundled", None)
        if validate is not None:
            problems = validate()
            if problems:
                return Check("curricula", False, _("{n} problem(s), first: {first}").format(n=len(problems), first=problems[0]),
                             _("Run: workshop-kit curricula validate {path}").format(path=folder))
    return Check("curricula", True, _("{n} modules").format(n=len(modules)))


def _check_templates() -> Check:
    folder = resource("assets", "templates")
    files = sorted(folder.glob("*.docx")) if folder.exists() else []
    bad = [f.name for f in files if not zipfile.is_zipfile(f)]
    if bad:
        return Check("templates", False, _("Damaged template(s): {names}").format(names=", ".join(bad)), _("Reinstall Workshop Kit."))
    if not files:
        return Check("templates", False, _("No .docx templates in {path}").format(path=folder), _("Reinstall Workshop Kit."))
    return Check("templates", True, ", ".join(f.name for f in files))


def _check_fonts() -> Check:
    folder = resource("assets", "fonts")
    fonts = sorted(p.name for p in folder.glob("*.ttf")) if folder.exists() else []
    arabic = [f for f in fonts if "Arabic" in f]
    if not arabic:
        return Check("fonts", False, _("No Arabic font in {path}").format(path=folder), _("Reinstall Workshop Kit."))
    return Check("fonts", True, ", ".join(fonts))


def _check_translations() -> Check:
    from .i18n import catalog, catalog_path

    missing = [lang for lang in ("fr", "ar") if not catalog_path(lang).exists()]
    if missing:
        return Check("translations", False, _("Missing: {langs}").format(langs=", ".join(missing)), _("Reinstall Workshop Kit."))
    sizes = {lang: len(catalog(lang)) for lang in ("fr", "ar")}
    return Check("translations", True, ", ".join(f"{k}: {v}" for k, v in sizes.items()))


def _check_qt() -> Check:
    found = importlib.util.find_spec("PySide6") is not None
    hint = _("Install the app with its dependencies (see README).")
    if os.name == "posix" and not found:
        hint += " pip install PySide6"
    return Check("qt", found, "PySide6" if found else _("PySide6 is not installed"), "" if found else hint)
