"""The timeline's geometry: day 0 at the left, twelve months at the right, windows as bars, labels in lanes."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from desktop.guidance import EventKind, History, RecordedEvent, milestones_for
from desktop.guidance.engine import CustomMilestone
from desktop.ui.history.timeline_view import TimelineView, layout_timeline, x_for

DAY_ZERO = date(2026, 1, 10)  # 365 days to 2027-01-10
TODAY = date(2026, 2, 9)  # day 30


def plan(*events: RecordedEvent, custom: tuple[CustomMilestone, ...] = ()):  # type: ignore[no-untyped-def]
    return milestones_for(History((RecordedEvent(EventKind.PROCEDURE, DAY_ZERO), *events), custom=custom), TODAY)


def test_x_is_proportional_to_days_since_day_zero() -> None:
    end = date(2027, 1, 10)
    assert x_for(DAY_ZERO, DAY_ZERO, end, 10, 365) == 10
    assert x_for(date(2026, 1, 31), DAY_ZERO, end, 10, 365) == 31
    assert x_for(end, DAY_ZERO, end, 10, 365) == 375


def test_windows_milestones_and_today_are_placed_by_date() -> None:
    layout = layout_timeline(plan(), DAY_ZERO, TODAY, left=0, width=365)
    assert layout.end == date(2027, 1, 10)
    bars = {b.key: b for b in layout.bars}
    assert (bars["abstinence"].x0, bars["abstinence"].x1) == (0, 21)
    assert bars["avoid-pregnancy"].x1 == pytest.approx((date(2026, 7, 10) - DAY_ZERO).days)
    assert bars["first-period"].estimate  # 4-6 week band until a period is logged
    assert (bars["first-period"].x0, bars["first-period"].x1) == (28, 43)
    marks = {m.key: m for m in layout.marks}
    assert marks["sex-earliest"].x == 21 and marks["sex-earliest"].past
    assert marks["planning-earliest"].x == pytest.approx(181) and not marks["planning-earliest"].past
    assert marks["planning-better"].x == 365
    assert layout.today_x == 30 and layout.today_label == "Today · day 30"
    assert [t.label for t in layout.ticks][:2] == ["Day 0", "1 mo"] and layout.ticks[-1].x == 365


def test_labels_that_would_overlap_go_to_another_lane() -> None:
    period = RecordedEvent(EventKind.PERIOD, date(2026, 2, 1))  # day 22: next to "Earliest time for sex again" on day 21
    layout = layout_timeline(plan(period), DAY_ZERO, TODAY, left=0, width=365, text_width=lambda t: 6.0 * len(t))
    marks = {m.key: m for m in layout.marks}
    assert marks["sex-earliest"].lane != marks["first-period"].lane
    lanes: dict[int, list[tuple[float, float]]] = {}
    for m in layout.marks:
        half = 3.0 * len(m.title)
        lanes.setdefault(m.lane, []).append((m.label_x - half, m.label_x + half))
    for spans in lanes.values():
        spans.sort()
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))


def test_labels_stay_inside_the_track() -> None:
    layout = layout_timeline(plan(), DAY_ZERO, TODAY, left=10, width=365, text_width=lambda t: 6.0 * len(t))
    for m in layout.marks:
        half = 3.0 * len(m.title)
        assert m.label_x - half >= 10 and m.label_x + half <= 375


def test_dates_beyond_twelve_months_and_today_outside_are_not_drawn() -> None:
    far = CustomMilestone(1, "Trip", date(2027, 6, 1))
    layout = layout_timeline(plan(custom=(far,)), DAY_ZERO, date(2027, 3, 1), left=0, width=365)
    assert layout.outside == ("Trip",)
    assert layout.today_x is None


def test_the_widget_paints_with_and_without_a_plan(qtbot: QtBot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(700, 200)
    assert view.current_layout() is None and "no timeline" in view.spoken()
    view.grab()
    view.set_plan(plan(), DAY_ZERO, TODAY)
    view.grab()
    layout = view.current_layout()
    assert layout is not None and layout.left == view.MARGIN
    assert "Earliest time for sex again: 31 Jan 2026" in view.spoken()
    sex = next(m for m in layout.marks if m.key == "sex-earliest")
    assert "Earliest time for sex again" in view.tooltip_at(sex.x)


def _gaps(column: list[bool]) -> list[int]:
    """The lengths of the gaps (False runs) between the first and last True in a column of pixels."""
    first, last = column.index(True), len(column) - 1 - column[::-1].index(True)
    gaps, gap = [], 0
    for on in column[first : last + 1]:
        if on:
            if gap:
                gaps.append(gap)
            gap = 0
        else:
            gap += 1
    return gaps


def test_todays_line_passes_behind_a_window_title_not_through_it(qtbot: QtBot) -> None:
    """Seen in the trends window: the today line crossed "Rest from sex for three weeks" letter by letter."""
    from PySide6.QtGui import QFontMetricsF, QPalette

    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(700, 220)
    view.set_plan(plan(), DAY_ZERO, TODAY)  # today is day 30; the three-week bar's title starts just after day 21
    layout = view.current_layout()
    assert layout is not None and layout.today_x is not None
    bar = next(b for b in layout.bars if b.key == "abstinence")
    title = QFontMetricsF(view.font()).horizontalAdvance(bar.title)
    assert bar.x1 < layout.today_x < bar.x1 + title  # the line's x lies inside the title
    image = view.grab().toImage()
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    x = round(layout.today_x)

    def is_line(y: int) -> bool:
        pixel = image.pixelColor(x, y)
        return abs(pixel.red() - highlight.red()) + abs(pixel.green() - highlight.green()) + abs(pixel.blue() - highlight.blue()) < 60

    column = [is_line(y) for y in range(image.height())]
    assert any(column)
    assert max(_gaps(column), default=0) >= QFontMetricsF(view.font()).height() - 2  # cut for the title's whole height
