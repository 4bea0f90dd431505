"""The keyboard between panes (F6, Shift+F6) and on a milestone (Enter opens Change…)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.paths import journal_path
from desktop.store import open_journal
from desktop.ui.actions import Action
from desktop.ui.app import build_window
from desktop.ui.plan.milestone_dialogs import ChangeMilestoneDialog
from desktop.ui.window.main_window import MainWindow

TODAY = date(2026, 3, 19)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    with open_journal(journal_path(data_dir)) as journal:
        journal.add_event("miscarriage", date(2026, 3, 2))
    win = build_window(data_dir, lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    assert win.load()
    qtbot.waitUntil(lambda: win.journal_features.fields is not None)
    return win


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def inside(widget: QWidget) -> bool:
    return focused() is widget or widget.isAncestorOf(focused())


def test_f6_visits_every_pane_in_order_and_shift_f6_goes_back(qtbot: QtBot, window: MainWindow) -> None:
    fields = window.journal_features.fields
    assert fields is not None
    order = [window.calendar, window.milestones.tree, window.editor.editor, fields, window.article.browser]
    window.calendar.setFocus()
    assert inside(window.calendar)
    for pane in order[1:]:
        press(Qt.Key.Key_F6)
        assert inside(pane), (pane, focused())
    press(Qt.Key.Key_F6)
    assert inside(window.calendar)  # round again
    for pane in reversed(order):
        press(Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
        assert inside(pane), (pane, focused())


def test_f6_skips_the_article_when_it_is_hidden(qtbot: QtBot, window: MainWindow) -> None:
    window.registry[Action.TOGGLE_ARTICLE].trigger()
    assert not window.article.isVisible()
    window.editor.editor.setFocus()
    press(Qt.Key.Key_F6)
    fields = window.journal_features.fields
    assert fields is not None and inside(fields)
    press(Qt.Key.Key_F6)
    assert inside(window.calendar)


def test_enter_on_a_milestone_opens_change(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def fake_change(_cls, _parent, milestone, _zero, _current, chosen=None):  # type: ignore[no-untyped-def]
        asked.append((chosen or milestone).key)
        return None  # as if she pressed Cancel

    monkeypatch.setattr(ChangeMilestoneDialog, "get_change", classmethod(fake_change))
    window.calendar.setFocus()
    press(Qt.Key.Key_F6)
    assert focused() is window.milestones.tree
    window.milestones.select_key("sex-earliest")
    press(Qt.Key.Key_Return)
    assert asked == ["sex-earliest"]
    press(Qt.Key.Key_Enter)  # the keypad's Enter too
    assert asked == ["sex-earliest", "sex-earliest"]


def test_the_keyboard_shortcuts_list_names_f6(window: MainWindow) -> None:
    from desktop.ui.window.shortcuts_dialog import window_shortcuts

    rows = {row.action: row.keys for row in window_shortcuts(window, window.registry)}
    assert rows["Next pane"] == "F6"
    assert rows["Previous pane"] == "Shift+F6"
