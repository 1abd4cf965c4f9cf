"""The certificate template choice: bundled (French, Arabic, bilingual) or the trainer's own, remembered per workshop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QWidget,
)

from workshop_kit import certificates as certs
from workshop_kit.errors import Cancelled, WorkshopKitError
from workshop_kit.selfcheck import soffice_path

from ...jobs import Job, run_job
from ...lifetime import alive
from ...services import Services
from ...widgets import ltr_text
from ...workers import show_error
from .preview_dialog import PreviewDialog


class TemplatePicker(QWidget):
    """Template list with "Check template" and "Preview"; the choice is kept in settings for each workshop."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.template_combo = QComboBox()
        self.template_combo.addItem(self.tr("French"), "fr")
        self.template_combo.addItem(self.tr("Arabic"), "ar")
        self.template_combo.addItem(self.tr("Bilingual French / Arabic"), "fr_ar")
        self.template_combo.addItem(self.tr("My own template…"), "custom")
        self.template_combo.currentIndexChanged.connect(self._on_template)
        self.custom_template: str | None = None
        self.job: Job | None = None  # the last preview job
        self._template_for: str | None = None  # the workshop the template choice was shown for
        self.check_button = QPushButton(self.tr("Check template"))
        self.check_button.clicked.connect(self.check_template)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.preview)
        template_row = QHBoxLayout(self)
        template_row.addWidget(self.template_combo, 1)
        template_row.addWidget(self.check_button)
        template_row.addWidget(self.preview_button)
        template_row.setContentsMargins(0, 0, 0, 0)

    def show_for(self, wid: str, language: str) -> None:
        """Show the template remembered for this workshop (else its language), only when the workshop changes."""
        if self._template_for != wid:  # a run must not reset it
            self._template_for = wid
            self._show_template(self._remembered_template(wid) or (language if language in ("fr", "ar") else "fr"))

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


    def check_template(self) -> None:
        from workshop_kit.templating import check_template

        try:
            report = check_template(self._template_file())
        except WorkshopKitError as exc:
            show_error(self, exc)
            return
        lines = [self.tr("Known placeholders: {names}").format(names=ltr_text(", ".join(report["known"]) or "-"))]
        if report["images"]:
            lines.append(self.tr("Pictures: {names}").format(names=ltr_text(", ".join(report["images"]))))
        if report["unknown"]:
            lines.append(self.tr("Unknown placeholders (left empty): {names}").format(names=ltr_text(", ".join(report["unknown"]))))
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

        def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> Path:
            docx = certs.template_render_sample(path, folder / "preview.docx", lang=lang, settings=settings)
            if soffice_path() is None:
                return docx
            from workshop_kit import pdf

            made = pdf.convert([docx], progress=progress, cancelled=cancelled)  # LibreOffice: seconds
            if cancelled():
                raise Cancelled(self.tr("The preview was cancelled."))
            return made.get(docx.resolve()) or docx

        # A job: LibreOffice takes seconds to start; the page stays usable and Cancel stops it.
        self.job = run_job(self, self.services, work, label=self.tr("Preparing the preview…"), database=False,
                           on_done=alive(self, self._show_preview), on_cancelled=lambda _exc: None)

    def _show_preview(self, path: Path) -> None:
        if path.suffix == ".pdf":
            dialog = PreviewDialog(path, self)
            dialog.open()
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
