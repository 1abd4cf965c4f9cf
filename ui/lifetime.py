"""Worker results for widgets that may be gone: a page or dialog can close while its worker runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from shiboken6 import isValid


def alive(widget: QObject, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """``callback``, called only if ``widget`` still exists when the result arrives."""

    def call(result: Any) -> None:
        if isValid(widget):
            callback(result)

    return call
