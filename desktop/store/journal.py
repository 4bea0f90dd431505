"""Opening a journal file and the unit-of-work operations on it.

Every public method is one transaction and returns plain frozen dataclasses,
so callers (CLI, widgets, exporters) never hold a session or an ORM object.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import (
    BindParameter,
    CompoundSelect,
    Engine,
    Result,
    String,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.guidance import CustomMilestone as CustomMilestoneRecord
from desktop.guidance import EventKind, History, Override, RecordedEvent
from desktop.guidance.engine import OVERRIDABLE_KEYS, OVERRIDE_TARGET, DayZero, losses_in
from desktop.one_line import one_line
from desktop.paths import ensure_private_dir, ensure_private_file
from desktop.store import models
from desktop.store.cipher import PassphraseError, check_passphrase, engine_url, silence_cipher_log
from desktop.store.errors import JournalError, WrongPassphraseError
from desktop.store.files import can_write
from desktop.store.records import (
    BLEEDING_LEVELS,
    OVERRIDE_OFFSET_MAX,
    TITLE_MAX,
    Appointment,
    DayLogMarks,
    DayRecord,
    EntryRecord,
    JournalCounts,
    check_date,
    check_event,
    check_event_order,
    check_note,
    check_override,
    dates_outside_range,
    medicines_from_text,
    medicines_to_text,
    normalize_medicines,
    normalize_tags,
    validate_day,
)
from desktop.store.schema import KNOWN_REVISIONS, SCHEMA_HEAD, read_schema_revision, upgrade_to_head
from desktop.store.search import (
    SearchHit,
    SearchQueryError,
    rebuild_search_index,
    search_entries,
    search_index_in_step,
)

if TYPE_CHECKING:
    from desktop.store.diagnosis import Diagnosis, Fault
    from desktop.store.snapshot import ImportSummary, JournalSnapshot


SQL_LOGGER_SUFFIX = "journal"

__all__ = [  # the records and errors keep their old import path for callers
    "BLEEDING_LEVELS",
    "DayLogMarks",
    "DayRecord",
    "EntryRecord",
    "Journal",
    "JournalCounts",
    "JournalError",
    "WrongPassphraseError",
    "normalize_tags",
    "open_journal",
    "parse_event_kind",
    "validate_day",
]


def _configure_sqlite(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA temp_store=MEMORY")  # no sort or temp table of an encrypted journal in /tmp
    cursor.close()


def parse_event_kind(text: str) -> EventKind:
    try:
        return EventKind(text.strip().lower())
    except ValueError:
        choices = ", ".join(kind.value for kind in EventKind)
        raise JournalError(f"unknown event kind '{one_line(text)}' (choose one of: {choices})") from None


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
            from desktop.store.diagnosis import FAULTS_OF_THE_FILE, diagnose_error, fault

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
            before = _all_events(session)
            check_event_order(before, [*before, RecordedEvent(event_kind, day, note)])
            row = models.Event(kind=event_kind.value, date=day, note=note)
            session.add(row)
            session.flush()
            return _event_record(row)

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
            before = _all_events(session)
            row_before = _event_record(row)
            after = [RecordedEvent(kind, day, note, event_id) if e.id == event_id else e for e in before]
            check_event_order(before, after)
            row.kind, row.date, row.note = kind.value, day, note
            _follow_moved_loss(session, losses_in(before), losses_in(after), row_before, day)
            session.flush()
            return _event_record(row)

    def delete_event(self, event_id: int) -> RecordedEvent:
        with self._unit_of_work() as session:
            row = session.get(models.Event, event_id)
            if row is None:
                raise JournalError(f"no recorded date with id {event_id}")
            record = _event_record(row)
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
            record = _event_record(rows[-1])
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
            return _event_record(row)

    def list_events(self) -> list[RecordedEvent]:
        with self._unit_of_work() as session:
            rows = session.scalars(select(models.Event).order_by(models.Event.date, models.Event.id))
            return [_event_record(row) for row in rows]

    # -- daily entries -------------------------------------------------------------

    def save_day(self, record: DayRecord) -> EntryRecord | None:
        """Store the whole day in one transaction; a day with nothing recorded has no page."""
        return self._save_day(record.date, lambda _current: record)

    def _save_day(self, day: date, make_record: Callable[[DayRecord | None], DayRecord]) -> EntryRecord | None:
        """Read the day's page and write what ``make_record`` makes of it, in ONE transaction."""
        with self._unit_of_work() as session:
            row = session.scalar(select(models.Entry).where(models.Entry.date == day))
            record = make_record(_as_day_record(_entry_record(row)) if row else None)
            validate_day(record)
            record = replace(record, tags=normalize_tags(record.tags), medicines=normalize_medicines(record.medicines))
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
                "test_result": record.test_result,
                "hcg_miu_ml": None if record.hcg_miu_ml is None else float(record.hcg_miu_ml),
                "discharge": record.discharge,
                "medicines": medicines_to_text(record.medicines),
            }
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
            session.flush()
            return _entry_record(row)

    def save_entry(self, day: date, text: str) -> EntryRecord | None:
        """Replace only the day's text, keeping its other fields (autosave: one transaction, not two)."""
        return self._save_day(day, lambda current: replace(current or DayRecord(day), text=text))

    def entry(self, day: date) -> EntryRecord | None:
        with self._unit_of_work() as session:
            row = session.scalar(select(models.Entry).where(models.Entry.date == day))
            return _entry_record(row) if row else None

    def entries_between(self, first: date, last: date) -> list[EntryRecord]:
        with self._unit_of_work() as session:
            stmt = (
                select(models.Entry)
                .where(models.Entry.date >= first, models.Entry.date <= last)
                .order_by(models.Entry.date)
            )
            return [_entry_record(row) for row in session.scalars(stmt)]

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

        The statement is built once (``_day_marks_statement``) and run on a Core
        connection: on every page turn, building the union and the ORM session's
        bookkeeping cost more than the query itself.
        """
        marks: dict[date, DayLogMarks] = {}
        with self._engine.connect() as connection:
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
            loss = _current_loss(session)
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
            losses = losses_in(_all_events(session))
            if not losses:
                return
            session.execute(
                delete(models.MilestoneOverride).where(
                    models.MilestoneOverride.key == target, models.MilestoneOverride.loss_date == losses[-1].loss_date
                )
            )

    def add_custom_milestone(self, title: str, day: date, note: str = "") -> CustomMilestoneRecord:
        _check_own_milestone(title, day, note)
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
        _check_own_milestone(title, day, note)
        with self._unit_of_work() as session:
            row = session.get(models.CustomMilestone, milestone_id)
            if row is None:
                raise JournalError(f"there is no milestone of your own with id {milestone_id}")
            row.title, row.date, row.note = title.strip(), day, note
            return CustomMilestoneRecord(row.id, row.title, row.date, row.note)

    def history(self) -> History:
        """Everything the guidance engine needs, read in one transaction."""
        with self._unit_of_work() as session:
            # Plain columns, not ORM objects: a journal kept for decades has thousands of
            # period starts, and building an ORM object for each took ~100x longer.
            recorded = models.Event
            event_rows = session.execute(
                select(recorded.kind, recorded.date, recorded.note, recorded.id).order_by(recorded.date, recorded.id)
            )
            events = tuple(RecordedEvent(EventKind(kind), day, note, event_id) for kind, day, note, event_id in event_rows)
            overrides = tuple(  # every loss's changes; the plan takes its own loss's (a change of no loss: none)
                Override(row.key, row.date, row.offset_days, row.note, row.loss_date)
                for row in session.scalars(
                    select(models.MilestoneOverride)
                    .where(models.MilestoneOverride.loss_date.is_not(None))
                    .order_by(models.MilestoneOverride.loss_date, models.MilestoneOverride.key)
                )
            )
            custom = tuple(
                CustomMilestoneRecord(row.id, row.title, row.date, row.note)
                for row in session.scalars(select(models.CustomMilestone).order_by(models.CustomMilestone.date))
            )
        return History(events, overrides, custom)

    # -- everything at once: export and import ---------------------------------------

    def snapshot(self) -> JournalSnapshot:
        """Everything she recorded, read in one transaction (see ``desktop/store/snapshot.py``)."""
        from desktop.store.snapshot import read_snapshot

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
        from desktop.store.snapshot import SnapshotConflictError, write_snapshot

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

            def count(model: type[models.Base]) -> int:
                return session.scalar(select(func.count()).select_from(model)) or 0

            return JournalCounts(
                events=count(models.Event),
                entries=count(models.Entry),
                overrides=count(models.MilestoneOverride),
                custom_milestones=count(models.CustomMilestone),
            )

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

    # -- what a day can hold beyond its page: medicines used before, appointments (issue 16) ---

    def medicine_names(self) -> list[str]:
        """Every medicine name she recorded, most recently used first: the day's fields offer them again."""
        from desktop.store.appointments import medicine_names

        with self._unit_of_work() as session:
            return medicine_names(session)

    def hcg_series(self) -> list[EntryRecord]:
        """The days with an hCG value or a test result, oldest first (the trends window and the PDF)."""
        with self._unit_of_work() as session:
            stmt = (
                select(models.Entry)
                .where(models.Entry.hcg_miu_ml.is_not(None) | models.Entry.test_result.is_not(None))
                .order_by(models.Entry.date)
            )
            return [_entry_record(row) for row in session.scalars(stmt)]

    def appointments(self) -> list[Appointment]:
        """Every appointment, by day and time."""
        from desktop.store.appointments import list_appointments

        with self._unit_of_work() as session:
            return list_appointments(session)

    def add_appointment(self, appointment: Appointment) -> Appointment:
        """Book an appointment (records.check_appointment: a date in range, a time, a title unless a consultation)."""
        from desktop.store.appointments import add_appointment

        with self._unit_of_work() as session:
            return add_appointment(session, appointment)

    def update_appointment(self, appointment: Appointment) -> Appointment:
        from desktop.store.appointments import update_appointment

        with self._unit_of_work() as session:
            return update_appointment(session, appointment)

    def delete_appointment(self, appointment_id: int) -> Appointment:
        from desktop.store.appointments import delete_appointment

        with self._unit_of_work() as session:
            return delete_appointment(session, appointment_id)

    def answer_appointment(self, appointment_id: int, outcome: str, *, today: date | None = None) -> Appointment:
        """Record whether a past appointment happened; a consultation that happened records the consultation date."""
        from desktop.store.appointments import answer_appointment

        with self._unit_of_work() as session:
            return answer_appointment(session, appointment_id, outcome, today or self.today())

    # -- reminders: which were shown on which day (in the journal, never in the settings file) ---

    def reminder_shown(self, key: str, day: date) -> bool:
        """Was the reminder for milestone ``key`` already announced on ``day``?"""
        try:
            with self._unit_of_work() as session:
                found = session.scalar(
                    select(models.ReminderShown.id).where(
                        models.ReminderShown.key == key, models.ReminderShown.day == day
                    )
                )
        except (DatabaseError, OperationalError) as error:
            raise JournalError(f"the reminders could not be read ({_sqlite_reason(error)})") from None
        return found is not None

    def mark_reminder_shown(self, key: str, day: date) -> None:
        """Remember that ``key`` was announced on ``day``; earlier days are forgotten (only today's matter)."""
        try:
            with self._unit_of_work() as session:
                session.execute(delete(models.ReminderShown).where(models.ReminderShown.day < day))
                exists = session.scalar(
                    select(models.ReminderShown.id).where(
                        models.ReminderShown.key == key, models.ReminderShown.day == day
                    )
                )
                if exists is None:
                    session.add(models.ReminderShown(key=key, day=day))
        except (DatabaseError, OperationalError) as error:
            raise JournalError(f"the reminders could not be saved ({_sqlite_reason(error)})") from None


def _check_own_milestone(title: str, day: date, note: str) -> None:
    """The rules her own milestone obeys, whether added or changed."""
    if not title.strip():
        raise JournalError("a milestone needs a title")
    if len(title.strip()) > TITLE_MAX:
        raise JournalError(f"a milestone's title can be at most {TITLE_MAX} characters")
    check_date("the milestone's date", day)
    check_note("the milestone's note", note)


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


def _entry_record(row: models.Entry) -> EntryRecord:
    return EntryRecord(
        date=row.date,
        text=row.text,
        bleeding=row.bleeding,
        pain=row.pain,
        temperature_c=row.temperature_c,
        mood=row.mood,
        tags=tuple(t for t in row.tags.split("\n") if t),
        test_result=row.test_result,
        hcg_miu_ml=row.hcg_miu_ml,
        medicines=medicines_from_text(row.medicines or ""),
        discharge=row.discharge,
        updated_at=row.updated_at,
    )


def _as_day_record(entry: DayRecord) -> DayRecord:
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


def _event_record(row: models.Event) -> RecordedEvent:
    return RecordedEvent(kind=EventKind(row.kind), date=row.date, note=row.note, id=row.id)


def _all_events(session: Session) -> list[RecordedEvent]:
    recorded = models.Event
    rows = session.execute(select(recorded.kind, recorded.date, recorded.note, recorded.id).order_by(recorded.date))
    return [RecordedEvent(EventKind(kind), day, note, event_id) for kind, day, note, event_id in rows]


def _current_loss(session: Session) -> DayZero:
    losses = losses_in(_all_events(session))
    if not losses:
        raise JournalError(
            "no loss is recorded yet, so there is no plan to change; record the miscarriage or procedure first"
        )
    return losses[-1]


def _follow_moved_loss(
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


def open_journal(
    path: Path, passphrase: str | None = None, *, start_new: bool = False, verify: bool = False
) -> Journal:
    """Open (creating if needed) the journal at ``path`` and bring its schema to head.

    Without a passphrase the journal is plain SQLite; with one it is SQLCipher
    (a new file is created encrypted). Whatever stops it opening is diagnosed
    first (``desktop/store/diagnosis.py``) and raised as JournalFaultError,
    with nothing written: a wrong passphrase is told from a damaged file, a busy
    or read-only journal from a broken one. A folder or file that cannot be
    written opens read-only (``Journal.read_only``): every read works and
    every write is refused with one line. A missing or empty file beside
    backups is not silently a new journal unless ``start_new`` says so.
    ``verify`` runs SQLite's quick check first (about 10 ms for 5 MB), so
    damaged inner pages are reported at once instead of reading as "no note".
    The directory is made 0700 and the file 0600 before SQLite writes a byte.
    """
    from desktop.store.diagnosis import Fault, diagnose_error, diagnose_file, fault

    found = diagnose_file(path, passphrase)
    if found is not None and not (start_new and found.fault in (Fault.MISSING, Fault.EMPTY)):
        raise fault(found.fault, path, found.detail)
    writable = can_write(path)
    if not writable and (not path.is_file() or path.stat().st_size == 0):
        raise fault(Fault.READ_ONLY, path, "and there is no journal in it yet")
    try:
        if writable:
            ensure_private_dir(path.parent)
            ensure_private_file(path)
        url = engine_url(path, passphrase) if writable else _read_only_url(path, passphrase)
    except PassphraseError as error:
        raise JournalError(str(error)) from None
    except OSError as error:
        raise fault(*_diagnosed(diagnose_error(path, passphrase, error))) from None
    old_umask = os.umask(0o077)
    try:
        engine = create_engine(url, hide_parameters=True, logging_name=SQL_LOGGER_SUFFIX)
        # SQLAlchemy logs result rows at DEBUG: keep this engine's statement log at WARNING even
        # when a developer turns all logging up, so her text and dates never reach a log.
        logging.getLogger(f"sqlalchemy.engine.Engine.{SQL_LOGGER_SUFFIX}").setLevel(logging.WARNING)
        if passphrase is not None:
            event.listen(engine, "connect", silence_cipher_log, insert=True)  # before the dialect's PRAGMA key
        event.listen(engine, "connect", _configure_sqlite if writable else _configure_read_only)
        try:
            with engine.begin() as connection:
                revision = read_schema_revision(connection)
                if revision is not None and revision not in KNOWN_REVISIONS:
                    raise fault(Fault.NEWER_SCHEMA, path, revision)
                if revision != SCHEMA_HEAD:
                    if not writable:
                        raise fault(Fault.READ_ONLY, path, "and it needs an upgrade this version cannot write")
                    upgrade_to_head(connection, revision)
                if verify:
                    verdict = [str(row[0]) for row in connection.exec_driver_sql("PRAGMA quick_check")]
                    if verdict != ["ok"]:
                        raise fault(Fault.DAMAGED, path, _first_words(verdict))
        except JournalError:
            engine.dispose()
            raise
        except (DatabaseError, OperationalError, OSError) as error:
            engine.dispose()
            raise fault(*_diagnosed(diagnose_error(path, passphrase, error))) from None
    finally:
        os.umask(old_umask)
    if writable:
        from desktop.store.encryption import discard_interrupted_conversions

        discard_interrupted_conversions(path)  # only now: a conversion in progress would have kept us out
    journal = Journal(path, engine)
    journal.read_only = not writable
    return journal


def _first_words(lines: list[str], limit: int = 160) -> str:
    """SQLite's findings as one short line (a damaged file can list thousands)."""
    findings = [
        " ".join(line.split()) for row in lines for line in row.splitlines() if line.strip() and not line.startswith("***")
    ]
    if not findings:
        return "SQLite's check failed"
    text = f"SQLite's check found {len(findings)} problem(s), the first: {findings[0]}"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _diagnosed(diagnosis: Diagnosis) -> tuple[Fault, Path, str]:
    return diagnosis.fault, diagnosis.path, diagnosis.detail


def _read_only_url(path: Path, passphrase: str | None) -> URL:
    """A URL that never writes: ``immutable`` because SQLite cannot make a WAL index in a read-only folder.

    An immutable open ignores a ``-wal`` left by a crash, so when one with
    content is there (with its ``-shm``, which SQLite cannot create in such a
    folder) the ordinary read-only mode is used instead.
    """
    wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
    pending = wal.is_file() and wal.stat().st_size > 0 and shm.is_file()
    mode = "mode=ro" if pending else "immutable=1"
    database = f"file:{quote(str(path.resolve()))}?{mode}"
    if passphrase is None:
        return URL.create("sqlite", database=database, query={"uri": "true"})
    return URL.create("sqlite+pysqlcipher", password=check_passphrase(passphrase), database=database, query={"uri": "true"})


def _configure_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _sqlite_reason(error: DatabaseError) -> str:
    return str(error.orig) if error.orig is not None else str(error)
