"""Waiting for work on the runner the way a modal dialog waits: ``wait_for``.

Opening the journal cannot go on without the store's answer (the window has
nothing to show until then), yet deriving a key, connecting and checking the
file take seconds of CPU. ``wait_for`` runs that work on a lane of the ONE
``TaskRunner`` and waits in a local event loop, as ``QDialog.exec`` does: the
window keeps painting and answering, the runner's window-modal busy indicator
appears when it is slow (so nothing half-open is clicked), and the work's own
exception is raised back on the UI thread as it is (a fault keeps its diagnosis).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop

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
