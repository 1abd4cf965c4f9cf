"""Certificates page: make certificates (with progress and cancel), verify one, e-mail them (outbox).

Everything here calls the same core functions as ``workshop-kit certificates`` / ``outbox``; long
work (generation, PDF, sending) runs as a job (``ui.jobs.run_job``) with its own database connection. Each tab
is its own widget: ``MakeCertificatesTab``, ``VerifyTab``, ``OutboxTab``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from workshop_kit.changes import ChangeSet

from ...services import Services
from .make_tab import MakeCertificatesTab
from .outbox_tab import OutboxTab
from .verify_tab import VerifyTab

OUTBOX_TAB = 2


class CertificatesPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        heading = QLabel(self.tr("Certificates"))
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.tabs = QTabWidget()
        self.make_tab = MakeCertificatesTab(self)
        self.verify_tab = VerifyTab(self)
        self.outbox_tab = OutboxTab(self)
        self.tabs.addTab(self.make_tab, self.tr("Make certificates"))
        self.tabs.addTab(self.verify_tab, self.tr("Verify"))
        self.tabs.addTab(self.outbox_tab, self.tr("Outbox"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        services.state.workshopChanged.connect(lambda _wid: self.refresh())
        services.state.dataChanged.connect(self._on_data_changed)
        self.refresh()

    def refresh(self) -> None:
        self.make_tab.refresh()
        self.outbox_tab.refresh_outbox()

    def show_outbox(self) -> None:
        self.tabs.setCurrentIndex(OUTBOX_TAB)

    SHOWS = ChangeSet(attendance=True, participants=True, enrolments=True, certificates=True, workshops=True,
                      sessions=True, outbox=True)

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if changes.any_of(self.SHOWS):
            self.refresh()
