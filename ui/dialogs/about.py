"""About dialog: versions of the app and of the parts it is built on."""

from __future__ import annotations

import platform
import sqlite3
from importlib.metadata import PackageNotFoundError, version

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import __version__

from ..services import Services
from ..widgets import ltr_text


def _v(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "-"


def versions() -> dict[str, str]:
    return {
        "Workshop Kit": __version__,
        "Python": platform.python_version(),
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "SQLite": sqlite3.sqlite_version,
        "sqlite-utils": _v("sqlite-utils"),
        "python-docx": _v("python-docx"),
        "openpyxl": _v("openpyxl"),
        "zxing-cpp": _v("zxing-cpp"),
        "cryptography": _v("cryptography"),
        "sqlcipher3": _v("sqlcipher3"),
    }


def leading_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A label aligned to the start of the layout (the right in Arabic), even when its text is Latin.

    QLabel aligns plain text by the direction of the text itself, so "Workshop Kit" or "3.11.2" sat on
    the left of an Arabic dialog.
    """
    label = QLabel(text, parent)
    side = Qt.AlignmentFlag.AlignRight if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft \
        else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    return label


class AboutDialog(QDialog):
    """Versions in a form that follows the layout direction: in Arabic the names are on the right, and each
    Latin name, version and path is an isolated left-to-right run (``ltr_text``)."""

    def __init__(self, services: Services, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Workshop Kit"))
        layout = QVBoxLayout(self)
        self.heading = leading_label(ltr_text("Workshop Kit"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        intro = leading_label(
            self.tr("Offline toolkit for Al Wassit trainers: curricula, participants, QR check-in, attendance and certificates."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.version_rows: dict[str, tuple[QLabel, QLabel]] = {}
        for name, value in versions().items():
            shown = f"{ltr_text(name)} ({self.tr('encryption')})" if name == "sqlcipher3" else ltr_text(name)
            key, val = leading_label(shown), leading_label(f"<b>{ltr_text(value)}</b>")
            key.setTextFormat(Qt.TextFormat.PlainText)
            val.setTextFormat(Qt.TextFormat.RichText)
            form.addRow(key, val)
            self.version_rows[name] = (key, val)
        layout.addLayout(form)
        self.data_file = leading_label(self.tr("Data file: {path}").format(path=ltr_text(services.db_path)))
        self.data_file.setWordWrap(True)
        self.data_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.data_file)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
