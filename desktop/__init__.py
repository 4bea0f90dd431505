"""Recovery Journal: a private, offline journal for recovery after a miscarriage.

The version has one home, ``version`` in pyproject.toml: an installed app (a
wheel, an editable install, the bundle) reads it from its package metadata; a
bare checkout that was never installed reads pyproject.toml itself.
"""

from __future__ import annotations

APP_NAME = "recovery-journal"  # the command, the data folder, the distribution's name
APP_DISPLAY_NAME = "Recovery Journal"
# One reverse-DNS id for the desktop file, the icon, the AppStream metainfo and the window's
# desktop file name (Wayland's app id): menus, software centres and task bars match them by it.
APP_ID = "io.github.recoveryjournal.RecoveryJournal"


def _read_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(APP_NAME)
    except PackageNotFoundError:
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        try:
            return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "0+unknown"


__version__ = _read_version()
