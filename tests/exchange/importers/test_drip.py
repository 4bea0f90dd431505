"""drip's CSV export read into day pages: values mapped, drip's own extras left out, a broken file refused."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.exchange.importers.drip import parse
from desktop.exchange.json_fields import ImportFileError
from desktop.store.records import DayRecord
from tests.exchange.importers.fixture_files import fixture


def test_each_row_becomes_a_day_with_our_words_for_drips_values() -> None:
    parsed = parse(fixture("drip.csv"))
    days = {record.date: record for record in parsed.days}
    assert days[date(2026, 3, 1)] == DayRecord(
        date(2026, 3, 1),
        text="first day back home\n\nBleeding: some clots.",
        bleeding="medium",
        temperature_c=36.8,
        tags=("cramps", "sad", "other mood"),
    )
    assert days[date(2026, 3, 3)].bleeding == "spotting"  # drip's 0; "exclude" changes nothing here
    assert days[date(2026, 3, 3)].text == "feeling better, thanks to tea."
    assert days[date(2026, 3, 6)] == DayRecord(
        date(2026, 3, 6),
        text="Temperature: after a warm bath.\n\nPain: mild",
        temperature_c=37.2,
        tags=("tender breasts",),
    )
    assert days[date(2026, 3, 2)].temperature_c == 52.0  # out of our range: the store refuses it, not the parser
    assert days[date(2026, 3, 5)].is_empty()
    assert all(record.pain is None and record.mood is None for record in parsed.days)  # drip has no scale for either


def test_a_bleeding_value_drip_does_not_have_skips_the_day_with_a_reason() -> None:
    parsed = parse(fixture("drip.csv"))
    assert date(2026, 3, 4) not in {record.date for record in parsed.days}
    [skipped] = parsed.skipped
    assert skipped.day == date(2026, 3, 4)
    assert "bleeding value 7" in skipped.reason


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("drip-temperature-not-a-number.csv", "drip-temperature-not-a-number.csv, line 2, temperature.value: 'warm' is not a number"),
        ("drip-bad-date.csv", "drip-bad-date.csv, line 2: '03/01/2026' is not a date in the form YYYY-MM-DD"),
        ("drip-not-drip.csv", "drip-not-drip.csv: this is not drip's CSV export"),
    ],
)
def test_a_file_that_is_not_drips_csv_is_refused_in_one_line(name: str, expected: str) -> None:
    with pytest.raises(ImportFileError) as refused:
        parse(fixture(name))
    assert str(refused.value).startswith(expected)
    assert "\n" not in str(refused.value)


def test_a_row_of_the_wrong_width_or_a_day_twice_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    header = fixture("drip.csv").read_text().splitlines()[0]
    short = tmp_path / "short.csv"
    short.write_text(f"{header}\n2026-03-01,36.5\n")
    with pytest.raises(ImportFileError, match=r"short.csv, line 2: 2 cells where the header has \d+"):
        parse(short)
    twice = tmp_path / "twice.csv"
    row = "2026-03-01" + "," * header.count(",")
    twice.write_text(f"{header}\n{row}\n{row}\n")
    with pytest.raises(ImportFileError, match=r"line 3: 2026-03-01 appears twice \(also on line 2\)"):
        parse(twice)
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(ImportFileError, match="the file is empty"):
        parse(empty)
