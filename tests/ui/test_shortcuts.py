"""Everything in the window can be reached from the keyboard, and no two keys do the same thing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from desktop.guidance.kinds import EventKind
from desktop.ui.actions import Action
from desktop.ui.widgets.keyboard import mnemonic, plain_text
from desktop.ui.window.main_window import MainWindow
from desktop.ui.window.shortcuts_dialog import ShortcutsDialog, action_name
from tests.conftest import TODAY


@pytest.fixture
def window(loaded_window: Callable[..., MainWindow]) -> MainWindow:
    """The loaded window with a loss recorded, so every action is enabled; the search dock built too."""
    win = loaded_window(TODAY, lambda journal: journal.add_event(EventKind.PROCEDURE, date(2026, 3, 2)), first_run_done=True)
    win.registry[Action.SEARCH].trigger()
    return win


def menus(win: MainWindow) -> list[QMenu]:
    found: list[QMenu] = []

    def walk(menu: QMenu) -> None:
        found.append(menu)
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub)

    for action in win.menuBar().actions():
        top = action.menu()
        if isinstance(top, QMenu):
            walk(top)
    return found


def shortcut_owners(win: MainWindow) -> dict[str, list[str]]:
    """Every key of the window → what it triggers: actions, Alt+letter of the menu bar and of labelled widgets."""
    owners: dict[str, list[str]] = defaultdict(list)
    for action in win.findChildren(QAction):
        if not action.isEnabled() or action.menu() is not None:
            continue
        for key in action.shortcuts():
            if not key.isEmpty():
                owners[key.toString(QKeySequence.SequenceFormat.PortableText)].append(plain_text(action.text()))
    for action in win.menuBar().actions():
        letter = mnemonic(action.text())
        if letter:
            owners[f"Alt+{letter.upper()}"].append(f"menu {plain_text(action.text())}")
    dialogs = {w for w in win.findChildren(QWidget) if w.isWindow()}  # dialogs have keys of their own
    for widget in win.findChildren(QWidget):
        if widget.window() is not win or any(d.isAncestorOf(widget) for d in dialogs):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            letter = mnemonic(widget.text())
            if letter:
                owners[f"Alt+{letter.upper()}"].append(plain_text(widget.text()))
    return owners


def test_no_two_enabled_actions_share_a_shortcut(window: MainWindow) -> None:
    owners = shortcut_owners(window)
    clashes = {key: names for key, names in owners.items() if len(names) > 1}
    assert clashes == {}
    assert {"Ctrl+Q", "Ctrl+F", "F1", "Ctrl+L", "Ctrl+T"} <= set(owners)  # the frequent ones have keys


def test_every_menu_and_action_has_a_mnemonic_unique_in_its_menu(window: MainWindow) -> None:
    problems: list[str] = []
    titles = [a.text() for a in window.menuBar().actions() if not a.isSeparator()]
    for where, texts in [("menu bar", titles)] + [
        (plain_text(menu.title()), [a.text() for a in menu.actions() if not a.isSeparator()]) for menu in menus(window)
    ]:
        seen: dict[str, str] = {}
        for text in texts:
            letter = mnemonic(text)
            if letter is None:
                problems.append(f"{where}: “{plain_text(text)}” has no mnemonic")
            elif letter in seen:
                problems.append(f"{where}: “{plain_text(text)}” and “{seen[letter]}” share {letter!r}")
            else:
                seen[letter] = plain_text(text)
    assert problems == []


def test_the_shortcuts_dialog_lists_every_action_with_a_shortcut(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = {
        (action_name(a.text()), a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty()
    }
    opened: list[ShortcutsDialog] = []

    def fake_exec(dialog: ShortcutsDialog) -> int:
        opened.append(dialog)
        return 0

    registered = {
        (action_name(a.text()), a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        for a in window.registry.actions()
        if not a.shortcut().isEmpty()
    }
    assert registered == expected  # every action with a shortcut is in the registry
    monkeypatch.setattr(ShortcutsDialog, "exec", fake_exec)
    window.registry[Action.SHORTCUTS].trigger()  # Help → Keyboard shortcuts
    assert len(opened) == 1
    listed = {(action.split(" ▸ ")[-1], keys) for action, keys in opened[0].listed()}
    assert listed == expected
    assert ("Quit", QKeySequence("Ctrl+Q").toString(QKeySequence.SequenceFormat.NativeText)) in listed
    assert ("Search notes", "Ctrl+F") in listed
    assert ("Record a date ▸ Miscarriage", "Ctrl+D") in opened[0].listed()


def test_arrow_keys_move_the_day_and_page_keys_the_month(qtbot: QtBot, window: MainWindow) -> None:
    calendar = window.calendar
    calendar.select_day(date(2026, 3, 19))
    grid = calendar.focusProxy()
    assert grid is not None
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert calendar.selectedDate() == QDate(2026, 3, 20)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert calendar.selectedDate() == QDate(2026, 3, 27)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert calendar.selectedDate() == QDate(2026, 3, 19)
    assert window.editor.day() == date(2026, 3, 19)  # the note follows the keyboard too
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 4)
    assert calendar.selectedDate() == QDate(2026, 4, 19)
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 2)


def test_tab_goes_calendar_milestones_editor_fields_article(window: MainWindow) -> None:
    fields = window.journal_features.fields
    assert fields is not None
    wanted = [
        window.calendar.focusProxy(),
        window.milestones.tree,
        window.editor.editor,
        fields.bleeding,
        fields.tags,
        window.article.browser,
    ]
    order: list[QWidget] = []
    widget: QWidget = window.calendar.focusProxy()
    for _ in range(500):  # the whole chain, once round
        if widget in wanted and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert order == wanted
