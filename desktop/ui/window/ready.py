"""``gui --exit-when-ready``: quit the way File ▸ Quit does once the window is ready to use.

Ready means what she waits for before she can write: the journal is open, the
month's marks are painted on the calendar, and the day's editor takes typing.
It is the start-up benchmarks' second yardstick, next to ``--exit-after-first-paint``,
so it ends through ``MainWindow.quit_journal`` (the note flushed, the settings saved,
the journal closed and its WAL checkpointed away) rather than a bare exit that would
leave teardown out of the figure.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from desktop import APP_NAME

if TYPE_CHECKING:
    from desktop.ui.window.main_window import MainWindow

EXIT_BAD_INPUT = 2  # the command line's code for "this cannot be done with what was given"
EXIT_FAULT = 1


class _QuitOnceReady(QObject):
    """Watches the calendar's cells; on their first paint after the journal opened, quits if she could type."""

    def __init__(self, window: MainWindow, app: QApplication) -> None:
        super().__init__(window)
        self._window = window
        self._app = app
        self._cells: QWidget | None = None

    def start(self) -> None:
        """After the first paint: refuse an encrypted journal (nobody is there to type its passphrase), then open."""
        from desktop.store.diagnosis import file_kind

        if file_kind(self._window.session.journal_file) == "encrypted":
            self._fail("--exit-when-ready needs a journal without a passphrase", EXIT_BAD_INPUT)
        elif not self._window.load():
            self._fail("the journal did not open: " + self._window.problem.text(), EXIT_FAULT)

    def watch_cells(self) -> None:
        """The journal opened: the next paint of the month's cells shows its marks."""
        view = self._window.calendar.findChild(QTableView)
        self._cells = view.viewport() if view is not None else self._window.calendar
        self._cells.installEventFilter(self)
        self._cells.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._cells and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._quit_if_ready)
        return False

    def _quit_if_ready(self) -> None:
        editor = self._window.editor.editor
        if not self._window.session.is_open() or not editor.isEnabled() or editor.isReadOnly():
            self._fail("the journal opened, but the day's note does not take typing", EXIT_FAULT)
            return
        self._window.quit_journal()
        if not self._window.isVisible():  # closed: a window still open over it (the first-run welcome) goes too
            self._app.quit()

    def _fail(self, reason: str, code: int) -> None:
        print(f"{APP_NAME}: {' '.join(reason.split())}", file=sys.stderr)
        self._window.quit_journal()
        self._app.exit(code)  # after the quit: the last exit code set is the one exec() returns


def quit_when_ready(window: MainWindow, app: QApplication) -> None:
    """Open the journal now (``run_gui`` calls it once the content is built after the first frame, as a
    normal start opens it then), and quit once the window is ready."""
    watcher = _QuitOnceReady(window, app)
    window.loaded.connect(watcher.watch_cells)
    watcher.start()
