"""The assessment trend chart: one line per aspect and a bold line for the total, in percent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from kopdes_desktop.ui.widgets.dates import to_qdate

PALETTE = ("#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#ad1457", "#5d4037")
TOTAL_COLOR = "#b0102a"


@dataclass(frozen=True)
class TrendPoint:
    """One assessment: its date, each aspect's percent (by title) and the total's percent."""

    on: date
    aspects: dict[str, float]
    total_percent: float


def _at(day: date, hour: int) -> QDateTime:
    """``day`` at ``hour`` o'clock, local time."""
    return QDateTime(to_qdate(day), QTime(hour, 0))


def _msecs(day: date) -> float:
    return float(_at(day, 12).toMSecsSinceEpoch())


class TrendChart(QChartView):
    """Percent of the maximum per aspect over time, with the total drawn on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.chart_ = QChart()
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(self.chart_)
        self.series_names: list[str] = []

    def set_points(self, points: list[TrendPoint], total_label: str, date_format: str) -> None:
        """Draw ``points`` (oldest first); an empty list clears the chart."""
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.series_names = []
        if not points:
            return
        x_axis = QDateTimeAxis()
        x_axis.setFormat(date_format)
        x_axis.setTickCount(min(max(len(points), 2), 7))
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setLabelFormat("%d%%")
        y_axis.setTickCount(6)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        titles = list(dict.fromkeys(t for p in points for t in p.aspects))
        for index, title in enumerate(titles):
            series = self._series(title, QColor(PALETTE[index % len(PALETTE)]), 2)
            for point in points:
                if title in point.aspects:
                    series.append(_msecs(point.on), point.aspects[title])
            self._attach(series, x_axis, y_axis)
        total = self._series(total_label, QColor(TOTAL_COLOR), 4)
        for point in points:
            total.append(_msecs(point.on), point.total_percent)
        self._attach(total, x_axis, y_axis)
        first, last = points[0].on, points[-1].on
        x_axis.setRange(_at(first, 0), _at(last, 23))

    def _series(self, name: str, color: QColor, width: int) -> QLineSeries:
        series = QLineSeries()
        series.setName(name)
        series.setPen(QPen(color, width))
        series.setPointsVisible(True)
        self.series_names.append(name)
        return series

    def _attach(self, series: QLineSeries, x_axis: QDateTimeAxis, y_axis: QValueAxis) -> None:
        self.chart_.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
