"""The one way to run core work off the UI thread (like Anki's ``CollectionOp``/``QueryOp``).

``run_job(parent, services, work, *args, label=…)`` runs ``work(db, progress, cancelled, *args)`` on
the thread pool with a database connection the job owns: opened on the worker thread, closed when
the work ends, whether it returns, raises or is cancelled. When the job runs longer than
``SHOW_AFTER_MS`` a progress dialog appears with ``label``, a bar fed by ``progress(done, total,
message)`` and a Cancel button that makes ``cancelled()`` true (core functions then stop at a safe
point with ``Cancelled``). What the core wrote meanwhile (``workshop_kit.changes``) is published
through ``AppState.publish`` once, on the UI thread, so every page showing that data refreshes itself;
then ``on_done(result)`` runs. A failure goes to ``on_error`` or the one error dialog
(``workers.show_error``); a cancel to ``on_cancelled`` or a message saying what was kept.

``database=False`` is for work on files only (documents from the curricula, the template preview,
the problem report): ``work(progress, cancelled, *args)`` gets no connection, so it also runs when
the data file cannot be opened.
``dialog=False`` is for quick reads that refresh a page in the background (no dialog, no cancel).
``exclusive=True`` is for work that replaces the app's own data file (encryption): it gets no
connection of its own (``work(progress, cancelled, *args)`` uses ``services.db``), waits for the
other workers first, and blocks the whole window while it runs.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from workshop_kit import changes as changes_mod
from workshop_kit.changes import NOTHING, ChangeSet
from workshop_kit.errors import Cancelled

from .services import Services
from .workers import Task, run_task, show_error, wait_all

SHOW_AFTER_MS = 300


def open_job_database(services: Services) -> Any:
    """A connection for one job, on the calling (worker) thread; the job closes it."""
    from workshop_kit.db import open_database

    return open_database(services.data_dir, lock=False, auto_backup=False, check=False).db


class Job(QObject):
    """One running job: its task, its progress dialog, and what it wrote (``changes``)."""

    def __init__(self, parent: QWidget | None, label: str, cancellable: bool, exclusive: bool, dialog: bool) -> None:
        super().__init__(parent)
        self.label = label
        self.changes: ChangeSet = NOTHING
        self.db: Any = None  # the job's own connection (closed when the work ends)
        self.task: Task | None = None
        self.finished = False
        self.on_progress: Callable[[int, int, str], None] | None = None
        self.dialog = QProgressDialog(label, QCoreApplication.translate("jobs", "Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(QCoreApplication.translate("jobs", "Workshop Kit"))
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS if dialog else 2**30)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.setWindowModality(Qt.ApplicationModal if exclusive else Qt.WindowModal)
        self.cancellable = cancellable
        if cancellable:
            self.dialog.canceled.connect(self.cancel)
        self.dialog.hide()
        if dialog:
            QTimer.singleShot(0 if exclusive else SHOW_AFTER_MS, self._show)

    def _show(self) -> None:
        if not self.finished:
            self.dialog.show()

    def cancel(self) -> None:
        """What the Cancel button does: the work stops at its next safe point."""
        if self.task is not None and not self.finished:
            self.task.cancel()
            self.dialog.setLabelText(self.label + "\n" + QCoreApplication.translate("jobs", "Stopping…"))

    def progress(self, done: int, total: int, message: str) -> None:
        if self.finished:
            return
        if self.on_progress is not None:
            self.on_progress(done, total, message)
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if message and not self.task_cancelled():
            self.dialog.setLabelText(self.label + "\n" + message)

    def task_cancelled(self) -> bool:
        return self.task is not None and self.task.cancelled()

    def end(self) -> None:
        self.finished = True
        if self.cancellable:
            self.dialog.canceled.disconnect(self.cancel)
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()


def run_job(
    parent: QWidget | None,
    services: Services,
    work: Callable[..., Any],
    *args: Any,
    label: str,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[Cancelled], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    cancellable: bool = True,
    exclusive: bool = False,
    dialog: bool = True,
    database: bool = True,
) -> Job:
    """Run ``work`` as a job (see the module's docstring); returns the ``Job``."""
    if exclusive:
        wait_all(30000)  # no worker may hold its own connection to the file meanwhile
        services.state.exclusive = True
    job = Job(parent, label, cancellable, exclusive, dialog)
    job.on_progress = on_progress

    def body(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool], *a: Any) -> Any:
        with changes_mod.collect() as collected:
            try:
                if exclusive or not database:
                    return work(progress, cancelled, *a)
                job.db = open_job_database(services)
                try:
                    return work(job.db, progress, cancelled, *a)
                finally:
                    job.db.conn.close()
            finally:
                job.changes = collected.changes

    def finish() -> None:
        if isValid(job):  # the page or dialog that started the job may be gone
            job.end()
        if exclusive:
            services.state.exclusive = False
        services.state.publish(job.changes)  # also after a failure: what was committed before it

    def done(result: Any) -> None:
        finish()
        if on_done and isValid(job):
            on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        if not isValid(job):
            return
        if isinstance(exc, Cancelled):
            if on_cancelled:
                on_cancelled(exc)
            else:
                box = QMessageBox(QMessageBox.Information, QCoreApplication.translate("jobs", "Workshop Kit"), str(exc), parent=_widget(parent))
                box.open()
        elif on_error:
            on_error(exc)
        else:
            show_error(parent, exc, "".join(traceback.format_exception(exc)))

    job.task = run_task(parent, body, *args, on_done=done, on_error=failed, on_progress=job.progress)
    return job


def _widget(parent: QObject | None) -> QWidget | None:
    return parent if isinstance(parent, QWidget) else None
