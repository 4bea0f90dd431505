"""Date arithmetic exactly as the design states it.

Days add exactly; months add calendar months, clamped to the end of the month
(Aug 31 + 6 months = Feb 28, or Feb 29 in a leap year).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from desktop.one_line import one_line


class PlanDateError(ValueError):
    """A date the plan needs lies beyond what a calendar can hold (past 9999-12-31 or before year 1).

    Raised instead of OverflowError so callers can name the recorded date that
    caused it and say how to correct it; only a date stored outside the journal's
    rules (an older version, a hand-edited file) can get here.
    """


def add_days(start: date, days: int) -> date:
    try:
        return start + timedelta(days=days)
    except (OverflowError, ValueError):
        raise PlanDateError(f"{start.isoformat()} {days:+d} days is beyond the calendar") from None


def add_months(start: date, months: int) -> date:
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    if not 1 <= year <= 9999:
        raise PlanDateError(f"{start.isoformat()} {months:+d} months is beyond the calendar")
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last_day))


def parse_iso_date(text: str) -> date:
    """Parse a strict ``YYYY-MM-DD`` date; raise ValueError with a plain message otherwise."""
    stripped = text.strip()
    if len(stripped) != 10 or stripped[4] != "-" or stripped[7] != "-":
        raise ValueError(f"'{one_line(text)}' is not a date in the form YYYY-MM-DD")
    try:
        return date.fromisoformat(stripped)
    except ValueError:
        raise ValueError(f"'{one_line(text)}' is not a real calendar date (expected YYYY-MM-DD)") from None
