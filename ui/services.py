"""What pages get: the database, the data folder, settings, and the shared app state."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from workshop_kit import changes as changes_mod
from workshop_kit import settings as settings_mod
from workshop_kit.changes import ChangeSet
from workshop_kit.sqlconn import Database


class AppState(QObject):
    """Shared state with change announcements, so each page refreshes itself.

    ``dataChanged`` carries a ``workshop_kit.changes.ChangeSet`` (typed fields: ``changes.attendance``,
    ``changes.quiz_scores``, …); ``publish`` is the one way to send it. Jobs (``ui.jobs.run_job``)
    publish what the core wrote; a write done on the UI thread goes inside ``with state.recording():``.
    ``exclusive`` is true while a job replaces the data file: timers leave the database alone.
    """

    workshopChanged = Signal(str)
    dataChanged = Signal(object)
    backupMade = Signal(str)
    languageChangeRequested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.current_workshop_id: str | None = None
        self.exclusive = False

    def set_workshop(self, workshop_id: str | None) -> None:
        if workshop_id != self.current_workshop_id:
            self.current_workshop_id = workshop_id
            self.workshopChanged.emit(workshop_id or "")

    def publish(self, changes: ChangeSet) -> None:
        """Tell every page what was written (nothing is sent for an empty set)."""
        if not isinstance(changes, ChangeSet):
            raise TypeError(f"publish() takes a ChangeSet, not {type(changes).__name__}")
        if changes:
            self.dataChanged.emit(changes)

    @contextmanager
    def recording(self) -> Iterator[changes_mod.Collector]:
        """Publish what the core writes in the block on this (UI) thread, also when it fails halfway."""
        with changes_mod.collect() as collected:
            try:
                yield collected
            finally:
                self.publish(collected.changes)


@dataclass
class Services:
    data_dir: Path
    db: Database
    db_path: Path
    state: AppState = field(default_factory=AppState)
    settings: dict[str, Any] = field(default_factory=dict)

    def save_settings(self, **changes: Any) -> None:
        """Save and publish ``ChangeSet(settings=True)``."""
        with self.state.recording():
            self.settings = settings_mod.update(self.data_dir, **changes)
