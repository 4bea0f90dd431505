"""A quiet chart of bleeding, pain and temperature over the last 2 weeks, 6 weeks or all days.

Three small panels share one time axis (one scale each, instead of three
scales on one plot), and the milestone dates run through all three as thin
vertical guides. A day with nothing recorded has no point: "not recorded" is
never drawn as zero; points a few days apart are joined by a dashed line.

``layout_trend`` is plain Python and computes every position (tests check it);
``TrendChart`` paints it with QPainter. Not imported at start-up; the owner
calls ``set_data(entries, milestones, today)`` with rows it already has.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QToolTip, QVBoxLayout, QWidget

from desktop.guidance import Kind, Milestone
from desktop.guidance.temperature import FEVER_THRESHOLD_C, TemperatureUnit
from desktop.store.journal import BLEEDING_LEVELS, EntryRecord
from desktop.ui.calendar.painter import AMBER, LAVENDER, ROSE
from desktop.ui.settings.i18n import QT_TRANSLATE_NOOP, medium_date, plural, wording

# Labels in English; shown through QCoreApplication.translate("TrendChart", …)
RANGES: dict[str, int | None] = {QT_TRANSLATE_NOOP("TrendChart", "2 weeks"): 14, QT_TRANSLATE_NOOP("TrendChart", "6 weeks"): 42, QT_TRANSLATE_NOOP("TrendChart", "All"): None}
BLEEDING_PANEL, PAIN_PANEL, TEMPERATURE_PANEL = "bleeding", "pain", "temperature"
PANEL_TITLES = {
    BLEEDING_PANEL: QT_TRANSLATE_NOOP("TrendChart", "Bleeding"),
    PAIN_PANEL: QT_TRANSLATE_NOOP("TrendChart", "Pain (0–10)"),
    TEMPERATURE_PANEL: QT_TRANSLATE_NOOP("TrendChart", "Temperature"),
}
BLEEDING_WORDS = {  # the levels of desktop.store.journal, in the tooltip
    "none": QT_TRANSLATE_NOOP("TrendChart", "none"),
    "spotting": QT_TRANSLATE_NOOP("TrendChart", "spotting"),
    "light": QT_TRANSLATE_NOOP("TrendChart", "light"),
    "medium": QT_TRANSLATE_NOOP("TrendChart", "medium"),
    "heavy": QT_TRANSLATE_NOOP("TrendChart", "heavy"),
}


def _tr(text: str) -> str:
    """One of the English labels above in her language."""
    return QCoreApplication.translate("TrendChart", text)
TEMPERATURE_FLOOR = (36.0, 38.5)
PANEL_PADDING = 6.0
LABEL_GAP = 8.0  # always shown, so a normal week does not look like a wild one


@dataclass(frozen=True)
class TrendPoint:
    day: date
    value: float
    x: float
    y: float


@dataclass(frozen=True)
class TrendSegment:
    start: TrendPoint
    end: TrendPoint
    continuous: bool  # consecutive days; otherwise drawn dashed across the unrecorded days


@dataclass(frozen=True)
class TrendPanel:
    key: str
    title: str
    top: float
    height: float
    low: float
    high: float
    points: tuple[TrendPoint, ...]
    segments: tuple[TrendSegment, ...]
    reference: tuple[float, str] | None = None  # (y, label), e.g. the 38.0 °C line
    baseline: float = 0.0

    def y_for(self, value: float) -> float:
        """Values keep a little air from the panel's edges, so a 0 or a 10 is not cut in half."""
        span = self.high - self.low or 1.0
        inner = self.height - 2 * PANEL_PADDING
        return self.top + PANEL_PADDING + inner - (value - self.low) / span * inner


@dataclass(frozen=True)
class TrendGuide:
    """A milestone date: a vertical line at ``x``, its label in header lane ``lane``."""

    key: str
    title: str
    day: date
    x: float
    lane: int = 0
    label_x: float = 0.0


@dataclass(frozen=True)
class TrendLayout:
    first: date
    last: date
    left: float
    width: float
    day_width: float
    panels: tuple[TrendPanel, ...]
    guides: tuple[TrendGuide, ...]
    date_ticks: tuple[tuple[float, date], ...]

    def panel(self, key: str) -> TrendPanel:
        return next(p for p in self.panels if p.key == key)


def range_for(entries: Sequence[EntryRecord], today: date, days: int | None, day_zero: date | None = None) -> tuple[date, date]:
    """The days shown: the last ``days`` days up to today, or (None) from the first thing recorded."""
    if days is not None:
        return today - timedelta(days=days - 1), today
    starts = [e.date for e in entries] + ([day_zero] if day_zero else [])
    first = min(starts, default=today)
    return min(first, today), today


def layout_trend(
    entries: Sequence[EntryRecord],
    milestones: Sequence[Milestone],
    first: date,
    last: date,
    rect: tuple[float, float, float, float],
    *,
    unit: TemperatureUnit = TemperatureUnit.CELSIUS,
    day_zero: date | None = None,
    text_width: Callable[[str], float] = lambda text: 7.0 * len(text),
    line_height: float = 14.0,
) -> TrendLayout:
    """Positions inside ``rect`` (left, top, width, height): guide labels on top, then three titled panels."""
    left, top, width, height = rect
    days = max(1, (last - first).days + 1)
    day_width = width / days

    def x(day: date) -> float:
        return left + ((day - first).days + 0.5) * day_width

    guides = _guides(milestones, first, last, day_zero, x, left, width, text_width)
    header = (1 + max((g.lane for g in guides), default=-1)) * line_height + (4 if guides else 0)
    title_band = line_height + 4
    panel_gap = 10.0
    top += header + title_band
    height -= header + title_band
    panel_gap += title_band
    shown = [e for e in entries if first <= e.date <= last]
    panel_height = max(12.0, (height - 2 * panel_gap) / 3)
    temperatures = [e.temperature_c for e in shown if e.temperature_c is not None]
    low_t = min([TEMPERATURE_FLOOR[0], *temperatures]) - (0.2 if temperatures and min(temperatures) < 36.0 else 0)
    high_t = max([TEMPERATURE_FLOOR[1], *temperatures]) + (0.2 if temperatures and max(temperatures) > 38.5 else 0)
    specs = (
        (BLEEDING_PANEL, 0.0, float(len(BLEEDING_LEVELS) - 1), lambda e: _bleeding_value(e.bleeding)),
        (PAIN_PANEL, 0.0, 10.0, lambda e: None if e.pain is None else float(e.pain)),
        (TEMPERATURE_PANEL, low_t, high_t, lambda e: e.temperature_c),
    )
    panels: list[TrendPanel] = []
    for index, (key, low, high, value_of) in enumerate(specs):
        panel_top = top + index * (panel_height + panel_gap)
        empty = TrendPanel(key, _tr(PANEL_TITLES[key]), panel_top, panel_height, low, high, (), ())
        points = tuple(
            TrendPoint(e.date, value, x(e.date), empty.y_for(value))
            for e in shown
            if (value := value_of(e)) is not None
        )
        segments = tuple(
            TrendSegment(a, b, continuous=(b.day - a.day).days == 1) for a, b in zip(points, points[1:], strict=False)
        )
        reference = None
        if key == TEMPERATURE_PANEL:
            reference = (empty.y_for(FEVER_THRESHOLD_C), wording().temperature(FEVER_THRESHOLD_C, unit))
        panels.append(
            TrendPanel(key, _tr(PANEL_TITLES[key]), panel_top, panel_height, low, high, points, segments, reference, empty.y_for(low))
        )

    step = _tick_step(days)
    tick_days = [last - timedelta(days=offset) for offset in range(0, days, step)]  # counted back from today
    date_ticks = tuple((x(day), day) for day in reversed(tick_days))
    return TrendLayout(first, last, left, width, day_width, tuple(panels), guides, date_ticks)


def _guides(
    milestones: Sequence[Milestone],
    first: date,
    last: date,
    day_zero: date | None,
    x: Callable[[date], float],
    left: float,
    width: float,
    text_width: Callable[[str], float],
) -> tuple[TrendGuide, ...]:
    """Milestone dates in range, each label in the first header lane where it fits."""
    dated: list[tuple[str, str, date]] = []
    if day_zero is not None and first <= day_zero <= last:
        dated.append(("day-zero", QCoreApplication.translate("TrendChart", "Day 0"), day_zero))
    for milestone in milestones:
        if milestone.kind is Kind.WINDOW or milestone.start is None or milestone.end is not None:
            continue  # windows and estimate bands are spans, not dates
        if first <= milestone.start <= last:
            dated.append((milestone.key, wording().title(milestone), milestone.start))
    dated.sort(key=lambda item: (item[2], item[0]))
    lane_ends: list[float] = []
    guides: list[TrendGuide] = []
    for key, title, day in dated:
        label_width = text_width(title)
        label_x = min(max(x(day), left + label_width / 2), left + width - label_width / 2)
        start = label_x - label_width / 2
        lane = next((i for i, end in enumerate(lane_ends) if start >= end + LABEL_GAP), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(0.0)
        lane_ends[lane] = label_x + label_width / 2
        guides.append(TrendGuide(key, title, day, x(day), lane, label_x))
    return tuple(guides)


def _bleeding_value(level: str | None) -> float | None:
    return None if level is None else float(BLEEDING_LEVELS.index(level))


def _tick_step(days: int) -> int:
    for step in (1, 2, 7, 14, 28, 56, 91, 182, 364):
        if days / step <= 8:
            return step
    return 728


SERIES_COLORS = {BLEEDING_PANEL: ROSE, PAIN_PANEL: LAVENDER, TEMPERATURE_PANEL: AMBER}


class _Canvas(QWidget):
    """The painted part; the chart's layout and data live in ``TrendChart``."""

    LEFT = 86.0
    RIGHT = 16.0
    TOP = 8.0
    BOTTOM = 28.0

    def __init__(self, chart: TrendChart) -> None:
        super().__init__(chart)
        self._chart = chart
        self.setMinimumSize(360, 260)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(760, 340)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self._chart.tooltip_at(event.pos().x())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def plot_rect(self) -> tuple[float, float, float, float]:
        return (self.LEFT, self.TOP, self.width() - self.LEFT - self.RIGHT, self.height() - self.TOP - self.BOTTOM)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        layout = self._chart.current_layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = QFontMetricsF(self.font())
        if layout is None:
            return
        right = layout.left + layout.width
        bottom = layout.panels[-1].top + layout.panels[-1].height

        for panel in layout.panels:
            painter.fillRect(QRectF(layout.left, panel.top, layout.width, panel.height), _faded(text, 10))
            painter.setPen(text)
            painter.drawText(QPointF(layout.left, panel.top - 6), panel.title)
            painter.setPen(quiet)
            low_label, high_label = self._chart.scale_labels(panel)
            for value, label in ((panel.low, low_label), (panel.high, high_label)):
                if panel.key == TEMPERATURE_PANEL and value == panel.high:
                    continue  # the 38.0 line is the one that matters
                y = panel.y_for(value)
                painter.drawText(QRectF(0, y - metrics.height() / 2, self.LEFT - 10, metrics.height()), Qt.AlignmentFlag.AlignRight, label)
            if panel.reference is not None:
                y, label = panel.reference
                painter.setPen(QPen(_faded(text, 110), 1, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(layout.left, y), QPointF(right, y))
                painter.setPen(quiet)
                painter.drawText(QRectF(0, y - metrics.height() / 2, self.LEFT - 10, metrics.height()), Qt.AlignmentFlag.AlignRight, label)

        for guide in layout.guides:
            label_y = self.TOP + guide.lane * metrics.height()
            painter.setPen(QPen(_faded(text, 70), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(guide.x, label_y + metrics.height()), QPointF(guide.x, bottom))
            painter.setPen(quiet)
            label_width = metrics.horizontalAdvance(guide.title)
            painter.drawText(QPointF(guide.label_x - label_width / 2, label_y + metrics.ascent()), guide.title)

        for panel in layout.panels:
            color = SERIES_COLORS[panel.key]
            if panel.key == BLEEDING_PANEL:
                bar = max(2.0, min(14.0, layout.day_width * 0.6))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(_faded(color, 190))
                for point in panel.points:
                    height = max(2.0, panel.baseline - point.y)  # "none" is a thin line, not nothing
                    painter.drawRoundedRect(QRectF(point.x - bar / 2, panel.baseline - height, bar, height), 2, 2)
                continue
            for segment in panel.segments:
                style = Qt.PenStyle.SolidLine if segment.continuous else Qt.PenStyle.DashLine
                painter.setPen(QPen(_faded(color, 220), 2, style))
                painter.drawLine(QPointF(segment.start.x, segment.start.y), QPointF(segment.end.x, segment.end.y))
            painter.setPen(QPen(color.darker(125), 1))
            painter.setBrush(color)
            for point in panel.points:
                painter.drawEllipse(QPointF(point.x, point.y), 3.0, 3.0)

        painter.setPen(quiet)
        for x, day in layout.date_ticks:
            label = QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(min(max(x - width / 2, layout.left - 20), self.width() - width), bottom + metrics.ascent() + 6), label)


def _faded(color: QColor, alpha: int) -> QColor:
    result = QColor(color)
    result.setAlpha(alpha)
    return result


class TrendChart(QWidget):
    """Range buttons above the painted panels; hover a guide to see its milestone."""

    range_changed = Signal(object)  # the number of days, or None for all

    def __init__(self, parent: QWidget | None = None, unit: TemperatureUnit = TemperatureUnit.CELSIUS) -> None:
        super().__init__(parent)
        self._entries: list[EntryRecord] = []
        self._milestones: list[Milestone] = []
        self._today = date.today()
        self._day_zero: date | None = None
        self._days: int | None = 14
        self._unit = unit
        self.setAccessibleName(self.tr("Trend of bleeding, pain and temperature"))

        self.range_buttons = QButtonGroup(self)
        buttons = QHBoxLayout()
        buttons.setSpacing(14)
        shown = QLabel(self.tr("Show:"))
        buttons.addWidget(shown)
        for index, (label, days) in enumerate(RANGES.items()):
            button = QRadioButton(self.tr(label))  # a radio button shows its state clearly in any palette
            button.setChecked(days == self._days)
            button.setProperty("days", days)
            self.range_buttons.addButton(button, index)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.caption = QLabel("")
        self.caption.setObjectName("hint")
        buttons.addWidget(self.caption)
        self.canvas = _Canvas(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.canvas, 1)
        self.range_buttons.buttonClicked.connect(lambda button: self.set_range_days(button.property("days")))

    def set_data(
        self, entries: Sequence[EntryRecord], milestones: Sequence[Milestone], today: date, day_zero: date | None = None
    ) -> None:
        self._entries = sorted(entries, key=lambda e: e.date)
        self._milestones = list(milestones)
        self._today = today
        self._day_zero = day_zero
        self._refresh()

    def set_range_days(self, days: int | None) -> None:
        self._days = days
        for button in self.range_buttons.buttons():
            button.setChecked(button.property("days") == days)
        self._refresh()
        self.range_changed.emit(days)

    def set_temperature_unit(self, unit: TemperatureUnit) -> None:
        self._unit = unit
        self._refresh()

    def shown_range(self) -> tuple[date, date]:
        return range_for(self._entries, self._today, self._days, self._day_zero)

    def current_layout(self) -> TrendLayout | None:
        first, last = self.shown_range()
        metrics = QFontMetricsF(self.canvas.font())
        return layout_trend(
            self._entries,
            self._milestones,
            first,
            last,
            self.canvas.plot_rect(),
            unit=self._unit,
            day_zero=self._day_zero,
            text_width=metrics.horizontalAdvance,
            line_height=metrics.height(),
        )

    def tooltip_at(self, x: float) -> str:
        """The milestones whose guide is under ``x``, and the values of that day."""
        layout = self.current_layout()
        if layout is None or not layout.left <= x <= layout.left + layout.width:
            return ""
        day = layout.first + timedelta(days=int((x - layout.left) // layout.day_width))
        lines = [f"{g.title}" for g in layout.guides if g.day == day]
        entry = next((e for e in self._entries if e.date == day), None)
        if entry is not None and _has_symptoms(entry):
            values = []
            if entry.bleeding is not None:
                values.append(self.tr("bleeding {level}").format(level=_tr(BLEEDING_WORDS.get(entry.bleeding, entry.bleeding))))
            if entry.pain is not None:
                values.append(self.tr("pain {score}").format(score=QLocale().toString(entry.pain)))
            if entry.temperature_c is not None:
                values.append(wording().temperature(entry.temperature_c, self._unit))
            lines.append(", ".join(values))
        return f"{medium_date(day)}\n" + "\n".join(lines) if lines else ""

    def scale_labels(self, panel: TrendPanel) -> tuple[str, str]:
        if panel.key == BLEEDING_PANEL:
            return self.tr("none"), self.tr("heavy")
        if panel.key == PAIN_PANEL:
            return "0", "10"
        return wording().temperature(panel.low, self._unit), wording().temperature(panel.high, self._unit)

    def _refresh(self) -> None:
        first, last = self.shown_range()
        recorded = sum(1 for e in self._entries if first <= e.date <= last and _has_symptoms(e))
        days = plural(self.tr("%n day(s) with symptoms recorded", "", recorded), recorded)
        self.caption.setText(
            self.tr("{first} to {last} · {days}").format(first=medium_date(first), last=medium_date(last), days=days)
        )
        self.canvas.update()


def _has_symptoms(entry: EntryRecord) -> bool:
    return entry.bleeding is not None or entry.pain is not None or entry.temperature_c is not None
