"""Work-arounds for bugs of the Qt binding that would otherwise crash the app at the door.

PySide6 6.12 on Python 3.11 releases one reference to ``None`` it never took on every call of a Qt
method that returns nothing (``setText``, ``repaint``, …), and sometimes one to ``True``/``False``.
Python 3.12 made these objects immortal, which hides the bug there; on 3.11 the count reaches zero
after some thousands of calls — a few hundred scans at the check-in screen — and the interpreter
aborts with "deallocating None". ``keep_singletons_alive`` gives the three objects a reference count
no such leak can exhaust, which is what Python 3.12 does for them.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40


def keep_singletons_alive() -> None:
    """Idempotent; does nothing on Python 3.12 and later (immortal objects)."""
    if sys.version_info >= (3, 12):
        return
    for obj in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field of every object
        if refcount.value < _MARGIN:
            refcount.value += _MARGIN
