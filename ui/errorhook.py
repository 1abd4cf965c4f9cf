"""One error path for the whole window: anything a click handler lets escape is logged and shown.

Without it, an exception in a slot went to a terminal the trainer never sees, and the button simply
did nothing. Now every unexpected exception is written to the data folder's log (types and code
locations only, no personal data: ``workshop_kit.problemlog``) and a dialog says, in the trainer's
language, that something went wrong and how to send a problem report. Expected refusals
(``WorkshopKitError``) are shown as what they are, a message about the data, not as a failure.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from workshop_kit import problemlog
from workshop_kit.errors import WorkshopKitError


def tr(text: str) -> str:
    return QCoreApplication.translate("errorhook", text)


class ErrorHook:
    """``sys.excepthook`` for the app (PySide6 routes exceptions raised in slots there)."""

    def __init__(self, parent: Callable[[], QWidget | None]) -> None:
        self.parent = parent
        self.shown: list[str] = []  # what the dialogs said, for tests and the log
        self._busy = False

    def __call__(self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if exc is not None and isinstance(exc, WorkshopKitError):
            self._show(QMessageBox.Warning, str(exc))
            return
        problemlog.log_exception(exc_type, exc, tb, "window")
        self._show(QMessageBox.Critical, tr(
            "Something went wrong ({kind}); what you were doing may not have been saved. The details are in "
            "the log; to send them, use Help → Save a problem report.").format(kind=exc_type.__name__))

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        self.shown.append(text)
        if self._busy:  # an error while the dialog is open: logged, not stacked
            return
        self._busy = True
        try:
            box = QMessageBox(icon, tr("Workshop Kit"), text, QMessageBox.Ok, self.parent())
            box.exec()
        finally:
            self._busy = False


def install(parent: Callable[[], QWidget | None]) -> ErrorHook:
    hook = ErrorHook(parent)
    sys.excepthook = hook
    return hook
