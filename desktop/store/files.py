"""Files around the journal: may this process write here, and which side files belong to a database.

Kept apart from the journal's SQL so the opener, backups and encryption ask
the same questions the same way (issue 12 gathers the private/atomic writes
here later).
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
LOW_SPACE_BYTES = 1 << 20  # below 1 MiB free, an I/O error on write is most likely a full disk

FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def side_files(path: Path) -> list[Path]:
    """The ``-wal``, ``-shm`` and ``-journal`` files SQLite may keep beside ``path``."""
    return [path.with_name(path.name + suffix) for suffix in SIDE_SUFFIXES]


def can_write(path: Path) -> bool:
    """Whether this process may change the journal at ``path``: its folder (new files, -wal) and the file.

    ``os.access`` asks the kernel, so it also answers for a read-only mount
    (EROFS) and, for root, honestly says yes where permissions would say no.
    """
    folder = path.parent
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        return False
    return not (path.exists() and not os.access(path, os.W_OK))


def free_bytes(folder: Path) -> int | None:
    """Free space where ``folder`` lives, or None when it cannot be told."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return None


def disk_is_full(folder: Path) -> bool:
    free = free_bytes(folder)
    return free is not None and free < LOW_SPACE_BYTES
