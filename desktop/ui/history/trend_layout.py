"""Where everything of the trend chart goes: plain Python positions from the day records (tests check them).

``layout_trend`` computes the three panels (bleeding, pain, temperature) over
one time axis, the milestone guides and the date ticks for a rectangle;
``TrendChart`` (``trend_chart``) paints what it returns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from desktop.guidance import Kind, Milestone
from desktop.guidance.temperature import FEVER_THRESHOLD_C, TemperatureUnit
from desktop.store.records import BLEEDING_LEVELS, EntryRecord
from desktop.ui.settings.i18n import QT_TRANSLATE_NOOP, wording

# Labels in English; shown through QCoreApplication.translate("TrendChart", …)
RANGES: dict[str, int | None] = {QT_TRANSLATE_NOOP("TrendChart", "2 weeks"): 14, QT_TRANSLATE_NOOP("TrendChart", "6 weeks"): 42, QT_TRANSLATE_NOOP("TrendChart", "All"): None}
BLEEDING_PANEL, PAIN_PANEL, TEMPERATURE_PANEL = "bleeding", "pain", "temperature"
PANEL_TITLES = {
    BLEEDING_PANEL: QT_TRANSLATE_NOOP("TrendChart", "Bleeding"),
    PAIN_PANEL: QT_TRANSLATE_NOOP("TrendChart", "Pain (0–10)"),
    TEMPERATURE_PANEL: QT_TRANSLATE_NOOP("TrendChart", "Temperature"),
}
BLEEDING_WORDS = {  # the levels of desktop.store.records, in the tooltip
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
    specs: tuple[tuple[str, float, float, Callable[[EntryRecord], float | None]], ...] = (
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
