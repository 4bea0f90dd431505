"""What the store takes and gives: plain frozen records, and the rules every door obeys.

Widgets, the CLI and the exchange formats see only these dataclasses, never an
ORM row. The value limits and date rules are defined here once; the schema's
CHECK constraints, the window's fields, the CLI and the import format read
them from here, so no door accepts what another refuses.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

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

# What else a day can hold (issue 16). Each is optional; None / () means "not recorded", never zero.
TEST_RESULTS = ("negative", "faint", "positive")  # a home pregnancy test, as she read it
HCG_RANGE = (0.0, 500_000.0)  # an hCG blood value in mIU/mL: 0 to far above any pregnancy's peak
DISCHARGE_KINDS = ("none", "usual", "unusual")  # "unusual": a colour or smell that is not usual for her
MEDICINES_MAX = 20  # medicines recorded on one day
MEDICINE_TEXT_MAX = 100  # a medicine's name, or its dose as she writes it ("400 mg", "1 tablet")
PLACE_MAX = 200  # where an appointment is (the column is String(200))
APPOINTMENT_OUTCOMES = ("happened", "not-happened", "unanswered")  # asked once; "unanswered": she closed the question


@dataclass(frozen=True)
class MedicineTaken:
    """One medicine she took on a day: its name, the dose in her words, and the time (all but the name optional)."""

    name: str
    dose: str = ""
    time: time | None = None


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
    test_result: str | None = None  # one of TEST_RESULTS
    hcg_miu_ml: float | None = None
    medicines: tuple[MedicineTaken, ...] = ()
    discharge: str | None = None  # one of DISCHARGE_KINDS

    def is_empty(self) -> bool:
        return (
            not self.text.strip()
            and self.bleeding is None
            and self.pain is None
            and self.temperature_c is None
            and self.mood is None
            and not self.tags
            and self.test_result is None
            and self.hcg_miu_ml is None
            and not self.medicines
            and self.discharge is None
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
    if record.test_result is not None and record.test_result not in TEST_RESULTS:
        raise JournalError(f"the test result must be one of {', '.join(TEST_RESULTS)}, not '{record.test_result}'")
    lowest, highest = HCG_RANGE
    hcg = record.hcg_miu_ml
    if hcg is not None and (isinstance(hcg, bool) or not isinstance(hcg, int | float) or not lowest <= hcg <= highest):
        raise JournalError(f"hCG must be a number from {lowest:,.0f} to {highest:,.0f} mIU/mL, not '{hcg}'")
    if record.discharge is not None and record.discharge not in DISCHARGE_KINDS:
        raise JournalError(f"discharge must be one of {', '.join(DISCHARGE_KINDS)}, not '{record.discharge}'")
    check_medicines(record.medicines)


def check_one_line(what: str, text: str, limit: int, *, required: bool = False) -> None:
    """A short field of one line (a medicine's name or dose, a place): no line breaks or tabs, at most ``limit``."""
    if required and not text.strip():
        raise JournalError(f"{what} is empty")
    if any(ch in text for ch in "\t\r\n\x00"):
        raise JournalError(f"{what} must be one line of text")
    if len(text) > limit:
        raise JournalError(f"{what} can be at most {limit} characters")


def check_medicines(medicines: tuple[MedicineTaken, ...]) -> None:
    """A short list: each medicine has a name; dose and time are optional."""
    if len(medicines) > MEDICINES_MAX:
        raise JournalError(f"at most {MEDICINES_MAX} medicines can be recorded for a day, not {len(medicines)}")
    for number, medicine in enumerate(medicines, start=1):
        check_one_line(f"the name of medicine {number}", medicine.name, MEDICINE_TEXT_MAX, required=True)
        check_one_line(f"the dose of medicine {number}", medicine.dose, MEDICINE_TEXT_MAX)
        if medicine.time is not None and not isinstance(medicine.time, time):
            raise JournalError(f"the time of medicine {number} must be a time of day, not '{medicine.time}'")


def normalize_medicines(medicines: tuple[MedicineTaken, ...] | list[MedicineTaken]) -> tuple[MedicineTaken, ...]:
    """Names and doses trimmed, times to the minute: what the store keeps."""
    return tuple(
        MedicineTaken(
            " ".join(m.name.split()), " ".join(m.dose.split()), m.time.replace(second=0, microsecond=0) if m.time else None
        )
        for m in medicines
    )


def medicines_to_text(medicines: tuple[MedicineTaken, ...]) -> str:
    """The column's form: a line per medicine, ``name<TAB>dose<TAB>HH:MM`` (search indexes it as words)."""
    return "\n".join(f"{m.name}\t{m.dose}\t{m.time.strftime('%H:%M') if m.time else ''}" for m in medicines)


def medicines_from_text(text: str) -> tuple[MedicineTaken, ...]:
    result: list[MedicineTaken] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        name, dose, at = (line.split("\t") + ["", ""])[:3]
        result.append(MedicineTaken(name, dose, time.fromisoformat(at) if at else None))
    return tuple(result)


@dataclass(frozen=True)
class Appointment:
    """An appointment booked ahead, with a time and a place: a gynecologist consultation or one she names.

    ``outcome`` is None until the day has passed and she was asked whether it
    happened (once): then one of APPOINTMENT_OUTCOMES. A consultation that
    happened is also recorded as a consultation date (the plan's to-do).
    """

    day: date
    at: time
    title: str = ""  # empty for a consultation: shown as "Consultation with a gynecologist"
    place: str = ""
    consultation: bool = True
    outcome: str | None = None
    id: int | None = None


def check_appointment(appointment: Appointment) -> None:
    """The rules an appointment obeys at every door (window, CLI, import)."""
    check_date("the appointment's date", appointment.day)
    if not isinstance(appointment.at, time):
        raise JournalError(f"the appointment's time must be a time of day like 10:30, not '{appointment.at}'")
    check_one_line("the appointment's title", appointment.title, TITLE_MAX, required=not appointment.consultation)
    check_one_line("the appointment's place", appointment.place, PLACE_MAX)
    if appointment.outcome is not None and appointment.outcome not in APPOINTMENT_OUTCOMES:
        raise JournalError(
            f"an appointment's outcome must be one of {', '.join(APPOINTMENT_OUTCOMES)}, not '{appointment.outcome}'"
        )


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
