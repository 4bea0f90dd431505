"""After midnight the calendar moves on to the new day, unless she is looking at another day on purpose."""

from __future__ import annotations

from datetime import date

from desktop.ui.calendar.view import JournalCalendar


def follow_new_day(calendar: JournalCalendar, old_today: date, new_today: date) -> bool:
    """Select ``new_today`` (and show its month) if the calendar was on ``old_today``; True if it moved.

    Seen: a window left open across midnight updated the header and the marks but
    kept the page and the selected day on the day before. A day she chose herself
    (any other day) stays chosen: she is reading or writing it.
    """
    if old_today == new_today or calendar.selected_day() != old_today:
        return False
    calendar.select_day(new_today)
    calendar.setCurrentPage(new_today.year, new_today.month)
    return True


class CalendarToday:
    """The day the calendar took for today, so that at midnight it can tell "she stayed on today" from a choice."""

    def __init__(self, calendar: JournalCalendar, today: date) -> None:
        self._calendar = calendar
        self.today = today

    def take(self, today: date) -> None:
        """Show ``today`` (when the journal opens)."""
        self.today = today
        self._calendar.select_day(today)

    def follow(self, new_today: date) -> None:
        """The clock says ``new_today``: move with it, unless she is on another day on purpose."""
        if new_today != self.today:
            follow_new_day(self._calendar, self.today, new_today)
            self.today = new_today
