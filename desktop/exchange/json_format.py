"""The JSON export format (version 3, described in docs/export-format.md) and its import.

Version 3 adds to each day its pregnancy test result, hCG value, medicines
and discharge, and a list of appointments booked ahead; versions 1 and 2
still import (they have none of these).

Version 2 names, for each doctor's change, the loss it was made for
(``"loss"``: the date that loss began, or null for a change that belongs to no
loss). Version 1 files still import: their changes go to the most recent loss
in the file whose day 0 comes before the change's date (a change given in days
after day 0: the most recent loss); a change no loss in the file can take is
kept unattached, as migration 0005 does, never dropped.

Import reads only a regular file of at most IMPORT_MAX_BYTES, checked before a
byte is read, so a pipe, a device or a folder is refused at once.

Import reads and validates the *whole* file into a ``JournalSnapshot`` before
the journal is touched, then writes it in one transaction. A problem is
reported as one :class:`ImportFileError` naming the record and the field, e.g.
``entries[3] (2026-03-05), field 'pain': must be a whole number from 0 to 10, not 11``.

The export holds no ids and no timestamps, so export → import into an empty
journal → export gives the same bytes.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.exchange.files import write_private_chunks
from desktop.exchange.json_fields import ImportFileError, _kind_of, _Record, _show
from desktop.exchange.json_stream import document_chunks, parse_document
from desktop.guidance import CustomMilestone, DayZero, EventKind, Override, RecordedEvent
from desktop.guidance.engine import OVERRIDABLE_KEYS, losses_in
from desktop.one_line import one_line
from desktop.store import records
from desktop.store.bulk import bulk_work, let_go
from desktop.store.errors import JournalError
from desktop.store.records import (
    APPOINTMENT_OUTCOMES,
    DISCHARGE_KINDS,
    HCG_RANGE,
    OVERRIDE_OFFSET_MAX,
    TEST_RESULTS,
    Appointment,
    DayRecord,
    check_appointment,
    validate_day,
)
from desktop.store.snapshot import ImportSummary, JournalSnapshot

if TYPE_CHECKING:
    from desktop.store import Journal
    from desktop.store.backup import ConnectionFactory

FORMAT_NAME = "recovery-journal"
FORMAT_VERSION = 3
OFFSET_MAX = OVERRIDE_OFFSET_MAX  # kept under its old name for callers
IMPORT_MAX_BYTES = 64 * 1024 * 1024  # far above any real export (a decade of daily pages is a few MB)

_TOP_FIELDS = ("format", "version", "events", "entries", "milestone_overrides", "custom_milestones", "appointments")
_VERSION_3_ENTRY_FIELDS = ("test_result", "hcg_miu_ml", "medicines", "discharge")


def _hhmm(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


RecordT = TypeVar("RecordT", DayRecord, Appointment)


# -- export ----------------------------------------------------------------------------


def snapshot_to_document(snapshot: JournalSnapshot) -> dict[str, Any]:
    def iso(value: date | None) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "events": [{"kind": e.kind.value, "date": iso(e.date), "note": e.note} for e in snapshot.events],
        "entries": [page_document(d) for d in snapshot.entries],
        "milestone_overrides": [
            {"key": o.key, "loss": iso(o.loss_date), "date": iso(o.date), "offset_days": o.offset_days, "note": o.note}
            for o in snapshot.overrides
        ],
        "custom_milestones": [
            {"title": c.title, "date": iso(c.date), "note": c.note} for c in snapshot.custom_milestones
        ],
        "appointments": [
            {
                "date": iso(a.day),
                "time": _hhmm(a.at),
                "title": a.title,
                "place": a.place,
                "consultation": a.consultation,
                "outcome": a.outcome,
            }
            for a in snapshot.appointments
        ],
    }


def page_document(d: DayRecord) -> dict[str, Any]:
    """One day's page as the JSON export writes it (and `recovery-journal day show --json` prints it)."""
    return {
        "date": d.date.isoformat(),
        "text": d.text,
        "bleeding": d.bleeding,
        "pain": d.pain,
        "temperature_c": d.temperature_c,
        "mood": d.mood,
        "tags": list(d.tags),
        "test_result": d.test_result,
        "hcg_miu_ml": d.hcg_miu_ml,
        "medicines": [{"name": m.name, "dose": m.dose, "time": _hhmm(m.time)} for m in d.medicines],
        "discharge": d.discharge,
    }


def document_to_bytes(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_json(journal: Journal, path: Path) -> None:
    """``document_to_bytes(snapshot_to_document(journal.snapshot()))``, written a year of pages at a time.

    The same bytes (a test holds them equal); but neither the journal nor the text is ever
    whole in memory, so no one step holds the interpreter lock long (issue 13, budget 4).
    """
    with bulk_work(), journal.snapshot_in_parts() as parts:
        batches = ([page_document(d) for d in pages] for pages in parts.pages())
        write_private_chunks(path, document_chunks(snapshot_to_document(parts.head), "entries", batches))


def _section(document: dict[str, Any], name: str) -> list[Any]:
    value = document.get(name, [])
    if not isinstance(value, list):
        raise ImportFileError(f"the field '{name}' must be a list [...], not {_kind_of(value)}")
    return value


def document_to_snapshot(document: object) -> JournalSnapshot:
    """Validate a parsed document completely; raise ImportFileError at the first problem."""
    if not isinstance(document, dict):
        raise ImportFileError(f"the file must hold a JSON object {{...}}, not {_kind_of(document)}")
    if document.get("format") != FORMAT_NAME:
        raise ImportFileError(f"this is not a Recovery Journal export (the field 'format' must be \"{FORMAT_NAME}\")")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ImportFileError(f"the field 'version' must be a whole number, not {_show(version)}")
    if version > FORMAT_VERSION:
        raise ImportFileError(
            f"the file is format version {version}, written by a newer Recovery Journal; "
            f"this version reads format version {FORMAT_VERSION}"
        )
    if version < 1:
        raise ImportFileError(f"the field 'version' must be from 1 to {FORMAT_VERSION}, not {version}")
    unknown = sorted(set(document) - set(_TOP_FIELDS))
    if unknown:
        raise ImportFileError(f"unknown field '{one_line(unknown[0])}' at the top of the file")

    events = []
    for index, value in enumerate(_section(document, "events")):
        record = _Record("events", index, value)
        kind = record.choice("kind", tuple(k.value for k in EventKind), required=True)
        day = record.date("date")
        assert kind is not None and day is not None
        events.append(RecordedEvent(EventKind(kind), day, record.text("note")))

    entries = []
    seen_days: dict[date, int] = {}
    for index, value in enumerate(_section(document, "entries")):
        record = _Record("entries", index, value)
        day = record.date("date")
        assert day is not None
        if day in seen_days:
            raise record.fail("date", f"the same day as entries[{seen_days[day]}]; a day has one page")
        seen_days[day] = index
        if version < 3:
            for field in _VERSION_3_ENTRY_FIELDS:
                if field in record.value:
                    raise record.fail(field, f"is not part of format version {version}")
        entries.append(
            _obeying_the_store(record, DayRecord(
                date=day,
                text=record.text("text"),
                bleeding=record.choice("bleeding", records.BLEEDING_LEVELS, required=False),
                pain=record.whole_number("pain", *records.PAIN_RANGE),
                temperature_c=record.temperature("temperature_c"),
                mood=record.whole_number("mood", *records.MOOD_RANGE),
                tags=record.tags("tags"),
                test_result=record.choice("test_result", TEST_RESULTS, required=False),
                hcg_miu_ml=record.number("hcg_miu_ml", *HCG_RANGE, "mIU/mL"),
                medicines=record.medicines("medicines"),
                discharge=record.choice("discharge", DISCHARGE_KINDS, required=False),
            ))
        )

    losses = losses_in(events)
    loss_starts = {loss.loss_date for loss in losses}
    overrides = []
    seen_keys: dict[tuple[date | None, str], int] = {}
    for index, value in enumerate(_section(document, "milestone_overrides")):
        record = _Record("milestone_overrides", index, value)
        record.where += f" ({one_line(value['key'])})" if isinstance(value.get("key"), str) else ""
        key = record.choice("key", tuple(sorted(OVERRIDABLE_KEYS)), required=True)
        assert key is not None
        if version == 1 and "loss" in record.value:
            raise record.fail("loss", "is not part of format version 1")
        loss = record.date("loss", required=False)
        if loss is not None and loss not in loss_starts:
            raise record.fail("loss", f"no loss in this file begins on {loss.isoformat()}")
        day = record.date("date", required=False)
        offset = record.whole_number("offset_days", 1, OFFSET_MAX)
        if (day is None) == (offset is None):
            raise record.fail("date", "give either 'date' or 'offset_days' (the other null), not both or neither")
        if version == 1:
            loss = _loss_of_version_1_change(day, losses)
        if (loss, key) in seen_keys:
            raise record.fail(
                "key", f"the same milestone as milestone_overrides[{seen_keys[loss, key]}], for the same loss"
            )
        seen_keys[loss, key] = index
        overrides.append(Override(key, day, offset, record.text("note"), loss))

    custom = []
    for index, value in enumerate(_section(document, "custom_milestones")):
        record = _Record("custom_milestones", index, value)
        title = record.text("title", required=True).strip()
        if not title or len(title) > records.TITLE_MAX:
            raise record.fail("title", f"must be a text of 1 to {records.TITLE_MAX} characters")
        day = record.date("date")
        assert day is not None
        custom.append(CustomMilestone(0, title, day, record.text("note")))

    if version < 3 and "appointments" in document:
        raise ImportFileError(f"the field 'appointments' is not part of format version {version}")
    appointments = []
    for index, value in enumerate(_section(document, "appointments")):
        record = _Record("appointments", index, value)
        day = record.date("date")
        at = record.time_of_day("time", required=True)
        assert day is not None and at is not None
        appointments.append(
            _obeying_the_store(record, Appointment(
                day=day,
                at=at,
                title=record.text("title"),
                place=record.text("place"),
                consultation=record.flag("consultation", True),
                outcome=record.choice("outcome", APPOINTMENT_OUTCOMES, required=False),
            ))
        )

    return JournalSnapshot(tuple(events), tuple(entries), tuple(overrides), tuple(custom), tuple(appointments))


def _obeying_the_store(record: _Record, value: RecordT) -> RecordT:
    """The store's own rules (records.validate_day, check_appointment), named by the record, before anything is written."""
    try:
        if isinstance(value, DayRecord):
            validate_day(value)
        else:
            check_appointment(value)
    except JournalError as error:
        raise ImportFileError(f"{record.where}: {error}") from None
    return value


def _loss_of_version_1_change(day: date | None, losses: list[DayZero]) -> date | None:
    """Which loss a change from a version-1 file (one change per milestone, no loss named) belongs to."""
    if not losses:
        return None
    if day is None:
        return losses[-1].loss_date
    fitting = [loss for loss in losses if loss.date < day]
    return fitting[-1].loss_date if fitting else None


def _name(path: Path, *, full: bool = False) -> str:
    """The file's name (or whole path) for a one-line message, whatever characters it holds."""
    return one_line(str(path) if full else path.name, 200)


def read_regular_file(path: Path, limit: int = IMPORT_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; anything else is refused before reading.

    A pipe would block forever and a device like /dev/zero never ends: both are
    refused from ``stat`` alone, and the read stops one byte past the limit.
    """
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise ImportFileError(f"{_name(path, full=True)} is a folder, not an export file")
        if not stat.S_ISREG(info.st_mode):
            raise ImportFileError(f"{_name(path, full=True)} is not a regular file (a pipe or device?); choose an exported .json file")
        if info.st_size > limit:
            raise ImportFileError(f"{_name(path)} is too large to be an export ({info.st_size:,} bytes; at most {limit:,})")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped since the stat
                raise ImportFileError(f"{_name(path, full=True)} is not a regular file; choose an exported .json file")
            raw = handle.read(limit + 1)
    except OSError as error:
        raise ImportFileError(f"cannot read {_name(path, full=True)}: {error.strerror or error}") from None
    if len(raw) > limit:
        raise ImportFileError(f"{_name(path)} is too large to be an export (more than {limit:,} bytes)")
    return raw


def read_import_file(path: Path, reading: Callable[[int, int], None] | None = None) -> JournalSnapshot:
    """Read and validate the whole file; nothing is written.

    The text is decoded and parsed a piece at a time (``json_stream``): the same values and
    the same complaints as ``json.loads``, but the interpreter lock is let go between pages.
    ``reading(done, total)`` hears how far the reading is; what it raises (a cancel) stops it.
    """
    raw = read_regular_file(path)
    try:
        document = parse_document(raw, reading)
    except UnicodeDecodeError as error:
        raise ImportFileError(f"{_name(path)}: not UTF-8 text (byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise ImportFileError(
            f"{_name(path)}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except RecursionError:
        raise ImportFileError(f"{_name(path)}: nested too deeply to be an export") from None
    except ValueError:  # Python refuses to read an integer of more than 4,300 digits
        raise ImportFileError(f"{_name(path)}: holds a number too long to be part of an export") from None
    try:
        return document_to_snapshot(document)
    except ImportFileError as error:
        raise ImportFileError(f"{_name(path)}: {error}") from None
    finally:
        if isinstance(document, dict):  # 100,000 parsed pages: freed a step at a time (``bulk.let_go``)
            for section in document.values():
                if isinstance(section, list):
                    let_go(section)


def import_json(
    journal: Journal,
    path: Path,
    *,
    replace_all: bool = False,
    now: Callable[[], datetime] = datetime.now,
    connect: ConnectionFactory | None = None,
    progress: Callable[[int, int], None] | None = None,
    reading: Callable[[int, int], None] | None = None,
) -> ImportSummary:
    """Validate the whole file, then merge it (default) or replace the journal with it.

    Replace first makes a ``before-import`` backup (through ``connect``: pass
    the encrypted journal's connection factory, see ``desktop.store.backup``).
    ``progress(done, total)`` hears how far the writing is; an exception from it
    (she cancelled) rolls the one transaction back, leaving the journal as it was.
    ``reading(done, total)`` hears how far the reading of the file is (bytes);
    an exception from it stops before anything is written. The whole file is held as
    records until written: see ``store.bulk`` (``bulk_work``).
    """
    with bulk_work():
        snapshot = read_import_file(path, reading)
        if progress is not None:
            progress(0, max(1, len(snapshot.entries)))  # read and checked: a point where she may cancel
        if replace_all:
            from desktop.store.backup import back_up_now
            from desktop.store.cipher import plain_sqlite_connect
            from desktop.store.files import REASON_BEFORE_IMPORT

            back_up_now(journal.path, now(), reason=REASON_BEFORE_IMPORT, connect=connect or plain_sqlite_connect)
        try:
            return journal.apply_snapshot(snapshot, replace_all=replace_all, progress=progress)
        finally:
            pages = list(snapshot.entries)  # the snapshot's last reference goes; its pages are freed a step at a time
            del snapshot
            let_go(pages)
