"""Mensinator's JSON export (EmmaTellblom/Mensinator, ``business/MensinatorExportImport.kt``) into our records.

Mensinator dumps its tables as JSON arrays of objects whose values are all
text (``cursor.getString``): ``periods`` (``date``, ``period_id``),
``symptoms`` (``id``, ``symptom_name``, ``active``, ``color``) and
``symptom_date`` (``symptom_date``, ``symptom_id``), beside ``ovulations``
and ``app_settings``. Its three built-in symptoms are the flow levels
``Heavy_Flow``, ``Medium_Flow`` and ``Light_Flow`` (``business/DatabaseUtils.kt``).

A period is a run of consecutive period days, as Mensinator itself groups them
when it imports (``newFindOrCreatePeriodID``: a day next to a period day joins
that period), so the first day of each run is a period start. What maps to
what, and what is left out, is listed in docs/export-format.md.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from desktop.exchange.importers.common import ParsedFile, Skipped, day_of, file_name, kind_of, read_json, text_or_empty
from desktop.exchange.json_fields import ImportFileError
from desktop.guidance import EventKind, RecordedEvent
from desktop.one_line import one_line
from desktop.store.records import BLEEDING_LEVELS, DayRecord

APP_NAME = "Mensinator"
FLOW = {"Heavy_Flow": "heavy", "Medium_Flow": "medium", "Light_Flow": "light"}
PERIOD_TAG = "period"  # every day Mensinator marked as a period day


def parse(path: Path) -> ParsedFile:
    """Period starts as our period dates; flow and other symptoms on their days; one line if it is not Mensinator's."""
    name = file_name(path)
    document = read_json(path)
    if not isinstance(document, dict) or not isinstance(document.get("periods"), list):
        raise ImportFileError(f"{name}: this is not Mensinator's export (it has a list 'periods' at the top)")
    period_days = {_date(item, "date", f"{name}, periods[{i}]") for i, item in enumerate(document["periods"])}
    symptoms = _symptom_names(document, name)

    bleeding: dict[date, str] = {}
    tags: dict[date, list[str]] = {day: [PERIOD_TAG] for day in period_days}
    skipped: list[Skipped] = []
    for index, item in enumerate(_table(document, "symptom_date", name)):
        where = f"{name}, symptom_date[{index}]"
        day = _date(item, "symptom_date", where)
        symptom_id = _id(item.get("symptom_id"), f"{where}, symptom_id")
        symptom = symptoms.get(symptom_id)
        if symptom is None:
            skipped.append(Skipped(day, f"a symptom (number {one_line(symptom_id)}) that the file's symptom list lacks"))
            continue
        if symptom in FLOW:
            level = FLOW[symptom]
            current = bleeding.get(day)
            if current is None or BLEEDING_LEVELS.index(level) > BLEEDING_LEVELS.index(current):
                bleeding[day] = level  # two flow levels on one day: the heavier one
        else:
            tags.setdefault(day, []).append(symptom)

    days = tuple(
        DayRecord(day, bleeding=bleeding.get(day), tags=tuple(tags.get(day, ())))
        for day in sorted(set(bleeding) | set(tags))
    )
    starts = tuple(
        RecordedEvent(EventKind.PERIOD, day) for day in sorted(period_days) if day - timedelta(days=1) not in period_days
    )
    return ParsedFile(days=days, events=starts, skipped=tuple(skipped))


def _table(document: dict[str, Any], key: str, name: str) -> list[dict[str, Any]]:
    """One of Mensinator's tables (missing means empty, as Mensinator's own import reads it)."""
    value = document.get(key, [])
    if not isinstance(value, list):
        raise ImportFileError(f"{name}: '{key}' must be a list, not {kind_of(value)}")
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            raise ImportFileError(f"{name}, {key}[{index}]: must be an object, not {kind_of(item)}")
    return value


def _date(item: object, field: str, where: str) -> date:
    if not isinstance(item, dict):
        raise ImportFileError(f"{where}: must be an object, not {kind_of(item)}")
    if field not in item:
        raise ImportFileError(f"{where}: the field '{field}' is missing")
    return day_of(item[field], where)


def _id(value: object, where: str) -> str:
    """Mensinator writes ids as text; a number is taken too."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ImportFileError(f"{where} must be a number, not {kind_of(value)}")
    text = str(value).strip()
    if not text.isdigit():
        raise ImportFileError(f"{where} must be a number, not '{one_line(text)}'")
    return str(int(text))


def _symptom_names(document: dict[str, Any], name: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for index, item in enumerate(_table(document, "symptoms", name)):
        where = f"{name}, symptoms[{index}]"
        symptom_name = text_or_empty(item.get("symptom_name"), f"{where}, symptom_name").strip()
        if not symptom_name:
            raise ImportFileError(f"{where}: the symptom has no name")
        names[_id(item.get("id"), f"{where}, id")] = symptom_name
    return names
