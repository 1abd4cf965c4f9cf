"""The walk-in dialog: someone not on the list is registered and checked in at the door."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from workshop_kit.i18n import translate
from workshop_kit.participant_fields import FORM_LABELS


class WalkInDialog(QDialog):
    """Someone not on the list: a name (Latin or Arabic script) and consent are enough."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walk-in registration"))
        form = QFormLayout(self)
        self.first_name, self.last_name = QLineEdit(), QLineEdit()
        self.first_name_ar, self.last_name_ar = QLineEdit(), QLineEdit()
        for edit in (self.first_name_ar, self.last_name_ar):
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.organisation = QLineEdit()
        # Gender counts in the donor report; an e-mail (with consent) lets the certificate be sent.
        self.gender = QComboBox()
        for code, label in (("", "—"), ("F", self.tr("Woman")), ("M", self.tr("Man")),
                            ("X", self.tr("Other / prefers not to say"))):
            self.gender.addItem(label, code)
        self.phone, self.email = QLineEdit(), QLineEdit()
        for edit in (self.phone, self.email):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.consent = QCheckBox(self.tr("The person agrees that their data is recorded for this programme"))
        self.consent_email = QCheckBox(self.tr("Agrees to receive the certificate by e-mail"))
        for key, edit in (("first_name", self.first_name), ("last_name", self.last_name),
                          ("first_name_ar", self.first_name_ar), ("last_name_ar", self.last_name_ar),
                          ("organisation_name", self.organisation), ("gender", self.gender), ("phone", self.phone),
                          ("email", self.email)):
            form.addRow(translate(FORM_LABELS[key]), edit)
        form.addRow(self.consent)
        form.addRow(self.consent_email)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register and check in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for edit in (self.first_name, self.last_name, self.first_name_ar, self.last_name_ar):
            edit.textChanged.connect(self._update)
        self.consent.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        named = any(e.text().strip() for e in (self.first_name, self.last_name, self.first_name_ar, self.last_name_ar))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(named and self.consent.isChecked())

    def values(self) -> dict:
        return {
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "first_name_ar": self.first_name_ar.text(),
            "last_name_ar": self.last_name_ar.text(),
            "organisation_name": self.organisation.text(),
            "gender": self.gender.currentData() or None,
            "phone": self.phone.text(),
            "email": self.email.text(),
            "consent_data": self.consent.isChecked(),
            "consent_email": self.consent_email.isChecked(),
        }
