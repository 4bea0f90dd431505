"""Closing the journal (quitting, or before an import) waits for work on the journal lane: none runs on a closed file."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.paths import journal_path
from desktop.store import DayRecord, open_journal
from desktop.ui.app import build_window
from desktop.ui.exchange.dialogs import ImportRequest
from desktop.ui.window.main_window import MainWindow

TODAY = date(2026, 3, 19)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    with open_journal(journal_path(data_dir)) as journal:
        journal.save_day(DayRecord(date(2026, 3, 10), "A walk by the river"))
    win = build_window(data_dir, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    assert win.load()
    return win


def slow_search_and_watched_close(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], threading.Event]:
    """The journal's search blocks until released; its close is written down."""
    assert window.session.is_open()
    journal = window.session._journal  # the session's own connection: the test watches what is asked of it
    assert journal is not None
    events: list[str] = []
    started, release = threading.Event(), threading.Event()
    real_search, real_close = journal.search, journal.close

    def slow_search(query: str):  # type: ignore[no-untyped-def]
        events.append("search start")
        started.set()
        assert release.wait(30)
        hits = real_search(query)  # on a closed journal this would fail
        events.append("search end")
        return hits

    def watched_close() -> None:
        events.append("close")
        real_close()

    monkeypatch.setattr(journal, "search", slow_search)
    monkeypatch.setattr(journal, "close", watched_close)
    window.journal_features.show_search()
    panel = window.journal_features.search_panel
    assert panel is not None
    panel.set_query("river")
    panel.run_search()
    assert started.wait(10)
    threading.Timer(0.3, release.set).start()
    return events, release


def test_quitting_waits_for_a_search_under_way_before_closing_the_journal(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    events, _release = slow_search_and_watched_close(window, monkeypatch)
    window.close()
    assert events == ["search start", "search end", "close"]
    assert not window.tasks.accepting  # nothing new starts on the way out


def test_an_import_closes_the_journal_only_after_the_search_under_way(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text('{"format": "recovery-journal", "version": 1, "entries": [{"date": "2026-03-09", "text": "new"}]}')
    events, _release = slow_search_and_watched_close(window, monkeypatch)
    with qtbot.waitSignal(window.exchange.done, timeout=20_000) as blocker:
        window.exchange.run_import(ImportRequest(source, replace_all=False))
    assert events == ["search start", "search end", "close"]
    assert blocker.args == ["Imported in.json: 1 added, 0 already there."]
    assert window.session.is_open() and window.session.read_day(date(2026, 3, 9)).text == "new"  # type: ignore[union-attr]
