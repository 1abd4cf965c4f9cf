"""The organisation's e-mail server settings, used by the outbox."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from workshop_kit import outbox
from workshop_kit.errors import WorkshopKitError

from ...services import Services
from ...workers import show_error


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
        self.from_field = QLineEdit(s.from_addr)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        storage = outbox.password_storage()
        self.password.setPlaceholderText(self.tr("kept in the system keyring") if storage == "keyring"
                                         else self.tr("no keyring here: asked each time"))
        self.password.setEnabled(storage == "keyring")
        for edit in (self.host, self.username, self.from_field, self.password):
            edit.setLayoutDirection(Qt.LeftToRight)
        form = QFormLayout(self)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("Login"), self.username)
        form.addRow(self.tr("Sender address"), self.from_field)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        smtp = {"host": self.host.text().strip(), "port": self.port.value(), "security": self.security.currentData(),
                "username": self.username.text().strip(), "from_addr": self.from_field.text().strip()}
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
