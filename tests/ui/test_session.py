"""The window's journal session: a calendar page built from the page's events equals one built from all of them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.guidance import EventKind, milestones_for
from desktop.ui.calendar.marks import build_month_marks, page_range
from tests.conftest import TODAY


@pytest.fixture
def busy_journal(journal):  # type: ignore[no-untyped-def]
    """Monthly periods for years, three losses (one procedure-only), and some notes."""
    day = date(2023, 6, 5)
    while day < TODAY:
        journal.add_event(EventKind.PERIOD, day)
        day += timedelta(days=29)
    journal.add_event(EventKind.MISCARRIAGE, date(2021, 6, 1))
    journal.add_event(EventKind.PROCEDURE, date(2021, 6, 3))
    journal.add_event(EventKind.PROCEDURE, date(2024, 2, 10))  # a loss of its own
    journal.add_event(EventKind.MISCARRIAGE, date(2026, 2, 20))
    journal.add_event(EventKind.PROCEDURE, date(2026, 2, 22))
    for offset in range(0, 60, 4):
        journal.save_entry(TODAY - timedelta(days=offset), f"note {offset}")
    return journal


@pytest.mark.parametrize("year, month", [(2026, 3), (2026, 2), (2024, 2), (2021, 6), (2030, 1)])
def test_page_marks_equal_marks_from_the_whole_history(busy_journal, open_session, year: int, month: int) -> None:  # type: ignore[no-untyped-def]
    model = open_session(busy_journal.path, TODAY)
    history = busy_journal.history()
    first, last = page_range(year, month)
    expected = build_month_marks(
        year,
        month,
        today=TODAY,
        note_days=busy_journal.entry_dates_between(first, last),
        history=history,
        milestones=milestones_for(history, TODAY),
    )
    page = model.month_marks(year, month)
    assert page.days == expected.days
    assert page.tooltips == expected.tooltips


def test_a_new_loss_moves_day_zero_on_every_page(busy_journal, open_session) -> None:  # type: ignore[no-untyped-def]
    model = open_session(busy_journal.path, TODAY)
    model.add_event(EventKind.MISCARRIAGE, date(2026, 3, 10), "")
    assert model.month_marks(2026, 3).marks(date(2026, 3, 10)).is_day_zero
    assert not model.month_marks(2026, 3).marks(date(2026, 2, 22)).is_day_zero
