"""The first page of a filled certificate template, drawn from the PDF LibreOffice made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class PreviewDialog(QDialog):
    """The first page of a filled template, drawn from the PDF LibreOffice made."""

    def __init__(self, pdf_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QPixmap
        from PySide6.QtPdf import QPdfDocument

        self.setWindowTitle(self.tr("Preview with sample data"))
        self.document = QPdfDocument(self)
        self.document.load(str(pdf_path))
        label = QLabel()
        if self.document.pageCount():
            size = self.document.pagePointSize(0)
            image = self.document.render(0, QSize(int(size.width() * 1.3), int(size.height() * 1.3)))
            label.setPixmap(QPixmap.fromImage(image))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
