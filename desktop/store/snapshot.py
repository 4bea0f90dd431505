"""The whole journal as plain data: what export reads and import writes.

``Journal.snapshot()`` reads it in one transaction; ``Journal.apply_snapshot()``
writes one in one transaction, merging or replacing. Merge rules (documented
for users in docs/export-format.md):

- a recorded date or an own milestone identical to one already in the journal
  is skipped; any other is added;
- a day that already has a page: skipped if the pages are identical, otherwise
  the import is refused, naming the day (nothing is overwritten in merge mode);
- a changed milestone: skipped if identical, otherwise refused the same way.

Replace deletes everything first and then writes the snapshot; the caller
makes a backup before (see ``desktop.exchange.json_format``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.guidance import CustomMilestone, Override, RecordedEvent
from desktop.store import models

if TYPE_CHECKING:  # journal.py imports this module lazily; only the type is needed here
    from desktop.store.journal import DayRecord


@dataclass(frozen=True)
class JournalSnapshot:
    """Everything she recorded. Ids are not part of it (``id`` fields are ignored on write)."""

    events: tuple[RecordedEvent, ...] = ()
    entries: tuple[DayRecord, ...] = ()
    overrides: tuple[Override, ...] = ()
    custom_milestones: tuple[CustomMilestone, ...] = ()


@dataclass(frozen=True)
class ImportSummary:
    added: int
    skipped: int  # identical to what the journal already had, or a day recording nothing
    replaced: bool


class SnapshotConflictError(Exception):
    """Merge would overwrite something different; the message names it."""


def read_snapshot(session: Session) -> JournalSnapshot:
    from desktop.store.journal import _as_day_record, _entry_record, _event_record

    events = tuple(
        _event_record(row) for row in session.scalars(select(models.Event).order_by(models.Event.date, models.Event.id))
    )
    entries = tuple(
        _as_day_record(_entry_record(row)) for row in session.scalars(select(models.Entry).order_by(models.Entry.date))
    )
    overrides = tuple(
        Override(row.key, row.date, row.offset_days, row.note)
        for row in session.scalars(select(models.MilestoneOverride).order_by(models.MilestoneOverride.key))
    )
    custom = tuple(
        CustomMilestone(row.id, row.title, row.date, row.note)
        for row in session.scalars(
            select(models.CustomMilestone).order_by(models.CustomMilestone.date, models.CustomMilestone.id)
        )
    )
    return JournalSnapshot(events, entries, overrides, custom)


def write_snapshot(session: Session, snapshot: JournalSnapshot, *, replace_all: bool) -> ImportSummary:
    """Write inside the caller's transaction; raise before writing anything on a merge conflict."""
    from desktop.store.journal import DayRecord, normalize_tags, validate_day

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
        )
        if day.is_empty():
            skipped += 1
        else:
            entries.append(day)

    if replace_all:
        for model in (models.Event, models.Entry, models.MilestoneOverride, models.CustomMilestone):
            session.execute(delete(model))
        existing = JournalSnapshot()
    else:
        existing = read_snapshot(session)

    event_keys = {(e.kind, e.date, e.note) for e in existing.events}
    new_events = [e for e in snapshot.events if (e.kind, e.date, e.note) not in event_keys]

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

    current_overrides = {o.key: o for o in existing.overrides}
    new_overrides = []
    for override in snapshot.overrides:
        current_override = current_overrides.get(override.key)
        if current_override is None:
            new_overrides.append(override)
        elif current_override != override:
            raise SnapshotConflictError(
                f"the milestone '{override.key}' already has a different date from your doctor in this journal; "
                "nothing was imported (replace the journal instead, or reset that milestone first)"
            )

    custom_keys = {(c.title, c.date, c.note) for c in existing.custom_milestones}
    new_custom = [c for c in snapshot.custom_milestones if (c.title, c.date, c.note) not in custom_keys]

    for event in new_events:
        session.add(models.Event(kind=event.kind.value, date=event.date, note=event.note))
    for day in new_entries:
        session.add(
            models.Entry(
                date=day.date,
                text=day.text,
                bleeding=day.bleeding,
                pain=day.pain,
                temperature_c=day.temperature_c,
                mood=day.mood,
                tags="\n".join(day.tags),
            )
        )
    for override in new_overrides:
        session.add(
            models.MilestoneOverride(
                key=override.key, date=override.date, offset_days=override.offset_days, note=override.note
            )
        )
    for milestone in new_custom:
        session.add(models.CustomMilestone(title=milestone.title, date=milestone.date, note=milestone.note))
    session.flush()

    added = len(new_events) + len(new_entries) + len(new_overrides) + len(new_custom)
    total = len(snapshot.events) + len(snapshot.entries) + len(snapshot.overrides) + len(snapshot.custom_milestones)
    return ImportSummary(added=added, skipped=total - added, replaced=replace_all)
