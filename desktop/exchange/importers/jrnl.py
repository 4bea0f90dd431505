"""jrnl's JSON export (jrnl-org/jrnl, ``jrnl/plugins/exporter/json.py``) into day pages.

``jrnl --export json`` writes ``{"tags": {...}, "entries": [...]}``; each entry
has ``title``, ``body``, ``date`` (``%Y-%m-%d``), ``time`` (``%H:%M``, her
local time), ``tags`` (with their tag symbol, ``@work``) and ``starred``.
Several entries on one day become one page, in time order, each under its
time and title (see ``pages_from_entries``).
"""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

from desktop.exchange.importers.common import (
    ParsedFile,
    Skipped,
    WrittenEntry,
    day_of,
    file_name,
    kind_of,
    pages_from_entries,
    read_json,
    text_or_empty,
)
from desktop.exchange.json_fields import ImportFileError
from desktop.one_line import one_line

APP_NAME = "jrnl"
TAG_SYMBOLS = "@#"  # jrnl's default tag symbols, left off our tags


def parse(path: Path) -> ParsedFile:
    name = file_name(path)
    document = read_json(path)
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFileError(f"{name}: this is not jrnl's JSON export (it has a list 'entries' at the top)")
    entries: list[WrittenEntry] = []
    skipped: list[Skipped] = []
    for index, item in enumerate(document["entries"]):
        where = f"{name}, entries[{index}]"
        if not isinstance(item, dict):
            raise ImportFileError(f"{where}: must be an object, not {kind_of(item)}")
        if "date" not in item:
            raise ImportFileError(f"{where}: the field 'date' is missing")
        day = day_of(item["date"], where)
        entry = WrittenEntry(
            day,
            _time(item.get("time"), where),
            text_or_empty(item.get("title"), f"{where}, title"),
            text_or_empty(item.get("body"), f"{where}, body"),
            _tags(item.get("tags"), where),
        )
        if not (entry.title.strip() or entry.body.strip() or entry.tags):
            skipped.append(Skipped(day, "an empty entry"))
            continue
        entries.append(entry)
    return ParsedFile(days=pages_from_entries(entries), skipped=tuple(skipped))


def _time(value: object, where: str) -> time:
    if value is None:
        return time(0, 0)
    if not isinstance(value, str):
        raise ImportFileError(f"{where}, time: must be text written HH:MM, not {kind_of(value)}")
    try:
        return datetime.strptime(value.strip(), "%H:%M").time()
    except ValueError:
        raise ImportFileError(f"{where}, time: '{one_line(value)}' is not a time written HH:MM") from None


def _tags(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        raise ImportFileError(f"{where}, tags: must be a list of texts, not {kind_of(value)}")
    return tuple(text_or_empty(tag, f"{where}, tags").lstrip(TAG_SYMBOLS) for tag in value)
