"""Python's cycle collector runs on the UI thread only.

Collected on a worker thread, a cycle holding Qt wrappers destroys widgets off the UI thread: the app
crashed in an event filter while a background job ran. Like Anki and Calibre, the app turns automatic
collection off and collects from a timer on the UI thread.
"""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtWidgets import QLabel


@pytest.fixture
def collector(qapp):
    from ui.gc_guard import install_main_thread_gc

    guard = install_main_thread_gc(qapp, interval_ms=50)
    guard.timer.setInterval(50)
    yield guard
    guard.stop()


def test_cycles_are_collected_on_the_ui_thread_only_while_a_worker_allocates(qtbot, collector):
    threads: list[str] = []

    def record(phase: str, info: dict) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(record)
    try:
        def churn() -> None:  # a background job building garbage cycles, as parsing and reports do
            for _ in range(200_000):
                a: list = []
                a.append(a)

        worker = threading.Thread(target=churn, name="worker")
        worker.start()
        worker.join()
        label = QLabel("cycle")
        label.cycle = label  # a Qt wrapper in a garbage cycle
        del label
        qtbot.waitUntil(lambda: bool(threads), timeout=3000)
    finally:
        gc.callbacks.remove(record)
    assert "worker" not in threads
    assert set(threads) == {threading.main_thread().name}


def test_the_app_turns_automatic_collection_off(qapp):
    from ui.app import ensure_app
    from ui.gc_guard import MainThreadCollector

    app = ensure_app()
    try:
        assert not gc.isenabled()
        assert app.findChild(MainThreadCollector).timer.isActive()
    finally:
        app.findChild(MainThreadCollector).stop()


def test_what_start_up_built_is_frozen_out_of_later_collections(qtbot, qapp):
    """A full collection of the start-up objects took about 35 ms on the UI thread; frozen, almost nothing."""
    from ui.gc_guard import install_main_thread_gc

    guard = install_main_thread_gc(qapp)
    try:
        guard.settle()
        assert gc.get_freeze_count() > 1000
    finally:
        guard.stop()
    assert gc.get_freeze_count() == 0 and gc.isenabled()
