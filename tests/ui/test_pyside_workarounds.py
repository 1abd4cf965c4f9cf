"""The door screen survives thousands of Qt calls (PySide6 6.12 + Python 3.11 reference leak on None)."""

import sys

from PySide6.QtWidgets import QLabel


def test_none_outlives_many_void_qt_calls(qtbot):
    from ui.pyside_workarounds import keep_singletons_alive

    keep_singletons_alive()
    keep_singletons_alive()  # idempotent
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(20_000):  # more than None's whole reference count without the work-around
        label.setText("x")
    assert sys.getrefcount(None) > 1_000_000 or sys.version_info >= (3, 12)
    assert before > 0
