"""How each calendar mark looks, shared by the calendar cells and the legend.

Every mark has a shape or pattern of its own, so colour is never the only cue,
and the hues are soft enough for a calm page yet readable on light and dark
palettes: each is nudged darker or lighter until it stands out 3:1 from the
palette's own base colour (WCAG AA for graphics; see ui/settings/contrast.py).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen, QPolygonF

from desktop.ui.settings.contrast import MARK, over, readable
from desktop.ui.settings.i18n import QT_TRANSLATE_NOOP


class Mark(Enum):
    THREE_WEEK_WINDOW = "three-week window"
    SIX_MONTH_WINDOW = "six-month window"
    PERIOD_ESTIMATE = "period estimate"
    MILESTONE = "milestone"
    OWN_MILESTONE = "own milestone"
    RECORDED = "recorded date"
    PERIOD = "period start"
    SYMPTOMS = "symptoms"
    NOTE = "note"
    TODAY = "today"


LEGEND_LABEL: dict[Mark, str] = {  # English; shown through QCoreApplication.translate("Legend", …)
    Mark.THREE_WEEK_WINDOW: QT_TRANSLATE_NOOP("Legend", "Three-week window"),
    Mark.SIX_MONTH_WINDOW: QT_TRANSLATE_NOOP("Legend", "Six-month window"),
    Mark.PERIOD_ESTIMATE: QT_TRANSLATE_NOOP("Legend", "Period expected"),
    Mark.MILESTONE: QT_TRANSLATE_NOOP("Legend", "Milestone"),
    Mark.OWN_MILESTONE: QT_TRANSLATE_NOOP("Legend", "Your milestone or appointment"),
    Mark.RECORDED: QT_TRANSLATE_NOOP("Legend", "Recorded date"),
    Mark.PERIOD: QT_TRANSLATE_NOOP("Legend", "Period started"),
    Mark.SYMPTOMS: QT_TRANSLATE_NOOP("Legend", "Symptoms logged"),
    Mark.NOTE: QT_TRANSLATE_NOOP("Legend", "Note written"),
    Mark.TODAY: QT_TRANSLATE_NOOP("Legend", "Today"),
}

LEGEND_TEXT: dict[Mark, str] = {
    Mark.THREE_WEEK_WINDOW: QT_TRANSLATE_NOOP("Legend", "Hatched days: inside the article's three-week window without sex"),
    Mark.SIX_MONTH_WINDOW: QT_TRANSLATE_NOOP("Legend", "A bar below the day: inside the six months before planning a pregnancy"),
    Mark.PERIOD_ESTIMATE: QT_TRANSLATE_NOOP("Legend", "Dotted frame: the first period is usually expected now (an estimate, not from the article)"),
    Mark.MILESTONE: QT_TRANSLATE_NOOP("Legend", "Diamond: a milestone date from the article or your doctor"),
    Mark.OWN_MILESTONE: QT_TRANSLATE_NOOP("Legend", "Square: a milestone you added or an appointment you booked"),
    Mark.RECORDED: QT_TRANSLATE_NOOP("Legend", "Triangle: a date you recorded (loss, procedure, period, consultation)"),
    Mark.PERIOD: QT_TRANSLATE_NOOP("Legend", "Drop: a period started"),
    Mark.SYMPTOMS: QT_TRANSLATE_NOOP("Legend", "Small bars: you logged bleeding, pain or temperature"),
    Mark.NOTE: QT_TRANSLATE_NOOP("Legend", "Dot: you wrote a note that day"),
    Mark.TODAY: QT_TRANSLATE_NOOP("Legend", "Ring: today"),
}

ROSE = QColor(205, 105, 130)
LAVENDER = QColor(130, 110, 200)
TEAL = QColor(40, 150, 160)
AMBER = QColor(205, 140, 30)


def _with_alpha(color: QColor, alpha: int) -> QColor:
    faded = QColor(color)
    faded.setAlpha(alpha)
    return faded


def mark_colour(hue: QColor, palette: QPalette) -> QColor:
    """``hue`` as drawn on this palette's base: at least 3:1 against it (WCAG's contrast for graphics)."""
    return readable(hue, palette.color(QPalette.ColorRole.Base), MARK)


def band_fill(palette: QPalette) -> QColor:
    """The three-week window's faint fill over the base: the background its day numbers are read on."""
    return over(_with_alpha(ROSE, 45), palette.color(QPalette.ColorRole.Base))


def paint_mark(painter: QPainter, rect: QRectF, mark: Mark, palette: QPalette) -> None:
    """Paint one mark inside ``rect`` (a calendar cell or a legend swatch)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text_color = palette.color(QPalette.ColorRole.Text)
    unit = max(4.0, min(rect.width(), rect.height()) / 7.0)
    if mark is Mark.THREE_WEEK_WINDOW:
        painter.fillRect(rect, band_fill(palette))
        hatch = QBrush(mark_colour(ROSE, palette), Qt.BrushStyle.BDiagPattern)
        painter.fillRect(rect, hatch)
    elif mark is Mark.SIX_MONTH_WINDOW:
        bar = QRectF(rect.left() + 1, rect.bottom() - unit * 0.7, rect.width() - 2, unit * 0.55)
        painter.fillRect(bar, mark_colour(LAVENDER, palette))
    elif mark is Mark.PERIOD_ESTIMATE:
        pen = QPen(mark_colour(TEAL, palette), 1.5, Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 3, 3)
    elif mark is Mark.MILESTONE:
        center = QPointF(rect.right() - unit * 1.2, rect.top() + unit * 1.2)
        diamond = QPolygonF(
            [
                QPointF(center.x(), center.y() - unit * 0.8),
                QPointF(center.x() + unit * 0.8, center.y()),
                QPointF(center.x(), center.y() + unit * 0.8),
                QPointF(center.x() - unit * 0.8, center.y()),
            ]
        )
        painter.setPen(QPen(mark_colour(AMBER.darker(130), palette), 1))
        painter.setBrush(mark_colour(AMBER, palette))
        painter.drawPolygon(diamond)
    elif mark is Mark.OWN_MILESTONE:
        side = unit * 1.2
        square = QRectF(rect.right() - unit * 1.2 - side / 2, rect.top() + unit * 1.2 - side / 2, side, side)
        painter.setPen(QPen(mark_colour(TEAL.darker(130), palette), 1))
        painter.setBrush(mark_colour(TEAL, palette))
        painter.drawRect(square)
    elif mark is Mark.RECORDED:
        left, top = rect.left() + unit * 0.5, rect.top() + unit * 0.5
        triangle = QPolygonF([QPointF(left, top), QPointF(left + unit * 1.6, top), QPointF(left, top + unit * 1.6)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mark_colour(_with_alpha(text_color, 170), palette))
        painter.drawPolygon(triangle)
    elif mark is Mark.PERIOD:
        radius = unit * 0.5
        center = QPointF(rect.right() - unit * 1.2, rect.bottom() - unit * 1.4)
        drop = QPolygonF(
            [
                QPointF(center.x(), center.y() - radius * 2.0),
                QPointF(center.x() + radius, center.y()),
                QPointF(center.x() - radius, center.y()),
            ]
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mark_colour(ROSE, palette))
        painter.drawPolygon(drop)
        painter.drawEllipse(center, radius, radius)
    elif mark is Mark.SYMPTOMS:
        base_x, base_y = rect.left() + unit * 2.2, rect.bottom() - unit * 1.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mark_colour(_with_alpha(text_color, 150), palette))
        for index, height in enumerate((0.6, 1.0, 0.8)):
            painter.drawRect(QRectF(base_x + index * unit * 0.45, base_y - unit * height, unit * 0.3, unit * height))
    elif mark is Mark.NOTE:
        radius = unit * 0.45
        center = QPointF(rect.left() + unit * 1.1, rect.bottom() - unit * 1.6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mark_colour(_with_alpha(text_color, 200), palette))
        painter.drawEllipse(center, radius, radius)
    elif mark is Mark.TODAY:
        side = min(rect.width(), rect.height()) * 0.74
        ring = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
        painter.setPen(QPen(mark_colour(palette.color(QPalette.ColorRole.Highlight), palette), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(ring)
    painter.restore()
