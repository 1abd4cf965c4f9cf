"""The donor report's bars: one widget for the report view and the programme dashboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from ui.charts import BAR_COLOUR, BarChart


def _bar_columns(chart: BarChart) -> list[int]:
    image = QImage(chart.size(), QImage.Format_RGB32)
    image.fill(QColor("white"))
    chart.render(image)
    colour = QColor(BAR_COLOUR).rgb()
    y = 5 + 14  # inside the first row's bar
    return [x for x in range(image.width()) if image.pixel(x, y) == colour]


@pytest.mark.parametrize("direction", [Qt.LeftToRight, Qt.RightToLeft])
def test_bars_grow_from_the_labels_in_both_directions(qtbot, direction) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.setLayoutDirection(direction)
    chart.resize(600, 200)
    chart.set_rows([("Marocaine", 8), ("Autre Afrique", 4), ("Autre", "<3")])
    columns = _bar_columns(chart)
    assert columns, "the largest count has a bar"
    if direction == Qt.LeftToRight:
        assert min(columns) >= 200 - 10  # after the labels on the left
    else:
        assert max(columns) <= 400 + 10  # before the labels on the right
    assert chart.sizeHint().height() >= 180


def test_the_report_view_and_the_programme_page_draw_with_the_same_widget(window, services, demo, qtbot) -> None:
    from ui.pages.report_view import ReportView

    view = ReportView(services)
    qtbot.addWidget(view)
    programme = window.show_section("programme")
    assert type(view.bars) is type(programme.bars) is BarChart
