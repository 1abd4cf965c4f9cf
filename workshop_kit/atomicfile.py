"""Writing files so that a crash, a full disk or a killed process never leaves half of one.

Every writer of the app (exports, certificates, badges, bundles, keys, settings, caches, backups)
goes through here: the content is written to a uniquely named temporary file beside the target
(created readable by the owner only: it may hold a whole participant list), flushed to disk, then
renamed onto the target with ``os.replace`` (atomic on the same file system), and the folder is
flushed so the rename itself survives a power cut. On failure the temporary file is removed and the
previous version of the target, if any, is left as it was.

A killed process cannot remove its temporary file; the name carries the writer's process id, so
``clean_stale`` removes it later (at start-up for the data folder, before the next write for any
other folder) once that process is gone.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# .<stem>-p<pid>-<random><suffix>.tmp, and the rollback journal SQLite keeps beside a backup's
_TEMP = re.compile(r"^\..*-p(\d+)-[A-Za-z0-9_]{6,}[^/]*\.tmp(-journal)?$")
# Names older versions used (no process id): removed only when clearly abandoned.
_LEGACY = re.compile(r"^(\..+-[A-Za-z0-9_]{8}.*|workshop-kit.*)\.tmp$")
LEGACY_AGE_S = 3600
UNKNOWN_OWNER_AGE_S = 24 * 3600
_cleaned: set[Path] = set()


def new_temp(target: str | os.PathLike[str], suffix: str = "") -> Path:
    """Create an empty temporary file (mode 0600) beside ``target`` and return its path."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.parent not in _cleaned:
        _cleaned.add(target.parent)
        clean_stale(target.parent)
    fd, tmp = tempfile.mkstemp(
        prefix=f".{target.stem}-p{os.getpid()}-", suffix=(suffix or target.suffix) + ".tmp", dir=target.parent
    )
    os.close(fd)
    return Path(tmp)


def fsync_file(path: Path) -> None:
    """Flush a file's content to the disk."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename) to the disk; Windows cannot open a folder and needs not."""
    if os.name == "nt":  # pragma: no cover - NTFS journals renames itself
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def commit(tmp: Path, target: Path) -> None:
    """Flush ``tmp``, rename it onto ``target``, flush the folder."""
    fsync_file(tmp)
    os.replace(tmp, target)
    fsync_dir(target.parent)


@contextmanager
def atomic_path(target: str | os.PathLike[str], suffix: str = "") -> Iterator[Path]:
    """A temporary path next to ``target``, renamed onto it (durably) when the block succeeds."""
    target = Path(target)
    tmp = new_temp(target, suffix)
    try:
        yield tmp
        commit(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes(target: str | os.PathLike[str], data: bytes) -> Path:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    return Path(target)


def write_text(target: str | os.PathLike[str], text: str) -> Path:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(target)


def _owner_alive(pid: int) -> bool | None:
    """Whether process ``pid`` still runs; None when it cannot be told (Windows)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - os.kill would end the process there
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(folder: str | os.PathLike[str], *, legacy: bool = False) -> list[Path]:
    """Remove the temporary files in ``folder`` whose writer is gone; returns what was removed.

    ``legacy`` also removes temporary names of older versions once they are an hour old (data folder).
    """
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not name.endswith((".tmp", ".tmp-journal")):
            continue
        match = _TEMP.match(name)
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
            if match:
                alive = _owner_alive(int(match.group(1)))
                stale = alive is False or (alive is None and age > UNKNOWN_OWNER_AGE_S)
            else:
                stale = legacy and bool(_LEGACY.match(name)) and age > LEGACY_AGE_S
            if stale and entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed
