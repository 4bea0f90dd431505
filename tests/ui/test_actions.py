"""The action registry: every action of the window under one enum key, menus built from the keys."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desktop.guidance.kinds import EventKind
from desktop.ui.actions import RECORD_ACTIONS, Action, ActionRegistry
from desktop.ui.window.main_window import MainWindow


def menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += menu_actions(sub)
        elif not action.isSeparator():
            found.append(action)
    return found


def test_a_key_holds_one_action(qtbot: QtBot) -> None:
    registry = ActionRegistry()
    first = registry.add(Action.SEARCH, QAction("Search"))
    assert registry[Action.SEARCH] is first and Action.SEARCH in registry
    with pytest.raises(ValueError, match="SEARCH"):
        registry.add(Action.SEARCH, QAction("Search again"))


def test_every_menu_action_of_the_window_is_registered_and_every_key_is_used(
    loaded_window: Callable[..., MainWindow],
) -> None:
    window = loaded_window(first_run_done=True)  # loaded: the reminders' action has joined the Journal menu
    registered = {id(action) for action in window.registry.actions()}
    in_menus = [action for top in window.menuBar().actions() if top.menu() for action in menu_actions(top.menu())]
    auto_lock = set(map(id, window.privacy.auto_lock_group.actions()))  # one choice in a group, not a command
    missing = [action.text() for action in in_menus if id(action) not in registered and id(action) not in auto_lock]
    assert missing == []
    assert set(window.registry) == set(Action)  # no key without its action


def test_record_a_date_has_one_action_per_kind(loaded_window: Callable[..., MainWindow]) -> None:
    window = loaded_window()
    assert set(RECORD_ACTIONS) == set(EventKind)
    record_menu = window.journal_menu.actions()[0].menu()
    assert isinstance(record_menu, QMenu)
    assert record_menu.actions() == [window.registry[RECORD_ACTIONS[kind]] for kind in EventKind]
