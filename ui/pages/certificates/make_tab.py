"""Make certificates tab: template, folder, who is eligible; make, revoke and queue certificates for e-mail."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import certificates as certs
from workshop_kit import outbox
from workshop_kit.errors import WorkshopKitError
from workshop_kit.selfcheck import soffice_path

from ...jobs import run_job
from ...lifetime import alive
from ...widgets import isolated, ltr_text
from ...workers import show_error
from .rows_model import BAD_COLOUR, OK_COLOUR, RowsModel, table_view
from .template_picker import TemplatePicker

if TYPE_CHECKING:
    from .page import CertificatesPage


class MakeCertificatesTab(QWidget):
    """The template, the folder, the list of who is eligible, and making (or revoking) certificates."""

    def __init__(self, page: CertificatesPage) -> None:
        super().__init__(page)
        self.page = page
        self.services = page.services
        self.task = None  # the generation running, if any
        self.last_result: dict[str, Any] | None = None  # the files made last, for "Queue e-mails"
        self.template = TemplatePicker(self.services, self)
        # The picker's controls stay reachable from the tab under their usual names.
        self.template_combo = self.template.template_combo
        self.check_button, self.preview_button = self.template.check_button, self.template.preview_button

        self.folder = QLineEdit(str(Path.home() / "Certificates"))
        self.folder.setLayoutDirection(Qt.LeftToRight)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)

        self.separate = QCheckBox(self.tr("One file per participant"))
        self.separate.setChecked(True)
        self.merged = QCheckBox(self.tr("One file with every certificate, ready to print"))
        self.merged.setChecked(True)
        self.pdf = QCheckBox(self.tr("Also make PDF files"))
        if soffice_path() is None:
            self.pdf.setEnabled(False)
            self.pdf.setToolTip(self.tr("LibreOffice is not installed: install it from libreoffice.org to make PDFs. "
                                        "The .docx files work without it."))
            self.pdf.setText(self.tr("Also make PDF files (needs LibreOffice)"))
        else:
            self.pdf.setChecked(True)
        self.only_eligible = QCheckBox(self.tr("Only participants who meet the attendance rule"))
        self.only_eligible.setChecked(True)

        self.signature = QLineEdit(self.services.settings.get("trainer_signature") or "")
        self.signature.setLayoutDirection(Qt.LeftToRight)
        self.signature.setPlaceholderText(self.tr("optional: a PNG or JPEG of the trainer's signature"))
        self.signature.editingFinished.connect(self._save_signature)
        sign_browse = QPushButton(self.tr("Choose…"))
        sign_browse.clicked.connect(self._choose_signature)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.signature, 1)
        sign_row.addWidget(sign_browse)

        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("Signature"), sign_row)
        options = QGridLayout()
        options.addWidget(self.separate, 0, 0)
        options.addWidget(self.merged, 0, 1)
        options.addWidget(self.pdf, 1, 0)
        options.addWidget(self.only_eligible, 1, 1)
        form.addRow(self.tr("Files"), options)

        self.rule_label = QLabel()
        self.people_model = RowsModel([
            ("name", self.tr("Participant")),
            ("attended", self.tr("Sessions")),
            ("status", self.tr("Certificate")),
            ("number", self.tr("Number")),
            ("code", self.tr("Code")),
        ], self, ltr=frozenset({"attended", "number", "code"}))
        self.people_model.colour = lambda row, col: (
            (OK_COLOUR if row["eligible"] else BAD_COLOUR) if col == "status" else None)
        self.people_view = table_view(self.people_model)

        self.generate_button = QPushButton(self.tr("Make certificates"))
        self.generate_button.setDefault(True)
        self.generate_button.setStyleSheet("font-weight: 600; padding: 6px 18px;")
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.queue_button = QPushButton(self.tr("Queue e-mails"))
        self.queue_button.setEnabled(False)
        self.queue_button.clicked.connect(self.queue_emails)
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.revoke_button.setToolTip(self.tr("Revoke the selected participant's certificate"))
        self.revoke_button.clicked.connect(lambda: self.revoke_selected())
        actions = QHBoxLayout()
        actions.addWidget(self.generate_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.open_folder_button)
        actions.addWidget(self.queue_button)
        actions.addWidget(self.revoke_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.people_view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.result_label)

    def refresh(self) -> None:
        wid = self.services.state.current_workshop_id
        rows: list[dict[str, Any]] = []
        if wid:
            from workshop_kit.workshops import get_workshop

            try:
                w = get_workshop(self.services.db, wid)
            except WorkshopKitError:
                w = None
            if w is not None:
                rows = certs.overview(self.services.db, wid)
                self.rule_label.setText(self.tr("Attendance rule: {percent} % of the sessions (excused absences are not "
                                                "counted). {n} of %n participant(s) meet it.", "", len(rows)).format(
                    percent=round(w.attendance_threshold * 100), n=sum(r["eligible"] for r in rows)))
                self.template.show_for(wid, w.language)
        if not wid:
            self.rule_label.setText(self.tr("Choose or create a workshop first."))
        for row in rows:
            if row["revoked"]:
                row["status"] = self.tr("revoked")
            elif row["eligible"]:
                row["status"] = self.tr("eligible")
            else:
                row["status"] = self.tr("not eligible: {reason}").format(reason=row["reason"])
        self.people_model.set_rows(rows)
        self.generate_button.setEnabled(bool(wid) and self.task is None)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the certificates"), self.folder.text())
        if path:
            self.folder.setText(path)

    def _choose_signature(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Trainer's signature"), "",
                                               self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if path:
            self.signature.setText(path)
            self._save_signature()

    def _save_signature(self) -> None:
        value = self.signature.text().strip()
        if value != (self.services.settings.get("trainer_signature") or ""):
            self.services.save_settings(trainer_signature=value)

    def generate(self) -> None:
        wid = self.services.state.current_workshop_id
        if not wid or self.task is not None:
            return
        folder = Path(self.folder.text().strip() or ".")
        template, lang = self.template.template_choice()
        separate, merged, pdf = self.separate.isChecked(), self.merged.isChecked(), self.pdf.isChecked()
        if not separate and not merged:
            self.result_label.setText(self.tr("Choose at least one kind of file."))
            return
        only = self.only_eligible.isChecked()
        data_dir = self.services.data_dir
        settings = dict(self.services.settings)
        merged_path = folder / "certificates-print.docx" if merged else None

        def work(db, progress, cancelled) -> certs.GenerationResult:  # noqa: ANN001
            return certs.generate(db, data_dir, wid, folder if separate else None, template=template,
                                  merged=merged_path, pdf=pdf, only_eligible=only, lang=lang, settings=settings,
                                  progress=progress, cancelled=cancelled, actor="app")

        self._busy(True)
        self.result_label.setText(self.tr("Making certificates…"))
        # The tab shows its own bar and Stop button, so the job needs no dialog; it publishes the certificates.
        self.task = run_job(self, self.services, work, label="", dialog=False, on_done=alive(self, self._generated),
                            on_error=alive(self, self._failed), on_progress=self._progress)

    def _busy(self, busy: bool) -> None:
        self.generate_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        if not busy:
            self.task = None

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setMaximum(total)  # 0: LibreOffice at work, a busy bar
        self.progress.setValue(done)
        self.progress.setFormat(f"{done}/{total}")

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.result_label.setText(self.tr("Stopping after the current certificate…"))

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.result_label.setText("")
        show_error(self, exc)

    def _generated(self, result: certs.GenerationResult) -> None:
        self._busy(False)
        self.last_result = {"folder": self.folder.text(), "files": {
            c.number: (c.pdf or c.file) for c in result.issued if (c.pdf or c.file)}}
        parts = []
        if result.cancelled:
            parts.append(self.tr("Stopped: %n complete certificate(s) kept, no half-written file.", "",
                                 len(result.issued)))
        elif result.issued:
            parts.append(self.tr("%n certificate(s) made.", "", len(result.issued)))
        else:
            parts.append(self.tr("Nobody meets the attendance rule yet: no certificate made."))
        if result.merged:
            parts.append(self.tr("Print file: {path}").format(path=ltr_text(result.merged)))
        if result.pdf_problem:
            parts.append(result.pdf_problem)
        if result.not_eligible:
            parts.append(self.tr("%n participant(s) not eligible (see the list).", "", len(result.not_eligible)))
        self.result_label.setText("\n".join(parts))
        self.open_folder_button.setEnabled(bool(result.issued))
        self.queue_button.setEnabled(bool(self.last_result["files"]))

    def revoke_selected(self, reason: str | None = None) -> None:
        """Revoke the selected certificate; the reason is asked for (and kept in the database)."""
        index = self.people_view.currentIndex()
        row = self.people_model.data(index, Qt.UserRole) if index.isValid() else None
        if not row or not row.get("number") or row.get("revoked"):
            self.result_label.setText(self.tr("Select a participant whose certificate is issued and not revoked."))
            return
        if reason is None:
            from PySide6.QtWidgets import QInputDialog

            reason, ok = QInputDialog.getText(
                self, self.tr("Revoke certificate"),
                self.tr("Why is certificate {number} ({name}) revoked?").format(number=ltr_text(row["number"]),
                                                                                 name=isolated(row["name"])))
            if not ok:
                return
        try:
            with self.services.state.recording():
                certs.revoke(self.services.db, row["number"], reason, actor="app")
        except WorkshopKitError as exc:
            show_error(self, exc)
            return
        self.result_label.setText(self.tr("Certificate {number} revoked.").format(number=ltr_text(row["number"])))

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text()))

    def queue_from_folder(self, folder: str | None = None) -> None:
        """Queue the current workshop's certificates found in a folder made earlier (PDF preferred)."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of the certificates"), self.folder.text())
        if folder:
            self.last_result = {"folder": folder, "files": outbox.files_in(folder)}
            self.queue_emails()

    def queue_emails(self) -> None:
        wid = self.services.state.current_workshop_id
        if not wid or not self.last_result:
            return
        try:
            with self.services.state.recording():
                result = outbox.queue_certificates(self.services.db, self.services.data_dir, wid,
                                                   self.last_result["files"], self.services.settings, actor="app")
        except WorkshopKitError as exc:
            show_error(self, exc)
            return
        text = self.tr("%n message(s) queued.", "", len(result.queued))
        if result.skipped:
            text += "\n" + self.tr("Skipped:") + "\n" + "\n".join(f"• {s['name']}: {s['reason']}" for s in result.skipped)
        self.result_label.setText(text)
        self.page.show_outbox()
