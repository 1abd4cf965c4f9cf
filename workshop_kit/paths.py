"""Where data and bundled resources live.

One helper finds bundled files (curricula, assets) both from a source checkout and from the frozen
PyInstaller build, so no module builds resource paths on its own.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from . import APP_ID

ENV_HOME = "WORKSHOP_KIT_HOME"
DB_FILENAME = "workshop-kit.sqlite"


def project_root() -> Path:
    """Folder holding curricula/ and assets/ (the checkout, or the frozen bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource("assets", "templates", "certificate_fr.docx")``."""
    return project_root().joinpath(*parts)


def _location_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False)) / "location.json"


def default_data_dir() -> Path:
    """The platform's user data dir, unless the user moved the data folder in Settings."""
    import platformdirs

    loc = _location_file()
    try:
        chosen = json.loads(loc.read_text(encoding="utf-8")).get("data_dir")
        if chosen:
            return Path(chosen)
    except (OSError, ValueError):
        pass
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def remember_data_dir(path: Path) -> None:
    """Record a data folder chosen in Settings (used when neither --data-dir nor the variable is set)."""
    loc = _location_file()
    loc.parent.mkdir(parents=True, exist_ok=True)
    from .atomicfile import write_text

    write_text(loc, json.dumps({"data_dir": str(path)}))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Resolve the data folder: ``--data-dir`` > ``WORKSHOP_KIT_HOME`` > remembered > platform default."""
    if override:
        path = Path(override)
    elif os.environ.get(ENV_HOME):
        path = Path(os.environ[ENV_HOME])
    else:
        path = default_data_dir()
    return path.expanduser().resolve()


def database_path(base: Path) -> Path:
    return base / DB_FILENAME


def backups_dir(base: Path) -> Path:
    return base / "backups"


def user_curricula_dir(base: Path) -> Path:
    return base / "curricula"
