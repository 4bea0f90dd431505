"""hCG values and pregnancy test results over time: the layout (plain Python) and one way to paint it.

The trends window (desktop/ui/history/hcg_chart.py) and the PDF summary draw
the same picture from the same layout, so the two never disagree. Only the
values and their days are shown; no line is added, no range is shaded, and
nothing is said about what the values mean.

When the positive values span two orders of magnitude or more (say 12 and
4,800 mIU/mL), the value axis is logarithmic, so the small values are not
flattened onto the floor; an axis label says so. On a log axis a value of 0
sits on the bottom line, drawn hollow, and keeps its true value in the label.

``layout_hcg`` computes every position (tests check it without painting);
``paint_hcg`` draws a layout with QPainter (QtGui only: the PDF needs no widgets).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from desktop.store.records import DayRecord

if TYPE_CHECKING:
    from PySide6.QtGui import QColor, QPainter

LOG_SPAN = 100.0  # max / min of the positive values at which the axis turns logarithmic
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 64.0, 24.0, 16.0, 52.0
LOWEST_DECADE = -2  # a log axis starts at 0.01 mIU/mL at the lowest; anything below sits on its floor
TEST_ROW = 18.0  # the strip under the plot where test results are written
PNG_FONT_PT = 7.5  # the PDF's picture, before it is drawn at twice the size (16 pt doubled cut "10,000" and the dates)


@dataclass(frozen=True)
class HcgPoint:
    day: date
    value: float
    x: float
    y: float
    below_axis: bool = False  # 0 on a log axis: drawn on the floor, hollow


@dataclass(frozen=True)
class TestMark:
    day: date
    result: str  # one of records.TEST_RESULTS
    x: float


@dataclass(frozen=True)
class HcgLayout:
    width: float
    height: float
    plot: tuple[float, float, float, float]  # left, top, right, bottom
    points: tuple[HcgPoint, ...]
    tests: tuple[TestMark, ...]
    log_scale: bool
    ticks: tuple[tuple[float, float], ...]  # (value, y)
    first: date | None
    last: date | None

    @property
    def is_empty(self) -> bool:
        return not self.points and not self.tests


def _x_of(first: date, last: date, left: float, right: float) -> Callable[[date], float]:
    span = (last - first).days
    if span == 0:
        return lambda _day: (left + right) / 2
    return lambda day: left + (right - left) * (day - first).days / span


def _linear_ticks(top_value: float) -> list[float]:
    """0 and four round steps up to at least ``top_value``."""
    raw = max(top_value, 1.0) / 4  # below 1 mIU/mL the steps stay readable (0.25, 0.5, ...)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [step * i for i in range(5)]


def layout_hcg(entries: Sequence[DayRecord], width: float, height: float) -> HcgLayout:
    """Where every value and test result goes in a ``width`` × ``height`` picture."""
    left, top = MARGIN_LEFT, MARGIN_TOP
    right, bottom = max(left + 1, width - MARGIN_RIGHT), max(top + 1, height - MARGIN_BOTTOM - TEST_ROW)
    valued = sorted((e for e in entries if e.hcg_miu_ml is not None), key=lambda e: e.date)
    tested = sorted((e for e in entries if e.test_result is not None), key=lambda e: e.date)
    days = [e.date for e in valued] + [e.date for e in tested]
    if not days:
        return HcgLayout(width, height, (left, top, right, bottom), (), (), False, (), None, None)
    first, last = min(days), max(days)
    x_of = _x_of(first, last, left + 8, right - 8)
    values = [float(e.hcg_miu_ml) for e in valued if e.hcg_miu_ml is not None]
    positive = [v for v in values if v > 0]
    log_scale = bool(positive) and max(positive) / min(positive) >= LOG_SPAN
    points: list[HcgPoint] = []
    if log_scale:
        low_exp = max(LOWEST_DECADE, math.floor(math.log10(min(positive))))
        high_exp = max(low_exp + 1, math.ceil(math.log10(max(positive))))
        tick_values = [10.0**e for e in range(low_exp, high_exp + 1)]

        def y_of(value: float) -> float:
            fraction = (math.log10(value) - low_exp) / (high_exp - low_exp)
            return bottom - (bottom - top) * fraction

        floor_value = tick_values[0]
        for entry, value in zip(valued, values, strict=True):
            below = value < floor_value
            points.append(HcgPoint(entry.date, value, x_of(entry.date), y_of(max(value, floor_value)), below))
    else:
        tick_values = _linear_ticks(max(values, default=0.0))
        top_value = tick_values[-1]

        def y_of(value: float) -> float:
            return bottom - (bottom - top) * value / top_value

        points = [HcgPoint(e.date, v, x_of(e.date), y_of(v)) for e, v in zip(valued, values, strict=True)]
    ticks = tuple((value, y_of(value)) for value in tick_values)
    tests = tuple(TestMark(e.date, str(e.test_result), x_of(e.date)) for e in tested)
    return HcgLayout(width, height, (left, top, right, bottom), tuple(points), tests, log_scale, ticks, first, last)


def label_span(layout: HcgLayout, point: HcgPoint, text_width: float) -> tuple[float, float]:
    """Where a point's label goes (left, width): centred on the point, but inside the plot, so the first and
    last labels never lie over the value axis's numbers or past the right edge (seen in the trends window:
    "1180 · 20 Oct 2026" over "10000")."""
    left, _top, right, _bottom = layout.plot
    width = min(text_width, right - left)
    return min(max(point.x - width / 2, left), right - width), width


def value_text(value: float) -> str:
    """"1,250", "12.5", "0": as typed, without a trailing .0."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


@dataclass(frozen=True)
class HcgWords:
    """What the picture writes, in the reader's language (the window translates; the PDF is English)."""

    axis: str = "hCG (mIU/mL)"
    log_axis: str = "hCG (mIU/mL), log scale"
    results: tuple[tuple[str, str], ...] = (("negative", "neg."), ("faint", "faint"), ("positive", "pos."))
    day_text: Callable[[date], str] = date.isoformat
    number_text: Callable[[float], str] = value_text


def paint_hcg(
    painter: QPainter, layout: HcgLayout, words: HcgWords, ink: QColor, line: QColor, *, label_points: bool
) -> None:
    """Draw ``layout`` in colours ``ink`` (text, axes) and ``line`` (the values); labels name each value's day."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QPainter, QPen
    left, top, right, bottom = layout.plot
    faint = QColor(ink)
    faint.setAlpha(60)
    painter.setPen(QPen(faint, 1))
    for _value, y in layout.ticks:
        painter.drawLine(QPointF(left, y), QPointF(right, y))
    painter.setPen(QPen(ink, 1))
    for value, y in layout.ticks:
        painter.drawText(QRectF(0, y - 9, left - 6, 18), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         words.number_text(value))
    painter.drawText(QRectF(left, 0, right - left, top), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     words.log_axis if layout.log_scale else words.axis)
    painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
    if layout.first is not None and layout.last is not None:
        painter.drawText(QRectF(left, layout.height - 18, right - left, 18), Qt.AlignmentFlag.AlignLeft,
                         words.day_text(layout.first))
        if layout.last != layout.first:
            painter.drawText(QRectF(left, layout.height - 18, right - left, 18), Qt.AlignmentFlag.AlignRight,
                             words.day_text(layout.last))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(line, 2))
    for start, end in zip(layout.points, layout.points[1:], strict=False):
        painter.drawLine(QPointF(start.x, start.y), QPointF(end.x, end.y))
    for point in layout.points:
        painter.setBrush(QBrush(Qt.BrushStyle.NoBrush) if point.below_axis else QBrush(line))
        painter.drawEllipse(QPointF(point.x, point.y), 3.5, 3.5)
        if label_points:
            text = f"{words.number_text(point.value)} · {words.day_text(point.day)}"
            label_left, label_width = label_span(layout, point, painter.fontMetrics().horizontalAdvance(text) + 4)
            painter.setPen(QPen(ink, 1))
            painter.drawText(QRectF(label_left, point.y - 22, label_width, 16), Qt.AlignmentFlag.AlignCenter, text)
            painter.setPen(QPen(line, 2))
    painter.setPen(QPen(ink, 1))
    results = dict(words.results)
    for mark in layout.tests:
        painter.drawText(QRectF(mark.x - 30, bottom + 2, 60, TEST_ROW), Qt.AlignmentFlag.AlignCenter,
                         results.get(mark.result, mark.result))


def hcg_png(entries: Sequence[DayRecord], width: int = 1400, height: int = 520) -> bytes:
    """The picture as PNG bytes, for the PDF (needs a QGuiApplication, see pdf_summary.ensure_gui_application)."""
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from desktop.exchange.png import png_bytes

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scale = 2.0  # drawn at twice the layout's size: sharp in print
    painter.scale(scale, scale)  # the font scales with it: its size is in the layout's units, as in the window
    font = QFont("Sans Serif")
    font.setPointSizeF(PNG_FONT_PT)
    painter.setFont(font)
    layout = layout_hcg(entries, width / scale, height / scale)
    paint_hcg(painter, layout, HcgWords(), QColor("#333333"), QColor("#7a5c99"), label_points=len(layout.points) <= 12)
    painter.end()
    return png_bytes(image)
