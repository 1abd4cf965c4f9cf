"""The one way the app draws the donor report's breakdowns: horizontal bars painted with QPainter.

Label | bar | count, one row per category, like the bars of the Word summary (``programme.py``): the
labels are text laid out by Qt (Arabic shaped, the whole chart mirrored right to left), a suppressed
count ("<3") gets no bar but keeps its label, and no chart module is needed. The workbook has Excel's
own charts (``report.write_xlsx``), which a donor can restyle.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

BAR_COLOUR = "#2f6f9f"
ROW_HEIGHT = (14, 28)  # pixels: the smallest and the largest a row gets


def bar_value(count: int | str) -> int:
    """Suppressed cells ("<3") are drawn as empty bars; their label says "<3"."""
    return count if isinstance(count, int) else 0


class BarChart(QWidget):
    """Horizontal bars for ``[(label, count), …]``; ``rows`` is what is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int | str]] = []
        self.setMinimumHeight(180)

    def set_rows(self, rows: list[tuple[str, int | str]]) -> None:
        self.rows = list(rows)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(400, max(180, 10 + len(self.rows) * ROW_HEIGHT[1]))

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt API
        if not self.rows:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        rtl = self.layoutDirection() == Qt.RightToLeft
        low, high = ROW_HEIGHT
        label_w, h = min(220, self.width() // 3), max(low, min(high, (self.height() - 10) // len(self.rows)))
        count_w = max(46, p.fontMetrics().horizontalAdvance("00000"))
        top = max(bar_value(c) for _l, c in self.rows) or 1
        for i, (label, count) in enumerate(self.rows):
            y = 5 + i * h
            bar_w = max(0, self.width() - label_w - count_w - 14) * bar_value(count) / top
            label_rect = QRectF(self.width() - label_w if rtl else 0, y, label_w - 8, h)
            text = p.fontMetrics().elidedText(label, Qt.ElideRight, int(label_rect.width()))
            p.drawText(label_rect, (Qt.AlignLeft if rtl else Qt.AlignRight) | Qt.AlignVCenter, text)
            x = self.width() - label_w - bar_w if rtl else label_w
            p.fillRect(QRectF(x, y + 3, bar_w, h - 6), QColor(BAR_COLOUR))
            text_x = x - count_w - 4 if rtl else x + bar_w + 4
            p.drawText(QRectF(text_x, y, count_w, h), (Qt.AlignRight if rtl else Qt.AlignLeft) | Qt.AlignVCenter,
                       str(count))
        p.end()
