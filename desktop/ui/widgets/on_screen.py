"""Keeping a window that grows within the screen: its buttons stay in reach.

Qt sizes a window once; a dialog that grows for a new message (a refused date,
a passphrase mismatch) grows downwards, and a window system does not move it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def keep_on_screen(window: QWidget) -> None:
    """A window that grew downwards past the screen's bottom moves up: its buttons stay in reach.

    Seen at 1024×600 with a large font: the mismatch message pushed Encrypt and
    Cancel below the screen, and a window system does not move a window that grows.
    """
    screen = window.screen()
    if not window.isWindow() or not window.isVisible() or screen is None:
        return
    room = screen.availableGeometry()
    below = window.frameGeometry().bottom() - room.bottom()
    if below > 0:
        window.move(window.x(), max(room.top(), window.y() - below))


def bring_forward(window: object) -> None:
    """What the first instance does when asked: show, un-minimise and raise its window."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    if isinstance(window, QWidget):
        window.show()
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.raise_()
        window.activateWindow()
