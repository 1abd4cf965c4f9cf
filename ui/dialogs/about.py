"""About dialog: versions of the app and of the parts it is built on."""

from __future__ import annotations

import platform
import sqlite3
from importlib.metadata import PackageNotFoundError, version

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

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
        "sqlcipher3 (encryption)": _v("sqlcipher3"),
    }


class AboutDialog(QDialog):
    def __init__(self, services: Services, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Workshop Kit"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            "<h2>Workshop Kit</h2><p>"
            + self.tr("Offline toolkit for Al Wassit trainers: curricula, participants, QR check-in, attendance and certificates.")
            + "</p>"
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = "".join(f"<tr><td>{k}</td><td><b>{v}</b></td></tr>" for k, v in versions().items())
        table = QLabel(f"<table cellspacing='6'>{rows}</table>")
        layout.addWidget(table)
        layout.addWidget(QLabel(self.tr("Data file: {path}").format(path=ltr_text(services.db_path))))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
