"""CSV of the daily entries: one row a day, a header row, UTF-8, opens in a spreadsheet.

The byte-order mark is there so that spreadsheet programs that guess the
encoding (Excel, notably) read accented letters and other scripts correctly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.exchange.files import write_private_file
from desktop.store.records import DayRecord

if TYPE_CHECKING:
    from desktop.store import Journal

CSV_COLUMNS = ("date", "bleeding", "pain", "temperature_c", "mood", "tags", "text")
TAG_SEPARATOR = "; "


def entries_to_csv(entries: Iterable[DayRecord]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for day in entries:
        writer.writerow(
            (
                day.date.isoformat(),
                day.bleeding or "",
                "" if day.pain is None else day.pain,
                "" if day.temperature_c is None else f"{day.temperature_c:g}",
                "" if day.mood is None else day.mood,
                TAG_SEPARATOR.join(day.tags),
                day.text,
            )
        )
    return buffer.getvalue()


def export_csv(journal: Journal, path: Path) -> None:
    write_private_file(path, entries_to_csv(journal.snapshot().entries).encode("utf-8-sig"))
