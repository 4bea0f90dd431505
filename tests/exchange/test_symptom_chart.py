"""The PDF's temperature and pain chart, checked as positions without painting."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.exchange.symptom_chart import layout_symptoms
from desktop.store.records import DayRecord

FIRST, LAST = date(2026, 3, 1), date(2026, 3, 11)


def day(n: int, temperature: float | None = None, pain: int | None = None) -> DayRecord:
    return DayRecord(date(2026, 3, n), temperature_c=temperature, pain=pain)


def test_temperature_above_pain_points_spaced_by_day_and_the_38_line() -> None:
    chart = layout_symptoms([day(1, 36.6, 8), day(6, 38.4, 5), day(11, 36.8, 0)], FIRST, LAST, 500, 150)
    temperature, pain = chart.panels
    assert temperature.bottom < pain.top  # one above the other
    xs = [p.x for p in temperature.points]
    assert xs[0] == pytest.approx(chart.left) and xs[-1] == pytest.approx(chart.right)
    assert xs[1] - xs[0] == pytest.approx(xs[2] - xs[1])
    assert temperature.reference == pytest.approx(temperature.y_for(38.0))
    assert [p.marked for p in temperature.points] == [False, True, False]  # the fever day, as in the table
    assert [p.value for p in pain.points] == [8.0, 5.0, 0.0]
    assert pain.points[2].y == pytest.approx(pain.bottom) and pain.y_for(10) == pytest.approx(pain.top)


def test_a_day_with_nothing_recorded_breaks_the_line_and_is_never_zero() -> None:
    chart = layout_symptoms([day(1, pain=3), day(2, pain=4), day(5, pain=2), day(6)], FIRST, LAST, 500, 150)
    pain = chart.panels[1]
    assert [[p.day.day for p in run] for run in pain.runs] == [[1, 2], [5]]
    assert all(p.day.day != 6 for p in pain.points)


def test_the_temperature_scale_always_shows_36_to_38_5_and_widens_for_more() -> None:
    calm = layout_symptoms([day(2, 36.9)], FIRST, LAST, 500, 150).panels[0]
    assert (calm.low, calm.high) == (36.0, 38.5)
    wide = layout_symptoms([day(2, 35.2), day(3, 39.6)], FIRST, LAST, 500, 150).panels[0]
    assert (wide.low, wide.high) == (35.2, 39.6)
    assert all(wide.top - 1e-6 <= p.y <= wide.bottom + 1e-6 for p in wide.points)
