"""Settings page: language, data folder, organisation (name and logo), privacy, backups, encryption."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_kit.i18n import LANGUAGE_NAMES, translate
from workshop_kit.participant_fields import FORM_LABELS, SENSITIVE_FIELDS
from workshop_kit.paths import ENV_HOME, remember_data_dir

from ..jobs import run_job
from ..lifetime import alive
from ..services import Services
from ..widgets import ltr_text


class SettingsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        s = services.settings
        content = QWidget()
        layout = QVBoxLayout(content)
        title = QLabel(self.tr("Settings"))
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        layout.addWidget(title)

        # Language
        lang_box = QGroupBox(self.tr("Language"))
        lf = QFormLayout(lang_box)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.get("language", "fr"))))
        lf.addRow(self.tr("Language of the application"), self.language)
        layout.addWidget(lang_box)

        # Organisation
        org_box = QGroupBox(self.tr("Organisation"))
        of = QFormLayout(org_box)
        self.org_name = QLineEdit(s.get("organisation_name", ""))
        self.org_name.setPlaceholderText(self.tr("Name printed on certificates and reports"))
        self.org_name_ar = QLineEdit(s.get("organisation_name_ar", ""))
        self.org_name_ar.setLayoutDirection(Qt.RightToLeft)
        self.org_name_ar.setPlaceholderText(self.tr("printed on Arabic documents; empty: the name above"))
        self.logo_preview = QLabel()
        self.logo_preview.setFixedHeight(64)
        self.logo_path = s.get("organisation_logo", "")
        self._show_logo()
        logo_button = QPushButton(self.tr("Choose logo…"))
        logo_button.clicked.connect(self.choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(logo_button)
        logo_row.addStretch(1)
        self.eu_mention = QCheckBox(self.tr("Print the EU co-funding mention on certificates"))
        self.eu_mention.setChecked(bool(s.get("eu_mention", True)))
        of.addRow(self.tr("Name"), self.org_name)
        of.addRow(self.tr("Name in Arabic"), self.org_name_ar)
        of.addRow(self.tr("Logo"), logo_row)
        of.addRow("", self.eu_mention)
        layout.addWidget(org_box)

        # Privacy
        privacy_box = QGroupBox(self.tr("Privacy"))
        pv = QVBoxLayout(privacy_box)
        pv.addWidget(QLabel(self.tr("Hide these optional fields in the registration form:")))
        grid = QGridLayout()
        hidden = set(s.get("hidden_fields", []))
        self.hidden_checks: dict[str, QCheckBox] = {}
        for i, key in enumerate(SENSITIVE_FIELDS):
            box = QCheckBox(translate(FORM_LABELS[key]))
            box.setChecked(key in hidden)
            self.hidden_checks[key] = box
            grid.addWidget(box, i // 4, i % 4)
        pv.addLayout(grid)
        retention = QHBoxLayout()
        retention.addWidget(QLabel(self.tr("Offer to anonymise participants of workshops finished more than")))
        self.retention = QSpinBox()
        self.retention.setRange(1, 240)
        self.retention.setValue(int(s.get("retention_months", 24)))
        self.retention.setSuffix(" " + self.tr("months"))
        retention.addWidget(self.retention)
        retention.addStretch(1)
        pv.addLayout(retention)
        layout.addWidget(privacy_box)

        # Data and backups
        data_box = QGroupBox(self.tr("Data folder and backups"))
        df = QFormLayout(data_box)
        self.data_label = QLabel(ltr_text(services.data_dir))
        self.data_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        move = QPushButton(self.tr("Move data folder…"))
        move.clicked.connect(lambda: self.move_data_folder())
        row = QHBoxLayout()
        row.addWidget(self.data_label, 1)
        row.addWidget(move)
        df.addRow(self.tr("Data folder"), row)
        self.backup_interval = QSpinBox()
        self.backup_interval.setRange(1, 240)
        self.backup_interval.setValue(int(s.get("backup_interval_minutes", 15)))
        self.backup_interval.setSuffix(" " + self.tr("min"))
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 100)
        self.backup_keep.setValue(int(s.get("backup_keep", 10)))
        df.addRow(self.tr("Automatic backup every"), self.backup_interval)
        df.addRow(self.tr("Backups kept"), self.backup_keep)
        layout.addWidget(data_box)
        layout.addWidget(self._build_encryption())

        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- encryption at rest ------------------------------------------------------------------------
    def _build_encryption(self) -> QGroupBox:
        box = QGroupBox(self.tr("Encryption"))
        lay = QVBoxLayout(box)
        self.encryption_label = QLabel()
        self.encryption_label.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("Encrypt with a passphrase…"))
        self.encrypt_button.clicked.connect(lambda: self.encrypt())
        self.change_button = QPushButton(self.tr("Change passphrase…"))
        self.change_button.clicked.connect(lambda: self.change_passphrase())
        self.decrypt_button = QPushButton(self.tr("Remove encryption…"))
        self.decrypt_button.clicked.connect(lambda: self.decrypt())
        row = QHBoxLayout()
        row.addWidget(self.encryption_label, 1)
        row.addWidget(self.encrypt_button)
        row.addWidget(self.change_button)
        row.addWidget(self.decrypt_button)
        lay.addLayout(row)
        self.refresh_encryption()
        return box

    def refresh_encryption(self) -> None:
        from workshop_kit import encryption

        st = encryption.status(self.services.data_dir, self.services.db_path)
        if st.enabled:
            text = self.tr("Encrypted with a passphrase (SQLCipher): the database and its backups cannot be read "
                           "without it. A lost passphrase means lost data.")
        elif st.available:
            text = self.tr("Not encrypted: anyone who can read the data folder (a lost laptop, a copied USB stick) "
                           "can read the participants' data.")
        else:
            text = self.tr("Encryption is not available in this installation (the sqlcipher3 package is missing).")
        self.encryption_label.setText(text)
        self.encrypt_button.setVisible(not st.enabled)
        self.encrypt_button.setEnabled(st.available)
        self.decrypt_button.setVisible(st.enabled)
        self.change_button.setVisible(st.enabled)

    def _convert(self, action, done_text: str, cancellable: bool = True):  # noqa: ANN001, ANN202
        """Conversions rewrite the file under the app's own connection: a job that has the whole window
        (``exclusive``), with progress over the database and its backups."""
        from workshop_kit.changes import ChangeSet, record

        def work(progress, cancelled):  # noqa: ANN001, ANN202
            status = action(progress, cancelled)
            record(ChangeSet(settings=True))
            return status

        def done(_status) -> None:  # noqa: ANN001
            self.refresh_encryption()
            self.status.setText(done_text)

        def failed(exc: BaseException) -> None:
            self.refresh_encryption()
            QMessageBox.warning(self, self.tr("Encryption"), str(exc))

        def cancelled(exc: BaseException) -> None:
            self.refresh_encryption()
            self.status.setText(str(exc))

        return run_job(self, self.services, work, label=self.tr("Rewriting the database and its backups…"),
                       exclusive=True, cancellable=cancellable, on_done=alive(self, done),
                       on_error=alive(self, failed), on_cancelled=alive(self, cancelled))

    def encrypt(self, passphrase: str | None = None):  # noqa: ANN201 - the job, or None when not started
        from workshop_kit import encryption

        if passphrase is None:
            from ..dialogs.encryption import PassphraseDialog

            dialog = PassphraseDialog(self)
            if dialog.exec() != PassphraseDialog.Accepted:
                return None
            passphrase = dialog.passphrase.text()
        s = self.services
        return self._convert(
            lambda progress, cancelled: encryption.enable(s.db, s.data_dir, s.db_path, passphrase,
                                                          progress=progress, cancelled=cancelled),
            self.tr("The data folder is now encrypted. Keep the passphrase safe."))

    def change_passphrase(self, passphrase: str | None = None):  # noqa: ANN201 - the job, or None
        from workshop_kit import encryption

        if passphrase is None:
            from ..dialogs.encryption import PassphraseDialog

            dialog = PassphraseDialog(self)
            dialog.setWindowTitle(self.tr("Change passphrase"))
            if dialog.exec() != PassphraseDialog.Accepted:
                return None
            passphrase = dialog.passphrase.text()
        s = self.services
        return self._convert(
            lambda progress, cancelled: encryption.change_passphrase(s.db, s.data_dir, s.db_path, passphrase,
                                                                     progress=progress, cancelled=cancelled),
            self.tr("The passphrase was changed; the old one no longer opens this data folder."))

    def decrypt(self, confirmed: bool = False):  # noqa: ANN201 - the job, or None
        from workshop_kit import encryption

        if not confirmed:
            answer = QMessageBox.question(self, self.tr("Remove encryption"), self.tr(
                "Decrypt the database and its backups? Anyone who can read the data folder will then be able to "
                "read the participants' data."))
            if answer != QMessageBox.Yes:
                return None
        s = self.services
        return self._convert(
            lambda progress, _cancelled: encryption.disable(s.db, s.data_dir, s.db_path, progress=progress),
            self.tr("The data folder is no longer encrypted."), cancellable=False)

    def _show_logo(self) -> None:
        if self.logo_path and Path(self.logo_path).exists():
            self.logo_preview.setPixmap(QPixmap(self.logo_path).scaledToHeight(60, Qt.SmoothTransformation))
        else:
            self.logo_preview.setText(self.tr("(no logo)"))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        target_dir = self.services.data_dir / "branding"
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / ("logo" + Path(path).suffix.lower())
        shutil.copyfile(path, target)
        self.logo_path = str(target)
        self._show_logo()

    def save(self) -> None:
        old_language = self.services.settings.get("language", "fr")
        self.services.save_settings(
            language=self.language.currentData(),
            organisation_name=self.org_name.text().strip(),
            organisation_name_ar=self.org_name_ar.text().strip(),
            organisation_logo=self.logo_path,
            eu_mention=self.eu_mention.isChecked(),
            hidden_fields=[k for k, box in self.hidden_checks.items() if box.isChecked()],
            retention_months=self.retention.value(),
            backup_interval_minutes=self.backup_interval.value(),
            backup_keep=self.backup_keep.value(),
        )  # published as ChangeSet(settings=True)
        self.status.setText(self.tr("Settings saved."))
        if self.language.currentData() != old_language:
            self.services.state.languageChangeRequested.emit(self.language.currentData())

    def move_data_folder(self, folder: str | None = None):  # noqa: ANN201 - the job, or None
        """Copy the data folder in a job (up to a gigabyte of backups), with progress and Cancel.

        Cancel removes the partial copy; the app goes on with the old folder, which is never touched.
        """
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the new data folder"))
        if not folder:
            return None
        target = Path(folder)
        source = self.services.data_dir

        def work(db, progress, cancelled):  # noqa: ANN001, ANN202
            from workshop_kit.datafolder import copy_data_folder

            return copy_data_folder(db.conn, source, target, progress=progress, cancelled=cancelled)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Move data folder"), str(exc))

        def cancelled(exc: BaseException) -> None:
            self.status.setText(str(exc))

        return run_job(self, self.services, work, label=self.tr("Copying the data folder to {path}…").format(
            path=ltr_text(target)), on_done=alive(self, lambda _names: self._moved(target)),
            on_error=alive(self, failed), on_cancelled=alive(self, cancelled))

    def _moved(self, target: Path) -> None:
        import os

        remember_data_dir(target)
        note = ""
        if os.environ.get(ENV_HOME):
            note = "\n" + self.tr("Note: the WORKSHOP_KIT_HOME variable is set and takes precedence.")
        text = self.tr("The data was copied to {path}. Restart Workshop Kit to use it; the old folder is left "
                       "untouched.").format(path=ltr_text(target)) + note
        self.status.setText(text)
        box = QMessageBox(QMessageBox.Information, self.tr("Move data folder"), text, parent=self)
        box.open()
