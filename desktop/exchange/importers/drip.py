"""drip's CSV export (bloodyhealth/drip, ``lib/import-export/export-to-csv.js``) into day pages.

drip writes one row per cycle day; the columns are its ``CycleDay`` schema
flattened with dots (``db/schemas/5.js``, read by
``lib/import-export/get-csv-column-names.js``): ``date``,
``temperature.value``, ``bleeding.value``, ``pain.cramps``, ``mood.sad``,
``note.value``... Empty cells are "not recorded"; booleans are ``true`` /
``false``; drip's exporter lowercases every text cell (so notes arrive in
lower case). What maps to what, and what is left out, is listed in
docs/export-format.md.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop.exchange.importers.common import ParsedFile, Skipped, day_of, file_name, read_text, text_or_empty
from desktop.exchange.json_fields import ImportFileError
from desktop.one_line import one_line
from desktop.store.records import DayRecord

APP_NAME = "drip"
# drip's bleeding heaviness (i18n/en/cycle-day.js: spotting, light, medium, heavy) in our words.
BLEEDING = {0: "spotting", 1: "light", 2: "medium", 3: "heavy"}
# drip's pain and mood check boxes (i18n/en/cycle-day.js) become tags with drip's own English labels.
PAIN_TAGS = {
    "cramps": "cramps",
    "ovulationPain": "ovulation pain",
    "headache": "headache",
    "backache": "backache",
    "nausea": "nausea",
    "tenderBreasts": "tender breasts",
    "migraine": "migraine",
    "other": "other pain",
}
MOOD_TAGS = {
    "happy": "happy",
    "sad": "sad",
    "stressed": "stressed",
    "balanced": "balanced",
    "fine": "fine",
    "anxious": "anxious",
    "energetic": "energetic",
    "fatigue": "fatigue",
    "angry": "angry",
    "other": "other mood",
}
# Notes drip keeps beside a value, added below the day's note under these headings.
SIDE_NOTES = (("bleeding.note", "Bleeding"), ("temperature.note", "Temperature"), ("pain.note", "Pain"), ("mood.note", "Mood"))
_KNOWN = {
    "temperature.value",
    "bleeding.value",
    "note.value",
    *(column for column, _heading in SIDE_NOTES),
    *(f"pain.{key}" for key in PAIN_TAGS),
    *(f"mood.{key}" for key in MOOD_TAGS),
}


def parse(path: Path) -> ParsedFile:
    """Every row of drip's CSV as a day page; a file that is not drip's CSV is one line, nothing read."""
    name = file_name(path)
    text = read_text(path)
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise ImportFileError(f"{name}: not a readable CSV file ({error})") from None
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise ImportFileError(f"{name}: the file is empty; choose the CSV file drip exported")
    header = [cell.strip() for cell in rows[0]]
    if "date" not in header or not _KNOWN.intersection(header):
        raise ImportFileError(f"{name}: this is not drip's CSV export (it needs the columns date, bleeding.value, ...)")
    days: list[DayRecord] = []
    skipped: list[Skipped] = []
    seen: dict[str, int] = {}
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # a blank line, as at the end of a file
        if len(cells) != len(header):
            raise ImportFileError(f"{name}, line {number}: {len(cells)} cells where the header has {len(header)}")
        row = dict(zip(header, cells, strict=True))
        where = f"{name}, line {number}"
        day = day_of(row["date"], where)
        if row["date"] in seen:
            raise ImportFileError(f"{where}: {day.isoformat()} appears twice (also on line {seen[row['date']]})")
        seen[row["date"]] = number
        bleeding_value = _number(row.get("bleeding.value", ""), f"{where}, bleeding.value", whole=True)
        if bleeding_value is not None and bleeding_value not in BLEEDING:
            skipped.append(Skipped(day, f"drip's bleeding value {bleeding_value:g} is not one of 0 to 3 (spotting to heavy)"))
            continue
        temperature = _number(row.get("temperature.value", ""), f"{where}, temperature.value", whole=False)
        tags = [tag for key, tag in PAIN_TAGS.items() if _flag(row, f"pain.{key}", where)]
        tags += [tag for key, tag in MOOD_TAGS.items() if _flag(row, f"mood.{key}", where)]
        paragraphs = [text_or_empty(row.get("note.value"), f"{where}, note.value").strip()]
        for column, heading in SIDE_NOTES:
            side = text_or_empty(row.get(column), f"{where}, {column}").strip()
            if side:
                paragraphs.append(f"{heading}: {side}")
        days.append(
            DayRecord(
                day,
                text="\n\n".join(p for p in paragraphs if p),
                bleeding=BLEEDING[int(bleeding_value)] if bleeding_value is not None else None,
                temperature_c=temperature,
                tags=tuple(tags),
            )
        )
    return ParsedFile(days=tuple(days), skipped=tuple(skipped))


def _number(cell: str, where: str, *, whole: bool) -> float | None:
    """An empty cell is "not recorded"; anything but a number means the file is not drip's."""
    cell = cell.strip()
    if not cell:
        return None
    try:
        value = float(cell)
    except ValueError:
        raise ImportFileError(f"{where}: '{one_line(cell)}' is not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ImportFileError(f"{where}: '{one_line(cell)}' is not a number")
    if whole and not value.is_integer():
        raise ImportFileError(f"{where}: '{one_line(cell)}' is not a whole number")
    return value


def _flag(row: dict[str, str], column: str, where: str) -> bool:
    cell = row.get(column, "").strip().lower()
    if cell in ("", "false"):
        return False
    if cell == "true":
        return True
    raise ImportFileError(f"{where}, {column}: '{one_line(cell)}' is not true or false")
