"""Where the journal lives on disk.

The GUI and the CLI must agree on one place without the CLI importing Qt, so
this module computes what ``QStandardPaths.AppDataLocation`` gives for this
app on each platform (a test checks both agree). ``RECOVERY_JOURNAL_DATA_DIR``
overrides it and ``--data-dir`` overrides both.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

from desktop import APP_NAME

DATA_DIR_ENV = "RECOVERY_JOURNAL_DATA_DIR"
JOURNAL_FILE_NAME = "journal.sqlite3"
INSTANCE_LOCK_FILE_NAME = "instance.lock"  # held (QLockFile) by the window that has the journal open


def platform_app_data_dir() -> Path:
    """The same directory ``QStandardPaths.AppDataLocation`` names for this app."""
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", home / "AppData" / "Roaming")) / APP_NAME
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_NAME
    xdg = os.environ.get("XDG_DATA_HOME", "")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / APP_NAME


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV, "")
    if from_env:
        return Path(from_env).expanduser()
    return platform_app_data_dir()


def journal_path(data_dir: Path) -> Path:
    return data_dir / JOURNAL_FILE_NAME


def ensure_private_dir(directory: Path) -> None:
    """Create the data directory readable by its owner only (0700).

    An existing folder is tightened only when it is looser, and a folder she
    cannot change (a read-only mount, someone else's) is left as it is: the
    journal then opens read-only rather than not at all.
    """
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    _tighten(directory, 0o700)


def ensure_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if missing, and tighten it if present (see ensure_private_dir)."""
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    _tighten(path, 0o600)


def _tighten(path: Path, mode: int) -> None:
    if sys.platform == "win32":
        return
    try:
        if stat.S_IMODE(path.stat().st_mode) != mode:
            os.chmod(path, mode)
    except OSError as error:
        if error.errno not in (errno.EROFS, errno.EPERM, errno.EACCES):
            raise
