"""Day One's JSON export into day pages.

Day One exports a ZIP archive holding one ``<Journal name>.json`` per journal
(and a ``photos/`` folder); either the archive or the JSON file inside it can
be imported. The JSON is ``{"metadata": {"version": "1.0"}, "entries": [...]}``;
each entry has ``creationDate`` (UTC, ``2019-10-18T08:07:39Z``), ``timeZone``
(where she wrote it, ``Europe/London``), ``text`` (Markdown, photos as
``![](dayone-moment://ID)``), ``tags``, ``starred``, and optionally
``location``, ``weather``, ``photos``... An entry's day and time are those of
its own time zone. Several entries on one day become one page, in time order,
each under its time (see ``pages_from_entries``).
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
import zlib
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.exchange.importers.common import (
    ParsedFile,
    Skipped,
    WrittenEntry,
    file_name,
    kind_of,
    pages_from_entries,
    parse_json,
    read_json,
    text_or_empty,
)
from desktop.exchange.json_fields import ImportFileError
from desktop.exchange.json_format import IMPORT_MAX_BYTES
from desktop.one_line import one_line

APP_NAME = "Day One"
PHOTO_REFERENCE = re.compile(r"!\[[^\]]*\]\(dayone-moment:[^)]*\)\n?")  # photos are not imported
ZIP_MAGIC = b"PK\x03\x04"


def parse(path: Path) -> ParsedFile:
    name = file_name(path)
    documents = _zip_documents(path, name) if _is_zip(path) else [(name, read_json(path))]
    entries: list[WrittenEntry] = []
    skipped: list[Skipped] = []
    for document_name, document in documents:
        if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
            raise ImportFileError(f"{document_name}: this is not Day One's JSON export (it has a list 'entries' at the top)")
        for index, item in enumerate(document["entries"]):
            entry = _entry(item, f"{document_name}, entries[{index}]")
            if entry.body.strip() or entry.tags:
                entries.append(entry)
            else:
                skipped.append(Skipped(entry.day, "an entry with no text (photos and other media are not imported)"))
    return ParsedFile(days=pages_from_entries(entries), skipped=tuple(skipped))


def _entry(item: object, where: str) -> WrittenEntry:
    if not isinstance(item, dict):
        raise ImportFileError(f"{where}: must be an object, not {kind_of(item)}")
    created = item.get("creationDate")
    if not isinstance(created, str):
        raise ImportFileError(f"{where}: 'creationDate' must be a date and time like 2019-10-18T08:07:39Z, not {kind_of(created)}")
    try:
        moment = datetime.fromisoformat(created.strip())
    except ValueError:
        raise ImportFileError(f"{where}: '{one_line(created)}' is not a date and time like 2019-10-18T08:07:39Z") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # Day One writes UTC
    try:
        local = moment.astimezone(_zone(item.get("timeZone")))
    except OverflowError:  # year 9999 pushed past the calendar's end by the time zone
        raise ImportFileError(f"{where}: '{one_line(created)}' is beyond the dates a calendar can hold") from None
    text = PHOTO_REFERENCE.sub("", text_or_empty(item.get("text"), f"{where}, text"))
    return WrittenEntry(local.date(), local.time().replace(second=0, microsecond=0), "", text, _tags(item.get("tags"), where))


def _zone(name: object) -> tzinfo:
    """The entry's own time zone; an entry without one (older Day One) or with an unknown name is read as UTC."""
    if not isinstance(name, str) or not name.strip():
        return UTC
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder of zones ("Europe"), a name too long
        return UTC


def _tags(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        raise ImportFileError(f"{where}, tags: must be a list of texts, not {kind_of(value)}")
    return tuple(text_or_empty(tag, f"{where}, tags") for tag in value)


def _is_zip(path: Path) -> bool:
    """Day One's archive, told by its first bytes; only a regular file is opened (a pipe would never answer)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False  # read_json refuses it in one line
        with open(path, "rb") as handle:
            return handle.read(4) == ZIP_MAGIC
    except OSError:
        return False  # read_json says what is wrong with it


def _zip_documents(path: Path, name: str) -> list[tuple[str, Any]]:
    """Every journal's JSON at the top of Day One's archive; photos are never read.

    The archive itself may be large (photos); each JSON inside is held to the
    same size limit as any export, checked before it is decompressed.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise ImportFileError(f"{name} is not a regular file")
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if m.filename.endswith(".json") and "/" not in m.filename.strip("/")]
            if not members:
                raise ImportFileError(f"{name}: the archive holds no journal (.json); is it Day One's JSON export?")
            documents = []
            for member in members:
                member_name = f"{name}/{one_line(member.filename, 100)}"
                if member.file_size > IMPORT_MAX_BYTES:
                    raise ImportFileError(f"{member_name} is too large to be an export ({member.file_size:,} bytes)")
                with archive.open(member) as handle:
                    raw = handle.read(IMPORT_MAX_BYTES + 1)
                if len(raw) > IMPORT_MAX_BYTES:
                    raise ImportFileError(f"{member_name} is too large to be an export")
                try:
                    text = raw.decode("utf-8-sig")
                except UnicodeDecodeError as error:
                    raise ImportFileError(f"{member_name}: not UTF-8 text (byte {error.start})") from None
                documents.append((member_name, parse_json(text, member_name)))
            return documents
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, RuntimeError, zlib.error) as error:
        # RuntimeError: an archive with a password; zlib.error: damaged compressed data
        raise ImportFileError(f"{name}: not a readable ZIP archive ({one_line(str(error), 80)})") from None
    except OSError as error:
        raise ImportFileError(f"cannot read {name}: {error.strerror or error}") from None
