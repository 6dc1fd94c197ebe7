"""The report charts, drawn with reportlab graphics; every label uses the embedded font."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from kopdes_desktop.core.formatting import number
from kopdes_desktop.reports import fonts

NOW = colors.HexColor("#1F6FB2")
BEFORE = colors.HexColor("#B0B8C1")
SERIES = (
    colors.HexColor("#1F6FB2"),
    colors.HexColor("#2E7D32"),
    colors.HexColor("#C62828"),
    colors.HexColor("#EF6C00"),
)


def _wrap(text: str, width: int = 16) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def radar(
    labels: Sequence[str],
    percents: Sequence[float],
    previous: Sequence[float] | None = None,
    width: float = 240,
    height: float = 200,
) -> Drawing:
    """Aspect percentages (0..100) on a spider chart, with the previous result in grey."""
    fonts.register()
    drawing = Drawing(width, height)
    chart = SpiderChart()
    chart.x, chart.y = 55, 28
    chart.width, chart.height = width - 110, height - 52
    rows = [list(previous), list(percents)] if previous else [list(percents)]
    chart.data = [[max(0.0, min(100.0, v)) for v in row] for row in rows]
    chart.labels = [_wrap(label) for label in labels]
    chart.strandLabels.fontName = fonts.REGULAR
    chart.strandLabels.fontSize = 6.5
    chart.spokeLabels.fontName = fonts.REGULAR
    chart.spokeLabels.fontSize = 6.5
    chart.spokeLabels.fillColor = colors.HexColor("#333333")
    chart.spokes.strokeColor = colors.HexColor("#C8CED6")
    chart.strands.strokeWidth = 1.2
    for index, color in enumerate([BEFORE, NOW] if previous else [NOW]):
        chart.strands[index].strokeColor = color
        chart.strands[index].fillColor = colors.Color(color.red, color.green, color.blue, 0.18)
        chart.strands[index].symbol = makeMarker("FilledCircle", size=2.5)
        chart.strands[index].symbol.fillColor = color
    chart.spokeLabels.dy = 0
    chart.strandLabels.visible = 0
    chart.spokes.labelRadius = 1.14
    drawing.add(chart)
    return drawing


def legend(items: Sequence[tuple[colors.Color, str]], width: float = 240) -> Drawing:
    """A one-line legend of coloured swatches."""
    drawing = Drawing(width, 14)
    item = Legend()
    item.x, item.y = 0, 10
    item.fontName = fonts.REGULAR
    item.fontSize = 7
    item.alignment = "right"
    item.columnMaximum = 1
    item.deltax = 95
    item.dx = item.dy = 7
    item.colorNamePairs = list(items)
    drawing.add(item)
    return drawing


def trend(
    points: Sequence[tuple[str, float]],
    maximum: float,
    lang: str = "id",
    width: float = 240,
    height: float = 120,
) -> Drawing:
    """Total scores over time (label, value), oldest first."""
    fonts.register()
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = 24, 30
    plot.width, plot.height = width - 44, height - 42
    plot.data = [[(index, value) for index, (_label, value) in enumerate(points)]]
    plot.lines[0].strokeColor = NOW
    plot.lines[0].strokeWidth = 1.5
    plot.lines[0].symbol = makeMarker("FilledCircle", size=4)
    plot.lines[0].symbol.fillColor = NOW
    plot.xValueAxis.valueMin = -0.4
    plot.xValueAxis.valueMax = max(len(points) - 0.6, 0.6)
    plot.xValueAxis.valueSteps = list(range(len(points)))
    plot.xValueAxis.labelTextFormat = lambda v: (
        points[int(v)][0] if 0 <= int(v) < len(points) else ""
    )
    plot.xValueAxis.labels.fontName = fonts.REGULAR
    plot.xValueAxis.labels.fontSize = 6
    plot.xValueAxis.labels.angle = 30
    plot.xValueAxis.labels.boxAnchor = "ne"
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = maximum
    plot.yValueAxis.valueStep = maximum / 4
    plot.yValueAxis.labels.fontName = fonts.REGULAR
    plot.yValueAxis.labels.fontSize = 6.5
    plot.yValueAxis.labelTextFormat = "%d"
    plot.yValueAxis.visibleGrid = 1
    plot.yValueAxis.gridStrokeColor = colors.HexColor("#E3E7EC")
    plot.lineLabelFormat = lambda v: number(v, 1, lang)
    plot.lineLabels.fontName = fonts.REGULAR
    plot.lineLabels.fontSize = 6.5
    plot.lineLabels.dy = 5
    drawing.add(plot)
    return drawing


def grouped_bars(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    width: float = 480,
    height: float = 150,
) -> Drawing:
    """Counts per category (e.g. per cooperative) for a few named series, with a legend."""
    fonts.register()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 24
    chart.width, chart.height = width - 40, height - 52
    chart.data = [list(values) or [0] for _name, values in series]
    chart.categoryAxis.categoryNames = list(categories) or [""]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    top = max([max(values) for _name, values in series if values] + [1])
    chart.valueAxis.valueMax = top + 1
    chart.valueAxis.valueStep = max(1, round((top + 1) / 5))
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E7EC")
    chart.groupSpacing = 6
    chart.barSpacing = 1
    for index in range(len(series)):
        chart.bars[index].fillColor = SERIES[index % len(SERIES)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    legend_box = Legend()
    legend_box.x, legend_box.y = 30, height - 8
    legend_box.fontName = fonts.REGULAR
    legend_box.fontSize = 7
    legend_box.alignment = "right"
    legend_box.columnMaximum = 1
    legend_box.deltax = 90
    legend_box.dx = legend_box.dy = 7
    legend_box.colorNamePairs = [
        (SERIES[i % len(SERIES)], name) for i, (name, _values) in enumerate(series)
    ]
    drawing.add(legend_box)
    return drawing
