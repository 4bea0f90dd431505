"""SIGTERM and SIGHUP (logout, shutdown, a closed terminal) reach the window as a Qt signal.

Python runs a signal handler only when the interpreter gets control, and
while Qt's event loop waits in C it may never do so: without this bridge the
process died at once and the last words typed were lost, though Ctrl+Q saved
them. ``signal.set_wakeup_fd`` makes the C-level handler write the signal's
number into a pipe; a ``QSocketNotifier`` wakes the event loop on it, and
``received`` is emitted there, on the UI thread, where saving is safe. A pipe,
not a socket: nothing here opens a network endpoint of any kind.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def _ignore_here(_signum: int, _frame: FrameType | None) -> None:
    """The Python-level handler does nothing: the pipe carries the signal to the event loop."""


class QuitSignals(QObject):
    """Install with ``QuitSignals()`` (main thread only); ``close()`` puts the previous handlers back."""

    received = Signal(int)  # the signal's number, on the UI thread

    def __init__(self, signals: Iterable[signal.Signals] = QUIT_SIGNALS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = frozenset(int(number) for number in signals)
        self._read_fd, self._write_fd = os.pipe()
        for fd in (self._read_fd, self._write_fd):
            os.set_blocking(fd, False)
            os.set_inheritable(fd, False)
        self._previous_fd = signal.set_wakeup_fd(self._write_fd, warn_on_full_buffer=False)
        self._previous: dict[int, Any] = {number: signal.signal(number, _ignore_here) for number in self._signals}
        self._notifier = QSocketNotifier(self._read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            numbers = os.read(self._read_fd, 512)
        except BlockingIOError:
            return
        for number in numbers:
            if number in self._signals:
                self.received.emit(number)

    def close(self) -> None:
        """Give the process back its previous handlers and wake-up descriptor."""
        if self._read_fd < 0:
            return
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        os.close(self._read_fd)
        os.close(self._write_fd)
        self._read_fd = self._write_fd = -1
