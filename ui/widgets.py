"""Small widget factories shared by pages, so dates, times and paths read right in Arabic too."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit

LRI, PDI = "\u2066", "\u2069"  # isolate a left-to-right run (paths, codes) inside Arabic text


def ltr_text(text: object) -> str:
    """Wrap a path, code or number so it keeps its order inside right-to-left text."""
    return f"{LRI}{text}{PDI}"


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
