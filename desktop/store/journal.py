"""The Journal: the unit-of-work operations on an open journal file.

Every public method is one transaction and returns plain frozen dataclasses,
so callers (CLI, widgets, exporters) never hold a session or an ORM object.
Open one with ``desktop.store.open_journal`` (``desktop/store/engine.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.guidance import CustomMilestone as CustomMilestoneRecord
from desktop.guidance import EventKind, History, Override, RecordedEvent
from desktop.guidance.engine import OVERRIDABLE_KEYS, OVERRIDE_TARGET, losses_in
from desktop.store import models
from desktop.store.diagnosis import FAULTS_OF_THE_FILE, diagnose_error, fault, sqlite_reason
from desktop.store.errors import JournalError
from desktop.store.records import (
    OVERRIDE_OFFSET_MAX,
    DayLogMarks,
    DayRecord,
    EntryRecord,
    JournalCounts,
    check_event,
    check_event_order,
    check_override,
    check_own_milestone,
    dates_outside_range,
    parse_event_kind,
)
from desktop.store.rows import (
    current_loss,
    event_record,
    follow_moved_loss,
    read_counts,
    read_day_marks,
    read_entries,
    read_entry,
    read_events,
    read_history,
    reminder_row,
    write_day,
)
from desktop.store.schema import read_schema_revision
from desktop.store.search import (
    SearchHit,
    SearchQueryError,
    rebuild_search_index,
    search_entries,
    search_index_in_step,
)
from desktop.store.snapshot import (
    ImportSummary,
    JournalSnapshot,
    SnapshotConflictError,
    read_snapshot,
    write_snapshot,
)


class Journal:
    """An open journal file. Create with :func:`open_journal`; close when done."""

    read_only = False  # set by open_journal when the folder or file cannot be written

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # "Today" for the store's rules (no miscarriage in the future): a test or the
        # window sets it; every rule-checking method also takes ``today=`` directly.
        self.today: Callable[[], date] = date.today

    # -- lifecycle -----------------------------------------------------------------

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _unit_of_work(self) -> Iterator[Session]:
        """One transaction; a busy, read-only, full or damaged journal becomes one plain line, never SQL."""
        try:
            with self._sessions.begin() as session:
                yield session
        except IntegrityError:
            raise
        except (DatabaseError, OSError) as error:
            found = diagnose_error(self.path, None, error)
            if found.fault not in FAULTS_OF_THE_FILE:
                raise
            raise fault(found.fault, self.path, found.detail) from None

    def schema_revision(self) -> str | None:
        with self._engine.connect() as connection:
            return read_schema_revision(connection)

    # -- events --------------------------------------------------------------------

    def add_event(
        self, kind: EventKind | str, day: date, note: str = "", *, today: date | None = None
    ) -> RecordedEvent:
        """Record a date, after the store's rules (see ``records.check_event``); a refusal writes nothing."""
        event_kind = kind if isinstance(kind, EventKind) else parse_event_kind(kind)
        check_event(event_kind, day, note, today or self.today())
        with self._unit_of_work() as session:
            before = read_events(session)
            check_event_order(before, [*before, RecordedEvent(event_kind, day, note)])
            row = models.Event(kind=event_kind.value, date=day, note=note)
            session.add(row)
            session.flush()
            return event_record(row)

    def update_event(
        self, event_id: int, kind: EventKind, day: date, note: str, *, today: date | None = None
    ) -> RecordedEvent:
        """Correct a recorded date under the same rules as a new one.

        When the correction moves the date a loss began, that loss's doctor's
        changes move with it: they belong to the loss, not to a date.
        """
        check_event(kind, day, note, today or self.today())
        with self._unit_of_work() as session:
            row = session.get(models.Event, event_id)
            if row is None:
                raise JournalError(f"no recorded date with id {event_id}")
            before = read_events(session)
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
        """Delete one recorded date of ``kind`` on ``day`` (the last one recorded when there are copies).

        Returns the deleted record and how many of that kind remain on that day, so
        the caller can say so. The doctor's changes of a deleted loss are kept (not
        planned with): recording the date again brings them back.
        """
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

    def dates_outside_rules(self) -> list[RecordedEvent]:
        """Recorded dates outside EARLIEST_DATE..LATEST_DATE (kept by an older version or a tool).

        The window and the CLI use this to offer "correct a date in History" (or
        ``event delete``) instead of a plan that cannot be worked out.
        """
        return dates_outside_range(self.list_events())

    def restore_event(self, record: RecordedEvent) -> RecordedEvent:
        """Put a deleted event back (undo), under its old id when that id is still free.

        No rules here on purpose: undo puts back exactly what was there.
        """
        with self._unit_of_work() as session:
            free = record.id is not None and session.get(models.Event, record.id) is None
            row = models.Event(id=record.id if free else None, kind=record.kind.value, date=record.date, note=record.note)
            session.add(row)
            session.flush()
            return event_record(row)

    def list_events(self) -> list[RecordedEvent]:
        with self._unit_of_work() as session:
            return read_events(session)

    # -- daily entries -------------------------------------------------------------

    def save_day(self, record: DayRecord) -> EntryRecord | None:
        """Store the whole day in one transaction; a day with nothing recorded has no page."""
        return self._save_day(record.date, lambda _current: record)

    def _save_day(self, day: date, make_record: Callable[[DayRecord | None], DayRecord]) -> EntryRecord | None:
        """Read the day's page and write what ``make_record`` makes of it, in ONE transaction."""
        with self._unit_of_work() as session:
            return write_day(session, day, make_record)

    def save_entry(self, day: date, text: str) -> EntryRecord | None:
        """Replace only the day's text, keeping its other fields (autosave: one transaction, not two)."""
        return self._save_day(day, lambda current: replace(current or DayRecord(day), text=text))

    def entry(self, day: date) -> EntryRecord | None:
        with self._unit_of_work() as session:
            return read_entry(session, day)

    def entries_between(self, first: date, last: date) -> list[EntryRecord]:
        with self._unit_of_work() as session:
            return read_entries(session, first, last)

    def entry_dates_between(self, first: date, last: date) -> set[date]:
        """Days in [first, last] that have a page: one query per calendar month shown.

        A read-only Core query, not an ORM session: this runs on every page turn,
        and the session's bookkeeping doubled its cost.
        """
        stmt = select(models.Entry.date).where(models.Entry.date >= first, models.Entry.date <= last)
        with self._engine.connect() as connection:
            return set(connection.scalars(stmt))

    def day_marks_between(self, first: date, last: date) -> dict[date, DayLogMarks]:
        """Days in [first, last] with something logged, in one query (a calendar page at a time).

        See ``desktop/store/rows.py``: ``read_day_marks``.
        """
        with self._engine.connect() as connection:
            return read_day_marks(connection, first, last)

    # -- search ----------------------------------------------------------------------

    def search(self, query: str, limit: int = 50, *, raw: bool = False) -> list[SearchHit]:
        """Days whose text or tags match, best first, with highlighted snippets.

        ``query`` is plain words (see ``desktop/store/search.py``); ``raw=True``
        takes FTS5 syntax. An empty or malformed query raises JournalError.
        """
        try:
            with self._unit_of_work() as session:
                return search_entries(session.connection(), query, limit, raw=raw)
        except SearchQueryError as error:
            raise JournalError(str(error)) from None

    # -- milestones: the doctor's dates and her own ------------------------------------

    def set_override(
        self, key: str, *, day: date | None = None, offset_days: int | None = None, note: str = ""
    ) -> Override:
        """Her doctor's date for a milestone of the most recent loss; it stays with that loss."""
        target = OVERRIDE_TARGET.get(key, key)
        if target not in OVERRIDABLE_KEYS:
            allowed = ", ".join(sorted(OVERRIDABLE_KEYS | OVERRIDE_TARGET.keys()))
            raise JournalError(f"the milestone '{key}' cannot be changed (changeable: {allowed})")
        if (day is None) == (offset_days is None):
            raise JournalError("give either a new date or a number of days after day 0, not both")
        if offset_days is not None and not 1 <= offset_days <= OVERRIDE_OFFSET_MAX:
            raise JournalError(f"the number of days after day 0 must be from 1 to {OVERRIDE_OFFSET_MAX:,}")
        with self._unit_of_work() as session:
            loss = current_loss(session)
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
        """Back to the article's date for the most recent loss (an earlier loss keeps its changes)."""
        target = OVERRIDE_TARGET.get(key, key)
        with self._unit_of_work() as session:
            losses = losses_in(read_events(session))
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
        """Her own milestone, changed in place (like the article's): same id, new title, date and note."""
        check_own_milestone(title, day, note)
        with self._unit_of_work() as session:
            row = session.get(models.CustomMilestone, milestone_id)
            if row is None:
                raise JournalError(f"there is no milestone of your own with id {milestone_id}")
            row.title, row.date, row.note = title.strip(), day, note
            return CustomMilestoneRecord(row.id, row.title, row.date, row.note)

    def history(self) -> History:
        """Everything the guidance engine needs, read in one transaction."""
        with self._unit_of_work() as session:
            return read_history(session)

    # -- everything at once: export and import ---------------------------------------

    def snapshot(self) -> JournalSnapshot:
        """Everything she recorded, read in one transaction (see ``desktop/store/snapshot.py``)."""
        with self._unit_of_work() as session:
            return read_snapshot(session)

    def apply_snapshot(
        self,
        snapshot: JournalSnapshot,
        *,
        replace_all: bool,
        today: date | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportSummary:
        """Merge (or, with ``replace_all``, replace) in one transaction; a conflict or a broken rule changes nothing.

        ``progress(done, total)``: see ``write_snapshot``; an exception from it (a cancel) rolls it all back.
        """
        try:
            with self._unit_of_work() as session:
                return write_snapshot(
                    session, snapshot, replace_all=replace_all, today=today or self.today(), progress=progress
                )
        except SnapshotConflictError as error:
            raise JournalError(str(error)) from None

    # -- health --------------------------------------------------------------------

    def counts(self) -> JournalCounts:
        with self._unit_of_work() as session:
            return read_counts(session)

    @property
    def encrypted(self) -> bool:
        """True when the file is SQLCipher-encrypted (opened with a passphrase)."""
        return self._engine.dialect.driver == "pysqlcipher"

    def connection_settings(self) -> dict[str, str]:
        """The per-connection PRAGMAs as SQLite reports them, so `check` and tests can confirm them."""
        with self._engine.connect() as connection:
            return {
                name: str(connection.exec_driver_sql(f"PRAGMA {name}").scalar())
                for name in ("journal_mode", "synchronous", "foreign_keys", "temp_store")
            }

    def integrity_check(self) -> str:
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
            result = "; ".join(str(row[0]) for row in rows)
            if result == "ok" and not self.read_only and not search_index_in_step(connection):  # that check writes
                result = "the search index is out of step with the notes (run: recovery-journal check --repair-search)"
        return result

    def rebuild_search_index(self) -> None:
        """Index every page again from its text and tags (the pages themselves are not touched)."""
        with self._unit_of_work() as session:
            rebuild_search_index(session.connection())

    # -- reminders: which were shown on which day (in the journal, never in the settings file) ---

    def reminder_shown(self, key: str, day: date) -> bool:
        """Was the reminder for milestone ``key`` already announced on ``day``?"""
        try:
            with self._unit_of_work() as session:
                found = reminder_row(session, key, day)
        except (DatabaseError, OperationalError) as error:
            raise JournalError(f"the reminders could not be read ({sqlite_reason(error)})") from None
        return found is not None

    def mark_reminder_shown(self, key: str, day: date) -> None:
        """Remember that ``key`` was announced on ``day``; earlier days are forgotten (only today's matter)."""
        try:
            with self._unit_of_work() as session:
                session.execute(delete(models.ReminderShown).where(models.ReminderShown.day < day))
                if reminder_row(session, key, day) is None:
                    session.add(models.ReminderShown(key=key, day=day))
        except (DatabaseError, OperationalError) as error:
            raise JournalError(f"the reminders could not be saved ({sqlite_reason(error)})") from None
