"""Waiting for work on the runner the way a modal dialog waits: ``wait_for``.

Opening the journal cannot go on without the store's answer (the window has
nothing to show until then), yet deriving a key, connecting and checking the
file take seconds of CPU. ``wait_for`` runs that work on a lane of the ONE
``TaskRunner`` and waits in a local event loop, as ``QDialog.exec`` does: the
window keeps painting and answering, the runner's window-modal busy indicator
appears when it is slow (so nothing half-open is clicked), and the work's own
exception is raised back on the UI thread as it is (a fault keeps its diagnosis).

``next_turn`` is the same kind of wait for the UI thread's own steps: what
follows the store's answer (making the plan, filling the window, what follows
``opened``) is too much for one slot of the event loop, so each step waits
for the loop to turn once (paint, her keys, timers that are due) before it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QTimer

from desktop.ui.tasks import Lane, TaskRunner


def wait_for(runner: TaskRunner, label: str, work: Callable[[], Any], *, lane: Lane = Lane.JOURNAL) -> Any:
    """``work()``'s result, run on ``runner``'s ``lane``; its exception raised here; the loop turns meanwhile."""
    from desktop.store.errors import JournalError

    outcome: list[tuple[bool, Any]] = []
    loop = QEventLoop()

    def kept() -> tuple[bool, Any]:  # on the worker: the exception itself travels back, not a message
        try:
            return True, work()
        except Exception as error:  # noqa: BLE001 (raised again on the UI thread, below)
            return False, error

    def settle(result: tuple[bool, Any]) -> None:
        outcome.append(result)
        loop.quit()

    # a runner that is closing (quitting) starts nothing: it says so, as the store's error
    runner.run(label, kept, on_done=settle, on_error=lambda message: settle((False, JournalError(message))), lane=lane)
    if not outcome:
        loop.exec()
    done, value = outcome[0]
    if not done:
        raise value
    return value


def next_turn() -> None:
    """Return once the event loop has turned: what was due (a paint, a key, a timer) ran before the next step.

    A real zero-interval timer, not a posted call: timers already due fire before it,
    so a step that took long is followed by the paint and the timers it held up.
    """
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(loop.quit)
    timer.start()
    loop.exec()


def on_next_turn(owner: QObject, step: Callable[[], None]) -> None:
    """Run ``step`` on a later turn of the loop, after the timers already due (``owner`` gone: never)."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(step)
    timer.timeout.connect(timer.deleteLater)
    timer.start()
