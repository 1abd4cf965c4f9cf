"""Registration form for one participant, checked as the user types.

The same rules as the import and the CLI (``participants.clean_fields``): a name in Latin or Arabic
script, a phone that becomes E.164, a real e-mail and birth year, consent to data use. Optional
sensitive fields can be hidden per organisation (Settings → ``hidden_fields``). Legal or immigration
status is never asked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import participants as P
from workshop_kit.countries import sorted_for
from workshop_kit.i18n import LANGUAGE_NAMES, language, translate
from workshop_kit.participant_fields import FORM_LABELS

from ..widgets import date_edit, ltr_text

ERROR_STYLE = "color: #b00020; font-size: 11px;"


def error_label() -> QLabel:
    """A field's error line, its space kept while hidden: showing an error never moves the fields below
    (they used to slide under the mouse while typing)."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setMinimumHeight(label.fontMetrics().lineSpacing() + 2)
    label.hide()
    return label


class ParticipantDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, participant: P.Participant | None = None,
                 hidden_fields: list[str] | tuple[str, ...] = (), recorded_by: str = "") -> None:
        super().__init__(parent)
        self.participant = participant
        self.setWindowTitle(self.tr("Edit participant") if participant else self.tr("New participant"))
        self.resize(620, 720)
        self.hidden = set(hidden_fields) & set(P.SENSITIVE_FIELDS)
        self.errors: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}

        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(body)

        names = QGroupBox(self.tr("Name (Latin or Arabic script, at least one)"))
        nf = QFormLayout(names)
        self.first_name, self.last_name = QLineEdit(), QLineEdit()
        self.first_name_ar, self.last_name_ar = QLineEdit(), QLineEdit()
        for w in (self.first_name_ar, self.last_name_ar):
            w.setLayoutDirection(Qt.RightToLeft)
        self._row(nf, "first_name", self.first_name)
        self._row(nf, "last_name", self.last_name)
        self._row(nf, "first_name_ar", self.first_name_ar)
        self._row(nf, "last_name_ar", self.last_name_ar)
        layout.addWidget(names)

        about = QGroupBox(self.tr("About the participant (optional)"))
        self.about_form = af = QFormLayout(about)
        self.gender = QComboBox()
        for code, label in (("", "—"), ("F", self.tr("Woman")), ("M", self.tr("Man")), ("X", self.tr("Other / prefers not to say"))):
            self.gender.addItem(label, code)
        self._row(af, "gender", self.gender)
        birth = QWidget()
        bl = QHBoxLayout(birth)
        bl.setContentsMargins(0, 0, 0, 0)
        self.birth_year = QLineEdit()
        self.birth_year.setPlaceholderText(self.tr("e.g. 1990"))
        self.birth_year.setMaxLength(4)
        self.birth_year.setLayoutDirection(Qt.LeftToRight)
        self.age_band = QComboBox()
        self.age_band.addItem(self.tr("or age band…"), "")
        for band in P.AGE_BANDS:
            self.age_band.addItem(band, band)
        bl.addWidget(self.birth_year, 1)
        bl.addWidget(self.age_band, 1)
        self._row(af, "birth_year", birth)
        self.nationality = QComboBox()
        self.nationality.setEditable(True)
        self.nationality.setInsertPolicy(QComboBox.NoInsert)
        self.nationality.addItem("", "")
        lang = language()
        for c in sorted_for(lang):
            self.nationality.addItem(c.name(lang), c.code)
        completer = QCompleter(self.nationality.model(), self.nationality)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.nationality.setCompleter(completer)
        self._row(af, "nationality", self.nationality)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(ltr_text("06 12 34 56 78 / +33 6 12 34 56 78"))  # in order in Arabic too
        self.phone.setLayoutDirection(Qt.LeftToRight)
        self._row(af, "phone", self.phone)
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@example.org")
        self.email.setLayoutDirection(Qt.LeftToRight)
        self._row(af, "email", self.email)
        self.organisation_name, self.role, self.city = QLineEdit(), QLineEdit(), QLineEdit()
        self._row(af, "organisation_name", self.organisation_name)
        self._row(af, "role", self.role)
        self._row(af, "city", self.city)
        self.heard_from = QComboBox()
        self.heard_from.setEditable(True)
        self.heard_from.addItem("")
        for option in P.HEARD_FROM:
            self.heard_from.addItem(translate(option))
        self._row(af, "heard_from", self.heard_from)
        self.language = QComboBox()
        self.language.addItem("—", "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self._row(af, "language", self.language)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self._row(af, "notes", self.notes)
        layout.addWidget(about)

        consent = QGroupBox(self.tr("Consent"))
        cf = QFormLayout(consent)
        self.consent_data = QCheckBox(self.tr("Agrees to the use of their data for this programme (required)"))
        self.consent_photos = QCheckBox(self.tr("Agrees to appear in photos"))
        self.consent_email = QCheckBox(self.tr("Agrees to receive the certificate by e-mail"))
        self.consent_date = date_edit(QDate.currentDate())
        self.consent_recorded_by = QLineEdit(recorded_by)
        cf.addRow(self.consent_data)
        self.errors["consent_data"] = error_label()
        holder = QWidget()  # a form row with a hidden widget collapses: the holder keeps the line
        hv = QVBoxLayout(holder)
        hv.setContentsMargins(0, 0, 0, 0)
        hv.addWidget(self.errors["consent_data"])
        cf.addRow(holder)
        cf.addRow(self.consent_photos)
        cf.addRow(self.consent_email)
        cf.addRow(self.tr("Date"), self.consent_date)
        cf.addRow(self.tr("Recorded by"), self.consent_recorded_by)
        layout.addWidget(consent)
        note = QLabel(self.tr("Legal or immigration status is never asked or recorded."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid); font-size: 11px;")
        layout.addWidget(note)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        for key in self.hidden:  # Settings → Privacy: fields this organisation does not collect
            if key in self.widgets:
                af.setRowVisible(self.widgets[key], False)
        if participant:
            self._fill(participant)
        for w in (self.first_name, self.last_name, self.first_name_ar, self.last_name_ar, self.birth_year, self.phone,
                  self.email, self.organisation_name, self.role, self.city, self.consent_recorded_by):
            w.textChanged.connect(self.validate)
        for c in (self.gender, self.age_band, self.language):
            c.currentIndexChanged.connect(self.validate)
        self.nationality.currentTextChanged.connect(self.validate)
        self.heard_from.currentTextChanged.connect(self.validate)
        for box in (self.consent_data, self.consent_photos, self.consent_email):
            box.toggled.connect(self.validate)
        self.touched = participant is not None
        self.validate()

    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        label = translate(FORM_LABELS[key])
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        error = error_label()
        v.addWidget(error)
        # The label stays beside its field, not centred on field + error line.
        caption = QLabel(label)
        caption.setAlignment(Qt.AlignLeading | Qt.AlignTop)
        caption.setContentsMargins(0, max(0, (widget.sizeHint().height() - caption.fontMetrics().height()) // 2), 0, 0)
        caption.setMinimumHeight(box.sizeHint().height())
        form.addRow(caption, box)
        self.widgets[key] = box
        self.errors[key] = error

    def _fill(self, p: P.Participant) -> None:
        for key in ("first_name", "last_name", "first_name_ar", "last_name_ar", "phone", "email",
                    "organisation_name", "role", "city", "consent_recorded_by"):
            getattr(self, key).setText(getattr(p, key) or "")
        self.birth_year.setText(str(p.birth_year) if p.birth_year else "")
        self.gender.setCurrentIndex(max(0, self.gender.findData(p.gender or "")))
        self.age_band.setCurrentIndex(max(0, self.age_band.findData(p.age_band or "")) if not p.birth_year else 0)
        self.nationality.setCurrentIndex(max(0, self.nationality.findData(p.nationality or "")))
        self.heard_from.setCurrentText(p.heard_from or "")
        self.language.setCurrentIndex(max(0, self.language.findData(p.language or "")))
        self.notes.setPlainText(p.notes or "")
        self.consent_data.setChecked(bool(p.consent_data))
        self.consent_photos.setChecked(bool(p.consent_photos))
        self.consent_email.setChecked(bool(p.consent_email))
        if p.consent_date:
            self.consent_date.setDate(QDate.fromString(p.consent_date[:10], "yyyy-MM-dd"))

    def raw_values(self) -> dict[str, Any]:
        nationality = self.nationality.currentData() if self.nationality.currentText() == self.nationality.itemText(
            self.nationality.currentIndex()) else self.nationality.currentText()
        values: dict[str, Any] = {
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "first_name_ar": self.first_name_ar.text(),
            "last_name_ar": self.last_name_ar.text(),
            "gender": self.gender.currentData() or None,
            "birth_year": self.birth_year.text() or None,
            "age_band": (self.age_band.currentData() or None) if not self.birth_year.text() else None,
            "nationality": nationality or None,
            "phone": self.phone.text(),
            "email": self.email.text(),
            "organisation_name": self.organisation_name.text(),
            "role": self.role.text(),
            "city": self.city.text(),
            "heard_from": self.heard_from.currentText(),
            "language": self.language.currentData() or None,
            "notes": self.notes.toPlainText(),
            "consent_data": self.consent_data.isChecked(),
            "consent_photos": self.consent_photos.isChecked(),
            "consent_email": self.consent_email.isChecked(),
            "consent_date": self.consent_date.date().toString("yyyy-MM-dd") if self.consent_data.isChecked() else None,
            "consent_recorded_by": self.consent_recorded_by.text(),
        }
        for key in self.hidden:
            values.pop(key, None)
            if key == "birth_year":
                values.pop("age_band", None)
        return values

    def problems(self) -> list[P.FieldProblem]:
        clean, problems = P.clean_fields(self.raw_values())
        return problems + P.require_consent(clean)

    def validate(self) -> bool:
        """Show each field's problem under it; Save stays disabled until there is none."""
        if self.sender() is not None:
            self.touched = True
        problems = self.problems()
        by_field: dict[str, str] = {}
        for p in problems:
            key = "birth_year" if p.field == "age_band" else p.field
            by_field.setdefault(key, p.message)
        for key, label in self.errors.items():
            message = by_field.get(key)
            quiet = not self.touched and key in ("first_name", "consent_data")
            label.setText(message or "")
            label.setVisible(bool(message) and not quiet and key not in self.hidden)
        phone_ok = "phone" not in by_field and self.phone.text().strip()
        if phone_ok:
            clean, _ = P.clean_fields({"first_name": "x", "phone": self.phone.text()})
            self.phone.setToolTip(ltr_text(clean["phone"]))
        self.buttons.button(QDialogButtonBox.Save).setEnabled(not problems)
        return not problems

    def values(self) -> dict[str, Any]:
        """Clean values ready for ``add_participant`` / ``update_participant``."""
        clean, _problems = P.clean_fields(self.raw_values())
        return {k: v for k, v in clean.items() if k in P.PERSONAL_FIELDS or k in P.CONSENT_FIELDS}
