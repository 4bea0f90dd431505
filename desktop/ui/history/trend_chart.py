"""A quiet chart of bleeding, pain and temperature over the last 2 weeks, 6 weeks or all days.

Three small panels share one time axis (one scale each, instead of three
scales on one plot), and the milestone dates run through all three as thin
vertical guides. A day with nothing recorded has no point: "not recorded" is
never drawn as zero; points a few days apart are joined by a dashed line.

``layout_trend`` (``trend_layout``) is plain Python and computes every
position (tests check it); ``TrendChart`` paints it with QPainter. Not
imported at start-up; the owner calls ``set_data(entries, milestones, today)``
with rows it read off the UI thread, and after a day is saved
``update_day(day, record)`` with that one record: a 100,000-page journal is
never read again for one changed day, and the chart keeps its rows sorted so
a range is found by bisection, not by a walk through every row.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import (
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

from desktop.guidance import Milestone
from desktop.guidance.temperature import TemperatureUnit
from desktop.store.records import EntryRecord
from desktop.ui.calendar.painter import AMBER, LAVENDER, ROSE
from desktop.ui.history.trend_layout import (  # noqa: F401 (the chart's vocabulary, imported from here by its users)
    BLEEDING_PANEL,
    BLEEDING_WORDS,
    PAIN_PANEL,
    RANGES,
    TEMPERATURE_PANEL,
    TrendLayout,
    TrendPanel,
    _tr,
    layout_trend,
    range_for,
)
from desktop.ui.settings.i18n import medium_date, plural, wording

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
        self._dates: list[date] = []  # the entries' dates, for bisection
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
        self._dates = [e.date for e in self._entries]
        self.set_plan(milestones, today, day_zero)

    def set_plan(self, milestones: Sequence[Milestone], today: date, day_zero: date | None = None) -> None:
        """The guides and the days shown, at once; the rows follow (``set_entries``) when they have been read."""
        self._milestones = list(milestones)
        self._today = today
        self._day_zero = day_zero
        self._refresh()

    def set_entries(self, entries: Sequence[EntryRecord]) -> None:
        self._entries = sorted(entries, key=lambda e: e.date)
        self._dates = [e.date for e in self._entries]
        self._refresh()

    def update_day(self, day: date, record: EntryRecord | None) -> None:
        """One day was saved: put its record in place (None: the day has no page now); nothing else is read."""
        index = bisect_left(self._dates, day)
        present = index < len(self._dates) and self._dates[index] == day
        if record is None:
            if present:
                del self._entries[index], self._dates[index]
        elif present:
            self._entries[index] = record
        else:
            self._entries.insert(index, record)
            self._dates.insert(index, day)
        self._refresh()

    def entries(self) -> list[EntryRecord]:
        """The rows the chart holds, by date."""
        return list(self._entries)

    def _between(self, first: date, last: date) -> list[EntryRecord]:
        return self._entries[bisect_left(self._dates, first) : bisect_right(self._dates, last)]

    def set_range_days(self, days: int | None) -> None:
        self._days = days
        for button in self.range_buttons.buttons():
            button.setChecked(button.property("days") == days)
        self._refresh()
        self.range_changed.emit(days)

    def set_temperature_unit(self, unit: TemperatureUnit) -> None:
        self._unit = unit
        self._refresh()

    def first_day_needed(self) -> date:
        """The earliest page the range shown needs: every page for "All" (its first day is the first page's)."""
        return date.min if self._days is None else self.shown_range()[0]

    def shown_range(self) -> tuple[date, date]:
        return range_for(self._entries[:1], self._today, self._days, self._day_zero)  # sorted: the first is the earliest

    def current_layout(self) -> TrendLayout | None:
        first, last = self.shown_range()
        metrics = QFontMetricsF(self.canvas.font())
        return layout_trend(
            self._between(first, last),
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
        entry = next(iter(self._between(day, day)), None)
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
        recorded = sum(1 for e in self._between(first, last) if _has_symptoms(e))
        days = plural(self.tr("%n day(s) with symptoms recorded", "", recorded), recorded)
        self.caption.setText(
            self.tr("{first} to {last} · {days}").format(first=medium_date(first), last=medium_date(last), days=days)
        )
        self.canvas.update()


def _has_symptoms(entry: EntryRecord) -> bool:
    return entry.bleeding is not None or entry.pain is not None or entry.temperature_c is not None
