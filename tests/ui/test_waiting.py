"""Waiting for the runner's work as a modal dialog waits: the loop turns, the result or the work's own error comes back."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from desktop.store import JournalError
from desktop.ui.tasks import TaskRunner
from desktop.ui.waiting import wait_for


def test_wait_for_keeps_the_loop_turning_and_returns_the_result(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer

    runner = TaskRunner()
    release = threading.Event()
    beats: list[int] = []
    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: beats.append(1))
    ticker.timeout.connect(lambda: release.set() if len(beats) >= 3 else None)  # the work ends only if the loop turns
    ticker.start()

    def work() -> str:
        assert release.wait(10), "the UI thread was blocked while waiting"
        return "opened"

    assert wait_for(runner, "Opening the journal…", work) == "opened"
    ticker.stop()
    assert len(beats) >= 3
    assert not runner.is_busy()


def test_wait_for_raises_the_work_s_own_exception_on_the_ui_thread(qtbot: QtBot) -> None:
    class Fault(Exception):
        pass

    runner = TaskRunner()

    def work() -> None:
        raise Fault("damaged")

    try:
        wait_for(runner, "Opening the journal…", work)
    except Fault as error:
        assert str(error) == "damaged"
    else:
        raise AssertionError("the work's exception was not raised")


def test_wait_for_after_closing_says_so_as_the_store_s_error(qtbot: QtBot) -> None:
    runner = TaskRunner()
    runner.shut_down()
    try:
        wait_for(runner, "Opening the journal…", lambda: "never")
    except JournalError as error:
        assert "closing" in str(error)
    else:
        raise AssertionError("work was started on a closed runner")



def test_next_turn_returns_after_the_timers_already_due_have_fired(qtbot: QtBot) -> None:
    import time

    from PySide6.QtCore import QTimer

    from desktop.ui.waiting import next_turn

    fired: list[str] = []
    due = QTimer()
    due.setSingleShot(True)
    due.setInterval(1)
    due.timeout.connect(lambda: fired.append("due"))
    due.start()
    time.sleep(0.01)  # a long step: the timer is due before the step ends
    next_turn()
    assert fired == ["due"]


def test_on_next_turn_runs_the_step_later_and_never_once_its_owner_is_gone(qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject

    from desktop.ui.waiting import on_next_turn

    ran: list[str] = []
    owner = QObject()
    on_next_turn(owner, lambda: ran.append("kept"))
    assert ran == []  # not at once
    qtbot.waitUntil(lambda: ran == ["kept"], timeout=2000)
    from shiboken6 import delete

    gone = QObject()
    on_next_turn(gone, lambda: ran.append("gone"))
    delete(gone)  # the window closed before the turn came
    qtbot.wait(50)
    assert ran == ["kept"]
