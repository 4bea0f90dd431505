"""The recovery timeline: day 0 to twelve months, with windows, milestones and today.

Two parts. ``layout_timeline`` is plain Python: from ``milestones_for(...)``
output it computes every x position, bar and label lane, so tests check the
picture's geometry without pixels. ``TimelineView`` only paints that layout
with QPainter (no QtCharts: start-up stays fast). It is not imported at
start-up; the journal features create it when the timeline is first shown
and call ``set_plan(milestones, day_zero, today)`` whenever the plan changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.guidance import Milestone, Source, Status, add_months
from desktop.ui.calendar.painter import AMBER, LAVENDER, ROSE, TEAL
from desktop.ui.settings.i18n import medium_date, wording

translate = QCoreApplication.translate

SPAN_MONTHS = 12
LABEL_GAP = 8.0

TextWidth = Callable[[str], float]


@dataclass(frozen=True)
class TimelineBar:
    """A window (or the first-period estimate band) from ``x0`` to ``x1``, in lane ``lane``."""

    key: str
    title: str
    x0: float
    x1: float
    lane: int
    estimate: bool = False


@dataclass(frozen=True)
class TimelineMark:
    """A single date: a tick at ``x`` and its label centred at ``label_x`` in label lane ``lane``."""

    key: str
    title: str
    day: date
    x: float
    label_x: float
    lane: int
    past: bool
    own: bool = False
    done: bool = False


@dataclass(frozen=True)
class TimelineTick:
    x: float
    label: str


@dataclass(frozen=True)
class TimelineLayout:
    day_zero: date
    end: date
    left: float
    width: float
    today_x: float | None
    today_label: str
    bars: tuple[TimelineBar, ...]
    marks: tuple[TimelineMark, ...]
    ticks: tuple[TimelineTick, ...]
    outside: tuple[str, ...]  # titles of dates beyond the twelve months (not drawn)

    @property
    def label_lanes(self) -> int:
        return 1 + max((m.lane for m in self.marks), default=-1)

    @property
    def bar_lanes(self) -> int:
        return 1 + max((b.lane for b in self.bars), default=-1)


def x_for(day: date, day_zero: date, end: date, left: float, width: float) -> float:
    """Where ``day`` falls on a track from ``day_zero`` (at ``left``) to ``end`` (at ``left + width``)."""
    total = max(1, (end - day_zero).days)
    return left + (day - day_zero).days / total * width


def _default_width(text: str) -> float:
    return 7.0 * len(text)


def layout_timeline(
    milestones: Sequence[Milestone],
    day_zero: date,
    today: date,
    left: float,
    width: float,
    text_width: TextWidth = _default_width,
) -> TimelineLayout:
    end = add_months(day_zero, SPAN_MONTHS)

    def x(day: date) -> float:
        return x_for(min(max(day, day_zero), end), day_zero, end, left, width)

    bars: list[TimelineBar] = []
    marks: list[tuple[Milestone, date]] = []
    outside: list[str] = []
    for milestone in milestones:
        if milestone.start is None:
            continue
        if milestone.end is not None:  # a window or an estimate band
            bars.append(
                TimelineBar(
                    milestone.key,
                    wording().title(milestone),
                    x(milestone.start),
                    x(milestone.end),
                    lane=len(bars),
                    estimate=milestone.is_estimate,
                )
            )
        elif day_zero <= milestone.start <= end:
            marks.append((milestone, milestone.start))
        else:
            outside.append(wording().title(milestone))

    placed = _place_labels(sorted(marks, key=lambda item: (item[1], item[0].key)), x, today, left, width, text_width)
    ticks = tuple(
        TimelineTick(
            x(add_months(day_zero, month)),
            translate("TimelineView", "Day 0") if month == 0 else translate("TimelineView", "{months} mo").format(months=month),
        )
        for month in range(SPAN_MONTHS + 1)
    )
    inside = day_zero <= today <= end
    days = (today - day_zero).days
    return TimelineLayout(
        day_zero=day_zero,
        end=end,
        left=left,
        width=width,
        today_x=x(today) if inside else None,
        today_label=(
            translate("TimelineView", "Today · day {day}").format(day=days) if days >= 0 else translate("TimelineView", "Today")
        ),
        bars=tuple(bars),
        marks=tuple(placed),
        ticks=ticks,
        outside=tuple(outside),
    )


def _place_labels(
    marks: list[tuple[Milestone, date]],
    x: Callable[[date], float],
    today: date,
    left: float,
    width: float,
    text_width: TextWidth,
) -> list[TimelineMark]:
    """Each label in the first lane where it does not overlap the label before it."""
    lane_ends: list[float] = []
    placed: list[TimelineMark] = []
    for milestone, day in marks:
        tick = x(day)
        title = wording().title(milestone)
        label_width = text_width(title)
        label_x = min(max(tick, left + label_width / 2), left + width - label_width / 2)
        start = label_x - label_width / 2
        lane = next((i for i, lane_end in enumerate(lane_ends) if start >= lane_end + LABEL_GAP), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(0.0)
        lane_ends[lane] = label_x + label_width / 2
        placed.append(
            TimelineMark(
                key=milestone.key,
                title=title,
                day=day,
                x=tick,
                label_x=label_x,
                lane=lane,
                past=day < today,
                own=milestone.source is Source.USER,
                done=milestone.status is Status.DONE,
            )
        )
    return placed


def _faded(color: QColor, alpha: int) -> QColor:
    result = QColor(color)
    result.setAlpha(alpha)
    return result


BAR_COLORS = {"abstinence": ROSE, "avoid-pregnancy": LAVENDER}


class TimelineView(QWidget):
    """Paints a ``TimelineLayout``; hover a mark or bar for its title and date."""

    MARGIN = 16.0
    BAR_HEIGHT = 10.0
    BAR_GAP = 6.0
    LANE_HEIGHT = 18.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._milestones: list[Milestone] = []
        self._day_zero: date | None = None
        self._today: date | None = None
        self.setMinimumHeight(150)
        self.setAccessibleName(self.tr("Recovery timeline"))

    def set_plan(self, milestones: Sequence[Milestone], day_zero: date | None, today: date) -> None:
        self._milestones = list(milestones)
        self._day_zero = day_zero
        self._today = today
        self.setAccessibleDescription(self.spoken())
        self.setMinimumHeight(self.needed_height())
        self.updateGeometry()
        self.update()

    def current_layout(self) -> TimelineLayout | None:
        if self._day_zero is None or self._today is None:
            return None
        metrics = QFontMetricsF(self.font())
        width = max(50.0, self.width() - 2 * self.MARGIN)
        return layout_timeline(
            self._milestones, self._day_zero, self._today, self.MARGIN, width, lambda text: metrics.horizontalAdvance(text)
        )

    def spoken(self) -> str:
        """The timeline in words, for screen readers."""
        layout = self.current_layout()
        if layout is None:
            return self.tr("No loss is recorded, so there is no timeline.")
        items = [f"{m.title}: {medium_date(m.day)}" for m in layout.marks]
        span = self.tr("From {first} to {last}.").format(first=medium_date(layout.day_zero), last=medium_date(layout.end))
        return span + " " + "; ".join(items)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(720, max(190, self.needed_height()))

    # -- painting --------------------------------------------------------------------

    def _geometry(self, layout: TimelineLayout) -> tuple[float, float, float]:
        """Top of the bars, the axis line, and the top of the first label lane."""
        bars_top = self.MARGIN + self._line_height() + 4
        axis = bars_top + max(1, layout.bar_lanes) * (self._bar_lane_height()) + 4
        return bars_top, axis, axis + self._line_height() + 10

    def _line_height(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _bar_lane_height(self) -> float:
        return max(self.BAR_HEIGHT, self._line_height()) + self.BAR_GAP

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        layout = self.current_layout()
        if layout is None:
            painter.setPen(quiet)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Record a loss to see the timeline."))
            return
        metrics = QFontMetricsF(self.font())
        bars_top, axis, labels_top = self._geometry(layout)
        background = palette.color(QPalette.ColorRole.Window)  # behind words that a line would cross

        if layout.today_x is not None:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(highlight, 2))
            painter.drawLine(QPointF(layout.today_x, self.MARGIN + metrics.height() + 2), QPointF(layout.today_x, axis + 6))
            label_width = metrics.horizontalAdvance(layout.today_label)
            label_x = min(max(layout.today_x - label_width / 2, 0.0), self.width() - label_width)
            painter.drawText(QPointF(label_x, self.MARGIN + metrics.ascent()), layout.today_label)

        for bar in layout.bars:
            lane_top = bars_top + bar.lane * self._bar_lane_height()
            middle = lane_top + (self._bar_lane_height() - self.BAR_GAP) / 2
            rect = QRectF(bar.x0, middle - self.BAR_HEIGHT / 2, max(2.0, bar.x1 - bar.x0), self.BAR_HEIGHT)
            if bar.estimate:
                painter.setPen(QPen(_faded(TEAL, 230), 1.5, Qt.PenStyle.DotLine))
                painter.setBrush(_faded(TEAL, 40))
            else:
                color = BAR_COLORS.get(bar.key, LAVENDER)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(_faded(color, 150))
            painter.drawRoundedRect(rect, 3, 3)
            title_width = metrics.horizontalAdvance(bar.title)
            title_x = bar.x1 + 6 if bar.x1 + 6 + title_width <= self.width() else max(0.0, bar.x0 - 6 - title_width)
            title_top = middle - metrics.height() / 2
            painter.fillRect(QRectF(title_x - 3, title_top, title_width + 6, metrics.height()), background)  # today's line behind it
            painter.setPen(quiet)
            painter.drawText(QPointF(title_x, title_top + metrics.ascent()), bar.title)

        painter.setPen(QPen(_faded(text, 120), 1))
        painter.drawLine(QPointF(layout.left, axis), QPointF(layout.left + layout.width, axis))
        for mark in layout.marks:  # connectors first, so the month names and labels are painted over them
            lane_y = labels_top + mark.lane * self.LANE_HEIGHT
            painter.setPen(QPen(_faded(text, 70), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(mark.x, axis), QPointF(mark.x, lane_y + 2))
        painter.setPen(quiet)
        for index, tick in enumerate(layout.ticks):
            painter.drawLine(QPointF(tick.x, axis - 3), QPointF(tick.x, axis + 3))
            if index % 2 == 0 or layout.width > 640:
                label_width = metrics.horizontalAdvance(tick.label)
                label_x = min(max(tick.x - label_width / 2, 0.0), self.width() - label_width)
                painter.fillRect(QRectF(label_x - 2, axis + 4, label_width + 4, metrics.height()), background)
                painter.drawText(QPointF(label_x, axis + 4 + metrics.ascent()), tick.label)
        for mark in layout.marks:
            lane_y = labels_top + mark.lane * self.LANE_HEIGHT
            color = TEAL if mark.own else AMBER
            painter.setPen(QPen(color.darker(130), 1))
            painter.setBrush(color if mark.past or mark.done else palette.color(QPalette.ColorRole.Base))
            size = 5.0
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(mark.x, axis - size),
                        QPointF(mark.x + size, axis),
                        QPointF(mark.x, axis + size),
                        QPointF(mark.x - size, axis),
                    ]
                )
            )
            label_width = metrics.horizontalAdvance(mark.title)
            painter.fillRect(QRectF(mark.label_x - label_width / 2 - 3, lane_y + 1, label_width + 6, metrics.height() + 2), background)
            painter.setPen(text if not mark.past else quiet)
            painter.drawText(QPointF(mark.label_x - label_width / 2, lane_y + metrics.ascent() + 2), mark.title)

        if layout.today_x is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(palette.color(QPalette.ColorRole.Highlight)))
            painter.drawEllipse(QPointF(layout.today_x, axis), 3.5, 3.5)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(event.pos().x())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, x: float) -> str:
        layout = self.current_layout()
        if layout is None:
            return ""
        near = [m for m in layout.marks if abs(m.x - x) <= 6]
        if near:
            return "\n".join(f"{m.title}: {medium_date(m.day)}" for m in near)
        covering = [b.title for b in layout.bars if b.x0 <= x <= b.x1]
        return "\n".join(covering)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(320, 150)

    def needed_height(self) -> int:
        """Tall enough for every label lane at the current width."""
        layout = self.current_layout()
        if layout is None:
            return 150
        _bars, _axis, labels_top = self._geometry(layout)
        return int(labels_top + layout.label_lanes * self.LANE_HEIGHT + self.MARGIN)
