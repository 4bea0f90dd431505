"""The calendar follows the session: a page's marks are asked for when the page or the journal changes.

``CalendarMarks`` is the only link between the calendar widget and the
session. It asks ``session.month_marks(year, month)`` (a cached page, built in
one query) when she turns the page, and again when the session's
``changed(Change)`` says the plan moved or a day on the shown page was
written; the calendar then paints from those marks only. A page whose marks
did not change is the same object, and nothing is repainted.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.ui.calendar.view import JournalCalendar
from desktop.ui.changes import Change
from desktop.ui.session import JournalSession


class CalendarMarks(QObject):
    def __init__(self, calendar: JournalCalendar, session: JournalSession) -> None:
        super().__init__(calendar)
        self._calendar = calendar
        self._session = session
        calendar.visible_month_changed.connect(lambda _year, _month: self.refresh())
        session.changed.connect(self._on_change)

    def refresh(self) -> None:
        """Hand the shown page's marks to the calendar (only if they changed)."""
        if not self._session.is_open():
            return
        marks = self._session.month_marks(self._calendar.yearShown(), self._calendar.monthShown())
        own = self._session.own_milestone_keys()
        if marks is not self._calendar.month_marks() or own != self._calendar.own_milestones():
            self._calendar.set_marks(marks, own)

    def _on_change(self, change: Change) -> None:
        shown = self._calendar.month_marks()
        if change.plan or any(shown.first <= day <= shown.last for day in change.days):
            self.refresh()
