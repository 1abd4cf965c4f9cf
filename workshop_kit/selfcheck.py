"""``workshop-kit selfcheck``: is everything the app needs present, and how to fix what is not."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from . import dbconnect, migrations
from .db import DataFileMissing, check_integrity, damage_found, mark_damaged, refuse_if_lost
from .i18n import _, _n
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
    checks += _check_qt()
    checks.append(_check_arabic_layout())
    office = soffice_path()
    checks.append(
        Check(
            "libreoffice",
            bool(office),
            office or _("LibreOffice not found: certificates stay in .docx, no PDF."),
            "" if office else _("Install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui)."),
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
                return Check("curricula", False, _n("%n problem(s), first: {first}", len(problems)).format(first=problems[0]),
                             _("Run: workshop-kit curricula validate {path}").format(path=folder))
    return Check("curricula", True, _n("%n module(s)", len(modules)))


def _check_templates() -> Check:
    folder = resource("assets", "templates")
    files = sorted(folder.glob("*.docx")) if folder.exists() else []
    bad = [f.name for f in files if not zipfile.is_zipfile(f)]
    if bad:
        return Check("templates", False, _n("Damaged template(s): {names}", len(bad)).format(names=", ".join(bad)), _("Reinstall Workshop Kit."))
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
    from .i18n import catalog, catalog_path, plural_catalog

    missing = [lang for lang in ("fr", "ar", "en") if not catalog_path(lang).exists()]  # en: its plural forms
    if missing:
        return Check("translations", False, _("Missing: {langs}").format(langs=", ".join(missing)), _("Reinstall Workshop Kit."))
    sizes = {lang: len(catalog(lang)) + len(plural_catalog(lang)) for lang in ("fr", "ar")}
    return Check("translations", True, ", ".join(f"{k}: {v}" for k, v in sizes.items()))


# -- Qt and the system libraries -------------------------------------------------------------------
# Debian packages whose name does not follow from the library's (libXrandr.so.2 -> libxrandr2 does).
_DEBIAN_EXCEPTIONS = {
    "libglib-2.0": "libglib2.0-0", "libgthread-2.0": "libglib2.0-0", "libgobject-2.0": "libglib2.0-0",
    "libgio-2.0": "libglib2.0-0", "libgmodule-2.0": "libglib2.0-0", "libGLdispatch": "libglvnd0",
}
_SONAME = re.compile(r"[^\s:()'\"]*?(lib[\w+.-]+?\.so(?:\.\d+)*)")
_QT_OWN = ("libQt6", "libpyside6", "libshiboken6")


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package of a shared library: ``libxkbcommon.so.0`` -> ``libxkbcommon0``."""
    stem, _dot, version = soname.partition(".so")
    if stem in _DEBIAN_EXCEPTIONS:
        return _DEBIAN_EXCEPTIONS[stem]
    major = version.lstrip(".").split(".")[0]
    name = stem.lower()
    return name + ("-" if name[-1:].isdigit() and major else "") + major


def missing_libraries(error: str, binaries: Sequence[Path] = ()) -> list[str]:
    """System libraries named in a loader's error, plus those ``ldd`` finds missing for ``binaries``."""
    found: list[str] = []
    for match in _SONAME.finditer(error):
        path, name = match.group(0), match.group(1)
        if "PySide6" in path or "shiboken6" in path or name.startswith(_QT_OWN):
            if Path(path).is_file():
                binaries = [*binaries, Path(path)]
            continue
        found.append(name)
    ldd = shutil.which("ldd") if sys.platform.startswith("linux") else None
    if ldd is not None:
        for binary in binaries:
            try:
                out = subprocess.run([ldd, str(binary)], capture_output=True, text=True, timeout=30).stdout
            except (OSError, subprocess.SubprocessError):
                continue
            found += [line.split()[0] for line in out.splitlines() if "not found" in line]
    return list(dict.fromkeys(found))


def _install_hint(libraries: list[str]) -> str:
    if libraries and shutil.which("apt-get"):
        packages = " ".join(dict.fromkeys(debian_package(lib) for lib in libraries))
        return _("Install the missing system libraries: sudo apt-get install -y {packages}").format(packages=packages)
    if libraries:
        return _("Install the system libraries that provide: {names}").format(names=", ".join(libraries))
    return _("Reinstall Workshop Kit and its dependencies (see README).")


# Modules the app imports (ui/): one failing is enough to stop it.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtMultimedia", "QtMultimediaWidgets", "QtPdf")


def qt_probe() -> dict:
    """What ``ui.qtprobe`` finds, run as a child program so this process never loads Qt (the core only
    starts it: the frozen app answers ``--qt-probe``, a source install runs the module)."""
    command = [sys.executable, "--qt-probe"] if getattr(sys, "frozen", False) else [sys.executable, "-m", "ui.qtprobe"]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=120, cwd=str(Path(__file__).resolve().parent.parent),
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return {"error": str(exc)}
    try:
        return json.loads(done.stdout)
    except ValueError:
        # A crash rather than an ImportError (e.g. a library that loads but lacks a symbol).
        lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
        return {"error": lines[-1] if lines else f"exit code {done.returncode}"}


def _pyside_binaries() -> list[Path]:
    """The binaries of the Qt modules the app imports (not all of PySide6: no web engine, no Bluetooth…)."""
    spec = importlib.util.find_spec("PySide6")
    folders = list(spec.submodule_search_locations or []) if spec else []
    return [p for folder in folders for name in QT_MODULES for p in sorted(Path(folder).glob(f"{name}.*.so"))]


def _check_qt() -> list[Check]:
    if importlib.util.find_spec("PySide6") is None:
        return [Check("qt", False, _("PySide6 is not installed"), _("Install the app with its dependencies (see README)."))]
    found = qt_probe()
    if "error" in found:
        missing = missing_libraries(found["error"], _pyside_binaries())
        return [Check("qt", False, _("Qt cannot be loaded: {error}").format(error=found["error"]), _install_hint(missing))]
    checks = [Check("qt", True, f"PySide6 {found['version']}")]
    platforms: dict[str, str] = found.get("platforms", {})
    loaded = [name for name, error in platforms.items() if not error]
    if loaded:
        checks.append(Check("qt_platform", True, ", ".join(loaded)))
    else:
        errors = " ".join(platforms.values())
        checks.append(Check(
            "qt_platform", False,
            _("Qt cannot open a window on this desktop: {error}").format(error=errors or _("no platform plugin")),
            _install_hint(missing_libraries(errors)),
        ))
    backends: dict[str, str] = found.get("multimedia", {})
    working = [name for name, error in backends.items() if not error]
    if working:
        checks.append(Check("camera", True, _("Qt Multimedia backend: {names}").format(names=", ".join(working)), required=False))
    else:
        errors = " ".join(backends.values())
        checks.append(Check(
            "camera", False,
            _("Qt Multimedia has no backend: the camera cannot read badges "
              "(a USB scanner and the name search still work). {error}").format(error=errors).strip(),
            _install_hint(missing_libraries(errors)), required=False,
        ))
    return checks


def _check_arabic_layout() -> Check:
    from PIL import features

    if features.check("raqm"):
        return Check("arabic_layout", True, _("Pillow lays out Arabic with Raqm {version}").format(
            version=features.version("raqm")), required=False)
    hint = (_install_hint(["libfribidi.so.0"]) if sys.platform.startswith("linux")
            else _("Reinstall Pillow: pip install --force-reinstall pillow"))
    return Check(
        "arabic_layout", False,
        _("Pillow has no Raqm text layout: Arabic names on badge pictures are drawn with a simpler shaping."),
        hint, required=False,
    )
