"""Files around the journal: private and durable writes, side files, the backups folder, leftovers.

Kept apart from the journal's SQL so the opener, backups and encryption ask
the same questions the same way: one way to create a private file, one way
to make a rename durable, one list of the side files SQLite keeps, one name
for the backups folder and its files, one idea of what an interrupted
conversion or restore left behind. Imports nothing of the store.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sys
from datetime import datetime
from pathlib import Path

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
LOW_SPACE_BYTES = 1 << 20  # below 1 MiB free, an I/O error on write is most likely a full disk

FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})

BACKUPS_DIR_NAME = "backups"
REASON_DAILY = "daily"
REASON_MANUAL = "manual"
REASON_BEFORE_RESTORE = "before-restore"
REASON_BEFORE_IMPORT = "before-import"
REASONS = (REASON_DAILY, REASON_MANUAL, REASON_BEFORE_RESTORE, REASON_BEFORE_IMPORT)
_BACKUP_NAME = re.compile(r"^journal-(\d{4}-\d{2}-\d{2}T\d{6})(?:-(\d+))?-(" + "|".join(REASONS) + r")\.sqlite3$")
BACKUP_STAMP_FORMAT = "%Y-%m-%dT%H%M%S"

CONVERTING_SUFFIX = ".converting"  # desktop/store/encryption.py's converted copy, until it is swapped in
RESTORING_PREFIX = ".restoring-"  # desktop/store/backup.py's temporary copy of a backup being restored


# -- side files --------------------------------------------------------------------------


def side_files(path: Path) -> list[Path]:
    """The ``-wal``, ``-shm`` and ``-journal`` files SQLite may keep beside ``path``."""
    return [path.with_name(path.name + suffix) for suffix in SIDE_SUFFIXES]


def remove_with_side_files(path: Path) -> None:
    """Delete ``path`` and whatever SQLite kept beside it (a copy is never complete without them)."""
    for candidate in (path, *side_files(path)):
        candidate.unlink(missing_ok=True)


# -- may this process write here ---------------------------------------------------------


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


# -- private and durable writes ------------------------------------------------------------


def new_private_file(path: Path) -> None:
    """Create ``path`` empty, 0600 from the first byte; refuse one that exists (``O_EXCL``: no symlink trick)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    if sys.platform != "win32":
        os.chmod(path, 0o600)


def fsync_file(path: Path) -> None:
    """Make a file's bytes durable before it is renamed over another."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (Windows cannot open a folder: nothing to do there)."""
    if sys.platform == "win32":
        return
    fsync_file(directory)


# -- the backups folder ---------------------------------------------------------------------


def backups_dir(journal_path: Path) -> Path:
    return journal_path.parent / BACKUPS_DIR_NAME


def parse_backup_name(path: Path) -> tuple[datetime, str] | None:
    """When a backup was made and why, from its name (``journal-<stamp>[-n]-<reason>.sqlite3``); None if not one."""
    match = _BACKUP_NAME.match(path.name)
    if not match:
        return None
    return datetime.strptime(match.group(1), BACKUP_STAMP_FORMAT), match.group(3)


def named_backups(journal_path: Path) -> list[tuple[Path, datetime, str]]:
    """This app's backups of the journal (path, moment, reason), newest first."""
    directory = backups_dir(journal_path)
    if not directory.is_dir():
        return []
    found = []
    for path in directory.iterdir():
        parsed = parse_backup_name(path)
        if parsed is not None and path.is_file():
            found.append((path, parsed[0], parsed[1]))
    found.sort(key=lambda item: (item[1], item[0].name), reverse=True)
    return found


def backup_file_names(journal_path: Path) -> list[Path]:
    """The backup files of the journal at ``journal_path``, newest first (their side copies aside)."""
    return [path for path, _created, _reason in named_backups(journal_path)]


def backup_files(journal_file: Path) -> list[Path]:
    """Every SQLite file in the data dir's backups folder, whoever wrote it (hidden temporary copies aside)."""
    folder = backups_dir(journal_file)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.sqlite3") if p.is_file() and not p.name.startswith("."))


# -- what an interrupted conversion or restore left -------------------------------------------


def converting_path(path: Path) -> Path:
    return path.with_name(path.name + CONVERTING_SUFFIX)


def discard_interrupted_conversions(path: Path) -> None:
    """Delete what an interrupted conversion of ``path`` (or a backup) left; the originals are complete."""
    remove_with_side_files(converting_path(path))
    if path.is_symlink():
        remove_with_side_files(converting_path(path.resolve()))
    folder = backups_dir(path)
    if folder.is_dir():
        for leftover in folder.glob(f"*{CONVERTING_SUFFIX}"):
            remove_with_side_files(leftover)


def discard_hidden_copies(journal_file: Path) -> None:
    """Hidden files in the backups folder are copies a crash interrupted, never a finished backup;
    when encryption goes on, a plaintext one must not stay behind."""
    folder = backups_dir(journal_file)
    if folder.is_dir():
        for hidden in folder.glob(".*.sqlite3"):
            remove_with_side_files(hidden)


def leftovers(journal_file: Path) -> list[Path]:
    """Copies of the journal that no conversion converts: an interrupted restore's or conversion's
    temporary file, the journal's side files, and side copies kept beside backups."""
    real = journal_file.resolve()
    found: list[Path] = []
    for base in {journal_file, real}:
        for candidate in (base.with_name(RESTORING_PREFIX + base.name), converting_path(base), *side_files(base)):
            found.extend(p for p in (candidate, *side_files(candidate)) if p.exists())
    folder = backups_dir(journal_file)
    if folder.is_dir():
        found.extend(p for suffix in SIDE_SUFFIXES for p in folder.glob(f"*.sqlite3{suffix}"))
    return sorted(set(found))


def remove_leftovers(journal_file: Path) -> None:
    """Delete :func:`leftovers` (the journal must be closed: its own -wal is then empty or gone)."""
    for leftover in leftovers(journal_file):
        leftover.unlink(missing_ok=True)
