"""Certificates page: make certificates (with progress and cancel), verify one, e-mail them (outbox).

Everything here calls the same core functions as ``workshop-kit certificates`` / ``outbox``; long
work (generation, PDF, sending) runs through ``run_task`` with its own database connection.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import certificates as certs
from workshop_kit import outbox
from workshop_kit.errors import WorkshopKitError
from workshop_kit.selfcheck import soffice_path

from ..services import Services
from ..widgets import ltr_text
from ..workers import run_task, show_error

OK_COLOUR, BAD_COLOUR, WARN_COLOUR = "#1e7a46", "#b3261e", "#8a5a00"


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of dicts (a workshop's participants, the outbox)."""

    def __init__(self, columns: list[tuple[str, str]], parent: QWidget | None = None,
                 ltr: frozenset[str] = frozenset()) -> None:
        super().__init__(parent)
        self.columns = columns
        self.ltr = ltr  # numbers, codes, addresses: kept left-to-right inside Arabic
        self.rows: list[dict[str, Any]] = []
        self.colour: Any = None

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.columns[section][1]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.DisplayRole:
            key = self.columns[index.column()][0]
            value = row.get(key)
            if value is None or value == "":
                return ""
            return ltr_text(value) if key in self.ltr else str(value)
        if role == Qt.ForegroundRole and self.colour:
            colour = self.colour(row, self.columns[index.column()][0])
            return QColor(colour) if colour else None
        if role == Qt.UserRole:
            return row
        return None


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    view.setAlternatingRowColors(True)
    return view


def _open_db(data_dir: Path):  # noqa: ANN202 - a worker's own connection
    from workshop_kit.db import open_database

    return open_database(data_dir, auto_backup=False, check=False).db


class CertificatesPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.task = None
        self.last_result: dict[str, Any] | None = None
        heading = QLabel(self.tr("Certificates"))
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_generate(), self.tr("Make certificates"))
        self.tabs.addTab(self._build_verify(), self.tr("Verify"))
        self.tabs.addTab(self._build_outbox(), self.tr("Outbox"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        services.state.workshopChanged.connect(lambda _wid: self.refresh())
        services.state.dataChanged.connect(self._on_data_changed)
        self.refresh()

    # -- make certificates -----------------------------------------------------------------------
    def _build_generate(self) -> QWidget:
        page = QWidget()
        self.template_combo = QComboBox()
        self.template_combo.addItem(self.tr("French"), "fr")
        self.template_combo.addItem(self.tr("Arabic"), "ar")
        self.template_combo.addItem(self.tr("Bilingual French / Arabic"), "fr_ar")
        self.template_combo.addItem(self.tr("My own template…"), "custom")
        self.template_combo.currentIndexChanged.connect(self._on_template)
        self.custom_template: str | None = None
        self._template_for: str | None = None  # the workshop the template choice was shown for
        self.check_button = QPushButton(self.tr("Check template"))
        self.check_button.clicked.connect(self.check_template)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.preview)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_combo, 1)
        template_row.addWidget(self.check_button)
        template_row.addWidget(self.preview_button)

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
        form.addRow(self.tr("Template"), template_row)
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
        self.people_view = _table(self.people_model)

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

        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.people_view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.result_label)
        return page

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
                                                "counted). {n} of {total} participants meet it.").format(
                    percent=round(w.attendance_threshold * 100), n=sum(r["eligible"] for r in rows), total=len(rows)))
                if self._template_for != wid:  # only when the workshop changes: a run must not reset it
                    self._template_for = wid
                    self._show_template(self._remembered_template(wid) or (
                        w.language if w.language in ("fr", "ar") else "fr"))
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
        self.refresh_outbox()

    def _on_data_changed(self, tables: set[str]) -> None:
        if tables & {"attendance", "participants", "enrolments", "certificates", "workshops", "sessions", "outbox"}:
            self.refresh()

    def _on_template(self, _index: int) -> None:
        if self.template_combo.currentData() == "custom" and not self.custom_template:
            path, _f = QFileDialog.getOpenFileName(self, self.tr("Certificate template"), "",
                                                   self.tr("Word documents (*.docx)"))
            if path:
                self.custom_template = path
                self.template_combo.setItemText(3, self.tr("My own template: {name}").format(name=Path(path).name))
            else:
                self.template_combo.setCurrentIndex(0)
                return
        self._remember_template()

    def _remembered_template(self, wid: str) -> str | None:
        """The template last chosen for this workshop (kept in settings, so it survives a restart)."""
        choice = (self.services.settings.get("certificate_templates") or {}).get(wid)
        if isinstance(choice, dict) and choice.get("path") and Path(choice["path"]).exists():
            self.custom_template = choice["path"]
            self.template_combo.setItemText(3, self.tr("My own template: {name}").format(name=Path(choice["path"]).name))
            return "custom"
        return choice if isinstance(choice, str) and self.template_combo.findData(choice) >= 0 else None

    def _show_template(self, choice: str) -> None:
        self.template_combo.blockSignals(True)
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(choice)))
        self.template_combo.blockSignals(False)

    def _remember_template(self) -> None:
        wid = self.services.state.current_workshop_id
        if not wid:
            return
        data = self.template_combo.currentData()
        choice = {"path": self.custom_template} if data == "custom" else data
        chosen = dict(self.services.settings.get("certificate_templates") or {})
        if chosen.get(wid) != choice:
            chosen[wid] = choice
            self.services.save_settings(certificate_templates=chosen)

    def template_choice(self) -> tuple[str | None, str | None]:
        """(template file or None for the bundled one, language or None to guess from the file)."""
        data = self.template_combo.currentData()
        if data == "custom":
            return self.custom_template, None
        return None, data

    def _template_file(self) -> Path:
        template, lang = self.template_choice()
        return certs.template_path(template, lang or "fr")

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

    def check_template(self) -> None:
        from workshop_kit.templating import check_template

        try:
            report = check_template(self._template_file())
        except WorkshopKitError as exc:
            show_error(self, exc)
            return
        lines = [self.tr("Known placeholders: {names}").format(names=", ".join(report["known"]) or "-")]
        if report["images"]:
            lines.append(self.tr("Pictures: {names}").format(names=", ".join(report["images"])))
        if report["unknown"]:
            lines.append(self.tr("Unknown placeholders (left empty): {names}").format(names=", ".join(report["unknown"])))
        lines += report["problems"]
        lines.append(self.tr("The template is ready.") if report["ok"] else self.tr("Fix the template, then check it again."))
        box = QMessageBox(QMessageBox.Information if report["ok"] else QMessageBox.Warning,
                          self.tr("Check template"), "\n".join(lines), QMessageBox.Ok, self)
        box.open()

    def preview(self) -> None:
        """Fill the template with sample data; show it as a picture when LibreOffice is there."""
        import tempfile

        template, lang = self.template_choice()
        path = self._template_file()
        folder = Path(tempfile.mkdtemp(prefix="wk-preview-"))
        settings = dict(self.services.settings)

        def work(_progress, _cancelled) -> Path:  # noqa: ANN001
            docx = certs.template_render_sample(path, folder / "preview.docx", lang=lang, settings=settings)
            if soffice_path() is None:
                return docx
            from workshop_kit import pdf

            made = pdf.convert([docx])
            return made.get(docx.resolve()) or docx

        run_task(self, work, on_done=self._show_preview)

    def _show_preview(self, path: Path) -> None:
        if path.suffix == ".pdf":
            dialog = PreviewDialog(path, self)
            dialog.open()
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def generate(self) -> None:
        wid = self.services.state.current_workshop_id
        if not wid or self.task is not None:
            return
        folder = Path(self.folder.text().strip() or ".")
        template, lang = self.template_choice()
        separate, merged, pdf = self.separate.isChecked(), self.merged.isChecked(), self.pdf.isChecked()
        if not separate and not merged:
            self.result_label.setText(self.tr("Choose at least one kind of file."))
            return
        only = self.only_eligible.isChecked()
        data_dir = self.services.data_dir
        settings = dict(self.services.settings)
        merged_path = folder / "certificates-print.docx" if merged else None

        def work(progress, cancelled) -> certs.GenerationResult:  # noqa: ANN001
            db = _open_db(data_dir)
            try:
                return certs.generate(db, data_dir, wid, folder if separate else None, template=template,
                                      merged=merged_path, pdf=pdf, only_eligible=only, lang=lang, settings=settings,
                                      progress=progress, cancelled=cancelled, actor="app")
            finally:
                db.conn.close()

        self._busy(True)
        self.result_label.setText(self.tr("Making certificates…"))
        self.task = run_task(self, work, on_done=self._generated, on_error=self._failed, on_progress=self._progress)

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
            parts.append(self.tr("Stopped: {n} complete certificate(s) kept, no half-written file.").format(
                n=len(result.issued)))
        elif result.issued:
            parts.append(self.tr("{n} certificate(s) made.").format(n=len(result.issued)))
        else:
            parts.append(self.tr("Nobody meets the attendance rule yet: no certificate made."))
        if result.merged:
            parts.append(self.tr("Print file: {path}").format(path=ltr_text(result.merged)))
        if result.pdf_problem:
            parts.append(result.pdf_problem)
        if result.not_eligible:
            parts.append(self.tr("{n} participant(s) not eligible (see the list).").format(n=len(result.not_eligible)))
        self.result_label.setText("\n".join(parts))
        self.open_folder_button.setEnabled(bool(result.issued))
        self.queue_button.setEnabled(bool(self.last_result["files"]))
        self.services.state.changed("certificates")

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
                                                                                 name=row["name"]))
            if not ok:
                return
        try:
            certs.revoke(self.services.db, row["number"], reason, actor="app")
        except WorkshopKitError as exc:
            show_error(self, exc)
            return
        self.result_label.setText(self.tr("Certificate {number} revoked.").format(number=ltr_text(row["number"])))
        self.services.state.changed("certificates")

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
            result = outbox.queue_certificates(self.services.db, self.services.data_dir, wid,
                                               self.last_result["files"], self.services.settings, actor="app")
        except WorkshopKitError as exc:
            show_error(self, exc)
            return
        text = self.tr("{n} message(s) queued.").format(n=len(result.queued))
        if result.skipped:
            text += "\n" + self.tr("Skipped:") + "\n" + "\n".join(f"• {s['name']}: {s['reason']}" for s in result.skipped)
        self.result_label.setText(text)
        self.services.state.changed("outbox")
        self.tabs.setCurrentIndex(2)

    # -- verify -------------------------------------------------------------------------------------
    def _build_verify(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr("Check a certificate: paste the text read from its QR code, type its short code "
                               "(e.g. ABCD-EFGH) or open a photo or scan of the QR code. Works offline with the "
                               "public keys this computer trusts."))
        intro.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setLayoutDirection(Qt.LeftToRight)
        self.code_edit.setPlaceholderText(self.tr("QR text, short code or certificate number"))
        self.code_edit.returnPressed.connect(self.verify_code)
        verify_button = QPushButton(self.tr("Verify"))
        verify_button.clicked.connect(self.verify_code)
        image_button = QPushButton(self.tr("Open a picture…"))
        image_button.clicked.connect(self.verify_picture)
        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(verify_button)
        row.addWidget(image_button)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.details.setStyleSheet("font-size: 14px;")
        keys = QGroupBox(self.tr("Keys"))
        export_button = QPushButton(self.tr("Export our public key…"))
        export_button.clicked.connect(self.export_key)
        trust_button = QPushButton(self.tr("Trust another organisation's key…"))
        trust_button.clicked.connect(self.trust_key)
        page_button = QPushButton(self.tr("Publish the verification page…"))
        page_button.setToolTip(self.tr("A page to put on your website or a shared folder: any phone that scans a "
                                       "certificate's QR code checks it there, with no app and no network."))
        page_button.clicked.connect(lambda: self.write_verify_page())
        key_row = QHBoxLayout(keys)
        key_row.addWidget(export_button)
        key_row.addWidget(trust_button)
        key_row.addWidget(page_button)
        key_row.addStretch(1)
        note = QLabel(self.tr("Revocation is known only to the database of the organisation that issued the "
                              "certificate; elsewhere a valid answer means the certificate is genuine."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        from ..checkin_camera import CameraPanel

        self.verify_camera = CameraPanel(self.tr("Open a photo or scan of the QR code, or type the short code."))
        self.verify_camera.setMaximumHeight(260)
        self.verify_camera.codeRead.connect(self.verify_text)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.verify_camera)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(note)
        layout.addWidget(keys)
        return page

    def verify_code(self) -> None:
        text = self.code_edit.text().strip()
        if text:
            self.show_verdict(certs.verify(self.services.data_dir, text, self.services.db))

    def verify_text(self, text: str) -> None:
        """A code read by the camera: shown in the field and checked at once."""
        self.code_edit.setText(text)
        self.verify_code()

    def verify_picture(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Photo or scan of the QR code"), "",
                                               self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)"))
        if path:
            self.verify_image(path)

    def verify_image(self, path: str) -> None:
        from workshop_kit.certcode import decode_image

        try:
            texts = decode_image(path)
        except WorkshopKitError as exc:
            show_error(self, exc)
            return
        if not texts:
            self.verdict.setStyleSheet(f"font-size: 18px; font-weight: 600; color: {WARN_COLOUR};")
            self.verdict.setText(self.tr("No QR code found in this picture. Try a sharper, closer photo, or type the "
                                         "short code."))
            self.details.setText("")
            return
        self.code_edit.setText(texts[0])
        self.show_verdict(certs.verify(self.services.data_dir, texts[0], self.services.db))

    def show_verdict(self, answer: dict[str, Any]) -> None:
        colour = OK_COLOUR if answer["valid"] else (WARN_COLOUR if answer["reason"] in ("unknown_key", "not_found")
                                                   else BAD_COLOUR)
        self.verdict.setStyleSheet(f"font-size: 18px; font-weight: 600; color: {colour};")
        self.verdict.setText(("✔ " if answer["valid"] else "✘ ") + answer["message"])
        cert = answer.get("certificate") or {}
        lines = []
        if cert:
            lines += [
                self.tr("Name: {name}").format(name=cert["name"]),
                self.tr("Workshop: {title}").format(title=cert["workshop"]),
                self.tr("Dates: {start} → {end}").format(start=ltr_text(cert["start"]), end=ltr_text(cert["end"])),
                self.tr("Number: {number}").format(number=ltr_text(cert["number"])),
                self.tr("Code: {code}").format(code=ltr_text(cert["code"])),
            ]
            if cert.get("revoked_at"):
                lines.append(self.tr("Revoked on {when}: {reason}").format(when=ltr_text(cert["revoked_at"][:10]),
                                                                          reason=cert.get("revoked_reason") or ""))
        if answer.get("note"):
            lines.append(answer["note"])
        self.details.setText("\n".join(lines))

    def export_key(self) -> None:
        from workshop_kit.signing import export_public_text, load_or_create

        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export public key"), "organisation.pub",
                                               self.tr("Public keys (*.pub)"))
        if not path:
            return
        keys = load_or_create(self.services.data_dir)
        from workshop_kit.atomicfile import write_text

        write_text(path, export_public_text(keys.public_raw, self.services.settings.get("organisation_name") or ""))
        self.details.setText(self.tr("Public key {kid} written to {path}.").format(kid=keys.key_id, path=ltr_text(path)))

    def write_verify_page(self, folder: str | None = None, url: str | None = None) -> None:
        """Write verify.html (public key + signed revocation list) and remember where it is published."""
        from workshop_kit.settings import load, save
        from workshop_kit.verifypage import write_page

        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the verification page"))
            if not folder:
                return
        settings = load(self.services.data_dir)
        if url is None:
            url, ok = QInputDialog.getText(
                self, self.tr("Address of the page"),
                self.tr("Where will verify.html be published (for example https://example.org/verify.html)? "
                        "New certificates' QR codes open this address. Leave empty to keep plain codes."),
                text=settings.get("verify_url") or "")
            if not ok:
                return
        settings["verify_url"] = url.strip()
        try:
            save(self.services.data_dir, settings)
            result = write_page(self.services.db, self.services.data_dir, folder,
                                settings.get("organisation_name") or "")
        except (WorkshopKitError, OSError) as exc:
            show_error(self, exc)
            return
        self.services.settings["verify_url"] = settings["verify_url"]
        self.details.setText(self.tr("Verification page written to {path}: {n} certificates, {r} revoked. Publish it "
                                     "again after each revocation.").format(
            path=ltr_text(str(result.path)), n=result.certificates, r=result.revoked))

    def trust_key(self) -> None:
        from workshop_kit.signing import trust_public_key

        path, _f = QFileDialog.getOpenFileName(self, self.tr("Trust a public key"), "", self.tr("Public keys (*.pub)"))
        if not path:
            return
        try:
            kid = trust_public_key(self.services.data_dir, Path(path).read_text(encoding="utf-8"))
        except (WorkshopKitError, OSError, UnicodeDecodeError) as exc:
            show_error(self, exc)
            return
        self.details.setText(self.tr("Key {kid} is now trusted.").format(kid=ltr_text(kid)))

    # -- outbox -----------------------------------------------------------------------------------
    def _build_outbox(self) -> QWidget:
        page = QWidget()
        self.smtp_label = QLabel()
        self.smtp_label.setWordWrap(True)
        smtp_button = QPushButton(self.tr("E-mail server…"))
        smtp_button.clicked.connect(self.edit_smtp)
        queue_folder = QPushButton(self.tr("Queue certificates from a folder…"))
        queue_folder.clicked.connect(lambda: self.queue_from_folder())
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
        self.outbox_view = _table(self.outbox_model)
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
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.outbox_view, 1)
        layout.addLayout(actions)
        layout.addWidget(note)
        return page

    def refresh_outbox(self) -> None:
        names = {"queued": self.tr("queued"), "sending": self.tr("sending"), "sent": self.tr("sent"),
                 "failed": self.tr("failed"), "cancelled": self.tr("cancelled"), "uncertain": self.tr("uncertain")}
        rows = outbox.list_outbox(self.services.db)
        for row in rows:
            row["status_text"] = names.get(row["status"], row["status"])
        self.outbox_model.set_rows(rows)
        c = outbox.counts(self.services.db)
        self.counts_label.setText(
            self.tr("{queued} queued · {sent} sent · {failed} failed · {uncertain} uncertain").format(**c))
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
            action(self.services.db, row["id"])
        except WorkshopKitError as exc:
            show_error(self, exc)
        self.refresh_outbox()

    def edit_smtp(self) -> None:
        dialog = SmtpDialog(self.services, self)
        if dialog.exec() == QDialog.Accepted:
            self.refresh_outbox()

    def send(self) -> None:
        data_dir = self.services.data_dir
        settings = dict(self.services.settings)

        def work(progress, cancelled) -> outbox.SendResult:  # noqa: ANN001
            db = _open_db(data_dir)
            try:
                return outbox.send_queued(db, settings, progress=progress, cancelled=cancelled)
            finally:
                db.conn.close()

        self.send_button.setEnabled(False)
        self.send_progress.setVisible(True)

        def progress(done: int, total: int, _m: str) -> None:
            self.send_progress.setMaximum(max(1, total))
            self.send_progress.setValue(done)

        def done(result: outbox.SendResult) -> None:
            self.send_progress.setVisible(False)
            self.refresh_outbox()
            text = self.tr("{sent} sent, {failed} failed, {uncertain} uncertain, {queued} still queued.").format(
                sent=len(result.sent), failed=len(result.failed), uncertain=len(result.uncertain),
                queued=result.still_queued)
            self.counts_label.setText(text)

        def failed(exc: BaseException) -> None:
            self.send_progress.setVisible(False)
            self.refresh_outbox()
            show_error(self, exc)

        run_task(self, work, on_done=done, on_error=failed, on_progress=progress)


class SmtpDialog(QDialog):
    """The organisation's e-mail server; the password goes to the system keyring, never to settings."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("E-mail server"))
        s = outbox.SmtpSettings.from_settings(services.settings)
        self.host = QLineEdit(s.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(s.port))
        self.security = QComboBox()
        for key, label in (("starttls", "STARTTLS"), ("ssl", "SSL/TLS"), ("none", self.tr("none (local tests only)"))):
            self.security.addItem(label, key)
        self.security.setCurrentIndex(max(0, self.security.findData(s.security)))
        self.username = QLineEdit(s.username)
        self.sender = QLineEdit(s.from_addr)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        storage = outbox.password_storage()
        self.password.setPlaceholderText(self.tr("kept in the system keyring") if storage == "keyring"
                                         else self.tr("no keyring here: asked each time"))
        self.password.setEnabled(storage == "keyring")
        for edit in (self.host, self.username, self.sender, self.password):
            edit.setLayoutDirection(Qt.LeftToRight)
        form = QFormLayout(self)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("Login"), self.username)
        form.addRow(self.tr("Sender address"), self.sender)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        smtp = {"host": self.host.text().strip(), "port": self.port.value(), "security": self.security.currentData(),
                "username": self.username.text().strip(), "from_addr": self.sender.text().strip()}
        s = outbox.SmtpSettings.from_settings({"smtp": smtp})
        try:
            s.check()
            if self.password.text():
                outbox.store_password(s, self.password.text())
        except WorkshopKitError as exc:
            show_error(self, exc)
            return
        self.services.save_settings(smtp=smtp)
        self.accept()


class PreviewDialog(QDialog):
    """The first page of a filled template, drawn from the PDF LibreOffice made."""

    def __init__(self, pdf_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QPixmap
        from PySide6.QtPdf import QPdfDocument

        self.setWindowTitle(self.tr("Preview with sample data"))
        self.document = QPdfDocument(self)
        self.document.load(str(pdf_path))
        label = QLabel()
        if self.document.pageCount():
            size = self.document.pagePointSize(0)
            image = self.document.render(0, QSize(int(size.width() * 1.3), int(size.height() * 1.3)))
            label.setPixmap(QPixmap.fromImage(image))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

