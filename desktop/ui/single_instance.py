"""Only one window opens a journal at a time.

Two processes writing one SQLite file is safe for SQLite but not for her: two
editors autosaving the same day would overwrite each other's text. The first
instance holds a ``QLockFile`` in the data dir (a crashed instance's lock is
recognised as stale by its process id) and listens on a local socket named
for this user and this data dir; a second launch finds the lock taken, asks
the first, over that socket, to bring its window forward, and says that the
journal is already open. Local sockets never leave the machine.
"""

from __future__ import annotations

import getpass
import os
import sys
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from desktop import APP_NAME
from desktop.paths import INSTANCE_LOCK_FILE_NAME
from desktop.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # QtNetwork costs ~25 ms to import: not before the first paint (see listen)
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILE_NAME = INSTANCE_LOCK_FILE_NAME
RAISE_MESSAGE = b"raise\n"
ALREADY_OPEN = QT_TRANSLATE_NOOP("SingleInstance", "The journal is already open in another Recovery Journal window.")
CONNECT_TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    """Per user and per data dir, so two users (or two journals) never meet."""
    import hashlib  # only when listening or asking: not before the first paint

    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    safe_user = "".join(c for c in user if c.isalnum()) or "user"
    return f"{APP_NAME}-{safe_user}-{digest}"


class SingleInstance(QObject):
    """Hold the data dir's instance lock, and hear from later launches.

    ``acquire()`` is True for the first instance; ``raise_requested`` fires
    when another launch asks it to come forward. A later instance calls
    ``ask_first_instance_to_raise()`` and then quits.
    """

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._lock = QLockFile(str(data_dir / LOCK_FILE_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []  # later launches talking to us; closed on release

    @cached_property
    def name(self) -> str:
        return server_name(self.data_dir)

    def acquire(self, *, listen: bool = True) -> bool:
        """Take the lock; with ``listen=False`` the caller calls ``listen()`` later (after the first paint)."""
        from desktop.paths import ensure_private_dir

        ensure_private_dir(self.data_dir)
        old_umask = os.umask(0o077)
        try:
            if not self._lock.tryLock(0):
                # Only a lock another window holds means "already open". A lock file that cannot be made
                # (a read-only folder, a full disk) must not keep her out: the journal then opens
                # read-only or says the disk is full, and nothing can be written twice.
                return self._lock.error() != QLockFile.LockError.LockFailedError
        finally:
            os.umask(old_umask)
        if sys.platform != "win32":
            os.chmod(self.data_dir / LOCK_FILE_NAME, 0o600)
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Hear later launches (after ``acquire``); a launch before this finds the lock and quits quietly."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a crashed instance's socket; we hold the lock now
        if server.listen(self.name):
            server.newConnection.connect(self._on_connection)
            self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            client = self._server.nextPendingConnection()
            self._clients.append(client)
            client.readyRead.connect(self._on_ready_read)
            if client.bytesAvailable():
                self._read(client)

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        client = self.sender()
        if isinstance(client, QLocalSocket):
            self._read(client)

    def _read(self, client: QLocalSocket) -> None:
        if bytes(client.readAll().data()).startswith(RAISE_MESSAGE.strip()):
            self.raise_requested.emit()

    def ask_first_instance_to_raise(self) -> bool:
        """True when the running instance got the message (it may still not be allowed to take focus)."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(RAISE_MESSAGE)
        delivered = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return delivered

    def release(self) -> None:
        for client in self._clients:
            client.readyRead.disconnect(self._on_ready_read)
            client.abort()
        self._clients = []
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()


def bring_forward(window: object) -> None:
    """What the first instance does when asked: show, un-minimise and raise its window."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    if isinstance(window, QWidget):
        window.show()
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.raise_()
        window.activateWindow()
