"""Recovery Journal: a private, offline journal for recovery after a miscarriage.

The version has one home, ``version`` in pyproject.toml. An installed app (a
wheel, an editable install, the bundle) reads it from its package metadata, the
``Version:`` line of ``recovery_journal-*.dist-info/METADATA``, found on
``sys.path`` as ``importlib.metadata`` would find it but without importing it
(importing ``importlib.metadata`` costs tens of milliseconds of start-up). A bare
checkout that was never installed reads pyproject.toml itself.
"""

from __future__ import annotations

import os
import sys

APP_NAME = "recovery-journal"  # the command, the data folder, the distribution's name
APP_DISPLAY_NAME = "Recovery Journal"
# One reverse-DNS id for the desktop file, the icon, the AppStream metainfo and the window's
# desktop file name (Wayland's app id): menus, software centres and task bars match them by it.
APP_ID = "io.github.recoveryjournal.RecoveryJournal"
_DIST_INFO_PREFIX = APP_NAME.replace("-", "_") + "-"


def _metadata_version() -> str | None:
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:  # a zip, a missing folder
            continue
        for name in names:
            if name.startswith(_DIST_INFO_PREFIX) and name.endswith(".dist-info"):
                try:
                    with open(os.path.join(entry, name, "METADATA"), encoding="utf-8") as metadata:
                        for line in metadata:
                            if line.startswith("Version:"):
                                return line.split(":", 1)[1].strip()
                            if not line.strip():
                                break  # the headers end at the first blank line
                except OSError:
                    continue
    return None


def _pyproject_version() -> str:
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0+unknown"


__version__ = _metadata_version() or _pyproject_version()
