"""The hCG picture's layout: positions, the log axis and the test results, checked without painting."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.exchange.hcg_figure import label_span, layout_hcg, value_text
from desktop.store.records import DayRecord


def day(n: int, hcg: float | None = None, test: str | None = None) -> DayRecord:
    return DayRecord(date(2026, 3, n), hcg_miu_ml=hcg, test_result=test)


def test_nothing_recorded_gives_an_empty_layout() -> None:
    layout = layout_hcg([DayRecord(date(2026, 3, 1), text="a page")], 400, 200)
    assert layout.is_empty and layout.ticks == ()


def test_values_within_two_orders_of_magnitude_use_a_linear_axis_from_zero() -> None:
    layout = layout_hcg([day(1, 40.0), day(3, 1200.0), day(5, 600.0)], 400, 200)
    assert not layout.log_scale
    assert [value for value, _y in layout.ticks] == [0.0, 500.0, 1000.0, 1500.0, 2000.0]
    left, top, right, bottom = layout.plot
    by_day = {p.day.day: p for p in layout.points}
    assert by_day[1].x < by_day[3].x < by_day[5].x
    assert by_day[3].x - by_day[1].x == pytest.approx(by_day[5].x - by_day[3].x)  # spaced by days
    assert bottom > by_day[1].y > by_day[5].y > by_day[3].y >= top  # higher values higher up
    assert by_day[3].y == pytest.approx(bottom - (bottom - top) * 1200 / 2000)


def test_values_spanning_orders_of_magnitude_use_a_log_axis_with_powers_of_ten() -> None:
    layout = layout_hcg([day(1, 4800.0), day(8, 480.0), day(15, 12.5), day(22, 0.0)], 400, 200)
    assert layout.log_scale
    assert [value for value, _y in layout.ticks] == [10.0, 100.0, 1000.0, 10000.0]
    by_day = {p.day.day: p for p in layout.points}
    # equal ratios are equal steps on a log axis: 4800 -> 480 is one decade, as 100 -> 1000 is
    ys = dict(layout.ticks)
    assert by_day[1].y - by_day[8].y == pytest.approx(ys[1000.0] - ys[100.0])
    zero = by_day[22]
    assert zero.below_axis and zero.value == 0.0 and zero.y == pytest.approx(ys[10.0])  # on the floor, true value kept


def test_test_results_are_marked_on_their_days_even_without_values() -> None:
    layout = layout_hcg([day(2, test="positive"), day(9, test="faint"), day(16, test="negative")], 400, 200)
    assert [(m.day.day, m.result) for m in layout.tests] == [(2, "positive"), (9, "faint"), (16, "negative")]
    assert layout.points == () and (layout.first, layout.last) == (date(2026, 3, 2), date(2026, 3, 16))


@given(values=st.lists(st.floats(0, 500_000), min_size=1, max_size=20))
def test_every_point_lies_inside_the_plot(values: list[float]) -> None:
    first = date(2026, 1, 1).toordinal()
    layout = layout_hcg([DayRecord(date.fromordinal(first + i), hcg_miu_ml=v) for i, v in enumerate(values)], 500, 260)
    left, top, right, bottom = layout.plot
    for point in layout.points:
        assert left <= point.x <= right and top - 1e-6 <= point.y <= bottom + 1e-6


def test_values_are_written_as_recorded() -> None:
    assert (value_text(1250.0), value_text(12.5), value_text(0.0)) == ("1,250", "12.5", "0")


@given(st.lists(st.floats(min_value=0, max_value=500_000), min_size=1, max_size=8), st.floats(min_value=10, max_value=600))
def test_every_point_label_lies_inside_the_plot_clear_of_the_axis_numbers(values: list[float], text_width: float) -> None:
    """Seen in the trends window: the first label, centred on its point at the plot's left edge, lay over "10000"."""
    layout = layout_hcg([day(n + 1, value) for n, value in enumerate(values)], 400, 200)
    left, _top, right, _bottom = layout.plot
    for point in layout.points:
        label_left, width = label_span(layout, point, text_width)
        assert left <= label_left and label_left + width <= right + 1e-9
        assert width == min(text_width, right - left)
        if width < right - left:  # room to spare: the label still covers its point
            assert label_left <= point.x <= label_left + width


def test_the_pdf_picture_keeps_its_words_inside_it(qapp) -> None:  # type: ignore[no-untyped-def]
    """Seen on the PDF's page as PNG: "10,000" cut at the left edge and the dates cut at the bottom."""
    from PySide6.QtGui import QImage

    from desktop.exchange.hcg_figure import hcg_png

    picture = QImage.fromData(hcg_png([day(1, 9000.0), day(8, 800.0), day(15, 40.0, "faint"), day(22, 2.0, "negative")]))
    assert not picture.isNull()

    def inked(xs: range, ys: range) -> bool:
        return any(picture.pixelColor(x, y).lightness() < 200 for x in xs for y in ys)

    assert inked(range(picture.width()), range(picture.height()))  # something is drawn
    assert not inked(range(0, 4), range(picture.height()))  # the left edge: no cut number
    assert not inked(range(picture.width()), range(picture.height() - 3, picture.height()))  # the bottom: no cut date
