"""Only one window opens a journal at a time.

Two processes writing one SQLite file is safe for SQLite but not for her: two
editors autosaving the same day would overwrite each other's text. The first
instance holds the data folder's lock (``desktop/instance_lock.py``) and
listens on a local socket; a second launch finds the lock taken, asks the
first, over that socket, to bring its window forward, and says that the
journal is already open. Local sockets never leave the machine.

The socket is private: it lives in ``$XDG_RUNTIME_DIR`` (or, when that is
unset or not private, in the data folder, which is 0700), under a name that is
a hash of the data folder and says nothing about who runs the app. Each side
checks the other: the second launch talks only to a socket file owned by its
own user in a folder nobody else can write, and both ends check the peer's
user id on the connection itself (``SO_PEERCRED``/``getpeereid``). A socket
left by a crash is removed before listening when nobody answers on it.
"""

from __future__ import annotations

import os
import stat
import sys
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop import APP_NAME
from desktop.instance_lock import InstanceLock
from desktop.paths import INSTANCE_LOCK_FILE_NAME
from desktop.ui.settings.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # QtNetwork costs ~25 ms to import: not before the first paint (see listen)
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILE_NAME = INSTANCE_LOCK_FILE_NAME
RAISE_MESSAGE = b"raise\n"
ALREADY_OPEN = QT_TRANSLATE_NOOP("SingleInstance", "The journal is already open in another Recovery Journal window.")
CONNECT_TIMEOUT_MS = 1000
STALE_PROBE_MS = 300  # a live instance answers at once; a crashed one's socket refuses at once
RUNTIME_DIR_ENV = "XDG_RUNTIME_DIR"
DATA_DIR_SOCKET_NAME = "instance.sock"
# sockaddr_un holds 104 (macOS) or 108 (Linux) bytes with the final NUL, and Qt binds first to
# "<name>XXXXXX/s" beside the final name (to set its permissions before anyone can connect).
MAX_SOCKET_PATH = 94


def _digest(data_dir: Path) -> str:
    import hashlib  # only when listening or asking: not before the first paint

    return hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]


def is_private_dir(directory: Path, uid: int | None = None) -> bool:
    """A real folder (not a symlink) of this user that no one else can write to or list."""
    if sys.platform == "win32":
        return directory.is_dir()
    try:
        info = directory.lstat()
    except OSError:
        return False
    owner = os.getuid() if uid is None else uid
    return stat.S_ISDIR(info.st_mode) and info.st_uid == owner and not info.st_mode & 0o077


def is_own_socket(path: Path, uid: int | None = None) -> bool:
    """A socket file (not a symlink to one) owned by this user, in a private folder of this user."""
    if sys.platform == "win32":
        return True
    try:
        info = path.lstat()
    except OSError:
        return False
    owner = os.getuid() if uid is None else uid
    return stat.S_ISSOCK(info.st_mode) and info.st_uid == owner and is_private_dir(path.parent, owner)


def socket_path(data_dir: Path) -> Path | None:
    """Where the socket lives (POSIX), or None when no private place has room for its path."""
    runtime = os.environ.get(RUNTIME_DIR_ENV, "")
    candidates = []
    if runtime and Path(runtime).is_absolute() and is_private_dir(Path(runtime)):
        candidates.append(Path(runtime) / f"{APP_NAME}-{_digest(data_dir)}.sock")
    candidates.append(data_dir / DATA_DIR_SOCKET_NAME)  # the data folder is 0700 (ensure_private_dir)
    for candidate in candidates:
        if len(os.fsencode(candidate)) <= MAX_SOCKET_PATH:
            return candidate
    return None


def server_name(data_dir: Path) -> str | None:
    """What QLocalServer listens on: a full socket path on POSIX, a pipe name on Windows."""
    if sys.platform == "win32":
        import getpass
        import hashlib

        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = "user"
        key = "\0".join((user, str(data_dir.resolve())))
        return f"{APP_NAME}-{hashlib.sha256(key.encode()).hexdigest()[:16]}"
    path = socket_path(data_dir)
    return None if path is None else str(path)


def peer_uid(descriptor: int) -> int | None:
    """The user id of the process at the other end of a local socket; None when the system cannot say."""
    if descriptor < 0 or sys.platform == "win32":
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if sys.platform.startswith("linux"):
            import socket  # constants only: no socket is made

            credentials = (ctypes.c_int * 3)()  # struct ucred: pid, uid, gid
            size = ctypes.c_uint32(ctypes.sizeof(credentials))
            option = getattr(socket, "SO_PEERCRED", 17)
            if libc.getsockopt(descriptor, socket.SOL_SOCKET, option, credentials, ctypes.byref(size)) != 0:
                return None
            return int(credentials[1])
        uid, gid = ctypes.c_uint32(), ctypes.c_uint32()
        if libc.getpeereid(descriptor, ctypes.byref(uid), ctypes.byref(gid)) != 0:
            return None
        return int(uid.value)
    except (OSError, AttributeError):
        return None


def _peer_is_us(socket: QLocalSocket) -> bool:
    """Linux and the BSDs name the peer's user; elsewhere the socket's permissions are the check."""
    if sys.platform == "win32":
        return True
    uid = peer_uid(int(socket.socketDescriptor()))
    return uid == os.getuid()


class SingleInstance(QObject):
    """Hold the data dir's instance lock, and hear from later launches.

    ``acquire()`` is True for the first instance, False when another holds the
    lock; it raises ``InstanceLockError`` when the lock cannot be taken at all
    (a full disk, a read-only folder). ``raise_requested`` fires when another
    launch asks it to come forward. A later instance calls
    ``ask_first_instance_to_raise()`` and then quits.
    """

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._lock = InstanceLock(data_dir)
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []  # later launches talking to us; closed on release

    @cached_property
    def name(self) -> str | None:
        return server_name(self.data_dir)

    @property
    def listening(self) -> bool:
        """True once later launches can reach this instance over its socket."""
        return self._server is not None

    def acquire(self, *, listen: bool = True) -> bool:
        """Take the lock; with ``listen=False`` the caller calls ``listen()`` later (after the first paint)."""
        if not self._lock.acquire():
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Hear later launches (after ``acquire``); a launch before this finds the lock and quits quietly."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not self._lock.held or self.name is None:
            return
        if not self._remove_stale_socket():
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.name):
            server.newConnection.connect(self._on_connection)
            self._server = server

    def _remove_stale_socket(self) -> bool:
        """True when the name is free: a socket nobody answers on (a crash's) is removed first."""
        from PySide6.QtNetwork import QLocalServer, QLocalSocket

        assert self.name is not None
        if sys.platform == "win32":
            return True
        path = Path(self.name)
        if not path.parent.is_dir() or not is_private_dir(path.parent):
            return False
        try:
            info = path.lstat()
        except FileNotFoundError:
            return True
        except OSError:
            return False
        if not stat.S_ISSOCK(info.st_mode):
            return False  # not ours to delete: no socket this time, the lock still protects the journal
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        answered = probe.waitForConnected(STALE_PROBE_MS)
        probe.abort()
        if answered:
            return False
        return QLocalServer.removeServer(self.name)

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            client = self._server.nextPendingConnection()
            if not _peer_is_us(client):  # another user's process: not a word of ours
                client.abort()
                client.deleteLater()
                continue
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
        """True when the running instance got the message (it may still not be allowed to take focus).

        Only a socket of her own, answered by a process of her own, is told anything.
        """
        from PySide6.QtNetwork import QLocalSocket

        if self.name is None or (sys.platform != "win32" and not is_own_socket(Path(self.name))):
            return False
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        if not _peer_is_us(socket):
            socket.abort()
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
            self._server.close()  # removes the socket file
            self._server = None
        self._lock.release()
