"""A window left open across midnight: the calendar follows to the new day unless she chose another day."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.paths import journal_path
from desktop.store import open_journal
from desktop.ui.app import build_window
from desktop.ui.window import main_window


class Clock:
    """A fake "today" the test moves on: the window is given it, as the app is given date.today."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def clock_window(qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main_window, "DAY_CHECK_INTERVAL_MS", 20)  # the once-a-minute check, made quick
    with open_journal(journal_path(data_dir)) as journal:
        journal.add_event("miscarriage", date(2026, 3, 2))
    clock = Clock(date(2026, 3, 31))
    window = build_window(data_dir, clock)
    qtbot.addWidget(window)
    window.show()
    assert window.load()
    return window, clock


def test_at_midnight_the_calendar_moves_to_the_new_day_and_its_month(qtbot: QtBot, clock_window) -> None:  # type: ignore[no-untyped-def]
    window, clock = clock_window
    assert window.calendar.selected_day() == date(2026, 3, 31)
    clock.day = date(2026, 4, 1)
    qtbot.waitUntil(lambda: window.calendar.selected_day() == date(2026, 4, 1), timeout=3000)
    assert (window.calendar.yearShown(), window.calendar.monthShown()) == (2026, 4)
    assert window.editor.day() == date(2026, 4, 1)
    assert window.calendar.month_marks().marks(date(2026, 4, 1)).is_today
    assert not window.calendar.month_marks().marks(date(2026, 3, 31)).is_today


def test_a_day_she_chose_stays_chosen_after_midnight(qtbot: QtBot, clock_window) -> None:  # type: ignore[no-untyped-def]
    window, clock = clock_window
    window.calendar.select_day(date(2026, 3, 20))
    clock.day = date(2026, 4, 1)
    qtbot.waitUntil(lambda: window.calendar.month_marks().marks(date(2026, 3, 31)).is_today is False, timeout=3000)
    qtbot.wait(100)  # a few more checks: still where she was
    assert window.calendar.selected_day() == date(2026, 3, 20)
    assert (window.calendar.yearShown(), window.calendar.monthShown()) == (2026, 3)
    clock.day += timedelta(days=1)  # and the next midnight too
    qtbot.wait(100)
    assert window.calendar.selected_day() == date(2026, 3, 20)
