"""jrnl's JSON export: entries by day, joined in time order under their times; tags without their symbol."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.exchange.importers.jrnl import parse
from desktop.exchange.json_fields import ImportFileError
from desktop.store.records import DayRecord
from tests.exchange.importers.fixture_files import fixture


def test_entries_of_one_day_are_joined_in_time_order_with_their_times() -> None:
    parsed = parse(fixture("jrnl.json"))
    assert parsed.days == (
        DayRecord(
            date(2026, 3, 1),
            text="09:15 — Back from the clinic.\nThe nurse said to rest. @doctor\n\n21:40 — Evening.\nTired but calmer.",
            tags=("doctor",),
        ),
        DayRecord(date(2026, 3, 2), text="18:00 — A walk by the river."),
    )


def test_an_empty_entry_is_skipped_with_a_reason() -> None:
    [skipped] = parse(fixture("jrnl.json")).skipped
    assert skipped.day == date(2026, 3, 3)
    assert skipped.reason == "an empty entry"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("jrnl-bad-time.json", "jrnl-bad-time.json, entries[0], time: '9 o'clock' is not a time written HH:MM"),
        ("jrnl-entries-not-a-list.json", "jrnl-entries-not-a-list.json: this is not jrnl's JSON export"),
        ("drip.csv", "drip.csv: not valid JSON"),
    ],
)
def test_a_file_that_is_not_jrnls_export_is_refused_in_one_line(name: str, expected: str) -> None:
    with pytest.raises(ImportFileError) as refused:
        parse(fixture(name))
    assert str(refused.value).startswith(expected)
    assert "\n" not in str(refused.value)
