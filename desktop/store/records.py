"""What the store takes and gives: plain frozen records, and the rules every door obeys.

Widgets, the CLI and the exchange formats see only these dataclasses, never an
ORM row. The value limits and date rules are defined here once; the schema's
CHECK constraints, the window's fields, the CLI and the import format read
them from here, so no door accepts what another refuses.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from desktop.guidance.engine import RecordedEvent, losses_in
from desktop.guidance.kinds import EventKind
from desktop.guidance.temperature import HIGHEST_C, LOWEST_C
from desktop.one_line import one_line
from desktop.store.errors import JournalError

BLEEDING_LEVELS = ("none", "spotting", "light", "medium", "heavy")
PAIN_RANGE = (0, 10)
MOOD_RANGE = (1, 5)
TEMPERATURE_RANGE_C = (LOWEST_C, HIGHEST_C)  # the one limit, kept with the fever rule in guidance

# Dates every door accepts: far beyond any real journal, and far enough from the
# calendar's end (9999-12-31) that the plan's arithmetic (day 0 + 12 months) never overflows.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)
NOTE_MAX_BYTES = 1_000_000  # a day's text or a note, in UTF-8: ~1 MB, hundreds of pages of writing
# Dates that cannot be in the future: they record what happened. A consultation may be booked ahead.
PAST_ONLY_KINDS = frozenset({EventKind.MISCARRIAGE, EventKind.PROCEDURE, EventKind.PERIOD})
# A procedure this many days or fewer before a miscarriage is taken for a typo in one of the two dates,
# not for a separate, earlier loss: a new pregnancy and its loss cannot fit in between.
PROCEDURE_BEFORE_LOSS_DAYS = 56
OVERRIDE_OFFSET_MAX = 36_500  # days after day 0: a hundred years, far beyond any doctor's date
TITLE_MAX = 200  # her own milestone's title (the column is String(200))


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


def parse_event_kind(text: str) -> EventKind:
    """The kind she named (any case, spaces around), or one line listing the kinds there are."""
    try:
        return EventKind(text.strip().lower())
    except ValueError:
        choices = ", ".join(kind.value for kind in EventKind)
        raise JournalError(f"unknown event kind '{one_line(text)}' (choose one of: {choices})") from None


def check_date(what: str, day: date) -> None:
    """Refuse a date outside EARLIEST_DATE..LATEST_DATE, naming what it was for."""
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise JournalError(
            f"{what}: {day.isoformat()} is outside the dates this journal keeps "
            f"({EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()})"
        )


def check_note(what: str, text: str) -> None:
    """Refuse a text over NOTE_MAX_BYTES (counted in UTF-8), naming what it was for."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > NOTE_MAX_BYTES:
        raise JournalError(f"{what} is too long ({size:,} bytes; at most {NOTE_MAX_BYTES:,})")


def check_event(kind: EventKind, day: date, note: str, today: date) -> None:
    """The rules one recorded date obeys on its own (order with other dates: check_event_order)."""
    label = kind.label.lower()
    check_date(f"the {label} date", day)
    if kind in PAST_ONLY_KINDS and day > today:
        raise JournalError(
            f"the {label} date {day.isoformat()} is in the future (today is {today.isoformat()}); "
            "only a consultation can be booked ahead"
        )
    check_note(f"the note of the {label} date", note)


def misplaced_procedures(events: Iterable[RecordedEvent]) -> set[tuple[date, date]]:
    """(procedure, miscarriage) pairs where a procedure that is a loss of its own lies just before a miscarriage.

    Guidance treats such a procedure as a separate, older loss; it is almost always
    one of the two dates mistyped, so the store refuses to create the pair.
    """
    events = list(events)
    miscarriages = sorted(e.date for e in events if e.kind is EventKind.MISCARRIAGE)
    pairs: set[tuple[date, date]] = set()
    for loss in losses_in(events):
        if loss.anchor is not EventKind.PROCEDURE or loss.loss_date != loss.date:
            continue  # a procedure that follows its miscarriage
        later = [m for m in miscarriages if 0 < (m - loss.date).days <= PROCEDURE_BEFORE_LOSS_DAYS]
        if later:
            pairs.add((loss.date, later[0]))
    return pairs


def check_event_order(before: Iterable[RecordedEvent], after: Iterable[RecordedEvent]) -> None:
    """Refuse a change that puts a procedure before the miscarriage it follows, naming both dates.

    Only pairs the change creates are refused: a journal that already holds such a
    pair (from an older version) can still take other dates.
    """
    new_pairs = misplaced_procedures(after) - misplaced_procedures(before)
    if new_pairs:
        procedure, miscarriage = min(new_pairs)
        raise JournalError(
            f"the procedure on {procedure.isoformat()} is dated before the miscarriage on "
            f"{miscarriage.isoformat()} it follows; check both dates"
        )


def dates_outside_range(events: Iterable[RecordedEvent]) -> list[RecordedEvent]:
    """The recorded dates a journal should not hold (stored by an older version or another tool)."""
    return [e for e in events if not EARLIEST_DATE <= e.date <= LATEST_DATE]


def check_override(key: str, day: date | None, note: str, day_zero: date) -> None:
    """A doctor's date lies after the day 0 of the loss it was made for."""
    if day is not None:
        check_date(f"the new date of '{key}'", day)
        if day <= day_zero:
            raise JournalError(
                f"the new date of '{key}' ({day.isoformat()}) must come after day 0 of the loss ({day_zero.isoformat()})"
            )
    check_note(f"the note of '{key}'", note)


def check_own_milestone(title: str, day: date, note: str) -> None:
    """The rules her own milestone obeys, whether added or changed."""
    if not title.strip():
        raise JournalError("a milestone needs a title")
    if len(title.strip()) > TITLE_MAX:
        raise JournalError(f"a milestone's title can be at most {TITLE_MAX} characters")
    check_date("the milestone's date", day)
    check_note("the milestone's note", note)


def validate_day(record: DayRecord) -> None:
    """Raise JournalError naming the field when a value is out of range."""
    check_date("the day", record.date)
    check_note(f"the text of {record.date.isoformat()}", record.text)
    check_note(f"the tags of {record.date.isoformat()}", "\n".join(record.tags))
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
