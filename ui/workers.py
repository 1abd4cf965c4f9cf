"""Run core work off the UI thread, with progress, cancellation and one error path.

Like Anki's ``QueryOp``: ``run_task(parent, fn, *args, on_done=…)`` runs ``fn(progress, cancelled,
*args)`` on the thread pool; ``progress(done, total, message)`` and the result come back as signals
on the UI thread; ``cancelled()`` tells the function to stop at a safe point.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object, str)


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self.fn, self.args = fn, args
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self.cancelled, *self.args)
        except BaseException as exc:  # noqa: BLE001 - reported to the UI thread
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)

    def _progress(self, done: int, total: int, message: str = "") -> None:
        self.signals.progress.emit(done, total, message)


_running: set[Task] = set()


def run_task(
    parent: QObject | None,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> Task:
    task = Task(fn, args)
    _running.add(task)

    def finished(result: Any) -> None:
        _running.discard(task)
        if on_done:
            on_done(result)

    def failed(exc: BaseException, tb: str) -> None:
        _running.discard(task)
        if on_error:
            on_error(exc)
        else:
            show_error(parent, exc, tb)

    task.signals.done.connect(finished)
    task.signals.failed.connect(failed)
    if on_progress:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task


def show_error(parent: QObject | None, exc: BaseException, tb: str = "") -> None:
    """The one warning path: user errors show their message; bugs show the details too."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox, QWidget

    from workshop_kit.errors import WorkshopKitError

    title = QCoreApplication.translate("workers", "Workshop Kit")
    box = QMessageBox(parent if isinstance(parent, QWidget) else None)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(title)
    if isinstance(exc, WorkshopKitError):
        box.setText(str(exc))
    elif isinstance(exc, OSError) and os_error_text(exc):
        box.setText(os_error_text(exc))  # the trainer's language, not the system's English
    else:
        box.setText(QCoreApplication.translate("workers", "Something went wrong: {error}").format(error=exc))
        box.setDetailedText(tb)
    box.open()


def os_error_text(exc: OSError) -> str | None:
    """A file problem said in the trainer's language, with the file and what to do; None if unknown."""
    import errno

    from PySide6.QtCore import QCoreApplication

    path = exc.filename or ""
    denied = QCoreApplication.translate(
        "workers",
        "Workshop Kit may not write or read {path}. Choose another folder, or close the program that has the file open.",
    )
    texts = {
        errno.EACCES: denied,
        errno.EPERM: denied,
        errno.ENOENT: QCoreApplication.translate(
            "workers", "{path} does not exist (any more). Check the folder, or choose the file again."),
        errno.ENOSPC: QCoreApplication.translate(
            "workers", "The disk is full: nothing could be written to {path}. Free some space and try again."),
        errno.EROFS: QCoreApplication.translate(
            "workers", "{path} is on a read-only disk or USB key. Choose another folder."),
    }
    text = texts.get(exc.errno)
    return text.format(path="\u2066" + str(path) + "\u2069") if text else None


def wait_all(timeout_ms: int = 10000) -> bool:
    """For tests and shutdown: wait for running tasks."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
