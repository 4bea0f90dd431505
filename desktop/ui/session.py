"""The window's view of the open journal: plain data in memory, signals on change.

Widgets ask this object, never the store: it holds the history and the plan
computed for "today", and loads a month of marks in one query per month change.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.guidance import History, Milestone, milestones_for
from desktop.guidance.engine import DayZero, day_zero_for
from desktop.guidance.kinds import EventKind
from desktop.ui.calendar.marks import MonthMarks, build_month_marks, page_range
from desktop.ui.settings.i18n import wording

LOSS_KINDS = frozenset({EventKind.MISCARRIAGE, EventKind.PROCEDURE})  # what day 0 is computed from

if TYPE_CHECKING:  # the store (and SQLAlchemy) load after the window is shown
    from desktop.store import EntryRecord, Journal
    from desktop.ui.day.autosave import DayEdit


class JournalModel(QObject):
    plan_changed = Signal()  # events, doctor's dates or own milestones changed, or the day rolled over
    entry_saved = Signal(object)  # date

    def __init__(self, journal: Journal, today: Callable[[], date]) -> None:
        super().__init__()
        self.journal = journal
        self._today = today
        journal.today = today  # the store's rules (no loss in the future) use the window's clock at every door
        self._history = journal.history()
        self._plan_day = today()
        self._milestones = milestones_for(self._history, self._plan_day)
        self._index_events()

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

    def header(self, *, show_next: bool = True, discreet: bool = False) -> str:
        """The line above the calendar, in her language (what it may say is hers to choose: see Wording.header)."""
        return wording().header(self._history, self._milestones, self._plan_day, show_next=show_next, discreet=discreet)

    def month_marks(self, year: int, month: int) -> MonthMarks:
        first, last = page_range(year, month)
        logged = self.journal.day_marks_between(first, last)  # one query for the whole page
        return build_month_marks(
            year,
            month,
            today=self._plan_day,
            note_days=[day for day, log in logged.items() if log.has_note or (log.has_entry and not log.has_symptoms)],
            symptom_days=[day for day, log in logged.items() if log.has_symptoms],
            history=self._page_history(first, last),
            milestones=self._milestones,
        )

    def _page_history(self, first: date, last: date) -> History:
        """The history a calendar page needs: its own events plus the losses that fix day 0.

        The marks come out the same as from the whole history, but building a page
        no longer walks decades of period starts once per day shown.
        """
        lo, hi = bisect_left(self._event_dates, first), bisect_right(self._event_dates, last)
        wanted = sorted(set(range(lo, hi)).union(self._loss_indexes))
        return replace(self._history, events=tuple(self._history.events[i] for i in wanted))

    def _index_events(self) -> None:
        events = self._history.events  # sorted by date (the store's order)
        self._event_dates = [event.date for event in events]
        zero = day_zero_for(self._history)  # only the latest loss's events decide day 0
        self._loss_indexes = [
            i for i, event in enumerate(events) if event.kind in LOSS_KINDS and zero and event.date >= zero.loss_date
        ]

    def entry_text(self, day: date) -> str:
        entry = self.journal.entry(day)
        return entry.text if entry else ""

    # -- writing -------------------------------------------------------------------

    def save_text(self, day: date, text: str) -> None:
        self.journal.save_entry(day, text)
        self.entry_saved.emit(day)

    def save_day_edit(self, edit: DayEdit) -> EntryRecord | None:
        """Write her changes to one day over what is stored; the day's record as stored now.

        Runs on the worker thread (the autosave): it touches no Qt object and
        emits nothing, and every journal call is a session of its own. A note
        alone is one transaction (``save_entry`` keeps the fields as stored).
        """
        if edit.fields is None and edit.text is not None:
            return self.journal.save_entry(edit.day, edit.text)
        from desktop.store.records import DayRecord

        stored = self.journal.entry(edit.day)
        return self.journal.save_day(edit.apply_to(stored or DayRecord(edit.day)))

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
        self._index_events()
        self.plan_changed.emit()
