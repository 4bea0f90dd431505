"""The trends window's hCG chart: its model answers without painting; the widget paints what it laid out."""

from __future__ import annotations

from datetime import date

from desktop.store import DayRecord
from desktop.ui.history.hcg_chart import HcgChart, HcgChartModel
from desktop.ui.settings.i18n import number_text

ROWS = [
    DayRecord(date(2026, 3, 2), hcg_miu_ml=4800.0, test_result="positive"),
    DayRecord(date(2026, 3, 4), text="only a note"),
    DayRecord(date(2026, 3, 9), hcg_miu_ml=480.0),
    DayRecord(date(2026, 3, 16), hcg_miu_ml=12.5),
    DayRecord(date(2026, 3, 23), test_result="negative"),
]


def test_the_model_keeps_only_days_with_a_value_or_a_test(qapp) -> None:  # type: ignore[no-untyped-def]
    model = HcgChartModel()
    model.set_entries(ROWS)
    assert model.days() == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16), date(2026, 3, 23)]


def test_the_layout_is_logarithmic_across_orders_of_magnitude_and_each_point_names_its_day(qapp) -> None:  # type: ignore[no-untyped-def]
    model = HcgChartModel()
    model.set_entries(ROWS)
    layout = model.layout(600, 220)
    assert layout.log_scale and model.words().log_axis == "hCG (mIU/mL), log scale"
    assert [(p.day.day, p.value) for p in layout.points] == [(2, 4800.0), (9, 480.0), (16, 12.5)]
    assert [(m.day.day, m.result) for m in layout.tests] == [(2, "positive"), (23, "negative")]
    first = layout.points[0]
    assert model.point_at(layout, first.x + 2, first.y - 2) == first
    assert model.point_at(layout, first.x + 40, first.y) is None
    big, small = number_text(4800, 0), number_text(12.5, 1)  # the locale's own digits and signs
    assert model.point_text(first) == f"{big} mIU/mL on 2 Mar 2026"
    assert model.description() == (
        f"2 Mar 2026: {big} mIU/mL, test positive; 9 Mar 2026: 480 mIU/mL; "
        f"16 Mar 2026: {small} mIU/mL; 23 Mar 2026: test negative"
    )


def test_close_values_keep_a_linear_axis(qapp) -> None:  # type: ignore[no-untyped-def]
    model = HcgChartModel()
    model.set_entries([DayRecord(date(2026, 3, 2), hcg_miu_ml=120.0), DayRecord(date(2026, 3, 4), hcg_miu_ml=240.0)])
    assert not model.layout(600, 220).log_scale


def test_the_widget_hides_while_nothing_is_recorded_and_paints_when_something_is(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = HcgChart()
    qtbot.addWidget(chart)
    chart.resize(600, 220)
    chart.show()
    chart.set_entries([DayRecord(date(2026, 3, 4), text="a page")])
    assert chart.isHidden()
    assert chart.accessibleDescription() == "No hCG values or pregnancy tests recorded."
    chart.set_entries(ROWS)
    assert not chart.isHidden()
    image = chart.grab().toImage()
    background = image.pixelColor(2, 2)
    point = chart.current_layout().points[1]
    assert image.pixelColor(int(point.x), int(point.y)) != background  # the value is drawn where it was laid out
    assert "480 mIU/mL" in chart.accessibleDescription()
