"""Choosing a workshop's modules by their titles: trainers never read or type ids such as ``m03-public-services``.

The ids stay inside (item data, what is saved). A module already on the workshop but not installed on this
computer (added on another laptop) is listed as such, kept checked, and saved back unchanged.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QStyledItemDelegate, QWidget

from workshop_kit.curricula import load_catalog
from workshop_kit.i18n import language

ID_ROLE = Qt.ItemDataRole.UserRole


def module_titles(data_dir: Path) -> dict[str, str]:
    """Installed module ids → their title in the trainer's language, in the curricula's order."""
    lang = language()
    return {m.id: m.title(lang) for m in load_catalog(data_dir).sorted()}


class ModulePicker(QListWidget):
    """A checkable list of the installed modules, by title; ``ids()`` is what the workshop stores."""

    changed = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setUniformItemSizes(True)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.set_ids([])

    def set_ids(self, ids: list[str] | tuple[str, ...]) -> None:
        """Show every installed module, checked when in ``ids``; ids not installed here come last, checked."""
        self.blockSignals(True)
        self.clear()
        titles = module_titles(self.data_dir)
        chosen = set(ids)
        for module_id, title in titles.items():
            self._add(module_id, title, module_id in chosen)
        for module_id in (m for m in ids if m not in titles):
            item = self._add(module_id, self.tr("A module not installed on this computer"), True)
            item.setToolTip(self.tr("Added on another computer; kept as it is. Uncheck it to take it off the workshop."))
        self.blockSignals(False)
        rows = min(max(self.count(), 3), 9)
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4)
        scroll = self.verticalScrollBar().sizeHint().width() if self.count() > rows else 0
        # wide enough for the longest title (they were cut off in New workshop), within a laptop's screen
        self.setMinimumWidth(min(self.sizeHintForColumn(0) + 2 * self.frameWidth() + scroll + 8, 640))
        self.changed.emit()

    def _add(self, module_id: str, title: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(title, self)
        item.setToolTip(title)
        item.setData(ID_ROLE, module_id)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def items(self) -> list[QListWidgetItem]:
        return [self.item(i) for i in range(self.count())]

    def ids(self) -> list[str]:
        return [i.data(ID_ROLE) for i in self.items() if i.checkState() == Qt.CheckState.Checked]

    def check_title(self, title: str, checked: bool = True) -> None:
        """Tick a module by the title the trainer reads (tests and keyboard users go by titles too)."""
        item = next(i for i in self.items() if i.text() == title)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class ModuleChoiceDelegate(QStyledItemDelegate):
    """A session's module shown by its title and chosen from a list of titles; the cell keeps the id."""

    def __init__(self, data_dir: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.data_dir = data_dir

    def title(self, module_id: str) -> str:
        module_id = (module_id or "").strip()
        if not module_id:
            return ""
        return module_titles(self.data_dir).get(module_id) or self.tr("A module not installed on this computer")

    def displayText(self, value, locale) -> str:  # noqa: ANN001, N802 - Qt API
        return self.title(str(value or ""))

    def createEditor(self, parent: QWidget, option, index) -> QComboBox:  # noqa: ANN001, N802 - Qt API
        combo = QComboBox(parent)
        combo.addItem(self.tr("(no module)"), "")
        for module_id, title in module_titles(self.data_dir).items():
            combo.addItem(title, module_id)
        current = str(index.data(Qt.ItemDataRole.EditRole) or "").strip()
        if current and combo.findData(current) < 0:
            combo.addItem(self.title(current), current)
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:  # noqa: ANN001, N802 - Qt API
        editor.setCurrentIndex(max(0, editor.findData(str(index.data(Qt.ItemDataRole.EditRole) or "").strip())))

    def setModelData(self, editor: QComboBox, model, index) -> None:  # noqa: ANN001, N802 - Qt API
        model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)
