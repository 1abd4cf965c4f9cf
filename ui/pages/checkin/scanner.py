"""A USB barcode scanner is a keyboard that types fast and ends with Enter: caught window-wide."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


class ScannerInput(QObject):
    """Catches a keyboard-wedge scanner anywhere in the window: printable keys arriving fast, then Enter.

    Keys typed while no text field has focus are taken (a scanner types into nothing); in a text
    field they pass through, and when the burst ends with Enter it is taken back out of the field.
    """

    scanned = Signal(str)
    MAX_GAP = 0.08  # seconds between two keys of one scan
    MAX_AVERAGE = 0.035  # average seconds per key for a burst to count as a scanner
    MIN_LENGTH = 6

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.page = page
        self.buffer = ""
        self._first = self._last = 0.0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not self.page.isVisible():
            return False
        window = self.page.window()
        target = QApplication.focusWidget() or window
        if obj is not target or not isinstance(obj, QWidget) or obj.window() is not window:
            return False  # a dialog, or the same key propagating to a parent
        # The time the key was pressed (platform timestamp, ms) when there is one: a UI thread busy for a
        # moment must not split one scan in two, as the keys then arrive queued, with small gaps.
        now = event.timestamp() / 1000 if event.timestamp() else time.monotonic()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):  # scanners end with Enter or Tab
            text, first, last = self.buffer, self._first, self._last
            self.buffer = ""
            fast = (
                len(text) >= self.MIN_LENGTH
                and now - last <= self.MAX_GAP
                and (now - first) / len(text) <= self.MAX_AVERAGE
            )
            if not fast:
                return False
            if isinstance(obj, QLineEdit) and obj.text().endswith(text):
                obj.setText(obj.text()[: -len(text)])
            self.scanned.emit(text)
            return True
        text = event.text()
        if not text or not text.isprintable() or text.isspace():
            return False  # badge codes have no spaces: Space still presses the focused button
        if now - self._last > self.MAX_GAP:
            self.buffer, self._first = "", now
        self.buffer += text
        self._last = now
        # Keys for a text field pass through; anything else (a button, the session list…) must not act on
        # a scanner's keystrokes — a focused session list would otherwise jump to another session.
        editable = isinstance(obj, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox) or (
            isinstance(obj, QComboBox) and obj.isEditable()
        )
        return not editable
