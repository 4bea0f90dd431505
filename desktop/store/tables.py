"""The Journal's operations on the ORM models: events, milestones, search, export/import, health.

Everything the window does not need to open a journal and show a day goes
through SQLAlchemy here; the Journal (``desktop/store/journal.py``) creates
this object, and so imports SQLAlchemy, only when one of these is first
asked for. Each method is one transaction; each returns plain records. The
rules and their documentation are on the Journal's methods, which callers use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, func, select
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.guidance import CustomMilestone as CustomMilestoneRecord
from desktop.guidance import EventKind, Override, RecordedEvent
from desktop.guidance.engine import OVERRIDABLE_KEYS, OVERRIDE_TARGET, DayZero, losses_in
from desktop.store import appointments, models
from desktop.store.diagnosis import fault_of_the_file
from desktop.store.engine import driver_sql
from desktop.store.errors import JournalError
from desktop.store.records import (
    OVERRIDE_OFFSET_MAX,
    Appointment,
    JournalCounts,
    check_event,
    check_event_order,
    check_override,
    check_own_milestone,
)
from desktop.store.rows import current_loss, read_events
from desktop.store.search import SEARCH_TRIGGERS, SearchHit, SearchQueryError, search_entries
from desktop.store.snapshot import (
    ImportSummary,
    JournalSnapshot,
    SnapshotConflictError,
    SnapshotInParts,
    read_snapshot,
    read_snapshot_in_parts,
    write_snapshot,
)


class Tables:
    """The Journal's operations on the ORM models, on one engine; the Journal makes one when first needed."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def close(self) -> None:
        self._engine.dispose()

    @contextmanager
    def _unit_of_work(self) -> Iterator[Session]:
        """One transaction; a busy, read-only, full or damaged journal becomes one plain line, never SQL."""
        try:
            with self._sessions.begin() as session:
                yield session
        except IntegrityError:
            raise
        except (DatabaseError, OSError) as error:
            raise fault_of_the_file(self.path, error) from None

    # -- events --------------------------------------------------------------------

    def add_event(self, event_kind: EventKind, day: date, note: str, *, today: date) -> RecordedEvent:
        check_event(event_kind, day, note, today)
        with self._unit_of_work() as session:
            before = read_events(driver_sql(session.connection()))
            check_event_order(before, [*before, RecordedEvent(event_kind, day, note)])
            row = models.Event(kind=event_kind.value, date=day, note=note)
            session.add(row)
            session.flush()
            return event_record(row)

    def update_event(self, event_id: int, kind: EventKind, day: date, note: str, *, today: date) -> RecordedEvent:
        check_event(kind, day, note, today)
        with self._unit_of_work() as session:
            row = session.get(models.Event, event_id)
            if row is None:
                raise JournalError(f"no recorded date with id {event_id}")
            before = read_events(driver_sql(session.connection()))
            row_before = event_record(row)
            after = [RecordedEvent(kind, day, note, event_id) if e.id == event_id else e for e in before]
            check_event_order(before, after)
            row.kind, row.date, row.note = kind.value, day, note
            follow_moved_loss(session, losses_in(before), losses_in(after), row_before, day)
            session.flush()
            return event_record(row)

    def delete_event(self, event_id: int) -> RecordedEvent:
        with self._unit_of_work() as session:
            row = session.get(models.Event, event_id)
            if row is None:
                raise JournalError(f"no recorded date with id {event_id}")
            record = event_record(row)
            session.delete(row)
            return record

    def delete_event_on(self, kind: EventKind, day: date) -> tuple[RecordedEvent, int]:
        with self._unit_of_work() as session:
            rows = list(
                session.scalars(
                    select(models.Event)
                    .where(models.Event.kind == kind.value, models.Event.date == day)
                    .order_by(models.Event.id)
                )
            )
            if not rows:
                raise JournalError(f"no {kind.label.lower()} date is recorded on {day.isoformat()}")
            record = event_record(rows[-1])
            session.delete(rows[-1])
            return record, len(rows) - 1

    def restore_event(self, record: RecordedEvent) -> RecordedEvent:
        with self._unit_of_work() as session:
            free = record.id is not None and session.get(models.Event, record.id) is None
            row = models.Event(id=record.id if free else None, kind=record.kind.value, date=record.date, note=record.note)
            session.add(row)
            session.flush()
            return event_record(row)

    # -- search ----------------------------------------------------------------------

    def search(self, query: str, limit: int, *, raw: bool) -> list[SearchHit]:
        try:
            with self._unit_of_work() as session:
                execute = driver_sql(session.connection())
                return search_entries(execute, query, limit, raw=raw, syntax_errors=(OperationalError,))
        except SearchQueryError as error:
            raise JournalError(str(error)) from None

    # -- milestones: the doctor's dates and her own ------------------------------------

    def set_override(self, key: str, *, day: date | None, offset_days: int | None, note: str) -> Override:
        target = OVERRIDE_TARGET.get(key, key)
        if target not in OVERRIDABLE_KEYS:
            allowed = ", ".join(sorted(OVERRIDABLE_KEYS | OVERRIDE_TARGET.keys()))
            raise JournalError(f"the milestone '{key}' cannot be changed (changeable: {allowed})")
        if (day is None) == (offset_days is None):
            raise JournalError("give either a new date or a number of days after day 0, not both")
        if offset_days is not None and not 1 <= offset_days <= OVERRIDE_OFFSET_MAX:
            raise JournalError(f"the number of days after day 0 must be from 1 to {OVERRIDE_OFFSET_MAX:,}")
        with self._unit_of_work() as session:
            loss = current_loss(read_events(driver_sql(session.connection())))
            check_override(target, day, note, loss.date)
            row = session.scalar(
                select(models.MilestoneOverride).where(
                    models.MilestoneOverride.key == target, models.MilestoneOverride.loss_date == loss.loss_date
                )
            )
            if row is None:
                row = models.MilestoneOverride(key=target, loss_date=loss.loss_date)
                session.add(row)
            row.date, row.offset_days, row.note = day, offset_days, note
            return Override(target, day, offset_days, note, loss.loss_date)

    def reset_override(self, key: str) -> None:
        target = OVERRIDE_TARGET.get(key, key)
        with self._unit_of_work() as session:
            losses = losses_in(read_events(driver_sql(session.connection())))
            if not losses:
                return
            session.execute(
                delete(models.MilestoneOverride).where(
                    models.MilestoneOverride.key == target, models.MilestoneOverride.loss_date == losses[-1].loss_date
                )
            )

    def add_custom_milestone(self, title: str, day: date, note: str = "") -> CustomMilestoneRecord:
        check_own_milestone(title, day, note)
        with self._unit_of_work() as session:
            row = models.CustomMilestone(title=title.strip(), date=day, note=note)
            session.add(row)
            session.flush()
            return CustomMilestoneRecord(row.id, row.title, row.date, row.note)

    def delete_custom_milestone(self, milestone_id: int) -> None:
        with self._unit_of_work() as session:
            session.execute(delete(models.CustomMilestone).where(models.CustomMilestone.id == milestone_id))

    def update_custom_milestone(self, milestone_id: int, title: str, day: date, note: str) -> CustomMilestoneRecord:
        check_own_milestone(title, day, note)
        with self._unit_of_work() as session:
            row = session.get(models.CustomMilestone, milestone_id)
            if row is None:
                raise JournalError(f"there is no milestone of your own with id {milestone_id}")
            row.title, row.date, row.note = title.strip(), day, note
            return CustomMilestoneRecord(row.id, row.title, row.date, row.note)

    # -- everything at once: export and import ---------------------------------------

    def snapshot(self) -> JournalSnapshot:
        with self._unit_of_work() as session:
            return read_snapshot(session)

    @contextmanager
    def snapshot_in_parts(self) -> Iterator[SnapshotInParts]:
        with self._unit_of_work() as session:
            yield read_snapshot_in_parts(session)

    def apply_snapshot(
        self,
        snapshot: JournalSnapshot,
        *,
        replace_all: bool,
        today: date,
        progress: Callable[[int, int], None] | None,
    ) -> ImportSummary:
        try:
            with self._unit_of_work() as session:
                return write_snapshot(session, snapshot, replace_all=replace_all, today=today, progress=progress)
        except SnapshotConflictError as error:
            raise JournalError(str(error)) from None

    # -- health --------------------------------------------------------------------

    def counts(self) -> JournalCounts:
        with self._unit_of_work() as session:
            return read_counts(session)

    def integrity_check(self) -> str:
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
            result = "; ".join(str(row[0]) for row in rows)
            if result == "ok" and not self.read_only and not search_index_in_step(connection):  # that check writes
                result = "the search index is out of step with the notes (run: recovery-journal check --repair-search)"
        return result

    def rebuild_search_index(self) -> None:
        with self._unit_of_work() as session:
            rebuild_search_index(session.connection())

    # -- appointments and the medicine names used before (desktop/store/appointments.py) ---

    def add_appointment(self, appointment: Appointment) -> Appointment:
        with self._unit_of_work() as session:
            return appointments.add_appointment(session, appointment)

    def update_appointment(self, appointment: Appointment) -> Appointment:
        with self._unit_of_work() as session:
            return appointments.update_appointment(session, appointment)

    def delete_appointment(self, appointment_id: int) -> Appointment:
        with self._unit_of_work() as session:
            return appointments.delete_appointment(session, appointment_id)

    def answer_appointment(self, appointment_id: int, outcome: str, today: date) -> Appointment:
        with self._unit_of_work() as session:
            return appointments.answer_appointment(session, appointment_id, outcome, today)


# -- ORM rows to records (the pages' and the history's statements are in rows.py) ---------------


def event_record(row: models.Event) -> RecordedEvent:
    return RecordedEvent(kind=EventKind(row.kind), date=row.date, note=row.note, id=row.id)


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


def read_counts(session: Session) -> JournalCounts:
    def count(model: type[models.Base]) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return JournalCounts(
        events=count(models.Event),
        entries=count(models.Entry),
        overrides=count(models.MilestoneOverride),
        custom_milestones=count(models.CustomMilestone),
    )



def search_index_in_step(connection: Connection) -> bool:
    """FTS5's own check that the index matches ``entries`` (it fails when a trigger was lost)."""
    try:
        connection.exec_driver_sql("INSERT INTO entries_fts(entries_fts, rank) VALUES ('integrity-check', 1)")
    except DatabaseError as error:  # SQLITE_CORRUPT_VTAB: the index and the pages disagree
        if any(word in str(error.orig).lower() for word in ("locked", "busy", "readonly")):
            raise  # another program's write lock or a read-only file is no sign of damage (the check is a write)
        return False
    return True


def rebuild_search_index(connection: Connection) -> None:
    """Recreate the sync triggers and index every page again; the pages are not touched."""
    for name, sql in SEARCH_TRIGGERS.items():
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        connection.exec_driver_sql(sql)
    connection.exec_driver_sql("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')")
