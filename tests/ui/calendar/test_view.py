"""The calendar's keyboard focus: a ring round the selected day that she can see."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.calendar.view import JournalCalendar, focus_ring_colour


def ring_pixels(calendar: JournalCalendar, day: date) -> int:
    """How many pixels of the selected day's cell have the focus ring's colour."""
    view = calendar.findChild(QTableView)  # the day grid, Qt's own child: the ring is painted in it
    assert view is not None
    image = view.viewport().grab().toImage()
    rect = calendar.cell_rect(day)
    assert rect is not None
    ring = focus_ring_colour(calendar.palette()).rgb()
    return sum(
        1
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
        if QColor(image.pixel(x, y)).rgb() == ring
    )


def test_the_selected_day_has_a_focus_ring_only_while_the_calendar_has_the_keyboard(qtbot: QtBot) -> None:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    calendar = JournalCalendar()
    other = QLineEdit()
    layout.addWidget(calendar)
    layout.addWidget(other)
    qtbot.addWidget(holder)
    holder.show()
    holder.activateWindow()
    calendar.select_day(date(2026, 3, 18))
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    qtbot.wait(50)
    assert ring_pixels(calendar, date(2026, 3, 18)) == 0
    calendar.setFocus()
    qtbot.waitUntil(calendar.keyboard_is_here)
    qtbot.wait(50)
    assert ring_pixels(calendar, date(2026, 3, 18)) > 20
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)  # the ring follows the keyboard
    qtbot.wait(50)
    assert calendar.selected_day() == date(2026, 3, 19)
    assert ring_pixels(calendar, date(2026, 3, 19)) > 20
    assert ring_pixels(calendar, date(2026, 3, 18)) == 0
