"""SQLite's check of the journal file, run on the task runner once the window is ready.

Opening used to run ``PRAGMA quick_check`` before the window was filled: at
100,000 pages that was about a fifth of the time until she could write (and a
second under load). The session now opens without it, and this runs the same
check on the runner's read lane shortly after each open, on a connection of its
own (``store/opening.py`` ``check_journal``), so her reads and saves never wait
for it and a quit stops it at once.

When it finds damage she is told as at open (``window/opening.py``: the
diagnosis's message, the backup offered once when there is one), never as a
wrong passphrase. What she typed meanwhile is written first, so it is in the
file a restore keeps aside; if it cannot be written, the journal stays open and
her words stay pending in the autosave, which keeps trying.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop.ui.tasks import Lane, TaskControl, TaskRunner

if TYPE_CHECKING:
    from desktop.store.diagnosis import Diagnosis
    from desktop.ui.session import JournalSession
    from desktop.ui.window.opening import JournalOpening

CHECK_DELAY_MS = 1000  # after the open: the month's marks, the day and the day's backup come first


class FileCheck(QObject):
    """Checks the file each time the journal opens; says what it found only about the file still open."""

    def __init__(
        self, session: JournalSession, tasks: TaskRunner, opening: JournalOpening, delay_ms: int = CHECK_DELAY_MS
    ) -> None:
        super().__init__(opening)
        self._session = session
        self._tasks = tasks
        self._opening = opening
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._check)
        opening.opened.connect(self._timer.start)

    def _check(self) -> None:
        if not self._session.is_open() or not self._tasks.accepting:
            return
        token, check = self._session.check_file()

        def work(control: TaskControl) -> Diagnosis | None:
            return check(lambda: control.cancelled)

        self._tasks.run_cancellable(
            QCoreApplication.translate("FileCheck", "Checking the journal file…"),
            work,
            on_done=lambda found: self._found(token, found),
            quiet=True,  # she did not ask for it: no "please wait"
            lane=Lane.READ,  # its own connection: saves on the journal lane never queue behind it
        )

    def _found(self, token: object, diagnosis: Diagnosis | None) -> None:
        if diagnosis is None or not self._session.still_open(token):
            return  # sound, stopped, or about a file closed since (a restore or import replaced it)
        if self._session.autosave.flush_now():  # her last words into the file first
            self._tasks.drain(Lane.JOURNAL)
            self._session.close()
        self._opening.show_fault(diagnosis)
