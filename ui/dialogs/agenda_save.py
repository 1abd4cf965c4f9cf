"""Before the agenda is saved: what happens to the workshop's sessions, and whose eligibility changes.

Saving used to add sessions beside the ones with attendance (4 became 8, everyone fell to 50 %)
without a word. Here the trainer chooses to replace or to add, sees every session touched and
every attendance rate that moves, and must tick a box when issued certificates are affected.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from workshop_kit.curricula_agenda import Agenda, AgendaChange, AgendaPlan, plan_agenda

from ..widgets import ltr_text


class AgendaSaveDialog(QDialog):
    def __init__(self, db: Database, agenda: Agenda, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.agenda = db, agenda
        self.plan: AgendaPlan | None = None
        self.setWindowTitle(self.tr("Save the agenda"))
        self.setMinimumSize(640, 480)
        self.replace = QRadioButton(self.tr("Replace: the planned sessions take the existing sessions of their day "
                                            "(attendance already recorded stays with its time slot)"))
        self.merge = QRadioButton(self.tr("Add: keep the sessions that have attendance and add the planned ones "
                                          "beside them"))
        for b in (self.replace, self.merge):
            b.setStyleSheet("QRadioButton { padding: 2px; }")
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.replace)
        self.modes.addButton(self.merge)
        self.replace.setChecked(True)
        self.setMinimumWidth(min(1300, max(self.replace.sizeHint().width(), self.merge.sizeHint().width()) + 40))
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: 600;")
        self.changes = QListWidget()
        self.people_label = QLabel()
        self.people_label.setWordWrap(True)
        self.people = QListWidget()
        self.people.setMaximumHeight(120)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.confirm = QCheckBox(self.tr("I have seen it: save anyway"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.replace, self.merge, self.summary, self.changes, self.people_label, self.people, self.warning,
                  self.confirm, self.buttons):
            layout.addWidget(w)
        self.modes.buttonToggled.connect(lambda _b, on: on and self.refresh())
        self.confirm.toggled.connect(lambda _on: self._update_save())
        self.refresh()

    def mode(self) -> str:
        return "merge" if self.merge.isChecked() else "replace"

    def refresh(self) -> None:
        self.plan = plan = plan_agenda(self.db, self.agenda, self.mode())
        self.summary.setText(self.tr("Sessions of the workshop: {before} → {after}").format(
            before=plan.sessions_before, after=plan.sessions_after))
        self.changes.clear()
        for change in plan.changes:
            self.changes.addItem(self.describe(change))
        if not plan.changes:
            self.changes.addItem(self.tr("No session changes."))
        self.people.clear()
        for e in plan.eligibility:
            verdict = (self.tr("no longer eligible") if e.eligible_before and not e.eligible_after
                       else self.tr("now eligible") if e.eligible_after and not e.eligible_before else "")
            line = self.tr("{name}: attendance {before} % → {after} %").format(
                name=e.name, before=round(e.before * 100), after=round(e.after * 100))
            self.people.addItem(f"{line} {verdict}".strip())
        self.people_label.setText(self.tr("Attendance rates that change: {n}").format(n=len(plan.eligibility))
                                  if plan.eligibility else self.tr("Nobody's attendance rate changes."))
        self.people.setVisible(bool(plan.eligibility))
        lost = plan.certificates_affected
        self.warning.setText(self.tr(
            "%n issued certificate(s) would no longer match the attendance rule: {names}.", "", len(lost)).format(
            names=", ".join(f"{e.name} ({ltr_text(e.certificate)})" for e in lost)) if lost else "")
        self.warning.setVisible(bool(lost))
        self.confirm.setVisible(bool(lost))
        self.confirm.setChecked(False)
        self._update_save()

    def describe(self, c: AgendaChange) -> str:
        when = ltr_text(f"{c.date} {c.start}–{c.end}")
        title = c.title or self.tr("(no module)")
        if c.kind == "add":
            return self.tr("New session {when}: {title}").format(when=when, title=title)
        if c.kind == "update":
            text = self.tr("Session {number} becomes {when}: {title}").format(number=c.number, when=when, title=title)
        elif c.kind == "clear":
            text = self.tr("Session {number} ({when}) keeps its time, without a module").format(
                number=c.number, when=when)
        else:
            return self.tr("Session {number} ({when}) is removed: nobody attended it").format(number=c.number, when=when)
        if c.attendance:
            text += " · " + self.tr("%n attendance record(s) stay with it", "", c.attendance)
        return text

    def _update_save(self) -> None:
        blocked = bool(self.plan and self.plan.certificates_affected) and not self.confirm.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not blocked)

    def allow_certificate_changes(self) -> bool:
        return self.confirm.isChecked()
