"""Python's cycle collector, run on the UI thread only.

Automatic collection runs on whichever thread happens to allocate. When that is a worker thread and
the garbage holds Qt wrappers (a dialog in a reference cycle, a lambda holding its page), widgets
are destroyed off the UI thread and the app can crash — it did, inside an event filter while a
background job ran. As Anki and Calibre do, automatic collection is turned off and a timer on the
UI thread collects whenever the allocation counters pass Python's own thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    """Collects the generations whose counters passed their thresholds, from a UI-thread timer."""

    def __init__(self, parent: QObject, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

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
        gc.enable()
        gc.collect()


def install_main_thread_gc(parent: QObject, interval_ms: int = 1000) -> MainThreadCollector:
    """Turn automatic collection off and collect from the UI thread (once per application)."""
    existing = parent.findChild(MainThreadCollector)
    if existing is not None:
        gc.disable()
        return existing
    return MainThreadCollector(parent, interval_ms)
