"""What pages get: the database, the data folder, settings, and the shared app state."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from workshop_kit import settings as settings_mod
from workshop_kit.sqlconn import Database


class AppState(QObject):
    """Shared state with change announcements, so each page refreshes itself.

    ``dataChanged`` carries a set of table names ("participants", "attendance", …).
    """

    workshopChanged = Signal(str)
    dataChanged = Signal(object)
    backupMade = Signal(str)
    languageChangeRequested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.current_workshop_id: str | None = None

    def set_workshop(self, workshop_id: str | None) -> None:
        if workshop_id != self.current_workshop_id:
            self.current_workshop_id = workshop_id
            self.workshopChanged.emit(workshop_id or "")

    def changed(self, *tables: str) -> None:
        self.dataChanged.emit(set(tables))


@dataclass
class Services:
    data_dir: Path
    db: Database
    db_path: Path
    state: AppState = field(default_factory=AppState)
    settings: dict[str, Any] = field(default_factory=dict)

    def save_settings(self, **changes: Any) -> None:
        self.settings = settings_mod.update(self.data_dir, **changes)
