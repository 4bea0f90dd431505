"""The Settings dialog driven like a user: change each control, then OK, Cancel or Restore defaults."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.settings.dialog import SettingsDialog
from desktop.ui.settings.preferences import Preferences, Theme

Steps = Callable[[SettingsDialog], None]


@pytest.fixture
def drive(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Callable[[Steps], None]:
    """Replace the modal loop with ``steps``: they click and type, then the dialog's result is returned."""

    def install(steps: Steps) -> None:
        def run(self: SettingsDialog) -> int:
            qtbot.addWidget(self)
            self.show()
            steps(self)
            return self.result()

        monkeypatch.setattr(SettingsDialog, "exec", run)

    return install


def click(qtbot: QtBot, dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, box) -> None:  # type: ignore[no-untyped-def]
    """Click a check box on its box (its row is wider than its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def choose(qtbot: QtBot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Choose an item with the keyboard: Home, then the down arrow until it shows."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"no item {text!r}")


def test_every_control_changed_and_ok_returns_them_all(qtbot: QtBot, drive) -> None:  # type: ignore[no-untyped-def]
    def steps(dialog: SettingsDialog) -> None:
        choose(qtbot, dialog.theme, "Dark")
        dialog.article_size.lineEdit().selectAll()
        qtbot.keyClicks(dialog.article_size, "16")
        choose(qtbot, dialog.first_day, QLocale().dayName(7))
        choose(qtbot, dialog.unit, "Fahrenheit")
        choose(qtbot, dialog.auto_lock, "After 15")
        assert not dialog.tray.isEnabled()  # the tray only matters with reminders on
        tick(qtbot, dialog.reminders)
        assert dialog.tray.isEnabled()
        tick(qtbot, dialog.tray)
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    drive(steps)
    chosen = SettingsDialog.get_preferences(None, Preferences(), encrypted=False)
    assert chosen == Preferences(
        temperature_unit="F",
        first_day_of_week=Qt.DayOfWeek.Sunday,
        auto_lock_minutes=15,
        reminders=True,
        minimise_to_tray=True,
        theme=Theme.DARK,
        article_font_pt=16,
    )


def test_cancel_returns_none(qtbot: QtBot, drive) -> None:  # type: ignore[no-untyped-def]
    def steps(dialog: SettingsDialog) -> None:
        choose(qtbot, dialog.theme, "Light")
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)

    drive(steps)
    assert SettingsDialog.get_preferences(None, Preferences(), encrypted=False) is None


def test_it_opens_on_the_current_preferences(qtbot: QtBot, drive) -> None:  # type: ignore[no-untyped-def]
    current = Preferences(
        temperature_unit="F",
        first_day_of_week=Qt.DayOfWeek.Wednesday,
        auto_lock_minutes=30,
        reminders=True,
        minimise_to_tray=True,
        theme=Theme.LIGHT,
        article_font_pt=14,
    )
    seen: dict[str, str] = {}

    def steps(dialog: SettingsDialog) -> None:
        seen.update(
            theme=dialog.theme.currentText(),
            size=dialog.article_size.text(),
            day=dialog.first_day.currentText(),
            lock=dialog.auto_lock.currentText(),
        )
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    drive(steps)
    assert SettingsDialog.get_preferences(None, current, encrypted=True) == current  # nothing touched: unchanged
    assert seen == {"theme": "Light", "size": "14 pt", "day": QLocale().dayName(3), "lock": "After 30 minutes"}


@pytest.mark.parametrize(("encrypted", "shown"), [(True, "After 5 minutes"), (False, "Never")])
def test_the_journals_auto_lock_default_is_shown_and_kept_as_default(  # type: ignore[no-untyped-def]
    qtbot: QtBot, drive, encrypted: bool, shown: str
) -> None:
    seen: list[str] = []

    def steps(dialog: SettingsDialog) -> None:
        seen.append(dialog.auto_lock.currentText())
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    drive(steps)
    chosen = SettingsDialog.get_preferences(None, Preferences(auto_lock_minutes=None), encrypted=encrypted)
    assert seen == [shown]
    assert chosen is not None and chosen.auto_lock_minutes is None  # still follows a passphrase set later


def test_restore_defaults_puts_every_control_back(qtbot: QtBot, drive) -> None:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:

        def steps(dialog: SettingsDialog) -> None:
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
            assert dialog.article_size.text() == "Default"
            assert not dialog.tray.isEnabled()
            click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

        drive(steps)
        changed = Preferences("F", Qt.DayOfWeek.Friday, 60, True, True, Theme.DARK, 20)
        chosen = SettingsDialog.get_preferences(None, changed, encrypted=True)
    finally:
        QLocale.setDefault(QLocale.c())
    assert chosen == Preferences(first_day_of_week=Qt.DayOfWeek.Sunday, auto_lock_minutes=None)  # the locale's week


def test_a_hand_edited_auto_lock_value_is_kept(qtbot: QtBot, drive) -> None:  # type: ignore[no-untyped-def]
    def steps(dialog: SettingsDialog) -> None:
        assert dialog.auto_lock.currentText() == "After 7 minutes"
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    drive(steps)
    chosen = SettingsDialog.get_preferences(None, Preferences(auto_lock_minutes=7), encrypted=False)
    assert chosen is not None and chosen.auto_lock_minutes == 7


def test_stepping_the_text_size_starts_from_the_system_size_and_steps_back_to_default(qtbot: QtBot) -> None:
    dialog = SettingsDialog(None, Preferences(), encrypted=False)
    qtbot.addWidget(dialog)
    size = dialog.article_size
    size.setFocus()
    qtbot.keyClick(size, Qt.Key.Key_Up)
    assert size.value() >= 6  # not 1 pt
    size.setValue(6)
    qtbot.keyClick(size, Qt.Key.Key_Down)
    assert size.text() == "Default"


def test_every_control_has_a_label_and_an_accessible_name(qtbot: QtBot) -> None:
    dialog = SettingsDialog(None, Preferences(), encrypted=False)
    qtbot.addWidget(dialog)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    for control in (dialog.theme, dialog.article_size, dialog.first_day, dialog.unit, dialog.auto_lock):
        assert control in buddies
        assert control.accessibleName()
    for box in (dialog.reminders, dialog.tray):
        assert box.text() and box.accessibleName()
    assert "quiet notification" in dialog.reminders_hint.text()
    assert [dialog.first_day.itemText(i) for i in range(7)] == [QLocale().dayName(d) for d in range(1, 8)]
