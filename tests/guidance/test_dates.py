from datetime import date

import pytest

from desktop.guidance.dates import add_days, add_months, parse_iso_date


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),  # leap year
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 3, 31), 6, date(2026, 9, 30)),
        (date(2026, 7, 15), 6, date(2027, 1, 15)),
        (date(2026, 12, 31), 12, date(2027, 12, 31)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
    ],
)
def test_add_months_clamps_to_the_end_of_the_month(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_add_days_is_exact_across_month_and_year_ends() -> None:
    assert add_days(date(2026, 12, 20), 21) == date(2027, 1, 10)
    assert add_days(date(2028, 2, 20), 21) == date(2028, 3, 12)


@pytest.mark.parametrize("text", ["2026-02-30", "2026-13-01", "26-01-01", "2026/01/01", "yesterday", "", "2026-1-1"])
def test_parse_iso_date_rejects_anything_but_a_real_yyyy_mm_dd(text: str) -> None:
    with pytest.raises(ValueError):
        parse_iso_date(text)


def test_parse_iso_date_accepts_a_real_date() -> None:
    assert parse_iso_date("2028-02-29") == date(2028, 2, 29)


@pytest.mark.parametrize(
    ("add", "start", "amount"),
    [(add_days, date.max, 1), (add_days, date.min, -1), (add_days, date(2026, 1, 1), 10**9),
     (add_months, date(9999, 12, 31), 1), (add_months, date(1, 1, 1), -1)],
)
def test_arithmetic_past_the_calendar_raises_a_plan_error(add, start: date, amount: int) -> None:  # type: ignore[no-untyped-def]
    from desktop.guidance.dates import PlanDateError

    with pytest.raises(PlanDateError, match="beyond the calendar"):
        add(start, amount)
