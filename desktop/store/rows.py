"""ORM rows to plain records and back: the one place that reads the history and writes a day's page.

The Journal (``desktop/store/journal.py``) and the snapshot (export/import,
``desktop/store/snapshot.py``) read the same tables the same way through
these functions, inside the caller's session; nothing here opens or commits
a transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    CompoundSelect,
    Connection,
    Result,
    String,
    bindparam,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from desktop.guidance import CustomMilestone, EventKind, History, Override, RecordedEvent
from desktop.guidance.engine import DayZero, losses_in
from desktop.store import models
from desktop.store.errors import JournalError
from desktop.store.records import DayLogMarks, DayRecord, EntryRecord, JournalCounts, normalize_tags, validate_day


def entry_record(row: models.Entry) -> EntryRecord:
    return EntryRecord(
        date=row.date,
        text=row.text,
        bleeding=row.bleeding,
        pain=row.pain,
        temperature_c=row.temperature_c,
        mood=row.mood,
        tags=tuple(t for t in row.tags.split("\n") if t),
        updated_at=row.updated_at,
    )


def as_day_record(entry: DayRecord) -> DayRecord:
    """The day without its bookkeeping (``updated_at``), so two pages compare by what she wrote."""
    return DayRecord(entry.date, entry.text, entry.bleeding, entry.pain, entry.temperature_c, entry.mood, entry.tags)


def event_record(row: models.Event) -> RecordedEvent:
    return RecordedEvent(kind=EventKind(row.kind), date=row.date, note=row.note, id=row.id)


# -- the history: what the plan is worked out from ------------------------------------------


def read_events(session: Session) -> list[RecordedEvent]:
    """Every recorded date, oldest first.

    Plain columns, not ORM objects: a journal kept for decades has thousands of
    period starts, and building an ORM object for each took ~100x longer.
    """
    recorded = models.Event
    rows = session.execute(select(recorded.kind, recorded.date, recorded.note, recorded.id).order_by(recorded.date, recorded.id))
    return [RecordedEvent(EventKind(kind), day, note, event_id) for kind, day, note, event_id in rows]


def read_overrides(session: Session, *, of_a_loss_only: bool) -> list[Override]:
    """The doctor's changes; ``of_a_loss_only`` leaves out those kept from before losses were told apart."""
    changed = models.MilestoneOverride
    if of_a_loss_only:
        statement = select(changed).where(changed.loss_date.is_not(None)).order_by(changed.loss_date, changed.key)
    else:
        statement = select(changed).order_by(changed.loss_date.is_(None), changed.loss_date, changed.key)
    return [Override(row.key, row.date, row.offset_days, row.note, row.loss_date) for row in session.scalars(statement)]


def read_custom_milestones(session: Session) -> list[CustomMilestone]:
    own = models.CustomMilestone
    return [CustomMilestone(row.id, row.title, row.date, row.note) for row in session.scalars(select(own).order_by(own.date, own.id))]


def read_history(session: Session) -> History:
    """Everything the guidance engine needs (every loss's changes; a change of no loss is not planned with)."""
    return History(
        tuple(read_events(session)),
        tuple(read_overrides(session, of_a_loss_only=True)),
        tuple(read_custom_milestones(session)),
    )


def current_loss(session: Session) -> DayZero:
    losses = losses_in(read_events(session))
    if not losses:
        raise JournalError(
            "no loss is recorded yet, so there is no plan to change; record the miscarriage or procedure first"
        )
    return losses[-1]


def follow_moved_loss(
    session: Session, before: list[DayZero], after: list[DayZero], moved: RecordedEvent, new_day: date
) -> None:
    """A corrected date that moves where a loss began carries that loss's doctor's changes along.

    Only when it is unambiguous: the corrected event began a loss before and
    begins one after, and no other loss begins on either date.
    """
    starts_before = {loss.loss_date for loss in before}
    starts_after = {loss.loss_date for loss in after}
    old_day = moved.date
    if (
        moved.kind not in (EventKind.MISCARRIAGE, EventKind.PROCEDURE)
        or old_day == new_day
        or old_day not in starts_before
        or new_day not in starts_after
        or old_day in starts_after
        or new_day in starts_before
    ):
        return
    for row in session.scalars(select(models.MilestoneOverride).where(models.MilestoneOverride.loss_date == old_day)):
        row.loss_date = new_day


# -- day pages ---------------------------------------------------------------------------------


def read_entry(session: Session, day: date) -> EntryRecord | None:
    row = session.scalar(select(models.Entry).where(models.Entry.date == day))
    return entry_record(row) if row else None


def read_entries(session: Session, first: date | None = None, last: date | None = None) -> list[EntryRecord]:
    """Pages in [first, last] (every page when not given), oldest first."""
    statement = select(models.Entry).order_by(models.Entry.date)
    if first is not None:
        statement = statement.where(models.Entry.date >= first)
    if last is not None:
        statement = statement.where(models.Entry.date <= last)
    return [entry_record(row) for row in session.scalars(statement)]


def write_day(session: Session, day: date, make_record: Callable[[DayRecord | None], DayRecord]) -> EntryRecord | None:
    """Read the day's page and write what ``make_record`` makes of it, in the caller's transaction.

    The record obeys ``validate_day`` first; a day with nothing recorded has no page.
    """
    row = session.scalar(select(models.Entry).where(models.Entry.date == day))
    record = make_record(as_day_record(entry_record(row)) if row else None)
    validate_day(record)
    record = replace(record, tags=normalize_tags(record.tags))
    if record.is_empty():
        if row is not None:
            session.delete(row)
        return None
    if row is None:
        row = models.Entry(date=record.date)
        session.add(row)
    values = {
        "text": record.text,
        "bleeding": record.bleeding,
        "pain": record.pain,
        "temperature_c": record.temperature_c,
        "mood": record.mood,
        "tags": "\n".join(record.tags),
    }
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    session.flush()
    return entry_record(row)


@cache
def _day_marks_statement() -> CompoundSelect:
    """Pages and period starts between the bound dates ``first`` and ``last``, as day-mark rows."""
    first: BindParameter[date] = bindparam("first")
    last: BindParameter[date] = bindparam("last")
    entries = select(
        models.Entry.date,
        literal(True).label("has_entry"),
        (func.length(func.trim(models.Entry.text)) > 0).label("has_note"),
        (
            models.Entry.bleeding.is_not(None) | models.Entry.pain.is_not(None) | models.Entry.temperature_c.is_not(None)
        ).label("has_symptoms"),
        models.Entry.bleeding,
        literal(False).label("period_start"),
    ).where(models.Entry.date >= first, models.Entry.date <= last)
    periods = select(
        models.Event.date, literal(False), literal(False), literal(False), literal(None, String), literal(True)
    ).where(models.Event.kind == EventKind.PERIOD.value, models.Event.date >= first, models.Event.date <= last)
    return union_all(entries, periods)


def read_day_marks(connection: Connection, first: date, last: date) -> dict[date, DayLogMarks]:
    """Days in [first, last] with something logged, in one query (a calendar page at a time).

    The statement is built once and run on a Core connection: on every page
    turn, building the union and the ORM session's bookkeeping cost more than
    the query itself.
    """
    marks: dict[date, DayLogMarks] = {}
    rows: Result[Any] = connection.execute(_day_marks_statement(), {"first": first, "last": last})
    for row in rows:
        raw_day, has_entry, has_note, has_symptoms, bleeding, period_start = tuple(row)
        day = raw_day if isinstance(raw_day, date) else date.fromisoformat(str(raw_day))
        before = marks.get(day, DayLogMarks())
        marks[day] = DayLogMarks(
            has_entry=before.has_entry or bool(has_entry),
            has_note=before.has_note or bool(has_note),
            has_symptoms=before.has_symptoms or bool(has_symptoms),
            bleeding=before.bleeding or bleeding,
            period_start=before.period_start or bool(period_start),
        )
    return marks


def read_counts(session: Session) -> JournalCounts:
    def count(model: type[models.Base]) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return JournalCounts(
        events=count(models.Event),
        entries=count(models.Entry),
        overrides=count(models.MilestoneOverride),
        custom_milestones=count(models.CustomMilestone),
    )


def reminder_row(session: Session, key: str, day: date) -> int | None:
    """The id of the row saying milestone ``key``'s reminder was shown on ``day``, if there is one."""
    shown = models.ReminderShown
    return session.scalar(select(shown.id).where(shown.key == key, shown.day == day))
