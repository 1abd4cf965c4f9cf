"""Python's cycle collector, run on the UI thread only.

Automatic collection runs on whichever thread happens to allocate. When that is a worker thread and
the garbage holds Qt wrappers (a dialog in a reference cycle, a lambda holding its page), widgets
are destroyed off the UI thread and the app can crash — it did, inside an event filter while a
background job ran. As Anki and Calibre do, automatic collection is turned off and a timer on the
UI thread collects whenever the allocation counters pass Python's own thresholds. A few seconds
after start-up, what exists then (modules, the window, its pages: about 90,000 objects) is collected
once and frozen out of later collections: a full collection then scans only what came after,
instead of taking about 35 ms on the UI thread (a pause a scan at the door could fall into).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

SETTLE_MS = 5000  # the window and its first page are built by then


class MainThreadCollector(QObject):
    """Collects the generations whose counters passed their thresholds, from a UI-thread timer."""

    def __init__(self, parent: QObject, interval_ms: int = 1000, settle_ms: int = SETTLE_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(settle_ms, self, self.settle)

    def settle(self) -> None:
        """Collect once, then keep what start-up built out of every later collection."""
        if not self.timer.isActive():  # stopped meanwhile: automatic collection is back
            return
        gc.collect()
        gc.freeze()

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Back to automatic collection (tests, and an application that is closing)."""
        self.timer.stop()
        self.setParent(None)
        gc.unfreeze()
        gc.enable()
        gc.collect()


def install_main_thread_gc(parent: QObject, interval_ms: int = 1000) -> MainThreadCollector:
    """Turn automatic collection off and collect from the UI thread (once per application)."""
    existing = parent.findChild(MainThreadCollector)
    if existing is not None:
        gc.disable()
        return existing
    return MainThreadCollector(parent, interval_ms)
