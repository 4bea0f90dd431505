"""The trend chart's geometry: days across, values up, gaps for unrecorded days, milestone guides."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from desktop.guidance import EventKind, History, RecordedEvent, milestones_for
from desktop.guidance.temperature import TemperatureUnit
from desktop.store import EntryRecord
from desktop.ui.history.trend_chart import (
    BLEEDING_PANEL,
    PAIN_PANEL,
    TEMPERATURE_PANEL,
    TrendChart,
    layout_trend,
    range_for,
)

DAY_ZERO = date(2026, 3, 1)
TODAY = date(2026, 3, 28)
RECT = (0.0, 0.0, 280.0, 400.0)  # 28 days: 10 px per day


def entries() -> list[EntryRecord]:
    return [
        EntryRecord(date(2026, 3, 2), bleeding="heavy", pain=6, temperature_c=38.2),
        EntryRecord(date(2026, 3, 3), bleeding="medium", pain=4, temperature_c=37.5),
        EntryRecord(date(2026, 3, 6), bleeding="none", pain=0),  # no temperature that day
        EntryRecord(date(2026, 3, 7), text="only words"),
    ]


def plan():  # type: ignore[no-untyped-def]
    return milestones_for(History((RecordedEvent(EventKind.PROCEDURE, DAY_ZERO),)), TODAY)


def layout(**kwargs):  # type: ignore[no-untyped-def]
    return layout_trend(entries(), plan(), DAY_ZERO, TODAY, RECT, day_zero=DAY_ZERO, **kwargs)


def test_days_are_spread_evenly_and_points_sit_in_the_middle_of_their_day() -> None:
    result = layout()
    assert result.day_width == 10
    pain = result.panel(PAIN_PANEL)
    assert [(p.day, p.x) for p in pain.points] == [(date(2026, 3, 2), 15), (date(2026, 3, 3), 25), (date(2026, 3, 6), 55)]


def test_values_map_to_heights_within_their_own_panel() -> None:
    result = layout()
    pain = result.panel(PAIN_PANEL)
    zero, six = pain.y_for(0), pain.y_for(6)
    assert pain.top < six < zero < pain.top + pain.height
    assert [p.y for p in pain.points] == [pytest.approx(six), pytest.approx(pain.y_for(4)), pytest.approx(zero)]
    bleeding = result.panel(BLEEDING_PANEL)
    assert [p.value for p in bleeding.points] == [4.0, 3.0, 0.0]  # heavy, medium, none ("none" is recorded)
    panels = result.panels
    assert panels[0].top + panels[0].height < panels[1].top < panels[1].top + panels[1].height < panels[2].top


def test_unrecorded_days_are_gaps_not_zeros() -> None:
    result = layout()
    temperature = result.panel(TEMPERATURE_PANEL)
    assert [p.day for p in temperature.points] == [date(2026, 3, 2), date(2026, 3, 3)]
    pain = result.panel(PAIN_PANEL)
    assert [s.continuous for s in pain.segments] == [True, False]  # 3 -> 6 March skips two days


def test_the_fever_line_and_the_temperature_scale() -> None:
    temperature = layout().panel(TEMPERATURE_PANEL)
    assert (temperature.low, temperature.high) == (36.0, 38.5)
    assert temperature.reference is not None
    y, label = temperature.reference
    assert y == pytest.approx(temperature.y_for(38.0)) and label == "38.0 °C"
    _, label_f = layout(unit=TemperatureUnit.FAHRENHEIT).panel(TEMPERATURE_PANEL).reference  # type: ignore[misc]
    assert label_f == "100.4 °F"


def test_milestone_dates_in_range_are_vertical_guides() -> None:
    guides = {g.key: g for g in layout().guides}
    assert guides["day-zero"].x == 5
    assert guides["sex-earliest"].day == date(2026, 3, 22) and guides["sex-earliest"].x == 215
    assert "abstinence" not in guides  # windows are spans, not dates
    assert "planning-earliest" not in guides  # September: outside the range


def test_overlapping_guide_labels_take_separate_lanes() -> None:
    result = layout_trend([], plan(), DAY_ZERO, TODAY, RECT, day_zero=date(2026, 3, 21), text_width=lambda t: 8.0 * len(t))
    guides = {g.key: g for g in result.guides}
    assert guides["day-zero"].lane != guides["sex-earliest"].lane


def test_ranges_end_today() -> None:
    assert range_for(entries(), TODAY, 14) == (date(2026, 3, 15), TODAY)
    assert range_for(entries(), TODAY, 42) == (TODAY - timedelta(days=41), TODAY)
    assert range_for(entries(), TODAY, None) == (date(2026, 3, 2), TODAY)
    assert range_for(entries(), TODAY, None, day_zero=DAY_ZERO) == (DAY_ZERO, TODAY)
    assert range_for([], TODAY, None) == (TODAY, TODAY)


def test_the_widget_switches_ranges_and_paints(qtbot: QtBot) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(800, 420)
    chart.set_data(entries(), plan(), TODAY, DAY_ZERO)
    assert chart.shown_range() == (date(2026, 3, 15), TODAY)
    with qtbot.waitSignal(chart.range_changed) as blocker:
        chart.range_buttons.button(2).click()  # "All"
    assert blocker.args == [None]
    assert chart.shown_range() == (DAY_ZERO, TODAY)
    assert "3 days with symptoms" in chart.caption.text()
    chart.grab()
    result = chart.current_layout()
    assert result is not None
    point = result.panel(PAIN_PANEL).points[0]
    assert "pain 6" in chart.tooltip_at(point.x) and "38.2 °C" in chart.tooltip_at(point.x)


def test_one_saved_day_is_put_in_place_without_the_rest_being_read_again(qtbot: QtBot) -> None:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.set_data(entries(), plan(), TODAY, DAY_ZERO)
    chart.update_day(date(2026, 3, 4), EntryRecord(date(2026, 3, 4), pain=2))  # a new page between two
    chart.update_day(date(2026, 3, 2), EntryRecord(date(2026, 3, 2), pain=1))  # a changed page
    chart.update_day(date(2026, 3, 7), None)  # a page emptied
    chart.update_day(date(2026, 3, 9), None)  # no page before, none now
    assert [(e.date.day, e.pain) for e in chart.entries()] == [(2, 1), (3, 4), (4, 2), (6, 0)]
    chart.set_range_days(None)
    pain = chart.current_layout().panel(PAIN_PANEL)  # type: ignore[union-attr]
    assert [(p.day.day, p.value) for p in pain.points] == [(2, 1.0), (3, 4.0), (4, 2.0), (6, 0.0)]
    assert "4 days with symptoms recorded" in chart.caption.text()
