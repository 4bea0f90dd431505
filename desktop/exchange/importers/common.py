"""What every importer from another app gives back, and the file reading they share.

A parser turns one exported file into plain records (``DayRecord`` and
``RecordedEvent``, the store's own) and never writes: the preview and the one
transaction that writes live in ``desktop.exchange.importers.preview``.

A parser knows only its app's format. Our limits (pain 0–10, temperature in
°C, dates the journal keeps...) are not checked here: the preview puts every
record through the store's own rules (``desktop/store/records.py``), so a
value the store would refuse is listed as skipped with the store's reason.
What a parser refuses is a file that is not its app's export at all: one
:class:`ImportFileError` line, and nothing is written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

from desktop.exchange.json_fields import ImportFileError
from desktop.exchange.json_format import read_regular_file
from desktop.guidance import RecordedEvent
from desktop.guidance.dates import parse_iso_date
from desktop.one_line import one_line
from desktop.store.records import DayRecord


@dataclass(frozen=True)
class Skipped:
    """A record of the file that is not imported, and why (a sentence for her, not a code)."""

    day: date | None
    reason: str


@dataclass(frozen=True)
class ParsedFile:
    """One exported file read into our records; nothing checked against the journal yet."""

    days: tuple[DayRecord, ...] = ()
    events: tuple[RecordedEvent, ...] = ()
    skipped: tuple[Skipped, ...] = ()  # what the format itself cannot say in our terms


def file_name(path: Path) -> str:
    """The file's name for a one-line message, whatever characters it holds."""
    return one_line(path.name, 200)


def read_text(path: Path) -> str:
    """The whole file as text (UTF-8, a byte-order mark allowed); a pipe, folder or huge file is refused first."""
    raw = read_regular_file(path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(f"{file_name(path)}: not UTF-8 text (byte {error.start})") from None


def read_json(path: Path) -> Any:
    """The file parsed as JSON; any problem is one line naming the file."""
    return parse_json(read_text(path), file_name(path))


def parse_json(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFileError(f"{name}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})") from None
    except RecursionError:
        raise ImportFileError(f"{name}: nested too deeply to be an export") from None
    except ValueError:  # an integer of more than 4,300 digits
        raise ImportFileError(f"{name}: holds a number too long to be part of an export") from None


def kind_of(value: object) -> str:
    """What a JSON value is, in words, for a refusal."""
    if value is None:
        return "null"
    names = {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def day_of(text: object, where: str) -> date:
    """A ``YYYY-MM-DD`` date of the file; anything else means the file is not what it claims to be."""
    if not isinstance(text, str):
        raise ImportFileError(f"{where}: the date must be text written YYYY-MM-DD, not {kind_of(text)}")
    try:
        return parse_iso_date(text)
    except ValueError as error:
        raise ImportFileError(f"{where}: {error}") from None


def text_or_empty(value: object, where: str) -> str:
    """A text field that may be missing or null; NUL and lone surrogates would not be storable."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ImportFileError(f"{where} must be text, not {kind_of(value)}")
    if "\x00" in value:
        raise ImportFileError(f"{where} holds a NUL character, which is not text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ImportFileError(f"{where} holds a character that is not valid text (a lone surrogate)") from None
    return value


@dataclass(frozen=True)
class WrittenEntry:
    """One entry of a journaling app (jrnl, Day One): several on one day become one page."""

    day: date
    at: time
    title: str
    body: str
    tags: tuple[str, ...] = ()


def pages_from_entries(entries: Iterable[WrittenEntry]) -> tuple[DayRecord, ...]:
    """One page per day: the day's entries in time order, each under a line with its time (and title).

    The time stays with every entry, even a day's only one, so nothing the app
    recorded about when she wrote is lost. Entries at the same minute keep the
    order of the file.
    """
    by_day: dict[date, list[WrittenEntry]] = {}
    for entry in entries:
        by_day.setdefault(entry.day, []).append(entry)
    pages = []
    for day in sorted(by_day):
        ordered = sorted(by_day[day], key=lambda entry: entry.at)  # sorted() is stable: file order within a minute
        blocks = []
        tags: list[str] = []
        for entry in ordered:
            heading = entry.at.strftime("%H:%M")
            if entry.title.strip():
                heading += f" — {entry.title.strip()}"
            body = entry.body.strip("\n")
            blocks.append(f"{heading}\n{body}" if body.strip() else heading)
            tags.extend(entry.tags)
        pages.append(DayRecord(day, text="\n\n".join(blocks), tags=tuple(tags)))
    return tuple(pages)
