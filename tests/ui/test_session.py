"""The window's journal session: a calendar page built from the page's events equals one built from all of them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from desktop.guidance import EventKind, milestones_for
from desktop.ui.calendar.marks import build_month_marks, page_range
from tests.conftest import TODAY


@pytest.fixture
def busy_journal(journal):  # type: ignore[no-untyped-def]
    """Monthly periods for years, three losses (one procedure-only), and some notes."""
    day = date(2023, 6, 5)
    while day < TODAY:
        journal.add_event(EventKind.PERIOD, day)
        day += timedelta(days=29)
    journal.add_event(EventKind.MISCARRIAGE, date(2021, 6, 1))
    journal.add_event(EventKind.PROCEDURE, date(2021, 6, 3))
    journal.add_event(EventKind.PROCEDURE, date(2024, 2, 10))  # a loss of its own
    journal.add_event(EventKind.MISCARRIAGE, date(2026, 2, 20))
    journal.add_event(EventKind.PROCEDURE, date(2026, 2, 22))
    for offset in range(0, 60, 4):
        journal.save_entry(TODAY - timedelta(days=offset), f"note {offset}")
    return journal


@pytest.mark.parametrize("year, month", [(2026, 3), (2026, 2), (2024, 2), (2021, 6), (2030, 1)])
def test_page_marks_equal_marks_from_the_whole_history(busy_journal, open_session, year: int, month: int) -> None:  # type: ignore[no-untyped-def]
    model = open_session(busy_journal.path, TODAY)
    history = busy_journal.history()
    first, last = page_range(year, month)
    expected = build_month_marks(
        year,
        month,
        today=TODAY,
        note_days=busy_journal.entry_dates_between(first, last),
        history=history,
        milestones=milestones_for(history, TODAY),
    )
    page = model.month_marks(year, month)
    assert page.days == expected.days
    every_day = [first + timedelta(days=offset) for offset in range((last - first).days + 1)]
    assert [page.tooltip(day) for day in every_day] == [expected.tooltip(day) for day in every_day]
    assert any(page.tooltip(day) for day in every_day)


def test_a_new_loss_moves_day_zero_on_every_page(busy_journal, open_session) -> None:  # type: ignore[no-untyped-def]
    model = open_session(busy_journal.path, TODAY)
    model.add_event(EventKind.MISCARRIAGE, date(2026, 3, 10), "")
    assert model.month_marks(2026, 3).marks(date(2026, 3, 10)).is_day_zero
    assert not model.month_marks(2026, 3).marks(date(2026, 2, 22)).is_day_zero


def test_each_change_says_what_changed(qtbot: QtBot, journal, open_session) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.changes import Change
    from desktop.ui.day.autosave import DayEdit

    session = open_session(journal.path, TODAY)
    with qtbot.waitSignal(session.changed) as recorded:
        session.add_event(EventKind.MISCARRIAGE, date(2026, 3, 2), "")
    assert recorded.args == [Change(plan=True, events=True)]
    with qtbot.waitSignal(session.changed) as own:
        session.add_own_milestone("Back at work", date(2026, 4, 1), "")
    assert own.args == [Change(plan=True)]
    with qtbot.waitSignal(session.changed) as written:
        session.save_day(DayEdit(date(2026, 3, 10), text="a quiet day"))
        assert session.autosave.flush_now()
    assert written.args == [Change(days=frozenset({date(2026, 3, 10)}), fields=False)]
    record = session.read_day(date(2026, 3, 10))
    assert record is not None and record.text == "a quiet day"  # the one road reached the file


def test_a_page_is_read_once_and_dropped_only_when_a_written_day_changes_its_marks(journal, open_session) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.day.autosave import DayEdit

    journal.save_entry(date(2026, 3, 10), "already written")
    session = open_session(journal.path, TODAY)
    page = session.month_marks(2026, 3)
    assert session.month_marks(2026, 3) is page  # from the cache, not a second query
    session.save_day(DayEdit(date(2026, 3, 10), text="still written"))
    assert session.autosave.flush_now()
    assert session.month_marks(2026, 3) is page  # the note mark did not change: nothing rebuilt
    session.save_day(DayEdit(date(2026, 3, 11), text="new words"))
    assert session.autosave.flush_now()
    fresh = session.month_marks(2026, 3)
    assert fresh is not page and fresh.marks(date(2026, 3, 11)).has_note
    session.save_day(DayEdit(date(2026, 3, 11), text=""))  # emptied: the page goes, and so does the mark
    assert session.autosave.flush_now()
    assert not session.month_marks(2026, 3).marks(date(2026, 3, 11)).has_note


def test_the_note_mark_has_one_rule(journal, open_session) -> None:  # type: ignore[no-untyped-def]
    from desktop.store import DayLogMarks
    from desktop.store.records import DayRecord
    from desktop.ui.calendar.pages import shows_note

    assert shows_note(DayLogMarks(has_entry=True, has_note=True))
    assert shows_note(DayLogMarks(has_entry=True))  # mood or tags only: something was written that day
    assert not shows_note(DayLogMarks(has_entry=True, has_symptoms=True))
    assert not shows_note(DayLogMarks())
    journal.save_day(DayRecord(date(2026, 3, 12), "   ", pain=2))
    page = open_session(journal.path, TODAY).month_marks(2026, 3)
    assert not page.marks(date(2026, 3, 12)).has_note and page.marks(date(2026, 3, 12)).has_symptoms


def test_a_closed_session_refuses_in_one_line_and_reopens_the_same_file(journal, open_session) -> None:  # type: ignore[no-untyped-def]
    from desktop.store import JournalError

    session = open_session(journal.path, TODAY)
    session.close()
    assert not session.is_open() and not session.has_file()
    with pytest.raises(JournalError, match="closed for a moment"):
        session.search("anything")
    assert session.still_opens()  # a plain journal, no passphrase
    session.reopen()
    assert session.is_open() and session.month_marks(2026, 3).first == date(2026, 2, 16)
