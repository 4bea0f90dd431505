"""The preview: the store's rules decide what is skipped, a day with a page is kept, writing is one transaction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.exchange.importers.preview import (
    import_for_command_line,
    preview_file,
    preview_lines,
    write_preview,
)
from desktop.guidance import EventKind, RecordedEvent
from desktop.store import DayRecord, JournalError
from tests.exchange.importers.fixture_files import fixture

TODAY = date(2026, 6, 1)


def test_values_outside_our_limits_are_skipped_with_the_stores_own_reason(journal) -> None:  # type: ignore[no-untyped-def]
    preview = preview_file("drip", journal, fixture("drip.csv"), TODAY)
    assert [d.date for d in preview.days] == [date(2026, 3, 1), date(2026, 3, 3), date(2026, 3, 6)]
    reasons = {item.day: item.reason for item in preview.skipped}
    assert reasons[date(2026, 3, 2)] == "temperature must be between 30 and 45 °C, not '52.0'"  # validate_day's words
    assert "bleeding value 7" in reasons[date(2026, 3, 4)]
    assert reasons[date(2026, 3, 5)] == "nothing recorded that this journal keeps"
    assert journal.counts().entries == 0  # a preview writes nothing


def test_a_period_start_in_the_future_is_skipped_by_the_stores_rule(journal) -> None:  # type: ignore[no-untyped-def]
    preview = preview_file("mensinator", journal, fixture("mensinator.json"), TODAY)
    assert preview.events == (
        RecordedEvent(EventKind.PERIOD, date(2026, 1, 10)),
        RecordedEvent(EventKind.PERIOD, date(2026, 2, 8)),
    )
    future = [item for item in preview.skipped if item.day == date(2190, 1, 5)]
    assert len(future) == 1 and "is in the future" in future[0].reason


def test_a_day_that_already_has_a_page_is_kept_never_overwritten(journal) -> None:  # type: ignore[no-untyped-def]
    journal.save_day(DayRecord(date(2026, 3, 1), "My own words.", bleeding="light"))
    journal.add_event("period", date(2026, 1, 10), "typed by hand")
    preview = preview_file("jrnl", journal, fixture("jrnl.json"), TODAY)
    assert preview.kept_days == (date(2026, 3, 1),)
    assert [d.date for d in preview.days] == [date(2026, 3, 2)]
    summary = write_preview(journal, preview, TODAY)
    assert summary.added == 1
    kept = journal.entry(date(2026, 3, 1))
    assert (kept.text, kept.bleeding) == ("My own words.", "light")
    assert journal.entry(date(2026, 3, 2)).text == "18:00 — A walk by the river."

    periods = preview_file("mensinator", journal, fixture("mensinator.json"), TODAY)
    assert periods.known_events == (RecordedEvent(EventKind.PERIOD, date(2026, 1, 10)),)
    write_preview(journal, periods, TODAY)
    assert [(e.date, e.note) for e in journal.list_events() if e.date == date(2026, 1, 10)] == [
        (date(2026, 1, 10), "typed by hand")
    ]


def test_writing_is_one_transaction_a_page_written_since_the_preview_refuses_it_all(journal) -> None:  # type: ignore[no-untyped-def]
    preview = preview_file("mensinator", journal, fixture("mensinator.json"), TODAY)
    journal.save_day(DayRecord(date(2026, 2, 9), "Written while the preview was open."))
    with pytest.raises(JournalError, match="2026-02-09 already has a different page"):
        write_preview(journal, preview, TODAY)
    assert journal.list_events() == []
    assert journal.counts().entries == 1


def test_the_command_lines_report_lists_what_is_added_kept_and_skipped(journal) -> None:  # type: ignore[no-untyped-def]
    journal.save_day(DayRecord(date(2026, 3, 6), "Mine."))
    lines = import_for_command_line("drip", journal, fixture("drip.csv"), TODAY, dry_run=True)
    assert lines[0] == (
        "From drip (drip.csv): 2 days and 0 period starts to add, 3 skipped, 1 day already with a page "
        "(kept as it is)."
    )
    assert "  add 2026-03-01: bleeding medium, temperature 36.8 °C, 3 tags, text of 42 characters" in lines
    assert "  keep 2026-03-06: it already has a page" in lines
    assert lines[-1] == "Nothing was written (--dry-run)."
    assert journal.counts().entries == 1
    lines = import_for_command_line("drip", journal, fixture("drip.csv"), TODAY, dry_run=False)
    assert lines[-1] == "Imported from drip: 2 records added."
    assert journal.counts().entries == 3
    assert preview_lines(preview_file("drip", journal, fixture("drip.csv"), TODAY))[0].startswith(
        "From drip (drip.csv): 0 days"
    )


def test_a_note_is_never_printed_only_its_length(journal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = import_for_command_line("jrnl", journal, fixture("jrnl.json"), TODAY, dry_run=True)
    assert not any("nurse" in line for line in lines)
