"""The whole journal as plain data: what export reads and import writes.

``Journal.snapshot()`` reads it in one transaction; ``Journal.apply_snapshot()``
writes one in one transaction, merging or replacing. Merge rules (documented
for users in docs/export-format.md):

- a recorded date or an own milestone identical to one already in the journal
  is skipped; any other is added;
- a day that already has a page: skipped if the pages are identical, otherwise
  the import is refused, naming the day (nothing is overwritten in merge mode);
- a changed milestone (per loss): skipped if identical, otherwise refused the same way.

Every record obeys the store's rules (``desktop/store/records.py``) exactly as
when she types it: a date outside the range, a loss in the future, a
procedure before its miscarriage or a doctor's date on or before its loss's
day 0 refuses the whole import, naming the record.

Replace deletes everything first and then writes the snapshot; the caller
makes a backup before (see ``desktop.exchange.json_format``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Connection, delete
from sqlalchemy.orm import Session

from desktop.guidance import CustomMilestone, Override, RecordedEvent
from desktop.guidance.engine import losses_in
from desktop.one_line import one_line
from desktop.store import models
from desktop.store.bulk import let_go
from desktop.store.engine import driver_sql
from desktop.store.errors import JournalError
from desktop.store.records import (
    EARLIEST_DATE,
    LATEST_DATE,
    OVERRIDE_OFFSET_MAX,
    Appointment,
    DayRecord,
    check_appointment,
    check_date,
    check_event,
    check_event_order,
    check_note,
    check_override,
    normalize_medicines,
    normalize_tags,
    validate_day,
)
from desktop.store.rows import (
    INSERT_ENTRY_SQL,
    as_day_record,
    new_page_rows,
    read_appointments,
    read_custom_milestones,
    read_entries,
    read_events,
    read_overrides,
    utc_now,
)
from desktop.store.search import SEARCH_TRIGGERS


@dataclass(frozen=True)
class JournalSnapshot:
    """Everything she recorded. Ids are not part of it (``id`` fields are ignored on write)."""

    events: tuple[RecordedEvent, ...] = ()
    entries: tuple[DayRecord, ...] = ()
    overrides: tuple[Override, ...] = ()
    custom_milestones: tuple[CustomMilestone, ...] = ()
    appointments: tuple[Appointment, ...] = ()


@dataclass(frozen=True)
class ImportSummary:
    added: int
    skipped: int  # identical to what the journal already had, or a day recording nothing
    replaced: bool


PROGRESS_STEP = 2000  # pages written between two reports of an import's progress


class SnapshotConflictError(Exception):
    """Merge would overwrite something different; the message names it."""


def read_snapshot(session: Session) -> JournalSnapshot:
    """Everything, through the same statements the pages and the history are read with (``rows.py``)."""
    execute = driver_sql(session.connection())
    return JournalSnapshot(
        tuple(read_events(execute)),
        tuple(as_day_record(entry) for entry in read_entries(execute)),
        tuple(read_overrides(execute, of_a_loss_only=False)),
        tuple(read_custom_milestones(execute)),
        tuple(replace(a, id=None) for a in read_appointments(execute)),
    )


@dataclass(frozen=True)
class SnapshotInParts:
    """Everything she recorded, the pages a year at a time: what an export writes without holding it all.

    ``head`` has every record but the pages; ``pages()`` gives them, oldest first, one
    calendar year (at most 366 pages) per batch, read in the same unit of work.
    """

    head: JournalSnapshot
    pages: Callable[[], Iterator[tuple[DayRecord, ...]]]


def read_snapshot_in_parts(session: Session) -> SnapshotInParts:
    """As ``read_snapshot``, but the pages are read when ``pages()`` is walked, a year per statement.

    A decade-long journal's 100,000 pages read at once were one ``fetchall`` and 100,000
    records kept alive together: the worker held the interpreter lock for its garbage
    collector's full passes over them, and the window froze (issue 13, budget 4).
    """
    execute = driver_sql(session.connection())
    head = JournalSnapshot(
        tuple(read_events(execute)),
        (),
        tuple(read_overrides(execute, of_a_loss_only=False)),
        tuple(read_custom_milestones(execute)),
        tuple(replace(a, id=None) for a in read_appointments(execute)),
    )

    def pages() -> Iterator[tuple[DayRecord, ...]]:
        for year in range(EARLIEST_DATE.year, LATEST_DATE.year + 1):
            batch = read_entries(execute, date(year, 1, 1), date(year, 12, 31))
            if batch:
                yield tuple(as_day_record(entry) for entry in batch)

    return SnapshotInParts(head, pages)


def _check_records(snapshot: JournalSnapshot, today: date) -> None:
    """The rules each record obeys on its own, as at every other door."""
    for event in snapshot.events:
        check_event(event.kind, event.date, event.note, today)
    for milestone in snapshot.custom_milestones:
        title = one_line(milestone.title)
        check_date(f"own milestone '{title}'", milestone.date)
        check_note(f"the note of own milestone '{title}'", milestone.note)
    for override in snapshot.overrides:
        if override.offset_days is not None and not 1 <= override.offset_days <= OVERRIDE_OFFSET_MAX:
            raise JournalError(f"the change of '{override.key}': days after day 0 must be from 1 to {OVERRIDE_OFFSET_MAX:,}")
        if override.loss_date is not None:
            check_date(f"the loss of the change of '{override.key}'", override.loss_date)
    for appointment in snapshot.appointments:
        check_appointment(appointment)


def _check_overrides_fit(overrides: list[Override], events: list[RecordedEvent]) -> None:
    """Each doctor's change names a loss of the journal and lies after that loss's day 0."""
    day_zero = {loss.loss_date: loss.date for loss in losses_in(events)}
    for override in overrides:
        if override.loss_date is None:
            continue  # kept from before losses were told apart: stays, unplanned (see migration 0005)
        if override.loss_date not in day_zero:
            raise JournalError(
                f"the change of '{override.key}' was made for a loss on {override.loss_date.isoformat()}, "
                "which is not recorded"
            )
        check_override(override.key, override.date, override.note, day_zero[override.loss_date])


def write_snapshot(
    session: Session,
    snapshot: JournalSnapshot,
    *,
    replace_all: bool,
    today: date,
    progress: Callable[[int, int], None] | None = None,
) -> ImportSummary:
    """Write inside the caller's transaction; raise before writing anything on a conflict or a broken rule.

    ``progress(done, total)`` is called every ``PROGRESS_STEP`` pages (the window's bar); whatever it
    raises (she cancelled) leaves the caller's transaction to roll back, so nothing is written.
    """
    from desktop.store.appointments import add_appointment

    report = progress or (lambda _done, _total: None)
    _check_records(snapshot, today)
    entries: list[DayRecord] = []
    skipped = 0
    for record in snapshot.entries:
        validate_day(record)
        day = DayRecord(
            record.date,
            record.text,
            record.bleeding,
            record.pain,
            record.temperature_c,
            record.mood,
            normalize_tags(record.tags),
            record.test_result,
            None if record.hcg_miu_ml is None else float(record.hcg_miu_ml),
            normalize_medicines(record.medicines),
            record.discharge,
        )
        if day.is_empty():
            skipped += 1
        else:
            entries.append(day)

    if replace_all:
        for model in (models.Event, models.Entry, models.MilestoneOverride, models.CustomMilestone, models.AppointmentRow):
            session.execute(delete(model))
        existing = JournalSnapshot()
    else:
        existing = read_snapshot(session)

    event_keys = {(e.kind, e.date, e.note) for e in existing.events}
    new_events = [e for e in snapshot.events if (e.kind, e.date, e.note) not in event_keys]
    check_event_order(existing.events, [*existing.events, *new_events])

    pages: dict[date, DayRecord] = {e.date: e for e in existing.entries}
    new_entries = []
    for day in entries:
        current = pages.get(day.date)
        if current is None:
            new_entries.append(day)
        elif current != day:
            raise SnapshotConflictError(
                f"{day.date.isoformat()} already has a different page in this journal; "
                "nothing was imported (replace the journal instead, or remove that day first)"
            )

    current_overrides: dict[tuple[date | None, str], Override] = {
        (o.loss_date, o.key): o for o in existing.overrides if o.loss_date is not None
    }
    new_overrides = []
    for override in snapshot.overrides:
        current_override = current_overrides.get((override.loss_date, override.key))
        if current_override is None:
            new_overrides.append(override)
        elif current_override != override:
            raise SnapshotConflictError(
                f"the milestone '{override.key}' already has a different date from your doctor in this journal"
                f"{_for_loss(override)}; "
                "nothing was imported (replace the journal instead, or reset that milestone first)"
            )

    unattached = {o for o in existing.overrides if o.loss_date is None}
    new_overrides = [o for o in new_overrides if o not in unattached]
    _check_overrides_fit(new_overrides, [*existing.events, *new_events])

    custom_keys = {(c.title, c.date, c.note) for c in existing.custom_milestones}
    new_custom = [c for c in snapshot.custom_milestones if (c.title, c.date, c.note) not in custom_keys]

    appointment_keys = {replace(a, id=None) for a in existing.appointments}
    new_appointments = [a for a in snapshot.appointments if replace(a, id=None) not in appointment_keys]

    for event in new_events:
        session.add(models.Event(kind=event.kind.value, date=event.date, note=event.note))
    new_count = len(new_entries)
    try:
        _insert_pages(session.connection(), new_entries, report)
    finally:  # 100,000 pages let go of at once hold the worker ~50 ms: a step at a time (``bulk.let_go``)
        new_entries.clear()
        pages.clear()
        held = list(existing.entries)
        existing = JournalSnapshot()
        let_go(held)
        let_go(entries)
    for override in new_overrides:
        session.add(
            models.MilestoneOverride(
                key=override.key,
                loss_date=override.loss_date,
                date=override.date,
                offset_days=override.offset_days,
                note=override.note,
            )
        )
    for milestone in new_custom:
        session.add(models.CustomMilestone(title=milestone.title, date=milestone.date, note=milestone.note))
    session.flush()
    for appointment in new_appointments:
        add_appointment(session, replace(appointment, id=None))
    report(new_count, new_count)

    added = len(new_events) + new_count + len(new_overrides) + len(new_custom) + len(new_appointments)
    total = (
        len(snapshot.events)
        + len(snapshot.entries)
        + len(snapshot.overrides)
        + len(snapshot.custom_milestones)
        + len(snapshot.appointments)
    )
    return ImportSummary(added=added, skipped=total - added, replaced=replace_all)


INDEX_PAGES_AFTER_SQL = (
    "INSERT INTO entries_fts(rowid, text, tags, medicines) SELECT id, text, tags, medicines FROM entries WHERE id > :after"
)
"""What the insert trigger (``search.SEARCH_TRIGGERS``) does for one page, for every page added after ``:after``."""


def _insert_pages(connection: Connection, pages: list[DayRecord], report: Callable[[int, int], None]) -> None:
    """Add many new pages in the caller's transaction: the one INSERT of ``rows.py``, run as executemany.

    Through the ORM each page was an object and a statement of its own, and the search
    index's trigger indexed them one by one: an import of 100,000 pages took 13x the bare
    dump. Here the insert trigger is dropped for the batch and the new pages are indexed
    in one statement after it, then the trigger is made again from ``SEARCH_TRIGGERS``;
    all of it inside the one transaction, so a cancel (``report`` raising) or a failure
    rolls the trigger back too, and the journal is as it was. ``report`` is called before
    each step of ``PROGRESS_STEP`` pages: each is a point where she may cancel.
    """
    if not pages:
        return
    driver_connection = connection.connection.driver_connection
    if driver_connection is not None and not driver_connection.in_transaction:
        # The sqlite3 module opens a transaction only before a row is written; the trigger's
        # DROP must be inside it, or a cancel would leave the journal without the trigger.
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    after = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM entries").scalar_one()
    connection.exec_driver_sql("DROP TRIGGER IF EXISTS entries_fts_after_insert")
    now = utc_now()
    for start in range(0, len(pages), PROGRESS_STEP):
        report(start, len(pages))
        connection.exec_driver_sql(INSERT_ENTRY_SQL, new_page_rows(pages[start : start + PROGRESS_STEP], now))
    connection.exec_driver_sql(INDEX_PAGES_AFTER_SQL, {"after": after})
    connection.exec_driver_sql(SEARCH_TRIGGERS["entries_fts_after_insert"])


def _for_loss(override: Override) -> str:
    return f" (for the loss of {override.loss_date.isoformat()})" if override.loss_date is not None else ""
