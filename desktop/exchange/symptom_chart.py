"""The PDF's small chart of temperature and pain over the symptom range: the layout (plain Python) and its painting.

Two thin panels over one day axis, temperature above pain, so a doctor sees at
a glance when a fever came and how the pain went. A day with nothing recorded
has no point ("not recorded" is never zero) and breaks the line; a fever day
(38.0 °C or more, guidance's rule) is drawn as a filled triangle, as it is
marked in the table. The trends window has its own, interactive chart; this one
is only what fits on paper.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop.guidance.temperature import FEVER_THRESHOLD_C, is_fever
from desktop.store.records import PAIN_RANGE, DayRecord

MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 48.0, 8.0, 12.0, 16.0
PANEL_GAP = 16.0
TEMPERATURE_SPAN = (36.0, 38.5)  # always shown, so a calm month does not look like a wild one


@dataclass(frozen=True)
class ChartPoint:
    day: date
    value: float
    x: float
    y: float
    marked: bool = False  # a fever day


@dataclass(frozen=True)
class ChartPanel:
    title: str
    top: float
    bottom: float
    low: float
    high: float
    points: tuple[ChartPoint, ...]
    runs: tuple[tuple[ChartPoint, ...], ...]  # points on consecutive days, joined by a line
    reference: float | None = None  # the y of the 38.0 °C line

    def y_for(self, value: float) -> float:
        return self.bottom - (self.bottom - self.top) * (value - self.low) / ((self.high - self.low) or 1.0)


@dataclass(frozen=True)
class SymptomChart:
    width: float
    height: float
    left: float
    right: float
    first: date
    last: date
    panels: tuple[ChartPanel, ...]


def layout_symptoms(entries: Sequence[DayRecord], first: date, last: date, width: float, height: float) -> SymptomChart:
    """Positions in a ``width`` × ``height`` picture for the days ``first`` to ``last``."""
    left, right = MARGIN_LEFT, width - MARGIN_RIGHT
    days = max(1, (last - first).days)

    def x(day: date) -> float:
        return left + (right - left) * (day - first).days / days if last > first else (left + right) / 2

    shown = sorted((e for e in entries if first <= e.date <= last), key=lambda e: e.date)
    panel_height = (height - MARGIN_TOP - MARGIN_BOTTOM - PANEL_GAP) / 2
    temperatures = [e.temperature_c for e in shown if e.temperature_c is not None]
    low_t = min([TEMPERATURE_SPAN[0], *temperatures])
    high_t = max([TEMPERATURE_SPAN[1], *temperatures])
    panels = []
    for index, (title, low, high) in enumerate(
        (("Temperature °C", low_t, high_t), ("Pain 0–10", float(PAIN_RANGE[0]), float(PAIN_RANGE[1])))
    ):
        top = MARGIN_TOP + index * (panel_height + PANEL_GAP)
        empty = ChartPanel(title, top, top + panel_height, low, high, (), ())
        values = [(e.date, e.temperature_c if index == 0 else None if e.pain is None else float(e.pain)) for e in shown]
        points = tuple(
            ChartPoint(day, value, x(day), empty.y_for(value), index == 0 and is_fever(value))
            for day, value in values
            if value is not None
        )
        reference = empty.y_for(FEVER_THRESHOLD_C) if index == 0 else None
        panels.append(ChartPanel(title, top, top + panel_height, low, high, points, _runs(points), reference))
    return SymptomChart(width, height, left, right, first, last, tuple(panels))


def _runs(points: tuple[ChartPoint, ...]) -> tuple[tuple[ChartPoint, ...], ...]:
    runs: list[list[ChartPoint]] = []
    for point in points:
        if runs and (point.day - runs[-1][-1].day).days == 1:
            runs[-1].append(point)
        else:
            runs.append([point])
    return tuple(tuple(run) for run in runs)


def symptoms_png(entries: Sequence[DayRecord], first: date, last: date, width: int, height: int) -> bytes:
    """The chart as PNG bytes at ``width`` × ``height`` pixels, drawn at 3 pixels a layout point (sharp in print)."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QPolygonF

    from desktop.exchange.png import png_bytes

    scale = 3.0
    chart = layout_symptoms(entries, first, last, width / scale, height / scale)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(scale, scale)
    font = QFont("DejaVu Sans")
    font.setPixelSize(7)
    painter.setFont(font)
    ink, faint, line = QColor("#333333"), QColor("#bbbbbb"), QColor("#7a5c99")
    for panel in chart.panels:
        painter.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        painter.setPen(QPen(faint, 0.5))
        painter.drawRect(QRectF(chart.left, panel.top, chart.right - chart.left, panel.bottom - panel.top))
        painter.setPen(QPen(ink, 0.5))
        painter.drawText(QRectF(chart.left, panel.top - 11, 200, 10), Qt.AlignmentFlag.AlignLeft, panel.title)
        for value in (panel.low, panel.high):
            text = f"{value:.1f}" if panel.reference is not None else f"{value:.0f}"
            painter.drawText(QRectF(0, panel.y_for(value) - 5, chart.left - 4, 10),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        if panel.reference is not None:
            painter.setPen(QPen(QColor("#b05a00"), 0.6, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(chart.left, panel.reference), QPointF(chart.right, panel.reference))
            painter.drawText(QRectF(0, panel.reference - 5, chart.left - 4, 10),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{FEVER_THRESHOLD_C:.1f}")
        painter.setPen(QPen(line, 1.0))
        for run in panel.runs:
            for start, end in zip(run, run[1:], strict=False):
                painter.drawLine(QPointF(start.x, start.y), QPointF(end.x, end.y))
        painter.setBrush(QBrush(line))
        for point in panel.points:
            if point.marked:
                triangle = QPolygonF([QPointF(point.x, point.y - 3.2), QPointF(point.x - 3, point.y + 2),
                                      QPointF(point.x + 3, point.y + 2)])
                painter.setBrush(QBrush(QColor("#b05a00")))
                painter.drawPolygon(triangle)
                painter.setBrush(QBrush(line))
            else:
                painter.drawEllipse(QPointF(point.x, point.y), 1.3, 1.3)
    painter.setPen(QPen(ink, 0.5))
    bottom = chart.height - MARGIN_BOTTOM + 3
    painter.drawText(QRectF(chart.left, bottom, 120, 10), Qt.AlignmentFlag.AlignLeft, chart.first.isoformat())
    painter.drawText(QRectF(chart.right - 120, bottom, 120, 10), Qt.AlignmentFlag.AlignRight, chart.last.isoformat())
    painter.end()
    return png_bytes(image)
