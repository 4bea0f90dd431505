"""The settings file lives under the app's own name, and an old "Unknown Organization" file moves there once."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME
from desktop.ui.app import create_application
from desktop.ui.settings.location import LEGACY_ORGANISATION, move_legacy_settings
from desktop.ui.settings.preferences import THEME_KEY, Theme, load_preferences
from desktop.ui.settings.style import apply_theme
from tests.repo import REPO


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The shared application, handed back with its own names, style sheet and theme."""
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName(), qapp.styleSheet())
    yield qapp
    apply_theme(qapp, Theme.SYSTEM)
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])
    qapp.setStyleSheet(names[2])


def legacy_settings() -> QSettings:
    return QSettings(QSettings().format(), QSettings.Scope.UserScope, LEGACY_ORGANISATION, APP_NAME)


def test_settings_live_in_a_folder_named_after_the_app(app: QApplication) -> None:
    create_application()
    path = Path(QSettings().fileName())
    assert path.parent.name == APP_NAME and path.stem == APP_NAME
    assert LEGACY_ORGANISATION not in str(path)


def test_an_old_settings_file_is_moved_once_and_her_choices_stay(app: QApplication) -> None:
    old = legacy_settings()
    old.setValue(THEME_KEY, Theme.DARK.value)
    old.sync()
    old_path = Path(old.fileName())
    assert old_path.is_file()
    create_application()
    assert not old_path.exists()
    assert Path(QSettings().fileName()).is_file()
    assert load_preferences().theme is Theme.DARK
    assert oct(Path(QSettings().fileName()).stat().st_mode & 0o777) == oct(0o600)
    assert move_legacy_settings() is None  # once: nothing left to move


def test_a_newer_settings_file_is_never_overwritten_by_an_old_one(app: QApplication) -> None:
    create_application()
    QSettings().setValue(THEME_KEY, Theme.LIGHT.value)
    QSettings().sync()
    old = legacy_settings()
    old.setValue(THEME_KEY, Theme.DARK.value)
    old.sync()
    assert move_legacy_settings() is None
    assert load_preferences().theme is Theme.LIGHT
    assert Path(old.fileName()).is_file()  # left alone


def test_the_real_app_writes_to_config_recovery_journal(tmp_path: Path) -> None:
    """In a process of its own, with Qt's usual (native) format and XDG_CONFIG_HOME as a user's ~/.config."""
    config = tmp_path / "config"
    legacy = config / LEGACY_ORGANISATION / f"{APP_NAME}.conf"
    legacy.parent.mkdir(parents=True)
    legacy.write_text("[display]\ntheme=dark\n")
    script = (
        "from desktop.ui.app import create_application\n"
        "from PySide6.QtCore import QSettings\n"
        "create_application()\n"
        "print(QSettings().fileName())\n"
        "print(QSettings().value('display/theme'))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config), PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    file_name, theme = done.stdout.split()[-2:]
    assert Path(file_name) == config / APP_NAME / f"{APP_NAME}.conf"
    assert theme == "dark"
    assert not legacy.exists()
