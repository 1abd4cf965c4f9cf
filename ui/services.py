"""What pages get: the database, the data folder, settings, and the shared app state."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from workshop_kit import settings as settings_mod
from workshop_kit.sqlconn import Database

# What a write can change, by table. Announcements and subscriptions are checked against this list:
# a name that nobody sends or nobody listens to ("quiz_scores" sent but not heard, "badge_tokens"
# heard but never sent) was a page silently showing stale data; now it is an error in every test.
CHANGE_KINDS = frozenset({
    "workshops", "sessions", "participants", "enrolments", "attendance", "checkin_events", "badge_tokens",
    "certificates", "outbox", "quiz_scores", "settings", "organisations",
})


def _checked(names: Any) -> frozenset[str]:
    names = frozenset(names)
    unknown = names - CHANGE_KINDS
    if unknown:
        raise ValueError(f"unknown change kind(s): {', '.join(sorted(unknown))}")
    return names


class Changes(frozenset):
    """The set of kinds of data a write changed; every name is checked, also when a page asks."""

    def __new__(cls, names: Any = ()) -> Changes:
        return super().__new__(cls, _checked(names))

    def __contains__(self, name: object) -> bool:
        return frozenset.__contains__(self, next(iter(_checked({name}))))

    def __and__(self, other: Any) -> frozenset[str]:
        return frozenset.__and__(self, _checked(other))

    __rand__ = __and__


class AppState(QObject):
    """Shared state with change announcements, so each page refreshes itself.

    ``dataChanged`` carries a ``Changes`` (the kinds of data written: "participants", "attendance", …).
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
        """The one way to announce a write (an unknown name raises: it would reach no page)."""
        self.dataChanged.emit(Changes(tables))


@dataclass
class Services:
    data_dir: Path
    db: Database
    db_path: Path
    state: AppState = field(default_factory=AppState)
    settings: dict[str, Any] = field(default_factory=dict)

    def save_settings(self, **changes: Any) -> None:
        self.settings = settings_mod.update(self.data_dir, **changes)
