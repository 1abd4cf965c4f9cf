"""Door-screen policy, without Qt: scans kept while the data file cannot take them, and WAL checkpoints.

- A scan the data file could not record (busy, full disk, damage found) is kept in a small file of
  the data folder, with the time it was made, so it survives closing the app and is retried in order.
- While the door screen is shown, SQLite's automatic checkpoint (copying the write-ahead log into the
  file, with its own disk flush) is off; a passive checkpoint runs on its own connection when no one
  is scanning, and now and then under a long queue, so it never sits inside a check-in.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from . import dbconnect
from .atomicfile import write_text
from .db import DatabaseDamaged, DataFileReplaced

PENDING_FILE = "pending-scans.json"
CHECKPOINT_IDLE_MS = 1500  # a checkpoint waits for this long without a scan
CHECKPOINT_AT_LEAST_S = 30  # ...but a long queue still gets one this often
DEFAULT_AUTOCHECKPOINT = 1000  # SQLite's default, in pages


def transient_errors() -> tuple[type[BaseException], ...]:
    """Failures worth keeping a scan for and retrying (as opposed to a rule refusing it)."""
    return (*dbconnect.errors("Error"), OSError, DatabaseDamaged, DataFileReplaced)


def save_pending(data_dir: Path, pending: list[dict[str, Any]]) -> None:
    """Write the kept scans (or remove the file when there are none); a full disk keeps them in memory."""
    path = Path(data_dir) / PENDING_FILE
    try:
        if pending:
            rows = [{**w, "now": w["now"].isoformat()} for w in pending]
            write_text(path, json.dumps(rows))
        else:
            path.unlink(missing_ok=True)
    except OSError:
        pass  # a full disk: they stay in memory and are retried all the same


def load_pending(data_dir: Path) -> list[dict[str, Any]]:
    """The scans kept by an earlier run, oldest first; none when the file is missing or unreadable."""
    try:
        rows = json.loads((Path(data_dir) / PENDING_FILE).read_text(encoding="utf-8"))
        return [{**row, "now": datetime.fromisoformat(row["now"])} for row in rows]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def pause_autocheckpoint(db: Any) -> None:
    """No checkpoint inside a check-in's commit while the door screen is shown."""
    db.execute("PRAGMA wal_autocheckpoint = 0")


def restore_autocheckpoint(db: Any) -> None:
    try:
        db.execute(f"PRAGMA wal_autocheckpoint = {DEFAULT_AUTOCHECKPOINT}")
    except dbconnect.errors("ProgrammingError"):
        pass  # the database is already closed (the app is quitting)


def passive_checkpoint(path: Path) -> None:
    """A passive checkpoint on its own connection (the folder's own library, SQLCipher when encrypted)."""
    conn = dbconnect.connect(path, timeout=0.5)
    try:
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    finally:
        conn.close()


class CheckpointClock:
    """When the last checkpoint was started, and whether a long queue should have one now."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.last = clock()

    def overdue(self) -> bool:
        return self.clock() - self.last > CHECKPOINT_AT_LEAST_S

    def started(self) -> None:
        self.last = self.clock()
