"""A log a trainer can send: what went wrong, in a rotating file in the data folder, with no personal data.

Participants' names, phones and e-mails must never reach a log that is e-mailed to a helper. So the
log keeps *where* a failure happened and *what kind* it was — the exception's type and the chain of
files, lines and functions — and never an exception's message or a local value, which can hold a
name or an address. ``write_problem_report`` packs that log with the version, the platform and the
self-check (paths shortened to the folder names) into one zip to attach to an e-mail.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import platform
import sys
import traceback
import zipfile
from datetime import datetime
from pathlib import Path
from types import TracebackType

LOG_FOLDER = "logs"
LOG_FILE = "workshop-kit.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3  # four files at most: 2 MB
LOGGER = "workshop_kit"


def log_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOG_FOLDER / LOG_FILE


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Rotating file, created 0600 like everything else in the data folder."""

    def _open(self):  # noqa: ANN202 - the file object logging expects
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, self.mode.replace("w", "a"), encoding=self.encoding)


def setup(data_dir: Path) -> logging.Logger:
    """The app's logger, writing to ``<data dir>/logs/workshop-kit.log`` (rotating); safe to call again."""
    logger = logging.getLogger(LOGGER)
    target = str(log_path(data_dir))
    if any(getattr(h, "baseFilename", None) == target for h in logger.handlers):
        return logger
    for handler in [h for h in logger.handlers if isinstance(h, _PrivateRotatingHandler)]:
        logger.removeHandler(handler)
        handler.close()
    log_path(data_dir).parent.mkdir(parents=True, exist_ok=True)
    handler = _PrivateRotatingHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return logger


def describe(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> str:
    """The failure without personal data: exception types and the frames (file, line, function) only."""
    lines = []
    seen: set[int] = set()
    current: BaseException | None = exc
    kind, trace = exc_type, tb
    while True:
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        for frame in traceback.extract_tb(trace):
            lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
        if current is None or id(current) in seen:
            break
        seen.add(id(current))
        cause = current.__cause__ or current.__context__
        if cause is None:
            break
        lines.append("caused by / during:")
        current, kind, trace = cause, type(cause), cause.__traceback__
    return "\n".join(lines)


def _short(filename: str) -> str:
    """``…/workshop_kit/db.py`` rather than a full path (which names the user's account)."""
    parts = Path(filename).parts
    for anchor in ("workshop_kit", "ui", "site-packages"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor):])
    return Path(filename).name


def log_exception(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
                  where: str = "") -> str:
    """Write one failure to the log; returns what was written."""
    text = describe(exc_type, exc, tb)
    logging.getLogger(LOGGER).error("unexpected error%s\n%s", f" ({where})" if where else "", text)
    return text


def write_problem_report(data_dir: Path, path: str | os.PathLike[str]) -> Path:
    """A zip to send to whoever helps: version, platform, self-check, the log files. No database,
    no settings values that identify people (only which settings are set), no personal data."""
    from . import __version__
    from .atomicfile import atomic_path
    from .selfcheck import run_checks
    from .settings import load

    data_dir = Path(data_dir)
    settings = load(data_dir)
    about = {
        "workshop_kit": __version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "made": datetime.now().isoformat(timespec="seconds"),
        "language": settings.get("language"),
        "settings_set": sorted(k for k, v in settings.items() if v not in ("", None, [], {})),
    }
    try:
        checks = [{"name": c.name, "ok": c.ok, "required": c.required} for c in run_checks(data_dir)]
    except Exception as exc:  # noqa: BLE001 - the report must be written even when a check crashes
        checks = [{"name": "selfcheck", "ok": False, "error": type(exc).__name__}]
    with atomic_path(path, ".zip") as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("about.json", json.dumps(about, indent=2))
        zf.writestr("selfcheck.json", json.dumps(checks, indent=2))
        folder = log_path(data_dir).parent
        for log in sorted(folder.glob(LOG_FILE + "*")) if folder.exists() else []:
            zf.write(log, f"logs/{log.name}")
    return Path(path)
