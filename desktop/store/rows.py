"""Rows to plain records and back: the one copy of each statement on the open/read/save path.

What the window needs at open (the history, a month's marks, the day's page)
and saving a day are plain SQL here, run through an :data:`Execute` callable:
a stdlib ``sqlite3``/``sqlcipher3`` connection's ``execute`` on the lean path
(``desktop/store/lean.py``, no SQLAlchemy imported) or a SQLAlchemy
connection's ``exec_driver_sql`` inside the Journal's unit of work
(``desktop/store/tables.py``). Both paths run the same text, so they cannot
drift; the tests in ``tests/store/`` run against both. The export snapshot
reads through the same functions.

Dates are stored as SQLAlchemy's ``Date``/``DateTime`` store them on SQLite
(ISO text), so a row written on one path reads the same on the other.
Nothing here opens or commits a transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import fields, replace
from datetime import UTC, date, datetime, time
from typing import Any, Protocol

from desktop.guidance import CustomMilestone, EventKind, History, Override, RecordedEvent
from desktop.guidance.engine import DayZero, losses_in
from desktop.store.errors import JournalError
from desktop.store.records import (
    Appointment,
    DayLogMarks,
    DayRecord,
    EntryRecord,
    medicines_from_text,
    medicines_to_text,
    normalize_medicines,
    normalize_tags,
    validate_day,
)

Execute = Callable[[str, Mapping[str, Any]], Iterable[Sequence[Any]]]
"""Runs one statement with named parameters and gives its rows (see the module docstring)."""


class Database(Protocol):
    """Where the pages are read and written: the lean connection or the SQLAlchemy engine."""

    errors: tuple[type[BaseException], ...]  # what its driver raises for a failed statement
    integrity_errors: tuple[type[BaseException], ...]  # a broken constraint: a bug, seen whole

    def reading(self) -> AbstractContextManager[Execute]: ...

    def writing(self) -> AbstractContextManager[Execute]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        ...

    def close(self) -> None: ...

EVENTS_SQL = "SELECT kind, date, note, id FROM events ORDER BY date, id"
OVERRIDES_OF_A_LOSS_SQL = (
    "SELECT key, date, offset_days, note, loss_date FROM milestone_overrides "
    "WHERE loss_date IS NOT NULL ORDER BY loss_date, key"
)
ALL_OVERRIDES_SQL = (
    "SELECT key, date, offset_days, note, loss_date FROM milestone_overrides "
    "ORDER BY loss_date IS NULL, loss_date, key"
)
CUSTOM_MILESTONES_SQL = "SELECT id, title, date, note FROM custom_milestones ORDER BY date, id"

_ENTRY_COLUMNS = (
    "id, date, text, bleeding, pain, temperature_c, mood, tags, test_result, hcg_miu_ml, medicines, discharge, updated_at"
)
ENTRY_ON_DAY_SQL = f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE date = :day"
ENTRIES_SQL = f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE date >= :first AND date <= :last ORDER BY date"
HCG_SERIES_SQL = f"SELECT {_ENTRY_COLUMNS} FROM entries WHERE hcg_miu_ml IS NOT NULL OR test_result IS NOT NULL ORDER BY date"
INSERT_ENTRY_SQL = (
    "INSERT INTO entries (date, text, bleeding, pain, temperature_c, mood, tags, "
    "test_result, hcg_miu_ml, medicines, discharge, created_at, updated_at) "
    "VALUES (:date, :text, :bleeding, :pain, :temperature_c, :mood, :tags, "
    ":test_result, :hcg_miu_ml, :medicines, :discharge, :now, :now)"
)
DELETE_ENTRY_SQL = "DELETE FROM entries WHERE id = :id"
_PAGE_FIELDS = (  # what UPDATE may set, nothing else
    "text", "bleeding", "pain", "temperature_c", "mood", "tags", "test_result", "hcg_miu_ml", "medicines", "discharge"
)  # what UPDATE may set, nothing else

# Pages and period starts in one pass, as (day, has_entry, has_note, has_symptoms, bleeding, period_start).
DAY_MARKS_SQL = """
    SELECT date, 1, length(trim(text)) > 0,
           bleeding IS NOT NULL OR pain IS NOT NULL OR temperature_c IS NOT NULL, bleeding, 0
    FROM entries WHERE date >= :first AND date <= :last
    UNION ALL
    SELECT date, 0, 0, 0, NULL, 1
    FROM events WHERE kind = 'period' AND date >= :first AND date <= :last
"""

_FIRST_DAY, _LAST_DAY = date.min.isoformat(), date.max.isoformat()


def stored_date(value: object) -> date:
    """A Date column's value as read back (ISO text on SQLite; a date where a driver converts it)."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def optional_date(value: object) -> date | None:
    return None if value is None else stored_date(value)


def stored_moment(moment: datetime) -> str:
    """A DateTime as SQLAlchemy stores it on SQLite, so both paths write the same text."""
    return f"{moment:%Y-%m-%d %H:%M:%S}.{moment.microsecond:06d}"


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# -- the history: what the plan is worked out from ------------------------------------------


def read_events(execute: Execute) -> list[RecordedEvent]:
    """Every recorded date, oldest first (plain columns: decades of period starts read in milliseconds)."""
    return [
        RecordedEvent(EventKind(kind), stored_date(day), note, event_id)
        for kind, day, note, event_id in execute(EVENTS_SQL, {})
    ]


def read_overrides(execute: Execute, *, of_a_loss_only: bool) -> list[Override]:
    """The doctor's changes; ``of_a_loss_only`` leaves out those kept from before losses were told apart."""
    return [
        Override(key, optional_date(day), offset_days, note, optional_date(loss_date))
        for key, day, offset_days, note, loss_date in execute(
            OVERRIDES_OF_A_LOSS_SQL if of_a_loss_only else ALL_OVERRIDES_SQL, {}
        )
    ]


def read_custom_milestones(execute: Execute) -> list[CustomMilestone]:
    return [
        CustomMilestone(milestone_id, title, stored_date(day), note)
        for milestone_id, title, day, note in execute(CUSTOM_MILESTONES_SQL, {})
    ]


def current_loss(events: list[RecordedEvent]) -> DayZero:
    """The most recent loss: the one whose plan she changes."""
    losses = losses_in(events)
    if not losses:
        raise JournalError(
            "no loss is recorded yet, so there is no plan to change; record the miscarriage or procedure first"
        )
    return losses[-1]


def read_history(execute: Execute) -> History:
    """Everything the guidance engine needs (every loss's changes; a change of no loss is not planned with)."""
    return History(
        tuple(read_events(execute)),
        tuple(read_overrides(execute, of_a_loss_only=True)),
        tuple(read_custom_milestones(execute)),
    )


# -- day pages ---------------------------------------------------------------------------------


def _entry(row: Sequence[Any]) -> tuple[int, EntryRecord]:
    entry_id, day, text, bleeding, pain, temperature_c, mood, tags, test_result, hcg_miu_ml, medicines, discharge, updated_at = row
    record = EntryRecord(
        date=stored_date(day),
        text=text,
        bleeding=bleeding,
        pain=pain,
        temperature_c=temperature_c,
        mood=mood,
        tags=tuple(t for t in tags.split("\n") if t),
        test_result=test_result,
        hcg_miu_ml=None if hcg_miu_ml is None else float(hcg_miu_ml),
        medicines=medicines_from_text(medicines or ""),
        discharge=discharge,
        updated_at=None if updated_at is None else datetime.fromisoformat(str(updated_at)),
    )
    return entry_id, record


def as_day_record(entry: DayRecord) -> DayRecord:
    """The day without its bookkeeping (``updated_at``), so two pages compare by what she wrote."""
    return DayRecord(
        entry.date,
        entry.text,
        entry.bleeding,
        entry.pain,
        entry.temperature_c,
        entry.mood,
        entry.tags,
        entry.test_result,
        entry.hcg_miu_ml,
        entry.medicines,
        entry.discharge,
    )


def read_entry(execute: Execute, day: date) -> EntryRecord | None:
    for row in execute(ENTRY_ON_DAY_SQL, {"day": day.isoformat()}):
        return _entry(row)[1]
    return None


def read_entries(execute: Execute, first: date | None = None, last: date | None = None) -> list[EntryRecord]:
    """Pages in [first, last] (every page when not given), oldest first."""
    bounds = {"first": first.isoformat() if first else _FIRST_DAY, "last": last.isoformat() if last else _LAST_DAY}
    return [_entry(row)[1] for row in execute(ENTRIES_SQL, bounds)]


def read_hcg_series(execute: Execute) -> list[EntryRecord]:
    """The days with an hCG value or a test result, oldest first (the trends window and the PDF)."""
    return [_entry(row)[1] for row in execute(HCG_SERIES_SQL, {})]


APPOINTMENTS_SQL = "SELECT id, day, at, title, place, consultation, outcome FROM appointments ORDER BY day, at, id"


def read_appointments(execute: Execute) -> list[Appointment]:
    """Every appointment, by day and time: read with the plan at each open, so on the lean path too."""
    return [
        Appointment(
            day=stored_date(day),
            at=time.fromisoformat(at),
            title=title,
            place=place,
            consultation=bool(consultation),
            outcome=outcome,
            id=appointment_id,
        )
        for appointment_id, day, at, title, place, consultation, outcome in execute(APPOINTMENTS_SQL, {})
    ]


MEDICINE_NAMES_SQL = "SELECT medicines FROM entries WHERE medicines != '' ORDER BY date DESC"


def read_medicine_names(execute: Execute) -> list[str]:
    """Distinct names (case-insensitively), the most recently recorded day first: offered again as she types."""
    names: list[str] = []
    seen: set[str] = set()
    for (text,) in execute(MEDICINE_NAMES_SQL, {}):
        for medicine in medicines_from_text(text):
            if medicine.name.casefold() not in seen:
                seen.add(medicine.name.casefold())
                names.append(medicine.name)
    return names


def _stored_values(record: DayRecord) -> dict[str, Any]:
    return {
        "text": record.text,
        "bleeding": record.bleeding,
        "pain": record.pain,
        "temperature_c": record.temperature_c,
        "mood": record.mood,
        "tags": "\n".join(record.tags),
        "test_result": record.test_result,
        "hcg_miu_ml": None if record.hcg_miu_ml is None else float(record.hcg_miu_ml),
        "medicines": medicines_to_text(record.medicines),
        "discharge": record.discharge,
    }


def new_page_rows(records: Iterable[DayRecord], now: datetime) -> list[dict[str, Any]]:
    """``INSERT_ENTRY_SQL``'s parameters for pages that are not in the journal yet (an import's many at once).

    The records were checked by ``validate_day`` and their tags normalized by the caller, as
    ``write_day`` does for one page; the statement is the same one.
    """
    moment = stored_moment(now)
    return [{"date": record.date.isoformat(), "now": moment, **_stored_values(record)} for record in records]


def write_day(execute: Execute, day: date, make_record: Callable[[DayRecord | None], DayRecord]) -> EntryRecord | None:
    """Read the day's page and write what ``make_record`` makes of it, in the caller's transaction.

    The record obeys ``validate_day`` first; a day with nothing recorded has no
    page. Only the columns that changed are written: the search index's
    trigger fires on text and tags alone, so a changed pain score never
    re-indexes a long note.
    """
    found = [_entry(row) for row in execute(ENTRY_ON_DAY_SQL, {"day": day.isoformat()})]
    current = found[0] if found else None
    record = make_record(as_day_record(current[1]) if current else None)
    validate_day(record)
    record = replace(record, tags=normalize_tags(record.tags), medicines=normalize_medicines(record.medicines))
    if record.is_empty():
        if current is not None:
            execute(DELETE_ENTRY_SQL, {"id": current[0]})
        return None
    values = _stored_values(record)
    now = utc_now()
    if current is None:
        execute(INSERT_ENTRY_SQL, {"date": record.date.isoformat(), "now": stored_moment(now), **values})
        return _stamped(record, now)
    entry_id, before = current
    changed = {name: value for name, value in values.items() if _stored_values(before)[name] != value}
    if not changed:
        return before
    assignments = ", ".join(f"{name} = :{name}" for name in _PAGE_FIELDS if name in changed)
    execute(f"UPDATE entries SET {assignments}, updated_at = :now WHERE id = :id", {**changed, "now": stored_moment(now), "id": entry_id})
    return _stamped(record, now)


def _stamped(record: DayRecord, moment: datetime) -> EntryRecord:
    """The page as stored (``record`` may itself be an EntryRecord: its old stamp gives way)."""
    return EntryRecord(**{field.name: getattr(record, field.name) for field in fields(DayRecord)}, updated_at=moment)


def read_day_marks(execute: Execute, first: date, last: date) -> dict[date, DayLogMarks]:
    """Days in [first, last] with something logged, in one query (a calendar page at a time)."""
    marks: dict[date, DayLogMarks] = {}
    for raw_day, has_entry, has_note, has_symptoms, bleeding, period_start in execute(
        DAY_MARKS_SQL, {"first": first.isoformat(), "last": last.isoformat()}
    ):
        day = stored_date(raw_day)
        before = marks.get(day, DayLogMarks())
        marks[day] = DayLogMarks(
            has_entry=before.has_entry or bool(has_entry),
            has_note=before.has_note or bool(has_note),
            has_symptoms=before.has_symptoms or bool(has_symptoms),
            bleeding=before.bleeding or bleeding,
            period_start=before.period_start or bool(period_start),
        )
    return marks


# -- reminders: which were shown on which day (the window asks at open) ------------------------

REMINDER_SHOWN_SQL = "SELECT id FROM reminders_shown WHERE key = :key AND day = :day"
FORGET_EARLIER_REMINDERS_SQL = "DELETE FROM reminders_shown WHERE day < :day"
MARK_REMINDER_SQL = "INSERT INTO reminders_shown (key, day) VALUES (:key, :day)"


def reminder_was_shown(execute: Execute, key: str, day: date) -> bool:
    return bool(list(execute(REMINDER_SHOWN_SQL, {"key": key, "day": day.isoformat()})))


def mark_reminder(execute: Execute, key: str, day: date) -> None:
    """Remember ``key`` as shown on ``day``, in the caller's transaction; earlier days are forgotten."""
    execute(FORGET_EARLIER_REMINDERS_SQL, {"day": day.isoformat()})
    if not reminder_was_shown(execute, key, day):
        execute(MARK_REMINDER_SQL, {"key": key, "day": day.isoformat()})
