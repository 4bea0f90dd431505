"""The trends window stays open while she edits a day's fields: only that day changes, nothing is read on the UI thread."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.paths import journal_path
from desktop.store import DayRecord, open_journal
from desktop.ui.app import build_window
from desktop.ui.history.trend_chart import PAIN_PANEL
from desktop.ui.window.main_window import MainWindow
from tests.keyboard_driver import focused, press, show_active

TODAY = date(2026, 3, 19)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    with open_journal(journal_path(data_dir)) as journal:
        journal.save_day(DayRecord(date(2026, 3, 10), "A walk by the river", pain=3))
        journal.save_day(DayRecord(date(2026, 3, 12), "Tired", pain=5))
    win = build_window(data_dir, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    assert win.load()
    return win


def test_editing_a_days_pain_moves_its_point_and_reads_nothing_again(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.session.is_open()
    journal = window.session._journal  # the session's own connection: the test watches what is asked of it
    assert journal is not None
    reads: list[int] = []
    real_read = journal.entries_between

    def watched_read(first: date, last: date):  # type: ignore[no-untyped-def]
        reads.append(threading.get_ident())
        return real_read(first, last)

    monkeypatch.setattr(journal, "entries_between", watched_read)
    features = window.journal_features
    features.pictures_action.trigger()
    pictures = features.pictures
    assert pictures is not None and pictures.isVisible()
    qtbot.waitUntil(lambda: len(pictures.chart.entries()) == 2, timeout=10_000)
    assert len(reads) == 1 and reads[0] != threading.get_ident()  # every page read once, off the UI thread

    window.calendar.select_day(date(2026, 3, 12))
    fields = features.fields
    assert fields is not None
    show_active(qtbot, window)  # back to the main window, the trends window still open beside it
    fields.pain.setFocus()
    assert focused() is fields.pain and fields.pain.currentData() == 5
    for _ in range(3):
        press(Qt.Key.Key_Down)  # 5 → 8, as she would with the arrow keys
    window.autosave.flush_now()
    qtbot.waitUntil(lambda: [e.pain for e in pictures.chart.entries()] == [3, 8], timeout=10_000)
    pain = pictures.chart.current_layout().panel(PAIN_PANEL)  # type: ignore[union-attr]
    assert [(p.day, p.value) for p in pain.points] == [(date(2026, 3, 10), 3.0), (date(2026, 3, 12), 8.0)]
    assert len(reads) == 1  # the saved day came with the save: the journal was not read again


def test_the_window_reads_only_the_weeks_it_shows_and_every_page_only_for_all(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_journal(journal_path(data_dir)) as journal:
        journal.save_day(DayRecord(date(2026, 3, 12), "Tired", pain=5))
        journal.save_day(DayRecord(date(2024, 6, 1), "Long ago", pain=2))  # far outside the two weeks shown first
    window = build_window(data_dir, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    assert window.load()
    journal = window.session._journal  # the session's own connection: the test watches what is asked of it
    assert journal is not None
    reads: list[tuple[date, date, int]] = []
    real_read = journal.entries_between

    def watched_read(first: date, last: date):  # type: ignore[no-untyped-def]
        reads.append((first, last, threading.get_ident()))
        return real_read(first, last)

    monkeypatch.setattr(journal, "entries_between", watched_read)
    features = window.journal_features
    features.pictures_action.trigger()
    pictures = features.pictures
    assert pictures is not None
    qtbot.waitUntil(lambda: len(reads) == 1 and bool(pictures.chart.entries()), timeout=10_000)
    assert reads[0][:2] == (date(2026, 3, 6), TODAY) and reads[0][2] != threading.get_ident()  # the two weeks, off the UI thread
    assert [e.date for e in pictures.chart.entries()] == [date(2026, 3, 12)]

    show_active(qtbot, pictures)
    everything = next(b for b in pictures.chart.range_buttons.buttons() if b.property("days") is None)
    everything.setFocus()
    press(Qt.Key.Key_Space)  # "All", as she would choose it from the keyboard
    qtbot.waitUntil(lambda: [e.date for e in pictures.chart.entries()] == [date(2024, 6, 1), date(2026, 3, 12)], timeout=10_000)
    assert len(reads) == 2 and reads[1][0] == date.min  # every page, once, now that she asked for them
    assert pictures.chart.shown_range() == (date(2024, 6, 1), TODAY)

    two_weeks = next(b for b in pictures.chart.range_buttons.buttons() if b.property("days") == 14)
    two_weeks.setFocus()
    press(Qt.Key.Key_Space)
    qtbot.wait(100)
    assert len(reads) == 2  # a narrower range needs nothing read again
