"""Slow work (export, import, backup, restore) off the UI thread, with a progress indicator.

One small helper, as Anki's ``taskman`` does it: :meth:`TaskRunner.run` hands a
plain function to a single worker thread (a ``QThreadPool`` of one, so two
jobs on the journal never run at once) and reports back on the UI thread
through a Qt signal. The function must open its own journal connection (a
SQLAlchemy session is never shared across threads): pass it an opener. If the
work is still running after ``PROGRESS_DELAY_MS``, a busy progress dialog
appears, so quick jobs never flash one.

Usage::

    runner = TaskRunner(window)
    runner.run("Exporting…", lambda: export_file(opener, request), on_done=..., on_error=...)

``on_error`` gets one line meant for the user: the message of a JournalError
(every store/exchange error is one), or a generic line for anything else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

PROGRESS_DELAY_MS = 300

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the UI thread; the worker emits through it, so the slots run on the UI thread."""

    succeeded = Signal(int, object)  # job number, result
    failed = Signal(int, str)  # job number, message for the user


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._number = number
        self._work = work
        self._relay = relay

    def run(self) -> None:
        from desktop.store import JournalError

        try:
            result = self._work()
        except JournalError as error:
            self._relay.failed.emit(self._number, str(error))
        except Exception as error:  # a bug, or the disk: never let the worker die silently
            log.exception("background task failed")  # the traceback names code, never her data
            message = QCoreApplication.translate("TaskRunner", "something went wrong ({error}); nothing was changed")
            self._relay.failed.emit(self._number, message.format(error=type(error).__name__))
        else:
            self._relay.succeeded.emit(self._number, result)


class BusyIndicator(QDialog):
    """A small window-modal "please wait" with an indeterminate bar and no cancel button.

    There is no cancel: every job is one transaction (or one file written under
    a temporary name), so it completes or changes nothing. Shown only by the
    runner's timer; unlike QProgressDialog it has no show timer of its own.
    """

    def __init__(self, label: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Please wait"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = QLabel(label)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setAccessibleName(label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(bar)

    def reject(self) -> None:  # Escape must not hide the only sign that work is going on
        pass


class TaskRunner(QObject):
    """Runs one job at a time on a worker thread; see the module docstring."""

    started = Signal(str)
    finished = Signal()  # after on_done / on_error ran

    def __init__(self, parent_widget: QWidget | None = None, *, show_progress: bool = True) -> None:
        """``show_progress=False``: the caller shows its own busy sign in place (a passphrase check)."""
        super().__init__(parent_widget)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._pending: dict[int, tuple[str, Callable[[Any], None] | None, Callable[[str], None] | None]] = {}
        self._quiet: set[int] = set()  # jobs she did not start (autosave): no "please wait" for them
        self._next_number = 0
        self.progress = BusyIndicator("", parent_widget)
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        if show_progress:
            self._progress_timer.timeout.connect(self.progress.show)

    def is_busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        label: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        *,
        quiet: bool = False,
    ) -> None:
        """Queue ``work``; ``on_done(result)`` or ``on_error(message)`` runs on the UI thread after it.

        ``quiet`` jobs (the autosave, which she did not ask for and which may wait on
        a busy journal) never raise the window-modal "please wait": it would block her typing.
        """
        self._next_number += 1
        self._pending[self._next_number] = (label, on_done, on_error)
        if quiet:
            self._quiet.add(self._next_number)
        elif not self._progress_timer.isActive() and not self.progress.isVisible():
            self._progress_timer.start(PROGRESS_DELAY_MS)
        self._show_label()
        self.started.emit(label)
        self._pool.start(_Job(self._next_number, work, self._relay))

    def _settle(self, number: int) -> tuple[Callable[[Any], None] | None, Callable[[str], None] | None]:
        _label, on_done, on_error = self._pending.pop(number)
        self._quiet.discard(number)
        if not self._show_label():
            self._progress_timer.stop()
            self.progress.hide()
        return on_done, on_error

    def _show_label(self) -> bool:
        """The first job she is waiting for names the busy indicator; False when there is none."""
        label = next((job[0] for number, job in self._pending.items() if number not in self._quiet), None)
        if label is not None:
            self.progress.label.setText(label)
        return label is not None

    def _on_succeeded(self, number: int, result: object) -> None:
        on_done, _on_error = self._settle(number)
        if on_done is not None:
            on_done(result)
        self.finished.emit()

    def _on_failed(self, number: int, message: str) -> None:
        _on_done, on_error = self._settle(number)
        if on_error is not None:
            on_error(message)
        self.finished.emit()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (for closing the window and for tests)."""
        return self._pool.waitForDone(msecs)
