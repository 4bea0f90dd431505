"""The background task runner: work off the UI thread, results back on it, a busy indicator only when slow."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.store import JournalError
from desktop.ui.tasks import Lane, TaskControl, TaskRunner


def test_work_runs_on_another_thread_and_the_result_comes_back_on_the_ui_thread(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    threads: dict[str, int] = {}
    results: list[object] = []

    def work() -> int:
        threads["work"] = threading.get_ident()
        return 42

    def done(result: object) -> None:
        threads["done"] = threading.get_ident()
        results.append(result)

    with qtbot.waitSignal(runner.finished):
        runner.run("Working…", work, on_done=done)
    assert results == [42]
    assert threads["work"] != threading.get_ident()
    assert threads["done"] == threading.get_ident()
    assert not runner.is_busy()


def test_a_journal_error_reaches_on_error_as_its_message(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[str] = []

    def work() -> None:
        raise JournalError("the file is broken")

    with qtbot.waitSignal(runner.finished):
        runner.run("Working…", work, on_error=errors.append)
    assert errors == ["the file is broken"]


def test_an_unexpected_error_gets_a_plain_line(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[str] = []
    with qtbot.waitSignal(runner.finished):
        runner.run("Working…", lambda: 1 / 0, on_error=errors.append)
    assert errors == ["something went wrong (ZeroDivisionError); nothing was changed"]


def test_the_busy_indicator_appears_only_while_slow_work_goes_on(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner(parent)
    release = threading.Event()
    runner.run("Exporting…", lambda: release.wait(30))
    progress = runner.progress
    assert progress is not None and not progress.isVisible()  # not at once: quick jobs never flash it
    qtbot.waitUntil(progress.isVisible)
    assert progress.label.text() == "Exporting…"
    with qtbot.waitSignal(runner.finished):
        release.set()
    assert not progress.isVisible()


def test_a_quiet_job_never_raises_the_busy_indicator_and_slow_work_is_named_over_it(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner(parent)
    release = threading.Event()
    runner.run("Saving…", lambda: release.wait(30), quiet=True)  # the autosave, waiting on a busy journal
    with qtbot.assertNotEmitted(runner.finished, wait=600):  # twice the indicator's delay
        pass
    assert not runner.progress.isVisible()
    runner.run("Exporting…", lambda: None)  # queued behind it: this one she asked for
    qtbot.waitUntil(runner.progress.isVisible)
    assert runner.progress.label.text() == "Exporting…"
    release.set()
    qtbot.waitUntil(lambda: not runner.is_busy())
    assert not runner.progress.isVisible()


def _recording_work(log: list[str], name: str, gate: threading.Event | None = None):  # type: ignore[no-untyped-def]
    def work() -> str:
        log.append(f"{name} start")
        if gate is not None:
            assert gate.wait(30)
        log.append(f"{name} end")
        return name

    return work


def test_the_journal_lane_runs_one_job_at_a_time_in_order(qtbot: QtBot) -> None:
    runner = TaskRunner(show_progress=False)
    log: list[str] = []
    gate = threading.Event()
    done: list[str] = []
    runner.run("first", _recording_work(log, "first", gate), on_done=done.append)
    runner.run("second", _recording_work(log, "second"), on_done=done.append)
    qtbot.wait(100)
    assert log == ["first start"]  # the second waits while the first holds the journal
    gate.set()
    qtbot.waitUntil(lambda: len(done) == 2)
    assert log == ["first start", "first end", "second start", "second end"]
    assert done == ["first", "second"]


def test_the_read_lane_runs_beside_a_long_journal_job(qtbot: QtBot) -> None:
    runner = TaskRunner(show_progress=False)
    log: list[str] = []
    gate = threading.Event()
    done: list[str] = []
    runner.run("export", _recording_work(log, "export", gate), on_done=done.append)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.run("check", _recording_work(log, "check"), on_done=done.append, lane=Lane.READ)
    assert done == ["check"]  # the passphrase check did not queue behind the export
    assert runner.is_busy(Lane.JOURNAL) and not runner.is_busy(Lane.READ)
    gate.set()
    qtbot.waitUntil(lambda: not runner.is_busy())
    assert done == ["check", "export"]


def test_the_indicator_stays_hidden_for_quick_work_and_shows_past_the_threshold(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner(parent, progress_delay_ms=150)
    shown: list[bool] = []
    runner.indicator_shown.connect(lambda: shown.append(True))
    with qtbot.waitSignal(runner.finished):
        runner.run("Quick…", lambda: 1)
    qtbot.wait(400)  # well past the threshold: a quick job never flashes it
    assert shown == [] and not runner.progress.isVisible()

    release = threading.Event()
    runner.run("Slow…", lambda: release.wait(30))
    qtbot.wait(50)
    assert not runner.progress.isVisible()  # not before the threshold
    qtbot.waitUntil(runner.progress.isVisible, timeout=2000)
    assert shown == [True] and runner.progress.label.text() == "Slow…"
    assert not runner.progress.buttons.isVisible()  # nothing to cancel: one transaction, all or nothing
    with qtbot.waitSignal(runner.finished):
        release.set()
    assert not runner.progress.isVisible()


def test_cancellable_work_shows_its_progress_and_cancel_stops_it(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner(parent, progress_delay_ms=50)
    outcome: list[str] = []
    halfway = threading.Event()

    def work(control: TaskControl) -> str:
        for step in range(1000):
            control.check()
            control.report(step, 1000)
            if step == 500:
                halfway.set()
            threading.Event().wait(0.005)
        return "finished"

    runner.run_cancellable(
        "Importing…", work, on_done=outcome.append, on_error=outcome.append, on_cancelled=lambda: outcome.append("cancelled")
    )
    qtbot.waitUntil(runner.progress.isVisible, timeout=3000)
    assert runner.progress.buttons.isVisible()
    qtbot.waitUntil(lambda: runner.progress.bar.maximum() == 1000 and runner.progress.bar.value() > 0, timeout=5000)
    assert halfway.wait(30)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        QTest.keyClick(runner.progress, Qt.Key.Key_Escape)  # Escape is Cancel here
    assert outcome == ["cancelled"]
    assert not runner.progress.isVisible()


def test_closing_waits_for_running_work_and_drops_cancellable_work_still_queued(qtbot: QtBot) -> None:
    runner = TaskRunner(show_progress=False)
    log: list[str] = []
    gate = threading.Event()
    cancelled: list[str] = []
    runner.run("save", _recording_work(log, "save", gate))
    runner.run_cancellable("search", lambda _control: log.append("search ran"), on_cancelled=lambda: cancelled.append("search"))
    threading.Timer(0.3, gate.set).start()
    assert runner.shut_down(10_000)  # blocks until the save has finished
    assert log == ["save start", "save end"]  # the queued search never ran against the closing journal
    qtbot.waitUntil(lambda: not runner.is_busy())
    assert cancelled == ["search"]

    errors: list[str] = []
    with qtbot.waitSignal(runner.finished):
        runner.run("late save", _recording_work(log, "late"), on_error=errors.append)
    assert "late start" not in log  # nothing new starts once the journal is closing
    assert errors == ["the journal is closing; nothing was changed"]


def test_drain_asks_running_cancellable_work_to_stop_and_waits_for_it(qtbot: QtBot) -> None:
    runner = TaskRunner(show_progress=False)
    started = threading.Event()
    stopped: list[str] = []

    def work(control: TaskControl) -> None:
        started.set()
        while True:
            control.check()
            threading.Event().wait(0.01)

    runner.run_cancellable("import", work, on_cancelled=lambda: stopped.append("import"))
    assert started.wait(10)
    assert runner.drain(Lane.JOURNAL, 10_000)
    qtbot.waitUntil(lambda: stopped == ["import"])
    ran: list[int] = []
    with qtbot.waitSignal(runner.finished):  # drained, not shut: the next open's work runs
        runner.run("next", lambda: 7, on_done=ran.append)
    assert ran == [7]


def test_the_keyboard_goes_back_to_the_window_when_the_busy_indicator_hides(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout

    window = QWidget()
    field = QLineEdit()
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    runner = TaskRunner(window, progress_delay_ms=10)
    release = threading.Event()
    runner.run("Opening the journal…", lambda: release.wait(10))
    qtbot.waitUntil(runner.progress.isVisible)
    qtbot.waitUntil(runner.progress.isActiveWindow)  # the indicator took the keyboard
    with qtbot.waitSignal(runner.finished):
        release.set()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    QTest.keyClicks(QApplication.focusWidget(), "typed at once")
    assert field.text() == "typed at once"
