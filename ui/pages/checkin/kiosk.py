"""Kiosk mode for the door: full screen with only the answer, the trainer's controls out of reach."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget


class Kiosk:
    """Hides the window's navigation, menus and toolbars and the page's trainer controls, and brings them back."""

    def __init__(self) -> None:
        self.on = False
        self._hidden: list[QWidget] = []
        self._controls: list[QWidget] = []
        self._was_maximized = False

    def enter(self, window: QWidget, controls: list[QWidget]) -> None:
        self.on = True
        # Participants see the door screen: the trainer's controls are out of their reach and sight.
        self._controls = [w for w in controls if not w.isHidden()]
        for w in self._controls:
            w.hide()
        hidden = [getattr(window, "nav", None), *window.findChildren(QToolBar)]
        if isinstance(window, QMainWindow):
            hidden += [window.menuBar(), window.statusBar()]
        self._hidden = [w for w in hidden if w is not None and w.isVisible()]
        for w in self._hidden:
            w.hide()
        self._was_maximized = window.isMaximized()
        window.showFullScreen()

    def leave(self, window: QWidget) -> None:
        self.on = False
        for w in self._controls + self._hidden:
            w.show()
        self._controls, self._hidden = [], []
        if window.isFullScreen():
            window.showMaximized() if self._was_maximized else window.showNormal()
