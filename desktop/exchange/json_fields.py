"""Reading one record of a JSON export: each field checked, named by its record and field in every complaint.

Kept apart from json_format.py (the document and its sections) so each stays
a readable size; ``ImportFileError`` lives here because every complaint is one.
"""

from __future__ import annotations

import json
from datetime import date, time
from typing import Any

from desktop.guidance.dates import parse_iso_date
from desktop.one_line import one_line
from desktop.store.errors import JournalError
from desktop.store.records import TEMPERATURE_RANGE_C, MedicineTaken

RECORD_FIELDS = {
    "events": ("kind", "date", "note"),
    "entries": (
        "date", "text", "bleeding", "pain", "temperature_c", "mood", "tags",
        "test_result", "hcg_miu_ml", "medicines", "discharge",
    ),
    "milestone_overrides": ("key", "loss", "date", "offset_days", "note"),
    "custom_milestones": ("title", "date", "note"),
    "appointments": ("date", "time", "title", "place", "consultation", "outcome"),
}


class ImportFileError(JournalError):
    """The file cannot be imported; the message names the record and field. Nothing was written."""


_FIELD_SETS = {section: frozenset(names) for section, names in RECORD_FIELDS.items()}


class _Record:
    """Reads one record's fields, naming the record and field in every complaint."""

    def __init__(self, section: str, index: int, value: object) -> None:
        self._place = f"{section}[{index}]"
        self._where: str | None = None  # her name for the record, made when a complaint needs it: 100,000 pages need none
        self.value: dict[str, Any] = value if isinstance(value, dict) else {}
        if not isinstance(value, dict):
            raise ImportFileError(f"{self.where}: must be an object {{...}}, not {_kind_of(value)}")
        if not _FIELD_SETS[section].issuperset(value):
            unknown = sorted(set(value) - _FIELD_SETS[section])
            raise ImportFileError(f"{self.where}: unknown field '{one_line(unknown[0])}'")

    @property
    def where(self) -> str:
        """The record as the file places it, with its date when it has one (``section[index] (date)``)."""
        if self._where is None:
            day = self.value.get("date")
            self._where = self._place + (f" ({one_line(day)})" if isinstance(day, str) else "")
        return self._where

    @where.setter
    def where(self, text: str) -> None:
        self._where = text

    def fail(self, field: str, problem: str) -> ImportFileError:
        return ImportFileError(f"{self.where}, field '{field}': {problem}")

    def date(self, field: str, *, required: bool = True) -> date | None:
        value = self.value.get(field)
        if value is None:
            if required:
                raise self.fail(field, "is missing" if field not in self.value else "must be a date, not null")
            return None
        if not isinstance(value, str):
            raise self.fail(field, f"must be a date written YYYY-MM-DD, not {_kind_of(value)}")
        try:
            return parse_iso_date(value)
        except ValueError as error:
            raise self.fail(field, str(error)) from None

    def text(self, field: str, *, required: bool = False) -> str:
        if field not in self.value:
            if required:
                raise self.fail(field, "is missing")
            return ""
        value = self.value[field]
        if not isinstance(value, str):
            raise self.fail(field, f"must be text, not {_kind_of(value)}")
        if not _is_storable(value):
            raise self.fail(field, "holds a character that is not valid text (a lone surrogate or NUL)")
        return value

    def whole_number(self, field: str, low: int, high: int) -> int | None:
        value = self.value.get(field)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(field, f"must be a whole number from {low} to {high} or null, not {_show(value)}")
        return int(value)

    def temperature(self, field: str) -> float | None:
        value = self.value.get(field)
        if value is None:
            return None
        low, high = TEMPERATURE_RANGE_C
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            raise self.fail(field, f"must be a number of °C from {low:g} to {high:g} or null, not {_show(value)}")
        return float(value)

    def choice(self, field: str, choices: tuple[str, ...], *, required: bool) -> str | None:
        value = self.value.get(field)
        if value is None and not required:
            return None
        if value not in choices:
            shown = "missing" if field not in self.value else _show(value)
            raise self.fail(field, f"must be one of {', '.join(choices)}, not {shown}")
        return str(value)

    def number(self, field: str, low: float, high: float, unit: str) -> float | None:
        value = self.value.get(field)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            raise self.fail(field, f"must be a number of {unit} from {low:g} to {high:g} or null, not {_show(value)}")
        return float(value)

    def time_of_day(self, field: str, *, required: bool) -> time | None:
        value = self.value.get(field)
        if value is None and not required:
            return None
        if not isinstance(value, str) or len(value) != 5:
            raise self.fail(field, f"must be a time written HH:MM, not {'missing' if field not in self.value else _show(value)}")
        try:
            return time.fromisoformat(value)
        except ValueError:
            raise self.fail(field, f"must be a time written HH:MM, not {_show(value)}") from None

    def flag(self, field: str, default: bool) -> bool:
        value = self.value.get(field, default)
        if not isinstance(value, bool):
            raise self.fail(field, f"must be true or false, not {_show(value)}")
        return value

    def medicines(self, field: str) -> tuple[MedicineTaken, ...]:
        value = self.value.get(field, [])
        if not isinstance(value, list):
            raise self.fail(field, f"must be a list of medicines, not {_show(value)}")
        medicines = []
        for number, item in enumerate(value):
            inner = _Record.__new__(_Record)
            inner.where = f"{self.where}, field '{field}'[{number}]"
            if not isinstance(item, dict) or set(item) - {"name", "dose", "time"}:
                raise ImportFileError(f"{inner.where}: must be an object with name, dose and time")
            inner.value = item
            medicines.append(
                MedicineTaken(inner.text("name", required=True), inner.text("dose"), inner.time_of_day("time", required=False))
            )
        return tuple(medicines)

    def tags(self, field: str) -> tuple[str, ...]:
        value = self.value.get(field, [])
        if not isinstance(value, list) or not all(isinstance(tag, str) and _is_storable(tag) for tag in value):
            raise self.fail(field, f"must be a list of texts, not {_show(value)}")
        return tuple(value)


def _is_storable(text: str) -> bool:
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _kind_of(value: object) -> str:
    if value is None:
        return "null"
    return {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__
    )


def _show(value: object) -> str:
    try:
        shown = json.dumps(value, ensure_ascii=False)
    except ValueError:  # an integer too long to print
        return "a number too long to show"
    shown = one_line(shown, len(shown))  # control characters escaped, so the message stays one line
    return shown if len(shown) <= 40 else shown[:37] + "..."


