"""Every rule of the guidance table in DESIGN.md, checked with explicit dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.guidance import CustomMilestone, EventKind, History, Milestone, Override, RecordedEvent, milestones_for
from desktop.guidance.engine import day_zero_for, next_milestone
from desktop.guidance.plan import article_plan
from desktop.resources import article_text
from desktop.wording import Wording

M, P, PER, C = EventKind.MISCARRIAGE, EventKind.PROCEDURE, EventKind.PERIOD, EventKind.CONSULTATION


def history(*events: tuple[EventKind, date], overrides: tuple[Override, ...] = (), custom=()) -> History:
    return History(tuple(RecordedEvent(kind, day) for kind, day in events), overrides, tuple(custom))


def by_key(milestones: list[Milestone]) -> dict[str, Milestone]:
    return {m.key: m for m in milestones}


def test_no_loss_recorded_means_no_plan() -> None:
    assert milestones_for(History(), date(2026, 11, 25)) == []
    assert milestones_for(history((PER, date(2026, 11, 1))), date(2026, 11, 25)) == []


def test_the_article_plan_for_a_procedure_on_aug_31() -> None:
    plan = by_key(milestones_for(history((P, date(2026, 8, 31))), date(2026, 9, 1)))
    assert (plan["abstinence"].start, plan["abstinence"].end) == (date(2026, 8, 31), date(2026, 9, 21))
    assert plan["sex-earliest"].start == date(2026, 9, 21)
    assert (plan["avoid-pregnancy"].start, plan["avoid-pregnancy"].end) == (date(2026, 8, 31), date(2027, 2, 28))
    assert plan["planning-earliest"].start == date(2027, 2, 28)
    assert plan["planning-better"].start == date(2027, 8, 31)
    assert plan["consultation"].kind == "todo"
    assert plan["consultation"].status == "open"
    assert plan["consultation"].due == date(2027, 2, 28)
    assert "sex-ideal" not in plan
    assert all(m.source == "article" for k, m in plan.items() if k != "first-period")


def test_six_months_lands_on_feb_29_in_a_leap_year() -> None:
    plan = by_key(milestones_for(history((M, date(2027, 8, 31))), date(2027, 9, 1)))
    assert plan["planning-earliest"].start == date(2028, 2, 29)
    assert plan["avoid-pregnancy"].end == date(2028, 2, 29)


def test_day_zero_is_the_procedure_when_recorded_else_the_miscarriage() -> None:
    only_loss = history((M, date(2026, 3, 1)))
    assert day_zero_for(only_loss).date == date(2026, 3, 1)  # type: ignore[union-attr]
    with_procedure = history((M, date(2026, 3, 1)), (P, date(2026, 3, 4)))
    zero = day_zero_for(with_procedure)
    assert zero is not None and zero.date == date(2026, 3, 4) and zero.anchor is P
    assert by_key(milestones_for(with_procedure, date(2026, 3, 5)))["sex-earliest"].start == date(2026, 3, 25)


def test_the_plan_follows_the_most_recent_of_two_losses() -> None:
    events = history((M, date(2024, 1, 10)), (P, date(2024, 1, 12)), (M, date(2026, 5, 1)))
    plan = by_key(milestones_for(events, date(2026, 5, 2)))
    assert plan["sex-earliest"].start == date(2026, 5, 22)
    assert plan["planning-better"].start == date(2027, 5, 1)


def test_first_period_is_an_estimate_band_until_one_is_logged() -> None:
    plan = by_key(milestones_for(history((P, date(2026, 1, 1))), date(2026, 1, 2)))
    estimate = plan["first-period"]
    assert estimate.source == "estimate"
    assert (estimate.start, estimate.end) == (date(2026, 1, 29), date(2026, 2, 13))  # day 28 to day 42 included; end is exclusive
    assert "not from the article" in estimate.explanation


def test_a_period_after_three_weeks_sets_the_ideal_date_to_the_period() -> None:
    plan = by_key(milestones_for(history((P, date(2026, 1, 1)), (PER, date(2026, 2, 3))), date(2026, 2, 4)))
    assert plan["first-period"].start == date(2026, 2, 3)
    assert plan["first-period"].source == "article"
    assert plan["sex-ideal"].start == date(2026, 2, 3)


def test_a_period_before_three_weeks_never_brings_the_ideal_date_before_three_weeks() -> None:
    plan = by_key(milestones_for(history((P, date(2026, 1, 1)), (PER, date(2026, 1, 15))), date(2026, 1, 16)))
    assert plan["first-period"].start == date(2026, 1, 15)
    assert plan["sex-ideal"].start == date(2026, 1, 22) == plan["sex-earliest"].start


def test_a_period_before_day_zero_is_not_the_first_period_after_it() -> None:
    events = history((PER, date(2025, 12, 1)), (M, date(2026, 1, 1)), (PER, date(2026, 1, 1)))
    plan = by_key(milestones_for(events, date(2026, 1, 2)))
    assert plan["first-period"].source == "estimate"
    assert "sex-ideal" not in plan


def test_a_period_of_an_earlier_loss_does_not_count_for_the_latest() -> None:
    events = history((M, date(2025, 1, 1)), (PER, date(2025, 2, 5)), (M, date(2026, 1, 1)))
    plan = by_key(milestones_for(events, date(2026, 1, 2)))
    assert plan["first-period"].source == "estimate"


def test_the_consultation_is_done_once_logged_after_day_zero() -> None:
    before = history((C, date(2025, 12, 1)), (M, date(2026, 1, 1)))
    assert by_key(milestones_for(before, date(2026, 1, 2)))["consultation"].status == "open"
    after = history((M, date(2026, 1, 1)), (C, date(2026, 3, 3)))
    done = by_key(milestones_for(after, date(2026, 4, 1)))["consultation"]
    assert done.status == "done" and done.start == date(2026, 3, 3)


@pytest.mark.parametrize(
    ("today", "status", "remaining"),
    [
        (date(2026, 1, 21), "upcoming", 1),
        (date(2026, 1, 22), "today", 0),
        (date(2026, 1, 23), "past", None),
    ],
)
def test_date_status_relative_to_today(today: date, status: str, remaining: int | None) -> None:
    earliest = by_key(milestones_for(history((M, date(2026, 1, 1))), today))["sex-earliest"]
    assert (earliest.status, earliest.days_remaining) == (status, remaining)


def test_window_status_counts_the_days_to_its_end() -> None:
    window = by_key(milestones_for(history((M, date(2026, 1, 1))), date(2026, 1, 18)))["abstinence"]
    assert (window.status, window.days_remaining) == ("today", 4)
    past = by_key(milestones_for(history((M, date(2026, 1, 1))), date(2026, 1, 22)))["abstinence"]
    assert past.status == "past"


def test_a_doctor_override_by_offset_moves_the_date_and_its_window_and_keeps_the_article_value() -> None:
    events = history((P, date(2026, 1, 1)), overrides=(Override("sex-earliest", offset_days=14, note="Dr. L"),))
    plan = by_key(milestones_for(events, date(2026, 1, 2)))
    assert plan["sex-earliest"].start == date(2026, 1, 15)
    assert plan["sex-earliest"].source == "doctor"
    assert plan["sex-earliest"].article_start == date(2026, 1, 22)
    assert plan["sex-earliest"].note == "Dr. L"
    assert plan["abstinence"].end == date(2026, 1, 15)
    assert plan["abstinence"].article_end == date(2026, 1, 22)
    assert plan["abstinence"].source == "doctor"


def test_a_doctor_override_by_date_and_reset() -> None:
    override = Override("planning-earliest", date=date(2026, 5, 1))
    changed = by_key(milestones_for(history((P, date(2026, 1, 1)), overrides=(override,)), date(2026, 1, 2)))
    assert changed["planning-earliest"].start == date(2026, 5, 1)
    assert changed["avoid-pregnancy"].end == date(2026, 5, 1)
    assert changed["consultation"].due == date(2026, 5, 1)
    reset = by_key(milestones_for(history((P, date(2026, 1, 1))), date(2026, 1, 2)))
    assert reset["planning-earliest"].start == date(2026, 7, 1) and reset["planning-earliest"].source == "article"


def test_user_milestones_come_after_the_plan_with_source_user() -> None:
    own = CustomMilestone(7, "Memorial walk", date(2026, 2, 14), "with Anna")
    plan = milestones_for(history((P, date(2026, 1, 1)), custom=(own,)), date(2026, 2, 1))
    assert plan[-1].key == "user-7"
    assert (plan[-1].source, plan[-1].start, plan[-1].status, plan[-1].days_remaining) == ("user", own.date, "upcoming", 13)


def test_header_counts_days_since_day_zero_and_names_the_next_date() -> None:
    events = history((M, date(2026, 1, 1)), (P, date(2026, 1, 2)))
    plan = milestones_for(events, date(2026, 1, 19))
    assert Wording().header(events, plan, date(2026, 1, 19)) == "Day 17 after the procedure · Next: Earliest time for sex again, in 4 days"
    assert next_milestone(plan).key == "sex-earliest"  # type: ignore[union-attr]


def test_describe_day_says_what_applies() -> None:
    events = history((P, date(2026, 1, 2)))
    plan = milestones_for(events, date(2026, 1, 1))
    lines = Wording().day_description(date(2026, 1, 19), events, plan)
    assert lines[0] == "Day 17 after the procedure"
    assert any("rest from sex for three weeks" in line and "4 days to go" in line for line in lines)


def test_every_milestone_names_a_passage_quoted_verbatim_from_the_article() -> None:
    plan = article_plan()
    text = " ".join(article_text().split())
    for spec in plan.milestones:
        assert plan.passage(spec.passage_id) in text, spec.key


# -- properties over any day 0 -----------------------------------------------------

day_zeros = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
offsets = st.integers(min_value=-400, max_value=800)


@given(day_zero=day_zeros, offset=offsets)
def test_dates_keep_their_order_and_windows_end_where_their_dates_begin(day_zero: date, offset: int) -> None:
    today = day_zero + timedelta(days=offset)
    plan = by_key(milestones_for(history((M, day_zero)), today))
    assert plan["sex-earliest"].start < plan["planning-earliest"].start < plan["planning-better"].start  # type: ignore[operator]
    assert plan["abstinence"].end == plan["sex-earliest"].start
    assert plan["avoid-pregnancy"].end == plan["planning-earliest"].start
    assert plan["abstinence"].start == plan["avoid-pregnancy"].start == day_zero


@given(day_zero=day_zeros, offset=offsets)
def test_statuses_agree_with_today(day_zero: date, offset: int) -> None:
    today = day_zero + timedelta(days=offset)
    for m in milestones_for(history((M, day_zero)), today):
        assert m.start is not None
        if m.kind == "todo":
            assert m.status == "open" and m.days_remaining == (m.due - today).days  # type: ignore[operator]
        elif m.end is not None:
            expected = "past" if today >= m.end else "today" if today >= m.start else "upcoming"
            assert m.status == expected, m.key
        else:
            expected = "past" if m.start < today else "today" if m.start == today else "upcoming"
            assert m.status == expected, m.key
            if expected != "past":
                assert m.days_remaining == (m.start - today).days


@given(day_zero=day_zeros, period_offset=st.integers(min_value=-60, max_value=120))
def test_sex_ideal_is_never_before_sex_earliest(day_zero: date, period_offset: int) -> None:
    plan = by_key(milestones_for(history((P, day_zero), (PER, day_zero + timedelta(days=period_offset))), day_zero))
    if period_offset <= 0:
        assert "sex-ideal" not in plan
    else:
        assert plan["sex-ideal"].start == max(plan["sex-earliest"].start, day_zero + timedelta(days=period_offset))  # type: ignore[type-var]


# -- issue 11: overrides per loss, own milestones without a loss, no OverflowError -------------


def test_own_milestones_are_listed_without_a_loss() -> None:
    walk = CustomMilestone(1, "Walk by the sea", date(2026, 6, 1))
    assert [(m.title, m.source, m.status) for m in milestones_for(History(custom=(walk,)), date(2026, 5, 1))] == [
        ("Walk by the sea", "user", "upcoming")
    ]


def test_an_override_counts_only_for_the_loss_it_was_made_for() -> None:
    first, second = date(2020, 1, 10), date(2024, 2, 1)
    old = Override("planning-earliest", date=date(2020, 5, 1), loss_date=first)
    new = Override("sex-earliest", offset_days=14, loss_date=second)
    h = history((M, first), (M, second), overrides=(old, new))
    plan = by_key(milestones_for(h, date(2026, 12, 7)))
    assert (plan["planning-earliest"].start, plan["planning-earliest"].source) == (date(2024, 8, 1), "article")
    assert (plan["sex-earliest"].start, plan["sex-earliest"].source) == (date(2024, 2, 15), "doctor")
    assert h.overrides_for(day_zero_for(h)) == (new,)  # type: ignore[arg-type]


@pytest.mark.parametrize("day_zero", [date(9999, 12, 31), date.max - timedelta(days=30), date(9999, 7, 1)])
def test_a_day_zero_near_the_end_of_the_calendar_raises_a_plan_error_not_overflow(day_zero: date) -> None:
    from desktop.guidance.engine import UnplannableDateError

    with pytest.raises(UnplannableDateError) as raised:
        milestones_for(history((M, day_zero)), date(2026, 12, 7))
    assert (raised.value.kind, raised.value.day) == (M, day_zero)
    assert f"the miscarriage recorded on {day_zero.isoformat()}" in str(raised.value)
    assert isinstance(raised.value, ValueError) and not isinstance(raised.value, OverflowError)


def test_a_huge_stored_offset_raises_a_plan_error_not_overflow() -> None:
    from desktop.guidance.engine import UnplannableDateError

    with pytest.raises(UnplannableDateError):
        milestones_for(history((M, date(2026, 1, 1)), overrides=(Override("sex-earliest", offset_days=10**7),)), date(2026, 2, 1))
