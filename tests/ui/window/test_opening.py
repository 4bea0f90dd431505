"""Opening the journal never holds the window for one long slot: its steps take turns of the loop (issue 13)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop.store import DayRecord, Journal
from desktop.ui import open_file
from desktop.ui.window.main_window import MainWindow
from tests.conftest import TODAY


def a_day_with_pain(journal: Journal) -> None:
    journal.save_day(DayRecord(TODAY, "Tired", pain=4))


def slow_open(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """The store's part of opening takes ``seconds`` on the worker, as a large journal's does."""
    real = open_file.open_file

    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(seconds)
        return real(*args, **kwargs)

    monkeypatch.setattr(open_file, "open_file", slow)


def test_the_window_is_filled_and_what_follows_opened_runs_a_turn_later_and_load_returns_after_both(
    qtbot: QtBot, new_window: Callable[..., MainWindow], seeded_journal: Callable[..., Any]
) -> None:
    seeded_journal(a_day_with_pain)
    window = new_window(TODAY, first_run_done=True)
    turns = {"count": 0}
    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: turns.__setitem__("count", turns["count"] + 1))
    seen: dict[str, int] = {}
    window.day_opened.connect(lambda *_: seen.setdefault("day shown", turns["count"]))
    window.loaded.connect(lambda: seen.setdefault("loaded", turns["count"]))
    ticker.start()
    try:
        assert window.load()
    finally:
        ticker.stop()
    assert set(seen) == {"day shown", "loaded"}  # both happened before load() returned
    assert seen["loaded"] > seen["day shown"], "what follows opened ran in the same slot as filling the window"
    fields = window.journal_features.fields
    assert fields is not None and fields.isEnabled() and fields.pain.currentData() == 4  # the contract of load()
    assert window.editor.editor.isEnabled() and window.editor.text() == "Tired"


@pytest.fixture
def slowly_opening_window(
    new_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch, seeded_journal: Callable[..., Any]
) -> MainWindow:
    """A window over a day with pain, whose file takes 0.6 s to open on the worker."""
    seeded_journal(a_day_with_pain)
    slow_open(monkeypatch, 0.6)
    return new_window(TODAY, first_run_done=True)


def test_the_days_fields_are_made_and_placed_while_the_file_opens_once_only(
    qtbot: QtBot, slowly_opening_window: MainWindow
) -> None:
    window = slowly_opening_window
    features = window.journal_features
    placed: list[str] = []
    features.fields_made.connect(lambda _widget: placed.append("placed" if window.session.is_open() else "while opening"))
    assert window.load()
    assert placed == ["while opening"]  # made on idle turns while the worker opened the file, not in the open's last slot
    fields = features.fields
    assert fields is not None and fields.isEnabled() and fields.pain.currentData() == 4

    assert window.opening.reopen()  # after an import or a restore: the same fields, nothing made again
    assert features.fields is fields and placed == ["while opening"]
    assert fields.isEnabled() and fields.pain.currentData() == 4


def test_the_fields_wait_disabled_until_the_journal_has_loaded(qtbot: QtBot, slowly_opening_window: MainWindow) -> None:
    window = slowly_opening_window
    states: list[bool] = []
    window.journal_features.fields_made.connect(lambda widget: QTimer.singleShot(0, lambda: states.append(widget.isEnabled())))
    assert window.load()
    assert states == [False]  # placed while the journal was still closed: nothing can be chosen for no day
    assert window.journal_features.fields is not None and window.journal_features.fields.isEnabled()
