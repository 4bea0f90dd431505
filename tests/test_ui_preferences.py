"""Preferences through a real QSettings file: round trip, garbled values, the locale's week."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt

from desktop.ui.preferences import (
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
