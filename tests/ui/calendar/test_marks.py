from __future__ import annotations

from datetime import date

from desktop.guidance import EventKind, History, RecordedEvent, milestones_for
from desktop.ui.calendar.marks import build_month_marks, page_range


def marks_for(history: History, notes: set[date], today: date, year: int = 2026, month: int = 3):  # type: ignore[no-untyped-def]
    return build_month_marks(
        year, month, today=today, note_days=notes, history=history, milestones=milestones_for(history, today)
    )


def test_a_note_marker_on_exactly_the_days_with_notes() -> None:
    notes = {date(2026, 3, 3), date(2026, 3, 17), date(2026, 2, 27)}
    marks = marks_for(History(), notes, today=date(2026, 3, 20))
    first, last = page_range(2026, 3)
    marked = {day for day in marks.days if marks.marks(day).has_note}
    assert marked == {d for d in notes if first <= d <= last}


def test_windows_dates_today_and_day_zero_are_marked() -> None:
    history = History((RecordedEvent(EventKind.MISCARRIAGE, date(2026, 3, 1)), RecordedEvent(EventKind.PROCEDURE, date(2026, 3, 2))))
    marks = marks_for(history, set(), today=date(2026, 3, 10))
    assert marks.marks(date(2026, 3, 2)).is_day_zero
    assert marks.marks(date(2026, 3, 1)).events == (EventKind.MISCARRIAGE,)
    assert marks.marks(date(2026, 3, 22)).windows == ("abstinence", "avoid-pregnancy")
    assert marks.marks(date(2026, 3, 23)).windows == ("avoid-pregnancy",)
    assert marks.marks(date(2026, 3, 23)).milestones == ("sex-earliest",)
    assert marks.marks(date(2026, 3, 10)).is_today
    assert not marks.marks(date(2026, 2, 28)).windows  # before day 0
    assert marks.marks(date(2026, 3, 30)).in_estimate  # day 28 of the estimate band


def test_tooltips_say_what_applies_in_words() -> None:
    history = History((RecordedEvent(EventKind.PROCEDURE, date(2026, 3, 2)),))
    marks = marks_for(history, {date(2026, 3, 19)}, today=date(2026, 3, 10))
    tip = marks.tooltip(date(2026, 3, 19))
    assert "Day 17 after the procedure" in tip
    assert "4 days to go" in tip
    assert "note" in tip
    assert "inside the three-week window" in marks.marks(date(2026, 3, 19)).spoken()


def test_period_starts_and_symptom_days_get_their_own_quiet_marks() -> None:
    history = History(
        (RecordedEvent(EventKind.PROCEDURE, date(2026, 3, 2)), RecordedEvent(EventKind.PERIOD, date(2026, 3, 30)))
    )
    marks = build_month_marks(
        2026, 3, today=date(2026, 3, 31), note_days=(), symptom_days={date(2026, 3, 4)}, history=history,
        milestones=milestones_for(history, date(2026, 3, 31)),
    )
    assert marks.marks(date(2026, 3, 30)).period_start
    assert "period started" in marks.marks(date(2026, 3, 30)).spoken()
    assert marks.marks(date(2026, 3, 4)).has_symptoms and not marks.marks(date(2026, 3, 4)).has_note
    assert not marks.marks(date(2026, 3, 5)).has_symptoms


def test_the_window_model_reads_symptoms_and_notes_from_one_page_query(journal, open_session) -> None:  # type: ignore[no-untyped-def]
    from desktop.store import DayRecord

    journal.save_day(DayRecord(date(2026, 3, 4), pain=3))
    journal.save_day(DayRecord(date(2026, 3, 5), "words"))
    journal.save_day(DayRecord(date(2026, 3, 6), mood=4))
    marks = open_session(journal.path, date(2026, 3, 10)).month_marks(2026, 3)
    assert (marks.marks(date(2026, 3, 4)).has_symptoms, marks.marks(date(2026, 3, 4)).has_note) == (True, False)
    assert (marks.marks(date(2026, 3, 5)).has_symptoms, marks.marks(date(2026, 3, 5)).has_note) == (False, True)
    assert marks.marks(date(2026, 3, 6)).has_note  # something written that day, even if not text


def test_today_keeps_its_ring_when_it_is_its_only_mark() -> None:
    """Seen: once the six-month window had ended, a today with no other mark lost its ring."""
    history = History((RecordedEvent(EventKind.MISCARRIAGE, date(2025, 1, 6)),))
    today = date(2026, 3, 18)  # long after every window and date of the plan
    marks = marks_for(history, set(), today=today)
    assert marks.marks(today).is_today
    assert marks.marks(today).windows == () and marks.marks(today).milestones == ()
    assert marks_for(History(), set(), today=today).marks(today).is_today  # and with nothing recorded at all
