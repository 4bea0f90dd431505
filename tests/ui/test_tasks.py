"""The background task runner: work off the UI thread, results back on it, a busy indicator only when slow."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from desktop.store import JournalError
from desktop.ui.tasks import TaskRunner


def test_work_runs_on_another_thread_and_the_result_comes_back_on_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
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


def test_a_journal_error_reaches_on_error_as_its_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    errors: list[str] = []

    def work() -> None:
        raise JournalError("the file is broken")

    with qtbot.waitSignal(runner.finished):
        runner.run("Working…", work, on_error=errors.append)
    assert errors == ["the file is broken"]


def test_an_unexpected_error_gets_a_plain_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    errors: list[str] = []
    with qtbot.waitSignal(runner.finished):
        runner.run("Working…", lambda: 1 / 0, on_error=errors.append)
    assert errors == ["something went wrong (ZeroDivisionError); nothing was changed"]


def test_the_busy_indicator_appears_only_while_slow_work_goes_on(qtbot) -> None:  # type: ignore[no-untyped-def]
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


def test_a_quiet_job_never_raises_the_busy_indicator_and_slow_work_is_named_over_it(qtbot) -> None:  # type: ignore[no-untyped-def]
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
