"""Writing a snapshot (an import) in bulk: the pages are indexed once, and a stop leaves the journal as it was.

``desktop/store/snapshot.py`` drops the search index's insert trigger for the
batch, indexes the new pages in one statement and makes the trigger again, all
inside the one transaction. These tests fail if the index misses an imported
page, or if a cancelled import leaves the journal without its trigger (a page
saved afterwards would then never be found).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.store import Journal
from desktop.store.records import DayRecord
from desktop.store.snapshot import PROGRESS_STEP, JournalSnapshot

TODAY = date(2026, 11, 25)


class _Stopped(Exception):
    """What the window's cancel raises inside the progress callback."""


def _pages(count: int, first: date = date(1990, 1, 1)) -> tuple[DayRecord, ...]:
    return tuple(DayRecord(first + timedelta(days=n), f"page {n} words", pain=n % 11) for n in range(count))


def test_imported_pages_are_found_by_search_and_the_index_is_in_step(journal: Journal) -> None:
    journal.save_day(DayRecord(date(2026, 3, 2), "already here, gardenias"))
    pages = (*_pages(PROGRESS_STEP + 10), DayRecord(date(2020, 5, 5), "the word marigold once"))

    summary = journal.apply_snapshot(JournalSnapshot(entries=pages), replace_all=False, today=TODAY)

    assert summary.added == len(pages)
    assert [hit.date for hit in journal.search("marigold")] == [date(2020, 5, 5)]
    assert [hit.date for hit in journal.search("gardenias")] == [date(2026, 3, 2)]
    assert journal.integrity_check() == "ok"  # FTS5's own check: the index matches every page
    journal.save_day(DayRecord(date(2026, 3, 3), "written after the import, peonies"))
    assert [hit.date for hit in journal.search("peonies")] == [date(2026, 3, 3)]  # the trigger is back


@pytest.mark.parametrize("replace_all", [False, True], ids=["merge", "replace"])
def test_a_stopped_import_into_an_empty_journal_keeps_the_search_trigger(journal: Journal, replace_all: bool) -> None:
    def progress(done: int, _total: int) -> None:
        if done >= PROGRESS_STEP:  # one step of pages already written inside the transaction
            raise _Stopped

    with pytest.raises(_Stopped):
        journal.apply_snapshot(
            JournalSnapshot(entries=_pages(PROGRESS_STEP * 2)), replace_all=replace_all, today=TODAY, progress=progress
        )

    assert journal.counts().entries == 0  # rolled back
    journal.save_day(DayRecord(date(2026, 3, 3), "a page after the stop, peonies"))
    assert [hit.date for hit in journal.search("peonies")] == [date(2026, 3, 3)]
    assert journal.integrity_check() == "ok"
