"""What the store takes and gives: plain frozen records, and the rules a day's values obey.

Widgets, the CLI and the exchange formats see only these dataclasses, never an
ORM row. The value limits are defined here once; the schema's CHECK
constraints, the window's fields and the import format read them from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.guidance.temperature import HIGHEST_C, LOWEST_C
from desktop.store.errors import JournalError

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)

BLEEDING_LEVELS = ("none", "spotting", "light", "medium", "heavy")
PAIN_RANGE = (0, 10)
MOOD_RANGE = (1, 5)
TEMPERATURE_RANGE_C = (LOWEST_C, HIGHEST_C)  # the one limit, kept with the fever rule in guidance


@dataclass(frozen=True)
class DayRecord:
    """What she recorded for one day. ``None`` (or empty) means "not recorded", never zero."""

    date: date
    text: str = ""
    bleeding: str | None = None
    pain: int | None = None
    temperature_c: float | None = None
    mood: int | None = None
    tags: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return (
            not self.text.strip()
            and self.bleeding is None
            and self.pain is None
            and self.temperature_c is None
            and self.mood is None
            and not self.tags
        )


@dataclass(frozen=True)
class EntryRecord(DayRecord):
    updated_at: datetime | None = None


def normalize_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Trimmed, without empties or repeats, in the order given."""
    result: list[str] = []
    folded: set[str] = set()
    for tag in tags:
        cleaned = " ".join(tag.replace(",", " ").split())
        if cleaned and cleaned.casefold() not in folded:
            folded.add(cleaned.casefold())
            result.append(cleaned)
    return tuple(result)


def validate_day(record: DayRecord) -> None:
    """Raise JournalError naming the field when a value is out of range."""
    if record.bleeding is not None and record.bleeding not in BLEEDING_LEVELS:
        raise JournalError(f"bleeding must be one of {', '.join(BLEEDING_LEVELS)}, not '{record.bleeding}'")
    low, high = PAIN_RANGE
    if record.pain is not None and not (isinstance(record.pain, int) and low <= record.pain <= high):
        raise JournalError(f"pain must be a whole number from {low} to {high}, not '{record.pain}'")
    lowest, highest = TEMPERATURE_RANGE_C
    if record.temperature_c is not None and not (lowest <= float(record.temperature_c) <= highest):
        raise JournalError(f"temperature must be between {lowest:g} and {highest:g} °C, not '{record.temperature_c}'")
    low, high = MOOD_RANGE
    if record.mood is not None and not (isinstance(record.mood, int) and low <= record.mood <= high):
        raise JournalError(f"mood must be a whole number from {low} to {high}, not '{record.mood}'")


@dataclass(frozen=True)
class DayLogMarks:
    """What was logged on one day, for the calendar's small markers (no values, no text)."""

    has_entry: bool = False  # a page exists: text, symptoms, mood or tags
    has_note: bool = False  # the page has text
    has_symptoms: bool = False  # bleeding, pain or temperature recorded (any value, "none" and 0 included)
    bleeding: str | None = None
    period_start: bool = False


@dataclass(frozen=True)
class JournalCounts:
    events: int
    entries: int
    overrides: int
    custom_milestones: int
