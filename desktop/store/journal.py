"""The Journal: every operation on an open journal file, one transaction each, plain records out.

Callers (CLI, widgets, exporters) never hold a session, a connection or an
ORM object. Open one with ``desktop.store.open_journal``
(``desktop/store/opening.py``).

Two roads lead to the file, and the Journal picks per operation:

- the pages (``desktop/store/rows.py``): the history, a month's marks, a
  day's page and saving it, and which reminders were shown. They run on the connection the journal was opened
  with: the stdlib driver on the lean path (no SQLAlchemy imported), or the
  SQLAlchemy engine when the journal needed an upgrade or ``lean=False``.
  Either way the statements are the same text.
- everything else (events, milestones, search, export/import, health)
  goes through SQLAlchemy's ORM (``desktop/store/tables.py``),
  created on first use, so opening a journal and showing a day never pays
  for it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.guidance import CustomMilestone as CustomMilestoneRecord
from desktop.guidance import EventKind, History, Override, RecordedEvent
from desktop.store.diagnosis import fault_of_the_file, sqlite_reason
from desktop.store.errors import JournalError
from desktop.store.records import (
    Appointment,
    DayLogMarks,
    DayRecord,
    EntryRecord,
    JournalCounts,
    dates_outside_range,
    parse_event_kind,
)
from desktop.store.rows import (
    Database,
    mark_reminder,
    read_appointments,
    read_day_marks,
    read_entries,
    read_entry,
    read_events,
    read_hcg_series,
    read_history,
    read_medicine_names,
    reminder_was_shown,
    write_day,
)
from desktop.store.schema import read_schema_revision

if TYPE_CHECKING:
    from desktop.store.search import SearchHit
    from desktop.store.snapshot import ImportSummary, JournalSnapshot, SnapshotInParts
    from desktop.store.tables import Tables


class Journal:
    """An open journal file. Create with :func:`open_journal`; close when done."""

    read_only = False  # set by open_journal when the folder or file cannot be written

    def __init__(self, path: Path, pages: Database, make_tables: Callable[[], Tables], *, encrypted: bool) -> None:
        self.path = path
        self._pages = pages
        self._make_tables = make_tables
        self._tables_made: Tables | None = None
        self._tables_lock = threading.Lock()
        self._encrypted = encrypted
        # "Today" for the store's rules (no miscarriage in the future): a test or the
        # window sets it; every rule-checking method also takes ``today=`` directly.
        self.today: Callable[[], date] = date.today

    # -- lifecycle -----------------------------------------------------------------

    def close(self) -> None:
        with self._tables_lock:
            if self._tables_made is not None:
                self._tables_made.close()
        self._pages.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _tables(self) -> Tables:
        """The ORM side, made (and SQLAlchemy imported) the first time an operation needs it."""
        with self._tables_lock:
            if self._tables_made is None:
                self._tables_made = self._make_tables()
            return self._tables_made

    @contextmanager
    def _faults(self) -> Iterator[None]:
        """A busy, read-only, full or damaged journal becomes one plain line, never SQL."""
        try:
            yield
        except BaseException as error:
            if isinstance(error, self._pages.integrity_errors) or not isinstance(error, (*self._pages.errors, OSError)):
                raise
            raise fault_of_the_file(self.path, error) from None

    def schema_revision(self) -> str | None:
        with self._faults(), self._pages.reading() as execute:
            return read_schema_revision(execute)

    @property
    def encrypted(self) -> bool:
        """True when the file is SQLCipher-encrypted (opened with a passphrase)."""
        return self._encrypted

    # -- events --------------------------------------------------------------------

    def add_event(
        self, kind: EventKind | str, day: date, note: str = "", *, today: date | None = None
    ) -> RecordedEvent:
        """Record a date, after the store's rules (see ``records.check_event``); a refusal writes nothing."""
        event_kind = kind if isinstance(kind, EventKind) else parse_event_kind(kind)
        return self._tables().add_event(event_kind, day, note, today=today or self.today())

    def update_event(
        self, event_id: int, kind: EventKind, day: date, note: str, *, today: date | None = None
    ) -> RecordedEvent:
        """Correct a recorded date under the same rules as a new one.

        When the correction moves the date a loss began, that loss's doctor's
        changes move with it: they belong to the loss, not to a date.
        """
        return self._tables().update_event(event_id, kind, day, note, today=today or self.today())

    def delete_event(self, event_id: int) -> RecordedEvent:
        return self._tables().delete_event(event_id)

    def delete_event_on(self, kind: EventKind, day: date) -> tuple[RecordedEvent, int]:
        """Delete one recorded date of ``kind`` on ``day`` (the last one recorded when there are copies).

        Returns the deleted record and how many of that kind remain on that day, so
        the caller can say so. The doctor's changes of a deleted loss are kept (not
        planned with): recording the date again brings them back.
        """
        return self._tables().delete_event_on(kind, day)

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
        return self._tables().restore_event(record)

    def list_events(self) -> list[RecordedEvent]:
        with self._faults(), self._pages.reading() as execute:
            return read_events(execute)

    # -- daily entries -------------------------------------------------------------

    def save_day(self, record: DayRecord) -> EntryRecord | None:
        """Store the whole day in one transaction; a day with nothing recorded has no page."""
        return self._save_day(record.date, lambda _current: record)

    def _save_day(self, day: date, make_record: Callable[[DayRecord | None], DayRecord]) -> EntryRecord | None:
        """Read the day's page and write what ``make_record`` makes of it, in ONE transaction."""
        with self._faults(), self._pages.writing() as execute:
            return write_day(execute, day, make_record)

    def save_entry(self, day: date, text: str) -> EntryRecord | None:
        """Replace only the day's text, keeping its other fields (autosave: one transaction, not two)."""
        return self._save_day(day, lambda current: replace(current or DayRecord(day), text=text))

    def entry(self, day: date) -> EntryRecord | None:
        with self._faults(), self._pages.reading() as execute:
            return read_entry(execute, day)

    def entries_between(self, first: date, last: date) -> list[EntryRecord]:
        with self._faults(), self._pages.reading() as execute:
            return read_entries(execute, first, last)

    def entry_dates_between(self, first: date, last: date) -> set[date]:
        """Days in [first, last] that have a page."""
        return {day for day, marks in self.day_marks_between(first, last).items() if marks.has_entry}

    def day_marks_between(self, first: date, last: date) -> dict[date, DayLogMarks]:
        """Days in [first, last] with something logged, in one query (a calendar page at a time)."""
        with self._faults(), self._pages.reading() as execute:
            return read_day_marks(execute, first, last)

    def history(self) -> History:
        """Everything the guidance engine needs (see ``rows.read_history``)."""
        with self._faults(), self._pages.reading() as execute:
            return read_history(execute)

    # -- search ----------------------------------------------------------------------

    def search(self, query: str, limit: int = 50, *, raw: bool = False) -> list[SearchHit]:
        """Days whose text or tags match, best first, with highlighted snippets.

        ``query`` is plain words (see ``desktop/store/search.py``); ``raw=True``
        takes FTS5 syntax. An empty or malformed query raises JournalError.
        """
        return self._tables().search(query, limit, raw=raw)

    # -- milestones: the doctor's dates and her own ------------------------------------

    def set_override(
        self, key: str, *, day: date | None = None, offset_days: int | None = None, note: str = ""
    ) -> Override:
        """Her doctor's date for a milestone of the most recent loss; it stays with that loss."""
        return self._tables().set_override(key, day=day, offset_days=offset_days, note=note)

    def reset_override(self, key: str) -> None:
        """Back to the article's date for the most recent loss (an earlier loss keeps its changes)."""
        self._tables().reset_override(key)

    def add_custom_milestone(self, title: str, day: date, note: str = "") -> CustomMilestoneRecord:
        return self._tables().add_custom_milestone(title, day, note)

    def delete_custom_milestone(self, milestone_id: int) -> None:
        self._tables().delete_custom_milestone(milestone_id)

    def update_custom_milestone(self, milestone_id: int, title: str, day: date, note: str) -> CustomMilestoneRecord:
        """Her own milestone, changed in place (like the article's): same id, new title, date and note."""
        return self._tables().update_custom_milestone(milestone_id, title, day, note)

    # -- everything at once: export and import ---------------------------------------

    def snapshot(self) -> JournalSnapshot:
        """Everything she recorded, read in one transaction (see ``desktop/store/snapshot.py``)."""
        return self._tables().snapshot()

    @contextmanager
    def snapshot_in_parts(self) -> Iterator[SnapshotInParts]:
        """The same, the pages read a year at a time while the caller walks them (an export of 100,000 pages)."""
        with self._tables().snapshot_in_parts() as parts:
            yield parts

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
        return self._tables().apply_snapshot(
            snapshot, replace_all=replace_all, today=today or self.today(), progress=progress
        )

    # -- health --------------------------------------------------------------------

    def counts(self) -> JournalCounts:
        return self._tables().counts()

    def connection_settings(self) -> dict[str, str]:
        """The PRAGMAs of the connection that writes the pages, as SQLite reports them (for `check` and tests)."""
        with self._faults(), self._pages.reading() as execute:
            return {
                name: str(next(iter(execute(f"PRAGMA {name}", {})))[0])
                for name in ("journal_mode", "synchronous", "foreign_keys", "temp_store")
            }

    def integrity_check(self) -> str:
        return self._tables().integrity_check()

    def rebuild_search_index(self) -> None:
        """Index every page again from its text and tags (the pages themselves are not touched)."""
        self._tables().rebuild_search_index()

    # -- what a day can hold beyond its page: medicines used before, appointments (issue 16) ---

    def medicine_names(self) -> list[str]:
        """Every medicine name she recorded, most recently used first: the day's fields offer them again."""
        with self._faults(), self._pages.reading() as execute:
            return read_medicine_names(execute)

    def hcg_series(self) -> list[EntryRecord]:
        """The days with an hCG value or a test result, oldest first (the trends window and the PDF)."""
        with self._faults(), self._pages.reading() as execute:
            return read_hcg_series(execute)

    def appointments(self) -> list[Appointment]:
        """Every appointment, by day and time (read with the plan at each open: the lean path, no SQLAlchemy)."""
        with self._faults(), self._pages.reading() as execute:
            return read_appointments(execute)

    def add_appointment(self, appointment: Appointment) -> Appointment:
        """Book an appointment (records.check_appointment: a date in range, a time, a title unless a consultation)."""
        return self._tables().add_appointment(appointment)

    def update_appointment(self, appointment: Appointment) -> Appointment:
        """Change an appointment; a new day or time asks again whether it happened (the outcome is cleared)."""
        return self._tables().update_appointment(appointment)

    def delete_appointment(self, appointment_id: int) -> Appointment:
        return self._tables().delete_appointment(appointment_id)

    def answer_appointment(self, appointment_id: int, outcome: str, *, today: date | None = None) -> Appointment:
        """Record whether a past appointment happened; a consultation that happened records the consultation date."""
        return self._tables().answer_appointment(appointment_id, outcome, today or self.today())

    # -- reminders: which were shown on which day (in the journal, never in the settings file) ---

    def reminder_shown(self, key: str, day: date) -> bool:
        """Was the reminder for milestone ``key`` already announced on ``day``?"""
        errors = self._pages.errors
        try:
            with self._faults(), self._pages.reading() as execute:
                return reminder_was_shown(execute, key, day)
        except errors as error:  # not a fault of the file (those are one line already): name what failed
            raise JournalError(f"the reminders could not be read ({sqlite_reason(error)})") from None

    def mark_reminder_shown(self, key: str, day: date) -> None:
        """Remember that ``key`` was announced on ``day``; earlier days are forgotten (only today's matter)."""
        errors = self._pages.errors
        try:
            with self._faults(), self._pages.writing() as execute:
                mark_reminder(execute, key, day)
        except errors as error:
            raise JournalError(f"the reminders could not be saved ({sqlite_reason(error)})") from None
