"""Discreet by default: the header names no milestone unless she asks; discreet mode's neutral words and blur."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QGraphicsBlurEffect, QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from desktop.guidance import milestones_for
from desktop.guidance.engine import History, RecordedEvent
from desktop.guidance.kinds import EventKind
from desktop.paths import journal_path
from desktop.store import open_journal
from desktop.ui.actions import Action
from desktop.ui.app import build_window
from desktop.ui.plan.reminders import reminders_for
from desktop.ui.settings.dialog import SettingsDialog
from desktop.ui.settings.preferences import DISCREET_KEY, HEADER_NEXT_KEY, REMINDERS_KEY
from desktop.ui.window.main_window import MainWindow
from desktop.wording import Wording
from tests.keyboard_driver import answer_modal, press, show_active

TODAY = date(2026, 3, 19)
PROCEDURE = date(2026, 3, 2)  # day 17: the earliest date for sex is in 4 days
FULL_HEADER = "Day 17 after the procedure · Next: Earliest time for sex again, in 4 days"
TELLING_WORDS = ("sex", "Day ", "procedure", "miscarriage", "pregnan", "period", "gynecolog", "Earliest")


@pytest.fixture(autouse=True)
def quit_on_last_window_restored() -> Iterator[None]:
    yield
    QApplication.setQuitOnLastWindowClosed(True)


def open_window(qtbot: QtBot, data_dir: Path, today: date = TODAY, **flags: bool) -> MainWindow:  # type: ignore[no-untyped-def]
    """A journal with a procedure on PROCEDURE; ``flags`` are settings keys set before the window is made."""
    with open_journal(journal_path(data_dir)) as journal:
        journal.add_event(EventKind.PROCEDURE, PROCEDURE)
    for key, on in flags.items():
        QSettings().setValue(key, on)
    win = build_window(data_dir, lambda: today)  # as the app builds it
    qtbot.addWidget(win)
    win.show()
    assert win.load()
    return win


def telling(text: str) -> list[str]:
    return [word for word in TELLING_WORDS if word in text]


def change_settings_by_keys(qtbot: QtBot, win: MainWindow, *boxes: tuple[Qt.Key, str]) -> None:  # type: ignore[no-untyped-def]
    """Edit → Settings…, each (Alt+letter, check box) clicked by its mnemonic, then Enter (OK)."""

    def answer(dialog: SettingsDialog) -> None:
        for key, name in boxes:
            box = getattr(dialog, name)
            before = box.isChecked()
            press(key, Qt.KeyboardModifier.AltModifier)  # a check box's mnemonic focuses and clicks it
            qtbot.waitUntil(lambda box=box, before=before: box.isChecked() != before, timeout=3000)  # animated click
            assert dialog.focusWidget() is box
        press(Qt.Key.Key_Return)

    failures = answer_modal(SettingsDialog, answer)
    win.registry[Action.SETTINGS].trigger()
    assert failures == []


# -- the header --------------------------------------------------------------------------------


def test_by_default_the_header_names_no_day_and_no_milestone(qtbot: QtBot, data_dir: Path) -> None:
    win = open_window(qtbot, data_dir)
    assert win.header.text() == "Recovery Journal"
    assert telling(win.header.text()) == []
    assert not win.discreet.action.isChecked()  # discreet mode is off by default too
    assert win.windowTitle() == "Recovery Journal"


def test_the_header_says_the_day_and_the_next_milestone_once_she_chooses_it(qtbot: QtBot, data_dir: Path) -> None:
    win = open_window(qtbot, data_dir)
    show_active(qtbot, win)
    change_settings_by_keys(qtbot, win, (Qt.Key.Key_N, "show_next"))  # "Show the &next milestone in the header"
    assert win.header.text() == FULL_HEADER  # at once, without a restart
    assert QSettings().value(HEADER_NEXT_KEY, type=bool)
    change_settings_by_keys(qtbot, win, (Qt.Key.Key_N, "show_next"))
    assert win.header.text() == "Recovery Journal"


# -- discreet mode -----------------------------------------------------------------------------


def test_discreet_mode_is_one_click_in_the_view_menu_neutral_and_remembered(qtbot: QtBot, data_dir: Path) -> None:
    win = open_window(qtbot, data_dir, **{HEADER_NEXT_KEY: True})
    assert win.header.text() == FULL_HEADER
    assert win.registry[Action.DISCREET] is win.discreet.action
    assert win.discreet.action in win.menus.view.actions() and win.discreet.action.isCheckable()
    win.discreet.action.trigger()
    assert win.header.text() == "Next: Milestone, in 4 days"
    assert telling(win.header.text()) == []
    assert win.windowTitle() == "Recovery Journal"
    assert QSettings().value(DISCREET_KEY, type=bool)
    win.close()
    again = build_window(data_dir, lambda: TODAY)
    qtbot.addWidget(again)
    again.show()
    assert again.load()
    assert again.discreet.action.isChecked()
    assert again.header.text() == "Next: Milestone, in 4 days"
    again.discreet.action.trigger()
    assert again.header.text() == FULL_HEADER


def test_discreet_mode_from_settings_follows_the_menu(qtbot: QtBot, data_dir: Path) -> None:
    win = open_window(qtbot, data_dir)
    show_active(qtbot, win)
    change_settings_by_keys(qtbot, win, (Qt.Key.Key_D, "discreet"))  # "&Discreet mode"
    assert win.discreet.action.isChecked()
    assert win.header.text() == "Recovery Journal"  # the next milestone is still not asked for
    assert telling(win.windowTitle()) == []


def test_the_window_is_blurred_when_it_loses_focus_and_clear_when_it_comes_back(qtbot: QtBot, data_dir: Path) -> None:
    win = open_window(qtbot, data_dir, **{DISCREET_KEY: True})
    show_active(qtbot, win)
    assert win.centralWidget().graphicsEffect() is None
    other = QWidget()
    qtbot.addWidget(other)
    show_active(qtbot, other)  # another window in front: hers loses focus
    qtbot.waitUntil(lambda: isinstance(win.centralWidget().graphicsEffect(), QGraphicsBlurEffect), timeout=3000)
    effect = win.centralWidget().graphicsEffect()
    assert isinstance(effect, QGraphicsBlurEffect) and effect.blurRadius() >= 20
    show_active(qtbot, win)
    qtbot.waitUntil(lambda: win.centralWidget().graphicsEffect() is None, timeout=3000)


def test_her_own_dialog_over_the_window_leaves_it_clear(qtbot: QtBot, data_dir: Path) -> None:
    win = open_window(qtbot, data_dir, **{DISCREET_KEY: True})
    show_active(qtbot, win)
    seen: list[object] = []

    def answer(dialog: SettingsDialog) -> None:
        qtbot.wait(50)  # past the deactivation's check
        seen.append(win.centralWidget().graphicsEffect())
        press(Qt.Key.Key_Escape)

    failures = answer_modal(SettingsDialog, answer)
    win.registry[Action.SETTINGS].trigger()
    assert failures == [] and seen == [None]


def test_without_discreet_mode_the_window_is_never_blurred(qtbot: QtBot, data_dir: Path) -> None:
    win = open_window(qtbot, data_dir)
    show_active(qtbot, win)
    other = QWidget()
    qtbot.addWidget(other)
    show_active(qtbot, other)
    qtbot.waitUntil(lambda: not win.isActiveWindow(), timeout=3000)
    assert win.centralWidget().graphicsEffect() is None
    win.discreet.action.trigger()  # turned on while she is elsewhere: covered at once
    assert isinstance(win.centralWidget().graphicsEffect(), QGraphicsBlurEffect)
    win.discreet.action.trigger()  # and off again: clear
    assert win.centralWidget().graphicsEffect() is None


# -- reminders and the tray --------------------------------------------------------------------


def test_a_discreet_reminder_names_no_milestone() -> None:
    loss = TODAY - timedelta(days=21)
    plan = milestones_for(History(events=(RecordedEvent(EventKind.MISCARRIAGE, loss),)), TODAY)
    plain = reminders_for(plan, TODAY)
    discreet = reminders_for(plan, TODAY, discreet=True)
    assert [r.key for r in discreet] == [r.key for r in plain] == ["sex-earliest"]  # the same days, other words
    assert [r.text for r in discreet] == ["Today: a milestone in Recovery Journal."]
    assert telling(plain[0].text)  # the plain one does say it: the test can tell them apart
    assert Wording().reminder(plan[1], discreet=True) == "Today: a milestone in Recovery Journal."


def test_in_discreet_mode_the_tray_and_its_notification_say_nothing_of_the_plan(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda _tray, title, text, *_a: shown.append((title, text)))
    win = open_window(qtbot, data_dir, PROCEDURE + timedelta(days=21), **{DISCREET_KEY: True, REMINDERS_KEY: True})
    assert win.reminders is not None and win.reminders.tray is not None
    assert shown == [("Recovery Journal", "Today: a milestone in Recovery Journal.")]
    tray = win.reminders.tray
    assert tray.toolTip() == "Recovery Journal"
    menu = tray.contextMenu()
    assert menu is not None
    assert [telling(a.text()) for a in menu.actions()] == [[] for _ in menu.actions()]
