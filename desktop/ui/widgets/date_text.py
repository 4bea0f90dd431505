"""Reading a typed date: ISO or her locale's short or long form, and the store's date range.

Kept apart from the field (``date_field.py``) so the rules for what counts as a date read
on their own, without the widget around them.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale

from desktop.ui.calendar.view import to_date

ISO_FORMAT = "yyyy-MM-dd"
TWO_DIGIT_YEAR_BASE = 1950  # "26" is 2026, "99" is 1999: the years a loss or a check-up can have


def _lenient(pattern: str) -> str:
    """The locale's pattern that also takes 4.1.2026 for 04.01.2026 and a four-digit year for 'yy'."""
    pattern = re.sub(r"(?<!d)dd(?!d)", "d", pattern)
    pattern = re.sub(r"(?<!M)MM(?!M)", "M", pattern)
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)


def locale_pattern(locale: QLocale | None = None) -> str:
    """How she writes a full date in her locale, with a four-digit year (for hints and examples)."""
    short = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", short)


def parse_typed_date(text: str, locale: QLocale | None = None) -> date | None:
    """The date she typed, in ISO or her locale's short or long form; ``None`` when it is not one."""
    text = text.strip()
    if not text:
        return None
    for pattern in ("yyyy-M-d",):
        found = QDate.fromString(text, pattern)
        if found.isValid():
            return to_date(found)
    locale = locale or QLocale()
    patterns: list[str] = []
    for form in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
        own = locale.dateFormat(form)
        patterns += [own, _lenient(own)]
    patterns += ["d MMM yyyy", "d MMMM yyyy"]
    for pattern in dict.fromkeys(patterns):  # in order, without repeats
        found = locale.toDate(text, pattern, TWO_DIGIT_YEAR_BASE)
        if found.isValid():
            return to_date(found)
    return None


def store_range() -> tuple[date, date]:
    """The first and last date the store accepts (its one rule for every door).

    Read when a field is made, not when this module is imported: ``desktop.store`` loads
    the journal and SQLAlchemy, which the window keeps out of its first paint.
    """
    from desktop.store.records import EARLIEST_DATE, LATEST_DATE

    return EARLIEST_DATE, LATEST_DATE
