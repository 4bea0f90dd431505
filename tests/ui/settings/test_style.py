"""The theme preference: forced light or dark really changes the palette, and "system" gives it back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.app import create_application
from desktop.ui.settings.preferences import Preferences, Theme, save_preferences
from desktop.ui.settings.style import apply_theme, is_dark


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The shared application, handed back in the system theme with its own names."""
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName(), qapp.styleSheet())
    yield qapp
    apply_theme(qapp, Theme.SYSTEM)
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])
    qapp.setStyleSheet(names[2])


def window_colour(app: QApplication) -> str:
    return app.palette().color(QPalette.ColorRole.Window).name()


def test_dark_light_and_back_to_the_system(app: QApplication, qtbot: QtBot) -> None:
    system = window_colour(app)
    label = QLabel("A calm page")
    qtbot.addWidget(label)
    label.show()
    apply_theme(app, Theme.DARK)
    assert is_dark(app.palette())
    qtbot.waitUntil(lambda: is_dark(label.palette()), timeout=2000)  # shown widgets follow (a posted event)
    text = app.palette().color(QPalette.ColorRole.Text)
    assert text.lightness() - app.palette().color(QPalette.ColorRole.Base).lightness() > 120  # readable
    apply_theme(app, Theme.LIGHT)
    assert not is_dark(app.palette())
    apply_theme(app, Theme.SYSTEM)
    assert window_colour(app) == system


def test_applying_the_same_theme_again_changes_nothing(app: QApplication) -> None:
    apply_theme(app, Theme.DARK)
    app.setPalette(QPalette())  # if apply_theme redid its work, it would set the dark palette again
    apply_theme(app, Theme.DARK)
    assert not is_dark(app.palette())


def test_the_saved_theme_is_applied_when_the_application_is_created(app: QApplication) -> None:
    QCoreApplication.setOrganizationName("")
    QCoreApplication.setApplicationName("recovery-journal")  # where create_application reads settings from
    save_preferences(Preferences(theme=Theme.DARK))
    assert create_application() is app
    assert is_dark(app.palette())


SWITCH_THEMES_IN_A_LOADED_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from desktop.ui.app import create_application
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
app = create_application()
from desktop.ui.app import build_window
from desktop.ui.settings.preferences import Theme
from desktop.ui.settings.style import apply_theme, is_dark
window = build_window(Path(sys.argv[2]))
window.show()
assert window.load()
def switch() -> None:
    for _ in range(3):
        for theme in (Theme.DARK, Theme.LIGHT, Theme.SYSTEM, Theme.LIGHT, Theme.DARK):
            apply_theme(app, theme)
            app.processEvents()
            assert is_dark(app.palette()) == (theme is Theme.DARK), theme
    print("switched", app.style().name() or "?", flush=True)
    app.quit()
QTimer.singleShot(0, switch)
app.exec()
"""


@pytest.mark.parametrize("platform_style", ["", "windows"])  # Fusion (as here), and a platform style Fusion replaces
def test_switching_themes_in_the_loaded_window_again_and_again(tmp_path, platform_style: str) -> None:  # type: ignore[no-untyped-def]
    """Swapping the style under the style sheet twice used to leave Qt a deleted base style: a segfault."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_STYLE_OVERRIDE": platform_style}
    (tmp_path / "settings").mkdir()
    result = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", SWITCH_THEMES_IN_A_LOADED_WINDOW, str(tmp_path / "settings"), str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "switched" in result.stdout


def test_a_system_switch_to_dark_reaches_the_style_sheet_colours(app: QApplication, qtbot: QtBot) -> None:
    """Following the system, a desktop turning dark also recolours the quiet captions (palette(...) in the sheet)."""
    from PySide6.QtCore import Qt

    from desktop.ui.settings.style import apply_calm_style, dark_palette

    apply_calm_style(app)
    caption = QLabel("Saved")
    caption.setObjectName("saveState")  # coloured palette(placeholder-text) by the style sheet
    qtbot.addWidget(caption)
    caption.show()
    app.setPalette(dark_palette())  # what Qt does itself when the desktop's scheme changes
    try:
        app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        wanted = dark_palette().color(QPalette.ColorRole.PlaceholderText)
        qtbot.waitUntil(lambda: caption.palette().color(QPalette.ColorRole.WindowText) == wanted, timeout=2000)
    finally:
        app.setPalette(QPalette())
