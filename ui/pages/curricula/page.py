"""Curricula page: the three tabs (modules, agenda builder, pre/post tests) over one catalog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import curricula
from workshop_kit import workshops as ws
from workshop_kit.changes import ChangeSet
from workshop_kit.curricula_search import index_for
from workshop_kit.errors import Cancelled, WorkshopKitError

from ...jobs import Job, run_job
from ...lifetime import alive
from ...services import Services
from ...widgets import ltr_text
from .agenda_tab import AgendaTab
from .modules_tab import ModulesTab
from .scores_tab import ScoresTab


class CurriculaPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.catalog = curricula.load_catalog(services.data_dir)
        heading = QLabel(self.tr("Curricula"))
        heading.setObjectName("pageTitle")
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.tabs = QTabWidget()
        self.modules_tab = ModulesTab(self)
        self.agenda_tab = AgendaTab(self)
        self.scores_tab = ScoresTab(self)
        self.tabs.addTab(self.modules_tab, self.tr("Modules"))
        self.tabs.addTab(self.agenda_tab, self.tr("Agenda builder"))
        self.tabs.addTab(self.scores_tab, self.tr("Pre/post tests"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        services.state.workshopChanged.connect(lambda _id: self.reload_workshop())
        services.state.dataChanged.connect(self._on_data_changed)
        self.reload()
        # Build the search index right after the page shows, not at the first key press.
        QTimer.singleShot(0, lambda: index_for(self.catalog))

    def missing_modules(self) -> list[str]:
        wid = self.services.state.current_workshop_id
        if not wid:
            return []
        try:
            w = ws.get_workshop(self.services.db, wid)
        except WorkshopKitError:
            return []
        return [m for m in w.modules if m not in self.catalog]

    def reload(self) -> None:
        self.catalog = curricula.load_catalog(self.services.data_dir)
        self.modules_tab.reload()
        self.reload_workshop()

    def reload_workshop(self) -> None:
        self.agenda_tab.reload()
        self.scores_tab.reload()

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if (changes.workshops or changes.participants or changes.enrolments) and not self.agenda_tab.dirty:
            self.reload_workshop()

    def run_export(self, fn: Callable[[], Path], path: Path | None = None) -> Job:
        """Write a document as a job (a progress dialog and Cancel after 0.3 s; a module with many
        pictures takes seconds); say where it went, or what went wrong."""

        def work(_progress: object, cancelled: Callable[[], bool]) -> Path:
            written = fn()
            if cancelled():  # too late to stop half-way: the finished file is not wanted
                written.unlink(missing_ok=True)
                raise Cancelled(_cancelled_text())
            return written

        def done(written: Path) -> None:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Information)
            box.setText(self.tr("Saved: {path}").format(path=ltr_text(written)))
            box.open()

        label = self.tr("Writing {path}…").format(path=ltr_text(path)) if path else self.tr("Writing the document…")
        return run_job(self, self.services, work, label=label, database=False, on_done=alive(self, done))


def _cancelled_text() -> str:
    return QCoreApplication.translate("curricula", "Cancelled: no document was written.")
