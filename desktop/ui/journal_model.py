"""The window's view of the open journal: plain data in memory, signals on change.

Widgets ask this object, never the store: it holds the history and the plan
computed for "today", and loads a month of marks in one query per month change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.guidance import History, Milestone, milestones_for
from desktop.guidance.engine import DayZero, day_zero_for, header_line
from desktop.guidance.kinds import EventKind
from desktop.ui.calendar_marks import MonthMarks, build_month_marks, page_range

if TYPE_CHECKING:  # the store (and SQLAlchemy) load after the window is shown
    from desktop.store import Journal


class JournalModel(QObject):
    plan_changed = Signal()  # events, doctor's dates or own milestones changed, or the day rolled over
    entry_saved = Signal(object)  # date

    def __init__(self, journal: Journal, today: Callable[[], date]) -> None:
        super().__init__()
        self.journal = journal
        self._today = today
        self._history = journal.history()
        self._plan_day = today()
        self._milestones = milestones_for(self._history, self._plan_day)

    # -- reading -------------------------------------------------------------------

    def today(self) -> date:
        return self._today()

    def history(self) -> History:
        return self._history

    def milestones(self) -> list[Milestone]:
        return self._milestones

    def day_zero(self) -> DayZero | None:
        return day_zero_for(self._history)

    def has_loss(self) -> bool:
        return self.day_zero() is not None

    def header(self) -> str:
        return header_line(self._history, self._milestones, self._plan_day)

    def month_marks(self, year: int, month: int) -> MonthMarks:
        first, last = page_range(year, month)
        logged = self.journal.day_marks_between(first, last)  # one query for the whole page
        return build_month_marks(
            year,
            month,
            today=self._plan_day,
            note_days=[day for day, log in logged.items() if log.has_note or (log.has_entry and not log.has_symptoms)],
            symptom_days=[day for day, log in logged.items() if log.has_symptoms],
            history=self._history,
            milestones=self._milestones,
        )

    def entry_text(self, day: date) -> str:
        entry = self.journal.entry(day)
        return entry.text if entry else ""

    # -- writing -------------------------------------------------------------------

    def save_text(self, day: date, text: str) -> None:
        self.journal.save_entry(day, text)
        self.entry_saved.emit(day)

    def add_event(self, kind: EventKind, day: date, note: str) -> None:
        self.journal.add_event(kind, day, note)
        self._recompute()

    def change_milestone(self, key: str, *, day: date | None, offset_days: int | None, note: str) -> None:
        self.journal.set_override(key, day=day, offset_days=offset_days, note=note)
        self._recompute()

    def reset_milestone(self, key: str) -> None:
        self.journal.reset_override(key)
        self._recompute()

    def add_own_milestone(self, title: str, day: date, note: str) -> None:
        self.journal.add_custom_milestone(title, day, note)
        self._recompute()

    def delete_own_milestone(self, milestone_id: int) -> None:
        self.journal.delete_custom_milestone(milestone_id)
        self._recompute()

    def refresh_if_day_changed(self) -> bool:
        """Called by a timer: after midnight the statuses and countdowns move on."""
        if self._today() == self._plan_day:
            return False
        self._recompute()
        return True

    def reload(self) -> None:
        self._recompute()

    def _recompute(self) -> None:
        self._history = self.journal.history()
        self._plan_day = self._today()
        self._milestones = milestones_for(self._history, self._plan_day)
        self.plan_changed.emit()
