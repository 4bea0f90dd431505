"""The window's first frame: the main window's shell, painted before its content is imported.

Importing the window's parts (the calendar, the milestone list, the note, the
article, the menus) and building them took ~150 ms before the first frame,
most of it PySide6 making Python enums for every Qt class they touch
(``docs/performance.md``, budget 1). ``run_gui`` paints this shell first: the
real top-level window, at her saved place and size, in her theme (the
application already has it), with only the window's background where the panes
will be. Right after that frame the content is built into the same window
(``MainWindow.build``), so the window itself never moves or changes size.

This module imports nothing of the journal, the store or the window's parts:
a test checks that in a fresh interpreter.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop import APP_DISPLAY_NAME
from desktop.ui.window.fit_screen import DEFAULT_SIZE, fit_to_screen
from desktop.ui.window.window_state import restore_geometry, save_geometry


class WindowShell(QMainWindow):
    """The top-level window before its content: title, her geometry, the status line, a quiet background."""

    first_painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._painted = False
        self._built = False  # MainWindow.build made the content
        self._quitting = False  # Quit (menu or tray) closes for real, even when closing would hide to the tray
        self._may_ask_on_close = True  # False on SIGTERM/SIGHUP: nobody is there to answer
        self.settings = QSettings()
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.resize(DEFAULT_SIZE)
        self.statusBar()  # always there: made with the first message, it pushed the whole layout up ~22 px
        placeholder = QWidget()  # the window's own background where the panes will be: nothing half-made shows
        placeholder.setObjectName("windowShell")
        self.setCentralWidget(placeholder)
        restore_geometry(self, self.settings)
        fit_to_screen(self)  # also a size saved on a larger screen

    def is_built(self) -> bool:
        """Whether the content (calendar, note, article, menus) is in the window yet."""
        return self._built

    def quit_journal(self) -> None:
        """File ▸ Quit and the tray's Quit: save and close for real, also when closing would hide to the tray.

        From the first frame on: a quit (or logout) before the content came closes the shell the same way.
        """
        self._quitting = True
        closed = self.close()
        self._quitting = False
        if closed and not QApplication.quitOnLastWindowClosed():  # hidden in the tray: no "last window" to close
            QApplication.quit()

    def quit_on_signal(self) -> None:
        """SIGTERM or SIGHUP (logout, shutdown): save what is pending as Quit does, then go, asking nothing."""
        self._may_ask_on_close = False
        self.quit_journal()
        QApplication.quit()  # also when a dialog is open or the window was already hidden

    def close_shell(self, event: QCloseEvent) -> None:
        """Closed before the content came: only the geometry is saved (the panes' sizes are left as they were)."""
        save_geometry(self, self.settings)
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
