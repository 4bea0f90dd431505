"""Preferences through a real QSettings file: round trip, garbled values, the locale's week."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt

from desktop.ui.settings.preferences import (
    ARTICLE_FONT_KEY,
    AUTO_LOCK_KEY,
    FIRST_DAY_OF_WEEK_KEY,
    REMINDERS_KEY,
    TEMPERATURE_UNIT_KEY,
    THEME_KEY,
    TRAY_KEY,
    Preferences,
    Theme,
    default_auto_lock_minutes,
    load_preferences,
    make_settings_private,
    save_preferences,
)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def us_locale() -> Iterator[None]:
    """A locale whose week starts on Sunday (the C locale's starts on Monday)."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(QLocale.c())


def test_round_trip_through_a_settings_file(settings: QSettings, tmp_path: Path) -> None:
    chosen = Preferences(
        temperature_unit="F",
        first_day_of_week=Qt.DayOfWeek.Saturday,
        auto_lock_minutes=15,
        reminders=True,
        minimise_to_tray=True,
        theme=Theme.DARK,
        article_font_pt=18,
    )
    save_preferences(chosen, settings)
    reread = QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat)  # from the file, not memory
    assert load_preferences(reread) == chosen


def test_nothing_stored_gives_the_defaults(settings: QSettings) -> None:
    assert load_preferences(settings) == Preferences(first_day_of_week=QLocale().firstDayOfWeek())


def test_garbled_values_fall_back_to_defaults(settings: QSettings) -> None:
    for key, value in (
        (TEMPERATURE_UNIT_KEY, "kelvin"),
        (FIRST_DAY_OF_WEEK_KEY, "someday"),
        (AUTO_LOCK_KEY, "soon"),
        (REMINDERS_KEY, "perhaps"),
        (TRAY_KEY, ""),
        (THEME_KEY, "purple"),
        (ARTICLE_FONT_KEY, "huge"),
    ):
        settings.setValue(key, value)
    assert load_preferences(settings) == Preferences(first_day_of_week=QLocale().firstDayOfWeek())


def test_out_of_range_numbers_fall_back_too(settings: QSettings) -> None:
    settings.setValue(FIRST_DAY_OF_WEEK_KEY, 9)
    settings.setValue(ARTICLE_FONT_KEY, 400)
    settings.setValue(AUTO_LOCK_KEY, -3)
    loaded = load_preferences(settings)
    assert loaded.first_day_of_week == QLocale().firstDayOfWeek()
    assert loaded.article_font_pt == 0
    assert loaded.auto_lock_minutes == 0


@pytest.mark.usefixtures("us_locale")
def test_the_first_day_of_the_week_follows_the_locale_when_not_set(settings: QSettings) -> None:
    assert load_preferences(settings).first_day_of_week == Qt.DayOfWeek.Sunday
    save_preferences(Preferences(first_day_of_week=Qt.DayOfWeek.Sunday), settings)
    assert not settings.contains(FIRST_DAY_OF_WEEK_KEY)  # the locale's own day is not pinned
    save_preferences(Preferences(first_day_of_week=Qt.DayOfWeek.Monday), settings)
    assert load_preferences(settings).first_day_of_week == Qt.DayOfWeek.Monday


def test_auto_lock_left_to_the_journal_is_not_stored(settings: QSettings) -> None:
    save_preferences(Preferences(auto_lock_minutes=30), settings)
    save_preferences(Preferences(auto_lock_minutes=None), settings)
    assert not settings.contains(AUTO_LOCK_KEY)
    assert load_preferences(settings).auto_lock_minutes is None
    assert (default_auto_lock_minutes(True), default_auto_lock_minutes(False)) == (5, 0)


# -- the settings file is private ------------------------------------------------------------


@pytest.fixture
def umask_000() -> Iterator[None]:
    import os

    old = os.umask(0)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    import stat

    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_settings_file_is_0600_in_a_0700_folder_even_under_umask_000(tmp_path: Path, umask_000: None) -> None:
    path = tmp_path / "config" / "recovery-journal" / "recovery-journal.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    make_settings_private(settings)  # at start-up, before anything is saved
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    for unit in ("F", "C", "F"):  # Qt writes a new file and renames it on every save
        save_preferences(Preferences(temperature_unit=unit), settings)
        settings.setValue("window/geometry", b"\x01\x02")
        settings.sync()
        assert mode(path) == 0o600
    assert load_preferences(settings).temperature_unit == "F"
    assert mode(path.parent) == 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_existing_open_settings_file_is_tightened(tmp_path: Path) -> None:
    import os

    path = tmp_path / "app" / "settings.ini"
    path.parent.mkdir(mode=0o755)
    path.write_text("[display]\ntheme=dark\n")
    os.chmod(path, 0o666)
    os.chmod(path.parent, 0o777)
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    make_settings_private(settings)
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    assert load_preferences(settings).theme == Theme.DARK  # tightened, not emptied


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_shared_config_folder_is_left_as_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    config = tmp_path / "xdg-config"
    config.mkdir(mode=0o755, exist_ok=True)
    os.chmod(config, 0o755)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    settings = QSettings(str(config / "recovery-journal.conf"), QSettings.Format.IniFormat)
    make_settings_private(settings)
    assert mode(config / "recovery-journal.conf") == 0o600
    assert mode(config) == 0o755  # other programs' folder: not ours to close


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_real_start_makes_the_settings_file_private_under_umask_000(tmp_path: Path, data_dir: Path) -> None:
    import os
    import subprocess

    config = tmp_path / "start-config"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config))
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "gui", "--exit-after-first-paint"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: os.umask(0),
    )
    assert result.returncode == 0, result.stderr
    files = [p for p in config.rglob("*") if p.is_file()]
    assert files, "the start made no settings file"
    for path in files:
        assert mode(path) == 0o600, path
        assert mode(path.parent) == 0o700, path.parent
