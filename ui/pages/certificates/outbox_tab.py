"""Outbox tab: certificates waiting to be e-mailed, sent through the organisation's server."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import outbox
from workshop_kit.errors import WorkshopKitError

from ...jobs import run_job
from ...lifetime import alive
from ...widgets import ltr_text
from ...workers import show_error
from .rows_model import BAD_COLOUR, OK_COLOUR, WARN_COLOUR, RowsModel, table_view
from .smtp_dialog import SmtpDialog

if TYPE_CHECKING:
    from .page import CertificatesPage


class OutboxTab(QWidget):
    """The outbox: queued, sent, failed and uncertain messages, and sending them."""

    def __init__(self, page: CertificatesPage) -> None:
        super().__init__(page)
        self.page = page
        self.services = page.services
        self.smtp_label = QLabel()
        self.smtp_label.setWordWrap(True)
        smtp_button = QPushButton(self.tr("E-mail server…"))
        smtp_button.clicked.connect(self.edit_smtp)
        queue_folder = QPushButton(self.tr("Queue certificates from a folder…"))
        queue_folder.clicked.connect(lambda: self.page.make_tab.queue_from_folder())
        top = QHBoxLayout()
        top.addWidget(self.smtp_label, 1)
        top.addWidget(queue_folder)
        top.addWidget(smtp_button)
        self.outbox_model = RowsModel([
            ("to_addr", self.tr("To")),
            ("status_text", self.tr("Status")),
            ("attempts", self.tr("Attempts")),
            ("subject", self.tr("Subject")),
            ("last_error", self.tr("Last error")),
        ], self, ltr=frozenset({"to_addr"}))
        self.outbox_model.colour = lambda row, col: (
            {"sent": OK_COLOUR, "failed": BAD_COLOUR, "sending": WARN_COLOUR, "uncertain": WARN_COLOUR}.get(row["status"])
            if col == "status_text" else None)
        self.outbox_view = table_view(self.outbox_model)
        self.counts_label = QLabel()
        self.send_button = QPushButton(self.tr("Send now"))
        self.send_button.setStyleSheet("font-weight: 600; padding: 6px 18px;")
        self.send_button.clicked.connect(self.send)
        retry_button = QPushButton(self.tr("Send again"))
        retry_button.clicked.connect(lambda: self._change_selected(outbox.retry))
        self.mark_sent_button = QPushButton(self.tr("Mark as received"))
        self.mark_sent_button.setToolTip(self.tr("For an uncertain message you checked arrived: it is never sent again."))
        self.mark_sent_button.clicked.connect(lambda: self._change_selected(outbox.mark_sent))
        cancel_button = QPushButton(self.tr("Cancel message"))
        cancel_button.clicked.connect(lambda: self._change_selected(outbox.cancel))
        self.send_progress = QProgressBar()
        self.send_progress.setVisible(False)
        actions = QHBoxLayout()
        actions.addWidget(self.send_button)
        actions.addWidget(retry_button)
        actions.addWidget(self.mark_sent_button)
        actions.addWidget(cancel_button)
        actions.addWidget(self.send_progress, 1)
        actions.addWidget(self.counts_label)
        note = QLabel(self.tr("A message whose connection dropped after it was handed to the server is marked "
                              "uncertain and never sent again on its own: it may have arrived. Check the sender's "
                              "mailbox, then use “Send again” or “Mark as received”."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.outbox_view, 1)
        layout.addLayout(actions)
        layout.addWidget(note)

    def refresh_outbox(self) -> None:
        names = {"queued": self.tr("queued"), "sending": self.tr("sending"), "sent": self.tr("sent"),
                 "failed": self.tr("failed"), "cancelled": self.tr("cancelled"), "uncertain": self.tr("uncertain")}
        rows = outbox.list_outbox(self.services.db)
        for row in rows:
            row["status_text"] = names.get(row["status"], row["status"])
        self.outbox_model.set_rows(rows)
        c = outbox.counts(self.services.db)
        self.counts_label.setText(
            " · ".join((self.tr("%n queued", "", c["queued"]), self.tr("%n sent", "", c["sent"]),
                        self.tr("%n failed", "", c["failed"]), self.tr("%n uncertain", "", c["uncertain"]))))
        s = outbox.SmtpSettings.from_settings(self.services.settings)
        if s.host:
            self.smtp_label.setText(self.tr("Server: {server} ({security}), sender {sender}").format(
                server=ltr_text(f"{s.host}:{s.port}"), security=s.security, sender=ltr_text(s.from_addr)))
        else:
            self.smtp_label.setText(self.tr("No e-mail server set yet: messages wait in the outbox."))
        self.send_button.setEnabled(bool(s.host) and c["queued"] > 0)

    def _change_selected(self, action) -> None:  # noqa: ANN001
        index = self.outbox_view.currentIndex()
        if not index.isValid():
            return
        row = self.outbox_model.data(index, Qt.UserRole)
        try:
            with self.services.state.recording():
                action(self.services.db, row["id"])
        except WorkshopKitError as exc:
            show_error(self, exc)
        self.refresh_outbox()

    def edit_smtp(self) -> None:
        dialog = SmtpDialog(self.services, self)
        if dialog.exec() == QDialog.Accepted:
            self.refresh_outbox()

    def send(self) -> None:
        settings = dict(self.services.settings)

        def work(db, progress, cancelled) -> outbox.SendResult:  # noqa: ANN001
            return outbox.send_queued(db, settings, progress=progress, cancelled=cancelled)

        self.send_button.setEnabled(False)
        self.send_progress.setVisible(True)

        def progress(done: int, total: int, _m: str) -> None:
            self.send_progress.setMaximum(max(1, total))
            self.send_progress.setValue(done)

        def done(result: outbox.SendResult) -> None:
            self.send_progress.setVisible(False)
            self.refresh_outbox()
            text = self.tr("{sent}, {failed}, {uncertain}, {queued}.").format(
                sent=self.tr("%n sent", "", len(result.sent)), failed=self.tr("%n failed", "", len(result.failed)),
                uncertain=self.tr("%n uncertain", "", len(result.uncertain)),
                queued=self.tr("%n still queued", "", result.still_queued))
            self.counts_label.setText(text)

        def failed(exc: BaseException) -> None:
            self.send_progress.setVisible(False)
            self.refresh_outbox()
            show_error(self, exc)

        # The tab shows its own bar; the job publishes the outbox's changes.
        run_job(self, self.services, work, label="", dialog=False, on_done=alive(self, done),
                on_error=alive(self, failed), on_progress=progress)
