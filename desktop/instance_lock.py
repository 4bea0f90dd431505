"""The data folder's lock: one program at a time has the journal open for changes as a whole.

The window holds it while the journal is open; ``passphrase set/change/remove``
holds it while converting the file, so the window cannot open a journal that
is being swapped underneath it (and the conversion waits for the window).

It is an operating-system lock on ``<data dir>/instance.lock`` (``flock`` on
POSIX, ``msvcrt.locking`` on Windows): the system lets go when the process
ends, even in a crash, so there is no stale lock to recognise, and taking it
writes nothing, so a full disk does not stop it once the file exists. No Qt:
the CLI takes it too.

Only a lock that another process holds means "the journal is open
elsewhere". Anything else that goes wrong (a full disk, a read-only folder, a
permission) is an :class:`InstanceLockError` that says what happened: never
misreported as "already open".
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from desktop.paths import INSTANCE_LOCK_FILE_NAME, ensure_private_dir

REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the data folder is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EDQUOT: "the disk quota is used up",
    errno.ENOENT: "the data folder does not exist",
}


class InstanceLockError(Exception):
    """The lock could not be taken for a reason other than another program holding it."""

    def __init__(self, directory: Path, error: OSError) -> None:
        self.errno = error.errno
        reason = REASONS.get(error.errno or 0) or error.strerror or str(error)
        super().__init__(f"cannot take the journal's lock in {directory}: {reason}")


def _held_elsewhere(error: OSError) -> bool:
    if sys.platform == "win32":
        return error.errno in (errno.EACCES, errno.EDEADLK)
    return error.errno in (errno.EWOULDBLOCK, errno.EAGAIN)


class InstanceLock:
    """``acquire()`` is True when taken, False when another program holds it; other failures raise."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / INSTANCE_LOCK_FILE_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        if self._fd is not None:
            return True
        try:
            ensure_private_dir(self.data_dir)
        except OSError as error:
            if not self.data_dir.is_dir():  # a folder we cannot tighten (read-only) still holds a lock
                raise InstanceLockError(self.data_dir, error) from None
        fd = self._open()
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                os.fchmod(fd, 0o600)  # a lock file from an older version may be 0644
        try:
            _lock(fd)
        except OSError as error:
            os.close(fd)
            if _held_elsewhere(error):
                return False
            raise InstanceLockError(self.data_dir, error) from None
        self._fd = fd
        return True

    def _open(self) -> int:
        """Create the lock file 0600; when it cannot be created or written, an existing one locks read-only."""
        flags = os.O_CREAT | os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        old_umask = os.umask(0o077)
        try:
            return os.open(self.path, flags, 0o600)
        except OSError as error:
            if error.errno not in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOSPC, errno.EDQUOT):
                raise InstanceLockError(self.data_dir, error) from None
            try:
                return os.open(self.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
            except OSError:
                raise InstanceLockError(self.data_dir, error) from None
        finally:
            os.umask(old_umask)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            _unlock(fd)  # closing lets go of it anyway
        os.close(fd)


def _lock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)
