"""Choosing the passphrase that encrypts the data folder, with the warning that nobody can recover it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workshop_kit.encryption import MIN_PASSPHRASE


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypt the data folder"))
        intro = QLabel(self.tr(
            "The database and its backups will be encrypted: a lost or borrowed laptop or USB stick shows nothing "
            "about the participants without this passphrase. Workshop Kit asks for it when it starts.\n\n"
            "Nobody can recover a lost passphrase, not even the developers: without it the data is lost. Write it "
            "down on paper and keep it away from this laptop (for example in a sealed envelope at the office)."))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setPlaceholderText(self.tr("at least %n character(s); a few words", "", MIN_PASSPHRASE))
        self.repeated = QLineEdit()
        self.repeated.setEchoMode(QLineEdit.Password)
        self.written_down = QCheckBox(self.tr("I have written the passphrase down and keep it in a safe place"))
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Again"), self.repeated)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.written_down)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for signal in (self.passphrase.textChanged, self.repeated.textChanged, self.written_down.toggled):
            signal.connect(self._check)
        self._check()

    def _check(self) -> None:
        text, again = self.passphrase.text(), self.repeated.text()
        problem = ""
        if text and len(text) < MIN_PASSPHRASE:
            problem = self.tr("Too short: at least %n character(s).", "", MIN_PASSPHRASE)
        elif again and again != text:
            problem = self.tr("The two passphrases differ.")
        self.problem.setText(problem)
        ok = len(text) >= MIN_PASSPHRASE and again == text and self.written_down.isChecked()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(ok)


class FilePasswordDialog(QDialog):
    """A password for one exported file (a bundle, a personal data export) on its way by e-mail or USB stick."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from workshop_kit.sealed import MIN_PASSWORD

        super().__init__(parent)
        self.minimum = MIN_PASSWORD
        self.setWindowTitle(self.tr("Protect with a password"))
        intro = QLabel(self.tr(
            "Without this password the file shows nothing. Give it to the recipient another way (by phone, in "
            "person), never in the same e-mail. Leave empty to write the file unprotected."))
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.repeated = QLineEdit()
        self.repeated.setEchoMode(QLineEdit.Password)
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Again"), self.repeated)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.password.textChanged.connect(self._check)
        self.repeated.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        text, again = self.password.text(), self.repeated.text()
        problem = ""
        if text and len(text) < self.minimum:
            problem = self.tr("Too short: at least %n character(s).", "", self.minimum)
        elif again != text:
            problem = self.tr("The two passwords differ.") if again else ""
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not text or (len(text) >= self.minimum and again == text))


def ask_file_password(parent: QWidget | None) -> str | None:
    """A new password for a file ("" to write it unprotected), or None when the user cancels."""
    dialog = FilePasswordDialog(parent)
    if dialog.exec() != QDialog.Accepted:
        return None
    return dialog.password.text()


def ask_open_password(parent: QWidget | None, name: str) -> str | None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog

    title = QCoreApplication.translate("FilePasswordDialog", "Protected file")
    label = QCoreApplication.translate("FilePasswordDialog", "{name} is protected with a password. Password:")
    text, ok = QInputDialog.getText(parent, title, label.format(name=name), QLineEdit.Password)
    return text if ok and text else None
