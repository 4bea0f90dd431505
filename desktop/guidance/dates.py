"""Date arithmetic exactly as the design states it.

Days add exactly; months add calendar months, clamped to the end of the month
(Aug 31 + 6 months = Feb 28, or Feb 29 in a leap year).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def add_days(start: date, days: int) -> date:
    return start + timedelta(days=days)


def add_months(start: date, months: int) -> date:
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last_day))


def parse_iso_date(text: str) -> date:
    """Parse a strict ``YYYY-MM-DD`` date; raise ValueError with a plain message otherwise."""
    stripped = text.strip()
    if len(stripped) != 10 or stripped[4] != "-" or stripped[7] != "-":
        raise ValueError(f"'{text}' is not a date in the form YYYY-MM-DD")
    try:
        return date.fromisoformat(stripped)
    except ValueError:
        raise ValueError(f"'{text}' is not a real calendar date (expected YYYY-MM-DD)") from None
