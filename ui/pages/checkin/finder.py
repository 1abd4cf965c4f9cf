"""The name search of the door screen: forgot the badge? Type a name or the code printed on it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import checkin as core
from workshop_kit.badges import is_token_format, normalise_short_code

from ...widgets import ltr_text

if TYPE_CHECKING:
    from .page import CheckinPage


class FinderPanel(QWidget):
    """Search box, list of enrolled people, and the buttons that act on the selected person."""

    def __init__(self, page: CheckinPage) -> None:
        super().__init__(page)
        self.page = page
        self.search_timer = QTimer(self, singleShot=True, interval=150, timeout=self.run_search)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Forgot the badge? Type a name, or the code printed on the badge"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.search_entered)
        self.results = QListWidget()
        self.results.itemActivated.connect(self.check_in_item)
        self.check_button = QPushButton(self.tr("Check in"))
        self.check_button.clicked.connect(lambda: self.check_in_item(self.results.currentItem()))
        self.walk_in_button = QPushButton(self.tr("Walk-in…"))
        self.walk_in_button.clicked.connect(page.walk_in)
        self.replace_button = QPushButton(self.tr("Replace lost badge"))
        self.replace_button.setToolTip(self.tr("Revoke the selected person's badge and issue a new code"))
        self.replace_button.clicked.connect(lambda: page.replace_badge(self.results.currentItem()))
        self.revoke_badge_button = QPushButton(self.tr("Revoke badge…"))
        self.revoke_badge_button.setToolTip(self.tr("The selected person's badge stops working; no new code is issued"))
        self.revoke_badge_button.clicked.connect(lambda: page.revoke_badge(self.results.currentItem()))
        self.print_button = QPushButton(self.tr("Print badges…"))
        self.print_button.setToolTip(self.tr("A Word sheet of badge cards (A4, 10 per page) and one PNG per person"))
        self.print_button.clicked.connect(lambda: page.print_badges())
        # Acting on "the selected person" needs one: the buttons wait for a name in the list.
        self.results.currentItemChanged.connect(lambda current, _previous: self._person_buttons(current is not None))
        self._person_buttons(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.revoke_badge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.walk_in_button)
        find = QVBoxLayout(self)
        find.setContentsMargins(0, 0, 0, 0)
        find.addWidget(self.search)
        find.addWidget(self.results, 1)
        find.addLayout(buttons)

    def search_entered(self) -> None:
        text = self.search.text().strip()
        if is_token_format(text) or normalise_short_code(text):
            self.search.clear()
            self.page.scan(text, "manual")
        elif self.results.count() == 1:
            self.check_in_item(self.results.item(0))

    def run_search(self) -> None:
        self.results.clear()
        page = self.page
        if not page.workshop_id:
            return
        for hit in core.search_enrolled(page.services.db, page.workshop_id, self.search.text(),
                                        page.effective_session_id()):
            label = hit["both_names"]
            if hit["organisation"]:
                label += f"  —  {hit['organisation']}"
            if hit["checked_in_at"]:
                label += "  ✓ " + ltr_text(hit["checked_in_at"])
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, hit["participant_id"])
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def check_in_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.page.scan("", "search", participant_id=item.data(Qt.ItemDataRole.UserRole))
        self.search.clear()

    def _person_buttons(self, enabled: bool) -> None:
        for button in (self.check_button, self.replace_button, self.revoke_badge_button):
            button.setEnabled(enabled)
