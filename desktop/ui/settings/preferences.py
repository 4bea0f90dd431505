"""The user's preferences, read from and written to ``QSettings`` in one place.

Every preference has one key here, so the settings dialog, the window and the
features that follow a preference (theme, calendar, article, reminders, lock)
agree on names and defaults. Reading never fails: a missing or garbled value
falls back to its default, because a settings file edited by hand must not
stop the journal from opening.

The settings file is not encrypted and stays when the journal is removed, so
it holds preferences only (never a date, a milestone or a word of hers), and
it is private: 0600 in a 0700 folder (see :func:`make_settings_private`).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QLocale, QSettings

if TYPE_CHECKING:
    from PySide6.QtCore import Qt  # touched only when needed: PySide6 makes its 93 enums (25-40 ms) on first touch

TEMPERATURE_UNIT_KEY = "display/temperature_unit"  # "C" or "F", read through read_temperature_unit
THEME_KEY = "display/theme"
ARTICLE_FONT_KEY = "display/article_font_pt"  # 0: the system's font size
FIRST_DAY_OF_WEEK_KEY = "calendar/first_day_of_week"  # 1 = Monday … 7 = Sunday; missing: the locale's
AUTO_LOCK_KEY = "privacy/auto_lock_minutes"  # missing: 5 with a passphrase, never without
REMINDERS_KEY = "reminders/enabled"
TRAY_KEY = "reminders/minimise_to_tray"
HEADER_NEXT_KEY = "display/header_next_milestone"  # the day and the next milestone in the header: off unless she asks
DISCREET_KEY = "privacy/discreet"  # neutral titles everywhere others may glance, and a blur when the window is left
FIRST_RUN_DONE_KEY = "welcome/first_run_done"  # the first-run welcome was finished or skipped: never shown again

AUTO_LOCK_CHOICES = (0, 1, 5, 15, 30, 60)
DEFAULT_AUTO_LOCK_MINUTES = 5
ARTICLE_FONT_RANGE = (0, 32)


class Theme(Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Preferences:
    """What the settings dialog edits. ``auto_lock_minutes`` None means "the default for this journal"."""

    temperature_unit: str = "C"
    first_day_of_week: Qt.DayOfWeek = field(default_factory=lambda: QtCore.Qt.DayOfWeek.Monday)
    auto_lock_minutes: int | None = None
    reminders: bool = False
    minimise_to_tray: bool = False
    theme: Theme = Theme.SYSTEM
    article_font_pt: int = 0
    show_next_in_header: bool = False
    discreet: bool = False


def locale_first_day_of_week() -> Qt.DayOfWeek:
    return QLocale().firstDayOfWeek()


def default_auto_lock_minutes(encrypted: bool) -> int:
    """Auto-lock only protects something when a passphrase is needed to unlock."""
    return DEFAULT_AUTO_LOCK_MINUTES if encrypted else 0


def _int(settings: QSettings, key: str) -> int | None:
    value = settings.value(key)
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def read_flag(settings: QSettings, key: str, default: bool = False) -> bool:
    """An INI file stores booleans as text; a hand-edited "yes" or "1" counts too."""
    value = settings.value(key, default)
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "1", "yes")


def read_temperature_unit(settings: QSettings) -> str:
    """ "C" or "F"; anything else (missing, garbled) is Celsius, the unit the journal stores."""
    return "F" if str(settings.value(TEMPERATURE_UNIT_KEY, "C")).upper() == "F" else "C"


def read_auto_lock_minutes(settings: QSettings, encrypted: bool) -> int:
    """The stored choice, or this journal's default when none (or a garbled one) is stored."""
    minutes = _int(settings, AUTO_LOCK_KEY)
    return max(0, minutes) if minutes is not None else default_auto_lock_minutes(encrypted)


def load_preferences(settings: QSettings | None = None) -> Preferences:
    settings = settings or QSettings()
    day_number = _int(settings, FIRST_DAY_OF_WEEK_KEY)
    first_day = QtCore.Qt.DayOfWeek(day_number) if day_number is not None and 1 <= day_number <= 7 else locale_first_day_of_week()
    minutes = _int(settings, AUTO_LOCK_KEY)
    theme = load_theme(settings)
    font_pt = _int(settings, ARTICLE_FONT_KEY) or 0
    low, high = ARTICLE_FONT_RANGE
    return Preferences(
        temperature_unit=read_temperature_unit(settings),
        first_day_of_week=first_day,
        auto_lock_minutes=max(0, minutes) if minutes is not None else None,
        reminders=read_flag(settings, REMINDERS_KEY),
        minimise_to_tray=read_flag(settings, TRAY_KEY),
        theme=theme,
        article_font_pt=font_pt if low <= font_pt <= high else 0,
        show_next_in_header=read_flag(settings, HEADER_NEXT_KEY),
        discreet=read_flag(settings, DISCREET_KEY),
    )


def load_theme(settings: QSettings | None = None) -> Theme:
    """The theme alone, as ``load_preferences`` reads it: the application needs it before the first paint,
    and the rest (the locale's first day of the week) touches Qt's namespace, which the first frame does not need."""
    value = str((settings or QSettings()).value(THEME_KEY, Theme.SYSTEM.value))
    return next((t for t in Theme if t.value == value), Theme.SYSTEM)


def save_preferences(preferences: Preferences, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    settings.setValue(TEMPERATURE_UNIT_KEY, preferences.temperature_unit)
    if preferences.first_day_of_week == locale_first_day_of_week():
        settings.remove(FIRST_DAY_OF_WEEK_KEY)  # keep following the locale if it changes later
    else:
        settings.setValue(FIRST_DAY_OF_WEEK_KEY, preferences.first_day_of_week.value)
    if preferences.auto_lock_minutes is None:
        settings.remove(AUTO_LOCK_KEY)
    else:
        settings.setValue(AUTO_LOCK_KEY, preferences.auto_lock_minutes)
    settings.setValue(REMINDERS_KEY, preferences.reminders)
    settings.setValue(TRAY_KEY, preferences.minimise_to_tray)
    settings.setValue(THEME_KEY, preferences.theme.value)
    settings.setValue(ARTICLE_FONT_KEY, preferences.article_font_pt)
    settings.setValue(HEADER_NEXT_KEY, preferences.show_next_in_header)
    settings.setValue(DISCREET_KEY, preferences.discreet)
    settings.sync()
    make_settings_private(settings)


def _shared_config_folders() -> set[Path]:
    """Folders other programs keep their settings in too: never tightened by us."""
    home = Path.home()
    folders = {home, home / ".config", home / "Library" / "Preferences"}
    xdg = os.environ.get("XDG_CONFIG_HOME", "")
    if xdg:
        folders.add(Path(xdg))
    return folders


def make_settings_private(settings: QSettings | None = None) -> None:
    """Make the settings file 0600 (created empty so, if missing) and its own folder 0700.

    Called at start-up before anything is saved, and after saving: Qt writes the
    file anew on every save (write, then rename) but keeps an existing file's
    permissions, so a file that is 0600 once stays 0600, even under umask 000.
    Best effort: a read-only home must not stop the journal from opening.
    """
    settings = settings or QSettings()
    if sys.platform == "win32" or settings.format() not in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        return
    path = Path(settings.fileName())
    if not path.is_absolute():
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if path.parent not in _shared_config_folders():
            os.chmod(path.parent, 0o700)
        if path.is_symlink():
            return  # someone's deliberate arrangement (dotfiles): leave the target alone
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            os.fchmod(fd, 0o600)
        finally:
            os.close(fd)
    except OSError:
        pass
