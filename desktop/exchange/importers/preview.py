"""What an import from another app will add, shown before anything is written; then one transaction.

The preview puts every record a parser read through the store's own rules
(``validate_day``, ``check_event`` in ``desktop/store/records.py``): a value
the store refuses (a temperature of 52 °C, a date outside the journal's
range, a period start in the future) is listed as skipped with the store's
reason, never checked a second time here. A day that already has a page is
kept as it is, never overwritten or merged, as with our own JSON import; a
date already recorded is not added twice. Writing goes through
``Journal.apply_snapshot`` (merge), so the store checks everything once more
inside the one transaction: a day that gained a page since the preview
refuses the whole import, and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.exchange.importers.apps import APPS
from desktop.exchange.importers.common import ParsedFile, Skipped, file_name
from desktop.guidance import RecordedEvent
from desktop.store.errors import JournalError
from desktop.store.records import DayRecord, check_event, validate_day
from desktop.store.snapshot import ImportSummary, JournalSnapshot

if TYPE_CHECKING:
    from desktop.store import Journal


@dataclass(frozen=True)
class ImportPreview:
    """What the file holds, sorted by what will happen to it. Only ``days`` and ``events`` are written."""

    app: str  # a key of APPS
    file_name: str
    days: tuple[DayRecord, ...] = ()  # new pages
    events: tuple[RecordedEvent, ...] = ()  # new recorded dates (period starts)
    skipped: tuple[Skipped, ...] = ()  # with the reason
    kept_days: tuple[date, ...] = ()  # already have a page in the journal: left as they are
    known_events: tuple[RecordedEvent, ...] = ()  # already recorded

    @property
    def app_name(self) -> str:
        return APPS[self.app][0]

    def adds_anything(self) -> bool:
        return bool(self.days or self.events)


def preview_file(app: str, journal: Journal, path: Path, today: date) -> ImportPreview:
    """Read ``path`` as ``app``'s export and compare it with the journal; nothing is written.

    A file that is not that app's export raises ImportFileError (one line).
    """
    parse = APPS[app][1]
    return preview_parsed(app, file_name(path), parse(path), journal, today)


def preview_parsed(app: str, name: str, parsed: ParsedFile, journal: Journal, today: date) -> ImportPreview:
    skipped = list(parsed.skipped)
    valid: list[DayRecord] = []
    for record in parsed.days:
        try:
            validate_day(record)
        except JournalError as refusal:
            skipped.append(Skipped(record.date, str(refusal)))
            continue
        if record.is_empty():
            skipped.append(Skipped(record.date, "nothing recorded that this journal keeps"))
            continue
        valid.append(record)
    with_page = journal.entry_dates_between(min(r.date for r in valid), max(r.date for r in valid)) if valid else set()
    days = tuple(record for record in valid if record.date not in with_page)
    kept = tuple(record.date for record in valid if record.date in with_page)

    recorded = {(event.kind, event.date) for event in journal.list_events()}
    events: list[RecordedEvent] = []
    known: list[RecordedEvent] = []
    for event in parsed.events:
        try:
            check_event(event.kind, event.date, event.note, today)
        except JournalError as refusal:
            skipped.append(Skipped(event.date, str(refusal)))
            continue
        (known if (event.kind, event.date) in recorded else events).append(event)
    skipped.sort(key=lambda item: (item.day is None, item.day or date.min))
    return ImportPreview(app, name, days, tuple(events), tuple(skipped), kept, tuple(known))


def write_preview(journal: Journal, preview: ImportPreview, today: date) -> ImportSummary:
    """Write exactly what the preview shows to add, in one transaction (the store checks it all again)."""
    snapshot = JournalSnapshot(events=preview.events, entries=preview.days)
    return journal.apply_snapshot(snapshot, replace_all=False, today=today)


# -- the command line's report ---------------------------------------------------------


def describe_day(record: DayRecord) -> str:
    """One line naming what a new page holds (not the text itself: only its length)."""
    parts = []
    if record.bleeding is not None:
        parts.append(f"bleeding {record.bleeding}")
    if record.temperature_c is not None:
        parts.append(f"temperature {record.temperature_c:g} °C")
    if record.pain is not None:
        parts.append(f"pain {record.pain}")
    if record.mood is not None:
        parts.append(f"mood {record.mood}")
    if record.tags:
        parts.append(f"{len(record.tags)} tag{'s' if len(record.tags) != 1 else ''}")
    if record.text.strip():
        parts.append(f"text of {len(record.text):,} characters")
    return ", ".join(parts)


def preview_lines(preview: ImportPreview) -> list[str]:
    """The preview as the command line prints it: a summary line, then one line per record."""
    lines = [
        f"From {preview.app_name} ({preview.file_name}): {_count(len(preview.days), 'day')} and "
        f"{_count(len(preview.events), 'period start')} to add, {len(preview.skipped)} skipped, "
        f"{_count(len(preview.kept_days), 'day')} already with a page "
        f"(kept as {'it is' if len(preview.kept_days) == 1 else 'they are'})."
    ]
    lines += [f"  add {record.date.isoformat()}: {describe_day(record)}" for record in preview.days]
    lines += [f"  add {event.kind.label.lower()} {event.date.isoformat()}" for event in preview.events]
    lines += [f"  keep {day.isoformat()}: it already has a page" for day in preview.kept_days]
    lines += [f"  already recorded: {e.kind.label.lower()} {e.date.isoformat()}" for e in preview.known_events]
    lines += [f"  skip{' ' + item.day.isoformat() if item.day else ''}: {item.reason}" for item in preview.skipped]
    return lines


def import_for_command_line(app: str, journal: Journal, path: Path, today: date, *, dry_run: bool) -> list[str]:
    """``import --from APP PATH [--dry-run]``: the preview's lines, then what was written (or that nothing was)."""
    preview = preview_file(app, journal, path, today)
    lines = preview_lines(preview)
    if dry_run:
        return [*lines, "Nothing was written (--dry-run)."]
    if not preview.adds_anything():
        return [*lines, "Nothing to add; the journal was not changed."]
    summary = write_preview(journal, preview, today)
    return [*lines, f"Imported from {preview.app_name}: {_count(summary.added, 'record')} added."]


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
