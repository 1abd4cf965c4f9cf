"""What the curricula tabs share: item role, notice style, language list, durations, save paths."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QWidget,
)

from workshop_kit.i18n import LANGUAGE_NAMES, LANGUAGES

ROLE = Qt.UserRole
NOTICE_STYLE = "background: #fff4ce; color: #5c4400; border: 1px solid #e8d18a; border-radius: 4px; padding: 4px 8px;"


def _language_combo() -> QComboBox:
    combo = QComboBox()
    for code in LANGUAGES:
        combo.addItem(LANGUAGE_NAMES[code], code)
    return combo


def _hm(minutes: int) -> str:
    """3 h 30 / 45 min; in Arabic "210 دقيقة" (hours and minutes mixed with letters reorder badly)."""
    h, m = divmod(int(minutes), 60)
    if h and QCoreApplication.instance().layoutDirection() == Qt.LeftToRight:
        return QCoreApplication.translate("curricula", "{h} h {m:02d}").format(h=h, m=m)
    return QCoreApplication.translate("curricula", "%n min", "", int(minutes) if h else m)


def _ask_save_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), "Word (*.docx)")
    if not name:
        return None
    return Path(name if name.lower().endswith(".docx") else name + ".docx")
