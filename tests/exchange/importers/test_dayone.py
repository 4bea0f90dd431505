"""Day One's JSON export (the archive or the JSON in it): days in each entry's own time zone, photos left out."""

from __future__ import annotations

import os
import zipfile
from datetime import date
from pathlib import Path

import pytest

from desktop.exchange.importers.dayone import parse
from desktop.exchange.json_fields import ImportFileError
from desktop.store.records import DayRecord
from tests.exchange.importers.fixture_files import fixture

EXPECTED = (
    # 23:30 UTC on 28 February is 00:30 on 1 March in Berlin: the same day as the 08:15 entry, and before it.
    DayRecord(
        date(2026, 3, 1),
        text="00:30\nCould not sleep.\n\n08:15\nSlept a little.\nThe bleeding is lighter.",
        tags=("recovery",),
    ),
    DayRecord(date(2026, 3, 2), text="05:00\nCalled the clinic."),  # 10:00 UTC in New York
)


def test_entries_by_day_in_their_own_time_zone_joined_in_time_order() -> None:
    parsed = parse(fixture("dayone-Journal.json"))
    assert parsed.days == EXPECTED
    [skipped] = parsed.skipped  # the photo-only entry
    assert skipped.day == date(2026, 3, 3)
    assert "no text" in skipped.reason


def test_the_exported_archive_is_read_without_unpacking_it(tmp_path: Path) -> None:
    archive = tmp_path / "Export-Journal.zip"
    with zipfile.ZipFile(archive, "w") as writing:
        writing.write(fixture("dayone-Journal.json"), "Journal.json")
        writing.writestr("photos/0d5a4b1f2c3e4d5f6a7b8c9d0e1f2a3b.jpeg", b"\xff\xd8 not read")
    assert parse(archive).days == EXPECTED


def test_an_archive_without_a_journal_or_a_broken_one_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "photos-only.zip"
    with zipfile.ZipFile(archive, "w") as writing:
        writing.writestr("photos/a.jpeg", b"x")
    with pytest.raises(ImportFileError, match=r"^photos-only.zip: the archive holds no journal"):
        parse(archive)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(ImportFileError, match=r"^broken.zip: not a readable ZIP archive"):
        parse(broken)


def test_a_creation_date_that_is_not_one_is_refused_in_one_line() -> None:
    with pytest.raises(ImportFileError) as refused:
        parse(fixture("dayone-bad-creation-date.json"))
    assert str(refused.value) == (
        "dayone-bad-creation-date.json, entries[0]: 'yesterday' is not a date and time like 2019-10-18T08:07:39Z"
    )


def test_an_unknown_time_zone_is_read_as_utc(tmp_path: Path) -> None:
    path = tmp_path / "zones.json"
    path.write_text(
        '{"entries": [{"creationDate": "2026-03-01T23:30:00Z", "timeZone": "Europe", "text": "A"},'
        ' {"creationDate": "2026-03-02T08:00:00Z", "timeZone": "Nowhere/City", "text": "B"}]}'
    )
    assert [(d.date, d.text) for d in parse(path).days] == [
        (date(2026, 3, 1), "23:30\nA"),
        (date(2026, 3, 2), "08:00\nB"),
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_refused_without_waiting_for_it(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    with pytest.raises(ImportFileError, match="is not a regular file"):
        parse(pipe)


def test_a_moment_past_the_calendars_end_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "far.json"
    path.write_text('{"entries": [{"creationDate": "9999-12-31T23:00:00Z", "timeZone": "Asia/Tokyo", "text": "A"}]}')
    with pytest.raises(ImportFileError, match=r"^far.json, entries\[0\]: '9999-12-31T23:00:00Z' is beyond the dates"):
        parse(path)
