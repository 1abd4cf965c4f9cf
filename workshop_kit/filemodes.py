"""The data folder is readable by its owner only: folders 0700, files 0600 (POSIX).

Another account on the same laptop (a shared office computer, a guest session) must not read the
participants' data. SQLite creates the data file with the process umask (usually 0644) and gives the
WAL and shared-memory files the mode of the data file; backups are new SQLite files too. So every
opening of the data folder (``db.open_database``) takes group and other permissions off what the app
keeps there, and new backups are created 0600 from the start. Files written through ``atomicfile``
are 0600 already (``mkstemp``).

Only the app's own entries are touched (the data file and its side files, ``settings.json``, the
app's folders, and documents saved at the top of the folder), never what else a folder chosen as data
folder may hold; symbolic links are not followed. On Windows, permissions are ACLs: the default data
folder (under ``%LOCALAPPDATA%``) is already private to the user, and nothing is changed here
(docs/security.md).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

APP_FOLDERS = ("backups", "keys", "outbox", "cache", "curricula", "branding")
APP_FILES = ("settings.json",)
DOCUMENTS = (".docx", ".xlsx", ".csv", ".pdf", ".zip", ".png", ".json", ".sqlite", ".tmp")
ENABLED = os.name == "posix"


def _private(path: Path) -> None:
    """Take group and other permissions off one file or folder we own (owner bits kept)."""
    try:
        st = path.lstat()
        if stat.S_ISLNK(st.st_mode) or st.st_uid != os.getuid() or not st.st_mode & 0o077:
            return
        path.chmod(stat.S_IMODE(st.st_mode) & 0o700)
    except OSError:
        pass  # a file that vanished or a file system without permissions (FAT on a USB stick)


def _private_tree(root: Path) -> None:
    _private(root)
    if root.is_symlink() or not root.is_dir():
        return
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            _private(Path(dirpath) / name)


def protect_data_folder(data_dir: Path, db_path: Path) -> None:
    """Folder 0700; data file, WAL, backups, keys, outbox, caches and saved documents 0600."""
    if not ENABLED:
        return
    _private(data_dir)
    for entry in data_dir.iterdir() if data_dir.is_dir() else ():
        name = entry.name
        if name in APP_FOLDERS:
            _private_tree(entry)
        elif name in APP_FILES or name.startswith(db_path.name) or entry.suffix.lower() in DOCUMENTS:
            _private(entry)


def create_private(path: Path) -> None:
    """Create an empty file readable by its owner only, before SQLite (or anyone) writes it."""
    if not ENABLED:
        return
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)
    _private(path)
