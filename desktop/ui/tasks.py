"""The window's one task runner: slow work off the UI thread, in two lanes, with a busy indicator.

Why two lanes. SQLite lets one writer at a time touch the journal file, and a
conversion, a backup or an import must never overlap another job on it; but
checking a passphrase against a backup, or counting the pages of 21 encrypted
backups, never touches the journal and must not queue behind a long export.

- ``Lane.JOURNAL``: serial, one job at a time. Every call that touches the
  journal file: SQL (search, autosave, export), conversions, backups, imports.
- ``Lane.READ``: also serial, but beside the journal lane: file scans and key
  derivation against *other* files (the backups, a passphrase check).

As Anki's ``taskman`` does it, :meth:`TaskRunner.run` hands a plain function
to the lane's worker thread and reports back on the UI thread (``on_done`` or
``on_error`` run there, through a queued Qt signal). A worker never shares the
window's SQLAlchemy session: pass it an opener, or a ``Journal`` method (each
one is a session of its own).

If work she waits for is still running after ``progress_delay_ms`` (~300 ms),
a busy indicator appears, so quick jobs never flash one. Work started with
:meth:`TaskRunner.run_cancellable` gets a :class:`TaskControl`: it reports
progress (the indicator shows a bar) and checks ``cancelled`` (the indicator
offers Cancel); it stops by raising :class:`TaskCancelledError`.

Closing the journal or quitting calls :meth:`TaskRunner.shut_down` (or
:meth:`wait`): queued cancellable work is dropped, running cancellable work is
asked to stop, and everything still running is waited for, so no work runs
against a closed journal.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for_futures
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

PROGRESS_DELAY_MS = 300
PROGRESS_REPORT_INTERVAL_S = 0.05  # a worker reports progress at most this often: the UI thread stays free

log = logging.getLogger(__name__)


class Lane(Enum):
    JOURNAL = "journal"  # every call that touches the journal file, one at a time
    READ = "read"  # other files: backups listed, passphrases checked against them


class TaskCancelledError(Exception):
    """Raised by cancellable work when it sees ``TaskControl.cancelled``: it stopped and changed nothing."""


class _Relay(QObject):
    """Lives on the UI thread; workers emit through it, so the slots run on the UI thread."""

    succeeded = Signal(int, object)  # task number, result
    failed = Signal(int, str)  # task number, message for the user
    cancelled = Signal(int)
    progressed = Signal(int, int, int)  # task number, done, total


class TaskControl:
    """What cancellable work is handed: whether to stop, and where to report how far it is."""

    def __init__(self, number: int, relay: _Relay) -> None:
        self._number = number
        self._relay = relay
        self._cancel = threading.Event()
        self._last_report = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise :class:`TaskCancelledError` when she cancelled: call between steps."""
        if self._cancel.is_set():
            raise TaskCancelledError

    def report(self, done: int, total: int) -> None:
        """``done`` of ``total`` steps; sent to the UI thread at most every 50 ms (and always the last)."""
        now = time.monotonic()
        if done >= total or now - self._last_report >= PROGRESS_REPORT_INTERVAL_S:
            self._last_report = now
            self._relay.progressed.emit(self._number, done, total)


@dataclass
class _Task:
    label: str
    lane: Lane
    on_done: Callable[[Any], None] | None
    on_error: Callable[[str], None] | None
    on_cancelled: Callable[[], None] | None
    quiet: bool
    control: TaskControl | None
    future: Future[None] | None = field(default=None)


def _closing_text() -> str:
    return QCoreApplication.translate("TaskRunner", "the journal is closing; nothing was changed")


def _failure_text(error: Exception) -> str:
    """One line for her: a store or exchange error's own message, else a plain line naming only the kind."""
    if any(kind.__name__ == "JournalError" for kind in type(error).__mro__):
        return str(error)
    log.error("background task failed", exc_info=error)  # the traceback names code, never her data
    message = QCoreApplication.translate("TaskRunner", "something went wrong ({error}); nothing was changed")
    return message.format(error=type(error).__name__)


class BusyIndicator(QDialog):
    """A small window-modal "please wait": a bar (moving, or how far a cancellable job is) and maybe Cancel.

    Work that cannot be cancelled has no Cancel button: every such job is one
    transaction (or one file written under a temporary name), so it completes
    or changes nothing. Shown only by the runner's timer.
    """

    cancel_requested = Signal()

    def __init__(self, label: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Please wait"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = QLabel(label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.cancel_requested)
        self.buttons.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)

    def show_task(self, label: str, cancellable: bool) -> None:
        self.label.setText(label)
        self.bar.setAccessibleName(label)
        self.buttons.setVisible(cancellable)

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))

    def reject(self) -> None:
        """Escape cancels what can be cancelled; it never hides the only sign that work is going on."""
        if self.buttons.isVisible():
            self.cancel_requested.emit()


def _stop_lanes(lanes: list[ThreadPoolExecutor]) -> None:
    for lane in lanes:
        lane.shutdown(wait=False)


class TaskRunner(QObject):
    """The journal lane and the read lane, results on the UI thread; see the module docstring."""

    started = Signal(str)
    finished = Signal()  # after on_done / on_error / on_cancelled ran
    indicator_shown = Signal()

    def __init__(
        self,
        parent_widget: QWidget | None = None,
        *,
        show_progress: bool = True,
        progress_delay_ms: int = PROGRESS_DELAY_MS,
    ) -> None:
        """``show_progress=False``: the caller shows its own busy sign in place (a passphrase check)."""
        super().__init__(parent_widget)
        self._lanes = {lane: ThreadPoolExecutor(1, thread_name_prefix=f"rj-{lane.value}") for lane in Lane}
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._relay.cancelled.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)
        self._relay.progressed.connect(self._on_progressed, Qt.ConnectionType.QueuedConnection)
        self._tasks: dict[int, _Task] = {}
        self._next_number = 0
        self._closed = False
        self._show_progress = show_progress
        self.progress = BusyIndicator("", parent_widget)
        self.progress.cancel_requested.connect(self.cancel_shown)
        self._shown_over: QWidget | None = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(progress_delay_ms)
        self._progress_timer.timeout.connect(self._show_indicator)
        lanes = list(self._lanes.values())  # idle threads end with their runner, not at exit
        self.destroyed.connect(lambda *_args: _stop_lanes(lanes))

    # -- asking ------------------------------------------------------------------------

    def run(
        self,
        label: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        *,
        quiet: bool = False,
        lane: Lane = Lane.JOURNAL,
    ) -> int:
        """Queue ``work`` on ``lane``; ``on_done(result)`` or ``on_error(message)`` runs on the UI thread after it.

        ``quiet`` jobs (the autosave, which she did not ask for and which may wait on
        a busy journal; a search) never raise the window-modal "please wait": it
        would block her typing. Returns the task's number (for :meth:`cancel`).
        """
        return self._start(label, lambda _control: work(), on_done, on_error, None, quiet=quiet, lane=lane, control=False)

    def run_cancellable(
        self,
        label: str,
        work: Callable[[TaskControl], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        *,
        quiet: bool = False,
        lane: Lane = Lane.JOURNAL,
    ) -> int:
        """As :meth:`run`, but ``work(control)`` may report progress and stop when cancelled.

        Cancelled before it started, it never runs; ``on_cancelled`` is called either way.
        """
        return self._start(label, work, on_done, on_error, on_cancelled, quiet=quiet, lane=lane, control=True)

    def _start(
        self,
        label: str,
        work: Callable[[TaskControl], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[str], None] | None,
        on_cancelled: Callable[[], None] | None,
        *,
        quiet: bool,
        lane: Lane,
        control: bool,
    ) -> int:
        self._next_number += 1
        number = self._next_number
        task = _Task(label, lane, on_done, on_error, on_cancelled, quiet, TaskControl(number, self._relay) if control else None)
        self._tasks[number] = task
        if self._closed:  # quitting: nothing new may start against the journal
            if control:
                QTimer.singleShot(0, self, lambda: self._relay.cancelled.emit(number))
            else:
                QTimer.singleShot(0, self, lambda: self._relay.failed.emit(number, _closing_text()))
            return number
        if not quiet and self._show_progress and not self._progress_timer.isActive() and not self.progress.isVisible():
            self._progress_timer.start()
        self._name_indicator()
        self.started.emit(label)
        task.future = self._lanes[lane].submit(self._work, number, work, task.control)
        return number

    def _work(self, number: int, work: Callable[[TaskControl], Any], control: TaskControl | None) -> None:
        """Runs on the lane's thread: never raises, always reports exactly once."""
        if control is not None and control.cancelled:
            self._relay.cancelled.emit(number)
            return
        try:
            result = work(control or TaskControl(number, self._relay))
        except TaskCancelledError:
            self._relay.cancelled.emit(number)
        except Exception as error:  # a bug, or the disk: never let the worker die silently
            self._relay.failed.emit(number, _failure_text(error))
        else:
            self._relay.succeeded.emit(number, result)

    # -- state -------------------------------------------------------------------------

    def is_busy(self, lane: Lane | None = None) -> bool:
        return any(lane is None or task.lane is lane for task in self._tasks.values())

    def cancel(self, number: int) -> None:
        """Ask a cancellable task to stop (it never starts if it has not); others run to their end."""
        task = self._tasks.get(number)
        if task is not None and task.control is not None:
            task.control.cancel()

    def cancel_shown(self) -> None:
        """The indicator's Cancel: every cancellable task she is waiting for."""
        for task in self._tasks.values():
            if task.control is not None and not task.quiet:
                task.control.cancel()

    def wait(self, msecs: int = -1, lane: Lane | None = None) -> bool:
        """Block until the lane (or both) has no work running or queued; False if ``msecs`` ran out.

        The results' callbacks run afterwards, on the UI thread's next turn.
        """
        futures = [t.future for t in self._tasks.values() if t.future is not None and (lane is None or t.lane is lane)]
        done, not_done = wait_for_futures(futures, timeout=None if msecs < 0 else msecs / 1000)
        return not not_done

    def drain(self, lane: Lane | None = Lane.JOURNAL, msecs: int = -1) -> bool:
        """Before the journal closes: cancel what can be cancelled on ``lane``, wait for the rest.

        Work that cannot be cancelled (a save, a backup, a conversion) runs to its end:
        it is one transaction, and stopping it half-way would gain nothing.
        """
        for task in self._tasks.values():
            if task.control is not None and (lane is None or task.lane is lane):
                task.control.cancel()
        return self.wait(msecs, lane)

    def shut_down(self, msecs: int = -1) -> bool:
        """Quitting: refuse new work from now on, then :meth:`drain` both lanes."""
        self._closed = True
        return self.drain(None, msecs)

    @property
    def accepting(self) -> bool:
        return not self._closed

    # -- results, on the UI thread -------------------------------------------------------

    def _settle(self, number: int) -> _Task | None:
        task = self._tasks.pop(number, None)
        if self._name_indicator() is None:
            self._progress_timer.stop()
            self._hide_indicator()
        return task

    def _hide_indicator(self) -> None:
        """Her window had the keyboard when the indicator came up: it gets it back (her next key goes there).

        Not when she went to another application meanwhile (another window is active).
        """
        owner, shown_over = self.progress.parentWidget(), self._shown_over
        self._shown_over = None
        self.progress.hide()
        still_ours = QApplication.activeWindow() in (None, self.progress)
        if owner is not None and owner.isVisible() and shown_over is owner.window() and still_ours:
            owner.activateWindow()

    def _name_indicator(self) -> _Task | None:
        """The first task she is waiting for names the busy indicator; None when there is none."""
        waited = next((task for task in self._tasks.values() if not task.quiet), None)
        if waited is not None:
            self.progress.show_task(waited.label, waited.control is not None)
        return waited

    def _show_indicator(self) -> None:
        if self._name_indicator() is not None:
            self._shown_over = QApplication.activeWindow()  # who had the keyboard: it gets it back after
            self.progress.show()
            self.indicator_shown.emit()

    def _on_progressed(self, number: int, done: int, total: int) -> None:
        if number in self._tasks and self._name_indicator() is self._tasks[number]:
            self.progress.show_progress(done, total)

    def _on_succeeded(self, number: int, result: object) -> None:
        task = self._settle(number)
        if task is not None and task.on_done is not None:
            task.on_done(result)
        self.finished.emit()

    def _on_failed(self, number: int, message: str) -> None:
        task = self._settle(number)
        if task is not None and task.on_error is not None:
            task.on_error(message)
        self.finished.emit()

    def _on_cancelled(self, number: int) -> None:
        task = self._settle(number)
        if task is not None and task.on_cancelled is not None:
            task.on_cancelled()
        self.finished.emit()
