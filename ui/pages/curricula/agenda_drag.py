"""Drag and drop for the agenda builder: the module list is a source, the plan a target."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTreeWidget,
)

from workshop_kit.curricula_agenda import AgendaEntry

from .common import ROLE

if TYPE_CHECKING:
    from .agenda_tab import AgendaTab


MIME = "application/x-workshop-kit-agenda"


class _SessionSource(QTreeWidget):
    """The module list: a module or one of its sessions can be dragged onto a day of the plan."""

    def mimeData(self, items):  # noqa: ANN001, ANN201, N802 - Qt API
        data = QMimeData()
        if items:
            module_id, index = items[0].data(0, ROLE)
            if index != -2:
                data.setData(MIME, QByteArray(f"new|{module_id}|{index}".encode()))
        return data

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [MIME]


class _PlanTree(QTreeWidget):
    """The plan: accepts a module/session from the list, or a planned session dragged to another day."""

    def __init__(self, tab: AgendaTab) -> None:
        super().__init__()
        self.tab = tab
        self.setAcceptDrops(True)
        self.setDragEnabled(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDrop)

    def mimeData(self, items):  # noqa: ANN001, ANN201, N802 - Qt API
        data = QMimeData()
        if items and isinstance(items[0].data(0, ROLE), AgendaEntry):
            data.setData(MIME, QByteArray(f"move|{id(items[0].data(0, ROLE))}|0".encode()))
        return data

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [MIME]

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if event.mimeData().hasFormat(MIME) and self.itemAt(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        item = self.itemAt(event.position().toPoint())
        payload = bytes(event.mimeData().data(MIME)).decode()
        if item is not None and payload:
            self.tab.drop(payload, item)
            event.acceptProposedAction()
        else:
            event.ignore()
