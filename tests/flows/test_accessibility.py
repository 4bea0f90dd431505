"""Every control a person can reach with the keyboard has a name a screen reader can say.

The rule, matching what Qt hands a screen reader as a widget's name:

* its ``accessibleName()``, or
* for a button (push, tool, check or radio button), its own text, or
* for a label that takes focus (a link), its own text, or
* the text of a ``QLabel`` whose buddy it is (a form row's label).

An inner part of a composite control (the line edit of a spin box or a date
field, the pop-up list of a combo box) is not checked on its own: Qt reports
the composite, with the composite's name, when its part has the focus.

A combo box's current item is not a name (it is the value), nor is a placeholder.
"Reachable" means any focus policy but ``NoFocus``, shown or hidden, since a
hidden control can be shown later. The test opens every dialog the window's
menus open (``exec`` replaced by a walk), so a new dialog is checked without
being listed here, and builds the few that need an encrypted journal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.guidance.kinds import EventKind
from desktop.store import Journal
from desktop.ui.calendar.view import JournalCalendar
from desktop.ui.privacy.lock import LockPage
from desktop.ui.privacy.passphrase_dialogs import AskPassphraseDialog, NewPassphraseDialog, RemovePassphraseDialog
from desktop.ui.widgets.keyboard import plain_text
from desktop.ui.window.main_window import MainWindow
from tests.conftest import TODAY

PROCEDURE = date(2026, 3, 2)
NOT_OPENED_HERE = ("&Quit", "&Back up now", "&Lock now")  # close the window, start a backup, checked below


COMPOSITES = (QAbstractSpinBox, QComboBox)


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget`` ("" when it has none): the rule above."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and plain_text(widget.text()).strip():
        return plain_text(widget.text())
    if isinstance(widget, QLabel) and widget.text().strip():
        return widget.text()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and plain_text(label.text()).strip():
            return plain_text(label.text())
    return ""


def inside_composite(widget: QWidget) -> bool:
    """The line edit of a spin box or date field, the pop-up list of a combo box: checked through their owner."""
    owner = widget.parentWidget()
    while owner is not None and not isinstance(owner, COMPOSITES):
        owner = owner.parentWidget()
    return owner is not None


def describe(widget: QWidget) -> str:
    parts = [type(widget).__name__]
    if widget.objectName():
        parts.append(f"#{widget.objectName()}")
    placeholder = getattr(widget, "placeholderText", None)
    if callable(placeholder) and placeholder():
        parts.append(f"placeholder “{placeholder()}”")
    parent = widget.parentWidget()
    if parent is not None:
        parts.append(f"in {type(parent).__name__}{'#' + parent.objectName() if parent.objectName() else ''}")
    return " ".join(parts)


def unnamed_controls(root: QWidget, where: str) -> list[str]:
    """Every focusable widget under ``root`` (itself included, shown or not) that has no spoken name."""
    return [
        f"{where}: {describe(widget)}"
        for widget in [root, *root.findChildren(QWidget)]
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not isinstance(widget, QMenu)
        and not inside_composite(widget)
        and not spoken_name(widget)
    ]


def menu_actions(win: MainWindow) -> Iterator[QAction]:
    def walk(menu: QMenu) -> Iterator[QAction]:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                yield from walk(sub)
            elif not action.isSeparator():
                yield action

    for top in win.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            yield from walk(menu)


def something_in_every_panel(journal: Journal) -> None:
    from desktop.store import DayRecord

    journal.add_event(EventKind.PROCEDURE, PROCEDURE)
    journal.save_entry(date(2026, 3, 10), "A slow morning")
    journal.save_day(DayRecord(date(2026, 3, 11), "", "light", 3, 38.4))
    journal.add_custom_milestone("Check-up", date(2026, 3, 30), "")


@pytest.fixture
def window(loaded_window: Callable[..., MainWindow]) -> MainWindow:
    """A loaded window with a loss, a note, symptoms and an own milestone: every panel has something in it."""
    win = loaded_window(TODAY, something_in_every_panel, first_run_done=True)
    win.calendar.select_day(date(2026, 3, 11))  # the fever note (a link) is shown
    return win


def test_every_focusable_control_has_a_spoken_name(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    offenders: list[str] = []
    opened: list[str] = []

    def walk_instead_of_exec(dialog: QDialog) -> int:
        opened.append(type(dialog).__name__)
        offenders.extend(unnamed_controls(dialog, dialog.windowTitle() or type(dialog).__name__))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", walk_instead_of_exec)
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))

    for action in menu_actions(window):  # every dialog and panel the menus open
        if action.isEnabled() and action.text() not in NOT_OPENED_HERE:
            action.trigger()
    window.milestones.select_key("sex-earliest")
    window.milestones.change_button.click()
    window.milestones.add_button.click()
    assert {"RecordDateDialog", "ChangeMilestoneDialog", "AddMilestoneDialog", "HistoryDialog"} <= set(opened)
    assert {"ExportDialog", "ImportDialog", "RestoreDialog", "NewPassphraseDialog", "ShortcutsDialog"} <= set(opened)

    offenders += unnamed_controls(window, "main window")  # with the search dock, pictures and welcome it opened
    for top in window.findChildren(QWidget):
        if top.isWindow() and top.isVisible():
            offenders += unnamed_controls(top, top.windowTitle() or type(top).__name__)

    check = lambda _p: True  # noqa: E731 — these dialogs need an encrypted journal to be reached from the menus
    for dialog in (
        AskPassphraseDialog(window, check, "This journal is protected by a passphrase."),
        NewPassphraseDialog(window, check),
        RemovePassphraseDialog(window, check),
    ):
        offenders += unnamed_controls(dialog, dialog.windowTitle())
    offenders += unnamed_controls(LockPage(needs_passphrase=True), "lock page")

    assert not offenders, "controls without a spoken name:\n" + "\n".join(sorted(set(offenders)))


def test_the_rule_counts_what_a_screen_reader_says_and_nothing_else(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton

    form_owner = QWidget()
    qtbot.addWidget(form_owner)
    form = QFormLayout(form_owner)
    labelled, bare, combo, button = QLineEdit(), QLineEdit(), QComboBox(), QPushButton("&Save")
    bare.setPlaceholderText("Type here")
    combo.addItem("An item is a value, not a name")
    form.addRow("&Title", labelled)
    form.addRow(bare)
    form.addRow(combo)
    form.addRow(button)
    assert spoken_name(labelled) == "Title" and spoken_name(button) == "Save"
    assert [line.split(": ")[1].split(" ")[0] for line in unnamed_controls(form_owner, "form")] == ["QLineEdit", "QComboBox"]


def test_the_calendar_names_the_selected_day_and_says_its_marks_in_words(qtbot: QtBot, window: MainWindow) -> None:
    calendar: JournalCalendar = window.calendar
    grid = calendar.focusProxy()
    calendar.select_day(date(2026, 3, 9))  # day 7: inside the article's three-week window
    for widget in (calendar, grid):
        assert "9" in widget.accessibleName() and "2026" in widget.accessibleName()
        assert "rest from sex for three weeks" in widget.accessibleDescription()
        assert "Day 7 after" in widget.accessibleDescription()
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # the keyboard moves the description along
    assert calendar.selectedDate() == QDate(2026, 3, 16)
    assert "Day 14 after" in grid.accessibleDescription()
    calendar.select_day(date(2026, 3, 30))  # after the window: her own milestone, no window
    assert "Check-up" in calendar.accessibleDescription()
    assert "three-week" not in calendar.accessibleDescription()


def test_the_note_says_its_day_and_the_temperature_its_unit(qtbot: QtBot, window: MainWindow) -> None:
    from desktop.guidance.temperature import TemperatureUnit

    window.calendar.select_day(date(2026, 3, 12))
    assert window.editor.editor.accessibleName() == f"Note for {window.editor.title.text()}"
    assert "12" in window.editor.editor.accessibleName()
    fields = window.journal_features.fields
    assert fields is not None
    assert fields.temperature.accessibleName() == "Temperature in °C"
    fields.set_temperature_unit(TemperatureUnit.FAHRENHEIT)
    assert fields.temperature.accessibleName() == "Temperature in °F"
