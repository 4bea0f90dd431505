"""The window's one save road, typed like a user: invalid temperatures, day switches, the maximum wait, retries.

Every test types through ``QApplication.focusWidget()`` and asserts on the
journal file. Intervals are shortened on the autosave object, never slept away.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.paths import journal_path
from desktop.store import DayRecord, Journal, open_journal
from desktop.ui.actions import Action
from desktop.ui.day.autosave import DayAutosave, DayEdit, Problem, classify, problem_text
from desktop.ui.window.main_window import MainWindow
from tests.conftest import TODAY

FEVER_DAY = date(2026, 3, 10)
NEXT_DAY = date(2026, 3, 11)
BUSY = "The journal is busy — another program is using it. Your words are kept and will be saved as soon as it is free."
RECOVERED = "Saved — everything you wrote is in the journal now."


def stored(data_dir: Path, day: date) -> DayRecord | None:
    with open_journal(journal_path(data_dir)) as journal:
        return journal.entry(day)


def two_days(journal: Journal) -> None:
    journal.save_day(DayRecord(FEVER_DAY, "warm", temperature_c=38.0))
    journal.save_day(DayRecord(NEXT_DAY, temperature_c=36.6))


@pytest.fixture
def window(loaded_window: Callable[..., MainWindow]) -> Iterator[MainWindow]:
    win = loaded_window(TODAY, two_days, first_run_done=True, activate=True)
    win.autosave.delay_ms = 20
    win.autosave.retry_delays_ms = (30, 60)
    yield win
    win.autosave.retry_delays_ms = (30,)


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(focus(), key)


def go_to_day(qtbot: QtBot, window: MainWindow, day: date) -> None:
    """Select ``day`` with the calendar's arrow keys, as she would."""
    window.calendar.focusProxy().setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.calendar.focusProxy())
    while window.calendar.selected_day() != day:
        press(Qt.Key.Key_Right if window.calendar.selected_day() < day else Qt.Key.Key_Left)


def tab_to_temperature(qtbot: QtBot, window: MainWindow) -> None:
    """From the note, Tab past bleeding and pain to the temperature (Tab selects its text, as in any field)."""
    fields = window.journal_features.fields
    assert fields is not None
    window.editor.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor.editor)
    press(Qt.Key.Key_Tab, 3)
    assert focus() is fields.temperature


def saved_temperatures(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[float | None]:
    """Every temperature the autosave writes, in order."""
    session = window.session
    assert session.is_open()
    written: list[float | None] = []
    real = session.write_day

    def spy(edit: DayEdit) -> object:
        if edit.fields is not None:
            written.append(edit.fields.temperature_c)
        return real(edit)

    monkeypatch.setattr(session, "write_day", spy)
    return written


def test_375_over_38_0_keeps_38_0_and_says_why(qtbot: QtBot, window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written = saved_temperatures(window, monkeypatch)
    go_to_day(qtbot, window, FEVER_DAY)
    tab_to_temperature(qtbot, window)
    QTest.keyClicks(focus(), "375")
    fields = window.journal_features.fields
    assert fields is not None and fields.temperature.text() == "375"
    assert fields.temperature_problem_text() == "A body temperature is between 30 and 45 °C; '375' is not."
    assert fields.temperature_problem.isVisible()
    assert fields.temperature.accessibleDescription() == fields.temperature_problem_text()
    qtbot.waitUntil(lambda: not window.autosave.has_pending())
    press(Qt.Key.Key_Tab)  # leaving the field keeps what she typed to correct it
    assert fields.temperature.text() == "375" and fields.temperature_problem_text()
    window.autosave.flush_now()
    assert 37.0 not in written
    assert stored(data_dir, FEVER_DAY).temperature_c == 38.0  # type: ignore[union-attr]


def test_384_over_38_4_never_stores_38_0(qtbot: QtBot, window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_journal(journal_path(data_dir)) as journal:
        journal.save_day(DayRecord(FEVER_DAY, "warm", temperature_c=38.4))
    written = saved_temperatures(window, monkeypatch)
    go_to_day(qtbot, window, FEVER_DAY)
    tab_to_temperature(qtbot, window)
    QTest.keyClicks(focus(), "384")
    qtbot.waitUntil(lambda: not window.autosave.has_pending())
    press(Qt.Key.Key_Tab)
    window.autosave.flush_now()
    assert 38.0 not in written
    assert stored(data_dir, FEVER_DAY).temperature_c == 38.4  # type: ignore[union-attr]
    tab_to_temperature(qtbot, window)
    QTest.keyClicks(focus(), "38.5")  # a complete value is saved
    press(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: stored(data_dir, FEVER_DAY).temperature_c == 38.5)  # type: ignore[union-attr]


def test_switching_day_with_invalid_text_shows_the_other_days_own_value(qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:
    fields = window.journal_features.fields
    assert fields is not None
    go_to_day(qtbot, window, FEVER_DAY)
    tab_to_temperature(qtbot, window)
    QTest.keyClicks(focus(), "375")
    go_to_day(qtbot, window, NEXT_DAY)
    assert fields.temperature.text() == "36.6" and fields.temperature_problem_text() == ""
    assert fields.values().temperature_c == 36.6
    go_to_day(qtbot, window, FEVER_DAY)
    assert fields.temperature.text() == "38.0" and fields.temperature_problem_text() == ""
    qtbot.waitUntil(lambda: not window.autosave.has_pending())
    assert stored(data_dir, FEVER_DAY).temperature_c == 38.0  # type: ignore[union-attr]
    assert stored(data_dir, NEXT_DAY).temperature_c == 36.6  # type: ignore[union-attr]


def test_steady_typing_is_saved_by_the_maximum_wait(qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:
    window.autosave.delay_ms = 60_000  # the pause never comes
    window.autosave.max_wait_ms = 200
    go_to_day(qtbot, window, NEXT_DAY)
    window.editor.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor.editor)
    typed: list[str] = []
    saves: list[str] = []
    window.autosave.saved.connect(lambda edit, _record: saves.append(edit.text or ""))
    keys = QTimer()
    keys.setInterval(40)  # a key every 40 ms, for about a second

    def type_one() -> None:
        if len(typed) >= 25:
            keys.stop()
            return
        typed.append("w")
        QTest.keyClicks(focus(), "w")

    keys.timeout.connect(type_one)
    keys.start()
    qtbot.waitUntil(lambda: not keys.isActive(), timeout=5000)
    assert len(saves) >= 3  # saved while she kept typing, at least every max_wait_ms
    assert all(text and "".join(typed).startswith(text) for text in saves)
    assert stored(data_dir, NEXT_DAY).text == saves[-1]  # type: ignore[union-attr]


def test_a_failed_save_retries_and_says_when_it_succeeded(qtbot: QtBot, window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    assert window.session.is_open()
    real = window.session.write_day
    attempts: list[float] = []

    def busy_twice(edit: DayEdit) -> object:
        attempts.append(time.monotonic())
        if len(attempts) <= 2:
            raise OperationalError("UPDATE entries SET text=? WHERE entries.id = ?", {}, sqlite3.OperationalError("database is locked"))
        return real(edit)

    monkeypatch.setattr(window.session, "write_day", busy_twice)
    failures: list[str] = []
    window.autosave.failed.connect(failures.append)
    go_to_day(qtbot, window, NEXT_DAY)
    window.editor.editor.setFocus()
    QTest.keyClicks(focus(), "kept through two failures")
    with qtbot.waitSignal(window.autosave.recovered, timeout=5000):
        pass
    assert len(attempts) == 3
    assert attempts[1] - attempts[0] >= 0.025 and attempts[2] - attempts[1] >= 0.05  # back-off: 30 ms, then 60 ms
    assert failures == [BUSY, BUSY]
    assert not any(word in message for message in failures for word in ("SQL", "UPDATE", "entries", "locked"))
    assert window.statusBar().currentMessage() == RECOVERED
    assert window.editor.state.text() == "Saved"
    assert stored(data_dir, NEXT_DAY).text == "kept through two failures"  # type: ignore[union-attr]


def test_a_busy_journal_never_freezes_the_window_and_is_saved_once_free(qtbot: QtBot, window: MainWindow, data_dir: Path) -> None:
    window.autosave.retry_delays_ms = (100,)
    other = sqlite3.connect(journal_path(data_dir), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds a write transaction
    try:
        go_to_day(qtbot, window, NEXT_DAY)
        window.editor.editor.setFocus()
        QTest.keyClicks(focus(), "while someone else writes")
        ticks: list[float] = []
        clock = QTimer()
        clock.timeout.connect(lambda: ticks.append(time.monotonic()))
        clock.start(20)
        with qtbot.waitSignal(window.autosave.failed, timeout=15_000) as failure:
            pass  # SQLite waits up to 5 s for the other writer: on the worker, not here
        clock.stop()
        gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:], strict=False)]
        assert len(ticks) > 10 and max(gaps) < 0.5, "the window froze while the journal was busy"
        assert failure.args == [BUSY]
        assert window.statusBar().currentMessage() == BUSY
        assert window.editor.state.text() == "Not saved" and window.editor.text() == "while someone else writes"
    finally:
        other.execute("ROLLBACK")
        other.close()
    with qtbot.waitSignal(window.autosave.recovered, timeout=15_000):
        pass
    assert window.statusBar().currentMessage() == RECOVERED
    assert stored(data_dir, NEXT_DAY).text == "while someone else writes"  # type: ignore[union-attr]


def test_close_saves_what_is_pending_even_mid_retry(qtbot: QtBot, window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.autosave.retry_delays_ms = (60_000,)  # the next retry is far away
    assert window.session.is_open()
    real = window.session.write_day
    calls: list[int] = []

    def fail_once(edit: DayEdit) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise OSError(28, "No space left on device")
        return real(edit)

    monkeypatch.setattr(window.session, "write_day", fail_once)
    go_to_day(qtbot, window, NEXT_DAY)
    window.editor.editor.setFocus()
    QTest.keyClicks(focus(), "the last words")
    with qtbot.waitSignal(window.autosave.failed) as failure:
        pass
    assert failure.args == ["The disk is full. Your words are kept and will be saved as soon as there is room."]
    window.registry[Action.QUIT].trigger()
    assert stored(data_dir, NEXT_DAY).text == "the last words"  # type: ignore[union-attr]


# -- the autosave on its own -------------------------------------------------------------


def test_a_value_the_store_refuses_is_kept_but_not_retried(qtbot: QtBot) -> None:
    from desktop.ui.day.autosave import EditRefusedError

    written: list[DayEdit] = []

    def validate(edit: DayEdit) -> None:
        if edit.text is not None and len(edit.text) > 5:
            raise EditRefusedError("the note is too long")

    autosave = DayAutosave(written.append, validate=validate)
    autosave.retry_delays_ms = (10,)
    with qtbot.waitSignal(autosave.failed) as failure:
        autosave.edit(DayEdit(NEXT_DAY, text="far too long"))
        autosave.save_soon()
    assert failure.args == ["Not saved: the note is too long. Correct it and it will be saved; the rest is kept."]
    with qtbot.assertNotEmitted(autosave.failed, wait=100):
        pass  # no retry: only a new edit can change the answer
    assert autosave.pending(NEXT_DAY) == DayEdit(NEXT_DAY, text="far too long") and written == []
    autosave.edit(DayEdit(NEXT_DAY, text="short"))
    assert autosave.flush_now() and written == [DayEdit(NEXT_DAY, text="short")]
    assert autosave.problem() == ""


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (sqlite3.OperationalError("database is locked"), Problem.BUSY),
        (sqlite3.OperationalError("database or disk is full"), Problem.DISK_FULL),
        (sqlite3.OperationalError("attempt to write a readonly database"), Problem.READ_ONLY),
        (OSError(28, "No space left on device"), Problem.DISK_FULL),
        (sqlite3.DatabaseError("disk I/O error"), Problem.OTHER),
    ],
)
def test_failures_are_told_in_plain_words_never_sql(error: Exception, problem: Problem) -> None:
    from sqlalchemy.exc import DatabaseError

    wrapped = DatabaseError("INSERT INTO entries (date, text) VALUES (?, ?)", ("2026-03-11", "secret words"), error)
    found, detail = classify(wrapped)
    assert found is problem
    message = problem_text(found, detail)
    assert "INSERT" not in message and "secret" not in message and "SQL" not in message
    assert "\n" not in message and len(message) < 300


def test_an_encrypted_journal_is_autosaved_on_the_worker_too(qtbot: QtBot, data_dir: Path, new_window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from desktop.ui.privacy.passphrase_dialogs import AskPassphraseDialog

    secret = "a long enough passphrase"
    open_journal(journal_path(data_dir), secret).close()
    monkeypatch.setattr(AskPassphraseDialog, "get_passphrase", classmethod(lambda cls, *_args, **_kw: secret))
    win = new_window(TODAY, first_run_done=True, activate=True)
    assert win.load() and win.session.is_open()
    win.autosave.delay_ms = 20
    threads: list[int] = []
    real = win.session.write_day

    def on_which_thread(edit: DayEdit) -> object:
        threads.append(threading.get_ident())
        return real(edit)

    monkeypatch.setattr(win.session, "write_day", on_which_thread)
    qtbot.waitUntil(lambda: not win.exchange.runner.is_busy(), timeout=30_000)  # the day's backup, keyed
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    go_to_day(qtbot, win, NEXT_DAY)
    win.editor.editor.setFocus()
    QTest.keyClicks(focus(), "encrypted words")
    qtbot.waitUntil(lambda: bool(threads) and not win.autosave.has_pending(), timeout=10_000)
    assert threading.get_ident() not in threads
    win.close()
    with open_journal(journal_path(data_dir), secret) as journal:
        assert journal.entry(NEXT_DAY).text == "encrypted words"  # type: ignore[union-attr]
