"""Where the settings file lives: ``~/.config/recovery-journal/recovery-journal.conf`` on Linux.

Without an organisation name Qt puts the file under a folder called "Unknown
Organization", which is how earlier versions kept it. The organisation is now
the app's own name; a file left in the old place is moved to the new one once,
at start, so no preference is lost. (The journal's data folder is computed in
desktop/paths.py without Qt and does not move.)
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from desktop import APP_NAME

LEGACY_ORGANISATION = "Unknown Organization"  # what Qt names the folder when no organisation is set


def name_the_application() -> None:
    """Organisation and application: the folder and the file of the settings (QSettings with no arguments)."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)


def move_legacy_settings() -> Path | None:
    """Move the settings file from the old "Unknown Organization" folder, once; the new path if it moved.

    Only when the new file does not exist yet: a newer file is never overwritten.
    The old folder is removed if nothing else is left in it. Best effort: a file
    that cannot be moved leaves the defaults in place, and the journal still opens.
    """
    current = QSettings()
    legacy = QSettings(current.format(), QSettings.Scope.UserScope, LEGACY_ORGANISATION, APP_NAME)
    old, new = Path(legacy.fileName()), Path(current.fileName())
    if not old.is_absolute() or not new.is_absolute() or old == new or not old.is_file() or new.exists():
        return None
    try:
        new.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        shutil.move(old, new)
        os.chmod(new, 0o600)
    except OSError:
        return None
    with contextlib.suppress(OSError):
        old.parent.rmdir()  # only if empty: another app's settings may share "Unknown Organization"
    return new
