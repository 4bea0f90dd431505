"""Drawing laid-out pages (``pdf_pages``) with QPainter on any paged device: a QPdfWriter, or a QPrinter.

The layout works in points; the painter converts once (``_Canvas``) to the
device's pixels, so fonts keep their real point size on every device (no tiny
font scaled up). Text is measured with the same fonts on the same device it is
drawn on (``QtMeasure``), so every line the layout made fits where it is drawn.
QtGui only: the exchange layer imports no widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from desktop.exchange.pdf_blocks import HEADING, SMALL, TITLE, Style
from desktop.exchange.pdf_pages import (
    CELL_PAD_X,
    CELL_PAD_Y,
    FOOT_BAND,
    Page,
    PageGeometry,
    PlacedFigure,
    PlacedRow,
    PlacedText,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPagedPaintDevice, QPainter

    DrawText = Callable[[float, float, float, Sequence[str], Style, Qt.AlignmentFlag], None]

FONT_FAMILY = "DejaVu Sans"  # wide coverage (°, ▲, ◆, ●, Cyrillic names); Qt falls back to a like font without it
INK, GREY, RULE, HEADER_FILL, MARK_INK = "#222222", "#666666", "#9a9a9a", "#ececec", "#8a3b00"


class QtMeasure:
    """Widths and line heights in points, from the fonts as the device will draw them."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self._device = device
        self._per_point = device.logicalDpiY() / 72.0
        self._fonts: dict[Style, QFont] = {}
        self._metrics_by_style: dict[Style, QFontMetricsF] = {}

    def font(self, style: Style) -> QFont:
        if style not in self._fonts:
            from PySide6.QtGui import QFont

            font = QFont(FONT_FAMILY)
            font.setPointSizeF(style.size)
            font.setBold(style.bold)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # widths that scale evenly
            self._fonts[style] = font
        return self._fonts[style]

    def _metrics(self, style: Style) -> QFontMetricsF:
        if style not in self._metrics_by_style:
            from PySide6.QtGui import QFontMetricsF

            self._metrics_by_style[style] = QFontMetricsF(self.font(style), self._device)
        return self._metrics_by_style[style]

    def width(self, text: str, style: Style) -> float:
        return float(self._metrics(style).horizontalAdvance(text)) / self._per_point

    def line_height(self, style: Style) -> float:
        return float(self._metrics(style).lineSpacing()) / self._per_point


def paint_pages(
    painter: QPainter,
    device: QPagedPaintDevice,
    pages: Sequence[Page],
    geometry: PageGeometry,
    measure: QtMeasure,
    figures: Mapping[str, QImage],
) -> None:
    """Each page in turn; ``device.newPage()`` between them."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QPen

    k = device.logicalDpiY() / 72.0

    def rect(x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * k, y * k, w * k, h * k)

    def text(x: float, y: float, w: float, lines: Sequence[str], style: Style, align: Qt.AlignmentFlag) -> None:
        painter.setFont(measure.font(style))
        painter.setPen(QColor(GREY if style.grey else INK))
        line = measure.line_height(style)
        for n, content in enumerate(lines):
            painter.drawText(rect(x, y + n * line, w, line), align | Qt.AlignmentFlag.AlignVCenter, content)

    left = Qt.AlignmentFlag.AlignLeft
    for index, page in enumerate(pages):
        if index:
            device.newPage()
        if page.head:
            text(0, 0, geometry.width, [page.head], SMALL, left)
        text(0, geometry.height - FOOT_BAND + 6, geometry.width, [page.foot], SMALL, Qt.AlignmentFlag.AlignRight)
        for item in page.items:
            if isinstance(item, PlacedText):
                text(item.x, item.y, item.width, item.lines, item.style, left)
                if item.style in (HEADING, TITLE):
                    painter.setPen(QPen(QColor(RULE), 0.6 * k))
                    bottom = (item.y + measure.line_height(item.style) + 1) * k
                    painter.drawLine(QPointF(0, bottom), QPointF(geometry.width * k, bottom))
            elif isinstance(item, PlacedRow):
                _row(painter, item, rect, text, k)
            elif isinstance(item, PlacedFigure) and item.key in figures:
                image = figures[item.key]  # its own shape kept: on wider paper it is not stretched
                width = min(item.width, item.height * image.width() / max(1, image.height()))
                painter.drawImage(rect(item.x, item.y, width, item.height), image)


def _row(painter: QPainter, row: PlacedRow, rect: Callable[[float, float, float, float], QRectF], text: DrawText, k: float) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPen

    for cell in row.cells:
        area = rect(cell.x, row.y, cell.width, row.height)
        if row.is_header:
            painter.fillRect(area, QColor(HEADER_FILL))
        painter.setPen(QPen(QColor(RULE), 0.5 * k))
        painter.drawRect(area)
        text(cell.x + CELL_PAD_X, row.y + CELL_PAD_Y, cell.width - 2 * CELL_PAD_X, cell.lines, cell.style,
             Qt.AlignmentFlag.AlignLeft)
