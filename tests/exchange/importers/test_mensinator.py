"""Mensinator's JSON export: period runs become period starts, flow symptoms our bleeding, other symptoms tags."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.exchange.importers.mensinator import parse
from desktop.exchange.json_fields import ImportFileError
from desktop.guidance import EventKind, RecordedEvent
from desktop.store.records import DayRecord
from tests.exchange.importers.fixture_files import fixture


def test_the_first_day_of_each_run_of_period_days_is_a_period_start() -> None:
    parsed = parse(fixture("mensinator.json"))
    assert parsed.events == (
        RecordedEvent(EventKind.PERIOD, date(2026, 1, 10)),
        RecordedEvent(EventKind.PERIOD, date(2026, 2, 8)),
        RecordedEvent(EventKind.PERIOD, date(2190, 1, 5)),  # in the future: the preview's store check skips it
    )


def test_flow_symptoms_set_the_bleeding_and_others_become_tags() -> None:
    days = {record.date: record for record in parse(fixture("mensinator.json")).days}
    assert days[date(2026, 1, 10)] == DayRecord(date(2026, 1, 10), bleeding="heavy", tags=("period",))  # heavy and light: heavy
    assert days[date(2026, 1, 11)] == DayRecord(date(2026, 1, 11), bleeding="medium", tags=("period", "Cramps"))
    assert days[date(2026, 1, 12)] == DayRecord(date(2026, 1, 12), tags=("period",))
    assert date(2026, 1, 24) not in days  # an ovulation is left out


def test_a_symptom_the_file_does_not_name_is_skipped_with_a_reason() -> None:
    [skipped] = parse(fixture("mensinator.json")).skipped
    assert skipped.day == date(2026, 1, 20)
    assert "number 9" in skipped.reason


def test_numbers_written_as_numbers_are_read_too(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "numbers.json"
    path.write_text('{"periods": [{"id": 1, "date": "2026-01-10", "period_id": 1}], "symptoms": '
                    '[{"id": 2, "symptom_name": "Light_Flow", "active": 1}], "symptom_date": [{"symptom_date": "2026-01-10", "symptom_id": 2}]}')
    assert parse(path).days == (DayRecord(date(2026, 1, 10), bleeding="light", tags=("period",)),)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("mensinator-bad-date.json", "mensinator-bad-date.json, periods[0]: '2026-1-10' is not a date in the form YYYY-MM-DD"),
        ("mensinator-not-mensinator.json", "mensinator-not-mensinator.json: this is not Mensinator's export"),
        ("mensinator-truncated.json", "mensinator-truncated.json: not valid JSON (line 1"),
    ],
)
def test_a_file_that_is_not_mensinators_export_is_refused_in_one_line(name: str, expected: str) -> None:
    with pytest.raises(ImportFileError) as refused:
        parse(fixture(name))
    assert str(refused.value).startswith(expected)
    assert "\n" not in str(refused.value)
