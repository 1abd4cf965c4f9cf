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


def module_file_name(title: str, kind: str, lang: str) -> str:
    """A file name from the module's title ("mots-et-realites-de-la-migration-au-maroc-test-fr.docx"):
    trainers read titles, not ids such as m01-migration-terms, in the save dialog too."""
    import re
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFKD", title) if not unicodedata.combining(c))
    stem = re.sub(r"[^\w]+", "-", plain.lower()).strip("-_")[:60].rstrip("-_") or "module"
    return f"{stem}-{kind}-{lang}.docx"


def _ask_save_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), "Word (*.docx)")
    if not name:
        return None
    return Path(name if name.lower().endswith(".docx") else name + ".docx")
