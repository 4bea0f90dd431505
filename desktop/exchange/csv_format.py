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
from desktop.store.records import DayRecord, MedicineTaken

if TYPE_CHECKING:
    from desktop.store import Journal

# The columns of issue 16 come after "text", so a script that reads the older columns by position still works.
CSV_COLUMNS = (
    "date", "bleeding", "pain", "temperature_c", "mood", "tags", "text",
    "test_result", "hcg_miu_ml", "medicines", "discharge",
)
TAG_SEPARATOR = "; "


def medicine_text(medicine: MedicineTaken) -> str:
    """"Ibuprofen 400 mg at 08:30": one medicine in one line (the CSV cell, the PDF, the CLI)."""
    words = [medicine.name, medicine.dose]
    if medicine.time is not None:
        words.append(f"at {medicine.time.strftime('%H:%M')}")
    return " ".join(word for word in words if word)


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
                day.test_result or "",
                "" if day.hcg_miu_ml is None else f"{day.hcg_miu_ml:g}",
                TAG_SEPARATOR.join(medicine_text(m) for m in day.medicines),
                day.discharge or "",
            )
        )
    return buffer.getvalue()


def export_csv(journal: Journal, path: Path) -> None:
    write_private_file(path, entries_to_csv(journal.snapshot().entries).encode("utf-8-sig"))
