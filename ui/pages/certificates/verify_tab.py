"""Verify tab: check a certificate offline from its QR text, short code or a picture; manage keys."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import certificates as certs
from workshop_kit.errors import WorkshopKitError

from ...jobs import run_job
from ...lifetime import alive
from ...widgets import ltr_text
from ...workers import show_error
from .rows_model import BAD_COLOUR, OK_COLOUR, WARN_COLOUR

if TYPE_CHECKING:
    from .page import CertificatesPage


class VerifyTab(QWidget):
    """Check a certificate offline; export, trust and publish keys."""

    def __init__(self, page: CertificatesPage) -> None:
        super().__init__(page)
        self.page = page
        self.services = page.services
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
        from ...checkin_camera import CameraPanel

        self.verify_camera = CameraPanel(self.tr("Open a photo or scan of the QR code, or type the short code."))
        self.verify_camera.setMaximumHeight(260)
        self.verify_camera.codeRead.connect(self.verify_text)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.verify_camera)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(note)
        layout.addWidget(keys)

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
                                               self.tr("Pictures or PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.pdf)"))
        if path:
            self.verify_image(path)

    def verify_image(self, path: str) -> None:
        from workshop_kit.qr import decode_file

        try:
            texts = decode_file(path)
        except WorkshopKitError as exc:
            show_error(self, exc)
            return
        if not texts:
            self.verdict.setStyleSheet(f"font-size: 18px; font-weight: 600; color: {WARN_COLOUR};")
            self.verdict.setText(self.tr("No QR code found in this file. Try a sharper, closer photo, or type the "
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
        except (WorkshopKitError, OSError) as exc:
            show_error(self, exc)
            return
        self.services.settings["verify_url"] = settings["verify_url"]
        data_dir, organisation = self.services.data_dir, settings.get("organisation_name") or ""

        def work(db, _progress, _cancelled):  # noqa: ANN001, ANN202
            return write_page(db, data_dir, folder, organisation)

        # A job: signing the list of every certificate issued takes a moment with years of workshops.
        run_job(self, self.services, work, label=self.tr("Writing the verification page…"), cancellable=False,
                on_done=alive(self, self._verify_page_written))

    def _verify_page_written(self, result: Any) -> None:
        self.last_verify_page = result
        self.details.setText(self.tr("Verification page written to {path}: %n certificate(s), revoked: {r}. Publish it "
                                     "again after each revocation.", "", result.certificates).format(
            path=ltr_text(str(result.path)), r=result.revoked))

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
