"""Small widget factories shared by pages, so dates, times and paths read right in Arabic too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QTimeEdit,
    QWidget,
)

LRI, PDI = "\u2066", "\u2069"  # isolate a left-to-right run (paths, codes) inside Arabic text
FSI = "\u2068"  # isolate a run that takes its own direction from its first letter (names, titles)


def ltr_text(text: object) -> str:
    """Wrap a path, code or number so it keeps its order inside right-to-left text."""
    return f"{LRI}{text}{PDI}"


def isolated(text: object) -> str:
    """Wrap a name or title, Latin or Arabic, so it neither reorders the sentence around it nor is cut
    apart by it (a French title inside an Arabic question came out in pieces, its quotes swapped)."""
    return f"{FSI}{text}{PDI}"


def date_edit(value: QDate | None = None) -> QDateEdit:
    """A yyyy-MM-dd date field with a calendar; always left-to-right so digits keep their order."""
    edit = QDateEdit()
    _ltr(edit, "yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setDate(value or QDate.currentDate())
    return edit


def time_edit(value: QTime | None = None) -> QTimeEdit:
    """An HH:mm time field, left-to-right in every language."""
    edit = QTimeEdit()
    _ltr(edit, "HH:mm")
    edit.setTime(value or QTime(9, 0))
    return edit


def _ltr(edit: QDateTimeEdit, display_format: str) -> None:
    # In a right-to-left application QDateTimeEdit reverses its sections ("00:09" for 09:00)
    # unless the direction is set before the display format.
    edit.setLayoutDirection(Qt.LeftToRight)
    edit.setLocale(QLocale(QLocale.English, QLocale.UnitedKingdom))
    edit.setDisplayFormat(display_format)


class WheelGuard(QObject):
    """The mouse wheel scrolls the page; it changes a date, time, number or choice only in a focused field.

    Without it, a trainer scrolling a form changed a consent date from 2026 to 2024 and a session's
    end from 11:30 to 05:30. Installed once on the application (``install_wheel_guard``).
    """

    GUARDED = (QAbstractSpinBox, QComboBox)  # QAbstractSpinBox covers date, time and number fields

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, self.GUARDED):
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel must not give the field focus either
            return False
        if kind != QEvent.Type.Wheel:
            return False
        field = obj if isinstance(obj, self.GUARDED) else obj.parent() if isinstance(obj, QWidget) else None
        if not isinstance(field, self.GUARDED) or field.hasFocus() or (
                isinstance(field, QComboBox) and field.view().isVisible()):
            return False
        area = field.parent()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parent()
        if area is not None:
            QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        return True


_guard: WheelGuard | None = None


def install_wheel_guard(app: QCoreApplication) -> None:
    global _guard
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)


def confirm_destructive(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something that cannot be undone; Cancel is the default button (Enter keeps the data).

    The button that goes ahead is named after the action ("Erase", "Remove session"), not "Yes".
    """
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go
