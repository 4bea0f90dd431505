"""Settings apply as she changes them (the README says "at once"), and Cancel puts everything back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.ui.app import build_window
from desktop.ui.settings.dialog import SettingsDialog
from desktop.ui.settings.preferences import THEME_KEY, Theme, load_preferences
from desktop.ui.settings.style import apply_theme, is_dark
from desktop.ui.window.main_window import MainWindow
from tests.ui.settings.test_dialog import choose


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path):  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    win = build_window(data_dir, lambda: date(2026, 3, 19))
    qtbot.addWidget(win)
    win.show()
    assert win.load()
    yield win
    apply_theme(app, Theme.SYSTEM)  # the application is shared by every test


def change_everything(qtbot: QtBot, dialog: SettingsDialog, window: MainWindow) -> None:
    """Each change shows in the window while the dialog is still open."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    choose(qtbot, dialog.theme, "Dark")
    assert is_dark(app.palette())
    dialog.article_size.setFocus()
    dialog.article_size.selectAll()
    qtbot.keyClicks(dialog.article_size, "22")
    assert window.article.browser.font().pointSizeF() == 22
    choose(qtbot, dialog.first_day, "Sunday")
    assert window.calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    choose(qtbot, dialog.unit, "Fahrenheit")
    assert window.journal_features.fahrenheit_action.isChecked()


def drive(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, window: MainWindow, button: QDialogButtonBox.StandardButton) -> None:
    def run(dialog: SettingsDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        change_everything(qtbot, dialog, window)
        qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", run)


def test_cancel_puts_back_what_was_there(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = load_preferences(window.settings)
    size_before = window.article.browser.font().pointSizeF()
    first_day_before = window.calendar.firstDayOfWeek()
    drive(monkeypatch, qtbot, window, QDialogButtonBox.StandardButton.Cancel)
    window.edit_preferences()
    assert not is_dark(app.palette())
    assert window.article.browser.font().pointSizeF() == size_before
    assert window.calendar.firstDayOfWeek() == first_day_before
    assert not window.journal_features.fahrenheit_action.isChecked()
    assert load_preferences(window.settings) == before  # nothing of it saved


def test_ok_keeps_and_saves_what_she_saw(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    drive(monkeypatch, qtbot, window, QDialogButtonBox.StandardButton.Ok)
    window.edit_preferences()
    assert is_dark(app.palette())
    assert window.article.browser.font().pointSizeF() == 22
    assert QSettings().value(THEME_KEY) == Theme.DARK.value
    assert load_preferences(window.settings).temperature_unit == "F"
